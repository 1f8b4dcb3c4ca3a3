/**
 * The Web Worker bootstrap shared by `worker_threads.Worker` and `child_process.fork()`:
 * the first module every polynode worker runs. It is its own built file
 * (`dist/internal/worker/bootstrap/index.js`), started by `../spawn.ts` with
 * `new Worker(new URL('./bootstrap/index.js', import.meta.url), { type: 'module' })`.
 *
 * It waits for the init message, installs Node's globals and the worker's `process`
 * (env, argv, exit, stdout/stderr forwarded to the parent, `send` for forked children),
 * publishes the worker state (`isMainThread`, `parentPort`, `workerData`, `threadId`) and only
 * then `import()`s the user module, so that `workerData` is there at its top level. Messages
 * the parent posted meanwhile are delivered after the module has loaded, in order.
 *
 * Uncaught errors and unhandled rejections are caught here (the platform would hand the
 * parent a bare message, and rejections not at all) and reported with their class, message,
 * stack and own fields, then the worker exits with code 1. `process.exit(n)` reports `n`.
 * When nothing keeps the worker busy any more (timers, 'message' listeners, piped stdin,
 * fetches, child workers), it exits with `process.exitCode || 0`, as Node's event loop would.
 *
 * This is the one polynode file besides polyfills/ with side effects: it *is* the worker's
 * environment.
 *
 * @packageDocumentation
 */
import '../../../../polyfills/globals.js';
import { Buffer } from '../../../buffer/index.js';
import { Console } from '../../../console/index.js';
import process from '../../../process/index.js';
import { inspect } from '../../../util/index.js';
import { queueTick } from '../../ticks.js';
import { ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS, ERR_UNHANDLED_REJECTION } from '../../errors.js';
import { adoptPorts, defineNodePortMethods, PortCore } from '../ports.js';
import { envelope, isEnvelope, serializeThrown, type EnvelopeKind, type InitMessage } from '../protocol.js';
import { kWorkerState, type WorkerState } from '../state.js';

type Fn = (...args: any[]) => unknown;
type Proc = typeof process & Record<string, any>;

const scope = globalThis as unknown as Record<string, any>;
const proc = process as Proc;

const native = {
  setTimeout: scope.setTimeout.bind(scope),
  clearTimeout: scope.clearTimeout.bind(scope),
  setInterval: scope.setInterval.bind(scope),
  clearInterval: scope.clearInterval.bind(scope),
  postMessage: scope.postMessage.bind(scope),
  close: scope.close.bind(scope),
};

function post(kind: EnvelopeKind, value?: unknown, transfer: Transferable[] = []): void {
  if (!exited) native.postMessage(envelope(kind, value), transfer);
}

// ---------------------------------------------------------------------------------------
// Exit: explicit, fatal, or natural (nothing keeps the worker busy).
// ---------------------------------------------------------------------------------------

let exited = false;
let loaded = false;
let busy = 0;
let exitCheck: ReturnType<typeof setTimeout> | undefined;

/** Reports `code` to the parent and ends the worker. */
function exitNow(code: unknown): void {
  if (exited) return;
  const number = typeof code === 'number' ? code | 0 : Number.parseInt(String(code), 10) || 0;
  post('exit', number);
  exited = true;
  native.close();
}

function ref(): void {
  busy++;
}

function unref(): void {
  busy--;
  scheduleExitCheck();
}

/** After the module loaded, a task with nothing busy means the loop is empty: exit as Node does. */
function scheduleExitCheck(): void {
  if (!loaded || exited || busy > 0 || exitCheck !== undefined) return;
  // Two task hops: an unhandled rejection is reported by its own task, which must come first.
  exitCheck = native.setTimeout(() => {
    exitCheck = native.setTimeout(() => {
      exitCheck = undefined;
      if (busy > 0 || exited) return;
      // process.exit() emits 'exit' with process.exitCode || 0, then reallyExit → exitNow.
      proc.exit();
    }, 0);
  }, 0);
}

/** An uncaught error: `'uncaughtException'` listeners may take it, else it ends the worker. */
function fatal(error: unknown): void {
  if (exited) return;
  try {
    if (proc._fatalException(error)) return;
  } catch (thrown) {
    error = thrown;
  }
  if (init?.kind === 'fork') {
    // A child process prints its uncaught error on stderr and exits with 1 (no 'error' in the parent).
    writeOut('err', `${inspect(error)}\n`);
  } else {
    post('error', serializeThrown(error));
  }
  exitNow(1);
}

