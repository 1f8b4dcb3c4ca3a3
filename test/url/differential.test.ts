// Differential test of `url` (legacy API), `querystring` and `punycode` against real Node
// 16.13.1: the same fast-check inputs (fixed seed) that scripts/golden/url.mjs ran through
// Node go through polynode here, and every outcome's hash must equal Node's. A mismatch
// prints the input and polynode's outcome.
import { expect } from 'chai';
import * as fc from 'fast-check';
import golden from '../golden/node16-url.json';
import { PROPERTIES, SEED, hash } from './differential-cases.mjs';
import * as url from '../../src/url/index.js';
import * as querystring from '../../src/querystring/index.js';
import * as punycode from '../../src/punycode/index.js';

const lib = { url, querystring, punycode };
const expected = golden.properties as Record<string, string>;

function show(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (v === undefined) return 'undefined';
    return v;
  });
}

describe('url, querystring, punycode: differential against Node 16.13.1', () => {
  for (const property of PROPERTIES) {
    it(`${property.name}: ${golden.runs} random cases equal Node's`, async function () {
      this.timeout(60000);
      const inputs = fc.sample(property.arbitrary(fc) as fc.Arbitrary<unknown>, { seed: SEED, numRuns: golden.runs });
      const hashes = expected[property.name]!;
      const mismatches: string[] = [];
      for (let i = 0; i < inputs.length; i++) {
        const result = property.run(lib, inputs[i]);
        if (hash(result) !== hashes.slice(i * 7, i * 7 + 7) && mismatches.length < 5) {
          mismatches.push(`case ${i}: input ${show(inputs[i])} -> polynode ${result}`);
        }
        // Let the page breathe: a browser that blocks too long loses Karma's connection.
        if (i % 500 === 499) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
    });
  }
});
