/**
 * polynode's `buffer`: Node 16.13.1's `buffer` module for the browser.
 *
 * `Buffer` is a Uint8Array with Node's methods, every encoding (utf8, utf16le/ucs2,
 * latin1/binary, ascii, base64, base64url, hex) and Node's exact errors; the bulk paths
 * run on the platform (TextEncoder/TextDecoder, Uint8Array base64/hex) where it has them.
 *
 * Browser: `Buffer()` without `new` works but does not print Node's DEP0005 warning;
 * `Blob` is the platform's Blob; `allocUnsafe` memory is zeroed (a browser gives no
 * uninitialised memory).
 *
 * @packageDocumentation
 */
import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { Buffer, SlowBuffer, inspectOptions, kMaxLength, kStringMaxLength } from './buffer.js';
import { normalizeEncoding, ucs2Slice, utf8Slice, type Encoding } from './codecs.js';
import { nativeSlice } from './native.js';

export { Buffer, SlowBuffer, kMaxLength, kStringMaxLength };
/** The type of `Buffer`: callable, constructible, with Node's statics. */
export type { BufferConstructor } from './buffer.js';

/** Node's `buffer.constants`: the largest Buffer and the longest string. */
export const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };

/**
 * Node's `buffer.INSPECT_MAX_BYTES` (50): bytes shown by `util.inspect(buffer)`.
 * Browser: as an ES module binding it cannot be assigned; set it on the default export
 * (`buffer.INSPECT_MAX_BYTES = 10`, what `require('buffer')` users do).
 */
export const INSPECT_MAX_BYTES: number = 50;

/** Node's `buffer.Blob`. Browser: the platform's Blob class. */
export const Blob: typeof globalThis.Blob = globalThis.Blob;

function invalidCharacter(): Error {
  return new DOMException('Invalid character', 'InvalidCharacterError');
}

const BASE64_DIGITS = /^[A-Za-z0-9+/=]*$/;

/**
 * Node 16.13.1's `atob`: only base64 digits and `=` are accepted (no whitespace), then
 * the input is decoded leniently, as `Buffer.from(input, 'base64').toString('latin1')`.
 */
export function atob(input: unknown): string {
  const text = `${input as string}`;
  if (!BASE64_DIGITS.test(text)) throw invalidCharacter();
  return Buffer.from(text, 'base64').toString('latin1');
}

/** Node 16.13.1's `btoa`: a character above U+00FF throws InvalidCharacterError. */
export function btoa(input: unknown): string {
  const text = `${input as string}`;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) throw invalidCharacter();
  return Buffer.from(text, 'latin1').toString('base64');
}

/**
 * Node's `buffer.resolveObjectURL(id)`: the Blob behind a `blob:nodedata:…` URL made by
 * Node's `URL.createObjectURL`, or undefined.
 *
 * Browser: the page's own blob URLs (`blob:https://…`) cannot be read back synchronously,
 * and no `blob:nodedata:` URL exists in a page, so this returns undefined — what Node
 * returns for any URL it did not register.
 */
export function resolveObjectURL(url: unknown): InstanceType<typeof Blob> | undefined {
  const text = `${url as string}`;
  try {
    const parsed = new URL(text);
    if (parsed.protocol !== 'blob:' || !parsed.pathname.startsWith('nodedata:')) return undefined;
  } catch {
    return undefined;
  }
  return undefined;
}

/** An ICU-style failure of `transcode`: a plain Error with `code` and `errno`. */
function transcodeError(code: 'U_ILLEGAL_ARGUMENT_ERROR' | 'U_INVALID_CHAR_FOUND'): Error {
  return Object.assign(new Error(`Unable to transcode Buffer [${code}]`), {
    code,
    errno: code === 'U_ILLEGAL_ARGUMENT_ERROR' ? 1 : 10,
  });
}

