// Failing assertions, one per case, run by real Node 16.13.1 (scripts/golden/assert.mjs,
// test/golden/node16-assert.json) and by polynode (test/assert/assert.test.ts), which
// compare what the thrown error says: String(err), message, actual, expected, operator,
// generatedMessage, code, name. Each case builds its values afresh.
//
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.

class Foo {
  constructor() {
    this.a = 1;
  }
}
class Bar {
  constructor() {
    this.a = 1;
  }
}
class MyError extends Error {}

const long = (n, c = 'x') => c.repeat(n);
const err = (message, Ctor = Error) => new Ctor(message);
const boom = () => {
  throw new TypeError('boom');
};
const rejectWith = (value) => () => Promise.reject(value);

/** `[name, (assert) => unknown]`: each call must throw or return a promise that rejects. */
export const FAILURES = [
  // ok / assert()
  ['ok() without arguments', (a) => a.ok()],
  ['assert() without arguments', (a) => a()],
  ['ok(false) with a message', (a) => a.ok(false, 'it failed')],
  ['ok(0) with an Error as message', (a) => a.ok(0, new TypeError('custom'))],
  ['ok("") with a message', (a) => a.ok('', 'empty')],
  ['strict.ok(null) with a message', (a) => a.strict.ok(null, 'nope')],
  // equal / notEqual
  ['equal(1, 2)', (a) => a.equal(1, 2)],
  ['equal("a", "b")', (a) => a.equal('a', 'b')],
  ['equal(NaN, 1)', (a) => a.equal(NaN, 1)],
  ['equal({}, {})', (a) => a.equal({}, {})],
  ['equal(null, 0)', (a) => a.equal(null, 0)],
  ['equal with a message', (a) => a.equal(1, 2, 'one is not two')],
  ['equal with an Error message', (a) => a.equal(1, 2, new RangeError('mine'))],
  ['notEqual(1, "1")', (a) => a.notEqual(1, '1')],
  ['notEqual(null, undefined)', (a) => a.notEqual(null, undefined)],
  ['notEqual with a message', (a) => a.notEqual(1, 1, 'same')],
  ['equal of long strings', (a) => a.equal(long(50), long(50, 'y'))],
  ['equal of an array and a string', (a) => a.equal([1, 2], '1,3')],
  // strictEqual
  ['strictEqual(1, 2)', (a) => a.strictEqual(1, 2)],
  ['strictEqual(1, "1")', (a) => a.strictEqual(1, '1')],
  ['strictEqual(0, -0)', (a) => a.strictEqual(0, -0)],
  ['strictEqual(-0, 0)', (a) => a.strictEqual(-0, 0)],
  ['strictEqual(NaN, 0)', (a) => a.strictEqual(NaN, 0)],
  ['strictEqual(null, undefined)', (a) => a.strictEqual(null, undefined)],
  ['strictEqual(true, false)', (a) => a.strictEqual(true, false)],
  ['strictEqual(1n, 1)', (a) => a.strictEqual(1n, 1)],
  ['strictEqual of symbols', (a) => a.strictEqual(Symbol('a'), Symbol('a'))],
  ['strictEqual of short strings', (a) => a.strictEqual('abc', 'abd')],
  ['strictEqual of strings differing late', (a) => a.strictEqual('hello world foo', 'hello world bar')],
  ['strictEqual of strings differing early', (a) => a.strictEqual('ab hello world', 'ac hello world')],
  ['strictEqual of long strings', (a) => a.strictEqual(long(60), `${long(59)}y`)],
  ['strictEqual of multi-line strings', (a) => a.strictEqual('a\nb\nc', 'a\nB\nc')],
  ['strictEqual of strings with quotes', (a) => a.strictEqual("it's", 'its')],
  ['strictEqual of two empty objects', (a) => a.strictEqual({}, {})],
  ['strictEqual of equal-looking arrays', (a) => a.strictEqual([1, 2], [1, 2])],
  ['strictEqual of different objects', (a) => a.strictEqual({ a: 1 }, { a: 2 })],
  ['strictEqual of an object and a number', (a) => a.strictEqual({ a: 1 }, 1)],
  ['strictEqual of a number and an object', (a) => a.strictEqual(1, { a: 1 })],
  ['strictEqual of functions', (a) => a.strictEqual(function f() {}, function f() {})],
  ['strictEqual of 1 and 10', (a) => a.strictEqual(1, 10)],
  ['strictEqual with a message', (a) => a.strictEqual(1, 2, 'custom message')],
  ['strictEqual with an Error message', (a) => a.strictEqual(1, 2, new TypeError('typed'))],
  ['strict.equal(1, "1")', (a) => a.strict.equal(1, '1')],
  ['notStrictEqual(1, 1)', (a) => a.notStrictEqual(1, 1)],
  ['notStrictEqual("a", "a")', (a) => a.notStrictEqual('a', 'a')],
  ['notStrictEqual of one object', (a) => {
    const o = { a: 1, b: [1, 2] };
    a.notStrictEqual(o, o);
  }],
  ['notStrictEqual of NaN', (a) => a.notStrictEqual(NaN, NaN)],
  ['notStrictEqual with a message', (a) => a.notStrictEqual(2, 2, 'equal')],
  ['notStrictEqual of a multi-line string', (a) => a.notStrictEqual('a\nb', 'a\nb')],
  // deepStrictEqual
  ['deepStrictEqual of objects with one differing leaf', (a) => a.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })],
  ['deepStrictEqual of flat objects', (a) => a.deepStrictEqual({ a: 1 }, { a: 2 })],
  ['deepStrictEqual of arrays', (a) => a.deepStrictEqual([1, 2, 3], [1, 2, 4])],
  ['deepStrictEqual of arrays of different lengths', (a) => a.deepStrictEqual([1, 2, 3], [1, 2])],
  ['deepStrictEqual of numbers and strings', (a) => a.deepStrictEqual([1], ['1'])],
  ['deepStrictEqual of different prototypes', (a) => a.deepStrictEqual(new Foo(), new Bar())],
  ['deepStrictEqual of a class instance and a plain object', (a) => a.deepStrictEqual(new Foo(), { a: 1 })],
  ['deepStrictEqual of -0 and 0', (a) => a.deepStrictEqual(-0, 0)],
  ['deepStrictEqual of [-0] and [0]', (a) => a.deepStrictEqual([-0], [0])],
  ['deepStrictEqual of primitives', (a) => a.deepStrictEqual(1, 2)],
  ['deepStrictEqual of strings', (a) => a.deepStrictEqual('a', 'b')],
  ['deepStrictEqual of Maps', (a) => a.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']]))],
  ['deepStrictEqual of Sets', (a) => a.deepStrictEqual(new Set([1, 2]), new Set([1, 3]))],
  ['deepStrictEqual of Dates', (a) => a.deepStrictEqual(new Date(0), new Date(1000))],
  ['deepStrictEqual of RegExps', (a) => a.deepStrictEqual(/a/g, /a/i)],
  ['deepStrictEqual of Errors', (a) => a.deepStrictEqual(err('a'), err('b'))],
  ['deepStrictEqual of boxed and primitive', (a) => a.deepStrictEqual(new Number(1), 1)],
  ['deepStrictEqual of null-prototype objects', (a) => a.deepStrictEqual(Object.create(null), {})],
  ['deepStrictEqual of nested objects', (a) => a.deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } })],
  ['deepStrictEqual of many lines', (a) => {
    const x = Array.from({ length: 40 }, (_, i) => i);
    const y = x.slice();
    y[20] = 'changed';
    a.deepStrictEqual(x, y);
  }],
  ['deepStrictEqual of several distant changes', (a) => {
    const x = Array.from({ length: 30 }, (_, i) => i);
    const y = x.slice();
    y[2] = -1;
    y[27] = -1;
    a.deepStrictEqual(x, y);
  }],
  ['deepStrictEqual of identical-looking objects', (a) => a.deepStrictEqual({ a: NaN, b: [Symbol.for('x')] }, { a: NaN, b: [Symbol.for('y')] })],
  ['deepStrictEqual with a message', (a) => a.deepStrictEqual({ a: 1 }, { a: 2 }, 'deep message')],
  ['deepStrictEqual of typed arrays', (a) => a.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))],
  ['deepStrictEqual of an array and an object', (a) => a.deepStrictEqual([1], { 0: 1 })],
  ['deepStrictEqual of objects with sorted keys', (a) => a.deepStrictEqual({ b: 1, a: 2 }, { a: 2, b: 2 })],
  ['deepStrictEqual of a long string in an object', (a) => a.deepStrictEqual({ s: long(100) }, { s: long(101) })],
  ['deepStrictEqual of undefined and null', (a) => a.deepStrictEqual(undefined, null)],
  ['deepStrictEqual of nested arrays', (a) => a.deepStrictEqual([[1, [2, [3]]]], [[1, [2, [4]]]])],
  ['deepStrictEqual of a string and an object', (a) => a.deepStrictEqual('x', { x: 1 })],
  ['notDeepStrictEqual of equal objects', (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 })],
  ['notDeepStrictEqual of one object', (a) => {
    const o = { a: [1, 2] };
    a.notDeepStrictEqual(o, o);
  }],
  ['notDeepStrictEqual of equal numbers', (a) => a.notDeepStrictEqual(1, 1)],
  ['notDeepStrictEqual with a message', (a) => a.notDeepStrictEqual([1], [1], 'same arrays')],
  // deepEqual (loose)
  ['deepEqual of objects', (a) => a.deepEqual({ a: 1 }, { a: 2 })],
  ['deepEqual of arrays', (a) => a.deepEqual([1, 2], [1, 3])],
  ['deepEqual of primitives', (a) => a.deepEqual(1, 2)],
  ['deepEqual of strings', (a) => a.deepEqual('a', 'b')],
  ['deepEqual of Sets', (a) => a.deepEqual(new Set([1]), new Set([2]))],
  ['deepEqual with a message', (a) => a.deepEqual(1, 2, 'loose message')],
  ['deepEqual of big objects', (a) => a.deepEqual({ a: long(30), b: long(30), c: [1, 2, 3] }, { a: long(30), b: long(30), c: [1, 2] })],
  ['notDeepEqual of equal objects', (a) => a.notDeepEqual({ a: 1 }, { a: '1' })],
  ['notDeepEqual of equal numbers', (a) => a.notDeepEqual(1, '1')],
  // fail
  ['fail()', (a) => a.fail()],
  ['fail(message)', (a) => a.fail('custom failure')],
  ['fail(Error)', (a) => a.fail(new TypeError('failing'))],
  ['fail(actual, expected)', (a) => a.fail(1, 2)],
  ['fail(actual, expected, message)', (a) => a.fail(1, 2, 'three')],
  ['fail(actual, expected, undefined, operator)', (a) => a.fail(1, 2, undefined, '>')],
  ['fail(actual, expected, message, operator)', (a) => a.fail('a', 'b', 'msg', '<')],
  // match / doesNotMatch
  ['match fails', (a) => a.match('abc', /^b/)],
  ['match of a non-string', (a) => a.match(123, /^1/)],
  ['match with a message', (a) => a.match('abc', /x/, 'no x')],
  ['match with a bad regexp', (a) => a.match('abc', 'abc')],
  ['doesNotMatch fails', (a) => a.doesNotMatch('abc', /b/)],
  ['doesNotMatch of a non-string', (a) => a.doesNotMatch({}, /b/)],
  // ifError
  ['ifError(Error)', (a) => a.ifError(new Error('bad'))],
  ['ifError(TypeError)', (a) => a.ifError(new TypeError('typed'))],
  ['ifError(string)', (a) => a.ifError('a string')],
  ['ifError(0)', (a) => a.ifError(0)],
  ['ifError(false)', (a) => a.ifError(false)],
  ['ifError(object)', (a) => a.ifError({ a: 1 })],
  // throws
  ['throws when nothing is thrown', (a) => a.throws(() => {})],
  ['throws with a message when nothing is thrown', (a) => a.throws(() => {}, 'should throw')],
  ['throws with a class when nothing is thrown', (a) => a.throws(() => {}, TypeError)],
  ['throws with a named function when nothing is thrown', (a) => a.throws(() => {}, function check() {})],
  ['throws with a class that does not match', (a) => a.throws(boom, RangeError)],
  ['throws with an Error subclass that does not match', (a) => a.throws(boom, MyError)],
  ['throws with a RegExp that does not match', (a) => a.throws(boom, /nope/)],
  ['throws with a validation function returning false', (a) => a.throws(boom, () => false)],
  ['throws with a named validation function returning false', (a) => a.throws(boom, function validate() {
    return false;
  })],
  ['throws with an object whose message differs', (a) => a.throws(boom, { message: 'bang' })],
  ['throws with an object whose name differs', (a) => a.throws(boom, { name: 'RangeError', message: 'boom' })],
  ['throws with an object holding a RegExp that does not match', (a) => a.throws(boom, { message: /bang/ })],
  ['throws with an object with a missing key', (a) => a.throws(boom, { code: 'X' })],
  ['throws with an Error object as expected', (a) => a.throws(boom, new TypeError('bang'))],
  ['throws with an empty object', (a) => a.throws(boom, {})],
  ['throws with a non-function', (a) => a.throws('not a function')],
  ['throws with a bad expected', (a) => a.throws(boom, 5)],
  ['throws with an ambiguous message', (a) => a.throws(() => {
    throw new Error('same');
  }, 'same')],
  ['throws with a string thrown and an ambiguous message', (a) => a.throws(() => {
    // eslint-disable-next-line no-throw-literal
    throw 'text';
  }, 'text')],
  ['throws with a message and a matching class that does not match', (a) => a.throws(boom, RangeError, 'my message')],
  ['throws with a primitive thrown and an object', (a) => a.throws(() => {
    // eslint-disable-next-line no-throw-literal
    throw 5;
  }, { message: 'x' })],
  // doesNotThrow
  ['doesNotThrow when something is thrown', (a) => a.doesNotThrow(boom)],
  ['doesNotThrow with a message', (a) => a.doesNotThrow(boom, 'should not throw')],
  ['doesNotThrow with a matching class', (a) => a.doesNotThrow(boom, TypeError)],
  ['doesNotThrow with a matching class and a message', (a) => a.doesNotThrow(boom, TypeError, 'msg')],
  ['doesNotThrow with a matching RegExp', (a) => a.doesNotThrow(boom, /boom/)],
  ['doesNotThrow with a non-matching class rethrows', (a) => a.doesNotThrow(boom, RangeError)],
  ['doesNotThrow with a non-function', (a) => a.doesNotThrow(5)],
  // rejects / doesNotReject
  ['rejects when the promise resolves', (a) => a.rejects(Promise.resolve(1))],
  ['rejects when the function resolves', (a) => a.rejects(() => Promise.resolve(1))],
  ['rejects with a message', (a) => a.rejects(Promise.resolve(), 'must reject')],
  ['rejects with a non-matching class', (a) => a.rejects(rejectWith(new TypeError('r')), RangeError)],
  ['rejects with a non-matching object', (a) => a.rejects(rejectWith(new TypeError('r')), { message: 'q' })],
  ['rejects when the function returns a non-promise', (a) => a.rejects(() => 5)],
  ['rejects with a non-function non-promise', (a) => a.rejects(5)],
  ['rejects when the function throws', (a) => a.rejects(boom)],
  ['doesNotReject when the promise rejects', (a) => a.doesNotReject(Promise.reject(new TypeError('rej')))],
  ['doesNotReject with a matching class', (a) => a.doesNotReject(rejectWith(new TypeError('rej')), TypeError)],
  ['doesNotReject with a message', (a) => a.doesNotReject(rejectWith(new Error('x')), 'no rejection')],
  ['doesNotReject when the function returns a non-promise', (a) => a.doesNotReject(() => 'text')],
  // AssertionError constructed directly
  ['new AssertionError with a message', (a) => {
    throw new a.AssertionError({ message: 'direct', actual: 1, expected: 2, operator: 'strictEqual' });
  }],
  ['new AssertionError without a message', (a) => {
    throw new a.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  }],
  ['new AssertionError for deepStrictEqual', (a) => {
    throw new a.AssertionError({ actual: [1], expected: [2], operator: 'deepStrictEqual' });
  }],
  ['new AssertionError with a custom operator', (a) => {
    throw new a.AssertionError({ actual: 1, expected: 2, operator: 'custom' });
  }],
  ['new AssertionError without options', (a) => {
    throw new a.AssertionError();
  }],
  // argument errors
  ['strictEqual without arguments', (a) => a.strictEqual()],
  ['deepStrictEqual with one argument', (a) => a.deepStrictEqual(1)],
  ['equal without arguments', (a) => a.equal()],
  ['notDeepEqual without arguments', (a) => a.notDeepEqual()],
];

