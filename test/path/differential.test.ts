// Differential test of `path` (both flavours) against real Node 16.13.1: the same fast-check
// inputs (fixed seed) that scripts/golden/path.mjs ran through Node go through polynode here,
// and every outcome's hash must equal Node's. A mismatch prints the input and polynode's
// outcome. Node ran with its current directory at '/', the directory polynode's path uses
// while polynode's process.cwd() is not real; the cwd-dependent properties check that first.
import { expect } from 'chai';
import * as fc from 'fast-check';
import golden from '../golden/node16-path.json';
import { PROPERTIES, SEED, hash } from './differential-cases.mjs';
import path from '../../src/path/index.js';

const expected = golden.properties as Record<string, string>;

function show(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'function') return '<function>';
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (v === undefined) return 'undefined';
    return v;
  });
}

describe('path: differential against Node 16.13.1', () => {
  it('covers every property the golden file has', () => {
    expect(PROPERTIES.map((p) => p.name).sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const property of PROPERTIES) {
    it(`${property.name}: ${golden.runs} random cases equal Node's`, async function () {
      this.timeout(60000);
      // resolve('') is the current directory: the golden file was made with '/'.
      if (property.cwdDependent && path.resolve('') !== golden.cwd) this.skip();
      const inputs = fc.sample(property.arbitrary(fc) as fc.Arbitrary<unknown>, { seed: SEED, numRuns: golden.runs });
      const hashes = expected[property.name]!;
      const mismatches: string[] = [];
      for (let i = 0; i < inputs.length; i++) {
        const result = property.run(path, inputs[i]);
        if (hash(result) !== hashes.slice(i * 7, i * 7 + 7) && mismatches.length < 5) {
          mismatches.push(`case ${i}: input ${show(inputs[i])} -> polynode ${result}`);
        }
        // Let the page breathe: a browser that blocks too long loses Karma's connection.
        if (i % 2000 === 1999) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
    });
  }
});
