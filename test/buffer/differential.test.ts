// Differential test of `buffer` and `string_decoder` against real Node 16.13.1: the same
// fast-check inputs (fixed seed) that scripts/golden/buffer.mjs ran through Node go
// through polynode here, and every outcome's hash must equal Node's. A mismatch prints the
// input and polynode's outcome.
import { expect } from 'chai';
import { differentialMismatches } from '../support/differential.js';
import golden from '../golden/node16-buffer.json';
import { PROPERTIES, SEED, hash } from './differential-cases.mjs';
import { Buffer, atob, btoa, transcode } from '../../src/buffer/index.js';
import { StringDecoder } from '../../src/string_decoder/index.js';

const lib = { Buffer, StringDecoder, transcode, atob, btoa };
const expected = golden.properties as Record<string, string>;

describe('buffer: differential against Node 16.13.1', () => {
  for (const property of PROPERTIES) {
    it(`${property.name}: ${golden.runs} random cases equal Node's`, async function () {
      this.timeout(60000);
      const mismatches = await differentialMismatches(property, lib, { seed: SEED, runs: golden.runs, hashes: expected[property.name]!, hash });
      expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
    });
  }
});
