/**
 * The assertion functions of Node 16.13.1's `assert`, shared by `assert` and
 * `assert/strict`. Messages, operators, `generatedMessage` and argument errors are Node's
 * (test/golden/node16-assert.json).
 *
 * `assert.ok(value)` without a message: Node reads the caller's source file to quote the
 * expression ("The expression evaluated to a falsy value:\n\n  assert.ok(x)\n"). A browser
 * cannot read the caller's source synchronously, so polynode says what Node says when the
 * source cannot be read (code run by `eval` or `new Function`): `${inspect(value)} == true`,
 * e.g. `false == true`.
 *
 * @packageDocumentation
 */

import {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_MISSING_ARGS,
  ERR_AMBIGUOUS_ARGUMENT,
} from '../internal/errors.js';
import { inspectReceived } from '../internal/inspect-received.js';
import { emitWarning } from '../internal/warnings.js';
import { validateUint32 } from '../internal/validators.js';
import { isDeepEqual, isDeepStrictEqual } from '../internal/comparisons.js';
import { AssertionError, type AssertionErrorOptions } from './assertion-error.js';

const inspect = (value: unknown): string => inspectReceived(value);

/** A message: a string, or an Error thrown instead of the AssertionError. */
export type Message = string | Error;

function innerFail(options: AssertionErrorOptions): never {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

function innerOk(fn: Function, argCount: number, value: unknown, message: unknown): void {
  if (value) return;
  let generated = false;
  if (argCount === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    // Node quotes the source of the call here; without it, the message is generated.
    generated = true;
    message = undefined;
  } else if (message instanceof Error) {
    throw message;
  }
  const error = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  error.generatedMessage = generated;
  throw error;
}

/**
 * Tests that `value` is truthy (Node's `assert.ok`; also `assert(value)`).
 * @param value the value tested.
 * @param message the message, or an Error to throw instead.
 */
export function ok(value?: unknown, message?: Message): asserts value {
  // eslint-disable-next-line prefer-rest-params
  innerOk(ok, arguments.length, value, message);
}

function requireTwo(count: number): void {
  if (count < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

/**
 * Tests `actual == expected` (NaN equals NaN).
 * @param message the message, or an Error to throw instead.
 */
export function equal(actual: unknown, expected: unknown, message?: Message): void {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !(Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

/**
 * Tests `actual != expected` (NaN equals NaN).
 * @param message the message, or an Error to throw instead.
 */
export function notEqual(actual: unknown, expected: unknown, message?: Message): void {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

/**
 * Tests loose deep equality (Node's `assert.deepEqual`).
 * @param message the message, or an Error to throw instead.
 */
export function deepEqual(actual: unknown, expected: unknown, message?: Message): void {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
}

/**
 * Tests loose deep inequality (Node's `assert.notDeepEqual`).
 * @param message the message, or an Error to throw instead.
 */
export function notDeepEqual(actual: unknown, expected: unknown, message?: Message): void {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

/**
 * Tests strict deep equality (Node's `assert.deepStrictEqual`).
 * @param message the message, or an Error to throw instead.
 */
export function deepStrictEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

/**
 * Tests strict deep inequality (Node's `assert.notDeepStrictEqual`).
 * @param message the message, or an Error to throw instead.
 */
export function notDeepStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

/**
 * Tests `Object.is(actual, expected)` (Node's `assert.strictEqual`).
 * @param message the message, or an Error to throw instead.
 */
export function strictEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
}

/**
 * Tests `!Object.is(actual, expected)` (Node's `assert.notStrictEqual`).
 * @param message the message, or an Error to throw instead.
 */
export function notStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

let warnedFail = false;

/**
 * Throws an AssertionError (Node's `assert.fail`): `fail()`, `fail(message)`, or the
 * deprecated `fail(actual, expected, message, operator)` (warns DEP0094 once).
 */
export function fail(actual?: unknown, expected?: unknown, message?: Message, operator?: string, stackStartFn?: Function): never {
  const count = arguments.length;
  let generated = false;
  if (actual == null && count <= 1) {
    generated = true;
    message = 'Failed';
  } else if (count === 1) {
    message = actual as Message;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      emitWarning(
        'assert.fail() with more than one argument is deprecated. Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (count === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const error = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn ?? fail,
    message,
  });
  if (generated) error.generatedMessage = true;
  throw error;
}

/**
 * Throws `value` wrapped in an AssertionError when it is neither null nor undefined
 * (Node's `assert.ifError`).
 */
export function ifError(value: unknown): void {
  if (value === null || value === undefined) return;
  let message = 'ifError got unwanted exception: ';
  const error = value as { message?: unknown; constructor?: { name?: string } };
  if (typeof value === 'object' && typeof error.message === 'string') {
    if (error.message.length === 0 && error.constructor) message += String(error.constructor.name);
    else message += error.message;
  } else {
    message += inspect(value);
  }
  const wrapped = new AssertionError({ actual: value, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  // The original stack follows the new one's first line, as in Node.
  const original = (value as { stack?: unknown } | null)?.stack;
  if (typeof original === 'string' && typeof wrapped.stack === 'string') {
    const head = wrapped.stack.split('\n')[0];
    wrapped.stack = `${head}\n${original}`;
  }
  throw wrapped;
}

// ---------------------------------------------------------------------------------------
// match / doesNotMatch
// ---------------------------------------------------------------------------------------

const isRegExp = (value: unknown): value is RegExp => {
  if (typeof value !== 'object' || value === null || value === RegExp.prototype) return false;
  try {
    Object.getOwnPropertyDescriptor(RegExp.prototype, 'source')!.get!.call(value);
    return true;
  } catch {
    return false;
  }
};

function internalMatch(text: unknown, regexp: unknown, message: Message | undefined, fn: Function, wanted: boolean): void {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof text === 'string' && (RegExp.prototype.exec.call(regexp, text) !== null) === wanted) return;
  if (message instanceof Error) throw message;
  const generated = !message;
  let text2: string;
  if (message) text2 = message;
  else if (typeof text !== 'string') {
    text2 = `The "string" argument must be of type string. Received type ${typeof text} (${inspect(text)})`;
  } else {
    text2 =
      `${wanted ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression '}` +
      `${inspect(regexp)}. Input:\n\n${inspect(text)}\n`;
  }
  const error = new AssertionError({ actual: text, expected: regexp, message: text2, operator: fn.name, stackStartFn: fn });
  error.generatedMessage = generated;
  throw error;
}

/** Tests that `string` matches `regexp` (Node's `assert.match`). */
export function match(string: string, regexp: RegExp, message?: Message): void {
  internalMatch(string, regexp, message, match, true);
}

/** Tests that `string` does not match `regexp` (Node's `assert.doesNotMatch`). */
export function doesNotMatch(string: string, regexp: RegExp, message?: Message): void {
  internalMatch(string, regexp, message, doesNotMatch, false);
}

// ---------------------------------------------------------------------------------------
// throws / doesNotThrow / rejects / doesNotReject
// ---------------------------------------------------------------------------------------

/** What `throws` accepts as the expected error. */
export type ErrorExpectation = Function | RegExp | object | Error;

const NOTHING = Symbol('nothing thrown');

/** The keys of a validation object, shown in its diff as an instance of `Comparison`. */
class Comparison {
  constructor(source: Record<string, unknown>, keys: string[], actual?: Record<string, unknown>) {
    for (const key of keys) {
      if (!(key in source)) continue;
      const wanted = source[key];
      const self = this as unknown as Record<string, unknown>;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(wanted) && RegExp.prototype.exec.call(wanted, actual[key] as string) !== null) {
        self[key] = actual[key];
      } else {
        self[key] = wanted;
      }
    }
  }
}

const isErrorObject = (value: unknown): value is Error =>
  value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';

function compareKey(actual: Record<string, unknown>, expected: Record<string, unknown>, key: string, message: Message | undefined, keys: string[], fn: Function): void {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const left = new Comparison(actual, keys);
    const right = new Comparison(expected, keys, actual);
    const error = new AssertionError({ actual: left, expected: right, operator: 'deepStrictEqual', stackStartFn: fn });
    error.actual = actual;
    error.expected = expected;
    error.operator = fn.name;
    throw error;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function checkExpected(actual: unknown, expected: ErrorExpectation, message: Message | undefined, fn: Function): void {
  let generated = true;
  let text: string;
  if (isRegExp(expected)) {
    const shown = String(actual);
    if (RegExp.prototype.exec.call(expected, shown) !== null) return;
    if (message) {
      generated = false;
      text = message as string;
    } else {
      text = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(shown)}\n`;
    }
  } else if (typeof expected !== 'function') {
    if (typeof actual !== 'object' || actual === null) {
      const error = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      error.operator = fn.name;
      throw error;
    }
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
    const got = actual as Record<string, unknown>;
    const want = expected as Record<string, unknown>;
    for (const key of keys) {
      if (typeof got[key] === 'string' && isRegExp(want[key]) && RegExp.prototype.exec.call(want[key], got[key] as string) !== null) continue;
      compareKey(got, want, key, message, keys, fn);
    }
    return;
  } else if ((expected as { prototype?: unknown }).prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (message) {
      generated = false;
      text = message as string;
    } else {
      text = `The error is expected to be an instance of "${String(expected.name)}". Received `;
      if (isErrorObject(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) text += 'an error with identical name but a different prototype.';
        else text += `"${name}"`;
        if (actual.message) text += `\n\nError message:\n\n${actual.message}`;
      } else {
        text += `"${inspectReceived(actual, -1)}"`;
      }
    }
  } else {
    const result: unknown = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (message) {
      generated = false;
      text = message as string;
    } else {
      const name = expected.name ? `"${expected.name}" ` : '';
      text = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (isErrorObject(actual)) text += `\n\nCaught error:\n\n${String(actual)}`;
    }
  }
  if (message instanceof Error) throw message;
  const error = new AssertionError({ actual, expected, message: text, operator: fn.name, stackStartFn: fn });
  error.generatedMessage = generated;
  throw error;
}

const EXPECTED_KINDS = ['Object', 'Error', 'Function', 'RegExp'];

function expectsError(fn: Function, actual: unknown, expected: unknown, message: unknown, argCount: number): void {
  if (typeof expected === 'string') {
    if (argCount === 4) throw new ERR_INVALID_ARG_TYPE('error', EXPECTED_KINDS, expected);
    if (typeof actual === 'object' && actual !== null) {
      if ((actual as Error).message === expected) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${(actual as Error).message}" is identical to the message.`);
      }
    } else if (actual === expected) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${String(actual)}" is identical to the message.`);
    }
    message = expected;
    expected = undefined;
  } else if (expected != null && typeof expected !== 'object' && typeof expected !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', EXPECTED_KINDS, expected);
  }
  if (actual === NOTHING) {
    let details = '';
    const name = (expected as { name?: unknown } | undefined)?.name;
    if (expected && name) details += ` (${String(name)})`;
    details += message ? `: ${String(message)}` : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected, operator: fn.name, message: `Missing expected ${kind}${details}`, stackStartFn: fn });
  }
  if (!expected) return;
  checkExpected(actual, expected as ErrorExpectation, message as Message | undefined, fn);
}

function matchesError(actual: unknown, expected: unknown): boolean {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if ((expected as { prototype?: unknown }).prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return (expected as (this: object, e: unknown) => unknown).call({}, actual) === true;
}

function expectsNoError(fn: Function, actual: unknown, expected: unknown, message: unknown): void {
  if (actual === NOTHING) return;
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  if (!expected || matchesError(actual, expected)) {
    const details = message ? `: ${String(message)}` : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${String((actual as { message?: unknown } | null)?.message)}"`,
      stackStartFn: fn,
    });
  }
  throw actual;
}

