// Run under real Node 16.13.1 (scripts/node16.sh scripts/golden/path.mjs; --check only
// compares): draws the inputs of every property in test/path/differential-cases.mjs from its
// fixed seed, runs them through Node's own path module and writes a hash of every outcome to
// test/golden/node16-path.json. RUNS (default 10000) sets the cases per property.
//
// The current directory is pinned to '/' (process.chdir) and the `=C:`-style variables of
// Windows are removed, so `resolve`, `relative` and win32 `toNamespacedPath` see what
// polynode's path sees in a browser while polynode's process.cwd() is not real.
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { PROPERTIES, SEED, hash } from '../../test/path/differential-cases.mjs';

const require = createRequire(import.meta.url);
const fc = require('fast-check');
const path = require('path');

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}
process.chdir('/');
for (const name of Object.keys(process.env)) if (name.startsWith('=')) delete process.env[name];

const runs = Number(process.env.RUNS ?? 10000);

// --explain <property name> <i,j,…>: print Node's outcomes of those cases as JSON.
const explain = process.argv.indexOf('--explain');
if (explain > 0) {
  const property = PROPERTIES.find((p) => p.name === process.argv[explain + 1]);
  const cases = process.argv[explain + 2].split(',').map(Number);
  const inputs = fc.sample(property.arbitrary(fc), { seed: SEED, numRuns: Math.max(...cases) + 1 });
  console.log(JSON.stringify(cases.map((i) => property.run(path, inputs[i]))));
  process.exit(0);
}
const properties = {};
for (const property of PROPERTIES) {
  const inputs = fc.sample(property.arbitrary(fc), { seed: SEED, numRuns: runs });
  properties[property.name] = inputs.map((input) => hash(property.run(path, input))).join('');
}

const out = new URL('../../test/golden/node16-path.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, seed: SEED, runs, cwd: '/', properties }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  if (!same) console.error('test/golden/node16-path.json differs from what Node 16.13.1 computes: run scripts/node16.sh scripts/golden/path.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${PROPERTIES.length} properties x ${runs} cases`);
