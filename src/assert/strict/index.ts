/**
 * polynode's `assert/strict`: Node 16.13.1's `assert/strict` module for the browser.
 * assert in strict mode.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [events, util, assert] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../../internal/unavailable.js';
import { withMembers } from '../../internal/exports.js';

/** Node's `assert.strict.AssertionError`. Not built yet ([events, util, assert]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const AssertionError = /*#__PURE__*/ notImplementedClass('assert.strict.AssertionError');

/** Node's `assert.strict.CallTracker`. Not built yet ([events, util, assert]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const CallTracker = /*#__PURE__*/ notImplementedClass('assert.strict.CallTracker');

/** Node's `assert.strict.deepEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const deepEqual = /*#__PURE__*/ notImplemented('assert.strict.deepEqual');

/** Node's `assert.strict.deepStrictEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const deepStrictEqual = /*#__PURE__*/ notImplemented('assert.strict.deepStrictEqual');

/** Node's `assert.strict.doesNotMatch`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const doesNotMatch = /*#__PURE__*/ notImplemented('assert.strict.doesNotMatch');

/** Node's `assert.strict.doesNotReject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const doesNotReject = /*#__PURE__*/ notImplemented('assert.strict.doesNotReject');

/** Node's `assert.strict.doesNotThrow`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const doesNotThrow = /*#__PURE__*/ notImplemented('assert.strict.doesNotThrow');

/** Node's `assert.strict.equal`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const equal = /*#__PURE__*/ notImplemented('assert.strict.equal');

/** Node's `assert.strict.fail`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fail = /*#__PURE__*/ notImplemented('assert.strict.fail');

/** Node's `assert.strict.ifError`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ifError = /*#__PURE__*/ notImplemented('assert.strict.ifError');

/** Node's `assert.strict.match`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const match = /*#__PURE__*/ notImplemented('assert.strict.match');

/** Node's `assert.strict.notDeepEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const notDeepEqual = /*#__PURE__*/ notImplemented('assert.strict.notDeepEqual');

/** Node's `assert.strict.notDeepStrictEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const notDeepStrictEqual = /*#__PURE__*/ notImplemented('assert.strict.notDeepStrictEqual');

/** Node's `assert.strict.notEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const notEqual = /*#__PURE__*/ notImplemented('assert.strict.notEqual');

/** Node's `assert.strict.notStrictEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const notStrictEqual = /*#__PURE__*/ notImplemented('assert.strict.notStrictEqual');

/** Node's `assert.strict.ok`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ok = /*#__PURE__*/ notImplemented('assert.strict.ok');

/** Node's `assert.strict.rejects`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rejects = /*#__PURE__*/ notImplemented('assert.strict.rejects');

/** Node's `assert.strict.strict`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const strict = /*#__PURE__*/ notImplemented('assert.strict.strict');

/** Node's `assert.strict.strictEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const strictEqual = /*#__PURE__*/ notImplemented('assert.strict.strictEqual');

/** Node's `assert.strict.throws`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const throws = /*#__PURE__*/ notImplemented('assert.strict.throws');

/** Node's `assert/strict` module object: what `import assertStrict from 'assert/strict'` and `require('assert/strict')` give. */
export default /*#__PURE__*/ withMembers(strict, {
  AssertionError,
  CallTracker,
  deepEqual,
  deepStrictEqual,
  doesNotMatch,
  doesNotReject,
  doesNotThrow,
  equal,
  fail,
  ifError,
  match,
  notDeepEqual,
  notDeepStrictEqual,
  notEqual,
  notStrictEqual,
  ok,
  rejects,
  strict,
  strictEqual,
  throws,
});
