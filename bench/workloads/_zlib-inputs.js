// The inputs of the zlib workloads, shared by bench/workloads/zlib.js and
// scripts/golden/zlib-bench.mjs (which records Node 16's compressed sizes for them).
import { MiB, asciiText, jsonText, latin1Text } from './_data.js';

/** Each input as latin1 text (every character one byte), 1 MiB each. */
export const INPUTS = {
  text: () => asciiText(MiB, 7),
  json: () => jsonText(MiB, 6),
  random: () => latin1Text(MiB, 8),
};

/** The compressing calls measured: workload name suffix -> [function, options]. */
export const COMPRESSORS = {
  deflateSync: ['deflateSync'],
  gzipSync: ['gzipSync'],
  'brotliCompressSync q4': ['brotliCompressSync', { params: { 1: 4 } }],
  'brotliCompressSync q11': ['brotliCompressSync'],
};

/** Which compressors run on which input (brotli's quality 11 only on text: 1 MiB takes ~1 s). */
export const COMPRESS_ROWS = [
  ...['text', 'json', 'random'].flatMap((input) => ['deflateSync', 'gzipSync'].map((method) => [input, method])),
  ['text', 'brotliCompressSync q4'],
  ['json', 'brotliCompressSync q4'],
  ['text', 'brotliCompressSync q11'],
];
