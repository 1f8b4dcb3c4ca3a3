/**
 * polynode's `querystring`: Node 16.13.1's `querystring` module for the browser.
 *
 * `parse`/`decode`, `stringify`/`encode`, `escape`, `unescape` and `unescapeBuffer` behave
 * exactly as Node 16's (checked against real Node 16 on thousands of random inputs:
 * test/url/querystring.test.ts and test/golden/node16-url.json), including the quirks:
 * `maxKeys`, multi-character separators matched the way Node matches them, malformed `%`
 * sequences decoded byte by byte, lone surrogates in `escape`, `+` as a space, arrays for
 * repeated keys and Node's conversion of non-string values.
 *
 * Like Node, `parse` and `stringify` look `escape`/`unescape`/`unescapeBuffer` up on the
 * module object (the default export) each time, so replacing them there changes them.
 *
 * @packageDocumentation
 */
import { Buffer } from '../buffer/index.js';
import { ERR_INVALID_URI } from '../internal/errors.js';


/** `%XX` for every byte, upper-case hex. Built on first use. */
let hexTable: string[] | undefined;
function hex(): string[] {
  if (hexTable === undefined) {
    hexTable = new Array<string>(256);
    for (let i = 0; i < 256; i++) hexTable[i] = '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();
  }
  return hexTable;
}

/** ASCII characters `escape` leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *. */
const UNRESERVED = /*#__PURE__*/ (() => {
  const t = new Uint8Array(128);
  for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") t[c.charCodeAt(0)] = 1;
  return t;
})();

/**
 * Percent-encodes `str` as UTF-8, keeping the ASCII characters marked in `keep`. A surrogate
 * (high or low) is always combined with the unit that follows it, whatever that is, and
 * one at the very end throws `ERR_INVALID_URI`, as Node does.
 */
function percentEncode(str: string, keep: Uint8Array): string {
  const len = str.length;
  let out = '';
  let from = 0;
  let table: string[] | undefined;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      table ??= hex();
      if (from < i) out += str.slice(from, i);
      out += table[c]!;
      from = i + 1;
      continue;
    }
    table ??= hex();
    if (from < i) out += str.slice(from, i);
    if (c < 0x800) {
      out += table[0xc0 | (c >> 6)]! + table[0x80 | (c & 0x3f)]!;
    } else if (c < 0xd800 || c >= 0xe000) {
      out += table[0xe0 | (c >> 12)]! + table[0x80 | ((c >> 6) & 0x3f)]! + table[0x80 | (c & 0x3f)]!;
    } else {
      if (++i >= len) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      out +=
        table[0xf0 | (c >> 18)]! +
        table[0x80 | ((c >> 12) & 0x3f)]! +
        table[0x80 | ((c >> 6) & 0x3f)]! +
        table[0x80 | (c & 0x3f)]!;
    }
    from = i + 1;
  }
  if (from === 0) return str;
  return from < len ? out + str.slice(from) : out;
}

/**
 * Node's `querystring.escape(str)`: percent-encodes `str` for a query string (UTF-8, every
 * character but `A-Z a-z 0-9 - . _ ~ ! ' ( ) *`). A non-string is converted first (objects
 * with `String()`, others with `+ ''`, so a Symbol throws a TypeError). A lone surrogate at
 * the end throws `ERR_INVALID_URI` (URIError).
 */
export function escape(str: unknown): string {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str = (str as string) + '';
  }
  return percentEncode(str as string, UNRESERVED);
}

/** Value of a hex digit, or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/**
 * Node's `querystring.unescapeBuffer(str[, decodeSpaces])`: decodes `%XX` sequences into a
 * Buffer, leaving malformed ones as they are; other characters become one byte each (their
 * low 8 bits). With `decodeSpaces`, `+` becomes a space. The result is polynode's Buffer.
 */
