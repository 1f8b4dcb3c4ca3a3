/**
 * polynode's `assert/strict`: Node 16.13.1's `assert` in strict mode: `equal` is
 * `strictEqual`, `deepEqual` is `deepStrictEqual`, `notEqual` and `notDeepEqual` likewise.
 * The default export is `assert.strict` itself.
 *
 * @packageDocumentation
 */
import {
  CallTracker,
  deepStrictEqual,
  doesNotMatch,
  doesNotReject,
  doesNotThrow,
  fail,
  ifError,
  match,
  notDeepStrictEqual,
  notStrictEqual,
  ok,
  rejects,
  strictEqual,
  throws,
} from '../core.js';
import { AssertionError } from '../assertion-error.js';
import { makeStrict } from '../make-strict.js';

export {
  AssertionError,
  CallTracker,
  deepStrictEqual,
  doesNotMatch,
  doesNotReject,
  doesNotThrow,
  fail,
  ifError,
  match,
  notDeepStrictEqual,
  notStrictEqual,
  ok,
  rejects,
  strictEqual,
  throws,
};

/** `assert.strict.deepEqual`: `deepStrictEqual`. */
export const deepEqual = deepStrictEqual;
/** `assert.strict.equal`: `strictEqual`. */
export const equal = strictEqual;
/** `assert.strict.notDeepEqual`: `notDeepStrictEqual`. */
export const notDeepEqual = notDeepStrictEqual;
/** `assert.strict.notEqual`: `notStrictEqual`. */
export const notEqual = notStrictEqual;

/** `assert.strict.strict`: `assert.strict` itself. */
export const strict = /*#__PURE__*/ makeStrict();

/** Node's `assert/strict` module object: `assert.strict`, a function carrying every strict assertion. */
export default strict;
