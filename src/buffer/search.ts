/**
 * Byte searching and comparison for Buffer: indexOf/lastIndexOf of byte sequences and of
 * UTF-16 units, equality and ordering. The platform has no memmem/memcmp, so these lean on
 * `Uint8Array.prototype.indexOf` (native) to find candidates, and compare four bytes at a
 * time where both sides are 4-byte aligned.
 *
 * Private to the buffer module.
 */
import { nativeIndexOf, nativeLastIndexOf } from './native.js';

/** First index >= `start` where `needle` (non-empty) occurs in `haystack`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, start: number): number {
  const first = needle[0]!;
  const last = haystack.length - needle.length;
  const n = needle.length;
  for (let i = nativeIndexOf.call(haystack, first, start); i !== -1 && i <= last; i = nativeIndexOf.call(haystack, first, i + 1)) {
    let j = 1;
    while (j < n && haystack[i + j] === needle[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

/** Last index <= `start` where `needle` (non-empty) occurs in `haystack`, or -1. */
export function lastIndexOfBytes(haystack: Uint8Array, needle: Uint8Array, start: number): number {
  const first = needle[0]!;
  const n = needle.length;
  let from = Math.min(start, haystack.length - n);
  if (from < 0) return -1;
  for (let i = nativeLastIndexOf.call(haystack, first, from); i !== -1; i = i === 0 ? -1 : nativeLastIndexOf.call(haystack, first, i - 1)) {
    let j = 1;
    while (j < n && haystack[i + j] === needle[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

const unitAt = (bytes: Uint8Array, unit: number): number => bytes[unit * 2]! | (bytes[unit * 2 + 1]! << 8);

function unitsMatch(haystack: Uint8Array, at: number, needle: Uint8Array, units: number): boolean {
  for (let k = 0; k < units; k++) if (unitAt(haystack, at + k) !== unitAt(needle, k)) return false;
  return true;
}

/** Like indexOfBytes over little-endian 16-bit units; indexes are in units. */
export function indexOfUnits(haystack: Uint8Array, needle: Uint8Array, startUnit: number): number {
  const units = needle.length >>> 1;
  const last = (haystack.length >>> 1) - units;
  for (let i = startUnit; i <= last; i++) if (unitsMatch(haystack, i, needle, units)) return i;
  return -1;
}

/** Like lastIndexOfBytes over little-endian 16-bit units; indexes are in units. */
export function lastIndexOfUnits(haystack: Uint8Array, needle: Uint8Array, startUnit: number): number {
  const units = needle.length >>> 1;
  for (let i = Math.min(startUnit, (haystack.length >>> 1) - units); i >= 0; i--) {
    if (unitsMatch(haystack, i, needle, units)) return i;
  }
  return -1;
}

/** Where two ranges first differ, or -1 when the first `length` bytes are equal. */
function firstDifference(a: Uint8Array, aStart: number, b: Uint8Array, bStart: number, length: number): number {
  let i = 0;
  const aOffset = a.byteOffset + aStart;
  const bOffset = b.byteOffset + bStart;
  if (length >= 64 && (aOffset & 3) === 0 && (bOffset & 3) === 0) {
    // Word-at-a-time: find the first differing 32-bit word, then its byte.
    const words = length >>> 2;
    const aw = new Int32Array(a.buffer, aOffset, words);
    const bw = new Int32Array(b.buffer, bOffset, words);
    let w = 0;
    while (w < words && aw[w] === bw[w]) w++;
    i = w * 4;
  }
  for (; i < length; i++) if (a[aStart + i] !== b[bStart + i]) return i;
  return -1;
}

/** True when two equally long views hold the same bytes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return firstDifference(a, 0, b, 0, a.length) === -1;
}

/** memcmp-like ordering of `a[aStart, aEnd)` and `b[bStart, bEnd)`: -1, 0 or 1. */
export function compareBytes(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array, bStart: number, bEnd: number): -1 | 0 | 1 {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const length = Math.min(aLength, bLength, a.length - aStart);
  const at = length > 0 ? firstDifference(a, aStart, b, bStart, length) : -1;
  if (at !== -1) return a[aStart + at]! < b[bStart + at]! ? -1 : 1;
  return aLength > bLength ? 1 : aLength < bLength ? -1 : 0;
}
