// What the differential test cannot see: identity, memory sharing, the pool, prototypes,
// inspection and platform interplay. Expected values are Node 16.13.1's (checked with
// scripts/node16.sh where Node is the reference).
import { expect } from 'chai';
import bufferModule, { Blob, Buffer, INSPECT_MAX_BYTES, SlowBuffer, constants, kMaxLength, kStringMaxLength, resolveObjectURL } from '../../src/buffer/index.js';
import { StringDecoder } from '../../src/string_decoder/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

const inspect = (value: unknown): string =>
  (value as Record<symbol, (depth: number, options: object) => string>)[Symbol.for('nodejs.util.inspect.custom')]!(2, {});

describe('buffer.Buffer: identity and prototypes', () => {
  it('makes instances of Buffer that are Uint8Arrays', () => {
    const buf = Buffer.from('hi');
    expect(buf).to.be.instanceOf(Buffer);
    expect(buf).to.be.instanceOf(Uint8Array);
    expect(buf.constructor).to.equal(Buffer);
    expect(Object.getPrototypeOf(Buffer)).to.equal(Uint8Array);
    expect(Object.getPrototypeOf(Buffer.prototype)).to.equal(Uint8Array.prototype);
  });

  it('is callable without new (deprecated), like Node', () => {
    const viaCall = (Buffer as unknown as (n: number) => Uint8Array)(3);
    expect(Array.from(viaCall)).to.deep.equal([0, 0, 0]);
    expect(Array.from(new Buffer('ab'))).to.deep.equal([97, 98]);
  });

  it('gives Buffers from subarray, slice and map (Buffer[Symbol.species])', () => {
    const buf = Buffer.from([1, 2, 3, 4]);
    expect(Buffer.isBuffer(buf.subarray(1))).to.equal(true);
    expect(Buffer.isBuffer(buf.slice(1))).to.equal(true);
    expect(Buffer.isBuffer(buf.map((x) => x * 2))).to.equal(true);
  });

  it('isBuffer is false for plain Uint8Arrays and true for a Buffer of another polynode copy', () => {
    expect(Buffer.isBuffer(new Uint8Array(2))).to.equal(false);
    expect(Buffer.isBuffer('ab')).to.equal(false);
    // Another copy's Buffer class carries the same registered brand on its prototype.
    class OtherCopyBuffer extends Uint8Array {}
    Object.defineProperty(OtherCopyBuffer.prototype, Symbol.for('polynode.buffer'), { value: true });
    expect(Buffer.isBuffer(new OtherCopyBuffer(1))).to.equal(true);
  });

  it('has the lowercase "Uint" aliases as the same functions', () => {
    const proto = Buffer.prototype as unknown as Record<string, unknown>;
    expect(proto.readUint8).to.equal(proto.readUInt8);
    expect(proto.writeUint32BE).to.equal(proto.writeUInt32BE);
    expect(proto.readBigUint64LE).to.equal(proto.readBigUInt64LE);
    expect(proto.readUintLE).to.equal(proto.readUIntLE);
  });

  it('SlowBuffer makes Buffers that are not pooled', () => {
    const slow = (SlowBuffer as unknown as (n: number) => Uint8Array)(4);
    expect(slow).to.be.instanceOf(Buffer);
    expect(slow.byteOffset).to.equal(0);
    expect(slow.buffer.byteLength).to.equal(4);
  });
});

describe('buffer.Buffer: memory', () => {
  it('shares memory with an ArrayBuffer given to Buffer.from, with offset and length', () => {
    const memory = new ArrayBuffer(8);
    const buf = Buffer.from(memory, 2, 3);
    buf[0] = 0xaa;
    expect(new Uint8Array(memory)[2]).to.equal(0xaa);
    expect(buf.byteOffset).to.equal(2);
    expect(buf.length).to.equal(3);
  });

  it('copies from another Buffer, array or typed array (no sharing)', () => {
    const source = Buffer.from([1, 2, 3]);
    const copy = Buffer.from(source);
    copy[0] = 9;
    expect(source[0]).to.equal(1);
    expect(Array.from(Buffer.from(new Uint16Array([1, 258])))).to.deep.equal([1, 2]);
  });

  it('cuts small strings from an 8-byte-aligned pool of Buffer.poolSize bytes', () => {
    expect(Buffer.poolSize).to.equal(8192);
    const a = Buffer.from('abc');
    const b = Buffer.from('defg');
    expect(a.buffer).to.equal(b.buffer);
    expect(a.buffer.byteLength).to.equal(8192);
    expect(b.byteOffset % 8).to.equal(0);
    expect(b.byteOffset).to.be.greaterThan(a.byteOffset);
  });

  it('shares memory between a Buffer and its slice/subarray', () => {
    const buf = Buffer.from('hello');
    buf.slice(1, 2)[0] = 0x61;
    expect(buf.toString()).to.equal('hallo');
  });

  it('decodes a Buffer over a SharedArrayBuffer (TextDecoder refuses shared views)', function () {
    if (typeof SharedArrayBuffer === 'undefined') this.skip(); // only without cross-origin isolation
    const shared = Buffer.from(new SharedArrayBuffer(64));
    shared.write('héllo wörld, a long enough string to take the platform path');
    expect(shared.toString('utf8', 0, 13)).to.equal('héllo wörld');
    expect(shared.toString().startsWith('héllo wörld, a long enough')).to.equal(true);
  });

  it('allocUnsafe and alloc give zeroed memory of the right size', () => {
    expect(Array.from(Buffer.allocUnsafe(5))).to.deep.equal([0, 0, 0, 0, 0]);
    expect(Array.from(Buffer.alloc(4, 'ab'))).to.deep.equal([97, 98, 97, 98]);
  });
});

