/**
 * The engine behind polynode's `zlib`: one zlib stream driven over pako 3's low-level API
 * (`ZStream`, `zlibDeflate*`, `zlibInflate*`; each half loaded by the handle that uses it, so a
 * bundle with only compression has no inflate code) with the rules Node 16's native binding
 * applies around zlib (modes, window bits, dictionaries, gzip members, the errors it
 * reports), and the synchronous output loop of Node's `zlib.*Sync`.
 *
 * Private to `src/zlib`.
 * @internal
 */
import { loadPakoDeflate } from 'polynode-vendor:pako-deflate';
import { loadPakoInflate } from 'polynode-vendor:pako-inflate';
import type { ZStream, Z_FlushMode, Z_Strategy } from 'pako';
import { Buffer } from '../buffer/index.js';
// Every out-of-range value here is a number: the light formatter is exact for them.
import { ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE_SHALLOW as ERR_OUT_OF_RANGE } from '../internal/errors.js';
import { validateNumber } from '../internal/validators.js';

export { ERR_BUFFER_TOO_LARGE };

// Node's modes (zlib.constants.DEFLATE …).
export const DEFLATE = 1;
export const INFLATE = 2;
export const GZIP = 3;
export const GUNZIP = 4;
export const DEFLATERAW = 5;
export const INFLATERAW = 6;
export const UNZIP = 7;

/** The longest stretch of work (ms) the callback forms and the streams do in one task. */
export const SLICE_MS = 8;
/** The input a deflate step of the callback forms and streams reads at most (a few ms of work). */
export const SLICE_INPUT = 64 * 1024;

/** Node 16's `buffer.kMaxLength`, the default and upper bound of `maxOutputLength`. */
export const kMaxLength = 4294967296;

const Z_NO_FLUSH = 0;
const Z_FINISH = 4;
const Z_BLOCK = 5;
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_NEED_DICT = 2;
const Z_DATA_ERROR = -3;
/** zlib's Z_BUF_ERROR: Node's errno of `unexpected end of file` (brotli's too). */
export const Z_BUF_ERROR = -5;

const ERRNO_NAMES: Record<number, string> = {
  0: 'Z_OK', 1: 'Z_STREAM_END', 2: 'Z_NEED_DICT', [-1]: 'Z_ERRNO', [-2]: 'Z_STREAM_ERROR',
  [-3]: 'Z_DATA_ERROR', [-4]: 'Z_MEM_ERROR', [-5]: 'Z_BUF_ERROR', [-6]: 'Z_VERSION_ERROR',
};

/**
 * Node's zlib errors: plain `Error`s with `errno` and `code` (`Z_DATA_ERROR` … from `errno`,
 * or the code given: brotli's `ERR_PADDING_1` …).
 */
export function zlibError(message: string, errno: number, code?: string): Error & { errno: number; code: string } {
  const error = new Error(message) as Error & { errno: number; code: string };
  error.errno = errno;
  error.code = code ?? ERRNO_NAMES[errno] ?? 'Z_UNKNOWN';
  return error;
}

/** What the stream classes and the one-shot methods drive: a zlib or a brotli engine. */
export interface EngineHandle {
  readonly isClosed: boolean;
  /** Runs the engine once over the given windows; returns `[availOutAfter, availInAfter]` or throws Node's error. */
  write(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): [number, number];
  /** Node's `params(level, strategy)` on the engine: the bytes it produced. */
  params(level: number, strategy: number): Uint8Array;
  reset(): void;
  close(): void;
}

/** The options every engine kind shares (Node's `ZlibBase`), after validation. */
export interface BaseSettings {
  chunkSize: number;
  /** The flag of an ordinary write, of the last write (`finishFlush`) and of `flush()` without a kind. */
  flush: number;
  finishFlush: number;
  fullFlush: number;
  maxOutputLength: number;
  info: boolean;
}

