// Differential test of `crypto`'s ciphers, secret keys, primes and stream side against real
// Node 16.13.1: the fixed-seed cases that scripts/golden/crypto-ciphers.mjs ran through Node
// go through polynode here, and every outcome (its hash for the random cipher cases) must
// equal Node's: ciphertexts, tags, decryptions (tampered ones included), every update's
// output in every output encoding, errors with their OpenSSL fields.
import { expect } from 'chai';
import golden from '../golden/node16-crypto-ciphers.json';
import { ASYNC_CASES, ERROR_CASES, draw, hash, primeShapes, properties, runAsync, runErrors } from './cipher-cases.mjs';
import * as crypto from '../../src/crypto/index.js';
import cryptoDefault from '../../src/crypto/index.js';
import { Buffer } from '../../src/buffer/index.js';
import { setWarningHandler } from '../../src/internal/warnings.js';

const lib = { ...crypto, default: cryptoDefault, Buffer } as unknown as Record<string, unknown>;
const expected = golden.properties as Record<string, string>;

describe('crypto ciphers: differential against Node 16.13.1', () => {
  let previous: ReturnType<typeof setWarningHandler>;
  // createCipher's deprecation warning is expected; keep the test output clean.
  before(() => { previous = setWarningHandler(() => {}); });
  after(() => { setWarningHandler(previous); });

  for (const property of properties()) {
    it(`${property.name}: ${golden.runs} random encryptions, decryptions and chunkings equal Node's`, async function () {
      this.timeout(60000);
      const cases = draw(property, golden.runs);
      const hashes = expected[property.name]!;
      const mismatches: string[] = [];
      for (let i = 0; i < cases.length; i++) {
        const result = property.run(lib, cases[i]);
        if (hash(result) !== hashes.slice(i * 7, i * 7 + 7) && mismatches.length < 3) {
          mismatches.push(`case ${i} -> polynode ${result.slice(0, 400)}`);
        }
        if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
    });
  }

  it(`${ERROR_CASES.length} argument, state and OpenSSL error cases equal Node's`, () => {
    const actual = runErrors(lib);
    const wrong = Object.keys(golden.errors).filter((k) => actual[k] !== (golden.errors as Record<string, string>)[k]);
    expect(wrong.map((k) => `${k}: ${actual[k]}`), 'expected').to.deep.equal([]);
  });

  it('generated primes have the size, primality and residues Node gives', function () {
    this.timeout(60000);
    expect(primeShapes(lib)).to.deep.equal(golden.primes);
  });

  it(`${ASYNC_CASES.length} callback and stream cases behave as Node's do`, async () => {
    expect(await runAsync(lib)).to.deep.equal(golden.callbacks);
  });
});
