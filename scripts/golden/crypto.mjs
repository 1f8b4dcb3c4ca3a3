// Run under real Node 16.13.1 (scripts/node16.sh scripts/golden/crypto.mjs; --check only
// compares): draws the cases of test/crypto/cases.mjs from their fixed seed, runs them
// through Node's own crypto, and writes a hash of every outcome (and the error and callback
// outcomes in full) to test/golden/node16-crypto.json.
import { readFileSync, writeFileSync } from 'fs';
import crypto from 'crypto';
import { Buffer } from 'buffer';
import { RUNS, SEED, draw, hash, properties, runAsync, runErrors } from '../../test/crypto/cases.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const lib = { ...crypto, Buffer };
// The error cases first: OpenSSL's error queue leaks a failed scrypt's error into the next
// "Digest method not supported" error in Node 16, which no browser can reproduce.
const errors = runErrors(lib);
const out = {};
for (const property of properties()) {
  out[property.name] = draw(property).map((c) => hash(property.run(lib, c))).join('');
}
const callbacks = await runAsync(lib);

const file = new URL('../../test/golden/node16-crypto.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, seed: SEED, runs: RUNS, properties: out, errors, callbacks }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(file, 'utf8') === json;
  if (!same) console.error('test/golden/node16-crypto.json differs from what Node 16.13.1 computes: rerun scripts/golden/crypto.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(file, json);
console.log(`wrote ${Object.keys(out).length} properties x ${RUNS} cases, ${Object.keys(errors).length} error cases, ${Object.keys(callbacks).length} callback cases`);
