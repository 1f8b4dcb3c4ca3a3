// readline cases, run the same way under real Node 16.13.1 (scripts/golden/readline.mjs writes
// the results to test/golden/node16-readline.json) and in our tests with polynode's readline,
// stream and Buffer (test/readline/golden.test.ts compares, in Node and in both browsers).
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
//
// Everything here is deterministic: the input text and its chunk boundaries come from a
// seeded PRNG, so Node and the browsers split exactly the same bytes at the same places.
// A case gets `m` = { readline, stream, Buffer } (the modules' default exports / the Buffer
// class) and returns plain JSON.

import { prng } from '../support/golden-helpers.mjs';

export { prng };

const WORDS = ['alpha', 'beta', 'γάμμα', 'дельта', '中文字', 'emoji😀', 'naïve', 'x', '', ' ', '\t', 'e\u0301', '𝄞clef', 'tab\tin', 'ümlaut', 'ok'];
const ENDINGS = ['\n', '\n', '\n', '\r\n', '\r\n', '\r'];

/** The acceptance input: `count` lines (mixed endings, empty lines, unicode), as text. */
export function buildText(count = 10000, seed = 12345) {
  const rand = prng(seed);
  let text = '';
  for (let i = 0; i < count; i++) {
    const r = rand();
    let line = '';
    if (r < 0.12) line = '';
    else {
      const n = 1 + Math.floor(rand() * 6);
      const parts = [];
      for (let k = 0; k < n; k++) parts.push(WORDS[Math.floor(rand() * WORDS.length)]);
      line = `${i}:${parts.join(' ')}`;
    }
    text += line + ENDINGS[Math.floor(rand() * ENDINGS.length)];
  }
  // The last line has no line ending half of the time: it is emitted at 'end'.
  return seed % 2 === 1 ? `${text}tail without ending` : text;
}

/**
 * The UTF-8 bytes of `text` cut into chunks of 1..maxChunk bytes (seeded), with a cut
 * forced between every `\r` and the `\n` after it when `splitCrLf` (most of them), and
 * cuts inside multi-byte characters left as they fall.
 */
export function chunkBytes(text, seed, maxChunk, splitCrLf = true) {
  const bytes = new TextEncoder().encode(text);
  const rand = prng(seed);
  const chunks = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + 1 + Math.floor(rand() * maxChunk));
    if (splitCrLf) {
      for (let i = start; i < end - 1; i++) {
        if (bytes[i] === 13 && bytes[i + 1] === 10 && rand() < 0.8) {
          end = i + 1;
          break;
        }
      }
    }
    chunks.push(bytes.subarray(start, end));
    start = end;
  }
  return chunks;
}

