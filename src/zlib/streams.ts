/**
 * The stream classes of polynode's `zlib` (`Deflate`, `Gunzip` …): Transform streams that
 * drive the engine in ./engine.ts one written chunk at a time, with Node 16's options,
 * flushing rules, `params`, `reset`, `close` and errors.
 *
 * Private to `src/zlib`.
 * @internal
 */
import { Buffer } from '../buffer/index.js';
import { nextTick } from '../process/index.js';
import { Transform, finished } from '../stream/index.js';
import type { TransformOptions } from '../stream/index.js';
import type { ZlibOptions } from './convenience.js';
import {
  DEFLATE, DEFLATERAW, GUNZIP, GZIP, INFLATE, INFLATERAW, UNZIP,
  DeflateHandle, InflateHandle, SLICE_INPUT, SLICE_MS, checkRangesOrGetDefault, zlibEngine,
} from './engine.js';
import type { EngineHandle, PreparedEngine } from './engine.js';

const Z_NO_FLUSH = 0;
const Z_PARTIAL_FLUSH = 1;
const Z_SYNC_FLUSH = 2;
const Z_FULL_FLUSH = 3;
const Z_FINISH = 4;
const Z_BLOCK = 5;

/** How much each flush flag flushes, lowest first (zlib's ordering, Z_BLOCK below Z_PARTIAL_FLUSH). */
function flushRank(flag: number): number {
  switch (flag) {
    case Z_NO_FLUSH: return 0;
    case Z_BLOCK: return 1;
    case Z_PARTIAL_FLUSH: return 2;
    case Z_SYNC_FLUSH: return 3;
    case Z_FULL_FLUSH: return 4;
    case Z_FINISH: return 5;
    default: return -1;
  }
}

/**
 * When the current stretch of zlib stream work began (-1: none since the last task break).
 * Shared by every zlib stream: a pipeline of many small writes runs through nextTick and
 * promise jobs within one task, so the budget spans writes and streams, not one chunk.
 */
let sliceStart = -1;

/** The start of the current stretch of work; a timer marks the next task break. */
function currentSliceStart(): number {
  if (sliceStart < 0) {
    sliceStart = performance.now();
    setTimeout(() => {
      sliceStart = -1;
    }, 0);
  }
  return sliceStart;
}

/** Options of the zlib stream classes: the one-shot options plus the Transform ones. */
export type ZlibStreamOptions = ZlibOptions & TransformOptions;

type Callback = (error?: Error | null) => void;

/**
 * The common base of the zlib stream classes (Node's `ZlibBase` + `Zlib`). Not exported by
 * `zlib`; `Deflate` … extend it.
 */
export class ZlibStream extends Transform {
  /** Bytes of input the engine has consumed so far. */
  bytesWritten = 0;
  /** Node's private flags, kept under Node's names for code that reads them. */
  _hadError = false;
  _level: number;
  _strategy: number;

  private readonly settings: PreparedEngine['settings'];
  private handle: EngineHandle | null;
  /** The most input one engine call reads: deflate's output does not depend on the split. */
  private readonly maxInputPerStep: number;
  private out: Buffer;
  private outOffset = 0;
  /** The empty chunks `flush()` writes, each with the flag it carries. */
  private readonly flushMarkers = new Map<object, number>();

  /**
   * `engine` is made by the subclass before the stream, as Node makes its handle: its options
   * checked, and only the engine code of its kind (so a bundle with only `Gzip` has no
   * inflate code).
   */
  constructor(opts: ZlibStreamOptions | undefined, engine: PreparedEngine) {
    const settings = engine.settings;
    let transformOptions: Record<string, unknown> | undefined = opts as Record<string, unknown> | undefined;
    if (transformOptions && (transformOptions.encoding || transformOptions.objectMode || transformOptions.writableObjectMode)) {
      // Node's zlib streams are always byte streams.
      transformOptions = { ...transformOptions, encoding: null, objectMode: false, writableObjectMode: false };
    }
    super({ autoDestroy: true, ...transformOptions } as TransformOptions);
    this.settings = settings;
    this.handle = engine.handle;
    this.maxInputPerStep = engine.splitsInput ? SLICE_INPUT : Infinity;
    this._level = settings.level as number;
    this._strategy = settings.strategy as number;
    this.out = Buffer.allocUnsafe(settings.chunkSize);
    this.once('end', () => this.close());
  }

