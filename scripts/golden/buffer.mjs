// Run under real Node 16.13.1 (npm run golden; --check only compares): draws the inputs of
// every property in test/buffer/differential-cases.mjs from its fixed seed, runs them
// through Node's own buffer and string_decoder, and writes a hash of every outcome to
// test/golden/node16-buffer.json. RUNS (default 10000) sets the cases per property.
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { PROPERTIES, SEED, hash } from '../../test/buffer/differential-cases.mjs';

const require = createRequire(import.meta.url);
const fc = require('fast-check');
const { Buffer, transcode } = require('buffer');
const { StringDecoder } = require('string_decoder');

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const runs = Number(process.env.RUNS ?? 10000);
const lib = { Buffer, StringDecoder, transcode, atob, btoa };

// --explain <property substring> <i,j,…>: print Node's outcomes of those cases as JSON
// (scripts/diff-buffer.mjs puts them next to polynode's).
const explain = process.argv.indexOf('--explain');
if (explain > 0) {
  const property = PROPERTIES.find((p) => p.name.includes(process.argv[explain + 1]));
  const cases = process.argv[explain + 2].split(',').map(Number);
  const inputs = fc.sample(property.arbitrary(fc), { seed: SEED, numRuns: Math.max(...cases) + 1 });
  console.log(JSON.stringify(cases.map((i) => property.run(lib, inputs[i]))));
  process.exit(0);
}
const properties = {};
for (const property of PROPERTIES) {
  const inputs = fc.sample(property.arbitrary(fc), { seed: SEED, numRuns: runs });
  properties[property.name] = inputs.map((input) => hash(property.run(lib, input))).join('');
}

const out = new URL('../../test/golden/node16-buffer.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, seed: SEED, runs, properties }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  if (!same) console.error('test/golden/node16-buffer.json differs from what Node 16.13.1 computes: run npm run golden');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${PROPERTIES.length} properties x ${runs} cases`);