/** A short stable hash of a list of strings (two FNV-1a passes over a JSON form). */
export function hashLines(lines) {
  const s = JSON.stringify(lines);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 13;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The split cases: text seed, chunk seed, largest chunk, crlfDelay. */
export const SPLIT_CASES = [
  { name: '10,000 lines, chunks of 1-64 bytes', lines: 10000, textSeed: 12345, chunkSeed: 1, maxChunk: 64, crlfDelay: Infinity },
  { name: '10,000 lines, chunks of 1-7 bytes', lines: 10000, textSeed: 777, chunkSeed: 2, maxChunk: 7, crlfDelay: Infinity },
  { name: '10,000 lines, chunks of 1-4096 bytes', lines: 10000, textSeed: 4242, chunkSeed: 3, maxChunk: 4096, crlfDelay: Infinity },
  { name: '2,000 lines, chunks of 1-3 bytes, default crlfDelay', lines: 2000, textSeed: 99, chunkSeed: 4, maxChunk: 3, crlfDelay: undefined },
];

/** Feeds the chunks of one split case through a Readable and collects the lines. */
export async function runSplitCase(m, c) {
  const text = buildText(c.lines, c.textSeed);
  const chunks = chunkBytes(text, c.chunkSeed, c.maxChunk);
  const input = m.stream.Readable.from(chunks.map((chunk) => m.Buffer.from(chunk)));
  const rl = m.readline.createInterface({ input, crlfDelay: c.crlfDelay });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  await new Promise((resolve) => rl.on('close', resolve));
  return { chunks: chunks.length, count: lines.length, hash: hashLines(lines), first: lines.slice(0, 5), last: lines.slice(-3) };
}

// ---------------------------------------------------------------------------------------
// Event-order scenarios
// ---------------------------------------------------------------------------------------

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** An error as a trace line. */
export function describeError(error) {
  if (!(error instanceof Error)) return `non-error ${String(error)}`;
  return `${error.constructor.name}|${error.name}|${error.code}|${error.message}`;
}

function attempt(trace, label, fn) {
  try {
    const result = fn();
    trace.push(`${label} -> ${typeof result === 'object' && result !== null ? (result.constructor && result.constructor.name) : JSON.stringify(result)}`);
  } catch (error) {
    trace.push(`${label} threw ${describeError(error)}`);
  }
}

/** Records every readline event. */
function watch(rl, trace) {
  for (const name of ['line', 'close', 'pause', 'resume', 'SIGINT', 'SIGTSTP', 'history', 'error']) {
    rl.on(name, (...args) => trace.push(`${name}(${args.map((a) => (a instanceof Error ? describeError(a) : JSON.stringify(a))).join(',')})`));
  }
}

/** A fake output stream that writes into the trace. */
function output(trace, extra = {}) {
  return {
    write(data, cb) {
      trace.push(`out ${JSON.stringify(data)}`);
      if (typeof cb === 'function') cb(null);
      return true;
    },
    on() {},
    removeListener() {},
    ...extra,
  };
}

function setup(m, options = {}) {
  const trace = [];
  const input = new m.stream.PassThrough();
  const rl = m.readline.createInterface({ input, output: output(trace), ...options });
  watch(rl, trace);
  return { trace, input, rl };
}

export const SCENARIOS = [
  {
    name: 'lines then end: line events, then pause and close',
    async run(m) {
      const { trace, input } = setup(m);
      input.write('one\ntwo\r\nthree\rfour');
      await tick();
      trace.push('ended');
      input.end();
      await tick();
      return trace;
    },
  },
  {
    name: 'a \\r at the end of a chunk and \\n at the start of the next make one ending',
    async run(m) {
      const { trace, input } = setup(m);
      input.write('a\r');
      await tick();
      input.write('\nb\r');
      await tick();
      input.write('\r\n\n');
      await tick();
      input.end('c');
      await tick();
      return trace;
    },
  },
  {
    name: '\\r then \\n after crlfDelay gives an extra empty line',
    async run(m) {
      const { trace, input } = setup(m, { crlfDelay: 100 });
      input.write('x\r');
      await sleep(250);
      input.write('\ny\n');
      await tick();
      input.end();
      await tick();
      return trace;
    },
  },
  {
    name: 'empty input: only pause and close',
    async run(m) {
      const { trace, input } = setup(m);
      input.end();
      await tick();
      await tick();
      return trace;
    },
  },
  {
    name: 'pause and resume emit once each and are idempotent',
    async run(m) {
      const { trace, rl } = setup(m);
      attempt(trace, 'resume (not paused)', () => rl.resume());
      attempt(trace, 'pause', () => rl.pause());
      attempt(trace, 'pause again', () => rl.pause());
      trace.push(`paused ${rl.paused}`);
      attempt(trace, 'resume', () => rl.resume());
      attempt(trace, 'resume again', () => rl.resume());
      rl.close();
      rl.close();
      trace.push(`closed ${rl.closed}`);
      return trace;
    },
  },
  {
    name: 'close stops reading: later data gives no line',
    async run(m) {
      const { trace, input, rl } = setup(m);
      input.write('before\n');
      await tick();
      rl.close();
      input.write('after\n');
      await tick();
      trace.push(`listeners data=${input.listenerCount('data')} end=${input.listenerCount('end')}`);
      return trace;
    },
  },
  {
    name: 'close inside a line listener: the rest of the chunk still emits lines',
    async run(m) {
      const { trace, input, rl } = setup(m);
      rl.on('line', (l) => {
        if (l === 'b') rl.close();
      });
      input.write('a\nb\nc\nd');
      await tick();
      input.write('e\n');
      await tick();
      return trace;
    },
  },
  {
    name: 'write() in non-terminal mode splits lines and resumes a paused interface',
    async run(m) {
      const { trace, rl } = setup(m);
      rl.pause();
      rl.write('w1\nw2');
      rl.write('\r');
      rl.write('\nw3\n');
      trace.push(`line ${JSON.stringify(rl.line)}`);
      rl.close();
      return trace;
    },
  },
  {
    name: 'question writes the query, answers through the callback and restores the prompt',
    async run(m) {
      const { trace, input, rl } = setup(m, { prompt: '$ ' });
      rl.question('name? ', (answer) => trace.push(`answer ${JSON.stringify(answer)} prompt ${JSON.stringify(rl.getPrompt())}`));
      trace.push(`prompt during ${JSON.stringify(rl.getPrompt())}`);
      input.write('Ada\nnext\n');
      await tick();
      rl.question('again? ', { signal: undefined }, (a) => trace.push(`answer2 ${JSON.stringify(a)}`));
      rl.question('ignored? ', (a) => trace.push(`answer3 ${JSON.stringify(a)}`));
      input.write('B\n');
      await tick();
      rl.close();
      return trace;
    },
  },
  {
    name: 'question with a signal: abort cancels it and writes a new line',
    async run(m) {
      const { trace, input, rl } = setup(m);
      const ac = new AbortController();
      rl.question('q? ', { signal: ac.signal }, (a) => trace.push(`answer ${a}`));
      ac.abort();
      trace.push(`prompt ${JSON.stringify(rl.getPrompt())} cursor ${rl.cursor} line ${JSON.stringify(rl.line)}`);
      input.write('later\n');
      await tick();
      const done = new AbortController();
      done.abort();
      rl.question('never? ', { signal: done.signal }, (a) => trace.push(`never ${a}`));
      input.write('after aborted\n');
      await tick();
      rl.close();
      return trace;
    },
  },
  {
    name: 'promisified question resolves, and rejects with AbortError',
    async run(m) {
      const { trace, input, rl } = setup(m);
      const ask = rl.question[Symbol.for('nodejs.util.promisify.custom')];
      trace.push(`custom ${typeof ask}`);
      const p = ask.call(rl, 'p1? ');
      input.write('yes\n');
      trace.push(`resolved ${await p}`);
      const ac = new AbortController();
      const p2 = ask.call(rl, 'p2? ', { signal: ac.signal });
      ac.abort();
      try {
        await p2;
      } catch (e) {
        trace.push(`rejected ${describeError(e)}`);
      }
      const ac2 = new AbortController();
      ac2.abort();
      try {
        await ask.call(rl, 'p3? ', { signal: ac2.signal });
      } catch (e) {
        trace.push(`rejected early ${describeError(e)}`);
      }
      rl.close();
      return trace;
    },
  },
  {
    name: 'prompt, setPrompt and getPrompt',
    async run(m) {
      const { trace, rl } = setup(m);
      trace.push(`default ${JSON.stringify(rl.getPrompt())}`);
      rl.prompt();
      rl.setPrompt('>> ');
      rl.prompt(true);
      rl.pause();
      rl.prompt();
      rl.close();
      return trace;
    },
  },
  {
    name: 'the signal option closes the interface on abort, at once if already aborted',
    async run(m) {
      const trace = [];
      const ac = new AbortController();
      const a = m.readline.createInterface({ input: new m.stream.PassThrough(), signal: ac.signal });
      a.on('close', () => trace.push('a close'));
      ac.abort();
      trace.push('after abort');
      const b = m.readline.createInterface({ input: new m.stream.PassThrough(), signal: ac.signal });
      b.on('close', () => trace.push('b close'));
      trace.push('after create');
      await tick();
      return trace;
    },
  },
  {
    name: 'async iteration buffers lines that arrive before next()',
    async run(m) {
      const trace = [];
      const input = new m.stream.PassThrough();
      const rl = m.readline.createInterface({ input });
      rl.on('close', () => trace.push('close'));
      const it = rl[Symbol.asyncIterator]();
      input.write('l1\nl2\nl3\n');
      input.end('l4');
      await tick();
      for await (const line of { [Symbol.asyncIterator]: () => it }) trace.push(`got ${line}`);
      trace.push('done');
      return trace;
    },
  },
  {
    name: 'async iteration with an early break closes the interface',
    async run(m) {
      const trace = [];
      const input = m.stream.Readable.from(['a\nb\nc\n', 'd\ne\n']);
      const rl = m.readline.createInterface({ input });
      rl.on('close', () => trace.push('close'));
      rl.on('pause', () => trace.push('pause'));
      for await (const line of rl) {
        trace.push(`got ${line}`);
        if (line === 'b') break;
      }
      trace.push(`after loop closed=${rl.closed}`);
      await tick();
      return trace;
    },
  },
  {
    name: 'multi-byte characters split across chunks decode once',
    async run(m) {
      const { trace, input } = setup(m);
      const bytes = m.Buffer.from('é中😀\nß\n');
      for (let i = 0; i < bytes.length; i++) {
        input.write(bytes.subarray(i, i + 1));
        await tick();
      }
      input.end();
      await tick();
      return trace;
    },
  },
  {
    name: 'an input error is emitted on the interface',
    async run(m) {
      const { trace, input } = setup(m);
      input.destroy(new Error('boom'));
      await tick();
      await tick();
      return trace;
    },
  },
  {
    name: 'constructor option errors',
    run(m) {
      const trace = [];
      const input = new m.stream.PassThrough();
      const make = (o) => () => m.readline.createInterface({ input, ...o });
      attempt(trace, 'historySize -1', make({ historySize: -1 }));
      attempt(trace, 'historySize NaN', make({ historySize: NaN }));
      attempt(trace, 'historySize string', make({ historySize: '1' }));
      attempt(trace, 'completer 1', make({ completer: 1 }));
      attempt(trace, 'tabSize 0', make({ tabSize: 0 }));
      attempt(trace, 'tabSize 1.5', make({ tabSize: 1.5 }));
      attempt(trace, 'history 1', make({ history: 1 }));
      attempt(trace, 'signal 1', make({ signal: 1 }));
      attempt(trace, 'escapeCodeTimeout Infinity', make({ escapeCodeTimeout: Infinity }));
      attempt(trace, 'positional', () => m.readline.createInterface(input, null, undefined, false).close());
      attempt(trace, 'Interface without new', () => m.readline.Interface({ input }) instanceof m.readline.Interface);
      return trace;
    },
  },
  {
    name: 'instance properties',
    run(m) {
      const trace = [];
      const input = new m.stream.PassThrough();
      const rl = m.readline.createInterface({ input, crlfDelay: 50, historySize: 5, prompt: 'p' });
      for (const k of ['line', 'cursor', 'history', 'historySize', 'crlfDelay', 'terminal', 'tabSize', 'paused', 'closed', 'removeHistoryDuplicates', 'escapeCodeTimeout', 'isCompletionEnabled', 'columns']) {
        trace.push(`${k} ${JSON.stringify(rl[k])}`);
      }
      const rl2 = m.readline.createInterface({ input, crlfDelay: 500, output: { write() { return true; }, on() {}, removeListener() {}, isTTY: true, columns: 40 } });
      trace.push(`tty terminal ${rl2.terminal} cursor ${rl2.cursor} crlfDelay ${rl2.crlfDelay} columns ${rl2.columns}`);
      trace.push(`own keys ${Object.keys(rl).sort().join(',')}`);
      rl.close();
      rl2.close();
      return trace;
    },
  },
  {
    name: 'terminal mode: typing, editing keys, history and SIGINT',
    async run(m) {
      const trace = [];
      const input = new m.stream.PassThrough();
      const rl = m.readline.createInterface({ input, output: output(trace), terminal: true, prompt: '> ' });
      watch(rl, trace);
      rl.prompt();
      rl.write('hello');
      rl.write(null, { name: 'left' });
      rl.write(null, { name: 'backspace' });
      rl.write('L');
      rl.write(null, { name: 'home' });
      rl.write('[');
      rl.write(null, { name: 'end' });
      rl.write(null, { name: 'return' });
      trace.push(`history ${JSON.stringify(rl.history)}`);
      rl.write('second\n');
      rl.write(null, { name: 'up' });
      trace.push(`up ${JSON.stringify(rl.line)} cursor ${rl.cursor}`);
      rl.write(null, { name: 'up' });
      trace.push(`up2 ${JSON.stringify(rl.line)}`);
      rl.write(null, { name: 'down' });
      trace.push(`down ${JSON.stringify(rl.line)}`);
      rl.write(null, { name: 'u', ctrl: true });
      rl.write('one two three');
      rl.write(null, { name: 'w', ctrl: true });
      trace.push(`ctrl+w ${JSON.stringify(rl.line)} cursor ${rl.cursor}`);
      rl.write(null, { name: 'c', ctrl: true });
      rl.on('SIGINT', () => trace.push('handler'));
      rl.write(null, { name: 'c', ctrl: true });
      rl.removeAllListeners('SIGINT');
      rl.write(null, { name: 'c', ctrl: true });
      await tick();
      return trace;
    },
  },
  {
    name: 'terminal mode: keypress parsing from input bytes',
    async run(m) {
      const trace = [];
      const input = new m.stream.PassThrough();
      m.readline.emitKeypressEvents(input);
      input.on('keypress', (s, key) => trace.push(`keypress ${JSON.stringify(s)} ${JSON.stringify(key)}`));
      for (const seq of ['a', 'A', '1', ' ', '\x1b[A', '\x1b[1;5C', '\x1bOH', '\x1b[3~', '\x03', '\r', '\n', '\t', '\x7f', 'é', '😀', '\x1bb', '\x1b[Z', 'xy']) {
        input.write(seq);
        await tick();
      }
      input.write('\x1b');
      await sleep(600);
      input.end();
      await tick();
      return trace;
    },
  },
  {
    name: 'terminal mode: Ctrl+D on an empty line closes; end emits the partial line',
    async run(m) {
      const trace = [];
      const input = new m.stream.PassThrough();
      const rl = m.readline.createInterface({ input, output: output(trace), terminal: true, historySize: 0 });
      watch(rl, trace);
      input.write('abc\r');
      await tick();
      trace.push(`history ${JSON.stringify(rl.history)}`);
      input.write('part');
      await tick();
      input.end();
      await tick();
      await tick();
      return trace;
    },
  },
  {
    name: 'terminal mode: tab completion, sync and async completers',
    async run(m) {
      const trace = [];
      const words = ['help', 'hello', 'history', 'quit'];
      const sync = (line) => {
        const hits = words.filter((w) => w.startsWith(line));
        return [hits.length ? hits : words, line];
      };
      const rl = m.readline.createInterface({ input: new m.stream.PassThrough(), output: output(trace), terminal: true, completer: sync });
      watch(rl, trace);
      rl.write('q');
      rl.write(null, { name: 'tab' });
      trace.push(`after q+tab ${JSON.stringify(rl.line)}`);
      rl.write(null, { name: 'u', ctrl: true });
      rl.write('h');
      rl.write(null, { name: 'tab' });
      trace.push(`after h+tab ${JSON.stringify(rl.line)}`);
      rl.write('e');
      rl.write(null, { name: 'tab' });
      trace.push(`after he+tab ${JSON.stringify(rl.line)}`);
      rl.close();
      const rl2 = m.readline.createInterface({
        input: new m.stream.PassThrough(),
        output: output(trace),
        terminal: true,
        completer: (line, cb) => setTimeout(() => cb(null, [['async-done'], line]), 1),
      });
      rl2.write('as');
      rl2.write(null, { name: 'tab' });
      await sleep(20);
      trace.push(`async ${JSON.stringify(rl2.line)}`);
      rl2.close();
      return trace;
    },
  },
  {
    name: 'terminal mode: history options, duplicates and the history event',
    async run(m) {
      const trace = [];
      const rl = m.readline.createInterface({
        input: new m.stream.PassThrough(),
        output: output(trace),
        terminal: true,
        history: ['old'],
        historySize: 3,
        removeHistoryDuplicates: true,
      });
      rl.on('history', (h) => trace.push(`history ${JSON.stringify(h)}`));
      for (const line of ['a', 'b', 'a', 'a', '   ', 'c', 'd', '']) {
        rl.write(line);
        rl.write(null, { name: 'enter' });
      }
      trace.push(`final ${JSON.stringify(rl.history)}`);
      rl.write('x');
      rl.write(null, { name: 'up' });
      rl.write(null, { name: 'down' });
      trace.push(`line ${JSON.stringify(rl.line)}`);
      rl.close();
      return trace;
    },
  },
  {
    name: 'terminal mode: cursor position wraps at output columns',
    async run(m) {
      const trace = [];
      const rl = m.readline.createInterface({
        input: new m.stream.PassThrough(),
        output: output(trace, { columns: 10 }),
        terminal: true,
        prompt: '$ ',
      });
      rl.write('abcdefghijkl');
      trace.push(`pos ${JSON.stringify(rl.getCursorPos())}`);
      rl.write(null, { name: 'a', ctrl: true });
      trace.push(`home ${JSON.stringify(rl.getCursorPos())}`);
      rl.write(null, { name: 'right', ctrl: true });
      rl.write(null, { name: 'e', ctrl: true });
      rl.write(' x\ty');
      trace.push(`tab ${JSON.stringify(rl.getCursorPos())}`);
      rl.write(null, { name: 'b', meta: true });
      rl.write(null, { name: 'backspace', ctrl: true });
      trace.push(`line ${JSON.stringify(rl.line)} cursor ${rl.cursor}`);
      rl.write(null, { name: 'l', ctrl: true });
      rl.close();
      return trace;
    },
  },
  {
    name: 'cursor helpers write ANSI codes and call back',
    async run(m) {
      const trace = [];
      const out = output(trace);
      const r = m.readline;
      const cb = (label) => (err) => trace.push(`cb ${label} ${err}`);
      attempt(trace, 'cursorTo x', () => r.cursorTo(out, 3));
      attempt(trace, 'cursorTo x y', () => r.cursorTo(out, 3, 4, cb('cursorTo')));
      attempt(trace, 'cursorTo x cb', () => r.cursorTo(out, 0, cb('cursorTo2')));
      attempt(trace, 'cursorTo null', () => r.cursorTo(null, 1, 1, cb('cursorTo null')));
      attempt(trace, 'cursorTo no numbers', () => r.cursorTo(out, undefined, undefined, cb('no numbers')));
      attempt(trace, 'cursorTo only y', () => r.cursorTo(out, undefined, 2));
      attempt(trace, 'cursorTo NaN', () => r.cursorTo(out, NaN));
      attempt(trace, 'cursorTo y NaN', () => r.cursorTo(out, 1, NaN));
      attempt(trace, 'cursorTo bad cb', () => r.cursorTo(out, 1, 2, 3));
      attempt(trace, 'moveCursor', () => r.moveCursor(out, -2, 3, cb('move')));
      attempt(trace, 'moveCursor 2,-1', () => r.moveCursor(out, 2, -1));
      attempt(trace, 'moveCursor 0,0', () => r.moveCursor(out, 0, 0, cb('move0')));
      attempt(trace, 'moveCursor bad cb', () => r.moveCursor(out, 1, 1, 'x'));
      attempt(trace, 'clearLine -1', () => r.clearLine(out, -1));
      attempt(trace, 'clearLine 1', () => r.clearLine(out, 1, cb('clearLine')));
      attempt(trace, 'clearLine 0', () => r.clearLine(out, 0));
      attempt(trace, 'clearLine null', () => r.clearLine(undefined, 0, cb('clearLine null')));
      attempt(trace, 'clearLine bad cb', () => r.clearLine(out, 0, {}));
      attempt(trace, 'clearScreenDown', () => r.clearScreenDown(out, cb('csd')));
      attempt(trace, 'clearScreenDown null', () => r.clearScreenDown(null));
      attempt(trace, 'clearScreenDown bad cb', () => r.clearScreenDown(out, 1));
      const w = new m.stream.Writable({ highWaterMark: 4, write(chunk, enc, done) { trace.push(`writable ${JSON.stringify(String(chunk))}`); setTimeout(done, 0); } });
      attempt(trace, 'cursorTo writable (backpressure)', () => r.cursorTo(w, 10, 20, cb('writable')));
      trace.push('sync end');
      await sleep(10);
      return trace;
    },
  },
];
