// The light formatter (src/internal/inspect-primitive.ts) and the Buffer error variants
// built on it (src/buffer/checks.ts). Expected texts are Node 16.13.1's: the golden file
// where it has them, otherwise printed by `scripts/node16.sh --expose-internals` with the
// same expressions (util.inspect, internal/errors' codes, Buffer calls).
import { expect } from 'chai';
import golden from '../golden/node16-errors.json';
import { RECEIVED_VALUES } from '../support/received-values.mjs';
import { expectThrowsNodeError } from '../support/node-error.js';
import { ERR_INVALID_ARG_TYPE } from '../../src/internal/errors.js';
import { addNumericalSeparator, inspectShallow } from '../../src/internal/inspect-primitive.js';
import { Buffer } from '../../src/buffer/index.js';

const custom = Symbol.for('nodejs.util.inspect.custom');
const anonymous = <T>(value: T): T => [value][0]!;
const received = (value: unknown): string => String(new ERR_INVALID_ARG_TYPE('value', 'string', value));
const argType = (shown: string): string =>
  `TypeError [ERR_INVALID_ARG_TYPE]: The "value" argument must be of type string. Received ${shown}`;

describe('internal/inspect-primitive: primitives and functions as Node 16 util.inspect prints them', () => {
  RECEIVED_VALUES.forEach((value, index) => {
    const sample = value.make();
    const isObject = typeof sample === 'object' && sample !== null;
    if (value.depth !== undefined ? value.depth !== -1 : isObject) return;
    it(`${value.label}${value.depth === undefined ? '' : ` (depth ${value.depth})`}`, () => {
      expect(inspectShallow(value.make(), value.depth)).to.equal(golden.received[index]!.inspect);
    });
  });
});

describe('internal/inspect-primitive: functions with own properties', () => {
  const cases: [string, () => unknown, string][] = [
    [
      'listed on one line when they fit in 80 columns',
      () => Object.assign(anonymous(() => {}), { a: 'x'.repeat(10), b: 'y'.repeat(10), c: 'z'.repeat(6) }),
      "[Function (anonymous)] { a: 'xxxxxxxxxx', b: 'yyyyyyyyyy', c: 'zzzzzz' }",
    ],
    [
      'one per line when one more column is needed',
      () => Object.assign(anonymous(() => {}), { a: 'x'.repeat(10), b: 'y'.repeat(10), c: 'z'.repeat(7) }),
      "[Function (anonymous)] {\n  a: 'xxxxxxxxxx',\n  b: 'yyyyyyyyyy',\n  c: 'zzzzzzz'\n}",
    ],
    [
      'of every primitive kind, empty objects and functions',
      () => Object.assign(anonymous(() => {}), { a: 1, b: 'two', c: null, d: undefined, e: {}, g: [], h: function named() {} }),
      "[Function (anonymous)] {\n  a: 1,\n  b: 'two',\n  c: null,\n  d: undefined,\n  e: {},\n  g: [],\n  h: [Function: named]\n}",
    ],
    [
      'as accessors',
      () =>
        Object.defineProperties(anonymous(() => {}), {
          g: { get: () => 1, enumerable: true },
          s: { set: () => {}, enumerable: true },
          gs: { get: () => 1, set: () => {}, enumerable: true },
        }),
      '[Function (anonymous)] { g: [Getter], s: [Setter], gs: [Getter/Setter] }',
    ],
    [
      'holding the function itself',
      () => {
        const fn = anonymous(function () {}) as Function & { self?: unknown };
        fn.self = fn;
        return fn;
      },
      '<ref *1> [Function (anonymous)] { self: [Circular *1] }',
    ],
    [
      'holding a long multi-line string',
      () =>
        Object.assign(anonymous(() => {}), {
          text: 'first line of text\nsecond line of text\nthird line of text\nand the last line',
        }),
      "[Function (anonymous)] {\n  text: 'first line of text\\n' +\n    'second line of text\\n' +\n    'third line of text\\n' +\n    'and the last line'\n}",
    ],
    [
      'on an anonymous class',
      () => Object.assign(anonymous(class {}), { a: 'x'.repeat(20), b: 'y'.repeat(19) }),
      "[class (anonymous)] {\n  a: 'xxxxxxxxxxxxxxxxxxxx',\n  b: 'yyyyyyyyyyyyyyyyyyy'\n}",
    ],
  ];
  for (const [label, make, expected] of cases) {
    it(label, () => {
      expect(inspectShallow(make())).to.equal(expected);
    });
  }
});

