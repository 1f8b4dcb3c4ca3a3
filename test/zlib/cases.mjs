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

// Brotli: polynode runs brotli 1.0.9, the library Node 16 links, so every setting must give
// Node's bytes. Keys are zlib.constants.BROTLI_PARAM_* (0 mode, 1 quality, 2 lgwin, 3 lgblock,
// 4 disable literal context modeling, 5 size hint, 6 large window, 7 npostfix, 8 ndirect).
for (let quality = 0; quality <= 11; quality++) COMBOS.push({ method: 'brotliCompressSync', options: { params: { 1: quality } } });
for (const params of [
  { 2: 10 }, { 2: 16 }, { 2: 24 }, { 1: 5, 2: 10 }, { 1: 9, 2: 24 }, { 0: 1 }, { 0: 2 }, { 1: 6, 0: 1 }, { 3: 16 }, { 1: 5, 3: 24 },
  { 4: 1 }, { 1: 7, 4: true }, { 5: 1000 }, { 1: 4, 5: 100000 }, { 6: 1 }, { 1: 10, 2: 12, 6: 1 }, { 7: 2, 8: 8 }, { 1: 5, 7: 1, 8: 30 },
]) COMBOS.push({ method: 'brotliCompressSync', options: { params } });

export const DECOMPRESS = { deflateSync: 'inflateSync', deflateRawSync: 'inflateRawSync', gzipSync: 'gunzipSync', brotliCompressSync: 'brotliDecompressSync' };

