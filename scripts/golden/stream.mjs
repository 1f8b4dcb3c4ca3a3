// Run under real Node 16.13.1: `scripts/node16.sh scripts/golden/stream.mjs` (`--check` only
// compares). Runs every scenario of test/stream/scenarios.mjs with Node's own `stream`,
// `stream/consumers` and `stream/promises` and writes each trace to
// test/golden/node16-stream.json; test/stream/golden.test.ts runs the same scenarios with
// polynode's stream and compares. TRACE_SCENARIOS=1 prints each name as it starts.
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { SCENARIOS } from '../../test/stream/scenarios.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const S = require('stream');
const M = { consumers: require('stream/consumers'), promises: require('stream/promises') };

const scenarios = {};
for (const scenario of SCENARIOS) {
  if (scenario.name in scenarios) throw new Error(`duplicate scenario name: ${scenario.name}`);
  if (process.env.TRACE_SCENARIOS) console.log(scenario.name);
  scenarios[scenario.name] = await scenario.run(S, M);
}

const out = new URL('../../test/golden/node16-stream.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, scenarios }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'test/golden/node16-stream.json is up to date' : 'test/golden/node16-stream.json differs from Node 16');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${Object.keys(scenarios).length} scenarios to test/golden/node16-stream.json`);