describe('internal/inspect-primitive: what ERR_INVALID_ARG_TYPE shows, compared with Node 16', () => {
  const cases: [string, () => unknown, string][] = [
    ['an anonymous function with a property', () => Object.assign(anonymous(function () {}), { x: 1 }), 'type function ([Function (anonymous)] { ...)'],
    ['an anonymous class with static fields', () => anonymous(class { static aaa = 1; static bb = 'x'; }), 'type function ([class (anonymous)] { aaa...)'],
    ['an anonymous function with a long property', () => Object.assign(anonymous(() => {}), { a: 'x'.repeat(60) }), 'type function ([Function (anonymous)] {\n...)'],
    ['an anonymous class with a symbol key', () => Object.assign(anonymous(class {}), { [Symbol('s')]: 1 }), 'type function ([class (anonymous)] { [Sy...)'],
    ['an anonymous async function with a property', () => Object.assign(anonymous(async () => {}), { a: 1 }), 'type function ([AsyncFunction (anonymous...)'],
    ['an anonymous function with a null prototype', () => Object.setPrototypeOf(anonymous(function () {}), null), 'type function ([Function (null prototype...)'],
    ['an anonymous generator function', () => anonymous(function* () {}), 'type function ([GeneratorFunction (anony...)'],
    ['a null-prototype typed array', () => Object.setPrototypeOf(new Uint8Array(2), null), '[Uint8Array: null prototype]'],
    ['a null-prototype empty array', () => Object.setPrototypeOf([], null), '[Array(0): null prototype] []'],
    ['a null-prototype object with a tag', () => Object.create(null, { [Symbol.toStringTag]: { value: 'T' } }), '[Object: null prototype] [T] {}'],
    [
      'a null-prototype object with a tag and keys',
      () => Object.assign(Object.create(null, { [Symbol.toStringTag]: { value: 'T' } }), { a: 1 }),
      '[Object: null prototype] [T]',
    ],
    ['an object whose chain has no constructor, with keys', () => Object.assign(Object.create(Object.create(null)), { a: 1 }), '[Object <Complex prototype>]'],
    [
      'a null-prototype object with a custom inspect method',
      () =>
        Object.assign(Object.create(null), {
          [custom]: (depth: number, options: { depth: number }) => `depth ${depth} ${options.depth}`,
        }),
      'depth -1 -1',
    ],
    ['a long string', () => 'x'.repeat(30), "type string ('xxxxxxxxxxxxxxxxxxxxxxxx...)"],
    [
      'a long multi-line string',
      () => 'first line of text\nsecond line of text\nthird line of text\nand the last line',
      "type string ('first line of text\\nseco...)",
    ],
  ];
  for (const [label, make, shown] of cases) {
    it(label, () => {
      expect(received(make())).to.equal(argType(shown));
    });
  }
});

describe('internal/inspect-primitive: helpers', () => {
  it('addNumericalSeparator groups digits by three from the right, keeping a sign', () => {
    expect(addNumericalSeparator('1000000000000')).to.equal('1_000_000_000_000');
    expect(addNumericalSeparator('-4294967297')).to.equal('-4_294_967_297');
    expect(addNumericalSeparator('-1234')).to.equal('-1_234');
  });
});

