/**
 * MD5 (RFC 1321), written for speed in JavaScript engines: the 64 steps are four loops of
 * four unrolled steps with each round's shift amounts as literals, the state in locals, and
 * aligned input read through an Int32Array view (MD5 is little-endian, as is every browser's
 * host). Fits the {@link DigestAlgorithm} shape the rest of `crypto` uses.
 *
 * Private to `src/crypto`.
 * @internal
 */
import { blockHash } from './block-hash.js';
import type { DigestAlgorithm } from './hash.js';

/** The sine-derived additive constants T[1..64] of RFC 1321, as signed 32-bit integers. */
const T = /*#__PURE__*/ (() => {
  const table = new Int32Array(64);
  for (let i = 0; i < 64; i++) table[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0;
  return table;
})();

const littleEndianHost = /*#__PURE__*/ (() => new Uint8Array(new Uint32Array([1]).buffer)[0] === 1)();

/** Runs MD5's compression function over `count` 64-byte blocks of `bytes` from `offset`. */
function compress(state: Int32Array, words: Int32Array, bytes: Uint8Array, offset: number, count: number): void {
  let a0 = state[0]!;
  let b0 = state[1]!;
  let c0 = state[2]!;
  let d0 = state[3]!;
  // Aligned input on a little-endian host is read as words directly, without a copy.
  const aligned = littleEndianHost && (bytes.byteOffset + offset) % 4 === 0;
  const view = aligned ? new Int32Array(bytes.buffer, bytes.byteOffset + offset, count * 16) : words;
  for (let block = 0; block < count; block++) {
    let x: Int32Array;
    let base: number;
    if (aligned) {
      x = view;
      base = block * 16;
    } else {
      for (let i = 0, p = offset + block * 64; i < 16; i++, p += 4) {
        words[i] = bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24);
      }
      x = words;
      base = 0;
    }
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    let t: number;
    // Round 1: F(b, c, d) = (b & c) | (~b & d); message word i; shifts 7, 12, 17, 22.
    for (let i = 0; i < 16; i += 4) {
      t = (a + ((b & c) | (~b & d)) + x[base + i]! + T[i]!) | 0;
      a = (b + ((t << 7) | (t >>> 25))) | 0;
      t = (d + ((a & b) | (~a & c)) + x[base + i + 1]! + T[i + 1]!) | 0;
      d = (a + ((t << 12) | (t >>> 20))) | 0;
      t = (c + ((d & a) | (~d & b)) + x[base + i + 2]! + T[i + 2]!) | 0;
      c = (d + ((t << 17) | (t >>> 15))) | 0;
      t = (b + ((c & d) | (~c & a)) + x[base + i + 3]! + T[i + 3]!) | 0;
      b = (c + ((t << 22) | (t >>> 10))) | 0;
    }
    // Round 2: G(b, c, d) = (b & d) | (c & ~d); message word (5i + 1) mod 16; shifts 5, 9, 14, 20.
    for (let i = 16; i < 32; i += 4) {
      t = (a + ((b & d) | (c & ~d)) + x[base + ((5 * i + 1) & 15)]! + T[i]!) | 0;
      a = (b + ((t << 5) | (t >>> 27))) | 0;
      t = (d + ((a & c) | (b & ~c)) + x[base + ((5 * i + 6) & 15)]! + T[i + 1]!) | 0;
      d = (a + ((t << 9) | (t >>> 23))) | 0;
      t = (c + ((d & b) | (a & ~b)) + x[base + ((5 * i + 11) & 15)]! + T[i + 2]!) | 0;
      c = (d + ((t << 14) | (t >>> 18))) | 0;
      t = (b + ((c & a) | (d & ~a)) + x[base + ((5 * i) & 15)]! + T[i + 3]!) | 0;
      b = (c + ((t << 20) | (t >>> 12))) | 0;
    }
    // Round 3: H(b, c, d) = b ^ c ^ d; message word (3i + 5) mod 16; shifts 4, 11, 16, 23.
    for (let i = 32; i < 48; i += 4) {
      t = (a + (b ^ c ^ d) + x[base + ((3 * i + 5) & 15)]! + T[i]!) | 0;
      a = (b + ((t << 4) | (t >>> 28))) | 0;
      t = (d + (a ^ b ^ c) + x[base + ((3 * i + 8) & 15)]! + T[i + 1]!) | 0;
      d = (a + ((t << 11) | (t >>> 21))) | 0;
      t = (c + (d ^ a ^ b) + x[base + ((3 * i + 11) & 15)]! + T[i + 2]!) | 0;
      c = (d + ((t << 16) | (t >>> 16))) | 0;
      t = (b + (c ^ d ^ a) + x[base + ((3 * i + 14) & 15)]! + T[i + 3]!) | 0;
      b = (c + ((t << 23) | (t >>> 9))) | 0;
    }
    // Round 4: I(b, c, d) = c ^ (b | ~d); message word 7i mod 16; shifts 6, 10, 15, 21.
    for (let i = 48; i < 64; i += 4) {
      t = (a + (c ^ (b | ~d)) + x[base + ((7 * i) & 15)]! + T[i]!) | 0;
      a = (b + ((t << 6) | (t >>> 26))) | 0;
      t = (d + (b ^ (a | ~c)) + x[base + ((7 * i + 7) & 15)]! + T[i + 1]!) | 0;
      d = (a + ((t << 10) | (t >>> 22))) | 0;
      t = (c + (a ^ (d | ~b)) + x[base + ((7 * i + 14) & 15)]! + T[i + 2]!) | 0;
      c = (d + ((t << 15) | (t >>> 17))) | 0;
      t = (b + (d ^ (c | ~a)) + x[base + ((7 * i + 21) & 15)]! + T[i + 3]!) | 0;
      b = (c + ((t << 21) | (t >>> 11))) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  state[0] = a0;
  state[1] = b0;
  state[2] = c0;
  state[3] = d0;
}

/** MD5 as a {@link DigestAlgorithm}: `md5(bytes)` and `md5.create()`. */
export const md5: DigestAlgorithm = /*#__PURE__*/ blockHash({
  compress,
  initial: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
  outputLen: 16,
  scheduleLen: 16,
  littleEndian: true,
});
