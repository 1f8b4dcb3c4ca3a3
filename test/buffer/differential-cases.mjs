// The differential properties of `buffer` and `string_decoder`: random inputs drawn by
// fast-check from a fixed seed, run through the public API of a buffer module. Real Node
// 16.13.1 runs them in scripts/golden/buffer.mjs and records a hash of every outcome in
// test/golden/node16-buffer.json; test/buffer/differential.test.ts draws the same inputs,
// runs them through polynode and compares outcome by outcome.
//
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
// Everything here must behave the same in Node 16, Chromium and Firefox, except the code
// under test.

import { hash } from '../support/golden-helpers.mjs';

export const SEED = 0x5eed16;

const ENCODINGS = [
  'utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF-16LE', 'latin1', 'binary',
  'Latin1', 'ascii', 'ASCII', 'base64', 'base64url', 'BASE64', 'hex', 'HEX',
];
const ODD_ENCODINGS = [undefined, null, '', 'utf32', 'bad', 1, 'utf 8'];

/** Describes any outcome as a string, the same way in every engine. */
export function describe(value) {
  if (value instanceof Error || (value && typeof value === 'object' && 'name' in value && 'message' in value && value.stack !== undefined)) {
    const code = value.code;
    // Errors the engine makes (no code) have engine-specific messages: only the class counts.
    return code === undefined ? `E:${value.name}` : `E:${value.name}:${code}:${value.message}:${String(value)}`;
  }
  if (value instanceof Uint8Array) {
    let hex = '';
    for (let i = 0; i < value.length; i++) hex += (value[i] < 16 ? '0' : '') + value[i].toString(16);
    return `B${value.constructor === Uint8Array ? 'u8' : ''}:${hex}`;
  }
  switch (typeof value) {
    case 'string':
      return `S:${JSON.stringify(value)}`;
    case 'number':
      return Object.is(value, -0) ? 'N:-0' : `N:${value}`;
    case 'bigint':
      return `I:${value}`;
    case 'undefined':
      return 'U';
    case 'boolean':
      return `T:${value}`;
    default:
      return `O:${JSON.stringify(value)}`;
  }
}

/** Runs `fn` and describes its result or the error it threw. */
export function outcome(fn) {
  try {
    return describe(fn());
  } catch (error) {
    return describe(error);
  }
}

export { hash };

/** The arbitraries, built from the caller's fast-check (one copy of fast-check per bundle). */
function arbitraries(fc) {
  const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));
  const textish = fc.array(
    fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x80, max: 0x7ff }),
      fc.integer({ min: 0x800, max: 0xffff }),
      fc.constantFrom(0xd83d, 0xde00, 0xfeff, 0x0a),
    ),
    { maxLength: 40 },
  ).map((codes) => String.fromCharCode(...codes));
  const base64ish = fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n*'), { maxLength: 40 }).map((c) => c.join(''));
  const hexish = fc.array(fc.constantFrom(...'0123456789abcdefABCDEF g\u0141'), { maxLength: 40 }).map((c) => c.join(''));
  const string = fc.oneof(anyUnits, textish, base64ish, hexish, fc.base64String({ maxLength: 40 }));
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 48 }),
    fc.array(fc.constantFrom(0x00, 0x41, 0x61, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0xf0, 0x9f, 0x98, 0xff, 0xd8, 0xdc), { maxLength: 48 }).map((a) => Uint8Array.from(a)),
  );
  const encoding = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...ENCODINGS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_ENCODINGS) });
  const smallInt = fc.integer({ min: -4, max: 56 });
  const index = fc.oneof(
    { weight: 6, arbitrary: smallInt },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, NaN, -0, 1.5, 2.7, '1', '3', 'x', true, Infinity, -Infinity, 2 ** 32, -(2 ** 31) - 1, 0x7fffffff + 5) },
  );
  return { string, bytes, encoding, index, smallInt };
}

const READS = [
  'readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE',
  'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE',
  'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE', 'readUint8', 'readUint16LE', 'readUint32BE', 'readBigUint64LE',
];
const VARIABLE = ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE'];
const WRITES = [
  'writeUInt8', 'writeInt8', 'writeUInt16LE', 'writeUInt16BE', 'writeInt16LE', 'writeInt16BE', 'writeUInt32LE', 'writeUInt32BE',
  'writeInt32LE', 'writeInt32BE', 'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE', 'writeUint8', 'writeUint16BE',
];
const BIG_WRITES = ['writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigInt64LE', 'writeBigInt64BE', 'writeBigUint64BE'];
const VARIABLE_WRITES = ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE'];

/** Trims an argument list's trailing `undefined`s only when asked (arity matters in Node). */
const call = (target, method, args) => target[method](...args);

/**
 * The properties. Each: `name`, `arbitrary(fc)` and `run(lib, input)` returning the outcome
 * string, where `lib` is `{ Buffer, StringDecoder, transcode, atob, btoa }`.
 */
