/**
 * The one-shot methods of polynode's `zlib` (`deflateSync`, `gunzip` …): Node 16's
 * `zlibBufferSync` / `zlibBuffer` behaviour over the engine in ./engine.ts.
 *
 * Private to `src/zlib`.
 * @internal
 */
import type { Buffer } from '../buffer/index.js';
import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { ZlibHandle, processChunkSync, toInputBuffer, validateZlibOptions } from './engine.js';
import type { PreparedEngine } from './streams.js';

/** Input accepted by the one-shot methods. */
export type InputType = string | ArrayBuffer | ArrayBufferView;

/** Options of the zlib (non-brotli) one-shot methods, as Node 16 reads them. */
export interface ZlibOptions {
  flush?: number;
  finishFlush?: number;
  chunkSize?: number;
  windowBits?: number;
  level?: number;
  memLevel?: number;
  strategy?: number;
  dictionary?: ArrayBuffer | ArrayBufferView;
  info?: boolean;
  maxOutputLength?: number;
}

/** What `info: true` gives: the output and (in polynode) a small record of the engine. */
export interface ZlibInfoResult {
  buffer: Buffer;
  engine: { bytesWritten: number };
}

/** A `zlib.*Sync` method. */
export type SyncMethod = (buffer: InputType, options?: ZlibOptions) => Buffer;
/** A callback `zlib.*` method. */
export type AsyncMethod = {
  (buffer: InputType, callback: (error: Error | null, result: Buffer) => void): void;
  (buffer: InputType, options: ZlibOptions | undefined, callback: (error: Error | null, result: Buffer) => void): void;
};

/** Makes an engine for one call: checks the options (Node's order) and creates the engine. */
export type PrepareEngine = (opts: unknown) => PreparedEngine;

/** A zlib (non-brotli) engine of `mode`. */
export function zlibEngine(mode: number): PrepareEngine {
  return (opts) => {
    const settings = validateZlibOptions(mode, opts);
    return { settings, handle: new ZlibHandle(settings) };
  };
}

function finish({ settings, handle }: PreparedEngine, input: Uint8Array): Buffer | ZlibInfoResult {
  const { buffer: out, bytesWritten } = processChunkSync(handle, settings, input, settings.finishFlush);
  return settings.info ? { buffer: out, engine: { bytesWritten } } : out;
}

/** Makes a `zlib.*Sync` method: Node's `zlibBufferSync` over a new engine. */
export function makeSync(prepare: PrepareEngine): SyncMethod {
  return function zlibSync(buffer: InputType, options?: ZlibOptions): Buffer {
    const engine = prepare(options);
    let input: Uint8Array;
    try {
      input = toInputBuffer(buffer);
    } catch (error) {
      engine.handle.close();
      throw error;
    }
    return finish(engine, input) as Buffer;
  };
}

/** Makes the callback form of a `zlib.*` method: the work runs in a later task. */
export function makeAsync(prepare: PrepareEngine): AsyncMethod {
  return function zlibAsync(buffer: unknown, options: unknown, callback?: unknown): void {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    // Node builds the engine (checking the options) before it checks the callback.
    const engine = prepare(options);
    let input: Uint8Array;
    try {
      if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
      input = toInputBuffer(buffer);
    } catch (error) {
      engine.handle.close();
      throw error;
    }
    const cb = callback as (error: Error | null, result?: unknown) => void;
    setTimeout(() => {
      let result: Buffer | ZlibInfoResult;
      try {
        result = finish(engine, input);
      } catch (error) {
        cb(error as Error);
        return;
      }
      cb(null, result);
    }, 0);
  } as AsyncMethod;
}