/** Node's `ZlibBase` checks of `chunkSize`, `flush`, `finishFlush` and `maxOutputLength`. */
export function validateBaseOptions(o: Record<string, unknown> | undefined, maxFlush: number, defaults: { flush: number; finishFlush: number; fullFlush: number }): BaseSettings {
  let chunkSize = 16384;
  let { flush, finishFlush } = defaults;
  let maxOutputLength = kMaxLength;
  if (o) {
    const size = o.chunkSize;
    if (checkFiniteNumber(size, 'options.chunkSize')) {
      if (size < 64) throw new ERR_OUT_OF_RANGE('options.chunkSize', '>= 64', size);
      chunkSize = size;
    }
    flush = checkRangesOrGetDefault(o.flush, 'options.flush', Z_NO_FLUSH, maxFlush, flush);
    finishFlush = checkRangesOrGetDefault(o.finishFlush, 'options.finishFlush', Z_NO_FLUSH, maxFlush, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(o.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  }
  return { chunkSize, flush, finishFlush, fullFlush: defaults.fullFlush, maxOutputLength, info: Boolean(o && o.info) };
}

function isAnyArrayBuffer(value: unknown): value is ArrayBuffer {
  const tag = Object.prototype.toString.call(value);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

/** Node's `checkFiniteNumber`: false for undefined/NaN (use the default), throws for the rest. */
function checkFiniteNumber(value: unknown, name: string): value is number {
  if (value === undefined) return false;
  if (Number.isFinite(value)) return true;
  if (Number.isNaN(value)) return false;
  validateNumber(value, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
}

export function checkRangesOrGetDefault(value: unknown, name: string, lower: number, upper: number, def: number): number {
  if (!checkFiniteNumber(value, name)) return def;
  if (value < lower || value > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  return value;
}

/** Input accepted by the convenience methods, as Node 16 converts it (`Buffer.from`). */
export function toInputBuffer(buffer: unknown): Uint8Array {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

/** The options of a zlib engine after Node 16's validation. */
export interface ZlibSettings extends BaseSettings {
  mode: number;
  windowBits: number;
  level: number;
  memLevel: number;
  strategy: number;
  dictionary: Uint8Array | undefined;
}

const Z_FULL_FLUSH = 3;

/** Node 16's option validation for the zlib (non-brotli) classes, in Node's order. */
export function validateZlibOptions(mode: number, opts: unknown): ZlibSettings {
  const o = (opts ?? undefined) as Record<string, unknown> | undefined;
  let windowBits = 15;
  let level = -1;
  let memLevel = 8;
  let strategy = 0;
  let dictionary: Uint8Array | undefined;
  if (o) {
    if ((o.windowBits == null || o.windowBits === 0) && (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      const min = 8 + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(o.windowBits, 'options.windowBits', min, 15, 15);
    }
    level = checkRangesOrGetDefault(o.level, 'options.level', -1, 9, -1);
    memLevel = checkRangesOrGetDefault(o.memLevel, 'options.memLevel', 1, 9, 8);
    strategy = checkRangesOrGetDefault(o.strategy, 'options.strategy', 0, 4, 0);
    const dict = o.dictionary;
    if (dict !== undefined) {
      if (ArrayBuffer.isView(dict)) dictionary = new Uint8Array(dict.buffer, dict.byteOffset, dict.byteLength);
      else if (isAnyArrayBuffer(dict)) dictionary = new Uint8Array(dict);
      else throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dict);
    }
  } else if (mode === INFLATE || mode === GUNZIP || mode === UNZIP) {
    windowBits = 0;
  }
  const base = validateBaseOptions(o, Z_BLOCK, { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH });
  return { ...base, mode, windowBits, level, memLevel, strategy, dictionary };
}

/** Node's window bits for zlib: the raw/gzip/auto-detect forms are signalled through their sign and range. */
function zlibWindowBits(mode: number, bits: number): number {
  let windowBits = Math.trunc(bits);
  // Node maps raw deflate's window of 8 to 9 (zlib refuses 8 without a zlib header).
  if (mode === DEFLATERAW && windowBits === 8) windowBits = 9;
  if (mode === GZIP || mode === GUNZIP) windowBits += 16;
  if (mode === UNZIP) windowBits += 32;
  if (mode === DEFLATERAW || mode === INFLATERAW) windowBits = -windowBits;
  return windowBits;
}

/**
 * One zlib stream with Node's native semantics: `write` runs deflate/inflate once over the
 * given windows and reports what is left, or throws Node's error. {@link DeflateHandle} and
 * {@link InflateHandle} are the two directions.
 */
export abstract class ZlibHandle implements EngineHandle {
  protected abstract readonly strm: ZStream;
  protected mode: number;
  protected readonly dictionary: Uint8Array | undefined;
  private closed = false;
  /** True once `close()` ran (an error closes the handle too). */
  get isClosed(): boolean {
    return this.closed;
  }

  constructor(settings: ZlibSettings) {
    this.mode = settings.mode;
    this.dictionary = settings.dictionary;
  }

  /** Runs zlib once; returns `[availOutAfter, availInAfter]`. */
  write(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): [number, number] {
    const strm = this.strm;
    strm.input = input;
    strm.next_in = inOff;
    strm.avail_in = inLen;
    strm.output = out as Uint8Array<ArrayBuffer>;
    strm.next_out = outOff;
    strm.avail_out = outLen;
    this.check(this.run(flush as Z_FlushMode, input), flush);
    return [strm.avail_out, strm.avail_in];
  }

  /** One deflate/inflate call over the stream's current windows; returns zlib's result code. */
  protected abstract run(flush: Z_FlushMode, input: Uint8Array): number;

  private check(err: number, flush: number): void {
    const strm = this.strm;
    const fail = (message: string): never => {
      const text = strm.msg ? strm.msg : message;
      this.close();
      throw zlibError(text, err);
    };
    switch (err) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm.avail_out !== 0 && flush === Z_FINISH) fail('unexpected end of file');
        break;
      case Z_STREAM_END:
        break;
      case Z_NEED_DICT:
        fail(this.dictionary ? 'Bad dictionary' : 'Missing dictionary');
        break;
      default:
        fail('Zlib error');
    }
  }

  /**
   * zlib's `deflateParams` for deflate handles; a no-op for inflate. Returns the bytes the
   * preceding `Z_BLOCK` step produced.
   */
  params(_level: number, _strategy: number): Uint8Array {
    return new Uint8Array(0);
  }

  /** zlib's `deflateReset` / `inflateReset`, then the dictionary again (as Node's binding does). */
  reset(): void {
    if (this.closed) return;
    const err = this.resetStream();
    if (err !== Z_OK) throw zlibError('Failed to reset stream', err);
    this.strm.avail_out = 0;
  }

  protected abstract resetStream(): number;

  /** Frees the stream (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.end();
  }

  protected abstract end(): void;
}

/** The compressing direction (modes DEFLATE, GZIP, DEFLATERAW) over pako's deflate half. */
export class DeflateHandle extends ZlibHandle {
  private readonly pako = loadPakoDeflate();
  protected readonly strm = new this.pako.ZStream();

  constructor(settings: ZlibSettings) {
    super(settings);
    const { mode, dictionary } = settings;
    // Node's binding reads the numbers as Int32 (a level of 1.5 is 1).
    const level = Math.trunc(settings.level);
    // Node 16's zlib (Chromium's fork) sizes its hash table by the level the stream starts
    // at (rollup.config.js patches pako to read pako's "legacy hash" flag for that).
    const legacyHash = level < 1 || level > 5;
    const err = this.pako.zlibDeflateInit2(
      this.strm, level, 8, zlibWindowBits(mode, settings.windowBits),
      Math.trunc(settings.memLevel), Math.trunc(settings.strategy) as Z_Strategy, legacyHash,
    );
    if (err !== Z_OK) throw zlibError('Init error', err);
    // Node ignores the result for gzip (zlib refuses a dictionary with a gzip header).
    if (dictionary && dictionary.length > 0 && mode !== GZIP) this.pako.zlibDeflateSetDictionary(this.strm, dictionary);
    this.strm.avail_out = 0;
  }

  protected run(flush: Z_FlushMode): number {
    return this.pako.zlibDeflate(this.strm, flush);
  }

  /**
   * zlib's `deflateParams` as far as pako allows (pako has none; its deflate state is set the
   * way zlib sets it). Returns the bytes the preceding `Z_BLOCK` step produced (none after the
   * sync flush the stream classes do first).
   */
  override params(level: number, strategy: number): Uint8Array {
    if (this.isClosed) return new Uint8Array(0);
    // Each row: good_length, max_lazy, nice_length, max_chain, and 0 stored / 1 fast / 2 slow (zlib's table).
    const table = [
      [0, 0, 0, 0, 0], [4, 4, 8, 4, 1], [4, 5, 16, 8, 1], [4, 6, 32, 32, 1], [4, 4, 16, 16, 2],
      [8, 16, 32, 32, 2], [8, 16, 128, 128, 2], [8, 32, 128, 256, 2], [32, 128, 258, 1024, 2], [32, 258, 258, 4096, 2],
    ];
    const lvl = Math.trunc(level) === -1 ? 6 : Math.trunc(level);
    const strat = Math.trunc(strategy);
    const s = this.strm.state as Record<string, any>;
    const strm = this.strm;
    const out: Uint8Array[] = [];
    if ((strat !== s.strategy || table[lvl]![4] !== table[s.level]![4]) && s.last_flush !== -2) {
      // zlib compresses what it holds with the old parameters first (Z_BLOCK).
      for (;;) {
        const scratch = new Uint8Array(256);
        strm.input = new Uint8Array(0);
        strm.next_in = 0;
        strm.avail_in = 0;
        strm.output = scratch;
        strm.next_out = 0;
        strm.avail_out = scratch.length;
        this.pako.zlibDeflate(strm, Z_BLOCK as Z_FlushMode);
        if (strm.avail_out < scratch.length) out.push(scratch.subarray(0, scratch.length - strm.avail_out));
        if (strm.avail_out !== 0) break;
      }
    }
    if (s.level !== lvl) {
      // Leaving level 0 (stored): the hash holds positions of the window before the stored
      // data; zlib slides them once if the window moved once, else clears the table.
      if (s.level === 0 && s.matches !== 0) {
        if (s.matches === 1) {
          const wSize = s.w_size as number;
          for (const table of [s.head as Uint16Array, s.prev as Uint16Array]) {
            for (let i = 0; i < table.length; i++) table[i] = table[i]! >= wSize ? table[i]! - wSize : 0;
          }
        } else {
          (s.head as Uint16Array).fill(0);
        }
        s.matches = 0;
      }
      const row = table[lvl]!;
      s.level = lvl;
      s.good_match = row[0];
      s.max_lazy_match = row[1];
      s.nice_match = row[2];
      s.max_chain_length = row[3];
    }
    s.strategy = strat;
    strm.avail_out = 0;
    if (out.length === 0) return new Uint8Array(0);
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }

  protected resetStream(): number {
    let err = this.pako.zlibDeflateReset(this.strm);
    if (err === Z_OK && this.dictionary && this.dictionary.length > 0 && this.mode !== GZIP) {
      err = this.pako.zlibDeflateSetDictionary(this.strm, this.dictionary);
    }
    return err;
  }

  protected end(): void {
    this.pako.zlibDeflateEnd(this.strm);
  }
}

/** The decompressing direction (modes INFLATE, GUNZIP, INFLATERAW, UNZIP) over pako's inflate half. */
export class InflateHandle extends ZlibHandle {
  private readonly pako = loadPakoInflate();
  protected readonly strm = new this.pako.ZStream();
  private gzipIdBytesRead = 0;

  constructor(settings: ZlibSettings) {
    super(settings);
    const { mode, dictionary } = settings;
    const err = this.pako.zlibInflateInit2(this.strm, zlibWindowBits(mode, settings.windowBits));
    if (err !== Z_OK) throw zlibError('Init error', err);
    if (dictionary && dictionary.length > 0 && mode === INFLATERAW) {
      const r = this.pako.zlibInflateSetDictionary(this.strm, dictionary);
      if (r !== Z_OK) throw zlibError('Failed to set dictionary', r);
    }
    this.strm.avail_out = 0;
  }

  protected run(flush: Z_FlushMode, input: Uint8Array): number {
    const { strm, pako } = this;
    if (this.mode === UNZIP) {
      // Watch the gzip magic so that concatenated gzip members are followed (as Node does).
      let next = strm.avail_in > 0 ? strm.next_in : -1;
      if (this.gzipIdBytesRead === 0 && next >= 0) {
        if (input[next] === 0x1f) {
          this.gzipIdBytesRead = 1;
          next++;
          if (strm.avail_in === 1) next = -1;
        } else {
          this.mode = INFLATE;
          next = -1;
        }
      }
      if (this.gzipIdBytesRead === 1 && next >= 0) {
        if (input[next] === 0x8b) {
          this.gzipIdBytesRead = 2;
          this.mode = GUNZIP;
        } else {
          this.mode = INFLATE;
        }
      }
    }
    let err = pako.zlibInflate(strm, flush);
    if (this.mode !== INFLATERAW && err === Z_NEED_DICT && this.dictionary) {
      err = pako.zlibInflateSetDictionary(strm, this.dictionary);
      if (err === Z_OK) err = pako.zlibInflate(strm, flush);
      else if (err === Z_DATA_ERROR) err = Z_NEED_DICT;
    }
    while (strm.avail_in > 0 && this.mode === GUNZIP && err === Z_STREAM_END && input[strm.next_in] !== 0x00) {
      // Another gzip member (or trailing garbage, which then fails its header check).
      pako.zlibInflateReset(strm);
      err = pako.zlibInflate(strm, flush);
    }
    return err;
  }

  protected resetStream(): number {
    let err = this.pako.zlibInflateReset(this.strm);
    if (err === Z_OK && this.dictionary && this.dictionary.length > 0 && this.mode === INFLATERAW) {
      err = this.pako.zlibInflateSetDictionary(this.strm, this.dictionary);
    }
    return err;
  }

  protected end(): void {
    this.pako.zlibInflateEnd(this.strm);
  }
}

/** An engine made (and its options checked) for one call or one stream, with how it may be driven. */
export interface PreparedEngine {
  settings: BaseSettings & { level?: number; strategy?: number };
  handle: EngineHandle;
  /** Whether the engine may be fed its input in pieces (deflate: the same bytes either way). */
  splitsInput?: boolean;
  /**
   * Whether the one-shot methods may fill larger output pieces than `chunkSize` (decompressors:
   * their output does not depend on it; zlib's stored blocks, level 0, do).
   */
  growsOutput?: boolean;
}

/** Makes an engine: checks the options (Node's order) and creates the engine. */
export type PrepareEngine = (opts: unknown) => PreparedEngine;

/**
 * A zlib (non-brotli) engine of `mode`, made by `Handle` (`DeflateHandle` or `InflateHandle`,
 * named by the caller so that a bundle with only one direction has only its half of pako).
 */
export function zlibEngine(mode: number, Handle: new (settings: ZlibSettings) => ZlibHandle): PrepareEngine {
  return (opts) => {
    const settings = validateZlibOptions(mode, opts);
    const compresses = mode === DEFLATE || mode === GZIP || mode === DEFLATERAW;
    return { settings, handle: new Handle(settings), splitsInput: compresses, growsOutput: !compresses };
  };
}

/**
 * Node's `processChunkSync` as steps: each `step()` runs the engine once (filling at most one
 * output piece) and says whether the chunk is done; `maxOutputLength` is enforced. The engine
 * is closed when the last step ran or one threw.
 *
 * The first output piece is `chunkSize` bytes, as in Node; later ones double up to
 * `maxPieceSize` (default `chunkSize`). Only for decompressors, whose output does not depend
 * on how the output space is cut (zlib's stored blocks do): fewer engine calls, and each
 * inflate call also copies its output into the window. A result of one piece is that piece,
 * as in Node.
 *
 * With `maxInputPerStep`, each step also reads at most that much input, with `Z_NO_FLUSH`
 * until the last piece, which gets `flushFlag`: zlib's deflate output does not depend on how
 * its input is split, so the bytes are the same, and a step stays short even when the output
 * is tiny (highly compressible input).
 */
export function chunkProcessor(
  handle: EngineHandle, settings: BaseSettings, chunk: Uint8Array, flushFlag: number,
  maxInputPerStep = Infinity, maxPieceSize = settings.chunkSize,
) {
  let pieceSize = settings.chunkSize;
  let availInBefore = chunk.byteLength;
  let availOutBefore = pieceSize;
  let inOff = 0;
  let inputRead = 0;
  let nread = 0;
  let buffer = Buffer.allocUnsafe(pieceSize);
  let offset = 0;
  const buffers: Buffer[] = [];
  return {
    step(): boolean {
      let done = true;
      try {
        const piece = Math.min(availInBefore, maxInputPerStep);
        const lastPiece = piece === availInBefore;
        const [availOutAfter, pieceLeft] = handle.write(lastPiece ? flushFlag : Z_NO_FLUSH, chunk, inOff, piece, buffer, offset, availOutBefore);
        const inDelta = piece - pieceLeft;
        const availInAfter = availInBefore - inDelta;
        inputRead += inDelta;
        const have = availOutBefore - availOutAfter;
        if (have > 0) {
          buffers.push(buffer.subarray(offset, offset + have) as Buffer);
          offset += have;
          availOutBefore -= have;
          nread += have;
          if (nread > settings.maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(settings.maxOutputLength);
        }
        if (availOutAfter === 0) {
          pieceSize = Math.max(pieceSize, Math.min(pieceSize * 2, maxPieceSize));
          availOutBefore = pieceSize;
          offset = 0;
          buffer = Buffer.allocUnsafe(pieceSize);
          inOff += inDelta;
          availInBefore = availInAfter;
          done = false;
        } else if (!lastPiece) {
          // The piece is read and the output has room: on with the next piece.
          inOff += inDelta;
          availInBefore = availInAfter;
          done = false;
        }
      } finally {
        if (done) handle.close();
      }
      return done;
    },
    result(): { buffer: Buffer; bytesWritten: number } {
      const out = nread === 0 ? Buffer.alloc(0) : buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers, nread);
      return { buffer: out, bytesWritten: inputRead };
    },
  };
}

/** The largest output piece of the sync one-shot methods. */
const SYNC_MAX_PIECE = 1024 * 1024;

/**
 * Node's `processChunkSync`: feeds all of `chunk` with `flushFlag`, collecting output in
 * `chunkSize` pieces (growing ones with `growOutput`, see {@link chunkProcessor}), and
 * enforces `maxOutputLength`.
 */
export function processChunkSync(
  handle: EngineHandle, settings: BaseSettings, chunk: Uint8Array, flushFlag: number, growOutput = false,
): { buffer: Buffer; bytesWritten: number } {
  const processor = chunkProcessor(handle, settings, chunk, flushFlag, Infinity, growOutput ? SYNC_MAX_PIECE : settings.chunkSize);
  while (!processor.step());
  return processor.result();
}
