// Reports what a bundled user module sees: its own module URL, and whether a second copy of
// polynode's process module (the dist build, as a bundler would give the user module its own
// copy) is the worker's process, not a fresh one.
import { parentPort } from '../../src/worker_threads/index.js';
import processFromSrc from '../../src/process/index.js';
// The built copy (and its .d.ts): npm test type-checks the tests after `npm run build`.
import processFromDist from '../../dist/process/index.js';

parentPort!.postMessage({
  url: import.meta.url,
  sameProcess: processFromDist === processFromSrc && processFromDist === (globalThis as { process?: unknown }).process,
  argv: processFromDist.argv.slice(2),
});
parentPort!.on('message', (code: number) => processFromDist.exit(code));
