/**
 * polynode's `string_decoder`: Node 16.13.1's `StringDecoder` for the browser.
 *
 * It decodes a byte stream chunk by chunk without splitting a character: the bytes of a
 * character cut at a chunk's end (UTF-8 sequences, UTF-16 units and surrogate pairs, base64
 * groups of three) are held back until the next chunk, exactly where Node holds them, and
 * `lastChar`, `lastNeed` and `lastTotal` report them as Node does.
 *
 * @packageDocumentation
 */
import { Buffer } from '../buffer/index.js';
import { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING_SHALLOW } from '../internal/errors.js';

type Encoding = 'utf8' | 'utf16le' | 'latin1' | 'ascii' | 'base64' | 'base64url' | 'hex';

const kState = Symbol('kState');

/** What a decoder holds between chunks. */
interface DecoderState {
  readonly encoding: Encoding;
  /** The bytes of the character cut at the end of the last chunk (4 at most). */
  readonly held: InstanceType<typeof Buffer>;
  /** How many of `held` are in use. */
  heldCount: number;
  /** How many more bytes that character needs. */
  missing: number;
}

function normalize(encoding: unknown): Encoding {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  const name = `${encoding as string}`;
  const lower = name.toLowerCase();
  switch (lower) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'ascii':
    case 'base64':
    case 'base64url':
    case 'hex':
      return lower;
    default:
      throw new ERR_UNKNOWN_ENCODING_SHALLOW(encoding);
  }
}

/** Bytes as a Buffer view (no copy), whatever kind of ArrayBufferView they came in. */
function bytesOf(view: ArrayBufferView): InstanceType<typeof Buffer> {
  return Buffer.from(view.buffer as ArrayBuffer, view.byteOffset, view.byteLength);
}

function text(state: DecoderState, bytes: Uint8Array, start: number, end: number): string {
  if (end <= start) return '';
  return Buffer.prototype.toString.call(bytes, state.encoding, start, end);
}

/** UTF-8: is this a continuation byte (10xxxxxx)? */
const isContinuation = (byte: number): boolean => (byte & 0xc0) === 0x80;

/** How long a UTF-8 character starting with `lead` is, or 0 for a byte that starts none. */
function utf8Length(lead: number): number {
  if ((lead & 0xe0) === 0xc0) return 2;
  if ((lead & 0xf0) === 0xe0) return 3;
  if ((lead & 0xf8) === 0xf0) return 4;
  return 0;
}

/**
 * How many bytes at the end of `bytes[start, end)` begin a character the chunk does not
 * finish, and how many more that character needs. Sets `state.heldCount`/`missing`.
 */
function holdTail(state: DecoderState, bytes: Uint8Array, start: number, end: number): void {
  state.heldCount = 0;
  state.missing = 0;
  const length = end - start;
  if (length === 0) return;
  switch (state.encoding) {
    case 'utf8': {
      if (!(bytes[end - 1]! & 0x80)) return;
      // Walk back over continuation bytes to the character's first byte (4 bytes at most).
      let count = 0;
      for (let i = end - 1; ; i--) {
        count++;
        if (isContinuation(bytes[i]!)) {
          if (count >= 4 || i === start) return; // too many, or no first byte in this chunk
          continue;
        }
        const needed = utf8Length(bytes[i]!);
        if (needed === 0 || count >= needed) return; // not a first byte, or already complete
        state.heldCount = count;
        state.missing = needed - count;
        return;
      }
    }
    case 'utf16le':
      if (length % 2 === 1) {
        state.heldCount = 1; // half a code unit
        state.missing = 1;
      } else if ((bytes[end - 1]! & 0xfc) === 0xd8) {
        state.heldCount = 2; // a high surrogate waiting for its pair
        state.missing = 2;
      }
      return;
    case 'base64':
    case 'base64url':
      state.heldCount = length % 3;
      if (state.heldCount > 0) state.missing = 3 - state.heldCount;
      return;
    default:
      return; // latin1, ascii and hex decode byte by byte
  }
}

function decode(state: DecoderState, bytes: Uint8Array): string {
  let start = 0;
  const end = bytes.length;
  let prefix = '';

  if (state.missing > 0) {
    // Finish the character held from the last chunk.
    if (state.encoding === 'utf8') {
      // A byte that is not a continuation ends the held character early (it decodes as
      // U+FFFD) and starts the next one.
      for (let i = 0; i < end && i < state.missing; i++) {
        if (!isContinuation(bytes[i]!)) {
          state.held.set(bytes.subarray(0, i), state.heldCount);
          state.heldCount += i;
          start = i;
          state.missing = 0;
          break;
        }
      }
    }
    const taken = Math.min(end - start, state.missing);
    state.held.set(bytes.subarray(start, start + taken), state.heldCount);
    start += taken;
    state.missing -= taken;
    state.heldCount += taken;
    if (state.missing > 0) return '';
    prefix = text(state, state.held, 0, state.heldCount);
    state.heldCount = 0;
  }

  holdTail(state, bytes, start, end);
  const bodyEnd = end - state.heldCount;
  if (state.heldCount > 0) state.held.set(bytes.subarray(bodyEnd, end), 0);
  return prefix + text(state, bytes, start, bodyEnd);
}

function flush(state: DecoderState): string {
  if (state.encoding === 'utf16le' && state.heldCount % 2 === 1) {
    // A single trailing byte is dropped, as Node does.
    state.heldCount--;
    state.missing--;
  }
  if (state.heldCount === 0) return '';
  const rest = text(state, state.held, 0, state.heldCount);
  state.heldCount = 0;
  state.missing = 0;
  return rest;
}

/**
 * Node's `StringDecoder`: `write(buf)` returns the text of every complete character so
 * far, `end(buf?)` the rest (an incomplete character becomes U+FFFD in UTF-8).
 */
export class StringDecoder {
  /** The canonical encoding name (`'utf8'`, `'utf16le'`, `'latin1'` …). */
  encoding: Encoding;
  declare private [kState]: DecoderState;

  constructor(encoding?: string) {
    this.encoding = normalize(encoding);
    Object.defineProperty(this, kState, {
      value: { encoding: this.encoding, held: Buffer.alloc(4), heldCount: 0, missing: 0 },
    });
  }

  /** Decodes a chunk; a string is returned as it is. */
  write(buf: ArrayBufferView | string): string {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    return decode(this[kState], bytesOf(buf));
  }

  /** Decodes a last chunk, if given, and returns what was held back. */
  end(buf?: ArrayBufferView | string): string {
    let result = '';
    if (buf !== undefined) result = this.write(buf);
    if (this[kState].heldCount > 0) result += flush(this[kState]);
    return result;
  }

  /** Forgets what was held back and decodes `buf` from byte `offset`. */
  text(buf: ArrayBufferView, offset?: number): string {
    this[kState].heldCount = 0;
    this[kState].missing = 0;
    return this.write(bytesOf(buf).subarray(offset));
  }

  /** The held bytes of an incomplete character: a view of 4 bytes, as in Node. */
  get lastChar(): InstanceType<typeof Buffer> {
    return this[kState].held;
  }

  /** How many more bytes the held character needs. */
  get lastNeed(): number {
    return this[kState].missing;
  }

  /** The held character's full length in bytes (held + still needed). */
  get lastTotal(): number {
    return this[kState].heldCount + this[kState].missing;
  }
}

/** Node's `string_decoder` module object. */
const stringDecoderModule = { StringDecoder };
export default stringDecoderModule;
