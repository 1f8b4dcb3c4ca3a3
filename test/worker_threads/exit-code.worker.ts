// Ends with process.exit(workerData.code) after 'exit' listeners ran.
import { parentPort, workerData } from '../../src/worker_threads/index.js';
import process from '../../src/process/index.js';

process.on('exit', (code) => parentPort!.postMessage(`exit event ${code}`));
process.exit((workerData as { code: number }).code);
