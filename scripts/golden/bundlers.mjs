// Run under real Node 16.13.1: `scripts/node16.sh scripts/golden/bundlers.mjs` (`--check` only
// compares). Runs the bundler fixture program (fixtures/app/program.js) with Node's own
// builtins and the npm packages, and writes its lines to test/golden/node16-bundlers.json;
// test/bundlers/bundlers.node.test.ts builds the same program with Vite, webpack, Rollup and
// esbuild, runs it in Chromium and Firefox, and compares. `cdn` is the same for the CDN pages'
// program (test/bundlers/cdn/node-style.js); `workers` for the worker page (fixtures/app/workers.js:
// a worker_threads.Worker and a fork()ed child started from module URLs).
import { fork } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { fileURLToPath } from 'url';
import { run } from '../../fixtures/app/program.js';
import { runWorkers } from '../../fixtures/app/workers.js';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const lines = await run();
// The CDN pages' program (a classic script defining runNodeStyle), with Node's require.
const { createRequire } = await import('module');
const source = readFileSync(new URL('../../test/bundlers/cdn/node-style.js', import.meta.url), 'utf8');
// eslint-disable-next-line no-new-func
const runNodeStyle = new Function(`${source}\nreturn runNodeStyle;`)();
// Started from a timer, as the pages start it: a macrotask, where nextTick runs before promise jobs.
const cdn = await new Promise((resolve) => setTimeout(() => resolve(runNodeStyle(createRequire(import.meta.url), Buffer, process)), 0));
// Node 16.13.1's fork() takes a path (a URL throws ERR_INVALID_ARG_TYPE); polynode's takes both.
const workers = await runWorkers({ fork: (url, ...rest) => fork(fileURLToPath(url), ...rest) });
const out = new URL('../../test/golden/node16-bundlers.json', import.meta.url);
// The CDN brotli page (test/bundlers/cdn/brotli-page.js).
const { brotliCompressSync, brotliDecompressSync } = await import('zlib');
const packed = brotliCompressSync('hello world hello world');
const brotli = [packed.toString('hex'), brotliDecompressSync(packed).toString()];
const json = `${JSON.stringify({ node: process.version, lines, cdn, workers, brotli }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'test/golden/node16-bundlers.json is up to date' : 'test/golden/node16-bundlers.json differs from Node 16');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${lines.length} lines to test/golden/node16-bundlers.json`);
