/**
 * polynode's `zlib`: Node 16.13.1's `zlib` module for the browser.
 * deflate/inflate/gzip over pako 3, brotli, streams and every option.
 * Status: partial. The one-shot APIs (`deflateSync`, `inflate`, `gzip`, `unzipSync` …) and the
 * stream classes (`Deflate`, `createGzip` …, Transform streams with `flush`, `params`, `reset`,
 * `close`, `bytesWritten`) are real, over pako 3. Brotli is brotli 1.0.9 (the C library Node 16
 * links) compiled to WebAssembly: the same bytes and the same errors as Node, loaded only by
 * code that uses a brotli export.
 *
 * Streams in the browser: written chunks are processed in the page's thread (Node uses its
 * thread pool), synchronously until zlib streams have worked 8 ms without a task break, then in
 * later tasks, so a large input does not freeze the page; there is no `_handle` and no
 * `_processChunk`. `params()` sets pako's deflate state as zlib's `deflateParams` does
 * (pako has none); calling a class without `new` throws a TypeError (Node 16 allows it).
 *
 * Browser: compressed bytes equal Node 16.13.1's for every level, strategy, windowBits and
 * memLevel tested (67 of 68 settings on 105 inputs; Node 16 ships Chromium's zlib fork, whose
 * differences from pako are patched into pako's deflate at build time: CRC-32C hashing at
 * levels 1–5, a 2^15-entry hash table, zlib 1.2.11's stored blocks). Decompression and every
 * error equal Node's (test/zlib/golden.test.ts).
 *
 * @packageDocumentation
 */
import { makeAsync, makeSync } from './convenience.js';
import { DeflateHandle, InflateHandle, zlibEngine } from './engine.js';
import type { AsyncMethod, SyncMethod } from './convenience.js';
import { Deflate, DeflateRaw, Gunzip, Gzip, Inflate, InflateRaw, Unzip } from './streams.js';
import type { ZlibStreamOptions } from './streams.js';
import { BrotliCompress, BrotliDecompress, brotliCompress, brotliCompressSync, brotliDecompress, brotliDecompressSync } from './brotli/streams.js';
import type { BrotliOptions, BrotliStreamOptions } from './brotli/streams.js';

export { Deflate, DeflateRaw, Gunzip, Gzip, Inflate, InflateRaw, Unzip, BrotliCompress, BrotliDecompress };
export { brotliCompress, brotliCompressSync, brotliDecompress, brotliDecompressSync };
export type { ZlibStreamOptions, BrotliOptions, BrotliStreamOptions };

/** Node's `zlib.createBrotliCompress([options])`: `new BrotliCompress(options)`. */
export function createBrotliCompress(options?: BrotliStreamOptions): BrotliCompress {
  return new BrotliCompress(options);
}

/** Node's `zlib.createBrotliDecompress([options])`: `new BrotliDecompress(options)`. */
export function createBrotliDecompress(options?: BrotliStreamOptions): BrotliDecompress {
  return new BrotliDecompress(options);
}








/** Node's `zlib.codes` (Node 16.13.1's values). */
export const codes = {"0":"Z_OK","1":"Z_STREAM_END","2":"Z_NEED_DICT","Z_OK":0,"Z_STREAM_END":1,"Z_NEED_DICT":2,"Z_ERRNO":-1,"Z_STREAM_ERROR":-2,"Z_DATA_ERROR":-3,"Z_MEM_ERROR":-4,"Z_BUF_ERROR":-5,"Z_VERSION_ERROR":-6,"-1":"Z_ERRNO","-2":"Z_STREAM_ERROR","-3":"Z_DATA_ERROR","-4":"Z_MEM_ERROR","-5":"Z_BUF_ERROR","-6":"Z_VERSION_ERROR"};

