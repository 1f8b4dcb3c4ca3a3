// Run under real Node 16.13.1: `scripts/node16.sh scripts/golden/events.mjs` (`--check` only
// compares). Runs every scenario of test/events/scenarios.mjs with Node's own `events` and
// writes each trace to test/golden/node16-events.json; test/events/golden.test.ts runs the
// same scenarios with polynode's events and compares. TRACE_SCENARIOS=1 prints each name as it
// starts (a scenario whose promise never settles ends the run silently: Node exits).
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { SCENARIOS } from '../../test/events/scenarios.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const E = require('events');

// Warnings: collected from process 'warning' events, as the line Node prints for each.
// Node's own printer is taken off while the scenarios run, so the output stays quiet.
const printers = process.listeners('warning');
for (const printer of printers) process.off('warning', printer);
const env = {
  captureWarnings() {
    const lines = [];
    const onWarning = (w) => lines.push(`(node:1) ${w.code ? `[${w.code}] ` : ''}${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    lines.stop = () => process.off('warning', onWarning);
    return lines;
  },
};

const scenarios = {};
for (const scenario of SCENARIOS) {
  if (scenario.name in scenarios) throw new Error(`duplicate scenario name: ${scenario.name}`);
  if (process.env.TRACE_SCENARIOS) console.log(scenario.name);
  scenarios[scenario.name] = await scenario.run(E, env);
}

const out = new URL('../../test/golden/node16-events.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, scenarios }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'test/golden/node16-events.json is up to date' : 'test/golden/node16-events.json differs from Node 16');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${Object.keys(scenarios).length} scenarios to test/golden/node16-events.json`);
