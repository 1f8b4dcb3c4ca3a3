/**
 * Buffer's number methods: read/write of 8/16/32-bit integers, 1-to-6-byte integers,
 * floats, doubles and 64-bit bigints, little- and big-endian, with Node's argument rules.
 *
 * The 8-to-48-bit integer methods are written out byte by byte: plain indexed loads and
 * stores are what engines optimise best for them (measured faster than a DataView call).
 * Floats, doubles and 64-bit bigints go through the buffer's DataView (FastBuffer.viewOf),
 * which engines turn into one load or store: 2–5× the byte-copying versions.
 *
 * Private to the buffer module.
 */
import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { ERR_OUT_OF_RANGE, boundsError, checkBounds, checkInt } from './checks.js';
import { FastBuffer } from './fast-buffer.js';

type Buf = Uint8Array;
type Method = (this: Buf, ...args: never[]) => unknown;

// A typed `this[offset]` that may be undefined when out of range.
type Loose = Record<number, number | undefined>;

function outOfRange(buf: Buf, offset: unknown, width: number): never {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  return boundsError(offset, buf.length - width);
}

// ---------------------------------------------------------------------------------------
// Fixed-width integer reads
// ---------------------------------------------------------------------------------------

function readUInt8(this: Buf, offset: unknown = 0): number {
  const value = (this as Loose)[offset as number];
  if (typeof offset !== 'number' || value === undefined) return outOfRange(this, offset, 1);
  return value;
}
function readInt8(this: Buf, offset: unknown = 0): number {
  const value = readUInt8.call(this, offset);
  return (value << 24) >> 24;
}
function readUInt16LE(this: Buf, offset: unknown = 0): number {
  const o = offset as number;
  const first = (this as Loose)[o];
  const last = (this as Loose)[o + 1];
  if (typeof offset !== 'number' || first === undefined || last === undefined) return outOfRange(this, offset, 2);
  return first + last * 0x100;
}
function readUInt16BE(this: Buf, offset: unknown = 0): number {
  const o = offset as number;
  const first = (this as Loose)[o];
  const last = (this as Loose)[o + 1];
  if (typeof offset !== 'number' || first === undefined || last === undefined) return outOfRange(this, offset, 2);
  return first * 0x100 + last;
}
function readInt16LE(this: Buf, offset: unknown = 0): number {
  return (readUInt16LE.call(this, offset) << 16) >> 16;
}
function readInt16BE(this: Buf, offset: unknown = 0): number {
  return (readUInt16BE.call(this, offset) << 16) >> 16;
}
function readUInt32LE(this: Buf, offset: unknown = 0): number {
  const o = offset as number;
  const first = (this as Loose)[o];
  const last = (this as Loose)[o + 3];
  if (typeof offset !== 'number' || first === undefined || last === undefined) return outOfRange(this, offset, 4);
  return first + this[o + 1]! * 0x100 + this[o + 2]! * 0x10000 + last * 0x1000000;
}
function readUInt32BE(this: Buf, offset: unknown = 0): number {
  const o = offset as number;
  const first = (this as Loose)[o];
  const last = (this as Loose)[o + 3];
  if (typeof offset !== 'number' || first === undefined || last === undefined) return outOfRange(this, offset, 4);
  return first * 0x1000000 + this[o + 1]! * 0x10000 + this[o + 2]! * 0x100 + last;
}
function readInt32LE(this: Buf, offset: unknown = 0): number {
  return readUInt32LE.call(this, offset) | 0;
}
function readInt32BE(this: Buf, offset: unknown = 0): number {
  return readUInt32BE.call(this, offset) | 0;
}

// ---------------------------------------------------------------------------------------
// 1-to-6-byte integers (readUIntLE(offset, byteLength) …)
// ---------------------------------------------------------------------------------------

function readWidth(buf: Buf, offset: unknown, width: number, littleEndian: boolean): number {
  const o = offset as number;
  if (typeof offset !== 'number' || (buf as Loose)[o] === undefined || (buf as Loose)[o + width - 1] === undefined) {
    return outOfRange(buf, offset, width);
  }
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 256 + buf[littleEndian ? o + width - 1 - i : o + i]!;
  return value;
}

