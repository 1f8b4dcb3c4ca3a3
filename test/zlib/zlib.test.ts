import { expect } from 'chai';
import zlibDefault, * as zlib from '../../src/zlib/index.js';
import { Buffer } from '../../src/buffer/index.js';
import { promisify } from '../../src/util/index.js';
import { COMBOS, comboName, makeInputs } from './cases.mjs';

const text = 'hello hello hello hello';

describe('zlib callback methods', () => {
  it('give the sync bytes for every deflate setting although they read large inputs in 64 KiB pieces', async function () {
    this.timeout(120_000);
    // About 200 KB of mixed text and bytes: several pieces, compressible and not.
    const parts = makeInputs();
    const big = Buffer.concat([...parts, ...parts].map((part) => Buffer.from(part)));
    const failures: string[] = [];
    for (const combo of COMBOS.filter((c) => c.method !== 'brotliCompressSync')) {
      const method = combo.method.replace(/Sync$/, '');
      const sync = (zlib as unknown as Record<string, (b: Uint8Array, o: unknown) => Buffer>)[combo.method]!(big, combo.options);
      const async = await promisify((zlib as unknown as Record<string, (b: Uint8Array, o: unknown, cb: () => void) => void>)[method]!)(big, combo.options) as Buffer;
      if (!async.equals(sync)) failures.push(comboName(combo));
    }
    expect(big.length).to.be.greaterThan(3 * 64 * 1024);
    expect(failures).to.deep.equal([]);
  });


  it('deflate calls back asynchronously with the same bytes as deflateSync', (done) => {
    let sync = true;
    zlib.deflate(text, (err, result) => {
      expect(sync).to.equal(false);
      expect(err).to.equal(null);
      expect(Buffer.isBuffer(result)).to.equal(true);
      expect(result.equals(zlib.deflateSync(text))).to.equal(true);
      done();
    });
    sync = false;
  });

  it('gunzip takes options and a callback', (done) => {
    zlib.gunzip(zlib.gzipSync(text), { chunkSize: 64 }, (err, result) => {
      expect(err).to.equal(null);
      expect(result.toString()).to.equal(text);
      done();
    });
  });

  it('delivers a corrupt-input error to the callback, as Node does', (done) => {
    zlib.inflate(Buffer.from('garbage'), (err) => {
      expect(err).to.be.instanceOf(Error);
      expect(err!.message).to.equal('incorrect header check');
      expect((err as Error & { code: string }).code).to.equal('Z_DATA_ERROR');
      expect((err as Error & { errno: number }).errno).to.equal(-3);
      done();
    });
  });

  it('delivers ERR_BUFFER_TOO_LARGE to the callback', (done) => {
    zlib.inflate(zlib.deflateSync('a'.repeat(100)), { maxOutputLength: 10 }, (err) => {
      expect((err as Error & { code: string }).code).to.equal('ERR_BUFFER_TOO_LARGE');
      expect(err).to.be.instanceOf(RangeError);
      expect(err!.message).to.equal('Cannot create a Buffer larger than 10 bytes');
      done();
    });
  });

  it('throws ERR_INVALID_ARG_TYPE synchronously without a callback', () => {
    expect(() => (zlib.deflate as (b: string) => void)(text)).to.throw(TypeError, 'The "callback" argument must be of type function. Received undefined');
  });

  it('throws ERR_OUT_OF_RANGE synchronously for a bad option', () => {
    expect(() => zlib.deflate(text, { level: 42 }, () => {})).to.throw(RangeError, 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 42');
  });

  it('works with util.promisify', async () => {
    const gzip = promisify(zlib.gzip) as (b: string) => Promise<Buffer>;
    const gunzip = promisify(zlib.gunzip) as (b: Buffer) => Promise<Buffer>;
    expect((await gunzip(await gzip(text))).toString()).to.equal(text);
    const inflate = promisify(zlib.inflate) as (b: Buffer) => Promise<Buffer>;
    let caught: unknown;
    try { await inflate(Buffer.from([1, 2, 3])); } catch (e) { caught = e; }
    expect((caught as { code: string }).code).to.equal('Z_DATA_ERROR');
  });
});

describe('zlib module shape', () => {
  it('the default object carries the methods and the legacy constants', () => {
    expect(zlibDefault.deflateSync).to.equal(zlib.deflateSync);
    expect(zlibDefault.Z_BEST_COMPRESSION).to.equal(9);
  });

  // It threw ERR_METHOD_NOT_IMPLEMENTED before brotli was built; the golden test checks bytes and errors.
  it('brotliCompressSync / brotliDecompressSync round-trip (brotli 1.0.9 in WebAssembly)', () => {
    const text = Buffer.from('brotli brotli brotli 日本語 '.repeat(100));
    const packed = zlib.brotliCompressSync(text);
    expect(packed.length).to.be.lessThan(100);
    expect(zlib.brotliDecompressSync(packed).equals(text)).to.equal(true);
  });
});
