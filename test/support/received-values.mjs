// The values that error messages describe ("… Received { a: 1 }"), built the same way under
// real Node 16.13.1 (scripts/golden/errors.mjs writes what Node prints for each) and in our
// tests (which compare polynode's output with that, value by value, in Node and browsers).
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
//
// Every value must print the same in V8, SpiderMonkey and Node, so: errors carry a stack
// set by hand (real stacks name engine-specific frames), promises are pending (a browser
// cannot read a settled promise's state), and nothing depends on function source text
// beyond the `class` keyword.

/** Gives an error a fixed stack, as a non-enumerable own property like V8's. */
const withStack = (error, stack) =>
  Object.defineProperty(error, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });

const range = (length, map) => Array.from({ length }, (_, i) => map(i));

/**
 * `label` is the expression that builds the value (for test names); `make` builds a fresh
 * one; `depth`, when set, is the inspect depth used instead of Node's default 2;
 * `iteratorHelpers` marks a value whose `constructor` differs where ES2025 Iterator exists.
 */
export const RECEIVED_VALUES = [
  // Strings: quote choice, escapes, length limits, multi-line splitting.
  { label: "'abc'", make: () => 'abc' },
  { label: "''", make: () => '' },
  { label: `"it's"`, make: () => "it's" },
  { label: '`it\'s "quoted"`', make: () => 'it\'s "quoted"' },
  { label: '\'it\\\'s "all" `three`\'', make: () => 'it\'s "all" `three`' },
  { label: '\'it\\\'s "x" ${y}\'', make: () => 'it\'s "x" ${y}' },
  { label: "'tab\\tnew\\nline\\r\\b\\f\\v'", make: () => 'tab\tnew\nline\r\b\f\v' },
  { label: "'\\x00\\x1b\\x7f\\x9f\\\\'", make: () => '\x00\x1b\x7f\x9f\\' },
  { label: "'😀 é 日本語'", make: () => '😀 é 日本語' },
  { label: "'\\ud800 lone surrogate'", make: () => '\ud800 lone surrogate' },
  { label: "'x'.repeat(24)", make: () => 'x'.repeat(24) },
  { label: "'x'.repeat(200)", make: () => 'x'.repeat(200) },
  { label: "'x'.repeat(10002)", make: () => 'x'.repeat(10002) },
  { label: 'a long string with line breaks', make: () => 'first line of text\nsecond line of text\nthird line of text\nand the last line' },
  { label: 'a short string with line breaks', make: () => 'a\nb\nc' },
  // Numbers and bigints.
  { label: '0', make: () => 0 },
  { label: '-0', make: () => -0 },
  { label: '42', make: () => 42 },
  { label: '-1.5', make: () => -1.5 },
  { label: 'NaN', make: () => NaN },
  { label: 'Infinity', make: () => Infinity },
  { label: '-Infinity', make: () => -Infinity },
  { label: '2 ** 32', make: () => 2 ** 32 },
  { label: '2 ** 32 + 1', make: () => 2 ** 32 + 1 },
  { label: '-(2 ** 40)', make: () => -(2 ** 40) },
  { label: '2 ** 53', make: () => 2 ** 53 },
  { label: '1e21', make: () => 1e21 },
  { label: '5e-324', make: () => 5e-324 },
  { label: '0.1 + 0.2', make: () => 0.1 + 0.2 },
  { label: '10n', make: () => 10n },
  { label: '-10n', make: () => -10n },
  { label: '2n ** 32n', make: () => 2n ** 32n },
  { label: '2n ** 64n', make: () => 2n ** 64n },
  { label: '-(2n ** 40n)', make: () => -(2n ** 40n) },
  // Other primitives.
  { label: 'true', make: () => true },
  { label: 'false', make: () => false },
  { label: 'null', make: () => null },
  { label: 'undefined', make: () => undefined },
  { label: "Symbol('desc')", make: () => Symbol('desc') },
  { label: 'Symbol()', make: () => Symbol() },
  { label: 'Symbol.iterator', make: () => Symbol.iterator },
  { label: "Symbol.for('a long registered symbol name')", make: () => Symbol.for('a long registered symbol name') },
  // Functions and classes.
  { label: 'function namedFn() {}', make: () => function namedFn() {} },
  { label: 'function () {}', make: () => [function () {}][0] },
  { label: 'const arrowFn = () => {}', make: () => { const arrowFn = () => {}; return arrowFn; } },
  { label: '[() => {}][0]', make: () => [() => {}][0] },
  { label: 'async function asyncFn() {}', make: () => async function asyncFn() {} },
  { label: '[async () => {}][0]', make: () => [async () => {}][0] },
  { label: 'function* genFn() {}', make: () => function* genFn() {} },
  { label: 'async function* asyncGenFn() {}', make: () => async function* asyncGenFn() {} },
  { label: 'class Klass {}', make: () => class Klass {} },
  { label: '[class {}][0]', make: () => [class {}][0] },
  { label: 'class SubMap extends Map {}', make: () => class SubMap extends Map {} },
  { label: 'class WithStatic { static answer = 42 }', make: () => class WithStatic { static answer = 42; } },
  { label: 'function withProps() {} + { a: 1 }', make: () => Object.assign(function withProps() {}, { a: 1 }) },
  { label: 'boundTarget.bind(null)', make: () => function boundTarget() {}.bind(null) },
  { label: 'function with a null prototype', make: () => Object.setPrototypeOf(function orphanFn() {}, null) },
  { label: "function named ''", make: () => Object.defineProperty(function () {}, 'name', { value: '' }) },
  { label: 'Math.max', make: () => Math.max },
  // Arrays.
  { label: '[]', make: () => [] },
  { label: "[1, 'two', [3, [4, [5, [6]]]]]", make: () => [1, 'two', [3, [4, [5, [6]]]]] },
  { label: '[1, , 3]', make: () => [1, , 3] }, // eslint-disable-line no-sparse-arrays
  { label: 'new Array(5)', make: () => new Array(5) },
  { label: 'sparse array of 300 with 2 items', make: () => Object.assign(new Array(300), { 5: 'a', 200: 'b' }) },
  { label: 'every other index of 250 set', make: () => { const a = []; for (let i = 0; i < 250; i += 2) a[i] = i; return a; } },
  { label: 'Array(150).fill(0)', make: () => Array(150).fill(0) },
  { label: 'Array(101).fill(7)', make: () => Array(101).fill(7) },
  { label: '[1, 2, 3, 4, 5, 6, 7]', make: () => [1, 2, 3, 4, 5, 6, 7] },
  { label: '26 numbers', make: () => range(26, (i) => i * 37) },
  { label: 'numbers of mixed width', make: () => [1, 22, 333, 4444, 55555, 666666, 7777777, 1.5, -3] },
  { label: 'bigints of mixed width', make: () => [1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n, -8n] },
  { label: '30 short strings', make: () => range(30, (i) => `item${i}`) },
  { label: 'strings of growing length', make: () => range(10, (i) => 'x'.repeat(i * 3)) },
  { label: "['a' … 'f', 'g'.repeat(50)]", make: () => ['a', 'b', 'c', 'd', 'e', 'f', 'g'.repeat(50)] },
  { label: 'wide CJK strings', make: () => ['日本', '日本', '日本', '日本', '日本', '日本', '日本', '日本', '日本語語語語'] },
  { label: '16 CJK strings', make: () => range(16, (i) => '字'.repeat((i % 4) + 1)) },
  { label: '8 small objects', make: () => range(8, (i) => ({ i })) },
  { label: 'mixed types', make: () => [1, 'a', null, undefined, true, 2n, Symbol('s')] },
  { label: 'array with extra keys', make: () => Object.assign([1, 2], { extra: true, [Symbol('sym')]: 'x' }) },
  { label: 'array with only extra keys', make: () => Object.assign([], { a: 1 }) },
  { label: 'array with a null prototype', make: () => Object.setPrototypeOf([1, 2], null) },
  { label: 'class MyArray extends Array', make: () => { class MyArray extends Array {} return MyArray.from([1, 2]); } },
  { label: 'array of 30 numbers in an object', make: () => ({ data: range(30, (i) => i) }) },
  { label: 'array of 30 numbers in an array', make: () => [range(30, (i) => i)] },
  // Plain objects.
  { label: '{}', make: () => ({}) },
  { label: "{ a: 1, b: 'two' }", make: () => ({ a: 1, b: 'two' }) },
  { label: '{ a: { b: { c: {} } } }', make: () => ({ a: { b: { c: {} } } }) },
  { label: '{ a: { b: { c: { d: 1 } } } }', make: () => ({ a: { b: { c: { d: 1 } } } }) },
  { label: '[[[[1]]]]', make: () => [[[[1]]]] },
  { label: 'keys that need quotes', make: () => ({ 'a-b': 1, '1a': 2, valid_id: 3, $d: 4, 'sp ace': 5, "it's": 6, '': 7, 5: 8 }) },
  { label: "{ ['__proto__']: 1 }", make: () => JSON.parse('{"__proto__": 1}') },
  { label: 'symbol keys', make: () => ({ [Symbol('k')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol("a'b\nc")]: 4 }) },
  { label: 'getters and setters', make: () => ({ get a() { return 1; }, get b() { return 1; }, set b(v) {}, set c(v) {} }) }, // eslint-disable-line
  { label: 'a non-enumerable property', make: () => Object.defineProperty({ shown: 1 }, 'hidden', { value: 2 }) },
  { label: 'object too long for one line', make: () => ({ aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbb', cccccccccccccc: 'dddddddddddddddddddd', eeeeeeeeeee: 'ff' }) },
  { label: 'object just under 80 columns', make: () => ({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'ddddd' }) },
  { label: 'object with many keys', make: () => Object.fromEntries(range(26, (i) => [String.fromCharCode(97 + i), i])) },
  { label: 'object holding a long multi-line string', make: () => ({ text: 'first line of text\nsecond line of text\nthird line of text\nand the last line' }) },
  { label: 'object holding undefined and null', make: () => ({ u: undefined, n: null }) },
  { label: 'Object.create(null)', make: () => Object.create(null) },
  { label: 'null-prototype object with keys', make: () => Object.assign(Object.create(null), { a: 1, b: { c: 2 } }) },
  { label: 'Object.create(Object.create(null))', make: () => Object.create(Object.create(null)) },
  { label: 'Object.create({ inherited: 1 })', make: () => Object.create({ inherited: 1 }) },
  { label: '{ constructor: 5 }', make: () => ({ constructor: 5 }) },
  { label: "{ constructor: { name: '' } }", make: () => ({ constructor: { name: '' } }) },
  { label: "own enumerable Symbol.toStringTag", make: () => ({ a: 1, [Symbol.toStringTag]: 'Custom' }) },
  { label: 'non-enumerable Symbol.toStringTag', make: () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Custom' }) },
  { label: 'circular object', make: () => { const o = { name: 'c' }; o.self = o; return o; } },
  { label: 'two circular references', make: () => { const o = { a: { b: {} } }; o.a.b.up = o.a; o.a.top = o; return o; } },
  { label: 'circular array', make: () => { const a = [1]; a.push(a); return a; } },
  { label: 'arguments object', make: () => (function () { return arguments; })(1, 'a') }, // eslint-disable-line prefer-rest-params
  { label: 'empty arguments object', make: () => (function () { return arguments; })() }, // eslint-disable-line prefer-rest-params
  // Class instances.
  { label: 'new (class Point { x = 1; y = 2 })', make: () => { class Point { x = 1; y = 2; } return new Point(); } },
  { label: 'new (class Empty {})', make: () => { class Empty {} return new Empty(); } },
  { label: 'class instance with a toStringTag getter', make: () => { class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } } return Object.assign(new Tagged(), { v: 1 }); } },
  { label: 'instance of a subclass of an anonymous class', make: () => { const Base = [class {}][0]; class Derived extends Base {} return new Derived(); } },
  { label: 'custom inspect returning a string', make: () => ({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }) },
  { label: 'custom inspect returning an object', make: () => ({ [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: [1, 2] }; } }) },
  { label: 'custom inspect reading depth', make: () => ({ nested: { [Symbol.for('nodejs.util.inspect.custom')](depth) { return `depth ${depth}`; } } }) },
  // Built-in objects.
  { label: 'new Date(0)', make: () => new Date(0) },
  { label: 'new Date(NaN)', make: () => new Date(NaN) },
  { label: 'date with a property', make: () => Object.assign(new Date(86400000), { tz: 'UTC' }) },
  { label: '/ab+c/gi', make: () => /ab+c/gi },
  { label: 'regexp with a property', make: () => Object.assign(/x/, { note: 1 }) },
  { label: "new Error('boom') without frames", make: () => withStack(new Error('boom'), 'Error: boom') },
  { label: 'error with frames', make: () => withStack(new Error('boom'), 'Error: boom\n    at fn (file.js:1:2)\n    at other (file.js:3:4)') },
  { label: 'error with a code property', make: () => Object.assign(withStack(new TypeError('bad'), 'TypeError: bad'), { code: 'E_BAD' }) },
  { label: 'error with frames and a property', make: () => Object.assign(withStack(new RangeError('r'), 'RangeError: r\n    at fn (file.js:1:2)'), { extra: 1 }) },
  { label: 'error without a message', make: () => withStack(new Error(), 'Error') },
  { label: 'subclass MyError of Error', make: () => { class MyError extends Error {} return withStack(new MyError('m'), 'Error: m'); } },
  { label: 'subclass Oops of Error', make: () => { class Oops extends Error {} return withStack(new Oops('m'), 'Error: m'); } },
  { label: 'error with an own name', make: () => { const e = withStack(new Error('m'), 'Error: m'); e.name = 'Custom'; return e; } },
  { label: 'error nested in an object', make: () => ({ err: withStack(new Error('inner'), 'Error: inner\n    at x (y.js:1:1)') }) },
  { label: 'new Map()', make: () => new Map() },
  { label: 'map with mixed entries', make: () => new Map([['a', 1], [{ k: 1 }, [1, 2]], [3, new Map([[1, new Set([2])]])]]) },
  { label: 'new Set()', make: () => new Set() },
  { label: "new Set([1, 'two', { three: 3 }])", make: () => new Set([1, 'two', { three: 3 }]) },
  { label: 'set with a property', make: () => Object.assign(new Set([1]), { a: 1 }) },
  { label: 'class SubSet extends Set', make: () => { class SubSet extends Set {} return new SubSet([1]); } },
  { label: 'set of 30 numbers', make: () => new Set(range(30, (i) => i)) },
  { label: 'new WeakMap()', make: () => new WeakMap() },
  { label: 'new WeakSet()', make: () => new WeakSet() },
  { label: 'new Uint8Array([1, 2, 255])', make: () => new Uint8Array([1, 2, 255]) },
  { label: 'new Uint8Array(0)', make: () => new Uint8Array(0) },
  { label: 'new Uint8Array(120)', make: () => new Uint8Array(120) },
  { label: 'new Float64Array([1.5, -0, NaN, Infinity])', make: () => new Float64Array([1.5, -0, NaN, Infinity]) },
  { label: 'new BigInt64Array([1n, -2n])', make: () => new BigInt64Array([1n, -2n]) },
  { label: 'typed array with a property', make: () => Object.assign(new Int16Array([-1, 1]), { a: 1 }) },
  { label: 'new ArrayBuffer(4)', make: () => new ArrayBuffer(4) },
  { label: 'new ArrayBuffer(120)', make: () => new ArrayBuffer(120) },
  { label: 'new DataView(new ArrayBuffer(2))', make: () => new DataView(new ArrayBuffer(2)) },
  { label: 'new Promise(() => {})', make: () => new Promise(() => {}) },
  { label: 'new Number(-0)', make: () => new Number(-0) }, // eslint-disable-line no-new-wrappers
  { label: "new String('ab')", make: () => new String('ab') }, // eslint-disable-line no-new-wrappers
  { label: 'new Boolean(false)', make: () => new Boolean(false) }, // eslint-disable-line no-new-wrappers
  { label: "Object(Symbol('s'))", make: () => Object(Symbol('s')) },
  { label: 'Object(5n)', make: () => Object(5n) },
  { label: 'boxed string with a property', make: () => Object.assign(new String('ab'), { x: 1 }) }, // eslint-disable-line no-new-wrappers
  // Engines with ES2025's Iterator helpers (current Chromium and Firefox; Node from 22) give
  // iterators an inherited `constructor`, Iterator, so ERR_INVALID_ARG_TYPE's "an instance of
  // Object" reads "an instance of Iterator" there; the test expects that when `Iterator` exists.
  { label: '[1, 2].values()', make: () => [1, 2].values(), iteratorHelpers: true },
  { label: 'a generator object', make: () => (function* gen() {})() },
  // Depth: the default 2, and deeper runs that show Node's "3 inner levels on one line" rule.
  { label: 'depth limit in an array', make: () => [{ a: { b: { c: {} } } }] },
  { label: 'depth limit on a map, a function and a typed array', make: () => ({ a: { b: { m: new Map([[1, 2]]), f: Object.assign(function deepFn() {}, { x: 1 }), t: new Uint8Array(1) } } }) },
  { label: 'depth limit on a null-prototype object', make: () => ({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } }) },
  { label: 'depth limit on a date, a regexp and an error with properties', make: () => ({ a: { b: { d: Object.assign(new Date(0), { p: 1 }), r: Object.assign(/x/, { p: 1 }), e: Object.assign(withStack(new Error('x'), 'Error: x'), { p: 1 }) } } }) },
  { label: '4 levels at depth 9', depth: 9, make: () => ({ a: { b: { c: { d: 1 } } } }) },
  { label: '5 levels at depth 9', depth: 9, make: () => ({ a: { b: { c: { d: { e: 1 } } } } }) },
  { label: '4 levels then a sibling at depth 9', depth: 9, make: () => ({ a: { b: { c: { d: 1 } } }, x: { y: 1 } }) },
  { label: 'a sibling then 4 levels at depth 9', depth: 9, make: () => ({ x: { y: 1 }, a: { b: { c: { d: 1 } } } }) },
  { label: 'nested arrays at depth 9', depth: 9, make: () => [[[[1]]]] },
  { label: 'map of nested objects at depth 9', depth: 9, make: () => new Map([['a', { b: { c: { d: 1 } } }]]) },
  { label: 'object at depth 0', depth: 0, make: () => ({ a: { b: 1 }, c: [1], d: 'x' }) },
  { label: 'object at depth -1', depth: -1, make: () => ({ a: 1 }) },
];