/** Describes `actual`/`expected` the same way in every engine. */
export function describeValue(value) {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? 'number:-0' : `number:${value}`;
    case 'string':
      return `string:${JSON.stringify(value)}`;
    case 'symbol':
      return `symbol:${value.toString()}`;
    case 'bigint':
      return `bigint:${value}`;
    case 'function':
      return `function:${value.name}`;
    case 'object': {
      const ctor = Object.getPrototypeOf(value)?.constructor?.name ?? 'null';
      return value instanceof Error ? `object:${ctor}:${value.message}` : `object:${ctor}`;
    }
    default:
      return `${typeof value}:${String(value)}`;
  }
}

/** What a thrown (or rejected) value says: the fields the golden file records. */
export function describeFailure(error) {
  if (error === undefined) return { threw: false };
  if (typeof error !== 'object' || error === null) return { threw: true, value: describeValue(error) };
  const fields = {
    threw: true,
    string: String(error),
    message: error.message,
    name: error.name,
    code: error.code,
  };
  if (error.code === 'ERR_ASSERTION') {
    Object.assign(fields, {
      actual: describeValue(error.actual),
      expected: describeValue(error.expected),
      operator: error.operator,
      generatedMessage: error.generatedMessage,
    });
  }
  return fields;
}

/** Runs one case: the error it throws or its promise rejects with, described. */
export async function runFailure(assert, fn) {
  let result;
  try {
    result = fn(assert);
  } catch (error) {
    return describeFailure(error);
  }
  if (result && typeof result.then === 'function') {
    try {
      await result;
    } catch (error) {
      return describeFailure(error);
    }
  }
  return describeFailure(undefined);
}
