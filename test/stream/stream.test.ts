// polynode's stream: the engine wired to polynode's Buffer, EventEmitter and errors; every
// export of stream, the legacy _stream_* ids, stream/promises, stream/consumers (over Node
// and web streams) and stream/web. Event orders against Node 16 are in golden.test.ts.
import { expect } from 'chai';
import stream, {
  Duplex,
  PassThrough,
  Readable,
  Stream,
  Transform,
  Writable,
  _isUint8Array,
  _uint8ArrayToBuffer,
  addAbortSignal,
  compose,
  destroy,
  finished,
  isDisturbed,
  pipeline,
  promises,
} from '../../src/stream/index.js';
import streamPromises, * as promisesNs from '../../src/stream/promises/index.js';
import * as consumers from '../../src/stream/consumers/index.js';
import * as web from '../../src/stream/web/index.js';
import streamReadable, * as readableNs from '../../src/_stream_readable/index.js';
import streamWritable, * as writableNs from '../../src/_stream_writable/index.js';
import streamDuplex, * as duplexNs from '../../src/_stream_duplex/index.js';
import streamTransform from '../../src/_stream_transform/index.js';
import streamPassThrough from '../../src/_stream_passthrough/index.js';
import { Buffer } from '../../src/buffer/index.js';
import EventEmitter from '../../src/events/index.js';
import { isNodeError } from '../../src/internal/errors.js';
import { promisify } from '../../src/util/index.js';
import { expectNodeError, expectThrowsNodeError } from '../support/node-error.js';

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The AbortError class polynode's events module rejects with (taken from a public module, so
 * the check holds for the built dist/ too, where src/internal is a different copy).
 */
async function polynodeAbortError(): Promise<new () => Error> {
  const ac = new AbortController();
  ac.abort();
  try {
    await EventEmitter.once(new EventEmitter(), 'never', { signal: ac.signal });
  } catch (error) {
    return (error as Error).constructor as new () => Error;
  }
  throw new Error('events.once did not reject');
}

/** A Writable collecting its chunks. */
function collector(options: ConstructorParameters<typeof Writable>[0] = {}) {
  const chunks: unknown[] = [];
  const w = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
    ...options,
  });
  return { w, chunks };
}

describe('stream: the module', () => {
  it('the default export is Stream, carrying every export (what require("stream") gives)', () => {
    expect(stream).to.equal(Stream);
    expect(Stream.Stream).to.equal(Stream);
    const named = { Duplex, PassThrough, Readable, Stream, Transform, Writable, _isUint8Array, _uint8ArrayToBuffer, addAbortSignal, compose, destroy, finished, isDisturbed, pipeline, promises };
    for (const [name, value] of Object.entries(named)) expect((stream as unknown as Record<string, unknown>)[name], name).to.equal(value);
  });

  it('the classes inherit as in Node: Readable/Writable from Stream, Transform from Duplex, all EventEmitters', () => {
    expect(new Readable()).to.be.instanceOf(Stream).and.instanceOf(EventEmitter);
    expect(new Writable()).to.be.instanceOf(Stream).and.instanceOf(EventEmitter);
    const t = new Transform();
    expect(t).to.be.instanceOf(Duplex).and.instanceOf(Readable);
    expect(new PassThrough()).to.be.instanceOf(Transform);
    // Node's Duplex is an instance of Writable too (Symbol.hasInstance).
    expect(new Duplex()).to.be.instanceOf(Writable);
  });

  it("chunks are polynode's one Buffer", async () => {
    const { w, chunks } = collector();
    w.end('abc');
    await tick();
    expect(Buffer.isBuffer(chunks[0])).to.equal(true);
    expect(chunks[0]).to.be.instanceOf(Buffer);
    expect((chunks[0] as Buffer).toString('hex')).to.equal('616263');
  });

  it('_isUint8Array and _uint8ArrayToBuffer (sharing memory)', () => {
    const bytes = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
    expect(_isUint8Array(bytes)).to.equal(true);
    expect(_isUint8Array([1])).to.equal(false);
    const buf = _uint8ArrayToBuffer(bytes);
    expect(Buffer.isBuffer(buf)).to.equal(true);
    expect([...buf]).to.deep.equal([2, 3]);
    buf[0] = 9;
    expect(bytes[0]).to.equal(9);
  });

  it('errors are Node-coded polynode errors (isNodeError, String(err))', () => {
    const w = new Writable({ write: (_c, _e, cb) => cb() });
    const err = expectThrowsNodeError(() => w.write(null), { type: TypeError, code: 'ERR_STREAM_NULL_VALUES', message: 'May not write null values to stream' });
    expect(isNodeError(err)).to.equal(true);
  });

  it('util.promisify(pipeline) and util.promisify(finished) are the promise versions', () => {
    expect(promisify(pipeline)).to.equal(promises.pipeline);
    expect(promisify(finished)).to.equal(promises.finished);
  });
});

