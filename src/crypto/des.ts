/**
 * DES (FIPS 46-3) and triple DES in the EDE form (key = K1 ‖ K2 ‖ K3: encrypt with K1,
 * decrypt with K2, encrypt with K3), for `des-ede3` and `des-ede3-cbc`. Written from the
 * standard's tables; plain bit permutations, because triple DES is only here for old data
 * and protocols (no @noble package has DES). Private to `crypto`.
 *
 * @packageDocumentation
 */

// FIPS 46-3's tables, bit numbers counted from 1 at the most significant bit.
const IP = [58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4, 62, 54, 46, 38, 30, 22, 14, 6, 64, 56, 48, 40, 32, 24, 16, 8,
  57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11, 3, 61, 53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7];
const E = [32, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 8, 9, 10, 11, 12, 13, 12, 13, 14, 15, 16, 17,
  16, 17, 18, 19, 20, 21, 20, 21, 22, 23, 24, 25, 24, 25, 26, 27, 28, 29, 28, 29, 30, 31, 32, 1];
const P = [16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10, 2, 8, 24, 14, 32, 27, 3, 9, 19, 13, 30, 6, 22, 11, 4, 25];
const PC1 = [57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60, 52, 44, 36,
  63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22, 14, 6, 61, 53, 45, 37, 29, 21, 13, 5, 28, 20, 12, 4];
const PC2 = [14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2,
  41, 52, 31, 37, 47, 55, 30, 40, 51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32];
const SHIFTS = [1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1];
const S_ROWS = [
  '14 4 13 1 2 15 11 8 3 10 6 12 5 9 0 7 0 15 7 4 14 2 13 1 10 6 12 11 9 5 3 8 4 1 14 8 13 6 2 11 15 12 9 7 3 10 5 0 15 12 8 2 4 9 1 7 5 11 3 14 10 0 6 13',
  '15 1 8 14 6 11 3 4 9 7 2 13 12 0 5 10 3 13 4 7 15 2 8 14 12 0 1 10 6 9 11 5 0 14 7 11 10 4 13 1 5 8 12 6 9 3 2 15 13 8 10 1 3 15 4 2 11 6 7 12 0 5 14 9',
  '10 0 9 14 6 3 15 5 1 13 12 7 11 4 2 8 13 7 0 9 3 4 6 10 2 8 5 14 12 11 15 1 13 6 4 9 8 15 3 0 11 1 2 12 5 10 14 7 1 10 13 0 6 9 8 7 4 15 14 3 11 5 2 12',
  '7 13 14 3 0 6 9 10 1 2 8 5 11 12 4 15 13 8 11 5 6 15 0 3 4 7 2 12 1 10 14 9 10 6 9 0 12 11 7 13 15 1 3 14 5 2 8 4 3 15 0 6 10 1 13 8 9 4 5 11 12 7 2 14',
  '2 12 4 1 7 10 11 6 8 5 3 15 13 0 14 9 14 11 2 12 4 7 13 1 5 0 15 10 3 9 8 6 4 2 1 11 10 13 7 8 15 9 12 5 6 3 0 14 11 8 12 7 1 14 2 13 6 15 0 9 10 4 5 3',
  '12 1 10 15 9 2 6 8 0 13 3 4 14 7 5 11 10 15 4 2 7 12 9 5 6 1 13 14 0 11 3 8 9 14 15 5 2 8 12 3 7 0 4 10 1 13 11 6 4 3 2 12 9 5 15 10 11 14 1 7 6 0 8 13',
  '4 11 2 14 15 0 8 13 3 12 9 7 5 10 6 1 13 0 11 7 4 9 1 10 14 3 5 12 2 15 8 6 1 4 11 13 12 3 7 14 10 15 6 8 0 5 9 2 6 11 13 8 1 4 10 7 9 5 0 15 14 2 3 12',
  '13 2 8 4 6 15 11 1 10 9 3 14 5 0 12 7 1 15 13 8 10 3 7 4 12 5 6 11 0 14 9 2 7 11 4 1 9 12 14 2 0 6 10 13 15 3 5 8 2 1 14 7 4 10 8 13 15 12 9 0 3 5 6 11',
];
let sboxes: number[][] | undefined;
/** The S-boxes as numbers, parsed on first use (nothing runs at import). */
const S = (): number[][] => (sboxes ??= S_ROWS.map((row) => row.split(' ').map(Number)));