/** The options that decompress a combo's output: its window size, or brotli's large-window flag. */
export function decompressOptions(combo) {
  const options = combo.options;
  if (options.params?.[6]) return { params: { 1: 1 } };
  if (options.windowBits) return { windowBits: options.windowBits === 8 ? 9 : options.windowBits };
  return {};
}

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
  // Large inputs: zlib's stored blocks (level 0) are cut by the output space, so the output
  // pieces of the one-shot methods must be chunkSize (as Node's); decompression may use any.
  const big = (B) => { const b = B.alloc(150000); for (let i = 0; i < b.length; i++) b[i] = (i * 31 + (i >> 9)) & 0xff; return b; };
  const sum = (out) => `${out.length}:${hashBytes(out)}`;
  add('large level 0 deflate', (l, B) => sum(l.deflateSync(big(B), { level: 0 })));
  add('large level 0 gzip chunkSize 1024', (l, B) => sum(l.gzipSync(big(B), { level: 0, chunkSize: 1024 })));
  add('large level 0 raw chunkSize 64', (l, B) => sum(l.deflateRawSync(big(B), { level: 0, chunkSize: 64 })));
  add('large inflate chunkSize 64', (l, B) => sum(l.inflateSync(l.deflateSync(big(B)), { chunkSize: 64 })));
  add('large gunzip info', (l, B) => { const r = l.gunzipSync(l.gzipSync(big(B), { level: 0 }), { info: true }); return `${sum(r.buffer)}:${r.engine.bytesWritten}`; });
  add('large inflate maxOutputLength', (l, B) => l.inflateSync(l.deflateSync(big(B)), { maxOutputLength: 100000 }));
  // A 300 KB text: long inputs exercise the hash chains (Chromium's CRC-32C hash), the
  // window slides and the block splits that the small inputs above never reach.
  const bigText = (B) => {
    const rand = prng(0x7e57);
    let text = '';
    while (text.length < 300000) text += WORDS[Math.floor(rand() * WORDS.length)] + (rand() < 0.1 ? ',\n' : ' ') + (rand() < 0.05 ? `{"id":${Math.floor(rand() * 1e6)}} ` : '');
    return B.from(text.slice(0, 300000));
  };
  for (const [method, options] of [
    ['deflateSync', {}], ['deflateSync', { level: 1 }], ['deflateSync', { level: 4 }], ['deflateSync', { level: 9 }],
    ['gzipSync', { level: 5, memLevel: 9 }], ['deflateRawSync', { level: 2, windowBits: 10, memLevel: 2 }],
    ['deflateRawSync', { level: 7, windowBits: 9, memLevel: 1 }], ['deflateSync', { strategy: 1 }], ['gzipSync', { level: 3, strategy: 1 }], ['deflateSync', { level: 2, memLevel: 9 }],
    ['deflateRawSync', { level: 6, memLevel: 9 }], ['gzipSync', { level: 4, memLevel: 7, windowBits: 12 }],
  ]) {
    add(`large text ${method} ${JSON.stringify(options)}`, (l, B) => sum(l[method](bigText(B), options)));
  }
  // A 2 KB dictionary before the large text: dictionary strings are hashed like the data's.
  for (const [method, options] of [['deflateSync', { level: 1 }], ['deflateSync', { level: 6 }], ['deflateRawSync', { level: 9, memLevel: 3 }], ['deflateRawSync', { level: 4, windowBits: 11 }]]) {
    add(`large text ${method} ${JSON.stringify(options)} with a dictionary`, (l, B) => {
      const text = bigText(B);
      return sum(l[method](text.subarray(2048), { ...options, dictionary: text.subarray(0, 2048) }));
    });
  }
  add('large inflate maxOutputLength exact', (l, B) => sum(l.inflateSync(l.deflateSync(big(B)), { maxOutputLength: 150000 })));
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
  const b = (l) => l.brotliCompressSync(text);
  add('brotli default', (l) => b(l));
  add('brotli empty', (l) => l.brotliCompressSync(''));
  add('brotli roundtrip', (l) => l.brotliDecompressSync(b(l)));
  add('brotli decompress garbage', (l, B) => l.brotliDecompressSync(B.from('garbage here')));
  add('brotli decompress ff ff ff', (l, B) => l.brotliDecompressSync(B.from([0xff, 0xff, 0xff])));
  add('brotli decompress reserved bit', (l, B) => l.brotliDecompressSync(B.from([0x81, 0x01])));
  add('brotli decompress truncated', (l) => l.brotliDecompressSync(b(l).subarray(0, 5)));
  add('brotli decompress truncated 1 byte', (l) => l.brotliDecompressSync(b(l).subarray(0, 1)));
  add('brotli decompress empty', (l, B) => l.brotliDecompressSync(B.alloc(0)));
  add('brotli decompress trailing garbage', (l, B) => l.brotliDecompressSync(B.concat([b(l), B.from('garbage')])));
  add('brotli decompress zlib data', (l) => l.brotliDecompressSync(z(l)));
  add('brotli decompress flipped byte', (l) => { const d = l.brotliCompressSync('hello hello hello hello '.repeat(50)); d[d.length >> 1] ^= 0x55; return l.brotliDecompressSync(d); });
  add('brotli decompress finishFlush process', (l) => l.brotliDecompressSync(b(l).subarray(0, 5), { finishFlush: 0 }));
  add('brotli maxOutputLength too small', (l) => l.brotliDecompressSync(l.brotliCompressSync('a'.repeat(100)), { maxOutputLength: 3 }));
  add('brotli maxOutputLength compress', (l) => l.brotliCompressSync('a'.repeat(100), { maxOutputLength: 1 }));
  add('brotli info', (l) => l.brotliCompressSync(text, { info: true }));
  add('brotli chunkSize 64', (l) => l.brotliDecompressSync(l.brotliCompressSync('xy'.repeat(5000)), { chunkSize: 64 }).length);
  add('brotli chunkSize 10', (l) => l.brotliCompressSync(text, { chunkSize: 10 }));
  add('brotli flush 4', (l) => l.brotliCompressSync(text, { flush: 4 }));
  add('brotli finishFlush -1', (l) => l.brotliCompressSync(text, { finishFlush: -1 }));
  add('brotli finishFlush flush', (l) => l.brotliCompressSync(text, { finishFlush: 1 }));
  add('brotli finishFlush emit metadata', (l) => l.brotliCompressSync(text, { finishFlush: 3 }));
  add('brotli flush flush', (l) => l.brotliCompressSync(text, { flush: 1 }));
  add('brotli param 9', (l) => l.brotliCompressSync(text, { params: { 9: 1 } }));
  add('brotli param -1', (l) => l.brotliCompressSync(text, { params: { '-1': 1 } }));
  add('brotli param name', (l) => l.brotliCompressSync(text, { params: { quality: 1 } }));
  add('brotli param duplicate', (l) => l.brotliCompressSync(text, { params: { 1: 1, '01': 2 } }));
  add('brotli param string value', (l) => l.brotliCompressSync(text, { params: { 1: '5' } }));
  add('brotli param null value', (l) => l.brotliCompressSync(text, { params: { 1: null } }));
  add('brotli params string', (l) => l.brotliCompressSync(text, { params: 'ab' }));
  add('brotli quality 99', (l) => l.brotliCompressSync(text, { params: { 1: 99 } }));
  add('brotli quality -1 (unset)', (l) => l.brotliCompressSync(text, { params: { 1: -1 } }));
  add('brotli quality 1.7', (l) => l.brotliCompressSync(text, { params: { 1: 1.7 } }));
  add('brotli quality NaN', (l) => l.brotliCompressSync(text, { params: { 1: NaN } }));
  add('brotli lgwin 9 refused', (l) => l.brotliCompressSync(text, { params: { 2: 9 } }));
  add('brotli lgwin 25 refused', (l) => l.brotliCompressSync(text, { params: { 2: 25 } }));
  add('brotli lgwin 30 large window', (l) => l.brotliCompressSync(text, { params: { 2: 30, 6: 1 } }));
  add('brotli large window decode refused', (l) => l.brotliDecompressSync(l.brotliCompressSync(text, { params: { 2: 30, 6: 1 } })));
  add('brotli large window decode', (l) => l.brotliDecompressSync(l.brotliCompressSync(text, { params: { 2: 30, 6: 1 } }), { params: { 1: 1 } }));
  add('brotli decoder param 2 refused', (l) => l.brotliDecompressSync(b(l), { params: { 2: 1 } }));
  add('brotli decoder param 0', (l) => l.brotliDecompressSync(b(l), { params: { 0: 1 } }));
  add('brotli npostfix 4 refused', (l) => l.brotliCompressSync(text, { params: { 7: 4 } }));
  add('brotli mode 3 refused', (l) => l.brotliCompressSync(text, { params: { 0: 3 } }));
  add('brotli input number', (l) => l.brotliCompressSync(1));
  add('brotli input bad, bad param', (l) => l.brotliCompressSync(1, { params: { 99: 1 } }));
  add('brotli input DataView', (l) => l.brotliCompressSync(new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2)));
  add('brotli input ArrayBuffer', (l) => l.brotliCompressSync(new Uint8Array([1, 2, 3]).buffer));
  add('brotli options null', (l) => l.brotliCompressSync(text, null));
  add('brotli two windows of output', (l) => l.brotliDecompressSync(l.brotliCompressSync('ab'.repeat(40000))).length);
  return cases;
}