  /** Node's deprecated alias of `bytesWritten`. */
  get bytesRead(): number {
    return this.bytesWritten;
  }

  /** True once the engine is freed (closed, destroyed or failed). */
  get _closed(): boolean {
    return !this.handle || this.handle.isClosed;
  }

  /**
   * Node's `flush([kind][, callback])`: compresses/decompresses what is buffered with `kind`
   * (default `Z_FULL_FLUSH`; `BROTLI_OPERATION_FLUSH` for brotli) after the writes before it,
   * then calls `callback`.
   */
  flush(kind?: number | (() => void), callback?: () => void): void {
    if (typeof kind === 'function' || (kind === undefined && !callback)) {
      callback = kind as (() => void) | undefined;
      kind = this.settings.fullFlush;
    }
    if (this.writableFinished) {
      if (callback) nextTick(callback);
    } else if (this.writableEnded) {
      if (callback) this.once('end', callback);
    } else {
      const marker = Buffer.alloc(0);
      this.flushMarkers.set(marker, kind as number);
      this.write(marker, '', callback as Callback | undefined);
    }
  }

  /**
   * Node's `params(level, strategy, callback)`: a sync flush, then the new level and strategy
   * for what follows (deflate modes; nothing changes for inflate modes).
   *
   * Browser: pako has no `deflateParams`; polynode sets pako's deflate state as zlib does.
   */
  params(level: number, strategy: number, callback?: () => void): void {
    checkRangesOrGetDefault(level, 'level', -1, 9, -1);
    checkRangesOrGetDefault(strategy, 'strategy', 0, 4, 0);
    if (this._level !== level || this._strategy !== strategy) {
      this.flush(Z_SYNC_FLUSH, () => {
        if (!this.handle || this.handle.isClosed) throw new Error('zlib binding closed');
        const extra = this.handle.params(level, strategy);
        if (extra.length > 0) this.push(Buffer.from(extra));
        if (!this._hadError) {
          this._level = level;
          this._strategy = strategy;
          if (callback) callback();
        }
      });
    } else if (callback) {
      nextTick(callback);
    }
  }

  /** Node's `reset()`: the engine starts over (the dictionary is set again); the stream is unchanged. */
  reset(): void {
    if (!this.handle || this.handle.isClosed) throw new Error('zlib binding closed');
    this.handle.reset();
  }

  /** Node's `close([callback])`: destroys the stream; `callback` runs when it has finished. */
  close(callback?: (error?: Error | null) => void): void {
    if (callback) finished(this, callback);
    this.destroy();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.freeHandle();
    callback(error);
  }

  override _transform(chunk: any, _encoding: string, callback: (error?: Error | null) => void): void {
    let flag = this.settings.flush;
    const marked = this.flushMarkers.get(chunk);
    if (marked !== undefined) {
      this.flushMarkers.delete(chunk);
      flag = marked;
    }
    // The last chunk written before end() also gets the finishing flush.
    if (this.writableEnded && this.writableLength === chunk.byteLength && flushRank(this.settings.finishFlush) > flushRank(flag)) {
      flag = this.settings.finishFlush;
    }
    this.process(chunk as Uint8Array, flag, callback);
  }

  override _flush(callback: (error?: Error | null) => void): void {
    this._transform(Buffer.alloc(0), '', callback);
  }

  private freeHandle(): void {
    if (this.handle) this.handle.close();
    this.handle = null;
  }

