/**
 * crypto's argument checks, with Node 16.13.1's errors, made with a light value formatter.
 *
 * Why not src/internal/validators.ts: its `ERR_OUT_OF_RANGE` and `ERR_INVALID_ARG_VALUE`
 * write the received value with util.inspect's look-alike (inspect-received.ts, about 6 KB
 * min+gzip), which would land in every bundle that imports `createHash` or `randomBytes`.
 * crypto passes only numbers to `ERR_OUT_OF_RANGE` (sizes, offsets, lengths, counts: always
 * type-checked first) and only strings to `ERR_INVALID_ARG_VALUE` (encoding names), which
 * `inspectShallow` writes exactly as util.inspect does. Private to `crypto`.
 *
 * @packageDocumentation
 */
import { ERR_INVALID_ARG_TYPE, invalidArgValueError, invalidCallbackError, outOfRangeError } from '../internal/errors.js';
import { inspectShallow } from '../internal/inspect-primitive.js';

const light = (value: unknown): string => inspectShallow(value, 2);

/** `ERR_OUT_OF_RANGE` for the numbers crypto checks. */
export const ERR_OUT_OF_RANGE = /*#__PURE__*/ outOfRangeError(light);

/** `ERR_INVALID_ARG_VALUE` (TypeError) for the strings and primitives crypto checks. */
export const ERR_INVALID_ARG_VALUE = /*#__PURE__*/ invalidArgValueError(TypeError, light);

/** True for a number that is a 32-bit unsigned integer. */
function isUint32(value: unknown): value is number {
  return value === (value as number) >>> 0;
}

/** Node's validateNumber (two arguments, NaN passes). */
export function validateNumber(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

/** Node's validateInteger: an integer in [min, max] (default: the safe integers). */
export function validateInteger(value: unknown, name: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): asserts value is number {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

/** Node's validateInt32: a 32-bit signed integer in [min, max]. */
export function validateInt32(value: unknown, name: string, min = -2147483648, max = 2147483647): asserts value is number {
  if (value !== ((value as number) | 0)) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
  if ((value as number) < min || (value as number) > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

/** Node's validateUint32: a 32-bit unsigned integer (not 0 when `positive`). */
export function validateUint32(value: unknown, name: string, positive?: boolean): asserts value is number {
  if (!isUint32(value)) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
    throw new ERR_OUT_OF_RANGE(name, `>= ${positive ? 1 : 0} && < 4294967296`, value);
  }
  if (positive && value === 0) throw new ERR_OUT_OF_RANGE(name, '>= 1 && < 4294967296', value);
}

/** Node's validateEncoding: hex data of odd length is refused (`data.length` is read first). */
export function validateEncoding(data: { readonly length: number }, encoding: unknown): void {
  const length = data.length;
  if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

/**
 * `ERR_INVALID_CALLBACK` with the light formatter. Browser note: a callback that is an object
 * with nested objects is written one level deep (`{ a: [Object] }`) where Node lists it all.
 */
export const ERR_INVALID_CALLBACK = /*#__PURE__*/ invalidCallbackError(light);

/** Node's validateCallback. */
export function validateCallback(callback: unknown): asserts callback is (...args: never[]) => unknown {
  if (typeof callback !== 'function') throw new ERR_INVALID_CALLBACK(callback);
}