/** Node's `zlib.constants` (Node 16.13.1's values). */
export const constants = {"Z_NO_FLUSH":0,"Z_PARTIAL_FLUSH":1,"Z_SYNC_FLUSH":2,"Z_FULL_FLUSH":3,"Z_FINISH":4,"Z_BLOCK":5,"Z_OK":0,"Z_STREAM_END":1,"Z_NEED_DICT":2,"Z_ERRNO":-1,"Z_STREAM_ERROR":-2,"Z_DATA_ERROR":-3,"Z_MEM_ERROR":-4,"Z_BUF_ERROR":-5,"Z_VERSION_ERROR":-6,"Z_NO_COMPRESSION":0,"Z_BEST_SPEED":1,"Z_BEST_COMPRESSION":9,"Z_DEFAULT_COMPRESSION":-1,"Z_FILTERED":1,"Z_HUFFMAN_ONLY":2,"Z_RLE":3,"Z_FIXED":4,"Z_DEFAULT_STRATEGY":0,"ZLIB_VERNUM":4784,"DEFLATE":1,"INFLATE":2,"GZIP":3,"GUNZIP":4,"DEFLATERAW":5,"INFLATERAW":6,"UNZIP":7,"BROTLI_DECODE":8,"BROTLI_ENCODE":9,"Z_MIN_WINDOWBITS":8,"Z_MAX_WINDOWBITS":15,"Z_DEFAULT_WINDOWBITS":15,"Z_MIN_CHUNK":64,"Z_MAX_CHUNK":null,"Z_DEFAULT_CHUNK":16384,"Z_MIN_MEMLEVEL":1,"Z_MAX_MEMLEVEL":9,"Z_DEFAULT_MEMLEVEL":8,"Z_MIN_LEVEL":-1,"Z_MAX_LEVEL":9,"Z_DEFAULT_LEVEL":-1,"BROTLI_OPERATION_PROCESS":0,"BROTLI_OPERATION_FLUSH":1,"BROTLI_OPERATION_FINISH":2,"BROTLI_OPERATION_EMIT_METADATA":3,"BROTLI_PARAM_MODE":0,"BROTLI_MODE_GENERIC":0,"BROTLI_MODE_TEXT":1,"BROTLI_MODE_FONT":2,"BROTLI_DEFAULT_MODE":0,"BROTLI_PARAM_QUALITY":1,"BROTLI_MIN_QUALITY":0,"BROTLI_MAX_QUALITY":11,"BROTLI_DEFAULT_QUALITY":11,"BROTLI_PARAM_LGWIN":2,"BROTLI_MIN_WINDOW_BITS":10,"BROTLI_MAX_WINDOW_BITS":24,"BROTLI_LARGE_MAX_WINDOW_BITS":30,"BROTLI_DEFAULT_WINDOW":22,"BROTLI_PARAM_LGBLOCK":3,"BROTLI_MIN_INPUT_BLOCK_BITS":16,"BROTLI_MAX_INPUT_BLOCK_BITS":24,"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING":4,"BROTLI_PARAM_SIZE_HINT":5,"BROTLI_PARAM_LARGE_WINDOW":6,"BROTLI_PARAM_NPOSTFIX":7,"BROTLI_PARAM_NDIRECT":8,"BROTLI_DECODER_RESULT_ERROR":0,"BROTLI_DECODER_RESULT_SUCCESS":1,"BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT":2,"BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT":3,"BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION":0,"BROTLI_DECODER_PARAM_LARGE_WINDOW":1,"BROTLI_DECODER_NO_ERROR":0,"BROTLI_DECODER_SUCCESS":1,"BROTLI_DECODER_NEEDS_MORE_INPUT":2,"BROTLI_DECODER_NEEDS_MORE_OUTPUT":3,"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE":-1,"BROTLI_DECODER_ERROR_FORMAT_RESERVED":-2,"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE":-3,"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET":-4,"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME":-5,"BROTLI_DECODER_ERROR_FORMAT_CL_SPACE":-6,"BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE":-7,"BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT":-8,"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1":-9,"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2":-10,"BROTLI_DECODER_ERROR_FORMAT_TRANSFORM":-11,"BROTLI_DECODER_ERROR_FORMAT_DICTIONARY":-12,"BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS":-13,"BROTLI_DECODER_ERROR_FORMAT_PADDING_1":-14,"BROTLI_DECODER_ERROR_FORMAT_PADDING_2":-15,"BROTLI_DECODER_ERROR_FORMAT_DISTANCE":-16,"BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET":-19,"BROTLI_DECODER_ERROR_INVALID_ARGUMENTS":-20,"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES":-21,"BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS":-22,"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP":-25,"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1":-26,"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2":-27,"BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES":-30,"BROTLI_DECODER_ERROR_UNREACHABLE":-31};

