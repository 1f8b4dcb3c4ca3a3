// Run under real Node 16.13.1 (scripts/node16.sh scripts/golden/comparisons.mjs; --check
// only compares): draws RUNS (default 12000) structure pairs from test/assert/structures.mjs
// with its fixed seed and records Node's verdicts, one character per pair (bit 0:
// assert.deepEqual passes, bit 1: util.isDeepStrictEqual), in
// test/golden/node16-comparisons.json. test/assert/comparisons.test.ts compares polynode.
// --explain i,j,… prints those pairs' recipes and Node's verdicts.
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { SEED, buildPair, mutate, pairArbitrary, verdict } from '../../test/assert/structures.mjs';

const require = createRequire(import.meta.url);
const fc = require('fast-check');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const runs = Number(process.env.RUNS ?? 12000);
const pairs = fc.sample(pairArbitrary(fc), { seed: SEED, numRuns: runs });

function judge(pair) {
  const [a, b] = buildPair(pair);
  let loose = true;
  try {
    assert.deepEqual(a, b);
  } catch {
    loose = false;
  }
  return verdict(loose, isDeepStrictEqual(a, b));
}

const explain = process.argv.indexOf('--explain');
if (explain > 0) {
  for (const i of process.argv[explain + 1].split(',').map(Number)) {
    console.log(i, JSON.stringify(pairs[i][0]), JSON.stringify(mutate(pairs[i][0], pairs[i][1])), judge(pairs[i]));
  }
  process.exit(0);
}

const verdicts = pairs.map(judge).join('');
const counts = [0, 1, 2, 3].map((v) => verdicts.split(String(v)).length - 1);
const out = new URL('../../test/golden/node16-comparisons.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, seed: SEED, runs, counts, verdicts }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  if (!same) console.error('test/golden/node16-comparisons.json differs from what Node 16.13.1 computes');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${runs} pairs; verdict counts (neither, loose only, strict only, both): ${counts.join(', ')}`);