export function unescapeBuffer(s: string, decodeSpaces?: boolean): Buffer {
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  let o = 0;
  let decoded = false;
  const lastPercent = len - 2;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[o++] = 32;
      continue;
    }
    if (c === 37 && i < lastPercent) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo >= 0) {
        out[o++] = hi * 16 + lo;
        decoded = true;
        i += 2;
        continue;
      }
    }
    out[o++] = c;
  }
  return decoded ? out.slice(0, o) : out;
}

/**
 * Node's `querystring.unescape(str)`: `decodeURIComponent(str)`, and where that throws
 * (malformed input), `unescapeBuffer(str, decodeSpaces).toString()` — invalid UTF-8 becomes
 * U+FFFD and malformed `%` sequences stay as they are.
 */
export function unescape(s: string, decodeSpaces?: boolean): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return qs().unescapeBuffer(s, decodeSpaces).toString();
  }
}

/** The options of {@link parse}. */
export interface ParseOptions {
  /** The most keys to read (default 1000); 0 or less means no limit. */
  maxKeys?: number;
  /** Decodes percent-encoded keys and values (default `querystring.unescape`). */
  decodeURIComponent?: (str: string) => string;
}

/** The options of {@link stringify}. */
export interface StringifyOptions {
  /** Encodes keys and values (default `querystring.escape`). */
  encodeURIComponent?: (str: string) => string;
}

/** The result of {@link parse}: a null-prototype object. */
export interface ParsedUrlQuery {
  [key: string]: string | string[];
}

function codesOf(text: unknown, fallback: number[]): number[] {
  if (!text) return fallback;
  const s = String(text);
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
  return codes;
}

const AMP = [38];
const EQ = [61];

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

function decodePart(s: string, decoder: (s: string) => string): string {
  try {
    return decoder(s);
  } catch {
    return qs().unescape(s, true);
  }
}

function store(
  obj: ParsedUrlQuery,
  key: string,
  value: string,
  keyEncoded: boolean,
  valueEncoded: boolean,
  decoder: (s: string) => string,
): void {
  if (keyEncoded && key.length > 0) key = decodePart(key, decoder);
  if (valueEncoded && value.length > 0) value = decodePart(value, decoder);
  const previous = obj[key];
  if (previous === undefined) obj[key] = value;
  else if (typeof previous === 'string') obj[key] = [previous, value];
  else previous.push(value);
}

/**
 * Node's `querystring.parse(str[, sep[, eq[, options]]])`: reads `str` into a
 * null-prototype object, repeated keys becoming arrays. `sep` (default `&`) and `eq`
 * (default `=`) may be several characters long (matched as Node matches them); `+` means a
 * space; keys and values with a valid `%XX` go through `options.decodeURIComponent`
 * (default `querystring.unescape`), falling back to `unescape` when it throws. At most
 * `options.maxKeys` (default 1000) pairs are read. A non-string or empty `str` gives `{}`.
 */
