// Run under real Node 16.13.1 (scripts/node16.sh scripts/golden/url.mjs; --check only
// compares): draws the inputs of every property in test/url/differential-cases.mjs from its
// fixed seed, runs them through Node's own url, querystring and punycode, and writes a hash
// of every outcome to test/golden/node16-url.json. RUNS (default 5000) sets the cases per
// property. --explain <property substring> <i,j,…> prints Node's outcomes of those cases.
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { PROPERTIES, SEED, hash } from '../../test/url/differential-cases.mjs';

const require = createRequire(import.meta.url);
const fc = require('fast-check');
const url = require('url');
const querystring = require('querystring');
// Node's own bundled punycode (the builtin, not an npm package); silence DEP0040.
process.noDeprecation = true;
const punycode = require('punycode');

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const runs = Number(process.env.RUNS ?? 5000);
const lib = { url, querystring, punycode };

const explain = process.argv.indexOf('--explain');
if (explain > 0) {
  const property = PROPERTIES.find((p) => p.name.includes(process.argv[explain + 1]));
  const cases = process.argv[explain + 2].split(',').map(Number);
  const inputs = fc.sample(property.arbitrary(fc), { seed: SEED, numRuns: Math.max(...cases) + 1 });
  for (const i of cases) console.log(JSON.stringify({ case: i, input: inputs[i], node: property.run(lib, inputs[i]) }));
  process.exit(0);
}
const properties = {};
for (const property of PROPERTIES) {
  const inputs = fc.sample(property.arbitrary(fc), { seed: SEED, numRuns: runs });
  properties[property.name] = inputs.map((input) => hash(property.run(lib, input))).join('');
}

const out = new URL('../../test/golden/node16-url.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, seed: SEED, runs, properties }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  if (!same) console.error('test/golden/node16-url.json differs from what Node 16.13.1 computes: run scripts/node16.sh scripts/golden/url.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${PROPERTIES.length} properties x ${runs} cases`);
