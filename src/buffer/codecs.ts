/**
 * The byte codecs behind Buffer: for each of Node's encodings, how long a string is in
 * bytes, how it is written into bytes, and how bytes read back as a string — with Node
 * 16.13.1's rules for partial and invalid input. The platform does the bulk work where it
 * can (TextEncoder.encodeInto, TextDecoder, Uint8Array.fromBase64/toBase64/fromHex/toHex,
 * feature-detected); the JavaScript paths cover small inputs, where calling into the
 * platform costs more than it saves, and browsers that lack an API.
 *
 * Private to the buffer module.
 */

/** Node's canonical encoding names. */
export type Encoding = 'utf8' | 'utf16le' | 'latin1' | 'ascii' | 'base64' | 'base64url' | 'hex';

/** What Buffer needs of one encoding. */
export interface EncodingOps {
  readonly encoding: Encoding;
  /** The number of bytes `string` takes (an upper bound for base64 and hex, as in Node). */
  byteLength(string: string): number;
  /** Writes at most `length` bytes of `string` at `offset`; returns the count written. */
  write(target: Uint8Array, string: string, offset: number, length: number): number;
  /** Reads bytes `start` to `end` as a string. */
  slice(source: Uint8Array, start: number, end: number): string;
}

// ---------------------------------------------------------------------------------------
// Platform features, detected once, lazily (importing the module must do nothing).
// ---------------------------------------------------------------------------------------

interface Base64Options {
  alphabet?: 'base64' | 'base64url';
  omitPadding?: boolean;
  lastChunkHandling?: 'loose' | 'strict' | 'stop-before-partial';
}
interface NativeBase64 {
  toBase64?(this: Uint8Array, options?: Base64Options): string;
  toHex?(this: Uint8Array): string;
  setFromBase64?(this: Uint8Array, string: string, options?: Base64Options): { read: number; written: number };
  setFromHex?(this: Uint8Array, string: string): { read: number; written: number };
}
const nativeProto = Uint8Array.prototype as unknown as NativeBase64;

let encoder: TextEncoder | undefined;
let decoder: TextDecoder | undefined;
/** The shared TextEncoder, made on first use. */
export const textEncoder = (): TextEncoder => (encoder ??= new TextEncoder());
// ignoreBOM: Node keeps a leading U+FEFF in the string.
const textDecoder = (): TextDecoder => (decoder ??= new TextDecoder('utf-8', { ignoreBOM: true }));

/** TextDecoder refuses views of a SharedArrayBuffer; those are copied first. */
function decodable(bytes: Uint8Array): Uint8Array {
  return typeof SharedArrayBuffer !== 'undefined' && bytes.buffer instanceof SharedArrayBuffer ? nativeSlice.call(bytes) : bytes;
}

import { nativeSlice } from './native.js';

/** Below this many bytes or characters, plain JavaScript beats a call into the platform. */
const SMALL = 32;
/** Largest argument list handed to String.fromCharCode at once. */
const CHUNK = 0x2000;

// ---------------------------------------------------------------------------------------
// Encoding names
// ---------------------------------------------------------------------------------------

function lookupExact(name: string): Encoding | undefined {
  switch (name) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'hex':
      return 'hex';
    case 'base64':
      return 'base64';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'ascii':
      return 'ascii';
    case 'base64url':
      return 'base64url';
    default:
      return undefined;
  }
}

/**
 * Node's encoding lookup: the names it accepts, in any letter case, to their canonical
 * form; undefined for anything else. (Callers decide what `undefined` or `''` mean.)
 */
export function normalizeEncoding(name: unknown): Encoding | undefined {
  const text = `${name as string}`;
  return lookupExact(text) ?? lookupExact(text.toLowerCase());
}

// ---------------------------------------------------------------------------------------
// UTF-8
// ---------------------------------------------------------------------------------------

