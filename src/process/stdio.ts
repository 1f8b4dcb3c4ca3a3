/**
 * `process.stdout`, `process.stderr` and `process.stdin` (internal to the process module).
 *
 * By default they are light objects, so that `process` does not pull the 46 KB stream engine
 * into every bundle: EventEmitters whose `write()` prints whole lines on the console
 * (`console.log` / `console.error`), and an empty stdin that ends as soon as it is read.
 * `polynode/polyfills/stdio` replaces them with real streams ({@link installStdioStreams}):
 * a `stream.Writable` per output, printing through the same line buffer, and a
 * `stream.Readable` stdin that the page feeds with `feedStdin()`. The exported bindings are
 * live, so `import { stdout } from 'polynode/process'` follows the replacement too.
 *
 * @packageDocumentation
 */
import { EventEmitter } from '../events/index.js';
import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { queueTick } from '../internal/ticks.js';

type Fn = (...args: any[]) => unknown;

/** stdout, stderr or stdin: a light EventEmitter-based object, or (upgraded) a real stream. */
export interface Stdio extends EventEmitter {
  [key: string]: any;
}

const flushers: (() => void)[] = [];

/** Prints the partial lines stdout and stderr hold (on exit). */
export function flushStdio(): void {
  for (const flush of flushers) flush();
}

/** A Writable-like stdout/stderr: line-buffered onto `console.log` / `console.error`. */
function makeWriter(fd: 1 | 2): Stdio {
  const stream = new EventEmitter() as Stdio;
  let line = '';
  let decoder: TextDecoder | undefined;
  let flushQueued = false;
  const print = (text: string) => (fd === 1 ? console.log(text) : console.error(text));
  const flushPartial = () => {
    flushQueued = false;
    if (line !== '') {
      print(line);
      line = '';
    }
  };
  flushers.push(flushPartial);
  let defaultEncoding = 'utf8';
  Object.assign(stream, {
    fd,
    _isStdio: true,
    isTTY: false,
    writable: true,
    writableLength: 0,
    writableHighWaterMark: 16384,
    writableEnded: false,
    writableFinished: false,
    destroyed: false,
    _type: 'pipe',
    write(chunk: unknown, encoding?: unknown, callback?: Fn): boolean {
      if (typeof encoding === 'function') {
        callback = encoding as Fn;
        encoding = undefined;
      }
      let text: string;
      if (typeof chunk === 'string') text = chunk;
      else if (ArrayBuffer.isView(chunk)) {
        decoder ??= new TextDecoder();
        text = decoder.decode(chunk, { stream: true });
      } else throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
      void (encoding ?? defaultEncoding);
      line += text;
      const end = line.lastIndexOf('\n');
      if (end !== -1) {
        for (const part of line.slice(0, end).split('\n')) print(part);
        line = line.slice(end + 1);
      }
      // A partial line is printed when the next task starts, if no newline came by then.
      if (line !== '' && !flushQueued) {
        flushQueued = true;
        globalThis.setTimeout(flushPartial, 0);
      }
      if (typeof callback === 'function') queueTick(callback, [null]);
      return true;
    },
    end(chunk?: unknown, encoding?: unknown, callback?: Fn): Stdio {
      if (typeof chunk === 'function') [callback, chunk] = [chunk as Fn, undefined];
      if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
      flushPartial();
      if (typeof callback === 'function') queueTick(callback, []);
      return stream;
    },
    cork() {},
    uncork() {},
    setDefaultEncoding(encoding: string): Stdio {
      defaultEncoding = encoding;
      return stream;
    },
    destroy(): Stdio {
      return stream;
    },
    getColorDepth(): number {
      return 1;
    },
    hasColors(): boolean {
      return false;
    },
  });
  return stream;
}

