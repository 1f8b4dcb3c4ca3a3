// Stream scenarios, run the same way under real Node 16.13.1 (scripts/golden/stream.mjs writes
// each trace to test/golden/node16-stream.json) and in our tests with polynode's stream
// (test/stream/golden.test.ts compares the traces, in Node and in both browsers).
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
//
// A scenario gets `S` (the `stream` module's default export: Stream carrying everything, what
// `require('stream')` gives) and `M` ({ consumers, promises }: the `stream/consumers` and
// `stream/promises` modules) and returns a trace: the events each stream emitted in order,
// what calls returned, and the errors (class, name, code, message). Nothing here may use a
// Node API other than those modules: chunks are written as strings and read back as text.

/** One value, written for a trace. */
export function fmt(value) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Error) return describeError(value);
  if (value instanceof Uint8Array) return `bytes(${JSON.stringify(new TextDecoder().decode(value))})`;
  if (Array.isArray(value)) return `[${value.map(fmt).join(',')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.keys(value).map((k) => `${k}:${fmt(value[k])}`).join(',')}}`;
  return String(value);
}

/** An error as a trace line: its class, name, code and message. */
export function describeError(error) {
  if (!(error instanceof Error)) return `non-error ${fmt(error)}`;
  return `${error.constructor.name}|${error.name}|${error.code}|${error.message}`;
}

const EVENTS = ['data', 'end', 'finish', 'prefinish', 'close', 'error', 'drain', 'pipe', 'unpipe', 'pause', 'resume'];

/** Writes each of `events` that `stream` emits to the trace, prefixed by `label`. */
function watch(trace, label, stream, events = EVENTS) {
  for (const name of events) {
    stream.on(name, (arg) => trace.push(`${label} ${name}${arg === undefined || name === 'pipe' || name === 'unpipe' ? '' : ` ${fmt(arg)}`}`));
  }
  return stream;
}

/** Resolves once ticks, microtasks and the streams' own callbacks have all run. */
const settle = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Writable that records chunks as text. */
function sink(S, trace, label, options = {}) {
  return new S.Writable({
    write(chunk, encoding, callback) {
      trace.push(`${label} write ${fmt(typeof chunk === 'string' ? chunk : String(chunk))} ${encoding}`);
      callback();
    },
    ...options,
  });
}

/** A Transform upper-casing text. */
const upper = (S) => new S.Transform({ transform(chunk, encoding, callback) { callback(null, String(chunk).toUpperCase()); } });

