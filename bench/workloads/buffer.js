// Workloads for `buffer`. See bench/README.md for the shape of a workload.
// The rows and names match the pre-project baseline (shared/notes/perf-baseline.md) where it
// had them, so numbers compare; base64url, latin1, utf16le, readBigUInt64LE and fill are new.
import { MiB, asciiText, mixedText, latin1Text, randomBytes, prng, cached } from './_data.js';
import * as ref from './_ref.js';

/** The builtin ids the workloads get in `lib` (lib.buffer is the column's `buffer` module). */
export const modules = ['buffer'];

const hasToBase64 = () => typeof Uint8Array.prototype.toBase64 === 'function';
const hasFromBase64 = () => typeof Uint8Array.fromBase64 === 'function';
const hasToHex = () => typeof Uint8Array.prototype.toHex === 'function';
const hasFromHex = () => typeof Uint8Array.fromHex === 'function';

// Results of the x1000 loops go into this ring, so no allocation can be optimized away.
const keep = new Array(16);

/** A copy of bytes in the column's Buffer. */
const bufferOf = (lib, bytes) => lib.buffer.Buffer.from(bytes);

// Inputs (lazy: generated in the page, shared by every column).
const ascii = () => asciiText(MiB, 11);
const mixed = () => mixedText(MiB, 12);
const random = () => randomBytes(MiB, 13);
const asciiBytes = () => cached('buffer:asciiBytes', () => ref.utf8Encode(ascii()));
const mixedBytes = () => cached('buffer:mixedBytes', () => ref.utf8Encode(mixed()));
const randomBase64 = () => cached('buffer:b64', () => ref.base64(random()));
const randomBase64url = () => cached('buffer:b64url', () => ref.base64(random(), true));
const randomHex = () => cached('buffer:hex', () => ref.hex(random()));
const latin1 = () => latin1Text(MiB, 14);
// 512 Ki UTF-16 code units of mixed text, well formed (TextDecoder would replace a lone surrogate).
const utf16Text = () =>
  cached('buffer:utf16Text', () => {
    const source = mixedText(MiB, 15);
    if (source.length < MiB / 2) throw new Error('bench: utf16 source text too short');
    let text = source.slice(0, MiB / 2);
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1) + 'a';
    return text;
  });
const utf16Bytes = () => cached('buffer:utf16Bytes', () => ref.utf16leEncode(utf16Text()));
const concatParts = () =>
  cached('buffer:concatParts', () => {
    const rand = prng(16);
    const parts = [];
    for (let i = 0; i < 1000; i++) parts.push(randomBytes(MiB, 17).slice(i * 300, i * 300 + rand.int(16, 256)));
    return parts;
  });
const doubles = () =>
  cached('buffer:doubles', () => {
    const rand = prng(18);
    const values = new Float64Array(MiB / 8);
    for (let i = 0; i < values.length; i++) values[i] = (rand() - 0.5) * 2 ** rand.int(-40, 40);
    // A few special values. No NaN: buffer@6 (ieee754) writes it as 7ff0000000000001 where Node
    // writes 7ff8000000000000, which would mark the peers ≠ and leave this row without a ratio;
    // that difference is for the tests to pin down, not the benchmark.
    values[0] = -0;
    values[1] = Infinity;
    values[2] = -Infinity;
    values[3] = 5e-324;
    return values;
  });
const NEEDLE = 'needle~in~stack'; // 15 chars; `~` never occurs in asciiText
const haystack = () => cached('buffer:haystack', () => {
  const text = asciiText(MiB, 19);
  const at = MiB - 4096;
  return text.slice(0, at) + NEEDLE + text.slice(at + NEEDLE.length);
});
const SHORT_STRING = 'The quick brown fox jumps over t'; // 32 chars
const short33 = () => cached('buffer:short33', () => ref.utf8Encode('Lorem ipsum dolor sit amet, conse'));

