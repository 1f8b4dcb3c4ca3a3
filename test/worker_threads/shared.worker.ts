// §16.11.5: increments a shared Int32Array 10 million times, with or without Atomics.
import * as threads from '../../src/worker_threads/index.js';

const { array, atomic } = threads.workerData as { array: Int32Array; atomic: boolean };
if (atomic) for (let i = 0; i < 10_000_000; i++) Atomics.add(array, 0, 1);
else for (let i = 0; i < 10_000_000; i++) array[0]!++;
threads.parentPort!.postMessage('done');