export const SCENARIOS = [
  {
    name: 'Readable.from(array) flowing: data, end, close',
    async run(S) {
      const trace = [];
      watch(trace, 'r', S.Readable.from(['a', 'b', 'c']));
      await settle();
      return trace;
    },
  },
  {
    name: 'Readable.from(async generator) with objects',
    async run(S) {
      const trace = [];
      async function* gen() { yield { n: 1 }; yield { n: 2 }; }
      const r = S.Readable.from(gen());
      trace.push(`objectMode ${r.readableObjectMode}`);
      watch(trace, 'r', r);
      await settle();
      return trace;
    },
  },
  {
    name: 'Readable.from(string) is one chunk',
    async run(S) {
      const trace = [];
      watch(trace, 'r', S.Readable.from('hello'));
      await settle();
      return trace;
    },
  },
  {
    name: 'Readable.from(null) throws ERR_INVALID_ARG_TYPE',
    run(S) {
      try { S.Readable.from(null); return ['no throw']; } catch (e) { return [describeError(e)]; }
    },
  },
  {
    name: 'push/read in paused mode with readable events',
    async run(S) {
      const trace = [];
      const r = new S.Readable({ read() {} });
      r.on('readable', () => { let c; while ((c = r.read()) !== null) trace.push(`read ${fmt(String(c))}`); trace.push('readable'); });
      r.on('end', () => trace.push('end'));
      trace.push(`push a -> ${r.push('a')}`);
      trace.push(`push b -> ${r.push('b')}`);
      await settle();
      trace.push(`push null -> ${r.push(null)}`);
      await settle();
      return trace;
    },
  },
  {
    name: 'push returns false at highWaterMark',
    run(S) {
      const r = new S.Readable({ highWaterMark: 3, read() {} });
      return [r.push('ab'), r.push('c'), r.push('d'), r.readableLength].map(String);
    },
  },
  {
    name: 'write() returns false at highWaterMark, then drain',
    async run(S) {
      const trace = [];
      const w = new S.Writable({ highWaterMark: 4, write(chunk, enc, cb) { trace.push(`_write ${String(chunk)}`); setTimeout(cb, 1); } });
      watch(trace, 'w', w);
      trace.push(`write ab -> ${w.write('ab')}`);
      trace.push(`write cd -> ${w.write('cd')}`);
      trace.push(`needDrain ${w.writableNeedDrain} length ${w.writableLength}`);
      await settle(30);
      w.end();
      await settle(10);
      return trace;
    },
  },
  {
    name: 'object mode counts objects for highWaterMark',
    run(S) {
      const w = new S.Writable({ objectMode: true, highWaterMark: 2, write() {} });
      return [w.write({}), w.write({}), w.write({}), w.writableLength].map(String);
    },
  },
  {
    name: 'writing null throws ERR_STREAM_NULL_VALUES',
    run(S) {
      const w = new S.Writable({ write(c, e, cb) { cb(); } });
      try { w.write(null); return ['no throw']; } catch (e) { return [describeError(e)]; }
    },
  },
  {
    name: 'write after end errors with ERR_STREAM_WRITE_AFTER_END',
    async run(S) {
      const trace = [];
      const w = watch(trace, 'w', sink(S, trace, 'w'));
      w.end('x');
      w.write('y', (err) => trace.push(`cb ${fmt(err)}`));
      await settle();
      return trace;
    },
  },
  {
    name: 'writing a number throws ERR_INVALID_ARG_TYPE',
    run(S) {
      const w = new S.Writable({ write(c, e, cb) { cb(); } });
      try { w.write(1); return ['no throw']; } catch (e) { return [describeError(e)]; }
    },
  },
  {
    name: 'end(chunk, cb) order: write, prefinish, finish, callback, close',
    async run(S) {
      const trace = [];
      const w = watch(trace, 'w', sink(S, trace, 'w'));
      w.end('last', () => trace.push('end callback'));
      await settle();
      return trace;
    },
  },
  {
    name: 'decodeStrings false keeps strings and encodings',
    async run(S) {
      const trace = [];
      const w = sink(S, trace, 'w', { decodeStrings: false });
      w.write('a', 'utf8');
      w.write('6869', 'hex');
      w.end();
      await settle();
      return trace;
    },
  },
  {
    name: 'cork/uncork batches into writev',
    async run(S) {
      const trace = [];
      const w = new S.Writable({
        write(c, e, cb) { trace.push(`write ${String(c)}`); cb(); },
        writev(chunks, cb) { trace.push(`writev ${chunks.map((x) => String(x.chunk)).join('+')}`); cb(); },
      });
      w.write('a');
      w.cork();
      w.write('b');
      w.write('c');
      trace.push(`corked ${w.writableCorked}`);
      w.uncork();
      w.end();
      await settle();
      return trace;
    },
  },
  {
    name: 'Transform through pipe: data and events order',
    async run(S) {
      const trace = [];
      const r = S.Readable.from(['x', 'y']);
      const t = watch(trace, 't', upper(S), ['end', 'finish', 'close', 'pipe']);
      const w = watch(trace, 'w', sink(S, trace, 'w'), ['finish', 'close', 'pipe']);
      r.pipe(t).pipe(w);
      await settle();
      return trace;
    },
  },
  {
    name: 'Transform flush pushes a last chunk',
    async run(S) {
      const trace = [];
      const t = new S.Transform({
        transform(c, e, cb) { cb(null, c); },
        flush(cb) { this.push('!'); cb(); },
      });
      t.on('data', (c) => trace.push(`data ${String(c)}`));
      t.on('end', () => trace.push('end'));
      t.end('a');
      await settle();
      return trace;
    },
  },
  {
    name: 'PassThrough passes chunks unchanged',
    async run(S, M) {
      const p = new S.PassThrough();
      p.write('a');
      p.end('b');
      return [await M.consumers.text(p)];
    },
  },
  {
    name: 'pipeline with callback: success',
    async run(S) {
      const trace = [];
      S.pipeline(S.Readable.from(['a', 'b']), upper(S), sink(S, trace, 'w'), (err) => trace.push(`done ${fmt(err)}`));
      await settle();
      return trace;
    },
  },
  {
    name: 'pipeline: destroy(err) in the middle destroys every stream',
    async run(S) {
      const trace = [];
      const r = new S.Readable({ read() {} });
      const t = new S.PassThrough();
      const w = sink(S, trace, 'w');
      for (const [label, s] of [['r', r], ['t', t], ['w', w]]) s.on('close', () => trace.push(`${label} close destroyed=${s.destroyed}`));
      S.pipeline(r, t, w, (err) => trace.push(`done ${fmt(err)}`));
      r.push('a');
      await settle();
      t.destroy(new Error('boom'));
      await settle();
      return trace;
    },
  },
  {
    name: 'pipeline: a generator function as a transform',
    async run(S) {
      const trace = [];
      S.pipeline(
        S.Readable.from(['a', 'b']),
        async function* (source) { for await (const c of source) yield `${c}${c}`; },
        sink(S, trace, 'w'),
        (err) => trace.push(`done ${fmt(err)}`),
      );
      await settle();
      return trace;
    },
  },
  {
    name: 'pipeline without a callback throws ERR_INVALID_CALLBACK',
    run(S) {
      try { S.pipeline(S.Readable.from(['a']), new S.PassThrough()); return ['no throw']; } catch (e) { return [`${e.constructor.name}|${e.code}|${e.message.split('\n')[0].slice(0, 40)}`]; }
    },
  },
  {
    name: 'pipeline with one stream throws ERR_MISSING_ARGS',
    run(S) {
      try { S.pipeline(S.Readable.from(['a']), () => {}); return ['no throw']; } catch (e) { return [describeError(e)]; }
    },
  },
  {
    name: 'finished on a premature close: ERR_STREAM_PREMATURE_CLOSE',
    async run(S) {
      const trace = [];
      const r = new S.Readable({ read() {} });
      S.finished(r, (err) => trace.push(`finished ${fmt(err)}`));
      r.destroy();
      await settle();
      return trace;
    },
  },
  {
    name: 'finished after a normal end',
    async run(S) {
      const trace = [];
      const r = S.Readable.from(['a']);
      S.finished(r, (err) => trace.push(`finished ${fmt(err)}`));
      r.resume();
      await settle();
      return trace;
    },
  },
  {
    name: 'finished on a writable that errors',
    async run(S) {
      const trace = [];
      const w = new S.Writable({ write(c, e, cb) { cb(new Error('bad write')); } });
      w.on('error', () => trace.push('error event'));
      S.finished(w, (err) => trace.push(`finished ${fmt(err)}`));
      w.write('a');
      await settle();
      return trace;
    },
  },
  {
    name: 'destroy(err) emits error then close',
    async run(S) {
      const trace = [];
      const r = watch(trace, 'r', new S.Readable({ read() {} }));
      r.destroy(new Error('x'));
      trace.push(`destroyed ${r.destroyed}`);
      await settle();
      return trace;
    },
  },
  {
    name: 'stream.destroy(stream, err) and isDisturbed',
    async run(S) {
      const trace = [];
      const r = new S.Readable({ read() {} });
      trace.push(`disturbed ${S.isDisturbed(r)}`);
      r.read();
      trace.push(`disturbed after read ${S.isDisturbed(r)}`);
      r.on('error', (e) => trace.push(`error ${fmt(e)}`));
      S.destroy(r, new Error('via destroy'));
      await settle();
      return trace;
    },
  },
  {
    name: 'addAbortSignal destroys with an AbortError',
    async run(S) {
      const trace = [];
      const ac = new AbortController();
      const r = watch(trace, 'r', S.addAbortSignal(ac.signal, new S.Readable({ read() {} })), ['error', 'close']);
      ac.abort();
      await settle();
      return trace;
    },
  },
  {
    name: 'addAbortSignal with a non-signal throws ERR_INVALID_ARG_TYPE',
    run(S) {
      try { S.addAbortSignal({}, new S.Readable({ read() {} })); return ['no throw']; } catch (e) { return [describeError(e)]; }
    },
  },
  {
    name: 'promises.pipeline aborted with { signal }',
    async run(S, M) {
      const trace = [];
      const ac = new AbortController();
      const r = new S.Readable({ read() {} });
      const p = M.promises.pipeline(r, sink(S, trace, 'w'), { signal: ac.signal });
      r.push('a');
      await settle();
      ac.abort();
      try { await p; trace.push('resolved'); } catch (e) { trace.push(`rejected ${fmt(e)}`); }
      trace.push(`r destroyed ${r.destroyed}`);
      return trace;
    },
  },
  {
    name: 'promises.pipeline resolves',
    async run(S, M) {
      const trace = [];
      await M.promises.pipeline(S.Readable.from(['a', 'b']), upper(S), sink(S, trace, 'w'));
      trace.push('resolved');
      return trace;
    },
  },
  {
    name: 'promises.finished rejects on premature close',
    async run(S, M) {
      const w = new S.Writable({ write(c, e, cb) { cb(); } });
      const p = M.promises.finished(w);
      w.destroy();
      try { await p; return ['resolved']; } catch (e) { return [`rejected ${fmt(e)}`]; }
    },
  },
  {
    name: 'async iteration reads every chunk',
    async run(S) {
      const out = [];
      for await (const c of S.Readable.from(['a', 'b', 'c'])) out.push(c);
      return out;
    },
  },
  {
    name: 'async iteration with early break destroys the stream',
    async run(S) {
      const trace = [];
      const r = watch(trace, 'r', S.Readable.from(['a', 'b', 'c']), ['close', 'error', 'end']);
      for await (const c of r) { trace.push(`got ${c}`); break; }
      await settle();
      trace.push(`destroyed ${r.destroyed}`);
      return trace;
    },
  },
  {
    name: 'async iteration rethrows the stream error',
    async run(S) {
      const r = new S.Readable({ read() { this.destroy(new Error('read failed')); } });
      try { for await (const c of r) void c; return ['no throw']; } catch (e) { return [describeError(e)]; }
    },
  },
  {
    name: 'push after EOF: ERR_STREAM_PUSH_AFTER_EOF',
    async run(S) {
      const trace = [];
      const r = new S.Readable({ read() {} });
      r.on('error', (e) => trace.push(`error ${fmt(e)}`));
      r.push(null);
      r.push('late');
      await settle();
      return trace;
    },
  },
  {
    name: 'unshift after end event: ERR_STREAM_UNSHIFT_AFTER_END_EVENT',
    async run(S) {
      const trace = [];
      const r = S.Readable.from([]);
      r.on('error', (e) => trace.push(`error ${fmt(e)}`));
      r.on('end', () => { trace.push('end'); r.unshift('x'); });
      r.resume();
      await settle();
      return trace;
    },
  },
  {
    name: 'setEncoding decodes multi-byte characters split across chunks',
    async run(S) {
      const bytes = new TextEncoder().encode('€!');
      const r = new S.Readable({ read() {} });
      r.setEncoding('utf8');
      const out = [];
      r.on('data', (c) => out.push(c));
      r.push(bytes.subarray(0, 2));
      r.push(bytes.subarray(2));
      r.push(null);
      await settle();
      return out;
    },
  },
  {
    name: 'unknown encoding in write throws ERR_UNKNOWN_ENCODING',
    run(S) {
      const w = new S.Writable({ write(c, e, cb) { cb(); } });
      try { w.write('a', 'nope'); return ['no throw']; } catch (e) { return [describeError(e)]; }
    },
  },
  {
    name: 'Duplex with allowHalfOpen false ends the writable side',
    async run(S) {
      const trace = [];
      const d = new S.Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
      watch(trace, 'd', d, ['end', 'finish', 'close']);
      d.resume();
      d.push(null);
      await settle();
      return trace;
    },
  },
  {
    name: 'Transform without _transform: ERR_METHOD_NOT_IMPLEMENTED',
    async run(S) {
      const trace = [];
      const t = new S.Transform();
      t.on('error', (e) => trace.push(`error ${fmt(e)}`));
      try { t.write('a'); } catch (e) { trace.push(`threw ${fmt(e)}`); }
      await settle();
      return trace;
    },
  },
  {
    name: 'compose makes one duplex',
    async run(S, M) {
      const d = S.compose(upper(S), new S.PassThrough());
      d.end('abc');
      return [await M.consumers.text(d)];
    },
  },
  {
    name: 'consumers over Node streams: text, json, buffer, arrayBuffer, blob',
    async run(S, M) {
      const c = M.consumers;
      return [
        await c.text(S.Readable.from(['he', 'llo'])),
        fmt(await c.json(S.Readable.from(['{"a":', '[1,2]}']))),
        fmt(new Uint8Array(await c.buffer(S.Readable.from(['ab'])))),
        String((await c.arrayBuffer(S.Readable.from(['abc']))).byteLength),
        String((await c.blob(S.Readable.from(['abcd']))).size),
      ];
    },
  },
  {
    name: 'pipe: unpipe and the pipe/unpipe events',
    async run(S) {
      const trace = [];
      const r = new S.Readable({ read() {} });
      const w = watch(trace, 'w', sink(S, trace, 'w'), ['pipe', 'unpipe', 'finish']);
      r.pipe(w);
      r.push('a');
      await settle();
      r.unpipe(w);
      r.push('b');
      await settle();
      trace.push(`flowing ${r.readableFlowing}`);
      return trace;
    },
  },
  {
    name: 'Readable state getters',
    async run(S) {
      const r = new S.Readable({ read() {}, highWaterMark: 7, encoding: 'utf8' });
      const before = [r.readableHighWaterMark, r.readableEncoding, r.readableFlowing, r.readableEnded, r.readableObjectMode];
      r.push(null);
      r.resume();
      await settle();
      return [...before, r.readableEnded, r.destroyed].map(String);
    },
  },
];
