// Throws at top level or later, or leaves a rejection unhandled, as workerData says.
import { parentPort, workerData } from '../../src/worker_threads/index.js';

const { mode } = workerData as { mode: string };
parentPort!.postMessage('before');
if (mode === 'sync') {
  const error = new TypeError('boom') as TypeError & { code: string; extra: unknown };
  error.code = 'E_BOOM';
  error.extra = { a: 1 };
  throw error;
}
if (mode === 'timer') setTimeout(() => { throw new RangeError('later'); }, 5);
if (mode === 'reject') void Promise.reject(5);
if (mode === 'reject-error') void Promise.reject(new Error('rejected'));