describe('stream: backpressure and object mode', () => {
  it('write() returns false at highWaterMark and emits drain once the buffer empties', async () => {
    const pending: Array<() => void> = [];
    const w = new Writable({ highWaterMark: 4, write: (_c, _e, cb) => pending.push(() => cb()) });
    expect(w.write('ab')).to.equal(true);
    expect(w.write('cd')).to.equal(false);
    expect(w.writableNeedDrain).to.equal(true);
    let drained = 0;
    w.on('drain', () => drained++);
    while (pending.length) {
      pending.shift()!();
      await tick(1);
    }
    expect(drained).to.equal(1);
    expect(w.writableLength).to.equal(0);
  });

  it('a pipe pauses the source while the destination is full', async () => {
    let reads = 0;
    const r = new Readable({
      highWaterMark: 2,
      read() {
        reads++;
        this.push(reads <= 20 ? 'x' : null);
      },
    });
    const pending: Array<() => void> = [];
    const w = new Writable({ highWaterMark: 2, write: (_c, _e, cb) => pending.push(() => cb()) });
    r.pipe(w);
    await tick();
    const readsWhileBlocked = reads;
    expect(readsWhileBlocked).to.be.below(10);
    while (pending.length || !w.writableFinished) {
      pending.shift()?.();
      await tick(1);
    }
    expect(reads).to.equal(21);
  });

  it('object mode carries any value and counts objects', async () => {
    const values = [{ a: 1 }, 2, 'three', [4]];
    const out: unknown[] = [];
    await promises.pipeline(Readable.from(values), new Writable({ objectMode: true, write: (c, _e, cb) => (out.push(c), cb()) }));
    expect(out).to.deep.equal(values);
  });
});