/** Node's `zlib.createDeflate([options])`: `new Deflate(options)`. */
export function createDeflate(options?: ZlibStreamOptions): Deflate {
  return new Deflate(options);
}

/** Node's `zlib.createDeflateRaw([options])`: `new DeflateRaw(options)`. */
export function createDeflateRaw(options?: ZlibStreamOptions): DeflateRaw {
  return new DeflateRaw(options);
}

/** Node's `zlib.createGunzip([options])`: `new Gunzip(options)`. */
export function createGunzip(options?: ZlibStreamOptions): Gunzip {
  return new Gunzip(options);
}

/** Node's `zlib.createGzip([options])`: `new Gzip(options)`. */
export function createGzip(options?: ZlibStreamOptions): Gzip {
  return new Gzip(options);
}

/** Node's `zlib.createInflate([options])`: `new Inflate(options)`. */
export function createInflate(options?: ZlibStreamOptions): Inflate {
  return new Inflate(options);
}

/** Node's `zlib.createInflateRaw([options])`: `new InflateRaw(options)`. */
export function createInflateRaw(options?: ZlibStreamOptions): InflateRaw {
  return new InflateRaw(options);
}

/** Node's `zlib.createUnzip([options])`: `new Unzip(options)`. */
export function createUnzip(options?: ZlibStreamOptions): Unzip {
  return new Unzip(options);
}

/**
 * Node's `zlib.deflate(buffer[, options], callback)`: like {@link deflateSync}, the result or
 * error delivered to `callback(err, result)` asynchronously. `util.promisify`-able.
 *
 * Browser: the work runs on pako 3 in the page's thread in a later task (Node uses its
 * thread pool); argument errors still throw synchronously, as in Node.
 */
export const deflate: AsyncMethod = /*#__PURE__*/ makeAsync(/*#__PURE__*/ zlibEngine(1 /* DEFLATE */, DeflateHandle));

/**
 * Node's `zlib.deflateRaw(buffer[, options], callback)`: like {@link deflateRawSync}, the result or
 * error delivered to `callback(err, result)` asynchronously. `util.promisify`-able.
 *
 * Browser: the work runs on pako 3 in the page's thread in a later task (Node uses its
 * thread pool); argument errors still throw synchronously, as in Node.
 */
export const deflateRaw: AsyncMethod = /*#__PURE__*/ makeAsync(/*#__PURE__*/ zlibEngine(5 /* DEFLATERAW */, DeflateHandle));

/**
 * Node's `zlib.deflateRawSync(buffer[, options])`: deflateraw of a string, Buffer, TypedArray, DataView or
 * ArrayBuffer in one call, with Node 16's options, validation and errors.
 *
 * Browser: runs on pako 3 in the calling thread (a long input blocks the page, as it blocks
 * Node's event loop). With `info: true`, `engine` carries only `bytesWritten`.
 */
export const deflateRawSync: SyncMethod = /*#__PURE__*/ makeSync(/*#__PURE__*/ zlibEngine(5 /* DEFLATERAW */, DeflateHandle));

/**
 * Node's `zlib.deflateSync(buffer[, options])`: deflate of a string, Buffer, TypedArray, DataView or
 * ArrayBuffer in one call, with Node 16's options, validation and errors.
 *
 * Browser: runs on pako 3 in the calling thread (a long input blocks the page, as it blocks
 * Node's event loop). With `info: true`, `engine` carries only `bytesWritten`.
 */
export const deflateSync: SyncMethod = /*#__PURE__*/ makeSync(/*#__PURE__*/ zlibEngine(1 /* DEFLATE */, DeflateHandle));

/**
 * Node's `zlib.gunzip(buffer[, options], callback)`: like {@link gunzipSync}, the result or
 * error delivered to `callback(err, result)` asynchronously. `util.promisify`-able.
 *
 * Browser: the work runs on pako 3 in the page's thread in a later task (Node uses its
 * thread pool); argument errors still throw synchronously, as in Node.
 */