export function parse(str: unknown, sep?: unknown, eq?: unknown, options?: ParseOptions): ParsedUrlQuery {
  const obj = Object.create(null) as ParsedUrlQuery;
  if (typeof str !== 'string' || str.length === 0) return obj;
  const sepCodes = codesOf(sep, AMP);
  const eqCodes = codesOf(eq, EQ);
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  const module = qs();
  let decoder: (s: string) => string = module.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decoder = options.decodeURIComponent;
  const custom = decoder !== unescape;
  const plus = custom ? '%20' : ' ';

  let from = 0;
  let sepAt = 0;
  let eqAt = 0;
  let key = '';
  let value = '';
  let keyEncoded = custom;
  let valueEncoded = custom;
  let percent = 0; // 0: not in a %XX; 1..2: digits seen after a %
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c === sepCodes[sepAt]) {
      if (++sepAt !== sepLen) continue;
      const end = i - sepLen + 1;
      if (eqAt < eqLen) {
        if (from < end) key += str.slice(from, end);
        else if (key.length === 0) {
          // An empty piece between two separators counts against maxKeys, nothing more.
          if (--pairs === 0) return obj;
          from = i + 1;
          sepAt = eqAt = 0;
          continue;
        }
      } else if (from < end) {
        value += str.slice(from, end);
      }
      store(obj, key, value, keyEncoded, valueEncoded, decoder);
      if (--pairs === 0) return obj;
      keyEncoded = valueEncoded = custom;
      key = value = '';
      percent = 0;
      from = i + 1;
      sepAt = eqAt = 0;
      continue;
    }
    sepAt = 0;
    if (eqAt < eqLen) {
      // Still in the key.
      if (c === eqCodes[eqAt]) {
        if (++eqAt === eqLen) {
          const end = i - eqLen + 1;
          if (from < end) key += str.slice(from, end);
          percent = 0;
          from = i + 1;
        }
        continue;
      }
      eqAt = 0;
      if (!keyEncoded) {
        if (c === 37) {
          percent = 1;
          continue;
        }
        if (percent > 0) {
          if (isHexDigit(c)) {
            if (++percent === 3) keyEncoded = true;
            continue;
          }
          percent = 0;
        }
      }
      if (c === 43) {
        if (from < i) key += str.slice(from, i);
        key += plus;
        from = i + 1;
        continue;
      }
    }
    if (c === 43) {
      if (from < i) value += str.slice(from, i);
      value += plus;
      from = i + 1;
    } else if (!valueEncoded) {
      if (c === 37) percent = 1;
      else if (percent > 0) {
        if (isHexDigit(c)) {
          if (++percent === 3) valueEncoded = true;
        } else percent = 0;
      }
    }
  }
  if (from < len) {
    if (eqAt < eqLen) key += str.slice(from);
    else if (sepAt < sepLen) value += str.slice(from);
  } else if (eqAt === 0 && key.length === 0) {
    return obj;
  }
  store(obj, key, value, keyEncoded, valueEncoded, decoder);
  return obj;
}

/** A value as `stringify` writes it with a custom encoder (then encoded whole). */
function primitiveText(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return Number.isFinite(v) ? '' + v : '';
    case 'bigint':
      return '' + v;
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return '';
  }
}

/** A value as `stringify` writes it with the default encoder. */
function defaultText(v: unknown, encode: (s: string) => string): string {
  switch (typeof v) {
    case 'string':
      return v.length ? encode(v) : '';
    case 'number':
      if (!Number.isFinite(v)) return '';
      // 1e21 and up print with a '+', which needs escaping.
      return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
    case 'bigint':
      return '' + v;
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return '';
  }
}

/**
 * Node's `querystring.stringify(obj[, sep[, eq[, options]]])`: writes the own enumerable
 * keys of `obj` as `key=value` pairs joined by `sep` (default `&`), arrays giving one pair
 * per element (none when empty). Strings, finite numbers, bigints and booleans are written;
 * any other value as the empty string. Keys and values go through
 * `options.encodeURIComponent` (default `querystring.escape`). A non-object gives `''`.
 */
export function stringify(obj: unknown, sep?: string | null, eq?: string | null, options?: StringifyOptions): string {
  sep = sep || '&';
  eq = eq || '=';
  let encode: (s: string) => string = qs().escape as (s: string) => string;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const text = encode === escape ? defaultText : (v: unknown, enc: (s: string) => string) => enc(primitiveText(v));
  if (obj === null || typeof obj !== 'object') return '';
  const record = obj as Record<string, unknown>;
  const keys = Object.keys(record);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = record[k];
    const prefix = text(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (out) out += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) out += sep;
        out += prefix + text(v[j], encode);
      }
    } else {
      if (out) out += sep;
      out += prefix + text(v, encode);
    }
  }
  return out;
}

/** Node's `querystring.decode`: the same function as {@link parse}. */
export const decode = parse;

/** Node's `querystring.encode`: the same function as {@link stringify}. */
export const encode = stringify;

/** Node's `querystring` module object: what `import querystring from 'querystring'` and `require('querystring')` give. */
const querystringModule = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode,
  parse,
  decode,
};

/** The module object, read at call time (Node reads `QueryString.escape` etc. the same way). */
function qs(): typeof querystringModule {
  return querystringModule;
}

export default querystringModule;