describe('buffer.Buffer: float, double and bigint methods (through a DataView)', () => {
  it('read back what they wrote, in both byte orders, also at unaligned offsets of a pooled buffer', () => {
    const buf = Buffer.alloc(41);
    const pooled = Buffer.from('0123456789abcdef0123456789abcdef01234').subarray(3, 30);
    for (const target of [buf, pooled]) {
      expect(target.writeDoubleBE(-1.5e300, 1)).to.equal(9);
      expect(target.readDoubleBE(1)).to.equal(-1.5e300);
      expect(target.writeDoubleLE(Math.PI, 9)).to.equal(17);
      expect(target.readDoubleLE(9)).to.equal(Math.PI);
      target.writeFloatBE(0.25, 17);
      target.writeFloatLE(-2, 21);
      expect([target.readFloatBE(17), target.readFloatLE(21)]).to.deep.equal([0.25, -2]);
      target.writeBigInt64BE(-(2n ** 63n), 1);
      target.writeBigUInt64LE(2n ** 64n - 2n, 9);
      expect([target.readBigInt64BE(1), target.readBigUInt64LE(9), target.readBigInt64LE(9)]).to.deep.equal([-(2n ** 63n), 2n ** 64n - 2n, -2n]);
    }
    // Byte order as Node writes it.
    expect(Buffer.alloc(8).fill(0).writeDoubleBE(1, 0)).to.equal(8);
    const one = Buffer.alloc(8);
    one.writeDoubleBE(1);
    expect(one.toString('hex')).to.equal('3ff0000000000000');
    one.writeBigUInt64LE(0x0102030405060708n);
    expect(one.toString('hex')).to.equal('0807060504030201');
  });

  it('work on any Uint8Array they are called on, and see later writes through the index', () => {
    const plain = new Uint8Array(16);
    Buffer.prototype.writeDoubleBE.call(plain, 2.5, 3);
    expect(Buffer.prototype.readDoubleBE.call(plain, 3)).to.equal(2.5);
    expect(Buffer.from(plain.buffer, 3, 8).toString('hex')).to.equal('4004000000000000');
    const buf = Buffer.alloc(8);
    expect(buf.readDoubleLE(0)).to.equal(0); // the view now exists
    buf[7] = 0x3f;
    buf[6] = 0xf0;
    expect(buf.readDoubleLE(0)).to.equal(1);
  });
});

describe('buffer.Buffer: inspection and JSON', () => {
  it('inspects as <Buffer 68 69>', () => {
    expect(inspect(Buffer.from('hi'))).to.equal('<Buffer 68 69>');
    expect(inspect(Buffer.alloc(0))).to.equal('<Buffer >');
  });

  it('shows INSPECT_MAX_BYTES bytes and counts the rest; the module setting changes it', () => {
    expect(INSPECT_MAX_BYTES).to.equal(50);
    expect(inspect(Buffer.alloc(51))).to.match(/^<Buffer( 00){50} \.\.\. 1 more byte>$/);
    expect(inspect(Buffer.alloc(60))).to.match(/ \.\.\. 10 more bytes>$/);
    const settable = bufferModule as unknown as { INSPECT_MAX_BYTES: number };
    settable.INSPECT_MAX_BYTES = 2;
    try {
      expect(inspect(Buffer.from('abcd'))).to.equal('<Buffer 61 62 ... 2 more bytes>');
    } finally {
      settable.INSPECT_MAX_BYTES = 50;
    }
  });

  it('round-trips through JSON', () => {
    const buf = Buffer.from([1, 2, 255]);
    const json = JSON.stringify(buf);
    expect(json).to.equal('{"type":"Buffer","data":[1,2,255]}');
    expect(Buffer.from(JSON.parse(json)).equals(buf)).to.equal(true);
  });

  it('iterates with entries, keys and values', () => {
    const buf = Buffer.from([7, 8]);
    expect(Array.from(buf.entries())).to.deep.equal([[0, 7], [1, 8]]);
    expect(Array.from(buf.keys())).to.deep.equal([0, 1]);
    expect(Array.from(buf.values())).to.deep.equal([7, 8]);
  });
});

