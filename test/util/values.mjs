// The values and format calls of util's golden test, built the same way under real Node
// 16.13.1 (scripts/golden/util.mjs writes what Node prints for each, under each option set)
// and in our tests (test/util/inspect.test.ts compares polynode's output value by value, in
// Node and browsers). Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles
// it into the tests. The rules of test/support/received-values.mjs hold here too: errors
// carry hand-set stacks, promises are pending, nothing depends on function source text.
import { RECEIVED_VALUES } from '../support/received-values.mjs';

const withStack = (error, stack) =>
  Object.defineProperty(error, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
const range = (length, map) => Array.from({ length }, (_, i) => map(i));
const custom = Symbol.for('nodejs.util.inspect.custom');

const MORE_VALUES = [
  // Numbers and strings for maxStringLength, colours and breakLength.
  { label: '1234567.891', make: () => 1234567.891 },
  { label: '-1234567', make: () => -1234567 },
  { label: '123456789012345678901234567890n', make: () => 123456789012345678901234567890n },
  { label: '0.000001234', make: () => 0.000001234 },
  { label: "'abcdef'", make: () => 'abcdef' },
  { label: "'abcde'", make: () => 'abcde' },
  { label: "'a\\nb'", make: () => 'a\nb' },
  { label: 'a 45-character string', make: () => 'the quick brown fox jumps over the lazy dog!!' },
  { label: 'object of long strings', make: () => ({ a: 'x'.repeat(30), b: 'y'.repeat(30), c: 'first\nsecond line that is long enough' }) },
  { label: 'array of long strings', make: () => ['x'.repeat(30), 'y'.repeat(45), 'z'] },
  // Arrays for maxArrayLength, grouping and sorting.
  { label: '[3, 1, 2]', make: () => [3, 1, 2] },
  { label: "['b', 'a', 'c'] with keys z, y", make: () => Object.assign(['b', 'a', 'c'], { z: 1, y: 2 }) },
  { label: '[[1, 2, 3], [4, 5, 6]]', make: () => [[1, 2, 3], [4, 5, 6]] },
  { label: 'array of 10 objects', make: () => range(10, (i) => ({ id: i, name: `n${i}` })) },
  { label: '40 numbers', make: () => range(40, (i) => i * i) },
  { label: '12 bigints', make: () => range(12, (i) => BigInt(i) ** 5n) },
  { label: 'array of 8 booleans', make: () => range(8, (i) => i % 3 === 0) },
  { label: 'array of 7 nulls and undefineds', make: () => range(7, (i) => (i % 2 ? null : undefined)) },
  { label: '3 holes then values', make: () => { const a = [, , , 1, 2]; return a; } }, // eslint-disable-line no-sparse-arrays
  { label: 'array of arrays of 20 numbers', make: () => range(3, (j) => range(20, (i) => i + j)) },
  // Objects for sorted, compact, breakLength.
  { label: '{ b: 1, a: 2, c: 3 }', make: () => ({ b: 1, a: 2, c: 3 }) },
  { label: '{ z: { y: 1, x: 2 }, a: [2, 1] }', make: () => ({ z: { y: 1, x: 2 }, a: [2, 1] }) },
  { label: 'object with 3 numeric-like keys', make: () => ({ 10: 'a', 2: 'b', x: 'c' }) },
  { label: 'object with symbol and string keys', make: () => ({ b: 1, [Symbol('a')]: 2, a: 3 }) },
  { label: 'object of 6 short keys', make: () => ({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }) },
  { label: 'object of 12 medium keys', make: () => Object.fromEntries(range(12, (i) => [`key${i}`, `value${i}`])) },
  { label: 'nested 3 levels, short', make: () => ({ a: { b: { c: 1 } }, d: 2 }) },
  { label: 'nested 4 levels, short', make: () => ({ a: { b: { c: { d: 1 } } } }) },
  { label: 'nested 6 levels', make: () => ({ l1: { l2: { l3: { l4: { l5: { l6: 'deep' } } } } } }) },
  { label: 'object with arrays and objects', make: () => ({ list: [1, 2, 3], map: { x: 1, y: 2 }, str: 'hello', n: null }) },
  { label: 'wide nested object', make: () => ({ user: { id: 1, name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin', 'dev'] }, meta: { created: 1234567890, tags: ['a', 'b', 'c'] } }) },
  { label: 'config-like object', make: () => ({ server: { host: 'localhost', port: 8080, tls: { enabled: false, cert: null } }, db: { url: 'postgres://x', pool: { min: 1, max: 10 } }, features: ['a', 'b'] }) },
  { label: 'object with a function', make: () => ({ fn: function inner() {}, arrow: [() => {}][0], n: 1 }) },
  { label: 'object with a class', make: () => ({ Klass: class Named {} }) },
  { label: 'object with a date and regexp', make: () => ({ when: new Date(1e12), re: /a.c/m }) },
  { label: 'object with a map and set', make: () => ({ m: new Map([['k', 'v']]), s: new Set(['a']) }) },
  { label: 'object with a typed array', make: () => ({ bytes: new Uint8Array([1, 2, 3]) }) },
  { label: 'object with a boxed number', make: () => ({ n: new Number(3) }) }, // eslint-disable-line no-new-wrappers
  { label: 'object with an empty array and object', make: () => ({ a: [], o: {} }) },
  // Getters and setters.
  { label: 'getter returning a number', make: () => ({ get n() { return 42; } }) },
  { label: 'getter returning a string', make: () => ({ get s() { return 'str'; } }) },
  { label: 'getter returning null', make: () => ({ get z() { return null; } }) },
  { label: 'getter returning an object', make: () => ({ get o() { return { inner: [1, 2] }; } }) },
  { label: 'getter that throws', make: () => ({ get t() { throw new Error('nope'); } }) },
  { label: 'getter and setter pair', make: () => ({ get gs() { return 7; }, set gs(v) {} }) }, // eslint-disable-line
  { label: 'setter only', make: () => ({ set so(v) {} }) }, // eslint-disable-line
  { label: 'class with prototype accessors', make: () => { class Acc { constructor() { this.own = 1; } get computed() { return 2; } method() {} } return new Acc(); } },
  { label: 'subclass with accessors on two levels', make: () => { class P { get p() { return 1; } } class Q extends P { get q() { return 2; } } return new Q(); } },
  { label: 'getter returning undefined', make: () => ({ get u() { return undefined; } }) },
  { label: 'getter returning a bigint', make: () => ({ get b() { return 10n; } }) },
  // Hidden properties (showHidden).
  { label: 'object with a hidden symbol', make: () => Object.defineProperty({ a: 1 }, Symbol('hid'), { value: 'h' }) },
  { label: 'frozen object with hidden keys', make: () => Object.freeze(Object.defineProperties({}, { x: { value: 1, enumerable: true }, y: { value: 2 } })) },
  { label: "new String('hidden')", make: () => new String('hi') }, // eslint-disable-line no-new-wrappers
  { label: 'new Uint16Array([1, 2])', make: () => new Uint16Array([1, 2]) },
  { label: 'new Float32Array(3)', make: () => new Float32Array([0.5, 1.25, -2]) },
  { label: 'new Int8Array([-128, 127])', make: () => new Int8Array([-128, 127]) },
  { label: 'new Uint8ClampedArray([300])', make: () => new Uint8ClampedArray([300]) },
  { label: 'new Int32Array(10)', make: () => new Int32Array(range(10, (i) => i * 1000)) },
  { label: 'new Uint32Array([2 ** 32 - 1])', make: () => new Uint32Array([2 ** 32 - 1]) },
  { label: 'new BigUint64Array([2n ** 64n - 1n])', make: () => new BigUint64Array([2n ** 64n - 1n]) },
  { label: 'Uint8Array on an offset', make: () => new Uint8Array(new ArrayBuffer(8), 2, 3) },
  { label: 'DataView on an offset', make: () => new DataView(new ArrayBuffer(8), 2, 4) },
  { label: 'ArrayBuffer with bytes', make: () => new Uint8Array([0xde, 0xad, 0xbe, 0xef]).buffer },
  // Maps and sets for sorted and limits.
  { label: 'map of 5 entries', make: () => new Map(range(5, (i) => [`k${4 - i}`, i])) },
  { label: 'set of 5 strings', make: () => new Set(['e', 'd', 'c', 'b', 'a']) },
  { label: 'map with object keys', make: () => new Map([[{ a: 1 }, { b: 2 }], [[1], [2]]]) },
  { label: 'nested maps', make: () => new Map([['outer', new Map([['inner', new Map([['deep', 1]])]])]]) },
  { label: 'set of sets', make: () => new Set([new Set([1]), new Set([2, 3])]) },
  { label: 'map of 30 entries', make: () => new Map(range(30, (i) => [i, i * 2])) },
  { label: 'class SubMap extends Map', make: () => { class SubMap extends Map {} return new SubMap([[1, 2]]); } },
  // Errors.
  { label: 'TypeError with frames', make: () => withStack(new TypeError('bad type'), 'TypeError: bad type\n    at a (b.js:1:1)') },
  { label: 'error with a nested error property', make: () => Object.assign(withStack(new Error('outer'), 'Error: outer'), { inner: withStack(new Error('inner'), 'Error: inner') }) },
  { label: 'array of errors', make: () => [withStack(new Error('a'), 'Error: a'), withStack(new RangeError('b'), 'RangeError: b')] },
  { label: 'error with a multi-line message', make: () => withStack(new Error('line1\nline2'), 'Error: line1\nline2\n    at f (x.js:1:1)') },
  { label: 'error with a node: frame', make: () => withStack(new Error('n'), 'Error: n\n    at f (x.js:1:1)\n    at node:internal/main:1:1') },
  // Functions.
  { label: 'function with two properties', make: () => Object.assign(function twoProps() {}, { a: 1, b: 'two' }) },
  { label: 'function with a nested object property', make: () => Object.assign(function nested() {}, { cfg: { x: { y: 1 } } }) },
  { label: 'class with a static method', make: () => class StaticM { static m() {} } },
  { label: 'class extending a named class', make: () => { class Base {} return class Child extends Base {}; } },
  { label: 'array of functions', make: () => [function a() {}, function b() {}, async function c() {}] },
  // Custom inspect.
  { label: 'custom inspect using options.stylize', make: () => ({ [custom](depth, options) { return options.stylize('styled', 'special'); } }) },
  { label: 'custom inspect returning a multi-line string', make: () => ({ wrapper: { [custom]() { return 'line1\nline2'; } } }) },
  { label: 'custom inspect returning a number', make: () => ({ [custom]() { return 42; } }) },
  { label: 'custom inspect reading options.depth', make: () => ({ [custom](depth, options) { return `d=${depth} o=${options.depth}`; } }) },
  { label: 'custom inspect reading options keys', make: () => ({ [custom](depth, options) { return Object.keys(options).join(','); } }) },
  { label: 'custom inspect returning this', make: () => ({ a: 1, [custom]() { return this; } }) },
  { label: 'non-function custom inspect', make: () => ({ [custom]: 'not a function' }) },
  // Circular structures.
  { label: 'circular through a map', make: () => { const m = new Map(); m.set('self', m); return m; } },
  { label: 'circular through a set', make: () => { const s = new Set(); s.add(s); return s; } },
  { label: 'two separate cycles', make: () => { const a = {}; const b = { a }; a.b = b; const c = { c: null }; c.c = c; return { a, c }; } },
  { label: 'circular function property', make: () => { const f = function cyc() {}; f.self = f; return f; } },
  // Boxed primitives with extras.
  { label: 'boxed number with a property', make: () => Object.assign(new Number(7), { unit: 'kg' }) }, // eslint-disable-line no-new-wrappers
  { label: 'boxed boolean true', make: () => new Boolean(true) }, // eslint-disable-line no-new-wrappers
  { label: "Object(Symbol.for('x'))", make: () => Object(Symbol.for('x')) },
  // Null prototypes.
  { label: 'null-prototype object nested', make: () => ({ inner: Object.assign(Object.create(null), { k: 'v' }) }) },
  { label: 'null-prototype map', make: () => Object.setPrototypeOf(new Map([[1, 2]]), null) },
  { label: 'null-prototype set', make: () => Object.setPrototypeOf(new Set([1]), null) },
  { label: 'null-prototype date', make: () => Object.setPrototypeOf(new Date(0), null) },
  { label: 'null-prototype error', make: () => Object.setPrototypeOf(withStack(new Error('np'), 'Error: np'), null) },
  { label: 'null-prototype typed array', make: () => Object.setPrototypeOf(new Uint8Array([1, 2]), null) },
  // Mixed realistic payloads.
  { label: 'an HTTP-like request object', make: () => ({ method: 'GET', url: '/api/items?limit=10', headers: { host: 'example.com', accept: '*/*', 'user-agent': 'polynode/1.0' }, body: null }) },
  { label: 'a list of records', make: () => range(5, (i) => ({ id: i, tags: ['t1', 't2'], score: i / 3, active: i % 2 === 0 })) },
  { label: 'a deep tree', make: () => { const node = (d) => (d === 0 ? { leaf: true } : { left: node(d - 1), right: node(d - 1) }); return node(4); } },
  { label: 'matrix 5x5', make: () => range(5, (i) => range(5, (j) => i * 5 + j)) },
  { label: 'an event-like object', make: () => ({ type: 'click', target: { id: 'btn', classList: ['a', 'b'] }, timeStamp: 1234.5, bubbles: true }) },
  { label: 'a long array of words', make: () => 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(' ') },
  { label: 'numbers with decimals', make: () => [0.1, 0.25, 1.5, 10.125, 100.0625, 1000.5, -2.75, 3] },
  { label: 'keys that are reserved words', make: () => ({ class: 1, function: 2, if: 3, null: 4 }) },
  { label: 'unicode keys', make: () => ({ 'é': 1, '日本': 2, 'a\nb': 3 }) },
  { label: 'a string with quotes in an array', make: () => ["it's", '"q"', '`b`'] },
  { label: 'object with -0 and NaN', make: () => ({ negZero: -0, nan: NaN, inf: -Infinity }) },
  { label: 'object with bigints', make: () => ({ big: 2n ** 70n, small: -3n }) },
  { label: 'object with symbols as values', make: () => ({ s: Symbol('v'), t: Symbol.asyncIterator }) },
  { label: 'arguments with objects', make: () => (function () { return arguments; })({ a: 1 }, [2]) }, // eslint-disable-line prefer-rest-params
  { label: 'Object with a Symbol.toStringTag class', make: () => { class T { get [Symbol.toStringTag]() { return 'T2'; } } return new T(); } },
  { label: 'Math', make: () => Math },
  { label: 'JSON', make: () => JSON },
  { label: 'Reflect-like empty frozen object', make: () => Object.freeze({}) },
  { label: 'sealed array', make: () => Object.seal([1, 2]) },
  { label: 'array of 120 strings', make: () => range(120, (i) => `s${i}`) },
  { label: 'array of 101 objects', make: () => range(101, (i) => ({ i })) },
  { label: 'map with long keys', make: () => new Map([['a'.repeat(40), 'b'.repeat(40)]]) },
  { label: 'set of long strings', make: () => new Set(['a'.repeat(50), 'b'.repeat(50)]) },
  { label: 'object with 30 keys of numbers', make: () => Object.fromEntries(range(30, (i) => [`k${i}`, i])) },
  { label: 'array with negative numbers', make: () => [-1, -22, -333, -4444, 5, 66, 777] },
  { label: 'array of mixed short items', make: () => [1, 'a', true, null, 2, 'b', false, undefined, 3] },
  { label: 'promise in an object', make: () => ({ p: new Promise(() => {}) }) },
  { label: 'weak collections in an object', make: () => ({ wm: new WeakMap(), ws: new WeakSet() }) },
  { label: 'empty typed arrays of each kind', make: () => [new Int8Array(0), new Float64Array(0), new BigInt64Array(0)] },
  { label: 'array buffer of 3 bytes in an array', make: () => [new Uint8Array([1, 2, 3]).buffer] },
  { label: 'object with __proto__ and constructor keys', make: () => { const o = JSON.parse('{"__proto__": {"a": 1}}'); o.constructor = 'c'; return o; } },
  { label: 'object with numeric string keys', make: () => ({ '01': 1, '1.5': 2, '-1': 3 }) },
  { label: 'deeply nested arrays', make: () => [1, [2, [3, [4, [5, [6, [7]]]]]]] },
  { label: 'a string of 200 characters in an object', make: () => ({ long: 'ab'.repeat(100) }) },
  { label: 'a multiline string in an array', make: () => ['line one that is long enough\nline two that is long enough'] },
  { label: 'new Map([[1, 2]]).entries()', make: () => new Map([[1, 2]]).entries() },
  { label: "new Set(['a']).values()", make: () => new Set(['a']).values() },
  { label: 'an async arrow function', make: () => [async (x) => x][0] },
  { label: 'an async generator object', make: () => (async function* agen() {})() },
  { label: 'an escaped-heavy string', make: () => '\u0000\u0001\t\n\u001f\u007f"\'`\\' },
];

/** `label`, `make` (a fresh value), as in test/support/received-values.mjs. */
export const UTIL_VALUES = [...RECEIVED_VALUES.map(({ label, make }) => ({ label, make })), ...MORE_VALUES];

/** The option sets every value is inspected with (`label` names them in the golden file). */
export const OPTION_SETS = [
  { label: 'defaults', options: undefined },
  { label: 'depth 0', options: { depth: 0 } },
  { label: 'depth null', options: { depth: null } },
  { label: 'showHidden', options: { showHidden: true } },
  { label: 'compact false', options: { compact: false } },
  { label: 'compact 1', options: { compact: 1 } },
  { label: 'compact true', options: { compact: true } },
  { label: 'breakLength 40', options: { breakLength: 40 } },
  { label: 'breakLength Infinity', options: { breakLength: Infinity } },
  { label: 'sorted', options: { sorted: true } },
  { label: 'sorted reversed', options: { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) } },
  { label: 'getters', options: { getters: true } },
  { label: "getters 'get'", options: { getters: 'get' } },
  { label: "getters 'set'", options: { getters: 'set' } },
  { label: 'colors', options: { colors: true } },
  { label: 'maxArrayLength 2', options: { maxArrayLength: 2 } },
  { label: 'maxArrayLength 0', options: { maxArrayLength: 0 } },
  { label: 'maxStringLength 5', options: { maxStringLength: 5 } },
  { label: 'numericSeparator', options: { numericSeparator: true } },
  { label: 'customInspect false', options: { customInspect: false } },
];

/** util.format calls: `make` returns the argument list. */
export const FORMAT_CASES = [
  ...[
    ['%s', 'str'], ['%s', 42], ['%s', -0], ['%s', 5n], ['%s', Symbol('sym')], ['%s', null], ['%s', undefined], ['%s', true],
    ['%s', { a: 1 }], ['%s', { a: { b: { c: 1 } } }], ['%s', [1, [2, [3]]]], ['%s', new Date(0)], ['%s', /re/g],
    ['%s', new Map([[1, 2]])], ['%s', new Set([1])], ['%s', Object.create(null)], ['%s', new Uint8Array(2)],
    ['%d', 42], ['%d', '42'], ['%d', '0x10'], ['%d', -0], ['%d', 5n], ['%d', Symbol('x')], ['%d', {}], ['%d', []],
    ['%d', '1.5e3'], ['%d', null], ['%d', undefined], ['%d', ''], ['%d', true],
    ['%i', 42.9], ['%i', '42.5abc'], ['%i', -0.5], ['%i', 5n], ['%i', Symbol('x')], ['%i', '0x1f'], ['%i', {}],
    ['%f', '1.5'], ['%f', '1e3'], ['%f', 'abc'], ['%f', -0], ['%f', Symbol('x')], ['%f', 5n], ['%f', '  3.25 '],
    ['%j', { a: 1, b: [1, 2] }], ['%j', 'str'], ['%j', undefined], ['%j', 1], ['%j', null], ['%j', [undefined]],
    ['%o', { a: 1 }], ['%o', [1, 2]], ['%o', { a: { b: { c: { d: { e: 1 } } } } }], ['%o', 'str'], ['%o', 42],
    ['%O', { a: 1 }], ['%O', { a: { b: { c: { d: 1 } } } }], ['%O', 'str'], ['%O', [1, 'a']],
    ['%c', 'color: red'], ['%c%s', 'css', 'text'], ['%%'], ['%%', 1], ['%%s', 1], ['100%'], ['100%', 1], ['%'], ['%', 1],
    ['%x', 1], ['%s %s', 'a'], ['%s %s', 'a', 'b', 'c'], ['%s', 'a', { b: 1 }], ['a', 'b', 'c'], ['a', 1, { x: 1 }],
    [1, 2, 3], [{ a: 1 }, 'str', 5], [], [undefined], [null, 'x'], ['%s:%d', 'port', 80], ['%s=%j', 'k', { v: [1] }],
    ['%d%%', 50], ['%s%', 'x'], ['%%%s', 'y'], ['%s', '%s', 'z'], ['no format', 'extra'], ['%s', 'line1\nline2'],
    ['%s', withStack(new Error('e'), 'Error: e\n    at f (x.js:1:1)')], ['%s', [withStack(new Error('e'), 'Error: e')]], ['%O', new Date(0)], ['%d %i %f', '1.9', '1.9', '1.9'],
    ['%s', -0.0], ['%s', 1e21], ['%s', NaN], ['%s', [-0]], ['%s', { toString() { return 'custom toString'; } }],
    ['%s', Object.assign(Object.create({ toString() { return 'inherited toString'; } }), {})],
    ['%s', new (class Foo { toString() { return 'Foo!'; } })()], ['%s', new (class Bar {})()],
    ['%s', function fn() {}], ['%s', class K {}], ['%s', () => {}], ['%s', [function g() {}]],
    ['%s', 'x'.repeat(20)], ['%O', 'x'.repeat(100)], ['%s', { long: 'x'.repeat(100) }],
    ['%s %o', 'mix', { a: [1, 2, { b: 3 }] }], ['%j', { toJSON() { return 'json!'; } }],
    ['%s', new Number(1)], ['%s', new String('boxed')], ['%s', Object(1n)], ['%d', new Number(5)],
  ].map((args, i) => ({ label: `format #${i}: ${args.length ? String(typeof args[0] === 'symbol' ? 'sym' : args[0]).slice(0, 20) : '(none)'}`, make: () => args })),
  { label: '%j of a circular object', make: () => { const o = {}; o.o = o; return ['%j', o]; } },
  { label: '%s of a circular object', make: () => { const o = { x: 1 }; o.o = o; return ['%s', o]; } },
  { label: 'circular as an extra argument', make: () => { const o = {}; o.o = o; return ['x', o]; } },
];

/** formatWithOptions calls: `options` and the argument list. */
export const FORMAT_WITH_OPTIONS_CASES = [
  { label: 'colors on an object', options: { colors: true }, make: () => ['%O', { a: 1, s: 'x' }] },
  { label: 'colors with %s of a number', options: { colors: true }, make: () => ['%s %d', 1, 2] },
  { label: 'depth 0 extra argument', options: { depth: 0 }, make: () => ['x', { a: { b: 1 } }] },
  { label: 'compact false', options: { compact: false }, make: () => [{ a: 1 }] },
  { label: 'showHidden %s', options: { showHidden: true }, make: () => ['%s', [1]] },
  { label: 'breakLength 10 %o', options: { breakLength: 10 }, make: () => ['%o', { abc: 1, def: 2 }] },
  { label: 'sorted extra argument', options: { sorted: true }, make: () => [{ b: 1, a: 2 }] },
  { label: 'array options', options: [], make: () => ['%s', 1] },
];

/** Strings for util.stripVTControlCharacters and util.toUSVString. */
export const STRING_CASES = [
  'plain', '\u001b[31mred\u001b[39m', '\u001b[1;4mbold underline\u001b[0m', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007',
  '\u009b1mcsi', '\u001b[2Jclear', '\u001b[10;20Hmove', 'tail\u001b[', '\u001bcreset', '\u001b[?25lhide',
  'a\ud800b', '\udc00x', 'ok\ud83d\ude00', '\ud83d', 'x\udfff\ud800',
];