/** The byteLength of readUIntLE & co.: an integer from 1 to 6. */
function checkWidth(byteLength: unknown): number {
  if (typeof byteLength === 'number' && byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) return byteLength;
  return boundsError(byteLength, 6, 'byteLength');
}

const readVariable = (signed: boolean, littleEndian: boolean) =>
  function (this: Buf, offset: unknown, byteLength: unknown): number {
    // Reads check that an offset is given before anything else; writes do not.
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    const width = checkWidth(byteLength);
    const value = readWidth(this, offset, width, littleEndian);
    const limit = 2 ** (width * 8 - 1);
    return signed && value >= limit ? value - limit * 2 : value;
  };

function writeWidth(buf: Buf, value: number, offset: number, width: number, littleEndian: boolean): number {
  // Node's arithmetic, so fractions, negatives and NaN land on the same bytes: the low four
  // bytes come from the value as a uint32 (truncated, two's complement), the bytes above
  // from floor(value / 2^32).
  const low = value >>> 0;
  const high = Math.floor(value * 2 ** -32) >>> 0;
  for (let i = 0; i < width; i++) {
    const byte = i < 4 ? low >>> (8 * i) : high >>> (8 * (i - 4));
    buf[littleEndian ? offset + i : offset + width - 1 - i] = byte & 0xff;
  }
  return offset + width;
}

const writeVariable = (signed: boolean, littleEndian: boolean) =>
  function (this: Buf, value: unknown, offset: unknown, byteLength: unknown): number {
    const width = checkWidth(byteLength);
    const number = +(value as number);
    if (width === 1) return writeByte(this, number, offset, signed ? -0x80 : 0, signed ? 0x7f : 0xff);
    const half = 2 ** (width * 8 - 1);
    checkInt(number, signed ? -half : 0, signed ? half - 1 : half * 2 - 1, this, offset, width - 1);
    return writeWidth(this, number, offset, width, littleEndian);
  };

// ---------------------------------------------------------------------------------------
// Fixed-width integer writes
// ---------------------------------------------------------------------------------------