scope.addEventListener('error', (event: ErrorEvent) => {
  event.preventDefault();
  // polynode's process wires its own page 'error' listener when someone listens for
  // 'uncaughtException': this one already handed the error over.
  event.stopImmediatePropagation();
  fatal(event.error ?? new Error(event.message));
});

scope.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  event.preventDefault();
  event.stopImmediatePropagation();
  if (exited) return;
  if (proc.listenerCount('unhandledRejection') > 0) {
    proc.emit('unhandledRejection', event.reason, event.promise);
    return;
  }
  // Node 16's default (--unhandled-rejections=throw): the reason becomes an uncaught exception.
  const reason: unknown = event.reason;
  fatal(reason instanceof Error ? reason : new ERR_UNHANDLED_REJECTION(reason));
});

// ---------------------------------------------------------------------------------------
// Keep-alive: timers, intervals and immediates keep the worker busy until they run or are cleared.
// ---------------------------------------------------------------------------------------

function trackTimers(): void {
  const pending = new Set<unknown>();
  scope.setTimeout = ((callback: unknown, delay?: number, ...args: unknown[]) => {
    if (typeof callback !== 'function') return native.setTimeout(callback as TimerHandler, delay, ...args);
    ref();
    const id = native.setTimeout(() => {
      pending.delete(id);
      try {
        (callback as Fn)(...args);
      } finally {
        unref();
      }
    }, delay);
    pending.add(id);
    return id;
  }) as typeof scope.setTimeout;
  scope.clearTimeout = ((id?: number) => {
    if (pending.delete(id)) unref();
    native.clearTimeout(id);
  }) as typeof scope.clearTimeout;
  const intervals = new Set<unknown>();
  scope.setInterval = ((callback: unknown, delay?: number, ...args: unknown[]) => {
    const id = native.setInterval(callback as TimerHandler, delay, ...args);
    if (typeof callback === 'function') {
      intervals.add(id);
      ref();
    }
    return id;
  }) as typeof scope.setInterval;
  scope.clearInterval = ((id?: number) => {
    if (intervals.delete(id)) unref();
    native.clearInterval(id);
  }) as typeof scope.clearInterval;
  const setImmediate = scope.setImmediate as Fn | undefined;
  const clearImmediate = scope.clearImmediate as Fn | undefined;
  if (typeof setImmediate === 'function' && typeof clearImmediate === 'function') {
    const immediates = new Set<unknown>();
    scope.setImmediate = (callback: Fn, ...args: unknown[]) => {
      ref();
      const immediate = setImmediate((...params: unknown[]) => {
        immediates.delete(immediate);
        try {
          callback(...params);
        } finally {
          unref();
        }
      }, ...args);
      immediates.add(immediate);
      return immediate;
    };
    scope.clearImmediate = (immediate: unknown) => {
      if (immediates.delete(immediate)) unref();
      clearImmediate(immediate);
    };
  }
  const fetch = scope.fetch as Fn | undefined;
  if (typeof fetch === 'function') {
    scope.fetch = (...args: unknown[]) => {
      ref();
      const settle = () => unref();
      const result = Promise.resolve(fetch(...args));
      result.then(settle, settle);
      return result;
    };
  }
}

// ---------------------------------------------------------------------------------------
// stdio
// ---------------------------------------------------------------------------------------

/** A fresh copy of a chunk's bytes (Buffer.from may hand out a slice of a shared pool, which must not be transferred). */
function toBytes(chunk: unknown, encoding: unknown): Uint8Array {
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
  const text = typeof chunk === 'string' ? chunk : String(chunk);
  if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return new TextEncoder().encode(text);
  return new Uint8Array(Buffer.from(text, encoding as 'utf8'));
}

function writeOut(kind: 'out' | 'err', chunk: unknown, encoding?: unknown): void {
  const bytes = toBytes(chunk, encoding);
  post(kind, bytes, [bytes.buffer]);
}

/** process.stdout/stderr write to the parent; the worker's console prints through them, as in Node. */
function forwardStdio(): void {
  for (const [name, kind] of [
    ['stdout', 'out'],
    ['stderr', 'err'],
  ] as const) {
    const stream = proc[name] as Record<string, any>;
    stream.write = (chunk: unknown, encoding?: unknown, callback?: unknown): boolean => {
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      writeOut(kind, chunk, encoding);
      if (typeof callback === 'function') queueTick(callback as Fn, [null]);
      return true;
    };
  }
  const nodeConsole = new Console(proc.stdout, proc.stderr) as unknown as Record<string, unknown>;
  const pageConsole = scope.console as unknown as Record<string, unknown>;
  for (const key of Object.keys(nodeConsole)) {
    if (typeof nodeConsole[key] === 'function') pageConsole[key] = nodeConsole[key];
  }
}

