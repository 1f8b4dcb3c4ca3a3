// Golden test of `zlib` against real Node 16.13.1 (scripts/golden/zlib.mjs wrote
// test/golden/node16-zlib.json from the same cases in test/zlib/cases.mjs).
//
// Brotli is Node 16's own library (brotli 1.0.9) compiled to WebAssembly: every brotli setting
// must give Node's bytes, and every brotli error Node's code and errno.
// Bytes: pako 3 is canonical zlib 1.3 (what Node 20 ships); Node 16.13.1 ships Chromium's
// zlib fork, whose deflate differs (hash, window, stored blocks); rollup.config.js patches
// those differences into pako's deflate at build time. Every setting must round-trip,
// Node's own output must inflate back to the input, and the settings whose bytes equal
// Node 16's for every input are listed in BYTE_EQUAL below (a change either way fails, so
// the list stays true).
import { expect } from 'chai';
import golden from '../golden/node16-zlib.json';
import { COMBOS, DECOMPRESS, brotliStreamCases, comboName, decompressOptions, errorCases, fromHex, hashBytes, makeInputs, storedCombo, zlibStreamCases } from './cases.mjs';
import * as zlib from '../../src/zlib/index.js';
import { Buffer } from '../../src/buffer/index.js';

type Method = (input: Uint8Array, options?: Record<string, unknown>) => Uint8Array;
const methods = zlib as unknown as Record<string, Method>;
const combos = golden.combos as Record<string, string>;

/** Settings whose output equals Node 16.13.1's byte for byte on every input. */
const BYTE_EQUAL: string[] = [
  // Every zlib setting but one: gzip at level 1, filtered, windowBits 11, memLevel 4 differs
  // on one input (its last 3 bytes: Node's gzip mode reads another byte past the end of the
  // data than its raw/zlib modes do, which rollup.config.js's patches of pako do not model).
  'deflateSync {"level":-1}',
  'deflateSync {"level":0}',
  'deflateSync {"level":1}',
  'deflateSync {"level":2}',
  'deflateSync {"level":3}',
  'deflateSync {"level":4}',
  'deflateSync {"level":5}',
  'deflateSync {"level":6}',
  'deflateSync {"level":7}',
  'deflateSync {"level":8}',
  'deflateSync {"level":9}',
  'deflateSync {"strategy":1}',
  'deflateSync {"strategy":2}',
  'deflateSync {"strategy":3}',
  'deflateSync {"strategy":4}',
  'deflateSync {"windowBits":9}',
  'deflateSync {"windowBits":10}',
  'deflateSync {"windowBits":12}',
  'deflateSync {"memLevel":1}',
  'deflateSync {"memLevel":5}',
  'deflateSync {"memLevel":9}',
  'deflateSync {"level":1,"strategy":1,"windowBits":11,"memLevel":4}',
  'deflateRawSync {"level":-1}',
  'deflateRawSync {"level":0}',
  'deflateRawSync {"level":1}',
  'deflateRawSync {"level":2}',
  'deflateRawSync {"level":3}',
  'deflateRawSync {"level":4}',
  'deflateRawSync {"level":5}',
  'deflateRawSync {"level":6}',
  'deflateRawSync {"level":7}',
  'deflateRawSync {"level":8}',
  'deflateRawSync {"level":9}',
  'deflateRawSync {"strategy":1}',
  'deflateRawSync {"strategy":2}',
  'deflateRawSync {"strategy":3}',
  'deflateRawSync {"strategy":4}',
  'deflateRawSync {"windowBits":9}',
  'deflateRawSync {"windowBits":10}',
  'deflateRawSync {"windowBits":12}',
  'deflateRawSync {"memLevel":1}',
  'deflateRawSync {"memLevel":5}',
  'deflateRawSync {"memLevel":9}',
  'deflateRawSync {"level":1,"strategy":1,"windowBits":11,"memLevel":4}',
  'gzipSync {"level":-1}',
  'gzipSync {"level":0}',
  'gzipSync {"level":1}',
  'gzipSync {"level":2}',
  'gzipSync {"level":3}',
  'gzipSync {"level":4}',
  'gzipSync {"level":5}',
  'gzipSync {"level":6}',
  'gzipSync {"level":7}',
  'gzipSync {"level":8}',
  'gzipSync {"level":9}',
  'gzipSync {"strategy":1}',
  'gzipSync {"strategy":2}',
  'gzipSync {"strategy":3}',
  'gzipSync {"strategy":4}',
  'gzipSync {"windowBits":9}',
  'gzipSync {"windowBits":10}',
  'gzipSync {"windowBits":12}',
  'gzipSync {"memLevel":1}',
  'gzipSync {"memLevel":5}',
  'gzipSync {"memLevel":9}',
  'deflateSync {"windowBits":8}',
  'deflateRawSync {"windowBits":8}',
  // Brotli: every setting (brotli 1.0.9 in WebAssembly, the library Node 16 links).
  ...COMBOS.filter((combo) => combo.method === 'brotliCompressSync').map(comboName),
];

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