const TRANSCODABLE = new Set<Encoding>(['utf8', 'utf16le', 'latin1', 'ascii']);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** Decodes for transcode; `strict` rejects what ICU's converters reject. */
function decodeForTranscode(source: Uint8Array, from: Encoding, strict: boolean): string {
  switch (from) {
    case 'utf8': {
      if (strict) {
        try {
          return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(nativeSlice.call(source));
        } catch {
          throw transcodeError('U_INVALID_CHAR_FOUND');
        }
      }
      return utf8Slice(source, 0, source.length);
    }
    case 'utf16le': {
      const text = ucs2Slice(source, 0, source.length);
      if (strict && text.replace(LONE_SURROGATE, '') !== text) {
        throw transcodeError('U_INVALID_CHAR_FOUND');
      }
      return text;
    }
    case 'latin1': {
      let text = '';
      for (let i = 0; i < source.length; i++) text += String.fromCharCode(source[i]!);
      return text;
    }
    default: {
      // ICU's US-ASCII decoder turns bytes above 0x7f into U+FFFD.
      let text = '';
      for (let i = 0; i < source.length; i++) text += source[i]! < 0x80 ? String.fromCharCode(source[i]!) : '\ufffd';
      return text;
    }
  }
}

/**
 * Node's `buffer.transcode(source, fromEnc, toEnc)` between utf8, utf16le/ucs2,
 * latin1/binary and ascii, with ICU's rules as Node 16 ships them: characters a target
 * cannot hold become `?` in latin1 and ascii; invalid UTF-8 becomes U+FFFD in utf8 output
 * but fails (`U_INVALID_CHAR_FOUND`) into utf16le, as does a lone surrogate into utf8;
 * other encodings fail with `U_ILLEGAL_ARGUMENT_ERROR`.
 */
export function transcode(source: unknown, fromEncoding: unknown, toEncoding: unknown): InstanceType<typeof Buffer> {
  if (!(source instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  if (!from || !to || !TRANSCODABLE.has(from) || !TRANSCODABLE.has(to)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR');
  if (from === to && from !== 'ascii' && from !== 'utf16le') {
    // Same-encoding copies: utf8 still repairs invalid sequences on the way.
    return from === 'utf8' ? Buffer.from(utf8Slice(source, 0, source.length), 'utf8') : Buffer.from(source);
  }
  const strict = (from === 'utf8' && to === 'utf16le') || (from === 'utf16le' && to === 'utf8');
  let text = decodeForTranscode(source, from, strict);
  if (from === 'utf16le' && to === 'utf16le') {
    // ICU's UTF-16 round trip: a lone surrogate becomes U+FFFD, and so does an odd last
    // byte, unless it follows a lone high surrogate (the two make one bad sequence).
    const oddByte = source.length % 2 === 1 && !/[\ud800-\udbff]$/.test(text);
    text = text.replace(LONE_SURROGATE, '\ufffd') + (oddByte ? '\ufffd' : '');
  }
  if (to === 'latin1' || to === 'ascii') {
    // What the target cannot hold becomes '?', except default-ignorable characters (format
    // marks such as U+200F), which ICU's substitution drops.
    const limit = to === 'latin1' ? 0xff : 0x7f;
    let out = '';
    for (const char of text) {
      if (char.codePointAt(0)! <= limit) out += char;
      else if (!DEFAULT_IGNORABLE.test(char)) out += '?';
    }
    return Buffer.from(out, 'latin1');
  }
  return Buffer.from(text, to);
}

/** Node's `buffer` module object: what `import buffer from 'buffer'` and `require('buffer')` give. */
const bufferModule = /*#__PURE__*/ (() => {
  const module = {
    Blob,
    Buffer,
    SlowBuffer,
    atob,
    btoa,
    constants,
    kMaxLength,
    kStringMaxLength,
    resolveObjectURL,
    transcode,
    INSPECT_MAX_BYTES,
  };
  // As in Node, INSPECT_MAX_BYTES on the module object is live and settable.
  Object.defineProperty(module, 'INSPECT_MAX_BYTES', {
    get: () => inspectOptions.maxBytes,
    set: (value: number) => {
      inspectOptions.maxBytes = value;
    },
    enumerable: true,
    configurable: true,
  });
  return module;
})();
export default bufferModule;

