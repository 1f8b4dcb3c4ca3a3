/**
 * SHA-256 and SHA-224 (FIPS 180-4), written for speed in JavaScript engines: the state in
 * locals, four rounds per loop turn with the working variables renamed instead of shifted, the
 * message schedule in an Int32Array. Fit the {@link DigestAlgorithm} shape of `crypto`.
 *
 * Private to `src/crypto`.
 * @internal
 */
import { blockHash } from './block-hash.js';
import type { DigestAlgorithm } from './hash.js';

/** The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = /*#__PURE__*/ Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** Runs SHA-256's compression function over `count` 64-byte blocks of `bytes` from `offset`. */
function compress(state: Int32Array, w: Int32Array, bytes: Uint8Array, offset: number, count: number): void {
  let h0 = state[0]!;
  let h1 = state[1]!;
  let h2 = state[2]!;
  let h3 = state[3]!;
  let h4 = state[4]!;
  let h5 = state[5]!;
  let h6 = state[6]!;
  let h7 = state[7]!;
  for (let block = 0, p = offset; block < count; block++) {
    for (let i = 0; i < 16; i++, p += 4) w[i] = (bytes[p]! << 24) | (bytes[p + 1]! << 16) | (bytes[p + 2]! << 8) | bytes[p + 3]!;
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    // Each step: T1 = h + Σ1(e) + Ch(e, f, g) + K[i] + W[i], T2 = Σ0(a) + Maj(a, b, c); then
    // (a … h) = (T1 + T2, a, b, c, d + T1, e, f, g). Four steps per turn, the names rotating.
    for (let i = 0; i < 64; i += 4) {
      let t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      let t2 = (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c));
      h = (d + t1) | 0;
      d = (t1 + t2) | 0;
      t1 = (g + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + ((h & e) ^ (~h & f)) + K[i + 1]! + w[i + 1]!) | 0;
      t2 = (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & a) ^ (d & b) ^ (a & b));
      g = (c + t1) | 0;
      c = (t1 + t2) | 0;
      t1 = (f + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + ((g & h) ^ (~g & e)) + K[i + 2]! + w[i + 2]!) | 0;
      t2 = (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) ^ (c & a) ^ (d & a));
      f = (b + t1) | 0;
      b = (t1 + t2) | 0;
      t1 = (e + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + ((f & g) ^ (~f & h)) + K[i + 3]! + w[i + 3]!) | 0;
      t2 = (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) ^ (b & d) ^ (c & d));
      e = (a + t1) | 0;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
  state[5] = h5;
  state[6] = h6;
  state[7] = h7;
}

/** SHA-256 as a {@link DigestAlgorithm}. */
export const sha256: DigestAlgorithm = /*#__PURE__*/ blockHash({
  compress,
  initial: [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19],
  outputLen: 32,
  scheduleLen: 64,
  littleEndian: false,
});

/** SHA-224 as a {@link DigestAlgorithm}: SHA-256's function, its own initial state, 28 bytes out. */
export const sha224: DigestAlgorithm = /*#__PURE__*/ blockHash({
  compress,
  initial: [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4],
  outputLen: 28,
  scheduleLen: 64,
  littleEndian: false,
});
