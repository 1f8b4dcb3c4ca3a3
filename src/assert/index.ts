/**
 * polynode's `assert`: Node 16.13.1's `assert` module for the browser.
 * assert, deepStrictEqual and AssertionError with Node 16 messages.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [events, util, assert] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';
import { withMembers } from '../internal/exports.js';

/** Node's `assert.AssertionError`. Not built yet ([events, util, assert]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const AssertionError = /*#__PURE__*/ notImplementedClass('assert.AssertionError');

/** Node's `assert.CallTracker`. Not built yet ([events, util, assert]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const CallTracker = /*#__PURE__*/ notImplementedClass('assert.CallTracker');

/** Node's `assert.deepEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const deepEqual = /*#__PURE__*/ notImplemented('assert.deepEqual');

/** Node's `assert.deepStrictEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const deepStrictEqual = /*#__PURE__*/ notImplemented('assert.deepStrictEqual');

/** Node's `assert.doesNotMatch`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const doesNotMatch = /*#__PURE__*/ notImplemented('assert.doesNotMatch');

/** Node's `assert.doesNotReject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const doesNotReject = /*#__PURE__*/ notImplemented('assert.doesNotReject');

/** Node's `assert.doesNotThrow`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const doesNotThrow = /*#__PURE__*/ notImplemented('assert.doesNotThrow');

/** Node's `assert.equal`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const equal = /*#__PURE__*/ notImplemented('assert.equal');

/** Node's `assert.fail`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fail = /*#__PURE__*/ notImplemented('assert.fail');

/** Node's `assert.ifError`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ifError = /*#__PURE__*/ notImplemented('assert.ifError');

/** Node's `assert.match`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const match = /*#__PURE__*/ notImplemented('assert.match');

/** Node's `assert.notDeepEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const notDeepEqual = /*#__PURE__*/ notImplemented('assert.notDeepEqual');

/** Node's `assert.notDeepStrictEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const notDeepStrictEqual = /*#__PURE__*/ notImplemented('assert.notDeepStrictEqual');

/** Node's `assert.notEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const notEqual = /*#__PURE__*/ notImplemented('assert.notEqual');

/** Node's `assert.notStrictEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const notStrictEqual = /*#__PURE__*/ notImplemented('assert.notStrictEqual');

/** Node's `assert.ok`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ok = /*#__PURE__*/ notImplemented('assert.ok');

/** Node's `assert.rejects`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rejects = /*#__PURE__*/ notImplemented('assert.rejects');

/** Node's `assert.strict`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const strict = /*#__PURE__*/ notImplemented('assert.strict');

/** Node's `assert.strictEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const strictEqual = /*#__PURE__*/ notImplemented('assert.strictEqual');

/** Node's `assert.throws`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const throws = /*#__PURE__*/ notImplemented('assert.throws');

/** Node's `assert` module object: what `import assert from 'assert'` and `require('assert')` give. */
export default /*#__PURE__*/ withMembers(ok, {
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