export const gunzip: AsyncMethod = /*#__PURE__*/ makeAsync(/*#__PURE__*/ zlibEngine(4 /* GUNZIP */, InflateHandle));

/**
 * Node's `zlib.gunzipSync(buffer[, options])`: gunzip of a string, Buffer, TypedArray, DataView or
 * ArrayBuffer in one call, with Node 16's options, validation and errors.
 *
 * Browser: runs on pako 3 in the calling thread (a long input blocks the page, as it blocks
 * Node's event loop). With `info: true`, `engine` carries only `bytesWritten`.
 */
export const gunzipSync: SyncMethod = /*#__PURE__*/ makeSync(/*#__PURE__*/ zlibEngine(4 /* GUNZIP */, InflateHandle));

/**
 * Node's `zlib.gzip(buffer[, options], callback)`: like {@link gzipSync}, the result or
 * error delivered to `callback(err, result)` asynchronously. `util.promisify`-able.
 *
 * Browser: the work runs on pako 3 in the page's thread in a later task (Node uses its
 * thread pool); argument errors still throw synchronously, as in Node.
 */
export const gzip: AsyncMethod = /*#__PURE__*/ makeAsync(/*#__PURE__*/ zlibEngine(3 /* GZIP */, DeflateHandle));

/**
 * Node's `zlib.gzipSync(buffer[, options])`: gzip of a string, Buffer, TypedArray, DataView or
 * ArrayBuffer in one call, with Node 16's options, validation and errors.
 *
 * Browser: runs on pako 3 in the calling thread (a long input blocks the page, as it blocks
 * Node's event loop). With `info: true`, `engine` carries only `bytesWritten`.
 */
export const gzipSync: SyncMethod = /*#__PURE__*/ makeSync(/*#__PURE__*/ zlibEngine(3 /* GZIP */, DeflateHandle));

/**
 * Node's `zlib.inflate(buffer[, options], callback)`: like {@link inflateSync}, the result or
 * error delivered to `callback(err, result)` asynchronously. `util.promisify`-able.
 *
 * Browser: the work runs on pako 3 in the page's thread in a later task (Node uses its
 * thread pool); argument errors still throw synchronously, as in Node.
 */
export const inflate: AsyncMethod = /*#__PURE__*/ makeAsync(/*#__PURE__*/ zlibEngine(2 /* INFLATE */, InflateHandle));

/**
 * Node's `zlib.inflateRaw(buffer[, options], callback)`: like {@link inflateRawSync}, the result or
 * error delivered to `callback(err, result)` asynchronously. `util.promisify`-able.
 *
 * Browser: the work runs on pako 3 in the page's thread in a later task (Node uses its
 * thread pool); argument errors still throw synchronously, as in Node.
 */
export const inflateRaw: AsyncMethod = /*#__PURE__*/ makeAsync(/*#__PURE__*/ zlibEngine(6 /* INFLATERAW */, InflateHandle));

/**
 * Node's `zlib.inflateRawSync(buffer[, options])`: inflateraw of a string, Buffer, TypedArray, DataView or
 * ArrayBuffer in one call, with Node 16's options, validation and errors.
 *
 * Browser: runs on pako 3 in the calling thread (a long input blocks the page, as it blocks
 * Node's event loop). With `info: true`, `engine` carries only `bytesWritten`.
 */
export const inflateRawSync: SyncMethod = /*#__PURE__*/ makeSync(/*#__PURE__*/ zlibEngine(6 /* INFLATERAW */, InflateHandle));

/**
 * Node's `zlib.inflateSync(buffer[, options])`: inflate of a string, Buffer, TypedArray, DataView or
 * ArrayBuffer in one call, with Node 16's options, validation and errors.
 *
 * Browser: runs on pako 3 in the calling thread (a long input blocks the page, as it blocks
 * Node's event loop). With `info: true`, `engine` carries only `bytesWritten`.
 */
export const inflateSync: SyncMethod = /*#__PURE__*/ makeSync(/*#__PURE__*/ zlibEngine(2 /* INFLATE */, InflateHandle));

