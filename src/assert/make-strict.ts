/**
 * Builds `assert.strict` (also the default export of `assert/strict`).
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
  type Message,
} from './core.js';
import { AssertionError } from './assertion-error.js';
import { withMembers } from '../internal/exports.js';

/** The type of `assert.strict`: a function asserting truthiness, with every strict assertion. */
export interface StrictAssert {
  (value?: unknown, message?: Message): void;
  [member: string]: unknown;
}

let cached: StrictAssert | undefined;

/** Returns the one `assert.strict` function, creating it on first use. */
export function makeStrict(): StrictAssert {
  if (cached) return cached;
  const strict = function strict(value?: unknown, message?: Message): void {
    // eslint-disable-next-line prefer-rest-params
    if (arguments.length === 0) ok();
    else if (arguments.length === 1) ok(value);
    else ok(value, message);
  } as StrictAssert;
  cached = withMembers(strict, {
    fail,
    AssertionError,
    ok,
    equal: strictEqual,
    notEqual: notStrictEqual,
    deepEqual: deepStrictEqual,
    notDeepEqual: notDeepStrictEqual,
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
  });
  return cached;
}