/**
 * Streamed brotli, compared with Node 16: each case writes pieces of random sizes (with
 * `flush()` calls between some of them) into a stream class and resolves with what came out
 * (`describe`d), or the stream's error.
 */
export function brotliStreamCases() {
  const rand = prng(0xb207);
  const inputs = makeInputs();
  const cases = {};
  const run = (stream, pieces, flushAfter, Buffer) => new Promise((resolve) => {
    const out = [];
    stream.on('data', (chunk) => out.push(chunk));
    stream.on('error', (error) => resolve(describe(error)));
    stream.on('end', () => resolve(describe(Buffer.concat(out))));
    let i = 0;
    const next = () => {
      while (i < pieces.length) {
        const piece = pieces[i++];
        if (flushAfter.has(i)) {
          stream.write(piece);
          stream.flush(next);
          return;
        }
        stream.write(piece);
      }
      stream.end();
    };
    next();
  });
  const split = (bytes) => {
    const pieces = [];
    for (let at = 0; at < bytes.length;) {
      const size = 1 + Math.floor(rand() ** 3 * 4000);
      pieces.push(bytes.subarray(at, at + size));
      at += size;
    }
    return pieces;
  };
  for (const index of [4, 12, 30, 57, 71, 90, 99, 104]) {
    const input = inputs[index];
    const pieces = split(input);
    const flushAfter = new Set(pieces.map((_, k) => k + 1).filter(() => rand() < 0.3));
    const quality = Math.floor(rand() * 12);
    cases[`compress input ${index} q${quality} in ${pieces.length} pieces, ${flushAfter.size} flushes`] = ({ zlib, Buffer }) =>
      run(new zlib.BrotliCompress({ params: { [1]: quality } }), pieces.map((p) => Buffer.from(p)), flushAfter, Buffer);
    cases[`decompress input ${index} (q${quality}) in random pieces`] = ({ zlib, Buffer }) => {
      const packed = zlib.brotliCompressSync(input, { params: { [1]: quality } });
      return run(new zlib.BrotliDecompress(), split(packed).map((p) => Buffer.from(p)), new Set(), Buffer)
        .then((result) => (result === describe(input) ? 'same as input' : result));
    };
  }
  cases['decompress garbage'] = ({ zlib, Buffer }) => run(new zlib.BrotliDecompress(), [Buffer.from('garbage here')], new Set(), Buffer);
  cases['decompress truncated'] = ({ zlib, Buffer }) => run(new zlib.BrotliDecompress(), [zlib.brotliCompressSync('hello hello hello hello').subarray(0, 6)], new Set(), Buffer);
  cases['compress with flush(BROTLI_OPERATION_EMIT_METADATA)'] = ({ zlib, Buffer }) => new Promise((resolve) => {
    const stream = new zlib.BrotliCompress();
    const out = [];
    stream.on('data', (chunk) => out.push(chunk));
    stream.on('end', () => resolve(describe(Buffer.concat(out))));
    stream.write(Buffer.from('first part '));
    stream.flush(3, () => stream.end(Buffer.from('second part')));
  });
  cases['compress, reset after a flush, compress again'] = ({ zlib, Buffer }) => new Promise((resolve) => {
    const stream = new zlib.BrotliCompress({ params: { [1]: 3 } });
    const out = [];
    stream.on('data', (chunk) => out.push(chunk));
    stream.on('end', () => resolve(describe(Buffer.concat(out))));
    stream.write(Buffer.from('before reset '.repeat(20)));
    stream.flush(() => {
      stream.reset();
      stream.end(Buffer.from('after reset '.repeat(20)));
    });
  });
  cases['decompress: bytesWritten and two members'] = ({ zlib, Buffer }) => new Promise((resolve) => {
    const stream = new zlib.BrotliDecompress();
    const out = [];
    stream.on('data', (chunk) => out.push(chunk));
    stream.on('end', () => resolve(`${describe(Buffer.concat(out))} bytesWritten=${stream.bytesWritten}`));
    stream.end(Buffer.concat([zlib.brotliCompressSync('one'), zlib.brotliCompressSync('two')]));
  });
  return cases;
}

