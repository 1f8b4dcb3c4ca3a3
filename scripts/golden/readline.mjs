// Run under real Node 16.13.1: `scripts/node16.sh scripts/golden/readline.mjs` (`--check` only
// compares). Runs the split cases and the event-order scenarios of test/readline/cases.mjs
// with Node's own readline, stream and Buffer and writes the results to
// test/golden/node16-readline.json; test/readline/golden.test.ts runs the same cases with
// polynode's modules and compares. The 10,000-line cases are stored as a count, a hash of the
// line list, and the first and last lines (the lists themselves would be ~1 MB).
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { SPLIT_CASES, SCENARIOS, runSplitCase } from '../../test/readline/cases.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const m = { readline: require('readline'), stream: require('stream'), Buffer: require('buffer').Buffer };

const split = {};
for (const c of SPLIT_CASES) split[c.name] = await runSplitCase(m, c);
const scenarios = {};
for (const scenario of SCENARIOS) {
  if (scenario.name in scenarios) throw new Error(`duplicate scenario name: ${scenario.name}`);
  if (process.env.TRACE_SCENARIOS) console.log(scenario.name);
  scenarios[scenario.name] = await scenario.run(m);
}

const out = new URL('../../test/golden/node16-readline.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, split, scenarios }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'test/golden/node16-readline.json is up to date' : 'test/golden/node16-readline.json differs from Node 16');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${Object.keys(split).length} split cases and ${Object.keys(scenarios).length} scenarios to test/golden/node16-readline.json`);
