// Run under real Node 16.13.1 (scripts/node16.sh scripts/golden/assert.mjs; --check only
// compares): runs every failing assertion of test/assert/failures.mjs through Node's own
// assert and records what each error says (String(err), message, actual, expected,
// operator, generatedMessage, code, name) in test/golden/node16-assert.json.
// test/assert/assert.test.ts runs the same table through polynode and compares.
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { FAILURES, runFailure } from '../../test/assert/failures.mjs';

const require = createRequire(import.meta.url);
const assert = require('assert');

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}
// Messages are written as when stderr is not a terminal (80 columns, no colours).
process.noDeprecation = true;

const cases = {};
for (const [name, fn] of FAILURES) {
  if (name in cases) throw new Error(`duplicate case name: ${name}`);
  cases[name] = await runFailure(assert, fn);
}
const out = new URL('../../test/golden/node16-assert.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, cases }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  if (!same) console.error('test/golden/node16-assert.json differs from what Node 16.13.1 reports');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${FAILURES.length} cases`);
