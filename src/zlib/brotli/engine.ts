/**
 * The brotli engine of polynode's `zlib`: Google's brotli 1.0.9 — the C library Node 16.13.1
 * links — compiled to WebAssembly (scripts/brotli/), driven the way Node's binding drives it:
 * the same parameters, the same stream calls, the same errors. So compressed bytes equal
 * Node 16's for every parameter, and a corrupt input fails with the code Node reports
 * (`ERR_PADDING_1` …).
 *
 * The decoder and the encoder are two modules (80 KB and 266 KB gzipped), each compiled
 * synchronously from the bytes embedded in ./decoder-wasm.ts / ./encoder-wasm.ts the first
 * time a brotli stream of its kind is made, and shared by every stream after that.
 *
 * Private to `src/zlib`.
 * @internal
 */
import { Buffer } from '../../buffer/index.js';
import { ERR_BROTLI_INVALID_PARAM, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_INVALID_ARG_TYPE, ERR_ZLIB_INITIALIZATION_FAILED } from '../../internal/errors.js';
import { Z_BUF_ERROR, validateBaseOptions, zlibError } from '../engine.js';
import type { BaseSettings, EngineHandle } from '../engine.js';
import { WASM_BASE64 as DECODER_WASM } from './decoder-wasm.js';
import { WASM_BASE64 as ENCODER_WASM } from './encoder-wasm.js';

/** Node's modes (zlib.constants.BROTLI_DECODE / BROTLI_ENCODE). */
export const BROTLI_DECODE = 8;
export const BROTLI_ENCODE = 9;

const BROTLI_OPERATION_PROCESS = 0;
const BROTLI_OPERATION_FLUSH = 1;
const BROTLI_OPERATION_FINISH = 2;
const BROTLI_OPERATION_EMIT_METADATA = 3;
const BROTLI_DECODER_RESULT_ERROR = 0;
const BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT = 2;
/** The highest parameter key Node accepts (BROTLI_PARAM_NDIRECT). */
const MAX_BROTLI_PARAM = 8;
/** A parameter slot Node leaves unset (`-1` in its Uint32Array). */
const UNSET = 0xffffffff;

/** The exports of scripts/brotli/encoder.c and decoder.c (pointers are numbers). */
interface BrotliExports {
  memory: WebAssembly.Memory;
  pn_malloc(size: number): number;
  pn_free(pointer: number): void;
  pn_encoder_create?(): number;
  pn_encoder_set_parameter?(state: number, key: number, value: number): number;
  pn_encoder_stream?(state: number, operation: number, io: number): number;
  pn_encoder_destroy?(state: number): void;
  pn_decoder_create?(): number;
  pn_decoder_set_parameter?(state: number, key: number, value: number): number;
  pn_decoder_stream?(state: number, io: number): number;
  pn_decoder_error_code?(state: number): number;
  pn_decoder_error_string?(code: number): number;
  pn_decoder_destroy?(state: number): void;
}

/**
 * One instantiated module and its scratch space: the io block (four words: avail_in,
 * next_in, avail_out, next_out) and one input and one output buffer, grown as needed. Calls
 * never overlap (JavaScript runs them one at a time), so every stream of a kind shares them.
 */
interface Runtime {
  exports: BrotliExports;
  io: number;
  input: number;
  inputSize: number;
  output: number;
  outputSize: number;
  /**
   * What the input buffer holds: bytes `from`…`from + length` of `array`, copied for `owner`.
   * A stream's next call usually passes the rest of the same chunk (Node's loop does), which is
   * then already there.
   */
  copied: { owner: unknown; array: Uint8Array | null; from: number; length: number };
}

const runtimes: { decoder?: Runtime; encoder?: Runtime } = {};

function instantiate(base64: string): Runtime {
  // Empty only in the classic CDN script, when polynode.brotli.js was not loaded before it.
  if (!base64) throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('brotli in polynode.js without polynode.brotli.js (load dist/polynode.brotli.js before it)');
  let instance: WebAssembly.Instance;
  try {
    const module = new WebAssembly.Module(Buffer.from(base64, 'base64'));
    instance = new WebAssembly.Instance(module, {
      // libc's abort(): brotli calls it only on an internal error.
      wasi_snapshot_preview1: {
        proc_exit(): never {
          throw new Error('brotli: internal error (abort)');
        },
      },
    });
  } catch (error) {
    // A Content-Security-Policy without 'wasm-unsafe-eval' forbids compiling WebAssembly.
    const unavailable = new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`brotli (WebAssembly could not be compiled: ${String(error)})`);
    (unavailable as Error & { cause?: unknown }).cause = error;
    throw unavailable;
  }
  const exports = instance.exports as unknown as BrotliExports;
  const rt: Runtime = {
    exports, io: exports.pn_malloc(16), input: 0, inputSize: 0, output: 0, outputSize: 0,
    copied: { owner: null, array: null, from: 0, length: 0 },
  };
  reserve(rt, 16384, 16384);
  return rt;
}

