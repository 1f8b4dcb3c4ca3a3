// Node's own zlib decompresses what polynode compresses, byte for byte back to the input: every
// compression setting of the golden test (zlib and brotli) on its 105 inputs, and streams
// written in random pieces with flush() of every kind and params() changes. The golden test
// shows most of those bytes equal Node 16's; this covers the rest. (The machine's Node 20:
// decompressors of every zlib and brotli version agree.)
import { expect } from 'chai';
import * as nodeZlib from 'node:zlib';
import { COMBOS, DECOMPRESS, comboName, decompressOptions, makeInputs, zlibStreamCases } from './cases.mjs';
import * as zlib from '../../src/zlib/index.js';
import { Buffer } from '../../src/buffer/index.js';

type Method = (input: Uint8Array, options?: Record<string, unknown>) => Uint8Array;
const ours = zlib as unknown as Record<string, Method>;
const nodes = nodeZlib as unknown as Record<string, Method>;

describe("zlib: Node's zlib decompresses polynode's output", () => {
  it('for every compression setting on every golden input', function () {
    this.timeout(120000);
    const inputs = makeInputs();
    const failures: string[] = [];
    for (const combo of COMBOS) {
      for (const [i, input] of inputs.entries()) {
        const packed = ours[combo.method]!(input, combo.options);
        const back = nodes[DECOMPRESS[combo.method]!]!(packed, decompressOptions(combo));
        if (globalThis.Buffer.compare(back, input) !== 0 && failures.length < 5) failures.push(`${comboName(combo)}, input ${i}`);
      }
    }
    expect(failures).to.deep.equal([]);
  });

  it('for streams with flush() and params() between random pieces', async function () {
    this.timeout(120000);
    // The stream cases check that polynode inflates its own output; here Node inflates it.
    const nodeInflating = {
      ...zlib,
      inflateSync: (data: Uint8Array, options?: nodeZlib.ZlibOptions) => nodeZlib.inflateSync(data, options),
      gunzipSync: (data: Uint8Array, options?: nodeZlib.ZlibOptions) => nodeZlib.gunzipSync(data, options),
      inflateRawSync: (data: Uint8Array, options?: nodeZlib.ZlibOptions) => nodeZlib.inflateRawSync(data, options),
    };
    const results: string[] = [];
    for (const [name, run] of Object.entries(zlibStreamCases())) {
      const outcome = await run({ zlib: nodeInflating, Buffer });
      if (!outcome.endsWith(':inflates back')) results.push(`${name}: ${outcome}`);
    }
    expect(results).to.deep.equal([]);
  });
});