/** UTF-8 byte length of a string, lone surrogates counting as U+FFFD (3 bytes). */
export function utf8ByteLength(string: string): number {
  const length = string.length;
  let bytes = length;
  for (let i = 0; i < length; i++) {
    const code = string.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const next = string.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2; // 4 bytes for 2 UTF-16 units
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

function utf8WriteSmall(target: Uint8Array, string: string, offset: number, length: number): number {
  const end = offset + length;
  let at = offset;
  for (let i = 0; i < string.length; i++) {
    let code = string.charCodeAt(i);
    if (code < 0x80) {
      if (at >= end) break;
      target[at++] = code;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < string.length ? string.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        if (at + 4 > end) break;
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        target[at++] = 0xf0 | (code >> 18);
        target[at++] = 0x80 | ((code >> 12) & 0x3f);
        target[at++] = 0x80 | ((code >> 6) & 0x3f);
        target[at++] = 0x80 | (code & 0x3f);
        i++;
        continue;
      }
      code = 0xfffd; // a lone surrogate is written as U+FFFD
    }
    if (code < 0x800) {
      if (at + 2 > end) break;
      target[at++] = 0xc0 | (code >> 6);
      target[at++] = 0x80 | (code & 0x3f);
    } else {
      if (at + 3 > end) break;
      target[at++] = 0xe0 | (code >> 12);
      target[at++] = 0x80 | ((code >> 6) & 0x3f);
      target[at++] = 0x80 | (code & 0x3f);
    }
  }
  return at - offset;
}

/** Writes whole characters only, as Node does: a character that does not fit is left out. */
export function utf8Write(target: Uint8Array, string: string, offset: number, length: number): number {
  if (string.length <= SMALL) return utf8WriteSmall(target, string, offset, length);
  const view = target.subarray(offset, offset + length);
  if (typeof SharedArrayBuffer !== 'undefined' && target.buffer instanceof SharedArrayBuffer) {
    return utf8WriteSmall(target, string, offset, length);
  }
  return textEncoder().encodeInto(string, view).written;
}

function asciiOnly(source: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (source[i]! >= 0x80) return false;
  return true;
}

/** Reads bytes as one-byte character codes (latin1), in chunks the engine accepts. */
function charCodes(source: Uint8Array, start: number, end: number): string {
  if (start === 0 && end === source.length && end <= CHUNK) {
    return String.fromCharCode.apply(null, source as unknown as number[]); // no view to make
  }
  if (end - start <= CHUNK) {
    return String.fromCharCode.apply(null, source.subarray(start, end) as unknown as number[]);
  }
  let text = '';
  for (let at = start; at < end; at += CHUNK) {
    text += String.fromCharCode.apply(null, source.subarray(at, Math.min(at + CHUNK, end)) as unknown as number[]);
  }
  return text;
}

/** Up to this many bytes, ASCII text is read by hand: cheaper than a TextDecoder call. */
const SMALL_DECODE = 128;

/** Reads bytes as UTF-8, invalid sequences becoming U+FFFD (WHATWG's rules, which are V8's and Node's). */
export function utf8Slice(source: Uint8Array, start: number, end: number): string {
  if (end - start <= SMALL_DECODE && asciiOnly(source, start, end)) return charCodes(source, start, end);
  return textDecoder().decode(decodable(source.subarray(start, end)));
}

// ---------------------------------------------------------------------------------------
// latin1, ascii, utf16le
// ---------------------------------------------------------------------------------------

/** latin1 (and ascii, which Node writes the same way): each UTF-16 unit's low byte. */
export function latin1Write(target: Uint8Array, string: string, offset: number, length: number): number {
  const count = Math.min(length, string.length);
  for (let i = 0; i < count; i++) target[offset + i] = string.charCodeAt(i);
  return count;
}

/** Reads each byte as the character of that code (latin1/binary). */
export function latin1Slice(source: Uint8Array, start: number, end: number): string {
  return charCodes(source, start, end);
}

/** ascii reads each byte's low seven bits. */
export function asciiSlice(source: Uint8Array, start: number, end: number): string {
  if (asciiOnly(source, start, end)) return charCodes(source, start, end);
  const masked = new Uint8Array(end - start);
  for (let i = start; i < end; i++) masked[i - start] = source[i]! & 0x7f;
  return charCodes(masked, 0, masked.length);
}

/** utf16le writes whole two-byte units: an odd byte at the end stays untouched. */
export function ucs2Write(target: Uint8Array, string: string, offset: number, length: number): number {
  const units = Math.min(length >>> 1, string.length);
  for (let i = 0, at = offset; i < units; i++, at += 2) {
    const code = string.charCodeAt(i);
    target[at] = code;
    target[at + 1] = code >>> 8;
  }
  return units * 2;
}

const littleEndianHost = /*#__PURE__*/ (() => new Uint8Array(new Uint16Array([1]).buffer)[0] === 1)();

/** utf16le keeps lone surrogates as they are and ignores an odd last byte. */
export function ucs2Slice(source: Uint8Array, start: number, end: number): string {
  const units = (end - start) >>> 1;
  if (littleEndianHost && ((source.byteOffset + start) & 1) === 0 && units > SMALL) {
    // Aligned: read the bytes as 16-bit units directly.
    const view = new Uint16Array(source.buffer, source.byteOffset + start, units);
    let text = '';
    for (let at = 0; at < units; at += CHUNK) {
      text += String.fromCharCode.apply(null, view.subarray(at, Math.min(at + CHUNK, units)) as unknown as number[]);
    }
    return text;
  }
  let text = '';
  const codes: number[] = [];
  for (let i = 0, at = start; i < units; i++, at += 2) {
    codes.push(source[at]! | (source[at + 1]! << 8));
    if (codes.length === CHUNK) {
      text += String.fromCharCode.apply(null, codes);
      codes.length = 0;
    }
  }
  return codes.length ? text + String.fromCharCode.apply(null, codes) : text;
}

// ---------------------------------------------------------------------------------------
// hex
// ---------------------------------------------------------------------------------------

let hexPairs: string[] | undefined;
let hexValues: Int8Array | undefined;

function hexTables(): Int8Array {
  if (!hexValues) {
    hexValues = new Int8Array(256).fill(-1);
    for (let i = 0; i < 10; i++) hexValues[0x30 + i] = i;
    for (let i = 0; i < 6; i++) hexValues[0x41 + i] = hexValues[0x61 + i] = 10 + i;
  }
  return hexValues;
}

/** Two lowercase hex digits per byte. */
export function hexSlice(source: Uint8Array, start: number, end: number): string {
  const bytes = source.subarray(start, end);
  if (bytes.length > SMALL && nativeProto.toHex) return nativeProto.toHex.call(bytes);
  if (!hexPairs) hexPairs = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += hexPairs[bytes[i]!];
  return text;
}

/**
 * Node's hex decoding: pairs of digits until the first pair that is not one (the rest is
 * ignored), an odd last digit ignored, and only a character's low byte considered.
 */
export function hexWrite(target: Uint8Array, string: string, offset: number, length: number): number {
  const pairs = Math.min(length, string.length >>> 1);
  if (pairs > SMALL && nativeProto.setFromHex) {
    try {
      const view = target.subarray(offset, offset + pairs);
      const { written } = nativeProto.setFromHex.call(view, string.length === pairs * 2 ? string : string.slice(0, pairs * 2));
      if (written === pairs) return written;
    } catch {
      // an invalid pair somewhere: decode by hand below, which stops there
    }
  }
  const values = hexTables();
  for (let i = 0; i < pairs; i++) {
    const high = values[string.charCodeAt(i * 2) & 0xff]!;
    const low = values[string.charCodeAt(i * 2 + 1) & 0xff]!;
    if (high < 0 || low < 0) return i;
    target[offset + i] = (high << 4) | low;
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------
// base64 and base64url
// ---------------------------------------------------------------------------------------

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
let base64Values: Uint8Array | undefined;

/** Decoding accepts both alphabets, whatever the encoding was called (as Node does). */
function base64Table(): Uint8Array {
  if (!base64Values) {
    base64Values = new Uint8Array(256).fill(255);
    for (let i = 0; i < 64; i++) {
      base64Values[BASE64.charCodeAt(i)] = i;
      base64Values[BASE64URL.charCodeAt(i)] = i;
    }
  }
  return base64Values;
}

/** Node's estimate, used to size `Buffer.from(string, 'base64')`: padding aside, 3/4 of the length. */
export function base64ByteLength(string: string): number {
  let length = string.length;
  if (length > 0 && string.charCodeAt(length - 1) === 0x3d) length--;
  if (length > 1 && string.charCodeAt(length - 1) === 0x3d) length--;
  return (length * 3) >>> 2;
}

function base64EncodeJs(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  let text = '';
  const whole = bytes.length - (bytes.length % 3);
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    text += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
  }
  const rest = bytes.length - whole;
  if (rest === 1) {
    const n = bytes[whole]! << 16;
    text += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + (pad ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[whole]! << 16) | (bytes[whole + 1]! << 8);
    text += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + (pad ? '=' : '');
  }
  return text;
}

/** base64 with padding. */
export function base64Slice(source: Uint8Array, start: number, end: number): string {
  const bytes = source.subarray(start, end);
  if (bytes.length > SMALL && nativeProto.toBase64) return nativeProto.toBase64.call(bytes);
  return base64EncodeJs(bytes, BASE64, true);
}

/** base64url, without padding (as Node writes it). */
export function base64urlSlice(source: Uint8Array, start: number, end: number): string {
  const bytes = source.subarray(start, end);
  if (bytes.length > SMALL && nativeProto.toBase64) {
    return nativeProto.toBase64.call(bytes, { alphabet: 'base64url', omitPadding: true });
  }
  return base64EncodeJs(bytes, BASE64URL, false);
}

/** How many bytes Node's decoder may produce from `string`: the size of its output buffer. */
function base64DecodedCapacity(string: string): number {
  let size = string.length;
  if (size === 0) return 0;
  if (string.charCodeAt(size - 1) === 0x3d) size--;
  if (size > 0 && string.charCodeAt(size - 1) === 0x3d) size--;
  const remainder = size % 4;
  let bytes = ((size / 4) | 0) * 3;
  if (remainder) bytes = bytes === 0 && remainder === 1 ? 0 : bytes + 1 + (remainder === 3 ? 1 : 0);
  return bytes;
}

/**
 * Node's lenient base64 decoder: characters outside both alphabets are skipped (only a
 * character's low byte is looked at), decoding stops at the first '=' or at the end, and
 * every byte completed before that is kept.
 */
function base64DecodeJs(target: Uint8Array, string: string, offset: number, capacity: number): number {
  const values = base64Table();
  const length = string.length;
  let k = 0;
  let i = 0;
  let sextets = 0; // how many characters of the current group of four were read
  let previous = 0;
  while (i < length && k < capacity) {
    const char = string.charCodeAt(i++);
    const value = values[char & 0xff]!;
    if (value === 255) {
      if ((char & 0xff) === 0x3d) break;
      continue;
    }
    switch (sextets) {
      case 1:
        target[offset + k++] = (previous << 2) | (value >> 4);
        break;
      case 2:
        target[offset + k++] = ((previous & 0x0f) << 4) | (value >> 2);
        break;
      case 3:
        target[offset + k++] = ((previous & 0x03) << 6) | value;
        break;
    }
    sextets = (sextets + 1) & 3;
    previous = value;
  }
  return k;
}

/** Decodes base64 or base64url (either alphabet) into `target`, Node's lenient way; returns the bytes written. */
export function base64Write(target: Uint8Array, string: string, offset: number, length: number): number {
  const capacity = Math.min(length, base64DecodedCapacity(string));
  if (capacity > SMALL && nativeProto.setFromBase64) {
    // The platform decodes well-formed base64 (whitespace allowed) fast. It refuses what only
    // Node's lenient decoder takes (stray characters, '=' inside, the other alphabet …), and
    // stops early when the space runs out: both cases go to the lenient decoder, from the start.
    const view = target.subarray(offset, offset + capacity);
    for (const alphabet of ['base64', 'base64url'] as const) {
      try {
        const { read, written } = nativeProto.setFromBase64.call(view, string, { alphabet, lastChunkHandling: 'loose' });
        if (read === string.length) return written;
        break;
      } catch {
        // The other alphabet may fit (Node takes either); else the lenient decoder.
      }
    }
  }
  return base64DecodeJs(target, string, offset, capacity);
}

// ---------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------

const sameLength = (string: string): number => string.length;

let table: Record<Encoding, EncodingOps> | undefined;

/** The codec of a canonical encoding name. */
export function encodingOps(encoding: Encoding): EncodingOps {
  table ??= {
    utf8: { encoding: 'utf8', byteLength: utf8ByteLength, write: utf8Write, slice: utf8Slice },
    utf16le: { encoding: 'utf16le', byteLength: (s) => s.length * 2, write: ucs2Write, slice: ucs2Slice },
    latin1: { encoding: 'latin1', byteLength: sameLength, write: latin1Write, slice: latin1Slice },
    ascii: { encoding: 'ascii', byteLength: sameLength, write: latin1Write, slice: asciiSlice },
    base64: { encoding: 'base64', byteLength: base64ByteLength, write: base64Write, slice: base64Slice },
    base64url: { encoding: 'base64url', byteLength: base64ByteLength, write: base64Write, slice: base64urlSlice },
    hex: { encoding: 'hex', byteLength: (s) => s.length >>> 1, write: hexWrite, slice: hexSlice },
  };
  return table[encoding];
}

/** The codec for a name as Node looks it up (any letter case), or undefined. */
export function lookupEncodingOps(name: unknown): EncodingOps | undefined {
  const encoding = normalizeEncoding(name);
  return encoding === undefined ? undefined : encodingOps(encoding);
}