describe('buffer.Buffer.copy', () => {
  it('reports the converted start in ERR_OUT_OF_RANGE, as Node does', () => {
    const source = Buffer.from('ab');
    expectThrowsNodeError(() => source.copy(Buffer.alloc(2), '-1' as unknown as number), {
      type: RangeError,
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
    });
    expectThrowsNodeError(() => source.copy(Buffer.alloc(2), 0, { valueOf: () => -3 } as unknown as number), {
      type: RangeError,
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "sourceStart" is out of range. It must be >= 0. Received -3',
    });
  });
});

describe('buffer: unknown encodings', () => {
  // Node 16.13.1's messages (scripts/node16.sh), for encodings that are not strings.
  const cases: [unknown, string][] = [
    [{ a: 1 }, 'Unknown encoding: { a: 1 }'],
    [[1, 2], 'Unknown encoding: [ 1, 2 ]'],
    [{ toString: () => 'x' }, 'Unknown encoding: x'],
    [1.5, 'Unknown encoding: 1.5'],
    [-0, 'Unknown encoding: -0'],
    [null, 'Unknown encoding: null'],
  ];
  for (const [encoding, message] of cases) {
    it(`toString(${message.slice(18)}) throws ERR_UNKNOWN_ENCODING with Node's text`, () => {
      expectThrowsNodeError(() => Buffer.from('a').toString(encoding as string), { type: TypeError, code: 'ERR_UNKNOWN_ENCODING', message });
    });
  }
  it('a symbol as encoding throws the engine TypeError, as in Node', () => {
    expect(() => Buffer.from('a').toString(Symbol('s') as unknown as string)).to.throw(TypeError);
  });
});

describe('buffer module', () => {
  it("has Node 16's constants", () => {
    expect(kMaxLength).to.equal(2 ** 32);
    expect(kStringMaxLength).to.equal(2 ** 29 - 24);
    expect(constants).to.deep.equal({ MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: 2 ** 29 - 24 });
  });

  it('Blob is the platform Blob and takes Buffers', async () => {
    expect(Blob).to.equal(globalThis.Blob);
    expect(await new Blob([Buffer.from('hi ')], { type: 'text/plain' }).text()).to.equal('hi ');
  });

  it('resolveObjectURL finds nothing (a page has no blob:nodedata: URLs)', () => {
    expect(resolveObjectURL('blob:nodedata:1234')).to.equal(undefined);
    expect(resolveObjectURL('not a url')).to.equal(undefined);
  });

  it('the default export carries every named export (what require("buffer") gives)', () => {
    expect(bufferModule.Buffer).to.equal(Buffer);
    expect(bufferModule.SlowBuffer).to.equal(SlowBuffer);
    expect(bufferModule.constants).to.equal(constants);
  });
});

describe('string_decoder.StringDecoder', () => {
  it('holds a split character in lastChar (a 4-byte Buffer) with lastNeed/lastTotal', () => {
    const decoder = new StringDecoder('utf8');
    expect(decoder.write(Buffer.from([0xe2]))).to.equal('');
    expect(Buffer.isBuffer(decoder.lastChar)).to.equal(true);
    expect(decoder.lastChar.length).to.equal(4);
    expect(decoder.lastChar[0]).to.equal(0xe2);
    expect([decoder.lastNeed, decoder.lastTotal]).to.deep.equal([2, 3]);
    expect(decoder.write(Buffer.from([0x82, 0xac]))).to.equal('€');
  });

  it('has only `encoding` as an own enumerable property, normalised', () => {
    expect(Object.keys(new StringDecoder('UCS2'))).to.deep.equal(['encoding']);
    expect(new StringDecoder('UCS2').encoding).to.equal('utf16le');
    expect(new StringDecoder('binary').encoding).to.equal('latin1');
    expect(new StringDecoder().encoding).to.equal('utf8');
  });

  it('decodes any ArrayBufferView, returns strings as given, and text() skips bytes', () => {
    const decoder = new StringDecoder('utf8');
    expect(decoder.write(new Uint16Array([0x6968]))).to.equal('hi');
    expect(decoder.write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer))).to.equal('ok');
    expect(decoder.write('as is' as unknown as Uint8Array)).to.equal('as is');
    expect(decoder.text(Buffer.from('abc'), 1)).to.equal('bc');
  });

  it('ends an incomplete UTF-8 character as U+FFFD', () => {
    const decoder = new StringDecoder();
    decoder.write(Buffer.from([0xf0, 0x9f]));
    expect(decoder.end()).to.equal('\ufffd');
  });
});
