// Workloads for `zlib`: the one-shot sync functions on 1 MiB of text. See bench/README.md.
//
// Compressed bytes legitimately differ between zlib builds (Node 16 ships Chromium's fork,
// pako 3 matches Node 20's zlib, browserify-zlib uses pako 1), so the compress rows only
// check that the output is smaller than the input (byte equality with Node is the golden
// test's job). The decompress rows inflate the column's own output and return the text,
// which every implementation must reproduce exactly.
import { MiB, asciiText, cached } from './_data.js';

export const modules = ['zlib', 'buffer'];

const text = () => cached('zlib:text', () => asciiText(MiB, 7));

/** A compress workload: times `compress(input)`; returns a plausibility check of its size. */
function compress(name, title, fn, options) {
  return {
    name,
    title,
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ zlib: lib.zlib, input: lib.buffer.Buffer.from(text(), 'latin1') }),
    run({ zlib, input }) {
      const out = zlib[fn](input, options);
      return out.length > 1000 && out.length < input.length; // compressed, and not empty
    },
    expected: () => true,
  };
}

/** A decompress workload: inflates the column's own compressed text back to the text. */
function decompress(name, title, fnCompress, fnDecompress, options) {
  return {
    name,
    title,
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ zlib: lib.zlib, packed: lib.zlib[fnCompress](lib.buffer.Buffer.from(text(), 'latin1'), options) }),
    run({ zlib, packed }) {
      return zlib[fnDecompress](packed).toString('latin1');
    },
    expected: () => text(),
  };
}

export default [
  compress('zlib.deflateSync', 'deflateSync(1 MiB text)', 'deflateSync'),
  compress('zlib.gzipSync', 'gzipSync(1 MiB text)', 'gzipSync'),
  decompress('zlib.inflateSync', 'inflateSync(deflated text -> 1 MiB)', 'deflateSync', 'inflateSync'),
  decompress('zlib.gunzipSync', 'gunzipSync(gzipped text -> 1 MiB)', 'gzipSync', 'gunzipSync'),
  // Brotli (no peer has it): quality 4 (fast) and 11 (Node's default), and decompression.
  compress('zlib.brotliCompressSync q4', 'brotliCompressSync(1 MiB text, quality 4)', 'brotliCompressSync', { params: { 1: 4 } }),
  compress('zlib.brotliCompressSync q11', 'brotliCompressSync(1 MiB text, quality 11)', 'brotliCompressSync'),
  decompress('zlib.brotliDecompressSync', 'brotliDecompressSync(brotli text -> 1 MiB)', 'brotliCompressSync', 'brotliDecompressSync', { params: { 1: 4 } }),
];
