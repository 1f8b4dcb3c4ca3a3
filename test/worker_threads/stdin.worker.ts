// Upper-cases its stdin and writes it to stdout; exits when stdin ends.
import process from '../../src/process/index.js';

let text = '';
process.stdin.on('data', (chunk: Uint8Array) => (text += new TextDecoder().decode(chunk)));
process.stdin.on('end', () => process.stdout.write(text.toUpperCase()));
