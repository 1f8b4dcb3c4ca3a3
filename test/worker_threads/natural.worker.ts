// Exits by itself once its timer ran: Node's loop would be empty then.
import { parentPort } from '../../src/worker_threads/index.js';
import process from '../../src/process/index.js';

process.exitCode = 0;
setTimeout(() => {
  parentPort!.postMessage('timer');
  process.exitCode = 4;
}, 20);