/** Where dist/polynode.brotli.js leaves the modules for the CDN script (which embeds none). */
const kRegisteredWasm = Symbol.for('polynode.brotli.wasm');

/**
 * The module's base64: registered by dist/polynode.brotli.js next to the classic CDN script
 * (which embeds none, to stay small), else the embedded one (the ES modules).
 */
function wasmSource(kind: 'decoder' | 'encoder'): string {
  const registered = (globalThis as Record<symbol, Partial<Record<'decoder' | 'encoder', string>> | undefined>)[kRegisteredWasm]?.[kind];
  return registered || (kind === 'encoder' ? ENCODER_WASM : DECODER_WASM);
}

function runtime(mode: number): Runtime {
  return mode === BROTLI_ENCODE
    ? (runtimes.encoder ??= instantiate(wasmSource('encoder')))
    : (runtimes.decoder ??= instantiate(wasmSource('decoder')));
}

/** Makes the scratch input and output buffers at least this large. */
function reserve(rt: Runtime, inputSize: number, outputSize: number): void {
  const { exports } = rt;
  if (rt.inputSize < inputSize) {
    rt.copied.array = null;
    if (rt.input) exports.pn_free(rt.input);
    rt.inputSize = Math.max(inputSize, 16384);
    rt.input = exports.pn_malloc(rt.inputSize);
  }
  if (rt.outputSize < outputSize) {
    if (rt.output) exports.pn_free(rt.output);
    rt.outputSize = Math.max(outputSize, 16384);
    rt.output = exports.pn_malloc(rt.outputSize);
  }
  if (!rt.input || !rt.output) throw new RangeError('brotli: out of WebAssembly memory');
}

/**
 * Node 16's `Brotli` constructor checks, in its order: the `params` keys and values, then the
 * engine's initialisation (`ERR_ZLIB_INITIALIZATION_FAILED` when the library refuses a
 * parameter), then `ZlibBase`'s (`chunkSize`, `flush` … with brotli's operations as the range).
 * Returns the settings and the engine (closed again if a later check throws).
 */