/**
 * Node's `zlib.unzip(buffer[, options], callback)`: like {@link unzipSync}, the result or
 * error delivered to `callback(err, result)` asynchronously. `util.promisify`-able.
 *
 * Browser: the work runs on pako 3 in the page's thread in a later task (Node uses its
 * thread pool); argument errors still throw synchronously, as in Node.
 */
export const unzip: AsyncMethod = /*#__PURE__*/ makeAsync(/*#__PURE__*/ zlibEngine(7 /* UNZIP */, InflateHandle));

/**
 * Node's `zlib.unzipSync(buffer[, options])`: unzip of a string, Buffer, TypedArray, DataView or
 * ArrayBuffer in one call, with Node 16's options, validation and errors.
 *
 * Browser: runs on pako 3 in the calling thread (a long input blocks the page, as it blocks
 * Node's event loop). With `info: true`, `engine` carries only `bytesWritten`.
 */
export const unzipSync: SyncMethod = /*#__PURE__*/ makeSync(/*#__PURE__*/ zlibEngine(7 /* UNZIP */, InflateHandle));

/** Node's `zlib.DEFLATE`. */
const DEFLATE: number = 1;

/** Node's `zlib.DEFLATERAW`. */
const DEFLATERAW: number = 5;

/** Node's `zlib.GUNZIP`. */
const GUNZIP: number = 4;

/** Node's `zlib.GZIP`. */
const GZIP: number = 3;

/** Node's `zlib.INFLATE`. */
const INFLATE: number = 2;

/** Node's `zlib.INFLATERAW`. */
const INFLATERAW: number = 6;

/** Node's `zlib.UNZIP`. */
const UNZIP: number = 7;

/** Node's `zlib.ZLIB_VERNUM`. */
const ZLIB_VERNUM: number = 4784;

/** Node's `zlib.Z_BEST_COMPRESSION`. */
const Z_BEST_COMPRESSION: number = 9;

/** Node's `zlib.Z_BEST_SPEED`. */
const Z_BEST_SPEED: number = 1;

/** Node's `zlib.Z_BLOCK`. */
const Z_BLOCK: number = 5;

/** Node's `zlib.Z_BUF_ERROR`. */
const Z_BUF_ERROR: number = -5;

/** Node's `zlib.Z_DATA_ERROR`. */
const Z_DATA_ERROR: number = -3;

/** Node's `zlib.Z_DEFAULT_CHUNK`. */
const Z_DEFAULT_CHUNK: number = 16384;

/** Node's `zlib.Z_DEFAULT_COMPRESSION`. */
const Z_DEFAULT_COMPRESSION: number = -1;

/** Node's `zlib.Z_DEFAULT_LEVEL`. */
const Z_DEFAULT_LEVEL: number = -1;

/** Node's `zlib.Z_DEFAULT_MEMLEVEL`. */
const Z_DEFAULT_MEMLEVEL: number = 8;

/** Node's `zlib.Z_DEFAULT_STRATEGY`. */
const Z_DEFAULT_STRATEGY: number = 0;

/** Node's `zlib.Z_DEFAULT_WINDOWBITS`. */
const Z_DEFAULT_WINDOWBITS: number = 15;

/** Node's `zlib.Z_ERRNO`. */
const Z_ERRNO: number = -1;

/** Node's `zlib.Z_FILTERED`. */
const Z_FILTERED: number = 1;

/** Node's `zlib.Z_FINISH`. */
const Z_FINISH: number = 4;

/** Node's `zlib.Z_FIXED`. */
const Z_FIXED: number = 4;

/** Node's `zlib.Z_FULL_FLUSH`. */
const Z_FULL_FLUSH: number = 3;

/** Node's `zlib.Z_HUFFMAN_ONLY`. */
const Z_HUFFMAN_ONLY: number = 2;

/** Node's `zlib.Z_MAX_CHUNK`. */
const Z_MAX_CHUNK: number = Infinity;

/** Node's `zlib.Z_MAX_LEVEL`. */
const Z_MAX_LEVEL: number = 9;

/** Node's `zlib.Z_MAX_MEMLEVEL`. */
const Z_MAX_MEMLEVEL: number = 9;

