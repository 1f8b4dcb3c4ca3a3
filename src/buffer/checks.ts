/**
 * Buffer's argument checks, with Node 16.13.1's exact errors and messages.
 *
 * Private to the buffer module.
 */
import {
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_INVALID_ARG_TYPE,
  invalidArgValueError,
  outOfRangeError,
} from '../internal/errors.js';
import { inspectShallow } from '../internal/inspect-primitive.js';

/**
 * How Buffer's messages write the value received, without util.inspect's look-alike
 * (inspect-received.ts, about 6 KB min+gzip in every bundle that imports Buffer). Exact for
 * every value Buffer passes to the codes below:
 * - numbers and strings (offsets, sizes, hex strings that decode to nothing): as
 *   util.inspect writes them; so are other primitives;
 * - Buffers (a `fill` value of length 0): through their `[nodejs.util.inspect.custom]`
 *   method, called as util.inspect calls it (`<Buffer >`; own properties holding primitives
 *   too, `<Buffer a: 1>`);
 * - other typed arrays and DataViews of length 0 (also `fill` values): `Uint8Array(0) []`,
 *   `DataView { byteLength: 0, … }`.
 * Anything else is written by `inspectShallow` (`[Object]` where util.inspect would list
 * the properties): Buffer never passes such values here.
 */
function formatBufferValue(value: unknown): string {
  if (value instanceof DataView && value.byteLength === 0) return inspectEmptyDataView(value);
  return inspectShallow(value, 2);
}

/** `util.inspect(new DataView(buffer, offset, 0))`: the view, then its buffer's bytes in hex. */
function inspectEmptyDataView(view: DataView): string {
  const name = (view.buffer as { constructor?: { name?: string } }).constructor?.name ?? 'ArrayBuffer';
  const bytes = new Uint8Array(view.buffer);
  let hex = Array.from(bytes.subarray(0, 100), (byte) => byte.toString(16).padStart(2, '0')).join(' ');
  const more = bytes.length - 100;
  if (more > 0) hex += ` ... ${more} more byte${more > 1 ? 's' : ''}`;
  const entries = [`[Uint8Contents]: <${hex}>`, `byteLength: ${bytes.length}`];
  // On one line when it fits in 80 columns beside its indentation and braces, as in Node.
  const buffer =
    entries[0]!.length + entries[1]!.length + name.length + 18 <= 80
      ? `${name} { ${entries.join(', ')} }`
      : `${name} {\n    ${entries.join(',\n    ')}\n  }`;
  return `DataView {\n  byteLength: 0,\n  byteOffset: ${view.byteOffset},\n  buffer: ${buffer}\n}`;
}

/** Buffer's `ERR_OUT_OF_RANGE`: for the offsets, lengths and values (numbers and bigints) Buffer checks. */
export const ERR_OUT_OF_RANGE = /*#__PURE__*/ outOfRangeError(formatBufferValue);

/** Buffer's `ERR_INVALID_ARG_VALUE` (TypeError): for `fill` values that give no bytes. */
export const ERR_INVALID_ARG_VALUE = /*#__PURE__*/ invalidArgValueError(TypeError, formatBufferValue);

/** Buffer's `ERR_INVALID_ARG_VALUE` as a RangeError (Node's `ERR_INVALID_ARG_VALUE.RangeError`): for sizes. */
export const ERR_INVALID_ARG_VALUE_RANGE = /*#__PURE__*/ invalidArgValueError(RangeError, formatBufferValue);

/** Node 16's largest Buffer (64-bit builds): 2^32 bytes. */
export const kMaxLength = 2 ** 32;

/** Node's validateNumber(value, name): ERR_INVALID_ARG_TYPE for anything but a number. */
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