  /**
   * Runs the engine over all of `chunk`, pushing the output in pieces of up to `chunkSize`,
   * then calls `callback`. Once zlib streams have worked SLICE_MS without a task break (one
   * large write, or many small ones chained through nextTick), the work goes on in a later
   * task (Node's zlib streams finish each write on its thread pool, so writes complete later
   * there too), so that piping a large input does not freeze the page; deflate reads at most
   * SLICE_INPUT per engine call for that (with `Z_NO_FLUSH` but for the last piece: the same
   * bytes), brotli's engine calls cannot be cut.
   */
  private process(chunk: Uint8Array, flag: number, callback: (error?: Error | null) => void): void {
    const handle = this.handle;
    if (!handle || handle.isClosed) {
      nextTick(callback);
      return;
    }
    const chunkSize = this.settings.chunkSize;
    let inOff = 0;
    let inLeft = chunk.byteLength;
    const run = (): void => {
      const started = currentSliceStart();
      for (;;) {
        if (performance.now() - started >= SLICE_MS) {
          setTimeout(run, 0);
          return;
        }
        // Destroyed or closed while the chunk waited for its next slice: Node calls back too.
        if (this.handle !== handle || handle.isClosed) {
          callback();
          return;
        }
        const piece = Math.min(inLeft, this.maxInputPerStep);
        const lastPiece = piece === inLeft;
        const room = chunkSize - this.outOffset;
        let outLeft: number;
        let pieceLeft: number;
        try {
          [outLeft, pieceLeft] = handle.write(lastPiece ? flag : Z_NO_FLUSH, chunk, inOff, piece, this.out, this.outOffset, room);
        } catch (error) {
          this._hadError = true;
          this.freeHandle();
          this.destroy(error as Error);
          return;
        }
        const consumed = piece - pieceLeft;
        this.bytesWritten += consumed;
        inOff += consumed;
        inLeft -= consumed;
        const produced = room - outLeft;
        if (produced > 0) {
          const out = this.out.subarray(this.outOffset, this.outOffset + produced) as Buffer;
          this.outOffset += produced;
          this.push(out);
        }
        if (outLeft === 0 || this.outOffset >= chunkSize) {
          this.out = Buffer.allocUnsafe(chunkSize);
          this.outOffset = 0;
        }
        // Output full: more may be waiting. A piece read with room to spare: on with the next.
        // Otherwise the chunk is done, or the output has room but input is left: the compressed
        // stream ended before the input (trailing data after it), so the output ends here.
        if (outLeft !== 0 && (lastPiece || pieceLeft > 0)) {
          if (inLeft > 0) this.push(null);
          callback();
          return;
        }
      }
    };
    run();
  }
}

/** Node's `zlib.Deflate`: a Transform stream compressing to the zlib format. */
export class Deflate extends ZlibStream {
  constructor(options?: ZlibStreamOptions) {
    super(options, zlibEngine(DEFLATE, DeflateHandle)(options));
  }
}

/** Node's `zlib.Inflate`: a Transform stream decompressing the zlib format. */
export class Inflate extends ZlibStream {
  constructor(options?: ZlibStreamOptions) {
    super(options, zlibEngine(INFLATE, InflateHandle)(options));
  }
}

/** Node's `zlib.Gzip`: a Transform stream compressing to gzip. */
export class Gzip extends ZlibStream {
  constructor(options?: ZlibStreamOptions) {
    super(options, zlibEngine(GZIP, DeflateHandle)(options));
  }
}

/** Node's `zlib.Gunzip`: a Transform stream decompressing gzip (concatenated members too). */
export class Gunzip extends ZlibStream {
  constructor(options?: ZlibStreamOptions) {
    super(options, zlibEngine(GUNZIP, InflateHandle)(options));
  }
}

/** Node's `zlib.DeflateRaw`: a Transform stream compressing to raw deflate. */
export class DeflateRaw extends ZlibStream {
  constructor(options?: ZlibStreamOptions) {
    super(options, zlibEngine(DEFLATERAW, DeflateHandle)(options));
  }
}

/** Node's `zlib.InflateRaw`: a Transform stream decompressing raw deflate. */
export class InflateRaw extends ZlibStream {
  constructor(options?: ZlibStreamOptions) {
    super(options, zlibEngine(INFLATERAW, InflateHandle)(options));
  }
}

/** Node's `zlib.Unzip`: a Transform stream decompressing zlib or gzip, detected from the header. */
export class Unzip extends ZlibStream {
  constructor(options?: ZlibStreamOptions) {
    super(options, zlibEngine(UNZIP, InflateHandle)(options));
  }
}
