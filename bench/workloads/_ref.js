// Plain reference codecs: the `expected` outputs of the workloads. Written for clarity, not
// speed, and independent of every column (no polyfill, no Uint8Array.toBase64 & co.), so a
// result is checked even in a browser that lacks the native API.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Joins many small strings without building a giant argument list. */
function joinPieces(make, count) {
  const parts = [];
  let piece = [];
  for (let i = 0; i < count; i++) {
    piece.push(make(i));
    if (piece.length === 8192) {
      parts.push(piece.join(''));
      piece = [];
    }
  }
  parts.push(piece.join(''));
  return parts.join('');
}

/** Base64 of bytes; url: the URL-safe alphabet without padding (Node's 'base64url'). */
export function base64(bytes, url = false) {
  const alphabet = url ? B64URL : B64;
  const groups = Math.ceil(bytes.length / 3);
  const text = joinPieces((g) => {
    const i = g * 3;
    const left = bytes.length - i;
    const n = (bytes[i] << 16) | ((left > 1 ? bytes[i + 1] : 0) << 8) | (left > 2 ? bytes[i + 2] : 0);
    const c0 = alphabet[(n >> 18) & 63];
    const c1 = alphabet[(n >> 12) & 63];
    const c2 = left > 1 ? alphabet[(n >> 6) & 63] : url ? '' : '=';
    const c3 = left > 2 ? alphabet[n & 63] : url ? '' : '=';
    return c0 + c1 + c2 + c3;
  }, groups);
  return text;
}

/** Lowercase hex of bytes. */
export function hex(bytes) {
  return joinPieces((i) => (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16), bytes.length);
}

/** Bytes as latin1 (one char per byte, U+0000..U+00FF). */
export function latin1Decode(bytes) {
  return joinPieces((i) => String.fromCharCode(bytes[i]), bytes.length);
}

/** A string as latin1 bytes: the low 8 bits of each UTF-16 code unit (what Node does). */
export function latin1Encode(text) {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** A string as UTF-16LE bytes (code units as they are, lone surrogates included). */
export function utf16leEncode(text) {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i] = unit & 0xff;
    out[2 * i + 1] = unit >> 8;
  }
  return out;
}

/** UTF-16LE bytes as a string (an odd trailing byte is dropped, as Node does). */
export function utf16leDecode(bytes) {
  return joinPieces((i) => String.fromCharCode(bytes[2 * i] | (bytes[2 * i + 1] << 8)), bytes.length >> 1);
}

/** UTF-8: the platform's TextEncoder/TextDecoder are the reference (WHATWG = Node for valid input). */
export function utf8Encode(text) {
  return new TextEncoder().encode(text);
}

export function utf8Decode(bytes) {
  return new TextDecoder().decode(bytes);
}

/** Concatenation of a list of byte arrays. */
export function concatBytes(list) {
  let total = 0;
  for (const part of list) total += part.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of list) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