/**
 * Streamed zlib compression compared with Node 16: Deflate/Gzip/DeflateRaw at random settings,
 * fed in random pieces with flush() calls of every kind and params() changes between them
 * (also across level 5/6, where Node 16's zlib changes how it hashes), on inputs large enough
 * for the window to slide. The output is hashed (`length:fnv`).
 */
export function zlibStreamCases() {
  const rand = prng(0x5ab1e);
  const inputs = makeInputs();
  const big = (() => {
    const parts = [];
    for (let i = 0; i < 40; i++) parts.push(inputs[Math.floor(rand() * inputs.length)]);
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
  })();
  const cases = {};
  const classes = ['Deflate', 'Gzip', 'DeflateRaw'];
  for (let n = 0; n < 24; n++) {
    const input = n % 3 === 0 ? big : inputs[Math.floor(rand() * inputs.length)];
    const cls = classes[n % 3];
    const options = { level: Math.floor(rand() * 11) - 1 };
    if (rand() < 0.3) options.memLevel = 1 + Math.floor(rand() * 9);
    if (rand() < 0.3) options.windowBits = 9 + Math.floor(rand() * 7);
    if (rand() < 0.2) options.strategy = Math.floor(rand() * 5);
    const pieces = [];
    for (let at = 0; at < input.length;) {
      const size = 1 + Math.floor(rand() ** 3 * 6000);
      pieces.push([at, Math.min(at + size, input.length)]);
      at += size;
    }
    // After some pieces: a flush of some kind (1 partial, 2 sync, 3 full, 5 block) or a params() change.
    const actions = new Map();
    pieces.forEach((_, k) => {
      const r = rand();
      if (r < 0.15) actions.set(k, { flush: [1, 2, 3, 5][Math.floor(rand() * 4)] });
      else if (r < 0.22) actions.set(k, { params: [Math.floor(rand() * 10), Math.floor(rand() * 5)] });
    });
    const label = `${cls} ${JSON.stringify(options)}, ${pieces.length} pieces, ${actions.size} flush/params`;
    cases[label] = ({ zlib, Buffer }) => new Promise((resolve) => {
      const stream = new zlib[cls](options);
      const out = [];
      stream.on('data', (chunk) => out.push(chunk));
      stream.on('error', (error) => resolve(describe(error)));
      stream.on('end', () => {
        const all = Buffer.concat(out);
        const inflate = { Deflate: 'inflateSync', Gzip: 'gunzipSync', DeflateRaw: 'inflateRawSync' }[cls];
        const back = zlib[inflate](all, options.windowBits ? { windowBits: options.windowBits } : undefined);
        resolve(`${all.length}:${hashBytes(all)}:${Buffer.compare(back, Buffer.from(input)) === 0 ? 'inflates back' : 'BROKEN'}`);
      });
      let k = 0;
      const next = () => {
        while (k < pieces.length) {
          const [from, to] = pieces[k];
          const action = actions.get(k++);
          stream.write(Buffer.from(input.subarray(from, to)));
          if (action?.flush) return stream.flush(action.flush, next);
          if (action?.params) return stream.params(action.params[0], action.params[1], next);
        }
        stream.end();
      };
      next();
    });
  }
  return cases;
}