describe("buffer: the light formatter's messages, compared with Node 16", () => {
  const invalid = 'The argument \'value\' is invalid. Received';
  const fillCases: [string, () => unknown, string][] = [
    ['an empty Float32Array', () => new Float32Array(0), 'Float32Array(0) []'],
    ['an empty BigInt64Array', () => new BigInt64Array(0), 'BigInt64Array(0) []'],
    ['an empty Buffer', () => Buffer.alloc(0), '<Buffer >'],
    ['an empty Buffer with properties', () => Object.assign(Buffer.alloc(0), { a: 1, b: 'x' }), "<Buffer a: 1, b: 'x'>"],
    ['an empty Uint8Array with a property', () => Object.assign(new Uint8Array(0), { a: 1 }), 'Uint8Array(0) [ a: 1 ]'],
    [
      'an empty instance of a subclass of Uint16Array',
      () => {
        class X extends Uint16Array {}
        return new X(0);
      },
      'X(0) [Uint16Array] []',
    ],
    [
      'an empty DataView',
      () => new DataView(new ArrayBuffer(0)),
      'DataView {\n  byteLength: 0,\n  byteOffset: 0,\n  buffer: ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }\n}',
    ],
    [
      'an empty DataView at the end of 8 bytes',
      () => new DataView(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 255]).buffer, 8),
      'DataView {\n  byteLength: 0,\n  byteOffset: 8,\n  buffer: ArrayBuffer {\n    [Uint8Contents]: <01 02 03 04 05 06 07 ff>,\n    byteLen...',
    ],
    [
      'an empty DataView at the end of 150 bytes',
      () => new DataView(new ArrayBuffer(150), 150),
      'DataView {\n  byteLength: 0,\n  byteOffset: 150,\n  buffer: ArrayBuffer {\n    [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00...',
    ],
  ];
  if (typeof SharedArrayBuffer === 'function') {
    fillCases.push([
      'an empty DataView over a SharedArrayBuffer',
      () => new DataView(new SharedArrayBuffer(4), 4),
      'DataView {\n  byteLength: 0,\n  byteOffset: 4,\n  buffer: SharedArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }\n}',
    ]);
  }
  for (const [label, make, shown] of fillCases) {
    it(`fill throws ERR_INVALID_ARG_VALUE for ${label}`, () => {
      expectThrowsNodeError(() => Buffer.alloc(2).fill(make() as Uint8Array), {
        type: TypeError,
        code: 'ERR_INVALID_ARG_VALUE',
        message: `${invalid} ${shown}`,
      });
    });
  }

  for (const [size, shown] of [[-1, '-1'], [NaN, 'NaN'], [2 ** 33, '8589934592'], [Infinity, 'Infinity']] as const) {
    it(`Buffer.alloc(${shown}) throws ERR_INVALID_ARG_VALUE as a RangeError`, () => {
      expectThrowsNodeError(() => Buffer.alloc(size), {
        type: RangeError,
        code: 'ERR_INVALID_ARG_VALUE',
        message: `The argument 'size' is invalid. Received ${shown}`,
      });
    });
  }

  // The number methods, called loosely (their declared types do not take these arguments).
  type Loose = Record<string, (...args: unknown[]) => unknown>;
  const rangeCases: [string, (buf: Loose) => unknown, string][] = [
    ['readUInt8(1.5)', (buf) => buf.readUInt8!(1.5), 'The value of "offset" is out of range. It must be an integer. Received 1.5'],
    ['readUInt8(-0.5)', (buf) => buf.readUInt8!(-0.5), 'The value of "offset" is out of range. It must be an integer. Received -0.5'],
    ['readUInt8(NaN)', (buf) => buf.readUInt8!(NaN), 'The value of "offset" is out of range. It must be an integer. Received NaN'],
    [
      'writeUInt32LE(2 ** 40)',
      (buf) => buf.writeUInt32LE!(2 ** 40),
      'The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received 1_099_511_627_776',
    ],
    [
      'writeBigInt64LE(2n ** 70n)',
      (buf) => buf.writeBigInt64LE!(2n ** 70n),
      'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 1_180_591_620_717_411_303_424n',
    ],
    ['writeInt8(-129)', (buf) => buf.writeInt8!(-129), 'The value of "value" is out of range. It must be >= -128 and <= 127. Received -129'],
    ['writeUInt8(300.5)', (buf) => buf.writeUInt8!(300.5), 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 300.5'],
    ['fill(1, 1.5)', (buf) => buf.fill!(1, 1.5), 'The value of "offset" is out of range. It must be an integer. Received 1.5'],
  ];
  for (const [label, call, message] of rangeCases) {
    it(`${label} throws ERR_OUT_OF_RANGE`, () => {
      expectThrowsNodeError(() => call(Buffer.alloc(4) as unknown as Loose), { type: RangeError, code: 'ERR_OUT_OF_RANGE', message });
    });
  }
});
