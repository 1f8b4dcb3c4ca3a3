/**
 * SHA-1 (FIPS 180-4), written for speed in JavaScript engines: the state in locals, the 80
 * rounds as four loops (one per round function) of five steps with the working variables
 * renamed instead of shifted. Fits the {@link DigestAlgorithm} shape of `crypto`.
 *
 * Private to `src/crypto`.
 * @internal
 */
import { blockHash } from './block-hash.js';
import type { DigestAlgorithm } from './hash.js';

/** Runs SHA-1's compression function over `count` 64-byte blocks of `bytes` from `offset`. */
function compress(state: Int32Array, w: Int32Array, bytes: Uint8Array, offset: number, count: number): void {
  let h0 = state[0]!;
  let h1 = state[1]!;
  let h2 = state[2]!;
  let h3 = state[3]!;
  let h4 = state[4]!;
  for (let block = 0, p = offset; block < count; block++) {
    for (let i = 0; i < 16; i++, p += 4) w[i] = (bytes[p]! << 24) | (bytes[p + 1]! << 16) | (bytes[p + 2]! << 8) | bytes[p + 3]!;
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    // Each step: T = rotl5(a) + f(b, c, d) + e + K + W[i]; (a … e) = (T, a, rotl30(b), c, d).
    // Five steps per turn, so the names come back to where they started.
    for (let i = 0; i < 20; i += 5) {
      e = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + w[i]!) | 0;
      b = (b << 30) | (b >>> 2);
      d = (((e << 5) | (e >>> 27)) + ((a & b) | (~a & c)) + d + 0x5a827999 + w[i + 1]!) | 0;
      a = (a << 30) | (a >>> 2);
      c = (((d << 5) | (d >>> 27)) + ((e & a) | (~e & b)) + c + 0x5a827999 + w[i + 2]!) | 0;
      e = (e << 30) | (e >>> 2);
      b = (((c << 5) | (c >>> 27)) + ((d & e) | (~d & a)) + b + 0x5a827999 + w[i + 3]!) | 0;
      d = (d << 30) | (d >>> 2);
      a = (((b << 5) | (b >>> 27)) + ((c & d) | (~c & e)) + a + 0x5a827999 + w[i + 4]!) | 0;
      c = (c << 30) | (c >>> 2);
    }
    for (let i = 20; i < 40; i += 5) {
      e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[i]!) | 0;
      b = (b << 30) | (b >>> 2);
      d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) + d + 0x6ed9eba1 + w[i + 1]!) | 0;
      a = (a << 30) | (a >>> 2);
      c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) + c + 0x6ed9eba1 + w[i + 2]!) | 0;
      e = (e << 30) | (e >>> 2);
      b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) + b + 0x6ed9eba1 + w[i + 3]!) | 0;
      d = (d << 30) | (d >>> 2);
      a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) + a + 0x6ed9eba1 + w[i + 4]!) | 0;
      c = (c << 30) | (c >>> 2);
    }
    for (let i = 40; i < 60; i += 5) {
      e = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e + 0x8f1bbcdc + w[i]!) | 0;
      b = (b << 30) | (b >>> 2);
      d = (((e << 5) | (e >>> 27)) + ((a & b) | (a & c) | (b & c)) + d + 0x8f1bbcdc + w[i + 1]!) | 0;
      a = (a << 30) | (a >>> 2);
      c = (((d << 5) | (d >>> 27)) + ((e & a) | (e & b) | (a & b)) + c + 0x8f1bbcdc + w[i + 2]!) | 0;
      e = (e << 30) | (e >>> 2);
      b = (((c << 5) | (c >>> 27)) + ((d & e) | (d & a) | (e & a)) + b + 0x8f1bbcdc + w[i + 3]!) | 0;
      d = (d << 30) | (d >>> 2);
      a = (((b << 5) | (b >>> 27)) + ((c & d) | (c & e) | (d & e)) + a + 0x8f1bbcdc + w[i + 4]!) | 0;
      c = (c << 30) | (c >>> 2);
    }
    for (let i = 60; i < 80; i += 5) {
      e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0xca62c1d6 + w[i]!) | 0;
      b = (b << 30) | (b >>> 2);
      d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) + d + 0xca62c1d6 + w[i + 1]!) | 0;
      a = (a << 30) | (a >>> 2);
      c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) + c + 0xca62c1d6 + w[i + 2]!) | 0;
      e = (e << 30) | (e >>> 2);
      b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) + b + 0xca62c1d6 + w[i + 3]!) | 0;
      d = (d << 30) | (d >>> 2);
      a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) + a + 0xca62c1d6 + w[i + 4]!) | 0;
      c = (c << 30) | (c >>> 2);
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
}

/** SHA-1 as a {@link DigestAlgorithm}. */
export const sha1: DigestAlgorithm = /*#__PURE__*/ blockHash({
  compress,
  initial: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0],
  outputLen: 20,
  scheduleLen: 80,
  littleEndian: false,
});