/** An empty stdin: no data, it ends as soon as it is read. */
function makeReader(): Stdio {
  const stream = new EventEmitter() as Stdio;
  let ended = false;
  const finish = () => {
    if (ended) return;
    ended = true;
    stream.readable = false;
    stream.readableEnded = true;
    queueTick(() => {
      stream.emit('end');
      stream.emit('close');
    }, []);
  };
  Object.assign(stream, {
    fd: 0,
    isTTY: false,
    readable: true,
    readableEnded: false,
    readableFlowing: null,
    destroyed: false,
    read: () => {
      finish();
      return null;
    },
    resume(): Stdio {
      stream.readableFlowing = true;
      finish();
      return stream;
    },
    pause(): Stdio {
      stream.readableFlowing = false;
      return stream;
    },
    setEncoding(): Stdio {
      return stream;
    },
    setRawMode(): Stdio {
      return stream;
    },
    pipe<T extends { end?: () => unknown }>(destination: T, options?: { end?: boolean }): T {
      stream.once('end', () => {
        if (options?.end !== false) destination.end?.();
      });
      finish();
      return destination;
    },
    unpipe(): Stdio {
      return stream;
    },
    destroy(): Stdio {
      stream.destroyed = true;
      return stream;
    },
    async *[Symbol.asyncIterator]() {
      finish();
    },
  });
  stream.on('newListener', (event: string) => {
    if (event === 'data' || event === 'readable' || event === 'end') finish();
  });
  return stream;
}

/** The light stdout/stderr, kept after an upgrade: the real streams print through them. */
const lightStdout: Stdio = /*#__PURE__*/ makeWriter(1);
const lightStderr: Stdio = /*#__PURE__*/ makeWriter(2);

/**
 * Node's `process.stdout`: prints whole lines with `console.log`. Browser: not a TTY; a light
 * Writable-like EventEmitter (`write()` returns true, callbacks on the next tick) unless
 * `polynode/polyfills/stdio` made it a real `stream.Writable`.
 */
export let stdout: Stdio = lightStdout;

/** Node's `process.stderr`: as stdout, onto `console.error`. */
export let stderr: Stdio = lightStderr;

/**
 * Node's `process.stdin`. Browser: a page has no standard input: empty, it ends (`'end'`) as
 * soon as it is read; with `polynode/polyfills/stdio`, a real `stream.Readable` the page
 * feeds through `feedStdin()`.
 */
export let stdin: Stdio = /*#__PURE__*/ makeReader();

/** The stream classes {@link installStdioStreams} builds on (polynode's `stream`). */
export interface StdioEngine {
  Readable: new (options: Record<string, unknown>) => Stdio;
  Writable: new (options: Record<string, unknown>) => Stdio;
}

/** Feeds the real stdin: a chunk (string or bytes), or `null` to end it. */
export type StdinFeeder = (chunk: string | Uint8Array | null) => void;

let feeder: StdinFeeder | undefined;

/** A real Writable printing through `light`'s line buffer. */
function realWriter(engine: StdioEngine, light: Stdio, fd: 1 | 2): Stdio {
  const stream = new engine.Writable({
    write(chunk: Uint8Array, _encoding: string, callback: Fn) {
      light.write(chunk);
      callback();
    },
    final(callback: Fn) {
      light.end();
      callback();
    },
  });
  Object.assign(stream, {
    fd,
    _type: 'pipe',
    _isStdio: true,
    isTTY: false,
    getColorDepth: () => 1,
    hasColors: () => false,
  });
  stream.destroySoon = stream.destroy;
  return stream;
}

/**
 * Replaces stdout, stderr and stdin with real streams built on `engine` (once; later calls
 * return the same feeder). stdin ends when first read unless something was fed before, as
 * `node < /dev/null` does; after a first `feed()` it stays open until `feed(null)`.
 */
export function installStdioStreams(engine: StdioEngine): StdinFeeder {
  if (feeder !== undefined) return feeder;
  stdout = realWriter(engine, lightStdout, 1);
  stderr = realWriter(engine, lightStderr, 2);
  let fed = false;
  const input = new engine.Readable({
    read() {
      if (!fed) input.push(null);
    },
  });
  Object.assign(input, { fd: 0, isTTY: false, setRawMode: () => input });
  stdin = input;
  feeder = (chunk) => {
    if (chunk !== null && typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array', 'null'], chunk);
    }
    fed = true;
    if (input.readableEnded || input.destroyed) return;
    input.push(chunk);
  };
  return feeder;
}
