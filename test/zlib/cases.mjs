// The shared cases of the zlib golden test. scripts/golden/zlib.mjs runs them through real
// Node 16.13.1's zlib and writes test/golden/node16-zlib.json; test/zlib/golden.test.ts runs
// them through polynode and compares.
//
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
// Everything here must behave the same in Node 16, Chromium and Firefox, except the code
// under test (`lib` is a zlib module plus its Buffer).

import { prng } from '../support/golden-helpers.mjs';

const WORDS = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'zlib', 'deflate', 'inflate',
  'Node', 'browser', 'polynode', 'buffer', 'stream', '\n', 'αβγ', '日本語', '😀', '  ', '{"a":1}', 'lorem', 'ipsum'];

/** ≥ 100 inputs as Uint8Arrays: text of many sizes, random bytes, low-entropy bytes, edge cases. */
export function makeInputs() {
  const rand = prng(0x2a16);
  const enc = new TextEncoder();
  const inputs = [new Uint8Array(0), new Uint8Array([0]), new Uint8Array(1000), enc.encode('a'), enc.encode('hello hello hello')];
  for (let i = 0; i < 50; i++) {
    const n = 1 + Math.floor(rand() ** 2 * 600);
    let text = '';
    for (let j = 0; j < n; j++) text += WORDS[Math.floor(rand() * WORDS.length)] + (rand() < 0.8 ? ' ' : '');
    inputs.push(enc.encode(text));
  }
  for (let i = 0; i < 30; i++) {
    const n = Math.floor(rand() ** 2 * 3000);
    const bytes = new Uint8Array(n);
    for (let j = 0; j < n; j++) bytes[j] = Math.floor(rand() * 256);
    inputs.push(bytes);
  }
  for (let i = 0; i < 20; i++) {
    const n = Math.floor(rand() * 20000);
    const alphabet = 1 + Math.floor(rand() * 6);
    const bytes = new Uint8Array(n);
    for (let j = 0; j < n; j++) bytes[j] = 65 + Math.floor(rand() * alphabet);
    inputs.push(bytes);
  }
  return inputs;
}

