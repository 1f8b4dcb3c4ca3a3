// Differential test of `path` (both flavours) against real Node 16.13.1: the same fast-check
// inputs (fixed seed) that scripts/golden/path.mjs ran through Node go through polynode here,
// and every outcome's hash must equal Node's. A mismatch prints the input and polynode's
// outcome. Node ran with its current directory at '/', the directory polynode's path uses
// while polynode's process.cwd() is not real; the cwd-dependent properties check that first.
import { expect } from 'chai';
import { differentialMismatches } from '../support/differential.js';
import golden from '../golden/node16-path.json';
import { PROPERTIES, SEED, hash } from './differential-cases.mjs';
import path from '../../src/path/index.js';

const expected = golden.properties as Record<string, string>;

describe('path: differential against Node 16.13.1', () => {
  it('covers every property the golden file has', () => {
    expect(PROPERTIES.map((p) => p.name).sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const property of PROPERTIES) {
    it(`${property.name}: ${golden.runs} random cases equal Node's`, async function () {
      this.timeout(60000);
      // resolve('') is the current directory: the golden file was made with '/'.
      if (property.cwdDependent && path.resolve('') !== golden.cwd) this.skip();
      const mismatches = await differentialMismatches(property, path, { seed: SEED, runs: golden.runs, hashes: expected[property.name]!, hash, yieldEvery: 2000 });
      expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
    });
  }
});
