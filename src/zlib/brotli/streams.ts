/**
 * The brotli classes and one-shot methods of polynode's `zlib`, over ./engine.ts. In their own
 * module so that `zlib`'s other exports never pull the WebAssembly in.
 *
 * Private to `src/zlib`.
 * @internal
 */
import type { TransformOptions } from '../../stream/index.js';
import { makeAsync, makeSync } from '../convenience.js';
import type { AsyncMethod, SyncMethod } from '../convenience.js';
import type { PrepareEngine } from '../engine.js';
import { ZlibStream } from '../streams.js';
import { BROTLI_DECODE, BROTLI_ENCODE, createBrotliEngine } from './engine.js';

/** Options of the brotli classes and one-shot methods, as Node 16 reads them. */
export interface BrotliOptions {
  flush?: number;
  finishFlush?: number;
  chunkSize?: number;
  /** Brotli parameters by key (`zlib.constants.BROTLI_PARAM_QUALITY` …): numbers or booleans. */
  params?: Record<number, number | boolean>;
  maxOutputLength?: number;
  info?: boolean;
}

/** Options of the brotli stream classes: the one-shot options plus the Transform ones. */
export type BrotliStreamOptions = BrotliOptions & TransformOptions;

const encoder: PrepareEngine = (opts) => createBrotliEngine(BROTLI_ENCODE, opts);
const decoder: PrepareEngine = (opts) => ({ ...createBrotliEngine(BROTLI_DECODE, opts), growsOutput: true });

/**
 * Node's `zlib.BrotliCompress`: a Transform stream compressing to brotli with brotli 1.0.9,
 * the library Node 16 links, so the bytes equal Node's for every parameter.
 *
 * Browser: the encoder is WebAssembly (266 KB gzipped, compiled synchronously the first time a
 * brotli encoder is made; a Content-Security-Policy must allow `'wasm-unsafe-eval'`, else
 * `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`). Each chunk is compressed in the page's thread.
 */
export class BrotliCompress extends ZlibStream {
  constructor(options?: BrotliStreamOptions) {
    super(options as never, encoder(options));
  }
}

/**
 * Node's `zlib.BrotliDecompress`: a Transform stream decompressing brotli, with Node's error
 * codes for corrupt input (`ERR_PADDING_1` …) and `unexpected end of file` for truncated input.
 *
 * Browser: the decoder is WebAssembly (80 KB gzipped, compiled synchronously on first use; a
 * Content-Security-Policy must allow `'wasm-unsafe-eval'`).
 */
export class BrotliDecompress extends ZlibStream {
  constructor(options?: BrotliStreamOptions) {
    super(options as never, decoder(options));
  }
}

/**
 * Node's `zlib.brotliCompressSync(buffer[, options])`: brotli of a string, Buffer, TypedArray,
 * DataView or ArrayBuffer in one call; the same bytes as Node 16 for every `params` value.
 *
 * Browser: brotli 1.0.9 compiled to WebAssembly, run in the calling thread (see BrotliCompress).
 */
export const brotliCompressSync: SyncMethod = /*#__PURE__*/ makeSync(encoder);

/**
 * Node's `zlib.brotliDecompressSync(buffer[, options])`: decompresses brotli in one call, with
 * Node's errors (`Decompression failed` with `ERR_PADDING_1` …, `unexpected end of file`).
 *
 * Browser: brotli 1.0.9 compiled to WebAssembly, run in the calling thread.
 */
export const brotliDecompressSync: SyncMethod = /*#__PURE__*/ makeSync(decoder);

/**
 * Node's `zlib.brotliCompress(buffer[, options], callback)`: like {@link brotliCompressSync},
 * delivered to `callback(err, result)` asynchronously. `util.promisify`-able.
 *
 * Browser: the work runs in the page's thread in a later task (Node uses its thread pool).
 */
export const brotliCompress: AsyncMethod = /*#__PURE__*/ makeAsync(encoder);

/**
 * Node's `zlib.brotliDecompress(buffer[, options], callback)`: like {@link brotliDecompressSync},
 * delivered to `callback(err, result)` asynchronously. `util.promisify`-able.
 *
 * Browser: the work runs in the page's thread in a later task (Node uses its thread pool).
 */
export const brotliDecompress: AsyncMethod = /*#__PURE__*/ makeAsync(decoder);