describe('stream: destroy, finished, abort', () => {
  it('destroy(err) through pipeline destroys every stream and reports the error once', async () => {
    const r = new Readable({ read() {} });
    const t = new PassThrough();
    const { w } = collector();
    const calls: unknown[] = [];
    pipeline(r, t, w, (err: unknown) => calls.push(err));
    const boom = new Error('boom');
    t.destroy(boom);
    await tick(10);
    expect(calls).to.deep.equal([boom]);
    expect([r.destroyed, t.destroyed, w.destroyed]).to.deep.equal([true, true, true]);
  });

  it('finished: the premature close error is Node-coded', async () => {
    const r = new Readable({ read() {} });
    const p = new Promise((resolve) => finished(r, resolve));
    r.destroy();
    expectNodeError(await p, { type: Error, code: 'ERR_STREAM_PREMATURE_CLOSE', message: 'Premature close' });
  });

  it('addAbortSignal destroys with the AbortError class polynode throws everywhere', async () => {
    const ac = new AbortController();
    const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
    const got = new Promise((resolve) => r.on('error', resolve));
    ac.abort();
    const err = (await got) as Error & { code?: string };
    expect(err).to.be.instanceOf(await polynodeAbortError());
    expect(err.name).to.equal('AbortError');
    expect(err.code).to.equal('ABORT_ERR');
  });

  it('stream/promises pipeline rejects with an AbortError on { signal } abort', async () => {
    const ac = new AbortController();
    const r = new Readable({ read() {} });
    const p = streamPromises.pipeline(r, new PassThrough(), collector().w, { signal: ac.signal });
    ac.abort();
    let err: unknown;
    try {
      await p;
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(await polynodeAbortError());
    expect(r.destroyed).to.equal(true);
  });

  it('destroy(stream, err) and isDisturbed', async () => {
    const r = Readable.from(['a']);
    expect(isDisturbed(r)).to.equal(false);
    r.resume();
    await tick();
    expect(isDisturbed(r)).to.equal(true);
    const w = new Writable({ write: (_c, _e, cb) => cb() });
    const got = new Promise((resolve) => w.on('error', resolve));
    const boom = new Error('x');
    destroy(w, boom);
    expect(await got).to.equal(boom);
  });
});

describe('stream: Readable.from, async iteration, compose', () => {
  it('Readable.from a sync iterable (a generator), an async iterable and a Buffer', async () => {
    function* sync() {
      yield 'a';
      yield 'b';
    }
    async function* asyncGen() {
      yield 1;
      await tick(1);
      yield 2;
    }
    const collect = async (r: AsyncIterable<unknown>) => {
      const out: unknown[] = [];
      for await (const c of r) out.push(c);
      return out;
    };
    expect(await collect(Readable.from(sync()))).to.deep.equal(['a', 'b']);
    expect(await collect(Readable.from(asyncGen()))).to.deep.equal([1, 2]);
    const [chunk] = await collect(Readable.from(Buffer.from('xy')));
    expect(String(chunk)).to.equal('xy');
  });

  it('async iteration with an early break destroys the stream and stops reading', async () => {
    let reads = 0;
    const r = new Readable({
      objectMode: true,
      read() {
        this.push(++reads);
      },
    });
    r.on('error', () => {}); // the engine (Node 18 code) destroys with an AbortError
    const seen: unknown[] = [];
    for await (const value of r) {
      seen.push(value);
      if (seen.length === 3) break;
    }
    await tick();
    expect(seen).to.deep.equal([1, 2, 3]);
    expect(r.destroyed).to.equal(true);
  });

  it('compose chains transforms and generator functions into one Duplex', async () => {
    const d = compose(
      new Transform({ transform: (c, _e, cb) => cb(null, String(c).toUpperCase()) }),
      async function* (source: AsyncIterable<unknown>) {
        for await (const c of source) yield `<${String(c)}>`;
      },
    );
    expect(d).to.be.instanceOf(Duplex);
    d.end('ab');
    expect(await consumers.text(d)).to.equal('<AB>');
  });

  it('Duplex.from an async generator function', async () => {
    const d = Duplex.from(async function* (source: AsyncIterable<unknown>) {
      for await (const c of source) yield String(c).length;
    });
    const out: unknown[] = [];
    d.on('data', (c: unknown) => out.push(String(c)));
    d.write('abc');
    d.end('de');
    await new Promise((resolve) => d.on('end', resolve));
    expect(out).to.deep.equal(['3', '2']);
  });
});

describe('stream: the legacy ids', () => {
  it('_stream_readable: default is stream.Readable; named are its statics', () => {
    expect(streamReadable).to.equal(Readable);
    expect(readableNs.from).to.equal(Readable.from);
    expect(readableNs.wrap).to.equal(Readable.wrap);
    expect(readableNs._fromList).to.equal(Readable._fromList);
    expect(new Readable()._readableState).to.be.instanceOf(readableNs.ReadableState);
  });

  it('_stream_writable, _stream_duplex, _stream_transform, _stream_passthrough are the classes', () => {
    expect(streamWritable).to.equal(Writable);
    expect(new Writable()._writableState).to.be.instanceOf(writableNs.WritableState);
    expect(streamDuplex).to.equal(Duplex);
    expect(duplexNs.from).to.equal(Duplex.from);
    expect(streamTransform).to.equal(Transform);
    expect(streamPassThrough).to.equal(PassThrough);
  });
});

describe('stream/promises', () => {
  it('is stream.promises, with finished and pipeline', () => {
    expect(promises).to.equal(streamPromises);
    expect(promisesNs.pipeline).to.equal(streamPromises.pipeline);
    expect(promisesNs.finished).to.equal(streamPromises.finished);
  });

  it('finished resolves when a writable finishes', async () => {
    const { w } = collector();
    w.end('x');
    await promisesNs.finished(w);
    expect(w.writableFinished).to.equal(true);
  });
});

describe('stream/consumers', () => {
  const webStream = (chunks: unknown[]) =>
    new ReadableStream({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });

  it('reads Node streams: text, json, buffer, arrayBuffer, blob', async () => {
    const euro = Buffer.from('€');
    expect(await consumers.text(Readable.from([euro.subarray(0, 1), euro.subarray(1), 'x']))).to.equal('€x');
    expect(await consumers.json(Readable.from(['[1,', '{"a":true}]']))).to.deep.equal([1, { a: true }]);
    const buf = await consumers.buffer(Readable.from(['ab', 'c']));
    expect(Buffer.isBuffer(buf) && buf.toString()).to.equal('abc');
    expect(new Uint8Array(await consumers.arrayBuffer(Readable.from(['hi'])))).to.deep.equal(new Uint8Array([104, 105]));
    const blob = await consumers.blob(Readable.from(['abcd']));
    expect(blob.size).to.equal(4);
    expect(await blob.text()).to.equal('abcd');
  });

  it('reads web ReadableStreams', async () => {
    const enc = new TextEncoder();
    expect(await consumers.text(webStream([enc.encode('we'), enc.encode('b')]))).to.equal('web');
    expect(await consumers.json(webStream([enc.encode('{"k":1}')]))).to.deep.equal({ k: 1 });
    expect((await consumers.buffer(webStream([enc.encode('ab')]))).toString('hex')).to.equal('6162');
    expect((await consumers.arrayBuffer(webStream([enc.encode('abc')]))).byteLength).to.equal(3);
    expect((await consumers.blob(webStream([enc.encode('abcde')]))).size).to.equal(5);
  });

  it('rejects with the stream error', async () => {
    const r = new Readable({
      read() {
        this.destroy(new Error('nope'));
      },
    });
    let err: unknown;
    try {
      await consumers.text(r);
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).to.equal('nope');
  });

  it('the default export carries the five functions', () => {
    expect(Object.keys(consumers.default).sort()).to.deep.equal(['arrayBuffer', 'blob', 'buffer', 'json', 'text']);
  });
});

describe('stream/web', () => {
  it("exports the platform's classes where it has them", () => {
    for (const name of Object.keys(web.default)) {
      const platform = (globalThis as Record<string, unknown>)[name];
      if (platform !== undefined) expect((web as Record<string, unknown>)[name], name).to.equal(platform);
      else expect((web as Record<string, unknown>)[name], name).to.be.a('function');
    }
  });

  it('a web stream pipes through a TransformStream and a TextDecoderStream', async () => {
    const source = new web.ReadableStream<BufferSource>({
      start(c) {
        c.enqueue(new TextEncoder().encode('ab'));
        c.close();
      },
    });
    const upper = new web.TransformStream<string, string>({ transform: (chunk, c) => c.enqueue(chunk.toUpperCase()) });
    const out = source.pipeThrough(new web.TextDecoderStream()).pipeThrough(upper);
    expect(await consumers.text(out)).to.equal('AB');
  });

  it('byte streams hand out BYOB readers; queuing strategies measure', async () => {
    const bytes = new web.ReadableStream({
      type: 'bytes',
      start(c) {
        c.enqueue(new Uint8Array([1, 2, 3]));
        c.close();
      },
    });
    const reader = bytes.getReader({ mode: 'byob' });
    expect(reader).to.be.instanceOf(web.ReadableStreamBYOBReader);
    const { value } = await reader.read(new Uint8Array(8));
    expect([...value!]).to.deep.equal([1, 2, 3]);
    expect(new web.ByteLengthQueuingStrategy({ highWaterMark: 1 }).size(new Uint8Array(7))).to.equal(7);
    expect(new web.CountQueuingStrategy({ highWaterMark: 1 }).size(undefined)).to.equal(1);
  });

  it('a WritableStream gets its writer', async () => {
    const got: unknown[] = [];
    const ws = new web.WritableStream({ write: (c) => void got.push(c) });
    const writer = ws.getWriter();
    expect(writer).to.be.instanceOf(web.WritableStreamDefaultWriter);
    await writer.write('x');
    await writer.close();
    expect(got).to.deep.equal(['x']);
  });
});