export const PROPERTIES = [
  {
    name: 'Buffer.from(string, encoding) and Buffer.byteLength',
    arbitrary: (fc) => fc.tuple(arbitraries(fc).string, arbitraries(fc).encoding),
    run: ({ Buffer }, [string, encoding]) =>
      `${outcome(() => Buffer.from(string, encoding))}|${outcome(() => Buffer.byteLength(string, encoding))}`,
  },
  {
    name: 'buf.toString(encoding, start, end)',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      return fc.tuple(a.bytes, a.encoding, a.index, a.index, fc.integer({ min: 0, max: 3 }));
    },
    run: ({ Buffer }, [bytes, encoding, start, end, arity]) => {
      const buf = Buffer.from(bytes);
      return outcome(() => call(buf, 'toString', [encoding, start, end].slice(0, arity)));
    },
  },
  {
    name: 'buf.write(string, offset, length, encoding)',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      return fc.tuple(fc.integer({ min: 0, max: 24 }), a.string, fc.oneof(a.index, a.encoding), fc.oneof(a.index, a.encoding), a.encoding, fc.integer({ min: 1, max: 4 }));
    },
    run: ({ Buffer }, [size, string, offset, length, encoding, arity]) => {
      const buf = Buffer.alloc(size, 0xee);
      const result = outcome(() => call(buf, 'write', [string, offset, length, encoding].slice(0, arity)));
      return `${result}|${describe(buf)}`;
    },
  },
  {
    name: 'buf.read*(offset)',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      return fc.tuple(a.bytes, fc.constantFrom(...READS, ...VARIABLE), a.index, fc.oneof(fc.integer({ min: 0, max: 7 }), fc.constantFrom(undefined, 1.5, '2')), fc.boolean());
    },
    run: ({ Buffer }, [bytes, method, offset, byteLength, omitOffset]) => {
      const buf = Buffer.from(bytes);
      const args = VARIABLE.includes(method) ? [offset, byteLength] : omitOffset ? [] : [offset];
      return outcome(() => call(buf, method, args));
    },
  },
  {
    name: 'buf.write*(value, offset)',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      const number = fc.oneof(
        fc.integer({ min: -(2 ** 31), max: 2 ** 32 }),
        fc.integer({ min: -200, max: 300 }),
        fc.double({ noDefaultInfinity: false }),
        fc.constantFrom(NaN, '12', 'x', 2 ** 48, -(2 ** 47), 2 ** 47 - 1, 2 ** 48 - 1, -0, 0.5, null, true),
      );
      const big = fc.oneof(fc.bigInt({ min: -(2n ** 64n), max: 2n ** 65n }), fc.constantFrom(2n ** 63n, -(2n ** 63n), 2n ** 64n - 1n, 1, '1'));
      return fc.oneof(
        fc.tuple(fc.constant('n'), fc.integer({ min: 0, max: 12 }), fc.constantFrom(...WRITES), number, a.index, fc.boolean()),
        fc.tuple(fc.constant('b'), fc.integer({ min: 0, max: 12 }), fc.constantFrom(...BIG_WRITES), big, a.index, fc.boolean()),
        fc.tuple(fc.constant('v'), fc.integer({ min: 0, max: 12 }), fc.constantFrom(...VARIABLE_WRITES), number, a.index, fc.oneof(fc.integer({ min: 0, max: 7 }), fc.constantFrom(undefined, 2.5))),
      );
    },
    run: ({ Buffer }, [kind, size, method, value, offset, extra]) => {
      const buf = Buffer.alloc(size, 0xaa);
      const args = kind === 'v' ? [value, offset, extra] : extra ? [value] : [value, offset];
      return `${outcome(() => call(buf, method, args))}|${describe(buf)}`;
    },
  },
  {
    name: 'buf.fill(value, offset, end, encoding) and Buffer.alloc(size, fill, encoding)',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      const value = fc.oneof(a.string, fc.integer({ min: -300, max: 600 }), a.bytes, fc.constantFrom(true, false, 1.5, NaN, {}, null, undefined, ''));
      return fc.tuple(fc.integer({ min: 0, max: 20 }), value, fc.oneof(a.index, a.encoding), fc.oneof(a.index, a.encoding), a.encoding, fc.integer({ min: 1, max: 4 }));
    },
    run: ({ Buffer }, [size, value, offset, end, encoding, arity]) => {
      const buf = Buffer.alloc(size, 0x33);
      const filled = outcome(() => call(buf, 'fill', [value, offset, end, encoding].slice(0, arity)));
      const allocated = outcome(() => Buffer.alloc(size, value, typeof offset === 'string' ? offset : undefined));
      return `${filled}|${describe(buf)}|${allocated}`;
    },
  },
  {
    name: 'buf.indexOf / lastIndexOf / includes',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      const small = fc.array(fc.constantFrom(0x61, 0x62, 0x00, 0xc3, 0xa9, 0xff), { maxLength: 32 }).map((x) => Uint8Array.from(x));
      const needle = fc.oneof(
        fc.array(fc.constantFrom('a', 'b', 'é', '\u6261', '\0', 'ab'), { maxLength: 4 }).map((x) => x.join('')),
        small.map((x) => x.slice(0, 3)),
        fc.integer({ min: -300, max: 600 }),
        fc.constantFrom('YQ==', '61', '6162', 'zz', {}, null, 1.5),
      );
      return fc.tuple(small, needle, fc.oneof(a.index, fc.integer({ min: -40, max: 40 }), a.encoding), a.encoding, fc.constantFrom('indexOf', 'lastIndexOf', 'includes'), fc.integer({ min: 1, max: 3 }));
    },
    run: ({ Buffer }, [haystack, needle, byteOffset, encoding, method, arity]) => {
      const buf = Buffer.from(haystack);
      const value = needle instanceof Uint8Array ? Buffer.from(needle) : needle;
      return outcome(() => call(buf, method, [value, byteOffset, encoding].slice(0, arity)));
    },
  },
  {
    name: 'compare, equals and copy',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      const small = fc.array(fc.constantFrom(0x61, 0x62, 0x00, 0xff), { maxLength: 12 }).map((x) => Uint8Array.from(x));
      return fc.tuple(small, small, a.index, a.index, a.index, a.index, fc.integer({ min: 0, max: 5 }));
    },
    run: ({ Buffer }, [x, y, i1, i2, i3, i4, arity]) => {
      const a = Buffer.from(x);
      const b = Buffer.from(y);
      const compared = outcome(() => call(a, 'compare', [b, i1, i2, i3, i4].slice(0, arity)));
      const statics = `${outcome(() => Buffer.compare(a, b))}${outcome(() => a.equals(b))}`;
      const target = Buffer.alloc(8, 0x2e);
      const copied = outcome(() => call(a, 'copy', [target, i1, i2, i3].slice(0, Math.min(arity, 4))));
      return `${compared}|${statics}|${copied}|${describe(target)}`;
    },
  },
  {
    name: 'slice, subarray, swap, concat, toJSON',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      return fc.tuple(a.bytes, a.index, a.index, fc.array(a.bytes, { maxLength: 4 }), fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 100 }), fc.constant('3')));
    },
    run: ({ Buffer }, [bytes, start, end, parts, total]) => {
      const buf = Buffer.from(bytes);
      const sliced = outcome(() => buf.slice(start, end));
      const sub = outcome(() => buf.subarray(typeof start === 'number' ? start : undefined, typeof end === 'number' ? end : undefined));
      const swaps = ['swap16', 'swap32', 'swap64'].map((m) => outcome(() => Buffer.from(bytes)[m]())).join(',');
      const joined = outcome(() => Buffer.concat(parts.map((p) => Buffer.from(p)), total));
      return `${sliced}|${sub}|${swaps}|${joined}|${JSON.stringify(buf.subarray(0, 4))}`;
    },
  },
  {
    name: 'Buffer.from(non-strings), alloc, allocUnsafe and isEncoding',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      const value = fc.oneof(
        fc.array(fc.oneof(fc.integer({ min: -300, max: 600 }), fc.double(), fc.constantFrom('7', null, true)), { maxLength: 8 }),
        fc.constantFrom(1, null, undefined, {}, { length: 3 }, { length: '2', 0: 5 }, { type: 'Buffer', data: [1, 2, 300] }, Symbol.iterator),
      );
      return fc.tuple(value, fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constantFrom(1.5, NaN, '3', 2 ** 33)), a.encoding);
    },
    run: ({ Buffer }, [value, size, encoding]) => {
      const from = outcome(() => Buffer.from(typeof value === 'symbol' ? {} : value));
      const alloc = outcome(() => Buffer.alloc(size));
      const unsafe = outcome(() => Buffer.allocUnsafe(size).length);
      const slow = outcome(() => Buffer.allocUnsafeSlow(size).length);
      return `${from}|${alloc}|${unsafe}|${slow}|${Buffer.isEncoding(encoding)}`;
    },
  },
  {
    name: 'transcode, atob and btoa',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      const encodingName = fc.constantFrom('utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'bad');
      return fc.tuple(a.bytes, encodingName, encodingName, fc.oneof(a.string, fc.constantFrom(undefined, null, 123)));
    },
    run: ({ transcode, atob, btoa }, [bytes, from, to, text]) =>
      `${outcome(() => transcode(bytes, from, to))}|${outcome(() => atob(text))}|${outcome(() => btoa(text))}`,
  },
  {
    name: 'StringDecoder over random chunks',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      return fc.tuple(fc.constantFrom('utf8', 'utf16le', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex', undefined), fc.array(a.bytes, { maxLength: 6 }), fc.boolean());
    },
    run: ({ StringDecoder, Buffer }, [encoding, chunks, endWithChunk]) => {
      const decoder = new StringDecoder(encoding);
      const parts = [decoder.encoding];
      for (const chunk of chunks) {
        parts.push(outcome(() => decoder.write(Buffer.from(chunk))));
        parts.push(`${decoder.lastNeed}/${decoder.lastTotal}`);
      }
      parts.push(outcome(() => (endWithChunk ? decoder.end(Buffer.from([0xe2, 0x82])) : decoder.end())));
      parts.push(`${decoder.lastNeed}/${decoder.lastTotal}`);
      return parts.join('|');
    },
  },
];
