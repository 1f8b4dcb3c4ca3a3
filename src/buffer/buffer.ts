/**
 * Node's Buffer: a Uint8Array whose prototype carries Node 16.13.1's methods, made by
 * `Buffer.from`/`alloc`/`allocUnsafe` (small ones carved from a shared pool, as in Node).
 *
 * As in Node, `Buffer` itself is a function (callable without `new`, deprecated) whose
 * `prototype` is that of an internal `Uint8Array` subclass, `FastBuffer`, which every
 * factory instantiates; `Buffer[Symbol.species]` is `FastBuffer`, so `subarray` and `map`
 * give Buffers too.
 *
 * Private to the buffer module; `./index.ts` is its public face.
 */
import {
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_BUFFER_SIZE,
  ERR_UNKNOWN_ENCODING_SHALLOW,
  nativeError,
} from '../internal/errors.js';
import {
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_ARG_VALUE_RANGE,
  ERR_OUT_OF_RANGE,
  kMaxLength,
  validateNumber,
  validateOffset,
} from './checks.js';
import { numberMethods } from './numbers.js';
import { FastBuffer } from './fast-buffer.js';
import { nativeFill, nativeIndexOf, nativeLastIndexOf, nativeSlice } from './native.js';
import {
  encodingOps,
  lookupEncodingOps,
  normalizeEncoding,
  textEncoder,
  utf8ByteLength,
  utf8Slice,
  type EncodingOps,
} from './codecs.js';
import { indexOfBytes, lastIndexOfBytes, indexOfUnits, lastIndexOfUnits, bytesEqual, compareBytes } from './search.js';

export { kMaxLength };
/** V8's longest string in Node 16: 2^29 - 24 UTF-16 units. */
export const kStringMaxLength = 2 ** 29 - 24;

/** Bytes shown by `util.inspect(buffer)`; `require('buffer').INSPECT_MAX_BYTES = n` changes it. */
export const inspectOptions = { maxBytes: 50 };

/** The brand that lets `Buffer.isBuffer` recognise a Buffer made by another copy of polynode. */
const kBufferBrand = Symbol.for('polynode.buffer');

const isUint8Array = (value: unknown): value is Uint8Array => value instanceof Uint8Array;
const isAnyArrayBuffer = (value: unknown): value is ArrayBufferLike =>
  value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer);

/** `ERR_INVALID_ARG_VALUE`, but a RangeError (Node's `ERR_INVALID_ARG_VALUE.RangeError`). */
function invalidArgValueRange(name: string, value: unknown): RangeError {
  return new ERR_INVALID_ARG_VALUE_RANGE(name, value);
}

function assertSize(size: unknown): asserts size is number {
  validateNumber(size, 'size');
  if (!(size >= 0 && size <= kMaxLength)) throw invalidArgValueRange('size', size);
}

// ---------------------------------------------------------------------------------------
// The class and the pool
// ---------------------------------------------------------------------------------------

export { FastBuffer };

let poolSize = 8 * 1024;
let pool: ArrayBuffer | undefined;
let poolOffset = 0;