/**
 * With `stdin: true` (or a piped child stdin), process.stdin is a real Readable (polynode's
 * stdio polyfill) fed with what the parent writes; it keeps the worker busy while read.
 */
async function pipeStdin(): Promise<(kind: 'in' | 'inend', chunk?: unknown) => void> {
  const { feedStdin } = await import('../../../../polyfills/stdio.js');
  feedStdin('');
  const stdin = proc.stdin as Record<string, any>;
  let refed = false;
  stdin.on('newListener', (event: string) => {
    if (!refed && !stdin.readableEnded && (event === 'data' || event === 'readable')) {
      refed = true;
      ref();
    }
  });
  stdin.once('end', () => {
    if (!refed) return;
    refed = false;
    unref();
  });
  return (kind, chunk) => feedStdin(kind === 'in' ? (chunk as Uint8Array) : null);
}

// ---------------------------------------------------------------------------------------
// IPC of forked children: process.send, 'message', disconnect, signals.
// ---------------------------------------------------------------------------------------

function setupIpc(serialization: 'json' | 'advanced'): { message(value: unknown): void; disconnect(): void; signal(name: string): void } {
  let connected = true;
  let refed = false;
  let channelRef = true;
  const updateRef = () => {
    const want = connected && channelRef && proc.listenerCount('message') > 0;
    if (want === refed) return;
    refed = want;
    if (want) ref();
    else unref();
  };
  const SIGNAL = /^SIG[A-Z0-9]+$/;
  const reportSignals = () => post('sigs', proc.eventNames().filter((name: unknown) => typeof name === 'string' && SIGNAL.test(name)));
  proc.on('newListener', (event: unknown) => {
    queueMicrotask(() => {
      updateRef();
      if (typeof event === 'string' && SIGNAL.test(event)) reportSignals();
    });
  });
  proc.on('removeListener', (event: unknown) => {
    updateRef();
    if (typeof event === 'string' && SIGNAL.test(event)) reportSignals();
  });
  const closed = () => {
    if (!connected) return;
    connected = false;
    updateRef();
    queueTick(() => proc.emit('disconnect'), []);
  };
  Object.defineProperty(proc, 'connected', { get: () => connected, enumerable: true, configurable: true });
  proc.channel = {
    ref() {
      channelRef = true;
      updateRef();
    },
    unref() {
      channelRef = false;
      updateRef();
    },
    hasRef: () => refed,
  };
  proc.send = function send(message: unknown, handle?: unknown, options?: unknown, callback?: unknown): boolean {
    if (typeof handle === 'function') [callback, handle, options] = [handle, undefined, undefined];
    else if (typeof options === 'function') [callback, options] = [options, undefined];
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (!connected) {
      const error = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') queueTick(callback as Fn, [error]);
      else queueTick(() => proc.emit('error', error), []);
      return false;
    }
    const value = serialization === 'json' ? JSON.parse(JSON.stringify(message)) : message;
    post('m', value);
    if (typeof callback === 'function') queueTick(callback as Fn, [null]);
    return true;
  };
  proc.disconnect = function disconnect(): void {
    if (!connected) {
      proc.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    post('disc');
    closed();
  };
  proc._channel = proc.channel;
  return {
    message: (value) => {
      if (connected) proc.emit('message', value);
    },
    disconnect: closed,
    signal: (name) => {
      if (proc.listenerCount(name) > 0) proc.emit(name, name);
    },
  };
}

// ---------------------------------------------------------------------------------------
// Start-up
// ---------------------------------------------------------------------------------------

let init: InitMessage | undefined;
const early: MessageEvent[] = [];
let route: (event: MessageEvent) => void = (event) => early.push(event);

scope.onmessage = (event: MessageEvent) => {
  const data: unknown = event.data;
  if (!isEnvelope(data)) return;
  if (init === undefined) {
    if (data.k === 'init') start(data.v as InitMessage);
    return;
  }
  if (exited) return;
  route(event);
};

function start(message: InitMessage): void {
  init = message;
  trackTimers();
  // process: what Node gives a worker thread or a forked child.
  proc.env = message.env;
  proc.argv.splice(0, proc.argv.length, ...message.argv);
  proc.execArgv.splice(0, proc.execArgv.length, ...message.execArgv);
  proc.pid = message.pid;
  proc.ppid = message.ppid;
  proc.reallyExit = (code: unknown) => exitNow(code);
  forwardStdio();
  let stdin: ((kind: 'in' | 'inend', chunk?: unknown) => void) | undefined;
  const ipc = message.ipc ? setupIpc(message.serialization) : undefined;

  let parentPort: PortCore | undefined;
  let parentPortObject: object | null = null;
  if (message.kind === 'thread') {
    parentPort = new PortCore({
      postMessage: (value, transfer) => post('m', value, transfer),
      close: () => {},
    });
    // Node's parentPort is a MessagePort; polynode's is an object with the same API.
    parentPortObject = {};
    defineNodePortMethods(parentPortObject, parentPort);
    Object.defineProperty(parentPortObject, 'start', { value: () => {}, writable: true, configurable: true });
  }

  const state: WorkerState = {
    kind: message.kind,
    threadId: message.threadId,
    workerData: message.workerData,
    parentPort: parentPortObject,
    environmentData: message.environmentData,
    resourceLimits: message.resourceLimits,
    baseURL: message.baseURL,
    pid: message.pid,
    process: proc,
    ref,
    unref,
  };
  Object.defineProperty(globalThis, kWorkerState, { value: state, configurable: true, enumerable: false, writable: false });

  const deliver = (event: MessageEvent) => {
    const data = event.data as { k: EnvelopeKind; v?: unknown };
    switch (data.k) {
      case 'm':
        adoptPorts(event.ports);
        if (parentPort) parentPort.deliver(data.v);
        else ipc?.message(data.v);
        break;
      case 'in':
      case 'inend':
        stdin?.(data.k, data.v);
        break;
      case 'disc':
        ipc?.disconnect();
        break;
      case 'sig':
        ipc?.signal(data.v as string);
        break;
    }
  };

  post('online');
  // Work while the module loads counts as busy; so does a module with top-level await.
  ref();
  const ready = message.stdin ? pipeStdin().then((feed) => void (stdin = feed)) : Promise.resolve();
  ready.then(() => load(message)).then(
    () => {
      loaded = true;
      route = deliver;
      for (const event of early.splice(0)) deliver(event);
      unref();
    },
    (error: unknown) => {
      loaded = true;
      fatal(error);
    },
  );
}

/**
 * `import()` of a URL only known at run time, left alone by bundlers. The specifier is a
 * template literal on purpose: Vite's dev server wraps a non-literal `import(x)` in a helper
 * imported from its HMR client, which would load that client (a WebSocket and its console
 * lines on the worker's stdout) into every worker; a template literal whose text has no
 * extension passes its check as a JavaScript URL and stays a plain `import()`.
 */
function importModule(href: string): Promise<unknown> {
  return import(/* webpackIgnore: true */ /* @vite-ignore */ `${href}`);
}

/** Where the `eval: true` script finds its CommonJS arguments (read once by the script). */
const kEvalScope = Symbol.for('polynode.worker.evalScope');

/**
 * Imports the user module, or runs the `eval: true` code as a CommonJS-style script with
 * `require`. The code becomes a Blob URL module (no `eval`/`new Function`, so a page whose CSP
 * forbids `unsafe-eval` can still use it when it allows `blob:` scripts). Browser: being a
 * module, the script runs in strict mode (Node runs it sloppy).
 */
async function load(message: InitMessage): Promise<void> {
  if (!message.isEval) {
    await importModule(message.url);
    return;
  }
  const { createRequire } = await import('../../../module/index.js');
  const filename = '[worker eval]';
  const module = { exports: {} as unknown, id: filename, filename, loaded: false };
  (globalThis as Record<symbol, unknown>)[kEvalScope] = { exports: module.exports, require: createRequire(message.baseURL), module, filename };
  const source =
    `const s = globalThis[Symbol.for('polynode.worker.evalScope')];\n` +
    `delete globalThis[Symbol.for('polynode.worker.evalScope')];\n` +
    `(function (exports, require, module, __filename, __dirname) {\n${message.url}\n}).call(s.exports, s.exports, s.require, s.module, s.filename, '.');\n`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    await importModule(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}
