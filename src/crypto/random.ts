/**
 * `crypto.randomBytes`, `randomFill(Sync)`, `randomInt`, `randomUUID` and `timingSafeEqual`
 * over the platform's `crypto.getRandomValues` (at most 64 KiB per call, as Web Crypto
 * requires), with Node 16.13.1's argument checks and errors.
 *
 * @packageDocumentation
 */
import { Buffer } from '../buffer/index.js';
import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { validateBoolean, validateObject } from '../internal/validators.js';
import { ERR_OUT_OF_RANGE, validateCallback, validateNumber } from './validate.js';
import { notBufferSource, timingSafeEqualLength } from './errors.js';
import { later } from './later.js';

const kMaxPossibleLength = 2147483647;
const RAND_MAX = 0xffff_ffff_ffff;

/** Fills `bytes` from the platform's CSPRNG, 65536 bytes per call. */
export function fillRandom(bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i += 65536) {
    globalThis.crypto.getRandomValues((bytes as Uint8Array<ArrayBuffer>).subarray(i, Math.min(bytes.length, i + 65536)));
  }
}

function assertOffset(offset: unknown, elementSize: number, length: number): number {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size: unknown, elementSize: number, offset: number, length: number): number {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

type BufferSource = ArrayBuffer | ArrayBufferView;

function isBufferSource(value: unknown): value is BufferSource {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer);
}

function region(buf: BufferSource, offset: number, size: number): Uint8Array {
  return ArrayBuffer.isView(buf)
    ? new Uint8Array(buf.buffer, buf.byteOffset + offset, size)
    : new Uint8Array(buf, offset, size);
}

/**
 * Node's `crypto.randomBytes(size[, callback])`: `size` cryptographically random bytes, as a
 * Buffer or through `callback(err, buf)` (called later, never synchronously).
 *
 * Browser note: from `crypto.getRandomValues`.
 */
export function randomBytes(size: number): Buffer;
export function randomBytes(size: number, callback: (err: Error | null, buf: Buffer) => void): void;
export function randomBytes(size: unknown, callback?: unknown): Buffer | void {
  const length = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateCallback(callback);
  const buf = Buffer.alloc(length);
  fillRandom(buf);
  if (callback === undefined) return buf;
  later(() => (callback as (err: null, buf: Buffer) => void)(null, buf));
}

/**
 * Node's `crypto.randomFillSync(buf[, offset[, size]])`: fills part of an ArrayBuffer or
 * view (offset and size count elements of a typed array) with random bytes; returns `buf`.
 *
 * Browser note: from `crypto.getRandomValues`.
 */
export function randomFillSync<T extends BufferSource>(buf: T, offset: number = 0, size?: number): T {
  if (!isBufferSource(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  const elementSize = (buf as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT || 1;
  const start = assertOffset(offset, elementSize, buf.byteLength);
  const count = size === undefined ? buf.byteLength - start : assertSize(size, elementSize, start, buf.byteLength);
  if (count > 0) fillRandom(region(buf, start, count));
  return buf;
}

/**
 * Node's `crypto.randomFill(buf[, offset[, size]], callback)`: {@link randomFillSync}, with
 * the result delivered to `callback(err, buf)` later (at once when there is nothing to fill,
 * as in Node 16).
 *
 * Browser note: from `crypto.getRandomValues`.
 */
export function randomFill(buf: BufferSource, ...rest: unknown[]): void {
  if (!isBufferSource(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  const elementSize = (buf as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT || 1;
  let [offset, size, callback] = rest;
  // Node 16 measures the default size in elements (`buf.length`: undefined for an
  // ArrayBuffer or a DataView, which then means "to the end").
  const elements = (buf as { length?: number }).length;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = elements;
  } else if (typeof size === 'function') {
    callback = size;
    size = elements === undefined ? undefined : elements - (offset as number);
  } else {
    validateCallback(callback);
  }
  const start = assertOffset(offset, elementSize, buf.byteLength);
  const count = size === undefined ? buf.byteLength - start : assertSize(size, elementSize, start, buf.byteLength);
  const done = callback as (err: null, buf: BufferSource) => void;
  // Like Node, an empty fill calls back at once.
  if (count === 0) return done(null, buf);
  fillRandom(region(buf, start, count));
  later(() => done(null, buf));
}

function randomUint48(): number {
  const bytes = new Uint8Array(6);
  fillRandom(bytes);
  return bytes[0]! * 2 ** 40 + bytes[1]! * 2 ** 32 + ((bytes[2]! << 24) >>> 0) + (bytes[3]! << 16) + (bytes[4]! << 8) + bytes[5]!;
}

/**
 * Node's `crypto.randomInt([min, ]max[, callback])`: a uniform integer in `[min, max)`
 * (range at most 2^48 - 1), returned or given to `callback(err, n)` later.
 *
 * Browser note: from `crypto.getRandomValues`, by rejection sampling as Node does.
 */
export function randomInt(max: number): number;
export function randomInt(min: number, max: number): number;
export function randomInt(max: number, callback: (err: Error | null, value: number) => void): void;
export function randomInt(min: number, max: number, callback: (err: Error | null, value: number) => void): void;
export function randomInt(min: unknown, max?: unknown, callback?: unknown): number | void {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateCallback(callback);
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  const lo = min as number;
  const hi = max as number;
  if (hi <= lo) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${lo})`, hi);
  const range = hi - lo;
  if (!(range <= RAND_MAX)) throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  const randLimit = RAND_MAX - (RAND_MAX % range);
  let x = randomUint48();
  while (x >= randLimit) x = randomUint48();
  const n = lo + (x % range);
  if (isSync) return n;
  later(() => (callback as (err: null, n: number) => void)(null, n));
}

/** A UUID string's shape, as @types/node writes it. */
export type UUID = `${string}-${string}-${string}-${string}-${string}`;

/**
 * Node's `crypto.randomUUID([options])`: a random RFC 4122 version 4 UUID.
 *
 * Browser note: from `crypto.getRandomValues` (`options.disableEntropyCache` is checked and
 * otherwise has no effect: there is no entropy cache).
 */
export function randomUUID(options?: { disableEntropyCache?: boolean }): UUID {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const bytes = new Uint8Array(16);
  fillRandom(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let hex = '';
  for (let i = 0; i < 16; i++) {
    hex += (bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16);
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
  }
  return hex as UUID;
}

/**
 * Node's `crypto.timingSafeEqual(a, b)`: compares two equally long ArrayBuffers or views in
 * time that depends only on their length.
 *
 * Browser note: a constant-time loop in JavaScript; JIT compilers give no hard guarantee.
 */
export function timingSafeEqual(buf1: BufferSource, buf2: BufferSource): boolean {
  if (!isBufferSource(buf1)) throw notBufferSource('buf1');
  if (!isBufferSource(buf2)) throw notBufferSource('buf2');
  if (buf1.byteLength !== buf2.byteLength) throw timingSafeEqualLength();
  const a = region(buf1, 0, buf1.byteLength);
  const b = region(buf2, 0, buf2.byteLength);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
