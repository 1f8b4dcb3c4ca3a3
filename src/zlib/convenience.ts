/**
 * The one-shot methods of polynode's `zlib` (`deflateSync`, `gunzip` …): Node 16's
 * `zlibBufferSync` / `zlibBuffer` behaviour over the engine in ./engine.ts.
 *
 * Private to `src/zlib`.
 * @internal
 */
import type { Buffer } from '../buffer/index.js';
import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { SLICE_INPUT, SLICE_MS, chunkProcessor, processChunkSync, toInputBuffer } from './engine.js';
import type { PrepareEngine, PreparedEngine } from './engine.js';

/** The largest output piece a step of the callback forms fills (about a ms of inflate). */
const SLICE_OUTPUT = 64 * 1024;

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

/**
 * Node's order for a one-shot call: the engine (checking the options), then `check()` (the
 * callback, for the callback forms), then the input; the engine is freed if either throws.
 */
function start(prepare: PrepareEngine, options: unknown, buffer: unknown, check?: () => void): { engine: PreparedEngine; input: Uint8Array } {
  const engine = prepare(options);
  try {
    check?.();
    return { engine, input: toInputBuffer(buffer) };
  } catch (error) {
    engine.handle.close();
    throw error;
  }
}

/** The result as Node gives it: the Buffer, or `{ buffer, engine }` with `info: true`. */
function resultOf(info: boolean, { buffer, bytesWritten }: { buffer: Buffer; bytesWritten: number }): Buffer | ZlibInfoResult {
  return info ? { buffer, engine: { bytesWritten } } : buffer;
}

/** Makes a `zlib.*Sync` method: Node's `zlibBufferSync` over a new engine. */
export function makeSync(prepare: PrepareEngine): SyncMethod {
  return function zlibSync(buffer: InputType, options?: ZlibOptions): Buffer {
    const { engine, input } = start(prepare, options, buffer);
    const { settings, handle } = engine;
    return resultOf(settings.info, processChunkSync(handle, settings, input, settings.finishFlush, engine.growsOutput)) as Buffer;
  };
}

/** Makes the callback form of a `zlib.*` method: the work runs in a later task. */
export function makeAsync(prepare: PrepareEngine): AsyncMethod {
  return function zlibAsync(buffer: unknown, options: unknown, callback?: unknown): void {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    const { engine, input } = start(prepare, options, buffer, () => {
      if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
    });
    const cb = callback as (error: Error | null, result?: unknown) => void;
    const { settings, handle } = engine;
    const processor = chunkProcessor(handle, settings, input, settings.finishFlush, engine.splitsInput ? SLICE_INPUT : Infinity, engine.growsOutput ? SLICE_OUTPUT : undefined);
    // The same engine calls as the sync form (so the same bytes), spread over tasks: at most
    // about SLICE_MS of work per task, so a large input does not freeze the page.
    const work = (): void => {
      const started = performance.now();
      try {
        while (!processor.step()) {
          if (performance.now() - started >= SLICE_MS) {
            setTimeout(work, 0);
            return;
          }
        }
      } catch (error) {
        cb(error as Error);
        return;
      }
      cb(null, resultOf(settings.info, processor.result()));
    };
    setTimeout(work, 0);
  } as AsyncMethod;
}
