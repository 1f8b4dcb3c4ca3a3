// Writes to stdout and stderr through console and process.
import process from '../../src/process/index.js';

console.log('hello %s', 'world', 42);
process.stdout.write('partial ');
process.stdout.write('line\n');
console.error('oops');
