// Run under real Node 16.13.1 (scripts/node16.sh scripts/golden/crypto-ciphers.mjs; --check
// only compares): draws the cipher cases of test/crypto/cipher-cases.mjs from their fixed
// seed, runs them through Node's own crypto, and writes a hash of every outcome (and the
// error, prime and stream outcomes in full) to test/golden/node16-crypto-ciphers.json.
import { readFileSync, writeFileSync } from 'fs';
import crypto from 'crypto';
import { Buffer } from 'buffer';
import { RUNS, SEED, draw, hash, primeShapes, properties, runAsync, runErrors } from '../../test/crypto/cipher-cases.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}
// createCipher's deprecation and counter-mode warnings are expected here.
process.removeAllListeners('warning');

const lib = { ...crypto, default: crypto, Buffer };
const errors = runErrors(lib);
const out = {};
for (const property of properties()) {
  out[property.name] = draw(property).map((c) => hash(property.run(lib, c))).join('');
}
const primes = primeShapes(lib);
const callbacks = await runAsync(lib);

const file = new URL('../../test/golden/node16-crypto-ciphers.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, seed: SEED, runs: RUNS, properties: out, errors, primes, callbacks }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(file, 'utf8') === json;
  if (!same) console.error('test/golden/node16-crypto-ciphers.json differs from what Node 16.13.1 computes: rerun scripts/golden/crypto-ciphers.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(file, json);
console.log(`wrote ${Object.keys(out).length} properties x ${RUNS} cases, ${Object.keys(errors).length} error cases, ${Object.keys(primes).length} prime shapes, ${Object.keys(callbacks).length} async cases`);
