/**
 * polynode's `assert`: Node 16.13.1's `assert` module for the browser. Every assertion,
 * `AssertionError` with Node's messages (the `+ actual - expected` diff included),
 * `CallTracker`, and strict mode (`assert.strict`, `assert/strict`).
 *
 * Differences from Node, all in messages: `assert.ok(value)` without a message cannot quote
 * the caller's source, so it says what Node says when the source is unreadable
 * (`false == true`); errors nested inside compared values print as `[Error: message]`
 * where Node prints their V8 stack; a few rare kinds of value (WeakMap, Promise, DataView,
 * arguments …) print in util.inspect's compact layout inside diffs.
 *
 * @packageDocumentation
 */
import { withMembers } from '../internal/exports.js';
import {
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
  strictEqual,
  throws,
} from './core.js';
import { AssertionError } from './assertion-error.js';
import { makeStrict } from './make-strict.js';

export {
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
  strictEqual,
  throws,
};

/**
 * Node's `assert.strict`: `ok` in strict mode, carrying every assertion with `equal`,
 * `deepEqual`, `notEqual` and `notDeepEqual` replaced by their strict versions;
 * `strict.strict` is itself.
 */
export const strict = /*#__PURE__*/ makeStrict();

/** The type of the `assert` module object: `ok` carrying every assertion. */
export interface AssertModule {
  (value?: unknown, message?: string | Error): asserts value;
  fail: typeof fail;
  AssertionError: typeof AssertionError;
  ok: typeof ok;
  equal: typeof equal;
  notEqual: typeof notEqual;
  deepEqual: typeof deepEqual;
  notDeepEqual: typeof notDeepEqual;
  deepStrictEqual: typeof deepStrictEqual;
  notDeepStrictEqual: typeof notDeepStrictEqual;
  strictEqual: typeof strictEqual;
  notStrictEqual: typeof notStrictEqual;
  throws: typeof throws;
  rejects: typeof rejects;
  doesNotThrow: typeof doesNotThrow;
  doesNotReject: typeof doesNotReject;
  ifError: typeof ifError;
  match: typeof match;
  doesNotMatch: typeof doesNotMatch;
  CallTracker: typeof CallTracker;
  strict: typeof strict;
}

function assertModule(): AssertModule {
  return withMembers(ok, {
    fail,
    AssertionError,
    ok,
    equal,
    notEqual,
    deepEqual,
    notDeepEqual,
    deepStrictEqual,
    notDeepStrictEqual,
    strictEqual,
    notStrictEqual,
    throws,
    rejects,
    doesNotThrow,
    doesNotReject,
    ifError,
    match,
    doesNotMatch,
    CallTracker,
    strict,
  }) as AssertModule;
}

/** Node's `assert` module object: the `ok` function carrying every assertion (`assert === assert.ok`). */
const assert: AssertModule = /*#__PURE__*/ assertModule();
export default assert;
