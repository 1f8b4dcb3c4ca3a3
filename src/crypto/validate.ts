/**
 * crypto's argument checks, with Node 16.13.1's errors, without util.inspect's look-alike
 * (inspect-received.ts, about 6 KB min+gzip) in every bundle that imports `createHash` or
 * `randomBytes`: the shared number validators already write their numbers with the small
 * formatter; crypto adds the `_SHALLOW` error variants under the usual names (it passes only
 * numbers to `ERR_OUT_OF_RANGE` and only strings to `ERR_INVALID_ARG_VALUE`) and a callback
 * check. Private to `crypto`.
 *
 * @packageDocumentation
 */
import {
  ERR_INVALID_ARG_VALUE_SHALLOW as ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE_SHALLOW as ERR_OUT_OF_RANGE,
  invalidCallbackError,
} from '../internal/errors.js';
import { inspectShallow } from '../internal/inspect-primitive.js';

export { ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE };
export { validateEncoding, validateInt32, validateInteger, validateNumber, validateUint32 } from '../internal/validators.js';

/**
 * `ERR_INVALID_CALLBACK` with the light formatter. Browser note: a callback that is an object
 * with nested objects is written one level deep (`{ a: [Object] }`) where Node lists it all.
 */
export const ERR_INVALID_CALLBACK = /*#__PURE__*/ invalidCallbackError((value) => inspectShallow(value, 2));

/** Node's validateCallback. */
export function validateCallback(callback: unknown): asserts callback is (...args: never[]) => unknown {
  if (typeof callback !== 'function') throw new ERR_INVALID_CALLBACK(callback);
}
