// Keeps running (an interval) until terminated.
import { parentPort } from '../../src/worker_threads/index.js';

setInterval(() => {}, 1000);
parentPort!.postMessage('ready');