function createPool(): void {
  pool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool(): void {
  // Keep the next slice 8-byte aligned, so typed-array views of pooled buffers work.
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
}

/** A buffer of `size` bytes, from the pool when it is small. */
function allocate(size: number): FastBuffer {
  if (size <= 0) return new FastBuffer();
  if (size < poolSize >>> 1) {
    if (pool === undefined || size > poolSize - poolOffset) createPool();
    const buf = new FastBuffer(pool!, poolOffset, size);
    poolOffset += size;
    alignPool();
    return buf;
  }
  return new FastBuffer(size);
}

function fromStringFast(string: string, ops: EncodingOps): FastBuffer {
  if (ops.encoding === 'utf8' && string.length >= poolSize >>> 2) {
    // Long UTF-8: one native pass (measuring first would read the string twice).
    const bytes = textEncoder().encode(string);
    return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  const length = ops.byteLength(string);
  if (length >= poolSize >>> 1) {
    const buf = new FastBuffer(length);
    const written = ops.write(buf, string, 0, length);
    return written === length ? buf : new FastBuffer(buf.buffer, 0, written);
  }
  if (pool === undefined || length > poolSize - poolOffset) createPool();
  const buf = new FastBuffer(pool!, poolOffset, length);
  const written = ops.write(buf, string, 0, length);
  poolOffset += written;
  alignPool();
  return written === length ? buf : new FastBuffer(pool!, buf.byteOffset, written);
}

function fromString(string: string, encoding: unknown): FastBuffer {
  let ops: EncodingOps;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps('utf8');
  } else {
    const found = lookupEncodingOps(encoding);
    if (found === undefined) throw new ERR_UNKNOWN_ENCODING_SHALLOW(encoding);
    if (string.length === 0) return new FastBuffer();
    ops = found;
  }
  return fromStringFast(string, ops);
}

function fromArrayLike(list: ArrayLike<number>): FastBuffer {
  if (list.length <= 0) return new FastBuffer();
  const buf = allocate(list.length);
  if (isUint8Array(list)) buf.set(list);
  else for (let i = 0; i < list.length; i++) buf[i] = list[i]!;
  return buf;
}

function fromArrayBuffer(arrayBuffer: ArrayBufferLike, byteOffset: unknown, length: unknown): FastBuffer {
  let offset = 0;
  if (byteOffset !== undefined) {
    offset = +(byteOffset as number);
    if (Number.isNaN(offset)) offset = 0;
  }
  const maxLength = arrayBuffer.byteLength - offset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  let size: number;
  if (length === undefined) size = maxLength;
  else {
    size = +(length as number);
    if (size > 0) {
      if (size > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else size = 0;
  }
  return new FastBuffer(arrayBuffer, offset, size);
}

function fromObject(value: { length?: unknown; buffer?: unknown; type?: unknown; data?: unknown }): FastBuffer | undefined {
  if (value.length !== undefined || isAnyArrayBuffer(value.buffer)) {
    if (typeof value.length !== 'number') return new FastBuffer();
    return fromArrayLike(value as ArrayLike<number>);
  }
  if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
  return undefined;
}

// ---------------------------------------------------------------------------------------
// fill
// ---------------------------------------------------------------------------------------

function fillBuffer(buf: Uint8Array, value: unknown, offset: unknown, end: unknown, encoding: unknown): Uint8Array {
  let fillValue = value;
  let ops: EncodingOps | undefined;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = encoding === undefined || encoding === null ? 'utf8' : encoding === '' ? 'utf8' : normalizeEncoding(encoding);
    if (normalized === undefined) {
      if (typeof encoding !== 'string') throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
      throw new ERR_UNKNOWN_ENCODING_SHALLOW(encoding);
    }
    ops = encodingOps(normalized);
    if (value.length === 0) fillValue = 0;
    else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((normalized === 'utf8' && code < 128) || normalized === 'latin1') fillValue = code;
    }
  }

  let start: number;
  let stop: number;
  if (offset === undefined) {
    start = 0;
    stop = buf.length;
  } else {
    validateOffset(offset, 'offset');
    start = offset;
    if (end === undefined) stop = buf.length;
    else {
      validateOffset(end, 'end', 0, buf.length);
      stop = end;
    }
    if (start >= stop) return buf;
  }

  if (typeof fillValue === 'number' || typeof fillValue === 'boolean') {
    nativeFill.call(buf, Number(fillValue), start, stop);
    return buf;
  }
  let pattern: Uint8Array;
  if (typeof fillValue === 'string') {
    pattern = new Uint8Array(ops!.byteLength(fillValue));
    pattern = pattern.subarray(0, ops!.write(pattern, fillValue, 0, pattern.length));
  } else if (ArrayBuffer.isView(fillValue)) {
    pattern = new Uint8Array(fillValue.buffer, fillValue.byteOffset, fillValue.byteLength);
  } else {
    // Anything else is converted as a 32-bit unsigned integer, its low byte used.
    nativeFill.call(buf, Number(fillValue) >>> 0, start, stop);
    return buf;
  }
  // Nothing to fill is never an error; a value that gives no bytes for a non-empty range is.
  if (stop === start) return buf;
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  repeat(buf, pattern, start, stop);
  return buf;
}

/** Fills `buf[start, stop)` with copies of `pattern`, doubling the copied run each time. */
function repeat(buf: Uint8Array, pattern: Uint8Array, start: number, stop: number): void {
  const length = stop - start;
  if (pattern.length === 1) {
    nativeFill.call(buf, pattern[0]!, start, stop);
    return;
  }
  const first = Math.min(pattern.length, length);
  // A pattern overlapping the target (a view of the same memory) is copied first.
  buf.set(pattern.buffer === buf.buffer ? nativeSlice.call(pattern, 0, first) : pattern.subarray(0, first), start);
  let filled = first;
  while (filled < length) {
    const run = Math.min(filled, length - filled);
    buf.copyWithin(start + filled, start, start + run);
    filled += run;
  }
}

// ---------------------------------------------------------------------------------------
// indexOf / lastIndexOf / includes
// ---------------------------------------------------------------------------------------

/** Where a search starts (Node's IndexOfOffset); -1 means "no match possible". */
function searchStart(length: number, offset: number, needleLength: number, forward: boolean): number {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function searchBytes(haystack: Uint8Array, needle: Uint8Array, offset: number, forward: boolean, ucs2: boolean): number {
  const length = haystack.length;
  const start = searchStart(length, offset, needle.length, forward);
  if (needle.length === 0) return start;
  if (length === 0 || start <= -1) return -1;
  if ((forward && needle.length + start > length) || needle.length > length) return -1;
  if (ucs2) {
    if (length < 2 || needle.length < 2) return -1;
    const at = forward ? indexOfUnits(haystack, needle, start >>> 1) : lastIndexOfUnits(haystack, needle, start >>> 1);
    // Node reports a miss as the haystack's length in units, doubled, and compares that
    // with its length in bytes: searching an odd-length haystack for a Buffer, a miss comes
    // out as length - 1. Kept, so results equal Node's. (String searches see an even
    // haystack, see bidirectionalIndexOf.)
    const result = at < 0 ? (length >>> 1) * 2 : at * 2;
    return result === length ? -1 : result;
  }
  return forward ? indexOfBytes(haystack, needle, start) : lastIndexOfBytes(haystack, needle, start);
}

function searchNumber(haystack: Uint8Array, byte: number, offset: number, forward: boolean): number {
  const start = searchStart(haystack.length, offset, 1, forward);
  if (start <= -1 || haystack.length === 0) return -1;
  return forward ? nativeIndexOf.call(haystack, byte & 0xff, start) : nativeLastIndexOf.call(haystack, byte & 0xff, start);
}

function bidirectionalIndexOf(buf: Uint8Array, value: unknown, byteOffset: unknown, encoding: unknown, forward: boolean): number {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if ((byteOffset as number) > 0x7fffffff) byteOffset = 0x7fffffff;
  else if ((byteOffset as number) < -0x80000000) byteOffset = -0x80000000;
  let offset = +(byteOffset as number);
  if (Number.isNaN(offset)) offset = forward ? 0 : buf.length;
  offset = Math.trunc(offset);

  if (typeof value === 'number') return searchNumber(buf, value >>> 0, offset, forward);
  const ops = encoding === undefined ? encodingOps('utf8') : lookupEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING_SHALLOW(encoding);
    const ucs2 = ops.encoding === 'utf16le';
    // The needle in the encoding's bytes; a search for a string ignores Buffer's pool.
    const needle = new Uint8Array(ops.byteLength(value));
    const written = ops.write(needle, value, 0, needle.length);
    // For a string, Node searches UTF-16 in the haystack rounded down to whole units.
    const haystack = ucs2 && buf.length % 2 === 1 ? buf.subarray(0, buf.length - 1) : buf;
    return searchBytes(haystack, needle.subarray(0, written), offset, forward, ucs2);
  }
  if (isUint8Array(value)) return searchBytes(buf, value, offset, forward, ops?.encoding === 'utf16le');
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

// ---------------------------------------------------------------------------------------
// copy
// ---------------------------------------------------------------------------------------

function toInteger(value: unknown, fallback: number): number {
  const n = +(value as number);
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
  return fallback;
}

/** Copies what fits; returns the number of bytes copied. */
function copyActual(source: Uint8Array, target: Uint8Array, targetStart: number, sourceStart: number, sourceEnd: number): number {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let count = sourceEnd - sourceStart;
  const available = source.length - sourceStart;
  if (count > available) count = available;
  if (count <= 0) return 0;
  target.set(sourceStart === 0 && count === source.length ? source : source.subarray(sourceStart, sourceStart + count), targetStart);
  return count;
}

function copyBytes(source: Uint8Array, target: unknown, targetStart: unknown, sourceStart: unknown, sourceEnd: unknown): number {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  let tStart = 0;
  if (targetStart !== undefined) {
    tStart = toInteger(targetStart, 0);
    if (tStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', tStart);
  }
  let sStart = 0;
  if (sourceStart !== undefined) {
    sStart = toInteger(sourceStart, 0);
    if (sStart < 0) throw new ERR_OUT_OF_RANGE('sourceStart', '>= 0', sStart);
  }
  let sEnd = source.length;
  if (sourceEnd !== undefined) {
    sEnd = toInteger(sourceEnd, 0);
    if (sEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sEnd);
  }
  if (tStart >= target.length || sStart >= sEnd) return 0;
  if (sStart > source.length) throw new ERR_OUT_OF_RANGE('sourceStart', `<= ${source.length}`, sStart);
  return copyActual(source, target, tStart, sStart, sEnd);
}

// ---------------------------------------------------------------------------------------
// The Buffer function and its statics
// ---------------------------------------------------------------------------------------

/** Node's Buffer constructor type: callable (deprecated) and constructible, with statics. */
export interface BufferConstructor {
  /** @deprecated Node's DEP0005: use `Buffer.from`, `Buffer.alloc` or `Buffer.allocUnsafe`. */
  (arg: unknown, encodingOrOffset?: unknown, length?: unknown): Buffer;
  /** @deprecated Node's DEP0005: use `Buffer.from`, `Buffer.alloc` or `Buffer.allocUnsafe`. */
  new (arg: unknown, encodingOrOffset?: unknown, length?: unknown): Buffer;
  readonly prototype: Buffer;
  /** Bytes of the shared pool small Buffers are cut from (default 8192). */
  poolSize: number;
  from(value: unknown, encodingOrOffset?: unknown, length?: unknown): Buffer;
  of(...items: number[]): Buffer;
  alloc(size: number, fill?: unknown, encoding?: unknown): Buffer;
  allocUnsafe(size: number): Buffer;
  allocUnsafeSlow(size: number): Buffer;
  isBuffer(value: unknown): value is Buffer;
  isEncoding(encoding: unknown): boolean;
  byteLength(string: unknown, encoding?: unknown): number;
  compare(buf1: Uint8Array, buf2: Uint8Array): -1 | 0 | 1;
  concat(list: readonly Uint8Array[], totalLength?: number): Buffer;
}

/** A Node Buffer instance. */
export interface Buffer extends Uint8Array<ArrayBuffer> {
  write(string: string, offset?: unknown, length?: unknown, encoding?: unknown): number;
  toString(encoding?: unknown, start?: unknown, end?: unknown): string;
  toJSON(): { type: 'Buffer'; data: number[] };
  equals(otherBuffer: Uint8Array): boolean;
  compare(target: Uint8Array, targetStart?: unknown, targetEnd?: unknown, sourceStart?: unknown, sourceEnd?: unknown): -1 | 0 | 1;
  copy(target: Uint8Array, targetStart?: unknown, sourceStart?: unknown, sourceEnd?: unknown): number;
  slice(start?: unknown, end?: unknown): Buffer;
  subarray(start?: number, end?: number): Buffer;
  fill(value: unknown, offset?: unknown, end?: unknown, encoding?: unknown): this;
  indexOf(value: unknown, byteOffset?: unknown, encoding?: unknown): number;
  lastIndexOf(value: unknown, byteOffset?: unknown, encoding?: unknown): number;
  includes(value: unknown, byteOffset?: unknown, encoding?: unknown): boolean;
  swap16(): this;
  swap32(): this;
  swap64(): this;
  /** Node's `buf.toLocaleString()`: the same as `toString()`. */
  toLocaleString(encoding?: unknown, start?: unknown, end?: unknown): string;
  /** The ArrayBuffer under the Buffer (Node's deprecated alias of `buffer`). */
  readonly parent: ArrayBufferLike | undefined;
  /** The Buffer's byteOffset (Node's deprecated alias). */
  readonly offset: number | undefined;
  // Numbers: 8/16/32-bit integers, floats and doubles (the `Uint` spellings are Node's aliases).
  readUInt8(offset?: number): number;
  readUint8(offset?: number): number;
  readUInt16LE(offset?: number): number;
  readUint16LE(offset?: number): number;
  readUInt16BE(offset?: number): number;
  readUint16BE(offset?: number): number;
  readUInt32LE(offset?: number): number;
  readUint32LE(offset?: number): number;
  readUInt32BE(offset?: number): number;
  readUint32BE(offset?: number): number;
  readInt8(offset?: number): number;
  readInt16LE(offset?: number): number;
  readInt16BE(offset?: number): number;
  readInt32LE(offset?: number): number;
  readInt32BE(offset?: number): number;
  readFloatLE(offset?: number): number;
  readFloatBE(offset?: number): number;
  readDoubleLE(offset?: number): number;
  readDoubleBE(offset?: number): number;
  writeUInt8(value: number, offset?: number): number;
  writeUint8(value: number, offset?: number): number;
  writeUInt16LE(value: number, offset?: number): number;
  writeUint16LE(value: number, offset?: number): number;
  writeUInt16BE(value: number, offset?: number): number;
  writeUint16BE(value: number, offset?: number): number;
  writeUInt32LE(value: number, offset?: number): number;
  writeUint32LE(value: number, offset?: number): number;
  writeUInt32BE(value: number, offset?: number): number;
  writeUint32BE(value: number, offset?: number): number;
  writeInt8(value: number, offset?: number): number;
  writeInt16LE(value: number, offset?: number): number;
  writeInt16BE(value: number, offset?: number): number;
  writeInt32LE(value: number, offset?: number): number;
  writeInt32BE(value: number, offset?: number): number;
  writeFloatLE(value: number, offset?: number): number;
  writeFloatBE(value: number, offset?: number): number;
  writeDoubleLE(value: number, offset?: number): number;
  writeDoubleBE(value: number, offset?: number): number;
  // 64-bit integers, as bigints.
  readBigUInt64LE(offset?: number): bigint;
  readBigUint64LE(offset?: number): bigint;
  readBigUInt64BE(offset?: number): bigint;
  readBigUint64BE(offset?: number): bigint;
  readBigInt64LE(offset?: number): bigint;
  readBigInt64BE(offset?: number): bigint;
  writeBigUInt64LE(value: bigint, offset?: number): number;
  writeBigUint64LE(value: bigint, offset?: number): number;
  writeBigUInt64BE(value: bigint, offset?: number): number;
  writeBigUint64BE(value: bigint, offset?: number): number;
  writeBigInt64LE(value: bigint, offset?: number): number;
  writeBigInt64BE(value: bigint, offset?: number): number;
  // 1-to-6-byte integers.
  readUIntLE(offset: number, byteLength: number): number;
  readUintLE(offset: number, byteLength: number): number;
  readUIntBE(offset: number, byteLength: number): number;
  readUintBE(offset: number, byteLength: number): number;
  readIntLE(offset: number, byteLength: number): number;
  readIntBE(offset: number, byteLength: number): number;
  writeUIntLE(value: number, offset: number, byteLength: number): number;
  writeUintLE(value: number, offset: number, byteLength: number): number;
  writeUIntBE(value: number, offset: number, byteLength: number): number;
  writeUintBE(value: number, offset: number, byteLength: number): number;
  writeIntLE(value: number, offset: number, byteLength: number): number;
  writeIntBE(value: number, offset: number, byteLength: number): number;
}

function showDeprecatedConstructor(): void {
  // DEP0005 is reported through process.emitWarning in Node, and only for code outside
  // node_modules; a page cannot tell the two apart, so polynode stays silent here.
}

function makeBuffer(): BufferConstructor {
  const Buffer = function Buffer(this: unknown, arg: unknown, encodingOrOffset?: unknown, length?: unknown) {
    showDeprecatedConstructor();
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
      return statics.alloc(arg);
    }
    return statics.from(arg, encodingOrOffset, length);
  } as unknown as BufferConstructor;

  // Bundlers may rename the function to avoid clashes; Node's name shows in messages
  // ("Received an instance of Buffer") and in inspection, so it is set explicitly.
  Object.defineProperty(Buffer, 'name', { value: 'Buffer' });
  Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
  Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
  Object.setPrototypeOf(Buffer, Uint8Array);
  Object.defineProperty(Buffer, Symbol.species, { get: () => FastBuffer, configurable: true });
  Object.defineProperty(Buffer, 'poolSize', {
    get: () => poolSize,
    set: (value: number) => {
      poolSize = value;
    },
    enumerable: true,
    configurable: true,
  });

  const statics = {
    /** Node's `Buffer.from`: from a string, array, array-like, ArrayBuffer (shared) or object. */
    from(value: unknown, encodingOrOffset?: unknown, length?: unknown): FastBuffer {
      if (typeof value === 'string') return fromString(value, encodingOrOffset);
      if (typeof value === 'object' && value !== null) {
        if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
        const object = value as { valueOf?: () => unknown; [Symbol.toPrimitive]?: (hint: string) => unknown };
        const primitive = typeof object.valueOf === 'function' ? object.valueOf() : undefined;
        if (primitive != null && primitive !== value && (typeof primitive === 'string' || typeof primitive === 'object')) {
          return statics.from(primitive, encodingOrOffset, length);
        }
        const made = fromObject(value as Parameters<typeof fromObject>[0]);
        if (made) return made;
        if (typeof object[Symbol.toPrimitive] === 'function') {
          const text = object[Symbol.toPrimitive]!('string');
          if (typeof text === 'string') return fromString(text, encodingOrOffset);
        }
      }
      throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
    },
    /** Node's `Buffer.of`: each item's low byte. */
    of(...items: number[]): FastBuffer {
      const buf = allocate(items.length);
      for (let i = 0; i < items.length; i++) buf[i] = items[i]!;
      return buf;
    },
    /** Node's `Buffer.alloc`: zeroed, or filled with `fill`. */
    alloc(size: unknown, fill?: unknown, encoding?: unknown): FastBuffer {
      assertSize(size);
      if (fill !== undefined && fill !== 0 && size > 0) {
        const buf = new FastBuffer(size);
        return fillBuffer(buf, fill, 0, buf.length, encoding) as FastBuffer;
      }
      return new FastBuffer(size);
    },
    /**
     * Node's `Buffer.allocUnsafe`. Browser: never pooled (Node says it "may" be): in a page a
     * fresh small ArrayBuffer is faster than a view of the pool, and zeroed either way.
     */
    allocUnsafe(size: unknown): FastBuffer {
      assertSize(size);
      return new FastBuffer(size);
    },
    /** Node's `Buffer.allocUnsafeSlow`: never from the pool. */
    allocUnsafeSlow(size: unknown): FastBuffer {
      assertSize(size);
      return new FastBuffer(size);
    },
    /** Node's `Buffer.isBuffer`; also true for Buffers of another polynode copy. */
    isBuffer(value: unknown): value is FastBuffer {
      return value instanceof FastBuffer || (isUint8Array(value) && (value as unknown as Record<symbol, unknown>)[kBufferBrand] === true);
    },
    /** Node's `Buffer.isEncoding`. */
    isEncoding(encoding: unknown): boolean {
      return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
    },
    /** Node's `Buffer.byteLength`: an unknown encoding counts as utf8. */
    byteLength(string: unknown, encoding?: unknown): number {
      if (typeof string !== 'string') {
        if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
        throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
      }
      if (string.length === 0) return 0;
      if (!encoding) return utf8ByteLength(string);
      return (lookupEncodingOps(encoding) ?? encodingOps('utf8')).byteLength(string);
    },
    /** Node's `Buffer.compare`. */
    compare(buf1: unknown, buf2: unknown): -1 | 0 | 1 {
      if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
      if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
      if (buf1 === buf2) return 0;
      return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
    },
    /** Node's `Buffer.concat`. */
    concat(list: unknown, totalLength?: unknown): FastBuffer {
      if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
      if (list.length === 0) return new FastBuffer();
      let length: number;
      if (totalLength === undefined) {
        length = 0;
        for (const item of list) if ((item as { length?: number })?.length) length += (item as { length: number }).length;
      } else {
        validateOffset(totalLength, 'length');
        length = totalLength;
      }
      const buf = allocate(length);
      let at = 0;
      for (let i = 0; i < list.length; i++) {
        const item: unknown = list[i];
        if (!isUint8Array(item)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
        at += copyActual(item, buf, at, 0, item.length);
      }
      if (at < length) nativeFill.call(buf, 0, at, length);
      return buf;
    },
  };
  for (const [name, fn] of Object.entries(statics)) {
    Object.defineProperty(Buffer, name, { value: fn, writable: true, enumerable: true, configurable: true });
  }
  installMethods(FastBuffer.prototype);
  return Buffer;
}

// ---------------------------------------------------------------------------------------
// Prototype methods
// ---------------------------------------------------------------------------------------

type Self = Uint8Array;

/** ECMAScript's relative index (ToIntegerOrInfinity, then clamped to [0, length]). */
function relativeIndex(value: unknown, length: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = +(value as number); // throws for symbols and bigints, as the built-in does
  if (n !== n) return 0;
  const integer = Math.trunc(n);
  return integer < 0 ? Math.max(length + integer, 0) : Math.min(integer, length);
}

function adjustOffset(offset: unknown, length: number): number {
  const n = Math.trunc(offset as number);
  if (n === 0) return 0;
  if (n < 0) {
    const from = n + length;
    return from > 0 ? from : 0;
  }
  if (n < length) return n;
  return Number.isNaN(n) ? 0 : length;
}

/** The `*Slice(start, end)` methods of Node's C++ layer: strict indexes. */
function nativeRange(buf: Self, start: unknown, end: unknown): [number, number] {
  const parse = (value: unknown, fallback: number): number => {
    if (value === undefined) return fallback;
    const n = Math.trunc(Number(value));
    if (n < 0 || Number.isNaN(n)) {
      if (Number.isNaN(n)) return 0;
      throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    }
    return n;
  };
  const from = parse(start, 0);
  let to = parse(end, buf.length);
  if (to < from) to = from;
  if (to > buf.length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return [from, to];
}

/** The `*Write(string, offset, length)` methods of Node's C++ layer. */
function nativeWrite(buf: Self, ops: EncodingOps, string: unknown, offset: unknown, length: unknown): number {
  if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  const at = offset === undefined ? 0 : Math.trunc(Number(offset)) || 0;
  if (at < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  if (at > buf.length) throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  let max = length === undefined ? buf.length - at : Math.trunc(Number(length)) || 0;
  if (max < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  max = Math.min(buf.length - at, max);
  if (max === 0) return 0;
  return ops.write(buf, string, at, max);
}

function swap(buf: Self, width: 2 | 4 | 8): Self {
  if (buf.length % width !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${width * 8}-bits`);
  for (let i = 0; i < buf.length; i += width) {
    for (let a = i, b = i + width - 1; a < b; a++, b--) {
      const t = buf[a]!;
      buf[a] = buf[b]!;
      buf[b] = t;
    }
  }
  return buf;
}

function installMethods(proto: Self): void {
  const methods: Record<string, (this: Self, ...args: never[]) => unknown> = {
    write(this: Self, string: unknown, offset?: unknown, length?: unknown, encoding?: unknown): number {
      if (offset === undefined) return nativeWrite(this, encodingOps('utf8'), string, 0, this.length);
      let at: number;
      let max: number;
      if (length === undefined && typeof offset === 'string') {
        encoding = offset;
        max = this.length;
        at = 0;
      } else {
        validateOffset(offset, 'offset', 0, this.length);
        at = offset;
        const remaining = this.length - at;
        if (length === undefined) max = remaining;
        else if (typeof length === 'string') {
          encoding = length;
          max = remaining;
        } else {
          validateOffset(length, 'length', 0, this.length);
          max = length > remaining ? remaining : length;
        }
      }
      if (!encoding) return nativeWrite(this, encodingOps('utf8'), string, at, max);
      const ops = lookupEncodingOps(encoding);
      if (ops === undefined) throw new ERR_UNKNOWN_ENCODING_SHALLOW(encoding);
      return nativeWrite(this, ops, string, at, max);
    },
    toString(this: Self, encoding?: unknown, start?: unknown, end?: unknown): string {
      // eslint-disable-next-line prefer-rest-params
      if (arguments.length === 0) return utf8Slice(this, 0, this.length);
      const length = this.length;
      let from: number;
      if ((start as number) <= 0) from = 0;
      else if ((start as number) >= length) return '';
      else from = (start as number) | 0;
      let to: number;
      if (end === undefined || (end as number) > length) to = length;
      else to = (end as number) | 0;
      if (to <= from) return '';
      const ops = encoding === undefined ? encodingOps('utf8') : lookupEncodingOps(encoding);
      if (ops === undefined) throw new ERR_UNKNOWN_ENCODING_SHALLOW(encoding);
      // `end | 0` can wrap a huge negative end around to a huge positive one; Node's C++
      // slice then refuses it.
      if (to > length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      return ops.slice(this, from, to);
    },
    toLocaleString(this: Self, encoding?: unknown, start?: unknown, end?: unknown): string {
      // eslint-disable-next-line prefer-rest-params
      return (methods.toString as (...args: unknown[]) => string).apply(this, arguments as unknown as unknown[]);
    },
    toJSON(this: Self) {
      const data = new Array<number>(this.length);
      for (let i = 0; i < this.length; i++) data[i] = this[i]!;
      return { type: 'Buffer', data };
    },
    equals(this: Self, otherBuffer: unknown): boolean {
      if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
      if (this === otherBuffer) return true;
      if (this.byteLength !== otherBuffer.byteLength) return false;
      return this.byteLength === 0 || bytesEqual(this, otherBuffer);
    },
    compare(this: Self, target: unknown, targetStart?: unknown, targetEnd?: unknown, sourceStart?: unknown, sourceEnd?: unknown): number {
      if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
      // eslint-disable-next-line prefer-rest-params
      if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
      let tStart = 0;
      if (targetStart !== undefined) {
        validateOffset(targetStart, 'targetStart');
        tStart = targetStart;
      }
      let tEnd = target.length;
      if (targetEnd !== undefined) {
        validateOffset(targetEnd, 'targetEnd', 0, target.length);
        tEnd = targetEnd;
      }
      let sStart = 0;
      if (sourceStart !== undefined) {
        validateOffset(sourceStart, 'sourceStart');
        sStart = sourceStart;
      }
      let sEnd = this.length;
      if (sourceEnd !== undefined) {
        validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
        sEnd = sourceEnd;
      }
      if (sStart >= sEnd) return tStart >= tEnd ? 0 : -1;
      if (tStart >= tEnd) return 1;
      if (sStart > this.length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
      if (tStart > target.length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
      return compareBytes(this, sStart, sEnd, target, tStart, tEnd);
    },
    copy(this: Self, target: unknown, targetStart?: unknown, sourceStart?: unknown, sourceEnd?: unknown): number {
      return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
    },
    // The typed array's own subarray, minus the species lookup (Buffer[Symbol.species] is
    // FastBuffer anyway): the same clamping and conversions, made cheaper for small slices.
    subarray(this: Self, start?: unknown, end?: unknown): FastBuffer {
      const length = this.length;
      const from = relativeIndex(start, length, 0);
      const to = end === undefined ? length : relativeIndex(end, length, length);
      return new FastBuffer(this.buffer, this.byteOffset + from, to > from ? to - from : 0);
    },
    slice(this: Self, start?: unknown, end?: unknown): FastBuffer {
      const length = this.length;
      const from = adjustOffset(start, length);
      const to = end !== undefined ? adjustOffset(end, length) : length;
      return new FastBuffer(this.buffer, this.byteOffset + from, to > from ? to - from : 0);
    },
    fill(this: Self, value: unknown, offset?: unknown, end?: unknown, encoding?: unknown): Self {
      return fillBuffer(this, value, offset, end, encoding);
    },
    indexOf(this: Self, value: unknown, byteOffset?: unknown, encoding?: unknown): number {
      return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
    },
    lastIndexOf(this: Self, value: unknown, byteOffset?: unknown, encoding?: unknown): number {
      return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
    },
    includes(this: Self, value: unknown, byteOffset?: unknown, encoding?: unknown): boolean {
      return bidirectionalIndexOf(this, value, byteOffset, encoding, true) !== -1;
    },
    swap16(this: Self) {
      return swap(this, 2);
    },
    swap32(this: Self) {
      return swap(this, 4);
    },
    swap64(this: Self) {
      return swap(this, 8);
    },

    ...numberMethods(),
  };

  // The C++-level codecs Node exposes on the prototype (used by some packages).
  for (const encoding of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'] as const) {
    const ops = encodingOps(normalizeEncoding(encoding)!);
    methods[`${encoding}Slice`] = function (this: Self, start?: unknown, end?: unknown): string {
      const [from, to] = nativeRange(this, start, end);
      return from === to ? '' : ops.slice(this, from, to);
    };
    methods[`${encoding}Write`] = function (this: Self, string: unknown, offset?: unknown, length?: unknown): number {
      return nativeWrite(this, ops, string, offset, length);
    };
  }

  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: true, configurable: true });
  }

  Object.defineProperty(proto, kBufferBrand, { value: true });
  // Deprecated accessors Node keeps: `parent` (the ArrayBuffer) and `offset` (byteOffset).
  Object.defineProperty(proto, 'parent', {
    get(this: Self) {
      return this instanceof FastBuffer ? this.buffer : undefined;
    },
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(proto, 'offset', {
    get(this: Self) {
      return this instanceof FastBuffer ? this.byteOffset : undefined;
    },
    enumerable: true,
    configurable: true,
  });
  // util.inspect(buffer) → <Buffer 68 69 ... 10 more bytes>
  Object.defineProperty(proto, Symbol.for('nodejs.util.inspect.custom'), {
    value: inspectBuffer,
    writable: true,
    configurable: true,
  });
}

function inspectBuffer(
  this: Self,
  _depth: number,
  options?: Record<string, unknown>,
  inspect?: (value: unknown, options?: Record<string, unknown>) => string,
): string {
  const max = inspectOptions.maxBytes;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  const hex = encodingOps('hex').slice(this, 0, shown);
  let text = hex.replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties are shown too, when the caller's inspect is at hand.
  if (options && typeof inspect === 'function') {
    const extras: Record<string, unknown> = Object.create(null);
    let any = false;
    for (const key of Object.keys(this)) {
      if (/^\d+$/.test(key)) continue;
      extras[key] = (this as unknown as Record<string, unknown>)[key];
      any = true;
    }
    if (any) {
      if (this.length !== 0) text += ', ';
      text += inspect(extras, { ...options, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${(this.constructor as { name: string }).name} ${text}>`;
}

/** Node's Buffer: built on first use of the module (a pure call bundlers may drop). */
export const Buffer: BufferConstructor = /*#__PURE__*/ makeBuffer();

/** Node's `SlowBuffer(size)`: a non-pooled Buffer (deprecated in Node). */
export const SlowBuffer = /*#__PURE__*/ (() => {
  const SlowBuffer = function SlowBuffer(size: unknown) {
    assertSize(size);
    return new FastBuffer(size);
  } as unknown as { (size: number): Buffer; new (size: number): Buffer; prototype: Buffer };
  Object.defineProperty(SlowBuffer, 'name', { value: 'SlowBuffer' });
  // Buffer.prototype (not FastBuffer.prototype directly) so the methods are installed first.
  Object.defineProperty(SlowBuffer, 'prototype', { value: Buffer.prototype, writable: false });
  Object.setPrototypeOf(SlowBuffer, Uint8Array);
  return SlowBuffer;
})();

