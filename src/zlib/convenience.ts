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

function run(mode: number, buffer: unknown, opts: unknown): Buffer | ZlibInfoResult {
  const settings = validateZlibOptions(mode, opts);
  const handle = new ZlibHandle(settings);
  let input: Uint8Array;
  try {
    input = toInputBuffer(buffer);
  } catch (error) {
    handle.close();
    throw error;
  }
  const { buffer: out, bytesWritten } = processChunkSync(handle, settings, input, settings.finishFlush);
  return settings.info ? { buffer: out, engine: { bytesWritten } } : out;
}

/** Makes `zlib.<mode>Sync`. */
export function makeSync(mode: number): SyncMethod {
  return function zlibSync(buffer: InputType, options?: ZlibOptions): Buffer {
    return run(mode, buffer, options) as Buffer;
  };
}

/** Makes the callback form `zlib.<mode>`. */
export function makeAsync(mode: number): AsyncMethod {
  return function zlibAsync(buffer: unknown, options: unknown, callback?: unknown): void {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    // Node builds the engine (validating the options) before it checks the callback.
    const settings = validateZlibOptions(mode, options);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
    const cb = callback as (error: Error | null, result?: unknown) => void;
    const input = toInputBuffer(buffer);
    setTimeout(() => {
      let result: Buffer | ZlibInfoResult;
      try {
        const handle = new ZlibHandle(settings);
        const { buffer: out, bytesWritten } = processChunkSync(handle, settings, input, settings.finishFlush);
        result = settings.info ? { buffer: out, engine: { bytesWritten } } : out;
      } catch (error) {
        cb(error as Error);
        return;
      }
      cb(null, result);
    }, 0);
  } as AsyncMethod;
}
