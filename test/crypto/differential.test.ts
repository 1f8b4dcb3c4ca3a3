// Differential test of `crypto` against real Node 16.13.1: the same fixed-seed cases that
// scripts/golden/crypto.mjs ran through Node go through polynode here, and every outcome's
// hash must equal Node's (hashes and HMACs of every digest, pbkdf2/hkdf/scrypt, errors).
import { expect } from 'chai';
import golden from '../golden/node16-crypto.json';
import { ASYNC_CASES, ERROR_CASES, draw, hash, properties, runAsync, runErrors } from './cases.mjs';
import * as crypto from '../../src/crypto/index.js';
import { Buffer } from '../../src/buffer/index.js';

const lib = { ...crypto, Buffer } as unknown as Record<string, unknown>;
const expected = golden.properties as Record<string, string>;

describe('crypto: differential against Node 16.13.1', () => {
  for (const property of properties()) {
    it(`${property.name}: ${golden.runs} random cases equal Node's`, async function () {
      this.timeout(60000);
      const cases = draw(property, golden.runs);
      const hashes = expected[property.name]!;
      const mismatches: string[] = [];
      for (let i = 0; i < cases.length; i++) {
        const result = property.run(lib, cases[i]);
        if (hash(result) !== hashes.slice(i * 7, i * 7 + 7) && mismatches.length < 3) {
          mismatches.push(`case ${i}: ${JSON.stringify(cases[i])} -> polynode ${result.slice(0, 300)}`);
        }
        // Let the page breathe: a browser that blocks too long loses Karma's connection.
        if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
    });
  }

  it(`${ERROR_CASES.length} argument and state cases (errors included) equal Node's`, () => {
    expect(runErrors(lib)).to.deep.equal(golden.errors);
  });

  it(`${ASYNC_CASES.length} callback cases call back as Node's do`, async () => {
    expect(await runAsync(lib)).to.deep.equal(golden.callbacks);
  });
});
