// Workloads for `zlib`: the one-shot sync functions on 1 MiB of text, of JSON and of random
// bytes (bench/workloads/_zlib-inputs.js). See bench/README.md.
//
// Compressed bytes legitimately differ between zlib builds (Node 16 ships Chromium's fork,
// pako 3 matches canonical zlib, browserify-zlib uses pako 1), so the compress rows only
// check that the output is a plausible size (byte equality with Node is the golden test's
// job) and report the output's size against Node 16's (`outputSize` / `referenceSize`: the
// report's "output ÷ Node 16" column). The decompress rows inflate the column's own output and
// return the input, which every implementation must reproduce exactly.
import { MiB } from './_data.js';
import { COMPRESSORS, COMPRESS_ROWS, INPUTS } from './_zlib-inputs.js';
import NODE16_SIZES from './_zlib-node16.js';

export const modules = ['zlib', 'buffer'];

/** A compress workload: times `zlib[fn](input, options)`. */
function compress(input, compressor) {
  const [fn, options] = COMPRESSORS[compressor];
  return {
    name: `zlib.${input}.${compressor.replace(' ', '.')}`,
    title: `${fn}(1 MiB ${input}${options ? ', quality 4' : fn.startsWith('brotli') ? ', quality 11' : ''})`,
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ zlib: lib.zlib, input: lib.buffer.Buffer.from(INPUTS[input](), 'latin1') }),
    run({ zlib, input }) {
      const out = zlib[fn](input, options);
      // Compressed (random data grows by a few bytes per block), and not empty.
      return out.length > 1000 && out.length < input.length * 1.01;
    },
    expected: () => true,
    outputSize: ({ zlib, input }) => zlib[fn](input, options).length,
    referenceSize: NODE16_SIZES[`${input} ${compressor}`],
  };
}

/** A decompress workload: decompresses the column's own compressed input back to the input. */
function decompress(input, compressor, fnDecompress) {
  const [fn, options] = COMPRESSORS[compressor];
  return {
    name: `zlib.${input}.${fnDecompress}`,
    title: `${fnDecompress}(${input} -> 1 MiB)`,
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ zlib: lib.zlib, packed: lib.zlib[fn](lib.buffer.Buffer.from(INPUTS[input](), 'latin1'), options) }),
    run({ zlib, packed }) {
      return zlib[fnDecompress](packed).toString('latin1');
    },
    expected: () => INPUTS[input](),
  };
}

export default [
  ...COMPRESS_ROWS.filter(([, compressor]) => !compressor.startsWith('brotli')).map(([input, compressor]) => compress(input, compressor)),
  ...['text', 'json', 'random'].flatMap((input) => [
    decompress(input, 'deflateSync', 'inflateSync'),
    decompress(input, 'gzipSync', 'gunzipSync'),
  ]),
  // Brotli (no peer has it): quality 4 (fast) and 11 (Node's default), and decompression.
  ...COMPRESS_ROWS.filter(([, compressor]) => compressor.startsWith('brotli')).map(([input, compressor]) => compress(input, compressor)),
  decompress('text', 'brotliCompressSync q4', 'brotliDecompressSync'),
];
