// Run under real Node 16.13.1: `scripts/node16.sh scripts/golden/ordering.mjs` (`--check`
// only compares). Runs the scenarios of test/process/ordering-scenarios.mjs with Node's own
// process.nextTick, queueMicrotask and timers, and writes each sequence to
// test/golden/node16-ordering.json; test/process/ordering.test.ts runs the same scenarios with
// polynode's process and timers and compares.
import { readFileSync, writeFileSync } from 'fs';
import { runScenarios } from '../../test/process/ordering-scenarios.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const env = {
  nextTick: process.nextTick,
  queueMicrotask,
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  setImmediate,
  clearImmediate,
};
// Twice: a scenario whose order were not fixed in Node would show here.
const first = await runScenarios(env);
const second = await runScenarios(env);
if (JSON.stringify(first) !== JSON.stringify(second)) {
  console.error('Node gave two different orders: a scenario is not deterministic');
  process.exit(1);
}

const out = new URL('../../test/golden/node16-ordering.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, scenarios: first }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'test/golden/node16-ordering.json is up to date' : 'test/golden/node16-ordering.json differs from Node 16');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${Object.keys(first).length} scenarios to test/golden/node16-ordering.json`);
