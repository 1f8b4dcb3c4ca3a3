// Echoes every message back; reports what the worker sees of itself first.
import { isMainThread, parentPort, threadId, workerData, resourceLimits, getEnvironmentData } from '../../src/worker_threads/index.js';
import process from '../../src/process/index.js';

parentPort!.postMessage({
  hello: true,
  isMainThread,
  threadId,
  workerData,
  argv: process.argv.slice(2),
  env: process.env.POLYNODE_TEST,
  limits: resourceLimits,
  envData: getEnvironmentData('shared'),
  hasBuffer: typeof (globalThis as { Buffer?: unknown }).Buffer,
});
parentPort!.on('message', (message: unknown) => {
  if (message === 'exit') process.exit(0);
  parentPort!.postMessage(message);
});
