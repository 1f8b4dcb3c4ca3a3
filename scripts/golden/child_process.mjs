// Run under real Node 16.13.1: `scripts/node16.sh scripts/golden/child_process.mjs`
// (`--check` only compares). Runs the scenarios of test/child_process/cases.mjs with Node's
// own child_process (the forked child is test/child_process/child-logic.mjs, copied as a CommonJS
// file into a temporary directory) and writes test/golden/node16-child_process.json:
// ENOENT and exit-127 shapes, fork event orders, IPC errors. test/child_process/golden.test.ts
// runs the same scenarios with polynode and compares.
import { createRequire } from 'module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SCENARIOS } from '../../test/child_process/cases.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const cp = require('child_process');
const dir = mkdtempSync(join(tmpdir(), 'polynode-cp-'));
// A CommonJS child, as the book's: an ES module child loads asynchronously, and Node drops a
// message that arrives before its 'message' listener exists.
const child = join(dir, 'child.cjs');
const logic = readFileSync(new URL('../../test/child_process/child-logic.mjs', import.meta.url), 'utf8');
writeFileSync(child, `${logic.replace('export function runChild', 'function runChild')}\nrunChild(process);\n`);

const scenarios = {};
try {
  for (const scenario of SCENARIOS) {
    if (scenario.name in scenarios) throw new Error(`duplicate scenario name: ${scenario.name}`);
    if (process.env.TRACE_SCENARIOS) console.log(scenario.name);
    scenarios[scenario.name] = await scenario.run(cp, { child });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const out = new URL('../../test/golden/node16-child_process.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, scenarios }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'test/golden/node16-child_process.json is up to date' : 'test/golden/node16-child_process.json differs from Node 16');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${Object.keys(scenarios).length} scenarios to test/golden/node16-child_process.json`);