export function createBrotliEngine(mode: number, opts: unknown): { settings: BaseSettings; handle: BrotliHandle } {
  const o = (opts ?? undefined) as Record<string, unknown> | undefined;
  // Node's `brotliInitParamsArray`: one slot per key, UNSET where not given.
  const params = new Uint32Array(MAX_BROTLI_PARAM + 1).fill(UNSET);
  if (o?.params) {
    const given = o.params as Record<string, unknown>;
    for (const origKey of Object.keys(given)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > MAX_BROTLI_PARAM || (params[key]! | 0) !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = given[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      params[key] = value as number;
    }
  }
  const handle = new BrotliHandle(mode, params);
  try {
    const settings = validateBaseOptions(o, BROTLI_OPERATION_EMIT_METADATA, {
      flush: BROTLI_OPERATION_PROCESS,
      finishFlush: BROTLI_OPERATION_FINISH,
      fullFlush: BROTLI_OPERATION_FLUSH,
    });
    return { settings, handle };
  } catch (error) {
    handle.close();
    throw error;
  }
}

/**
 * One brotli encoder or decoder state with Node's native semantics: `write` runs
 * `BrotliEncoderCompressStream` / `BrotliDecoderDecompressStream` once over the given windows
 * and reports what is left, or throws Node's error.
 */
export class BrotliHandle implements EngineHandle {
  private readonly rt: Runtime;
  /** The live state, shared with the finalizer (which frees it if the stream is dropped unclosed). */
  private readonly cell: StateCell;
  private closed = false;

  private get state(): number {
    return this.cell.state;
  }

  constructor(
    private readonly mode: number,
    private readonly parameters: Uint32Array,
  ) {
    this.rt = runtime(mode);
    this.cell = { rt: this.rt, mode, state: 0 };
    this.start();
    finalizer.register(this, this.cell, this);
  }

  /** A new state, with the parameters set unless `bare` (`ERR_ZLIB_INITIALIZATION_FAILED` if refused). */
  private start(bare = false): void {
    const { exports } = this.rt;
    const state = this.mode === BROTLI_ENCODE ? exports.pn_encoder_create!() : exports.pn_decoder_create!();
    if (!state) throw new ERR_ZLIB_INITIALIZATION_FAILED();
    this.cell.state = state;
    if (bare) return;
    const set = this.mode === BROTLI_ENCODE ? exports.pn_encoder_set_parameter! : exports.pn_decoder_set_parameter!;
    for (let key = 0; key < this.parameters.length; key++) {
      if (this.parameters[key] === UNSET) continue;
      if (!set(state, key, this.parameters[key]!)) {
        this.close();
        throw new ERR_ZLIB_INITIALIZATION_FAILED();
      }
    }
  }

  /** True once `close()` ran (an error closes the handle too). */
  get isClosed(): boolean {
    return this.closed;
  }

  write(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): [number, number] {
    const rt = this.rt;
    const { exports, copied } = rt;
    // Only further into the chunk copied last (a chunk's first call always copies: the caller
    // may have refilled the same buffer since).
    const copiedAlready = copied.owner === this && copied.array === input && inOff > copied.from && inOff + inLen <= copied.from + copied.length;
    reserve(rt, copiedAlready ? 0 : inLen, outLen);
    let inPointer = rt.input;
    if (copiedAlready) {
      inPointer += inOff - copied.from;
    } else {
      // The memory may have grown (a new buffer): take fresh views after every call into it.
      new Uint8Array(exports.memory.buffer, rt.input, inLen).set(input.subarray(inOff, inOff + inLen));
      copied.owner = this;
      copied.array = input;
      copied.from = inOff;
      copied.length = inLen;
    }
    let words = new Uint32Array(exports.memory.buffer, rt.io, 4);
    words[0] = inLen;
    words[1] = inPointer;
    words[2] = outLen;
    words[3] = rt.output;
    let failed = false;
    let result = 0;
    if (this.mode === BROTLI_ENCODE) {
      failed = !exports.pn_encoder_stream!(this.state, flush, rt.io);
    } else {
      result = exports.pn_decoder_stream!(this.state, rt.io);
    }
    words = new Uint32Array(exports.memory.buffer, rt.io, 4);
    const availIn = words[0]!;
    const availOut = words[2]!;
    const produced = outLen - availOut;
    if (produced > 0) out.set(new Uint8Array(exports.memory.buffer, rt.output, produced), outOff);
    // Node's GetErrorInfo, after every call.
    if (failed) {
      this.close();
      throw zlibError('Compression failed', -1, 'ERR_BROTLI_COMPRESSION_FAILED');
    }
    if (this.mode === BROTLI_DECODE && result === BROTLI_DECODER_RESULT_ERROR) {
      const code = exports.pn_decoder_error_code!(this.state);
      const name = this.cString(exports.pn_decoder_error_string!(code));
      this.close();
      throw zlibError('Decompression failed', code, `ERR_${name}`);
    }
    if (this.mode === BROTLI_DECODE && flush === BROTLI_OPERATION_FINISH && result === BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      // brotli does not call a truncated input an error; Node does.
      this.close();
      throw zlibError('unexpected end of file', Z_BUF_ERROR);
    }
    return [availOut, availIn];
  }

  private cString(pointer: number): string {
    const bytes = new Uint8Array(this.rt.exports.memory.buffer);
    let end = pointer;
    while (bytes[end] !== 0) end++;
    return String.fromCharCode(...bytes.subarray(pointer, end));
  }

  /** Brotli streams inherit Zlib's `params()` in Node, whose engine has none: the same TypeError. */
  params(): Uint8Array {
    throw new TypeError('this._handle.params is not a function');
  }

  /**
   * Node's `reset()` for brotli: a new state. As in Node 16, without the constructor's
   * parameters (its binding re-creates the state and sets none): a reset encoder runs at the
   * default quality 11 (test/zlib/cases.mjs checks this against Node).
   */
  reset(): void {
    if (this.closed) return;
    destroyState(this.cell);
    this.start(true);
  }

  /** Frees the state (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    finalizer.unregister(this);
    destroyState(this.cell);
  }
}

/** A state pointer and what frees it. */
interface StateCell {
  rt: Runtime;
  mode: number;
  state: number;
}

function destroyState(cell: StateCell): void {
  if (!cell.state) return;
  const { exports } = cell.rt;
  if (cell.mode === BROTLI_ENCODE) exports.pn_encoder_destroy!(cell.state);
  else exports.pn_decoder_destroy!(cell.state);
  cell.state = 0;
}

/** Frees the WebAssembly memory of streams dropped without close() (Node's GC frees its states too). */
const finalizer = /*#__PURE__*/ new FinalizationRegistry<StateCell>(destroyState);
