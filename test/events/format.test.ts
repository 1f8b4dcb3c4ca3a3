// The events module's light message formatter (src/events/format.ts) against the shared,
// exact ones (src/internal/errors.ts and inspect-received.ts, themselves checked against
// Node 16.13.1), value by value over test/support/received-values.mjs.
import { expect } from 'chai';
import { inspectReceived } from '../../src/internal/inspect-received.js';
import { bracketName, show } from '../../src/events/format.js';
import { RECEIVED_VALUES } from '../support/received-values.mjs';

/**
 * Where `show` is exact: primitives (but for strings Node cuts into pieces), functions'
 * heads, and small plain, null-prototype and class-instance objects and arrays.
 */
const SHOW_EXACT = [
  "'abc'",
  "''",
  "\"it's\"",
  "`it's \"quoted\"`",
  "'it\\'s \"all\" `three`'",
  "'it\\'s \"x\" ${y}'",
  "'tab\\tnew\\nline\\r\\b\\f\\v'",
  "'\\x00\\x1b\\x7f\\x9f\\\\'",
  "'😀 é 日本語'",
  "'\\ud800 lone surrogate'",
  "'x'.repeat(24)",
  "'x'.repeat(200)",
  "a long string with line breaks",
  "a short string with line breaks",
  "0",
  "-0",
  "42",
  "-1.5",
  "NaN",
  "Infinity",
  "-Infinity",
  "2 ** 32",
  "2 ** 32 + 1",
  "-(2 ** 40)",
  "2 ** 53",
  "1e21",
  "5e-324",
  "0.1 + 0.2",
  "10n",
  "-10n",
  "2n ** 32n",
  "2n ** 64n",
  "-(2n ** 40n)",
  "true",
  "false",
  "null",
  "undefined",
  "Symbol('desc')",
  "Symbol()",
  "Symbol.iterator",
  "Symbol.for('a long registered symbol name')",
  "function namedFn() {}",
  "function () {}",
  "const arrowFn = () => {}",
  "[() => {}][0]",
  "class Klass {}",
  "[class {}][0]",
  "boundTarget.bind(null)",
  "function named ''",
  "Math.max",
  "[]",
  "[1, 'two', [3, [4, [5, [6]]]]]",
  "strings of growing length",
  "['a' … 'f', 'g'.repeat(50)]",
  "wide CJK strings",
  "mixed types",
  "array with only extra keys",
  "{}",
  "{ a: 1, b: 'two' }",
  "{ a: { b: { c: {} } } }",
  "{ a: { b: { c: { d: 1 } } } }",
  "[[[[1]]]]",
  "keys that need quotes",
  "a non-enumerable property",
  "object too long for one line",
  "object just under 80 columns",
  "object with many keys",
  "object holding undefined and null",
  "Object.create(null)",
  "null-prototype object with keys",
  "Object.create({ inherited: 1 })",
  "{ constructor: 5 }",
  "{ constructor: { name: '' } }",
  "new (class Point { x = 1; y = 2 })",
  "new (class Empty {})",
  "instance of a subclass of an anonymous class",
  "depth limit in an array",
  "depth limit on a null-prototype object",
  "object at depth 0",
];

describe('events: the light message formatter', () => {
  for (const label of SHOW_EXACT) {
    const entry = RECEIVED_VALUES.find((value) => value.label === label);
    it(`show() prints ${label} as util.inspect does`, () => {
      expect(entry, label).to.not.equal(undefined);
      expect(show(entry!.make())).to.equal(inspectReceived(entry!.make()));
    });
  }

  it('bracketName() is util.inspect at depth -1 for emitters', () => {
    class Sub extends Object {}
    const values: object[] = [new Sub(), Object.assign(new Sub(), { a: 1 }), {}, { a: 1 }, Object.create(null) as object];
    values.push(Object.assign(Object.create(null) as object, { a: 1 }));
    for (const value of values) expect(bracketName(value)).to.equal(inspectReceived(value, -1));
  });
});
