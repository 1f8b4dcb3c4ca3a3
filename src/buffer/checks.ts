/**
 * Buffer's argument checks, with Node 16.13.1's exact errors and messages.
 *
 * Private to the buffer module.
 */
import { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } from '../internal/errors.js';

/** Node 16's largest Buffer (64-bit builds): 2^32 bytes. */
export const kMaxLength = 2 ** 32;

export function validateNumber(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

/** Buffer's own offset check (`>= min && <= max`: Node's message has `&&`). */
export function validateOffset(value: unknown, name: string, min = 0, max = kMaxLength): asserts value is number {
  validateNumber(value, name);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

/** Why an access at `value` is out of bounds, given the last valid offset `last`. */
export function boundsError(value: unknown, last: number, type?: string): never {
  if (Math.floor(value as number) !== value) {
    validateNumber(value, type ?? 'offset');
    throw new ERR_OUT_OF_RANGE(type ?? 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type ?? 'offset', `>= ${type ? 1 : 0} and <= ${last}`, value);
}

/** Checks that bytes `offset` to `offset + byteLength` exist. */
export function checkBounds(buf: Uint8Array, offset: unknown, byteLength: number): asserts offset is number {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) boundsError(offset, buf.length - (byteLength + 1));
}

/** The range check of integer writes (`byteLength` is the width minus one, as in Node), then the bounds. */
export function checkInt(
  value: number | bigint,
  min: number | bigint,
  max: number | bigint,
  buf: Uint8Array,
  offset: unknown,
  byteLength: number,
): asserts offset is number {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      const bits = (byteLength + 1) * 8;
      range = min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${bits}${n}` : `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}