function run(fn: unknown): unknown {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    (fn as () => unknown)();
  } catch (error) {
    return error;
  }
  return NOTHING;
}

const isPromiseLike = (value: unknown): value is Promise<unknown> =>
  value instanceof Promise ||
  Object.prototype.toString.call(value) === '[object Promise]' ||
  (value !== null &&
    typeof value === 'object' &&
    typeof (value as { then?: unknown }).then === 'function' &&
    typeof (value as { catch?: unknown }).catch === 'function');

async function settle(promiseFn: unknown): Promise<unknown> {
  let promise: unknown;
  if (typeof promiseFn === 'function') {
    promise = (promiseFn as () => unknown)();
    if (!isPromiseLike(promise)) throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return NOTHING;
}

/**
 * Tests that `fn` throws, and that the error matches `error` (a class, a RegExp, a
 * validation function or an object of expected properties) (Node's `assert.throws`).
 */
export function throws(fn: () => unknown, error?: ErrorExpectation | string, message?: Message): void {
  // eslint-disable-next-line prefer-rest-params
  expectsError(throws, run(fn), error, message, arguments.length);
}

/** Tests that the promise (or the promise `fn` returns) rejects, as `throws` tests (Node's `assert.rejects`). */
export async function rejects(promiseFn: Promise<unknown> | (() => Promise<unknown>), error?: ErrorExpectation | string, message?: Message): Promise<void> {
  // eslint-disable-next-line prefer-rest-params
  const count = arguments.length;
  expectsError(rejects, await settle(promiseFn), error, message, count);
}

/** Tests that `fn` does not throw (an error matching `error`) (Node's `assert.doesNotThrow`). */
export function doesNotThrow(fn: () => unknown, error?: Function | RegExp | string, message?: Message): void {
  expectsNoError(doesNotThrow, run(fn), error, message);
}

/** Tests that the promise (or the promise `fn` returns) does not reject (Node's `assert.doesNotReject`). */
export async function doesNotReject(promiseFn: Promise<unknown> | (() => Promise<unknown>), error?: Function | RegExp | string, message?: Message): Promise<void> {
  expectsNoError(doesNotReject, await settle(promiseFn), error, message);
}

// ---------------------------------------------------------------------------------------
// CallTracker
// ---------------------------------------------------------------------------------------

interface Tracked {
  exact: number;
  actual: number;
  name: string;
  stack: Error;
}

/** One failed expectation of `CallTracker.report()`. */
export interface CallTrackerReportInformation {
  message: string;
  actual: number;
  expected: number;
  operator: string;
  stack: object;
}

/** Node's `assert.CallTracker`: counts calls of wrapped functions and checks them in `verify()`. */
export class CallTracker {
  #tracked = new Set<Tracked>();

  /**
   * Wraps `fn` (a no-op by default), expecting it to be called `exact` times (default 1).
   */
  calls<F extends (...args: never[]) => unknown>(fn?: F | number, exact = 1): F {
    if (typeof fn === 'number') {
      exact = fn;
      fn = undefined;
    }
    const target = (fn ?? function calls() {}) as F;
    validateUint32(exact, 'exact', true);
    const entry: Tracked = { exact, actual: 0, name: target.name || 'calls', stack: new Error() };
    this.#tracked.add(entry);
    const tracked = this.#tracked;
    return function (this: unknown, ...args: never[]): unknown {
      entry.actual++;
      if (entry.actual === entry.exact) tracked.delete(entry);
      else if (entry.actual === entry.exact + 1) tracked.add(entry);
      return Reflect.apply(target, this, args);
    } as unknown as F;
  }

  /** The wrapped functions not called their expected number of times. */
  report(): CallTrackerReportInformation[] {
    const out: CallTrackerReportInformation[] = [];
    for (const entry of this.#tracked) {
      out.push({
        message: `Expected the ${entry.name} function to be executed ${entry.exact} time(s) but was executed ${entry.actual} time(s).`,
        actual: entry.actual,
        expected: entry.exact,
        operator: entry.name,
        stack: entry.stack,
      });
    }
    return out;
  }

  /** Throws an AssertionError when a wrapped function was not called its expected number of times. */
  verify(): void {
    const details = this.report();
    if (details.length > 0) {
      throw new AssertionError({ message: 'Function(s) were not called the expected number of times', details });
    }
  }
}