export default [
  // ---- UTF-8 ------------------------------------------------------------------------------
  {
    name: 'buffer.from.utf8.ascii',
    title: "Buffer.from(str, 'utf8'), 1 MiB ASCII",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, str: ascii() }),
    run: ({ Buffer, str }) => Buffer.from(str, 'utf8'),
    expected: () => asciiBytes(),
    native: {
      api: 'TextEncoder.encode',
      setup: () => ({ encoder: new TextEncoder(), str: ascii() }),
      run: ({ encoder, str }) => encoder.encode(str),
    },
  },
  {
    name: 'buffer.from.utf8.mixed',
    title: "Buffer.from(str, 'utf8'), 1 MiB mixed UTF-8",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, str: mixed() }),
    run: ({ Buffer, str }) => Buffer.from(str, 'utf8'),
    expected: () => mixedBytes(),
    native: {
      api: 'TextEncoder.encode',
      setup: () => ({ encoder: new TextEncoder(), str: mixed() }),
      run: ({ encoder, str }) => encoder.encode(str),
    },
  },
  {
    name: 'buffer.toString.utf8.ascii',
    title: "buf.toString('utf8'), 1 MiB ASCII",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: bufferOf(lib, asciiBytes()) }),
    run: ({ buf }) => buf.toString('utf8'),
    expected: () => ascii(),
    native: {
      api: 'TextDecoder.decode',
      setup: () => ({ decoder: new TextDecoder(), bytes: asciiBytes().slice() }),
      run: ({ decoder, bytes }) => decoder.decode(bytes),
    },
  },
  {
    name: 'buffer.toString.utf8.mixed',
    title: "buf.toString('utf8'), 1 MiB mixed UTF-8",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: bufferOf(lib, mixedBytes()) }),
    run: ({ buf }) => buf.toString('utf8'),
    expected: () => mixed(),
    native: {
      api: 'TextDecoder.decode',
      setup: () => ({ decoder: new TextDecoder(), bytes: mixedBytes().slice() }),
      run: ({ decoder, bytes }) => decoder.decode(bytes),
    },
  },
  {
    name: 'buffer.write.utf8.mixed',
    title: 'buf.write(str) into a preallocated 1 MiB, mixed UTF-8',
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: lib.buffer.Buffer.alloc(MiB), str: mixed() }),
    run: ({ buf, str }) => (buf.write(str) === MiB ? buf : -1),
    expected: () => mixedBytes(),
    native: {
      api: 'TextEncoder.encodeInto',
      setup: () => ({ encoder: new TextEncoder(), bytes: new Uint8Array(MiB), str: mixed() }),
      run: ({ encoder, bytes, str }) => (encoder.encodeInto(str, bytes).written === MiB ? bytes : -1),
    },
  },
  {
    name: 'buffer.byteLength.mixed',
    title: "Buffer.byteLength(str, 'utf8'), 1 MiB mixed UTF-8",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, str: mixed() }),
    run: ({ Buffer, str }) => Buffer.byteLength(str, 'utf8'),
    expected: () => MiB,
  },

  // ---- base64, base64url, hex ------------------------------------------------------------
  {
    name: 'buffer.base64.encode',
    title: "buf.toString('base64'), 1 MiB random",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: bufferOf(lib, random()) }),
    run: ({ buf }) => buf.toString('base64'),
    expected: () => randomBase64(),
    native: {
      api: 'Uint8Array.prototype.toBase64',
      available: hasToBase64,
      setup: () => ({ bytes: random().slice() }),
      run: ({ bytes }) => bytes.toBase64(),
    },
  },
  {
    name: 'buffer.base64.decode',
    title: "Buffer.from(b64, 'base64'), 1 MiB decoded",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, str: randomBase64() }),
    run: ({ Buffer, str }) => Buffer.from(str, 'base64'),
    expected: () => random(),
    native: {
      api: 'Uint8Array.fromBase64',
      available: hasFromBase64,
      setup: () => ({ str: randomBase64() }),
      run: ({ str }) => Uint8Array.fromBase64(str),
    },
  },
  {
    name: 'buffer.base64url.encode',
    title: "buf.toString('base64url'), 1 MiB random",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: bufferOf(lib, random()) }),
    run: ({ buf }) => buf.toString('base64url'),
    expected: () => randomBase64url(),
    native: {
      api: "toBase64({ alphabet: 'base64url', omitPadding: true })",
      available: hasToBase64,
      setup: () => ({ bytes: random().slice(), options: { alphabet: 'base64url', omitPadding: true } }),
      run: ({ bytes, options }) => bytes.toBase64(options),
    },
  },
  {
    name: 'buffer.base64url.decode',
    title: "Buffer.from(b64url, 'base64url'), 1 MiB decoded",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, str: randomBase64url() }),
    run: ({ Buffer, str }) => Buffer.from(str, 'base64url'),
    expected: () => random(),
    native: {
      api: "Uint8Array.fromBase64(s, { alphabet: 'base64url' })",
      available: hasFromBase64,
      setup: () => ({ str: randomBase64url(), options: { alphabet: 'base64url' } }),
      run: ({ str, options }) => Uint8Array.fromBase64(str, options),
    },
  },
  {
    name: 'buffer.hex.encode',
    title: "buf.toString('hex'), 1 MiB random",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: bufferOf(lib, random()) }),
    run: ({ buf }) => buf.toString('hex'),
    expected: () => randomHex(),
    native: {
      api: 'Uint8Array.prototype.toHex',
      available: hasToHex,
      setup: () => ({ bytes: random().slice() }),
      run: ({ bytes }) => bytes.toHex(),
    },
  },
  {
    name: 'buffer.hex.decode',
    title: "Buffer.from(hex, 'hex'), 1 MiB decoded",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, str: randomHex() }),
    run: ({ Buffer, str }) => Buffer.from(str, 'hex'),
    expected: () => random(),
    native: {
      api: 'Uint8Array.fromHex',
      available: hasFromHex,
      setup: () => ({ str: randomHex() }),
      run: ({ str }) => Uint8Array.fromHex(str),
    },
  },

  // ---- latin1, utf16le (no exact native equivalent: TextDecoder's 'latin1' is windows-1252,
  //      and TextEncoder only encodes UTF-8) ---------------------------------------------------
  {
    name: 'buffer.latin1.encode',
    title: "buf.toString('latin1'), 1 MiB random",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: bufferOf(lib, random()) }),
    run: ({ buf }) => buf.toString('latin1'),
    expected: () => ref.latin1Decode(random()),
  },
  {
    name: 'buffer.latin1.decode',
    title: "Buffer.from(str, 'latin1'), 1 MiB",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, str: latin1() }),
    run: ({ Buffer, str }) => Buffer.from(str, 'latin1'),
    expected: () => ref.latin1Encode(latin1()),
  },
  {
    name: 'buffer.utf16le.encode',
    title: "buf.toString('utf16le'), 1 MiB",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: bufferOf(lib, utf16Bytes()) }),
    run: ({ buf }) => buf.toString('utf16le'),
    expected: () => utf16Text(),
    native: {
      api: "TextDecoder('utf-16le').decode (well-formed input)",
      setup: () => ({ decoder: new TextDecoder('utf-16le'), bytes: utf16Bytes().slice() }),
      run: ({ decoder, bytes }) => decoder.decode(bytes),
    },
  },
  {
    name: 'buffer.utf16le.decode',
    title: "Buffer.from(str, 'utf16le'), 1 MiB",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, str: utf16Text() }),
    run: ({ Buffer, str }) => Buffer.from(str, 'utf16le'),
    expected: () => utf16Bytes(),
  },

  // ---- concat, numbers ---------------------------------------------------------------------
  {
    name: 'buffer.concat.1000',
    title: 'Buffer.concat of 1000 buffers (16-256 B, ~133 KiB)',
    unit: 'ops/s',
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, list: concatParts().map((part) => lib.buffer.Buffer.from(part)) }),
    run: ({ Buffer, list }) => Buffer.concat(list),
    expected: () => ref.concatBytes(concatParts()),
    native: {
      api: 'new Uint8Array(total) + set() loop',
      setup: () => ({ list: concatParts().map((part) => part.slice()) }),
      run: ({ list }) => {
        let total = 0;
        for (let i = 0; i < list.length; i++) total += list[i].length;
        const out = new Uint8Array(total);
        for (let i = 0, offset = 0; i < list.length; i++) {
          out.set(list[i], offset);
          offset += list[i].length;
        }
        return out;
      },
    },
  },
  {
    name: 'buffer.readUInt32LE',
    title: 'buf.readUInt32LE(off) over 1 MiB (262144 reads/call)',
    unit: 'ops/s',
    ops: MiB / 4,
    setup: (lib) => ({ buf: bufferOf(lib, random()), out: new Uint32Array(MiB / 4) }),
    run: ({ buf, out }) => {
      for (let off = 0, i = 0; off < MiB; off += 4, i++) out[i] = buf.readUInt32LE(off);
      return out;
    },
    expected: () => {
      const view = new DataView(random().buffer);
      const out = new Uint32Array(MiB / 4);
      for (let i = 0; i < out.length; i++) out[i] = view.getUint32(4 * i, true);
      return out;
    },
    native: {
      api: 'DataView.getUint32(off, true)',
      setup: () => ({ view: new DataView(random().slice().buffer), out: new Uint32Array(MiB / 4) }),
      run: ({ view, out }) => {
        for (let off = 0, i = 0; off < MiB; off += 4, i++) out[i] = view.getUint32(off, true);
        return out;
      },
    },
  },
  {
    name: 'buffer.writeDoubleBE',
    title: 'buf.writeDoubleBE(v, off) over 1 MiB (131072 writes/call)',
    unit: 'ops/s',
    ops: MiB / 8,
    setup: (lib) => ({ buf: lib.buffer.Buffer.alloc(MiB), values: doubles() }),
    run: ({ buf, values }) => {
      for (let off = 0, i = 0; off < MiB; off += 8, i++) buf.writeDoubleBE(values[i], off);
      return buf;
    },
    expected: () => {
      const out = new Uint8Array(MiB);
      const view = new DataView(out.buffer);
      const values = doubles();
      for (let i = 0; i < values.length; i++) view.setFloat64(8 * i, values[i], false);
      return out;
    },
    native: {
      api: 'DataView.setFloat64(off, v, false)',
      setup: () => {
        const bytes = new Uint8Array(MiB);
        return { bytes, view: new DataView(bytes.buffer), values: doubles() };
      },
      run: ({ bytes, view, values }) => {
        for (let off = 0, i = 0; off < MiB; off += 8, i++) view.setFloat64(off, values[i], false);
        return bytes;
      },
    },
  },
  {
    name: 'buffer.readBigUInt64LE',
    title: 'buf.readBigUInt64LE(off) over 1 MiB (131072 reads/call)',
    unit: 'ops/s',
    ops: MiB / 8,
    setup: (lib) => ({ buf: bufferOf(lib, random()), out: new BigUint64Array(MiB / 8) }),
    run: ({ buf, out }) => {
      for (let off = 0, i = 0; off < MiB; off += 8, i++) out[i] = buf.readBigUInt64LE(off);
      return out;
    },
    expected: () => {
      const view = new DataView(random().buffer);
      const out = new BigUint64Array(MiB / 8);
      for (let i = 0; i < out.length; i++) out[i] = view.getBigUint64(8 * i, true);
      return out;
    },
    native: {
      api: 'DataView.getBigUint64(off, true)',
      setup: () => ({ view: new DataView(random().slice().buffer), out: new BigUint64Array(MiB / 8) }),
      run: ({ view, out }) => {
        for (let off = 0, i = 0; off < MiB; off += 8, i++) out[i] = view.getBigUint64(off, true);
        return out;
      },
    },
  },

  // ---- search, compare ---------------------------------------------------------------------
  {
    name: 'buffer.indexOf',
    title: 'buf.indexOf(15-char string) in 1 MiB ASCII (match 4 KiB before end)',
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: lib.buffer.Buffer.from(haystack(), 'latin1') }),
    run: ({ buf }) => buf.indexOf(NEEDLE),
    expected: () => MiB - 4096,
    native: {
      api: 'JS loop over Uint8Array.indexOf(first byte) (no native byte search)',
      setup: () => ({ bytes: ref.latin1Encode(haystack()), needle: ref.latin1Encode(NEEDLE) }),
      run: ({ bytes, needle }) => {
        const first = needle[0];
        const last = bytes.length - needle.length;
        for (let at = bytes.indexOf(first); at !== -1 && at <= last; at = bytes.indexOf(first, at + 1)) {
          let j = 1;
          while (j < needle.length && bytes[at + j] === needle[j]) j++;
          if (j === needle.length) return at;
        }
        return -1;
      },
    },
  },
  {
    name: 'buffer.compare.1m',
    title: 'Buffer.compare(a, b), 1 MiB, differ in last byte',
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => {
      const a = bufferOf(lib, random());
      const b = bufferOf(lib, random());
      a[MiB - 1] = 1;
      b[MiB - 1] = 2;
      return { Buffer: lib.buffer.Buffer, a, b };
    },
    run: ({ Buffer, a, b }) => Buffer.compare(a, b),
    expected: () => -1,
  },
  {
    name: 'buffer.equals.1m',
    title: 'a.equals(b), 1 MiB, equal',
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ a: bufferOf(lib, random()), b: bufferOf(lib, random()) }),
    run: ({ a, b }) => a.equals(b),
    expected: () => true,
  },
  {
    name: 'buffer.equals.32',
    title: 'a.equals(b), 32 B, equal (x1000/call)',
    unit: 'ops/s',
    ops: 1000,
    setup: (lib) => {
      const pairs = [];
      for (let i = 0; i < 8; i++) {
        const bytes = random().subarray(32 * i, 32 * i + 32);
        pairs.push(bufferOf(lib, bytes), bufferOf(lib, bytes));
      }
      return { pairs };
    },
    run: ({ pairs }) => {
      let equal = 0;
      for (let i = 0; i < 1000; i++) {
        const k = (i & 7) << 1;
        if (pairs[k].equals(pairs[k + 1])) equal++;
      }
      return equal;
    },
    expected: () => 1000,
  },

  // ---- small, frequent calls --------------------------------------------------------------
  {
    name: 'buffer.alloc.64',
    title: 'Buffer.alloc(64) (x1000/call)',
    unit: 'ops/s',
    ops: 1000,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer }),
    run: ({ Buffer }) => {
      for (let i = 0; i < 1000; i++) keep[i & 15] = Buffer.alloc(64);
      return keep[999 & 15];
    },
    expected: () => new Uint8Array(64),
    native: {
      api: 'new Uint8Array(64)',
      setup: () => ({}),
      run: () => {
        for (let i = 0; i < 1000; i++) keep[i & 15] = new Uint8Array(64);
        return keep[999 & 15];
      },
    },
  },
  {
    name: 'buffer.allocUnsafe.64',
    title: 'Buffer.allocUnsafe(64) (x1000/call)',
    unit: 'ops/s',
    ops: 1000,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer }),
    run: ({ Buffer }) => {
      let total = 0;
      for (let i = 0; i < 1000; i++) total += (keep[i & 15] = Buffer.allocUnsafe(64)).length;
      return total;
    },
    expected: () => 64000,
    native: {
      api: 'new Uint8Array(64)',
      setup: () => ({}),
      run: () => {
        let total = 0;
        for (let i = 0; i < 1000; i++) total += (keep[i & 15] = new Uint8Array(64)).length;
        return total;
      },
    },
  },
  {
    name: 'buffer.from.short',
    title: "Buffer.from(32-char str, 'utf8') (x1000/call)",
    unit: 'ops/s',
    ops: 1000,
    setup: (lib) => ({ Buffer: lib.buffer.Buffer, str: SHORT_STRING }),
    run: ({ Buffer, str }) => {
      for (let i = 0; i < 1000; i++) keep[i & 15] = Buffer.from(str, 'utf8');
      return keep[999 & 15];
    },
    expected: () => ref.utf8Encode(SHORT_STRING),
    native: {
      api: 'TextEncoder.encode',
      setup: () => ({ encoder: new TextEncoder(), str: SHORT_STRING }),
      run: ({ encoder, str }) => {
        for (let i = 0; i < 1000; i++) keep[i & 15] = encoder.encode(str);
        return keep[999 & 15];
      },
    },
  },
  {
    name: 'buffer.toString.short',
    title: "buf.toString('utf8') of 33 B (x1000/call)",
    unit: 'ops/s',
    ops: 1000,
    setup: (lib) => ({ buf: bufferOf(lib, short33()) }),
    run: ({ buf }) => {
      for (let i = 0; i < 1000; i++) keep[i & 15] = buf.toString('utf8');
      return keep[999 & 15];
    },
    expected: () => ref.utf8Decode(short33()),
    native: {
      api: 'TextDecoder.decode',
      setup: () => ({ decoder: new TextDecoder(), bytes: short33().slice() }),
      run: ({ decoder, bytes }) => {
        for (let i = 0; i < 1000; i++) keep[i & 15] = decoder.decode(bytes);
        return keep[999 & 15];
      },
    },
  },
  {
    name: 'buffer.slice.small',
    title: 'buf.subarray(10, 74) of a 1 MiB buffer (x1000/call)',
    unit: 'ops/s',
    ops: 1000,
    setup: (lib) => ({ buf: bufferOf(lib, random()) }),
    run: ({ buf }) => {
      for (let i = 0; i < 1000; i++) keep[i & 15] = buf.subarray(10, 74);
      return keep[999 & 15];
    },
    expected: () => random().subarray(10, 74),
    native: {
      api: 'Uint8Array.prototype.subarray',
      setup: () => ({ bytes: random().slice() }),
      run: ({ bytes }) => {
        for (let i = 0; i < 1000; i++) keep[i & 15] = bytes.subarray(10, 74);
        return keep[999 & 15];
      },
    },
  },
  {
    name: 'buffer.fill.1m',
    title: 'buf.fill(0x61), 1 MiB',
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ buf: lib.buffer.Buffer.alloc(MiB) }),
    run: ({ buf }) => buf.fill(0x61),
    expected: () => new Uint8Array(MiB).fill(0x61),
    native: {
      api: 'Uint8Array.prototype.fill',
      setup: () => ({ bytes: new Uint8Array(MiB) }),
      run: ({ bytes }) => bytes.fill(0x61),
    },
  },
];