describe('zlib: golden test against Node 16.13.1', () => {
  const inputs = makeInputs();

  it(`has the same ${golden.inputs} inputs as the golden file`, () => {
    expect(inputs.length).to.equal(golden.inputs);
  });

  describe('zlib error and edge cases', () => {
    const cases = errorCases();
    for (const [name, run] of Object.entries(cases)) {
      it(`${name}: same outcome as Node`, () => {
        expect(run({ zlib, Buffer })).to.equal((golden.errors as Record<string, string>)[name]);
      });
    }
  });

  describe('brotli streams (random pieces, flush() calls, reset, errors)', () => {
    for (const [name, run] of Object.entries(brotliStreamCases())) {
      it(`${name}: same outcome as Node`, async () => {
        expect(await run({ zlib, Buffer })).to.equal((golden.brotliStreams as Record<string, string>)[name]);
      });
    }
  });

  describe('streamed deflate/gzip/raw (random pieces, flush() of every kind, params())', () => {
    // Streams whose bytes differ from Node 16's (they still inflate back, and Node's own output
    // of each is checked to inflate back by the golden script): a Z_BLOCK flush where Node's
    // zlib holds one more byte back, and gzip at levels 1-5, where Node's zlib reads other
    // bytes past the end of the data than pako (see BYTE_EQUAL above).
    const DIFFERENT = new Set([
      'Deflate {"level":9,"memLevel":3}, 79 pieces, 22 flush/params',
      'Gzip {"level":1,"windowBits":14}, 16 pieces, 5 flush/params',
      'Gzip {"level":1}, 5 pieces, 2 flush/params',
    ]);
    for (const [name, run] of Object.entries(zlibStreamCases())) {
      it(`${name}: ${DIFFERENT.has(name) ? 'inflates back (bytes differ from Node)' : "Node's bytes"}`, async function () {
        this.timeout(30000);
        const got = await run({ zlib, Buffer });
        const node = (golden.zlibStreams as Record<string, string>)[name]!;
        expect(node.endsWith(':inflates back')).to.equal(true);
        expect(got.endsWith(':inflates back'), got).to.equal(true);
        if (DIFFERENT.has(name)) expect(got).to.not.equal(node);
        else expect(got).to.equal(node);
      });
    }
  });

  it('compresses with every setting to bytes that inflate back, and records which equal Node 16', function () {
    this.timeout(120000);
    const byteEqual: string[] = [];
    const failures: string[] = [];
    for (const combo of COMBOS) {
      const name = comboName(combo);
      const hashes = combos[name]!;
      let same = true;
      inputs.forEach((input, i) => {
        const out = methods[combo.method]!(input, combo.options);
        if (hashBytes(out) !== hashes.slice(i * 8, i * 8 + 8)) same = false;
        const back = methods[DECOMPRESS[combo.method]!]!(out, decompressOptions(combo));
        if (!equalBytes(back, input) && failures.length < 5) failures.push(`${name}: input ${i} does not round-trip`);
      });
      if (same) byteEqual.push(name);
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
    expect(byteEqual).to.deep.equal(BYTE_EQUAL);
  });

  it("inflates Node 16's output of every input back to the input", () => {
    const failures: string[] = [];
    (golden.stored as string[]).forEach((hex, i) => {
      const combo = COMBOS[storedCombo(i)]!;
      const back = methods[DECOMPRESS[combo.method]!]!(fromHex(hex), decompressOptions(combo));
      if (!equalBytes(back, inputs[i]!)) failures.push(`${comboName(combo)}: input ${i}`);
      // unzip detects gzip and zlib headers alike.
      if (combo.method !== 'deflateRawSync' && combo.method !== 'brotliCompressSync' && !equalBytes(methods.unzipSync!(fromHex(hex)), inputs[i]!)) failures.push(`unzip ${i}`);
    });
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
