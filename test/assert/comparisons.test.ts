// Differential test of deep equality against real Node 16.13.1: the structure pairs that
// scripts/golden/comparisons.mjs judged with Node's assert.deepEqual and
// util.isDeepStrictEqual are drawn again from the same seed, built here, and judged by
// polynode's comparisons; every verdict must equal Node's. A mismatch prints both recipes.
import { expect } from 'chai';
import * as fc from 'fast-check';
import golden from '../golden/node16-comparisons.json';
import { SEED, buildPair, mutate, pairArbitrary, verdict, type Pair } from './structures.mjs';
import { isDeepEqual, isDeepStrictEqual } from '../../src/internal/comparisons.js';

describe('internal/comparisons: differential against Node 16.13.1', () => {
  it(`judges ${golden.runs} random near-equal structure pairs as Node does (loose and strict)`, async function () {
    this.timeout(120000);
    const pairs = fc.sample(pairArbitrary(fc) as fc.Arbitrary<Pair>, { seed: SEED, numRuns: golden.runs });
    const mismatches: string[] = [];
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i]!;
      const [a, b] = buildPair(pair);
      const ours = verdict(isDeepEqual(a, b), isDeepStrictEqual(a, b));
      const node = golden.verdicts[i]!;
      if (ours !== node && mismatches.length < 8) {
        mismatches.push(
          `pair ${i}: node ${node} polynode ${ours} (bit 0 loose, bit 1 strict)\n  a: ${JSON.stringify(pair[0])}\n  b: ${JSON.stringify(mutate(pair[0], pair[1]))}`,
        );
      }
      // Let the page breathe: a browser that blocks too long loses Karma's connection.
      if (i % 500 === 499) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
  });

  it('covers every verdict: neither, loose only, strict only, both', () => {
    expect(golden.counts.every((count: number) => count > 0)).to.equal(true);
  });
});