/** Bit `n` (1 = most significant) of the 64-bit value hi‖lo. */
const bit64 = (hi: number, lo: number, n: number): number => (n <= 32 ? hi >>> (32 - n) : lo >>> (64 - n)) & 1;

/** Permutes hi‖lo by `table` into an array of bits. */
function permute64(hi: number, lo: number, table: readonly number[]): number[] {
  return table.map((n) => bit64(hi, lo, n));
}

/** Packs up to 32 bits (most significant first) into a number. */
function pack(bits: readonly number[], from: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) value = (value << 1) | bits[from + i]!;
  return value >>> 0;
}

/** The 16 round keys of one DES key, each as eight 6-bit groups. */
function schedule(key: Uint8Array, offset: number): number[][] {
  const hi = ((key[offset]! << 24) | (key[offset + 1]! << 16) | (key[offset + 2]! << 8) | key[offset + 3]!) >>> 0;
  const lo = ((key[offset + 4]! << 24) | (key[offset + 5]! << 16) | (key[offset + 6]! << 8) | key[offset + 7]!) >>> 0;
  const cd = permute64(hi, lo, PC1);
  let c = cd.slice(0, 28);
  let d = cd.slice(28);
  const keys: number[][] = [];
  for (const shift of SHIFTS) {
    c = c.slice(shift).concat(c.slice(0, shift));
    d = d.slice(shift).concat(d.slice(0, shift));
    const both = c.concat(d);
    const k = PC2.map((n) => both[n - 1]!);
    keys.push([0, 1, 2, 3, 4, 5, 6, 7].map((j) => pack(k, j * 6, 6)));
  }
  return keys;
}

/** The round function f(R, K). */
function feistel(r: number, k: readonly number[]): number {
  const boxes = S();
  let out = 0;
  for (let j = 0; j < 8; j++) {
    let six = 0;
    for (let i = 0; i < 6; i++) six = (six << 1) | ((r >>> (32 - E[j * 6 + i]!)) & 1);
    six ^= k[j]!;
    out = (out << 4) | boxes[j]![(((six & 0x20) >>> 4) | (six & 1)) * 16 + ((six >>> 1) & 15)]!;
  }
  let p = 0;
  for (let i = 0; i < 32; i++) p = (p << 1) | ((out >>> (32 - P[i]!)) & 1);
  return p >>> 0;
}

/** One DES pass over hi‖lo with `keys` in order (reversed for decryption). */
function des(hi: number, lo: number, keys: readonly (readonly number[])[]): [number, number] {
  const bits = permute64(hi, lo, IP);
  let l = pack(bits, 0, 32);
  let r = pack(bits, 32, 32);
  for (const k of keys) {
    const next = (l ^ feistel(r, k)) >>> 0;
    l = r;
    r = next;
  }
  // The final permutation is IP's inverse, applied to R16‖L16.
  const out = new Array<number>(64);
  for (let i = 0; i < 64; i++) out[IP[i]! - 1] = bit64(r, l, i + 1);
  return [pack(out, 0, 32), pack(out, 32, 32)];
}

/** Triple DES (EDE) on 8-byte blocks, in place. */
export interface TripleDes {
  encrypt(block: Uint8Array, offset: number): void;
  decrypt(block: Uint8Array, offset: number): void;
}

/** Triple DES with a 24-byte key K1‖K2‖K3. */
export function tripleDes(key: Uint8Array): TripleDes {
  const k1 = schedule(key, 0);
  const k2 = schedule(key, 8);
  const k3 = schedule(key, 16);
  const r1 = k1.slice().reverse();
  const r2 = k2.slice().reverse();
  const r3 = k3.slice().reverse();
  const run = (b: Uint8Array, o: number, passes: (readonly (readonly number[])[])[]) => {
    let hi = ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
    let lo = ((b[o + 4]! << 24) | (b[o + 5]! << 16) | (b[o + 6]! << 8) | b[o + 7]!) >>> 0;
    for (const keys of passes) [hi, lo] = des(hi, lo, keys);
    for (let i = 0; i < 4; i++) {
      b[o + i] = hi >>> (24 - 8 * i);
      b[o + 4 + i] = lo >>> (24 - 8 * i);
    }
  };
  return {
    encrypt: (b, o) => run(b, o, [k1, r2, k3]),
    decrypt: (b, o) => run(b, o, [r3, k2, r1]),
  };
}