/** The compression settings compared byte for byte with Node 16. */
export const COMBOS = [];
for (const method of ['deflateSync', 'deflateRawSync', 'gzipSync']) {
  for (const level of [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) COMBOS.push({ method, options: { level } });
  for (const strategy of [1, 2, 3, 4]) COMBOS.push({ method, options: { strategy } });
  for (const windowBits of [9, 10, 12]) COMBOS.push({ method, options: { windowBits } });
  for (const memLevel of [1, 5, 9]) COMBOS.push({ method, options: { memLevel } });
  COMBOS.push({ method, options: { level: 1, strategy: 1, windowBits: 11, memLevel: 4 } });
}
COMBOS.push({ method: 'deflateSync', options: { windowBits: 8 } });
COMBOS.push({ method: 'deflateRawSync', options: { windowBits: 8 } });

export const DECOMPRESS = { deflateSync: 'inflateSync', deflateRawSync: 'inflateRawSync', gzipSync: 'gunzipSync' };

/** Which combo's Node output is stored in full for input i (the inflate-Node's-bytes test). */
export function storedCombo(i) {
  return (i * 7) % COMBOS.length;
}

export function comboName(combo) {
  return `${combo.method} ${JSON.stringify(combo.options)}`;
}

/** FNV-1a, 32 bits, of bytes; as 8 hex digits. */
export function hashBytes(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function toHex(bytes) {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return hex;
}

export function fromHex(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Describes an outcome the same way in every engine. */
export function describe(value) {
  if (value instanceof Error) {
    const own = ['errno', 'code'].map((k) => `${k}=${String(value[k])}`).join(',');
    return `E:${value.name}:${value.message}:${own}:${value.code ? String(value) : ''}`;
  }
  if (value instanceof Uint8Array) return `B:${toHex(value)}`;
  if (value && typeof value === 'object' && value.buffer instanceof Uint8Array) {
    return `I:${toHex(value.buffer)}:${value.engine && value.engine.bytesWritten}`;
  }
  return `V:${typeof value}:${String(value)}`;
}

export function outcome(fn) {
  try {
    return describe(fn());
  } catch (error) {
    return describe(error);
  }
}

/** Sync error (and edge) cases: name -> (lib) => outcome string. */
export function errorCases() {
  const cases = {};
  const add = (name, fn) => { cases[name] = (lib) => outcome(() => fn(lib.zlib, lib.Buffer)); };
  const text = 'hello hello hello hello';
  const z = (lib) => lib.deflateSync(text);
  const g = (lib) => lib.gzipSync(text);
  const r = (lib) => lib.deflateRawSync(text);
  add('inflate garbage', (l, B) => l.inflateSync(B.from('garbage')));
  add('inflate truncated', (l) => l.inflateSync(z(l).subarray(0, 5)));
  add('inflate truncated 1 byte', (l) => l.inflateSync(z(l).subarray(0, 1)));
  add('inflate truncated trailer', (l) => { const d = z(l); return l.inflateSync(d.subarray(0, d.length - 2)); });
  add('inflate truncated, finishFlush sync', (l) => l.inflateSync(z(l).subarray(0, 8), { finishFlush: 2 }));
  add('inflate bad checksum', (l) => { const d = z(l); d[d.length - 1] ^= 1; return l.inflateSync(d); });
  add('inflate gzip data', (l) => l.inflateSync(g(l)));
  add('inflate empty', (l, B) => l.inflateSync(B.alloc(0)));
  add('inflate trailing garbage', (l, B) => l.inflateSync(B.concat([z(l), B.from('garbage')])));
  add('gunzip zlib data', (l) => l.gunzipSync(z(l)));
  add('gunzip truncated', (l) => l.gunzipSync(g(l).subarray(0, 12)));
  add('gunzip bad crc', (l) => { const d = g(l); d[d.length - 6] ^= 1; return l.gunzipSync(d); });
  add('gunzip bad length', (l) => { const d = g(l); d[d.length - 2] ^= 1; return l.gunzipSync(d); });
  add('gunzip bad method', (l) => { const d = g(l); d[2] = 7; return l.gunzipSync(d); });
  add('gunzip two members', (l, B) => l.gunzipSync(B.concat([g(l), l.gzipSync('second')])));
  add('gunzip trailing garbage', (l, B) => l.gunzipSync(B.concat([g(l), B.from('garbage')])));
  add('gunzip trailing zeros', (l, B) => l.gunzipSync(B.concat([g(l), B.alloc(5)])));
  add('unzip gzip', (l) => l.unzipSync(g(l)));
  add('unzip zlib', (l) => l.unzipSync(z(l)));
  add('unzip raw', (l) => l.unzipSync(r(l)));
  add('unzip two gzip members', (l, B) => l.unzipSync(B.concat([g(l), l.gzipSync('second')])));
  add('unzip one byte 1f', (l, B) => l.unzipSync(B.from([0x1f])));
  add('unzip empty', (l, B) => l.unzipSync(B.alloc(0)));
  add('inflateRaw bad block type', (l, B) => l.inflateRawSync(B.from([0xff, 0xff])));
  add('inflateRaw truncated', (l) => l.inflateRawSync(r(l).subarray(0, 4)));
  add('inflateRaw of zlib data', (l) => l.inflateRawSync(z(l)));
  add('inflate distance too far', (l, B) => l.inflateRawSync(B.from([0x63, 0x00, 0x82, 0x00, 0x00])));
  add('dictionary roundtrip', (l, B) => l.inflateSync(l.deflateSync(text, { dictionary: B.from('hello') }), { dictionary: B.from('hello') }));
  add('dictionary missing', (l, B) => l.inflateSync(l.deflateSync(text, { dictionary: B.from('hello') })));
  add('dictionary wrong', (l, B) => l.inflateSync(l.deflateSync(text, { dictionary: B.from('hello') }), { dictionary: B.from('xx') }));
  add('dictionary raw roundtrip', (l, B) => l.inflateRawSync(l.deflateRawSync(text, { dictionary: B.from('hello') }), { dictionary: B.from('hello') }));
  add('dictionary raw output', (l, B) => l.deflateRawSync(text, { dictionary: B.from('hello') }));
  add('dictionary gzip ignored', (l, B) => l.gzipSync(text, { dictionary: B.from('hello') }));
  add('dictionary ArrayBuffer', (l) => l.deflateSync(text, { dictionary: new Uint8Array([104, 101]).buffer }));
  add('dictionary string', (l) => l.deflateSync(text, { dictionary: 'x' }));
  add('window 8 deflate', (l) => l.deflateSync(text, { windowBits: 8 }));
  add('window 8 inflate of window 9', (l) => l.inflateSync(l.deflateSync(text, { windowBits: 9 }), { windowBits: 8 }));
  add('window 8 gzip', (l) => l.gzipSync(text, { windowBits: 8 }));
  add('window 16', (l) => l.deflateSync(text, { windowBits: 16 }));
  add('window 0 deflate', (l) => l.deflateSync(text, { windowBits: 0 }));
  add('window 0 inflate', (l) => l.inflateSync(z(l), { windowBits: 0 }));
  add('window 9 inflate of 15', (l) => l.inflateSync(z(l), { windowBits: 9 }));
  add('level 10', (l) => l.deflateSync(text, { level: 10 }));
  add('level -2', (l) => l.deflateSync(text, { level: -2 }));
  add('level string', (l) => l.deflateSync(text, { level: '1' }));
  add('level Infinity', (l) => l.deflateSync(text, { level: Infinity }));
  add('level NaN', (l) => l.deflateSync(text, { level: NaN }));
  add('level 1.5', (l) => l.deflateSync(text, { level: 1.5 }));
  add('memLevel 0', (l) => l.deflateSync(text, { memLevel: 0 }));
  add('memLevel 10', (l) => l.deflateSync(text, { memLevel: 10 }));
  add('strategy 5', (l) => l.deflateSync(text, { strategy: 5 }));
  add('strategy null', (l) => l.deflateSync(text, { strategy: null }));
  add('chunkSize 10', (l) => l.deflateSync(text, { chunkSize: 10 }));
  add('chunkSize 64', (l) => l.inflateSync(l.deflateSync('x'.repeat(5000)), { chunkSize: 64 }).length);
  add('chunkSize -Infinity', (l) => l.deflateSync(text, { chunkSize: -Infinity }));
  add('finishFlush 7', (l) => l.deflateSync(text, { finishFlush: 7 }));
  add('finishFlush sync flush deflate', (l) => l.deflateSync(text, { finishFlush: 2 }));
  add('finishFlush full flush deflate', (l) => l.deflateSync(text, { finishFlush: 3 }));
  add('flush 6', (l) => l.deflateSync(text, { flush: 6 }));
  add('maxOutputLength 0', (l) => l.deflateSync(text, { maxOutputLength: 0 }));
  add('maxOutputLength string', (l) => l.deflateSync(text, { maxOutputLength: '5' }));
  add('maxOutputLength too small', (l) => l.inflateSync(l.deflateSync('a'.repeat(100)), { maxOutputLength: 3 }));
  add('maxOutputLength exact', (l) => l.inflateSync(l.deflateSync('a'.repeat(100)), { maxOutputLength: 100 }));
  add('maxOutputLength deflate', (l) => l.deflateSync('a'.repeat(100), { maxOutputLength: 5 }));
  add('info', (l) => l.deflateSync(text, { info: true }));
  add('options string', (l) => l.deflateSync(text, 'x'));
  add('options null', (l) => l.deflateSync(text, null));
  add('options null inflate', (l) => l.inflateSync(z(l), null));
  add('input number', (l) => l.deflateSync(1));
  add('input undefined', (l) => l.deflateSync(undefined));
  add('input object', (l) => l.deflateSync({}));
  add('input array', (l) => l.deflateSync([1, 2]));
  add('input bad input and bad option', (l) => l.deflateSync(1, { level: 99 }));
  add('input Uint16Array', (l) => l.deflateSync(new Uint16Array([1, 2, 3])));
  add('input DataView', (l) => l.deflateSync(new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2)));
  add('input ArrayBuffer', (l) => l.deflateSync(new Uint8Array([1, 2, 3]).buffer));
  add('input subarray', (l, B) => l.deflateSync(B.from('xxhelloxx').subarray(2, 7)));
  add('input string utf8', (l) => l.gunzipSync(l.gzipSync('héllo 日本')));
  add('inflate Uint8Array input', (l) => l.inflateSync(new Uint8Array(z(l))));
  add('two windows of output', (l) => l.inflateSync(l.deflateSync('ab'.repeat(40000))).length);
  add('gzip header bytes', (l) => l.gzipSync('').subarray(0, 10));
  add('brotliCompressSync', (l) => typeof l.brotliCompressSync);
  return cases;
}
