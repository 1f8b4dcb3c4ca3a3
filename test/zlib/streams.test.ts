import { expect } from 'chai';
import * as zlib from '../../src/zlib/index.js';
import { Buffer } from '../../src/buffer/index.js';
import { Transform, pipeline } from '../../src/stream/index.js';

/** Deterministic, compressible-but-not-trivial input. */
function sample(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = (x >>> 24) % 16 === 0 ? x & 0xff : 97 + ((i >> 3) % 7);
  }
  return out;
}

/** Writes `input` in pieces of `step` bytes, then ends; resolves with everything read. */
function runThrough(stream: InstanceType<typeof zlib.Deflate>, input: Uint8Array, step: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    for (let i = 0; i < input.length; i += step) stream.write(Buffer.from(input.subarray(i, i + step)));
    stream.end();
  });
}

describe('zlib stream classes', () => {
  const input = sample(100_000);

  it('are classes extending stream.Transform, made by the create* factories', () => {
    const pairs: Array<[new () => unknown, () => unknown]> = [
      [zlib.Deflate, zlib.createDeflate], [zlib.Inflate, zlib.createInflate], [zlib.Gzip, zlib.createGzip],
      [zlib.Gunzip, zlib.createGunzip], [zlib.DeflateRaw, zlib.createDeflateRaw],
      [zlib.InflateRaw, zlib.createInflateRaw], [zlib.Unzip, zlib.createUnzip],
      // Node's brotli classes inherit Zlib's prototype (params included).
      [zlib.BrotliCompress, zlib.createBrotliCompress], [zlib.BrotliDecompress, zlib.createBrotliDecompress],
    ];
    for (const [Class, create] of pairs) {
      expect(/^class\b/.test(Function.prototype.toString.call(Class))).to.equal(true);
      const made = create() as { destroy(): void };
      expect(made).to.be.instanceOf(Class);
      expect(made).to.be.instanceOf(Transform);
      expect(typeof (made as { flush?: unknown }).flush).to.equal('function');
      expect(typeof (made as { params?: unknown }).params).to.equal('function');
      expect('_handle' in (made as object)).to.equal(false);
      made.destroy();
    }
  });

  it('validate options as the sync methods do', () => {
    expect(() => zlib.createDeflate({ level: 10 })).to.throw(RangeError).with.property('code', 'ERR_OUT_OF_RANGE');
    expect(() => new zlib.Gzip({ chunkSize: 10 })).to.throw(RangeError).with.property('code', 'ERR_OUT_OF_RANGE');
    expect(() => new zlib.Inflate({ dictionary: 'x' as never })).to.throw(TypeError).with.property('code', 'ERR_INVALID_ARG_TYPE');
  });

  it('Deflate with many small writes gives deflateSync output', async () => {
    const out = await runThrough(zlib.createDeflate(), input, 97);
    expect(out.equals(zlib.deflateSync(input))).to.equal(true);
  });

  it('every mode and several options match the sync methods', async () => {
    const cases: Array<[() => InstanceType<typeof zlib.Deflate>, (b: Uint8Array) => Buffer]> = [
      [() => new zlib.Gzip({ level: 9 }), (b) => zlib.gzipSync(b, { level: 9 })],
      [() => new zlib.DeflateRaw({ strategy: zlib.constants.Z_FILTERED }), (b) => zlib.deflateRawSync(b, { strategy: zlib.constants.Z_FILTERED })],
      [() => new zlib.Deflate({ windowBits: 10, memLevel: 7, chunkSize: 64 }), (b) => zlib.deflateSync(b, { windowBits: 10, memLevel: 7 })],
      [() => new zlib.Deflate({ dictionary: Buffer.from('abcdefg') }), (b) => zlib.deflateSync(b, { dictionary: Buffer.from('abcdefg') })],
    ];
    for (const [make, sync] of cases) {
      const out = await runThrough(make(), input.subarray(0, 20_000), 333);
      expect(out.equals(sync(input.subarray(0, 20_000)))).to.equal(true);
    }
  });

  it('round-trips through Deflate → Inflate and Gzip → Gunzip / Unzip with small writes', async () => {
    const deflated = await runThrough(new zlib.Deflate(), input, 1000);
    expect((await runThrough(new zlib.Inflate(), deflated, 7)).equals(input)).to.equal(true);
    const gzipped = await runThrough(new zlib.Gzip(), input, 13);
    expect((await runThrough(new zlib.Gunzip({ chunkSize: 100 }), gzipped, 1)).equals(input)).to.equal(true);
    expect((await runThrough(new zlib.Unzip(), gzipped, 50)).equals(input)).to.equal(true);
    const raw = await runThrough(new zlib.DeflateRaw(), input, 4096);
    expect((await runThrough(new zlib.InflateRaw(), raw, 4096)).equals(input)).to.equal(true);
  });

  it('pipes (stream.pipeline) Gzip into Gunzip', (done) => {
    const chunks: Buffer[] = [];
    const source = new zlib.Gzip();
    const sink = new Transform({
      transform(chunk: Buffer, _enc: string, cb: () => void) {
        chunks.push(chunk);
        cb();
      },
    });
    pipeline(source, new zlib.Gunzip(), sink, (err?: Error | null) => {
      try {
        expect(err ?? null).to.equal(null);
        expect(Buffer.concat(chunks).equals(input)).to.equal(true);
        done();
      } catch (e) {
        done(e);
      }
    });
    for (let i = 0; i < input.length; i += 500) source.write(input.subarray(i, i + 500));
    source.end();
  });

  it('flush() emits what was written so far, decodable on its own', (done) => {
    const deflate = new zlib.Deflate();
    const chunks: Buffer[] = [];
    deflate.on('data', (c: Buffer) => chunks.push(c));
    deflate.write('hello flush');
    deflate.flush(() => {
      const sofar = Buffer.concat(chunks);
      // A full flush ends on a byte boundary with 00 00 ff ff.
      expect([...sofar.subarray(sofar.length - 4)]).to.deep.equal([0, 0, 0xff, 0xff]);
      const inflated = zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      expect(inflated.toString()).to.equal('hello flush');
      deflate.end(' and more');
      deflate.on('end', () => {
        expect(zlib.inflateSync(Buffer.concat(chunks)).toString()).to.equal('hello flush and more');
        done();
      });
    });
  });

  it('flush(kind) with Z_SYNC_FLUSH, and flush after end calls back', (done) => {
    const gzip = new zlib.Gzip();
    gzip.resume();
    gzip.write('abc');
    gzip.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      gzip.end();
      gzip.flush(() => done());
    });
  });

  it('params() changes level and strategy mid-stream, output still decodes', (done) => {
    const deflate = new zlib.Deflate({ level: 0 });
    const chunks: Buffer[] = [];
    deflate.on('data', (c: Buffer) => chunks.push(c));
    deflate.write(input.subarray(0, 50_000));
    deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
      expect(deflate._level).to.equal(9);
      deflate.end(input.subarray(50_000));
    });
    deflate.on('end', () => {
      expect(zlib.inflateSync(Buffer.concat(chunks)).equals(input)).to.equal(true);
      done();
    });
    expect(() => deflate.params(11, 0)).to.throw(RangeError).with.property('code', 'ERR_OUT_OF_RANGE');
  });

  it('emits corrupt input as an error with Node\'s code, errno and message', (done) => {
    const inflate = new zlib.Inflate();
    inflate.on('error', (err: Error & { code: string; errno: number }) => {
      expect(err.message).to.equal('incorrect header check');
      expect(err.code).to.equal('Z_DATA_ERROR');
      expect(err.errno).to.equal(-3);
      expect(inflate.destroyed).to.equal(true);
      done();
    });
    inflate.end(Buffer.from('this is not zlib data'));
  });

  it('emits truncated input as "unexpected end of file" (Z_BUF_ERROR)', (done) => {
    const gunzip = new zlib.Gunzip();
    gunzip.resume();
    gunzip.on('error', (err: Error & { code: string; errno: number }) => {
      expect(err.message).to.equal('unexpected end of file');
      expect(err.code).to.equal('Z_BUF_ERROR');
      expect(err.errno).to.equal(-5);
      done();
    });
    const gz = zlib.gzipSync('some text to truncate');
    gunzip.end(gz.subarray(0, gz.length - 6));
  });

  it('work on one large write in several tasks, with the bytes of the sync methods', async function () {
    this.timeout(60_000);
    // 3 MB: far more than one slice of work on any machine.
    const big = Buffer.concat(Array.from({ length: 30 }, () => input));
    for (const [stream, sync] of [
      [zlib.createGzip(), zlib.gzipSync(big)],
      [zlib.createInflate(), big],
    ] as const) {
      const source = stream instanceof zlib.Inflate ? zlib.deflateSync(big) : big;
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      let timerFired = false;
      let timerFiredBeforeWriteDone: boolean | undefined;
      setTimeout(() => {
        timerFired = true;
      }, 0);
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.write(source, () => {
          timerFiredBeforeWriteDone = timerFired;
        });
        stream.end();
        stream.on('end', resolve);
      });
      expect(timerFiredBeforeWriteDone, `${stream.constructor.name}: a timer ran while the write was processed`).to.equal(true);
      expect(Buffer.concat(chunks).equals(sync)).to.equal(true);
      expect(stream.bytesWritten).to.equal(source.length);
    }
  });

  it('many small writes chained in one task still leave room for other tasks', async function () {
    this.timeout(60_000);
    const big = Buffer.concat(Array.from({ length: 30 }, () => input));
    const gzip = zlib.createGzip();
    const chunks: Buffer[] = [];
    gzip.on('data', (c: Buffer) => chunks.push(c));
    let timerFired = false;
    setTimeout(() => {
      timerFired = true;
    }, 0);
    let timerFiredBeforeLastWrite: boolean | undefined;
    await new Promise<void>((resolve, reject) => {
      gzip.on('error', reject);
      gzip.on('end', resolve);
      // 64 KiB writes, as a file stream makes them; each one alone is shorter than a slice.
      for (let i = 0; i < big.length; i += 65536) {
        const last = i + 65536 >= big.length;
        gzip.write(big.subarray(i, i + 65536), last ? () => { timerFiredBeforeLastWrite = timerFired; } : undefined);
      }
      gzip.end();
    });
    expect(timerFiredBeforeLastWrite).to.equal(true);
    expect(Buffer.concat(chunks).equals(zlib.gzipSync(big))).to.equal(true);
  });

  it('destroyed while a large write is processed: stops, calls back, closes', async function () {
    this.timeout(60_000);
    const big = Buffer.concat(Array.from({ length: 30 }, () => input));
    const gzip = zlib.createGzip();
    let pieces = 0;
    gzip.on('data', () => pieces++);
    const written = new Promise<Error | null | undefined>((resolve) => gzip.write(big, resolve));
    const closed = new Promise<void>((resolve) => gzip.on('close', resolve));
    setTimeout(() => gzip.destroy(), 0);
    await closed;
    const piecesAtClose = pieces;
    const writeError = await written;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gzip.destroyed).to.equal(true);
    expect(gzip._closed).to.equal(true);
    expect(gzip.bytesWritten).to.be.lessThan(big.length);
    expect(pieces).to.equal(piecesAtClose);
    // Node 16 calls the write back without an error (checked with its binary).
    expect(writeError ?? undefined).to.equal(undefined);
  });

  it('counts bytesWritten as input consumed', async () => {
    const deflate = new zlib.Deflate();
    expect(deflate.bytesWritten).to.equal(0);
    const out = await runThrough(deflate, input, 1234);
    expect(deflate.bytesWritten).to.equal(input.length);
    const inflate = new zlib.Inflate();
    await runThrough(inflate, out, 100);
    expect(inflate.bytesWritten).to.equal(out.length);
  });

  it('reset() starts a new stream; close(cb) destroys', (done) => {
    const deflate = new zlib.Deflate();
    const chunks: Buffer[] = [];
    deflate.on('data', (c: Buffer) => chunks.push(c));
    deflate.write('discarded');
    deflate.flush(() => {
      chunks.length = 0;
      deflate.reset();
      deflate.end('kept');
    });
    deflate.on('end', () => {
      expect(Buffer.concat(chunks).equals(zlib.deflateSync('kept'))).to.equal(true);
      const other = new zlib.Gzip();
      other.close(() => {
        expect(other.destroyed).to.equal(true);
        expect(other._closed).to.equal(true);
        done();
      });
    });
  });

  it('BrotliCompress reads each write afresh when the caller refills the same buffer between writes', async () => {
    const reused = Buffer.alloc(50_000);
    const stream = new zlib.BrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2 } });
    const out: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => out.push(chunk));
    const ended = new Promise((resolve) => stream.on('end', resolve));
    const written: Buffer[] = [];
    for (const fill of ['a', 'b', 'c']) {
      reused.fill(`${fill}${fill}x${fill}y`);
      written.push(Buffer.from(reused));
      await new Promise((resolve) => stream.write(reused, resolve));
    }
    stream.end();
    await ended;
    expect(zlib.brotliDecompressSync(Buffer.concat(out)).equals(Buffer.concat(written))).to.equal(true);
  });

  it('BrotliDecompress: two streams interleaved on the shared WebAssembly instance stay apart', async () => {
    const a = Buffer.from('first stream '.repeat(4000));
    const b = Buffer.from('second stream, different '.repeat(3000));
    const [pa, pb] = [zlib.brotliCompressSync(a), zlib.brotliCompressSync(b)];
    const [da, db] = [new zlib.BrotliDecompress({ chunkSize: 1024 }), new zlib.BrotliDecompress({ chunkSize: 1024 })];
    const collect = (stream: InstanceType<typeof zlib.BrotliDecompress>) => {
      const parts: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => parts.push(chunk));
      return new Promise<Buffer>((resolve) => stream.on('end', () => resolve(Buffer.concat(parts))));
    };
    const [ra, rb] = [collect(da), collect(db)];
    for (let i = 0; i < Math.max(pa.length, pb.length); i += 100) {
      if (i < pa.length) da.write(pa.subarray(i, i + 100));
      if (i < pb.length) db.write(pb.subarray(i, i + 100));
    }
    da.end();
    db.end();
    expect((await ra).equals(a)).to.equal(true);
    expect((await rb).equals(b)).to.equal(true);
  });
});