/** Node's `zlib.Z_MAX_WINDOWBITS`. */
const Z_MAX_WINDOWBITS: number = 15;

/** Node's `zlib.Z_MEM_ERROR`. */
const Z_MEM_ERROR: number = -4;

/** Node's `zlib.Z_MIN_CHUNK`. */
const Z_MIN_CHUNK: number = 64;

/** Node's `zlib.Z_MIN_LEVEL`. */
const Z_MIN_LEVEL: number = -1;

/** Node's `zlib.Z_MIN_MEMLEVEL`. */
const Z_MIN_MEMLEVEL: number = 1;

/** Node's `zlib.Z_MIN_WINDOWBITS`. */
const Z_MIN_WINDOWBITS: number = 8;

/** Node's `zlib.Z_NEED_DICT`. */
const Z_NEED_DICT: number = 2;

/** Node's `zlib.Z_NO_COMPRESSION`. */
const Z_NO_COMPRESSION: number = 0;

/** Node's `zlib.Z_NO_FLUSH`. */
const Z_NO_FLUSH: number = 0;

/** Node's `zlib.Z_OK`. */
const Z_OK: number = 0;

/** Node's `zlib.Z_PARTIAL_FLUSH`. */
const Z_PARTIAL_FLUSH: number = 1;

/** Node's `zlib.Z_RLE`. */
const Z_RLE: number = 3;

/** Node's `zlib.Z_STREAM_END`. */
const Z_STREAM_END: number = 1;

/** Node's `zlib.Z_STREAM_ERROR`. */
const Z_STREAM_ERROR: number = -2;

/** Node's `zlib.Z_SYNC_FLUSH`. */
const Z_SYNC_FLUSH: number = 2;

/** Node's `zlib.Z_VERSION_ERROR`. */
const Z_VERSION_ERROR: number = -6;

/** Node's `zlib` module object: what `import zlib from 'zlib'` and `require('zlib')` give. */
const zlibModule = {
  BrotliCompress,
  BrotliDecompress,
  Deflate,
  DeflateRaw,
  Gunzip,
  Gzip,
  Inflate,
  InflateRaw,
  Unzip,
  brotliCompress,
  brotliCompressSync,
  brotliDecompress,
  brotliDecompressSync,
  codes,
  constants,
  createBrotliCompress,
  createBrotliDecompress,
  createDeflate,
  createDeflateRaw,
  createGunzip,
  createGzip,
  createInflate,
  createInflateRaw,
  createUnzip,
  deflate,
  deflateRaw,
  deflateRawSync,
  deflateSync,
  gunzip,
  gunzipSync,
  gzip,
  gzipSync,
  inflate,
  inflateRaw,
  inflateRawSync,
  inflateSync,
  unzip,
  unzipSync,
  DEFLATE,
  DEFLATERAW,
  GUNZIP,
  GZIP,
  INFLATE,
  INFLATERAW,
  UNZIP,
  ZLIB_VERNUM,
  Z_BEST_COMPRESSION,
  Z_BEST_SPEED,
  Z_BLOCK,
  Z_BUF_ERROR,
  Z_DATA_ERROR,
  Z_DEFAULT_CHUNK,
  Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_LEVEL,
  Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY,
  Z_DEFAULT_WINDOWBITS,
  Z_ERRNO,
  Z_FILTERED,
  Z_FINISH,
  Z_FIXED,
  Z_FULL_FLUSH,
  Z_HUFFMAN_ONLY,
  Z_MAX_CHUNK,
  Z_MAX_LEVEL,
  Z_MAX_MEMLEVEL,
  Z_MAX_WINDOWBITS,
  Z_MEM_ERROR,
  Z_MIN_CHUNK,
  Z_MIN_LEVEL,
  Z_MIN_MEMLEVEL,
  Z_MIN_WINDOWBITS,
  Z_NEED_DICT,
  Z_NO_COMPRESSION,
  Z_NO_FLUSH,
  Z_OK,
  Z_PARTIAL_FLUSH,
  Z_RLE,
  Z_STREAM_END,
  Z_STREAM_ERROR,
  Z_SYNC_FLUSH,
  Z_VERSION_ERROR,
};
export default zlibModule;