function writeByte(buf: Buf, value: unknown, offset: unknown, min: number, max: number): number {
  const number = +(value as number);
  // One byte: Node checks the offset's type before the value's range.
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (number > max || number < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, number);
  if ((buf as Loose)[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = number;
  return offset + 1;
}
function writeUInt8(this: Buf, value: unknown, offset: unknown = 0): number {
  return writeByte(this, value, offset, 0, 0xff);
}
function writeInt8(this: Buf, value: unknown, offset: unknown = 0): number {
  return writeByte(this, value, offset, -0x80, 0x7f);
}

const write16 = (min: number, max: number, littleEndian: boolean) =>
  function (this: Buf, value: unknown, offset: unknown = 0): number {
    const number = +(value as number);
    checkInt(number, min, max, this, offset, 1);
    this[littleEndian ? offset : offset + 1] = number;
    this[littleEndian ? offset + 1 : offset] = number >>> 8;
    return offset + 2;
  };

function write32LE(this: Buf, number: number, offset: number): number {
  this[offset] = number;
  this[offset + 1] = number >>> 8;
  this[offset + 2] = number >>> 16;
  this[offset + 3] = number >>> 24;
  return offset + 4;
}
function write32BE(this: Buf, number: number, offset: number): number {
  this[offset] = number >>> 24;
  this[offset + 1] = number >>> 16;
  this[offset + 2] = number >>> 8;
  this[offset + 3] = number;
  return offset + 4;
}

const write32 = (min: number, max: number, littleEndian: boolean) =>
  function (this: Buf, value: unknown, offset: unknown = 0): number {
    const number = +(value as number);
    checkInt(number, min, max, this, offset, 3);
    return (littleEndian ? write32LE : write32BE).call(this, number, offset);
  };

// ---------------------------------------------------------------------------------------
// Floats, doubles and 64-bit bigints: through the buffer's DataView
// ---------------------------------------------------------------------------------------

const viewOf = FastBuffer.viewOf;

const readFloat = (width: 4 | 8, littleEndian: boolean) =>
  function (this: Buf, offset: unknown = 0): number {
    const o = offset as number;
    if (typeof offset !== 'number' || (this as Loose)[o] === undefined || (this as Loose)[o + width - 1] === undefined) {
      return outOfRange(this, offset, width);
    }
    const view = viewOf(this);
    return width === 4 ? view.getFloat32(o, littleEndian) : view.getFloat64(o, littleEndian);
  };

const writeFloat = (width: 4 | 8, littleEndian: boolean) =>
  function (this: Buf, value: unknown, offset: unknown = 0): number {
    const number = +(value as number);
    checkBounds(this, offset, width - 1);
    const view = viewOf(this);
    if (width === 4) view.setFloat32(offset, number, littleEndian);
    else view.setFloat64(offset, number, littleEndian);
    return offset + width;
  };

const readBig = (signed: boolean, littleEndian: boolean) =>
  function (this: Buf, offset: unknown = 0): bigint {
    const o = offset as number;
    if (typeof offset !== 'number' || (this as Loose)[o] === undefined || (this as Loose)[o + 7] === undefined) {
      return outOfRange(this, offset, 8);
    }
    const view = viewOf(this);
    return signed ? view.getBigInt64(o, littleEndian) : view.getBigUint64(o, littleEndian);
  };

const writeBig = (signed: boolean, littleEndian: boolean) =>
  function (this: Buf, value: unknown, offset: unknown = 0): number {
    const big = value as bigint;
    checkInt(big, signed ? -(2n ** 63n) : 0n, signed ? 2n ** 63n - 1n : 2n ** 64n - 1n, this, offset, 7);
    // Node masks the value with a bigint here, which throws this TypeError for anything else.
    if (typeof big !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
    viewOf(this).setBigInt64(offset, BigInt.asIntN(64, big), littleEndian);
    return offset + 8;
  };

/** Every number method of Buffer.prototype, by Node's name (the `Uint` aliases included). */
export function numberMethods(): Record<string, Method> {
  const methods: Record<string, Method> = {
    readUInt8,
    readInt8,
    readUInt16LE,
    readUInt16BE,
    readInt16LE,
    readInt16BE,
    readUInt32LE,
    readUInt32BE,
    readInt32LE,
    readInt32BE,
    readUIntLE: readVariable(false, true),
    readUIntBE: readVariable(false, false),
    readIntLE: readVariable(true, true),
    readIntBE: readVariable(true, false),
    readFloatLE: readFloat(4, true),
    readFloatBE: readFloat(4, false),
    readDoubleLE: readFloat(8, true),
    readDoubleBE: readFloat(8, false),
    readBigUInt64LE: readBig(false, true),
    readBigUInt64BE: readBig(false, false),
    readBigInt64LE: readBig(true, true),
    readBigInt64BE: readBig(true, false),
    writeUInt8,
    writeInt8,
    writeUInt16LE: write16(0, 0xffff, true),
    writeUInt16BE: write16(0, 0xffff, false),
    writeInt16LE: write16(-0x8000, 0x7fff, true),
    writeInt16BE: write16(-0x8000, 0x7fff, false),
    writeUInt32LE: write32(0, 0xffffffff, true),
    writeUInt32BE: write32(0, 0xffffffff, false),
    writeInt32LE: write32(-0x80000000, 0x7fffffff, true),
    writeInt32BE: write32(-0x80000000, 0x7fffffff, false),
    writeUIntLE: writeVariable(false, true),
    writeUIntBE: writeVariable(false, false),
    writeIntLE: writeVariable(true, true),
    writeIntBE: writeVariable(true, false),
    writeFloatLE: writeFloat(4, true),
    writeFloatBE: writeFloat(4, false),
    writeDoubleLE: writeFloat(8, true),
    writeDoubleBE: writeFloat(8, false),
    writeBigUInt64LE: writeBig(false, true),
    writeBigUInt64BE: writeBig(false, false),
    writeBigInt64LE: writeBig(true, true),
    writeBigInt64BE: writeBig(true, false),
  };
  // Node 14.9 added lowercase-"int" aliases of every unsigned method.
  for (const name of Object.keys(methods)) {
    if (name.includes('UInt')) methods[name.replace('UInt', 'Uint')] = methods[name]!;
  }
  return methods;
}
