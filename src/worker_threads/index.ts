/**
 * polynode's `worker_threads`: Node 16.13.1's `worker_threads` module for the browser, over
 * module Web Workers.
 *
 * `new Worker(url)` starts polynode's worker bootstrap, which sets up `process`, `Buffer`,
 * `parentPort`, `workerData` and `threadId` and then imports the module at `url`. Events
 * come in Node's order (`'online'` before the first `'message'`, `'error'` before
 * `'exit'`), with Node's exit codes (0, `process.exit(n)`, 1 after an uncaught error or
 * `terminate()`), and are emitted in the async context the Worker was created in.
 *
 * Browser:
 * - the script is a URL: a `URL` object (`new URL('./w.js', import.meta.url)`, the form
 *   bundlers follow), an absolute URL string, or a `./`/`../`/`/` path resolved against the
 *   page's base URL (Node resolves against the working directory); `eval: true` runs a
 *   CommonJS-style script whose `require` gives polynode's modules;
 * - with a bundler, `new Worker(new URL('./w.js', import.meta.url))` is the form Vite, webpack
 *   and polynode's Rollup and esbuild plugins bundle as a worker; a copy of polynode bundled
 *   into the worker module shares the worker's `process`, `parentPort` and `workerData`;
 * - a worker exits by itself when nothing keeps it busy: timers, intervals, immediates,
 *   `'message'` listeners on `parentPort` or ports, a piped stdin, fetches, child workers.
 *   Other pending work (IndexedDB, WebSockets) is not seen: keep a timer or a listener;
 * - `resourceLimits` is reported, not enforced; `env: SHARE_ENV` copies the env, not shares it;
 *   `receiveMessageOnPort` returns only messages that already arrived;
 *   `getHeapSnapshot` and `moveMessagePortToContext` are unavailable.
 *
 * @packageDocumentation
 */
import { EventEmitter } from '../events/index.js';
import process from '../process/index.js';
import { Readable, Writable } from '../stream/index.js';
import { callInContext, captureContext, type Context } from '../internal/async-context/index.js';
import {
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_WORKER_NOT_RUNNING,
  ERR_WORKER_PATH,
  nativeError,
} from '../internal/errors.js';
import { validateObject } from '../internal/validators.js';
import { unavailable } from '../internal/unavailable.js';
import { queueTick } from '../internal/ticks.js';
import { isMessagePort, nodePort, portCore, transferListOf, untransferable } from '../internal/worker/ports.js';
import { LaunchedWorker, type WorkerSink } from '../internal/worker/spawn.js';
import { baseURL, environmentData, nextThreadId, workerState } from '../internal/worker/state.js';

type Fn = (...args: any[]) => unknown;

/** Node's `worker_threads.SHARE_ENV`. Browser: the worker gets a copy of the env (threads share no memory by default). */
export const SHARE_ENV: unique symbol = Symbol.for('nodejs.worker_threads.SHARE_ENV') as never;

/** Node's `worker_threads.isMainThread`: false inside a worker polynode started. */
export const isMainThread: boolean = /*#__PURE__*/ (() => workerState()?.kind !== 'thread')();

/** Node's `worker_threads.parentPort`: the port to the parent inside a worker, else null. */
export const parentPort: NodeMessagePort | null = /*#__PURE__*/ (() =>
  workerState()?.kind === 'thread' ? (workerState()!.parentPort as NodeMessagePort) : null)();

/** Node's `worker_threads.workerData`: a clone of the creator's `workerData` inside a worker, else null. */
export const workerData: unknown = /*#__PURE__*/ (() => (workerState()?.kind === 'thread' ? workerState()!.workerData : null))();

/** Node's `worker_threads.threadId`: 0 on the main thread; 1, 2, 3 … in workers (unique in the page). */
export const threadId: number = /*#__PURE__*/ (() => workerState()?.threadId ?? 0)();

/** Node's `worker_threads.resourceLimits`: inside a worker, the limits it was given (reported, not enforced); `{}` on the main thread. */
export const resourceLimits: Record<string, number> = /*#__PURE__*/ (() =>
  workerState()?.kind === 'thread' ? workerState()!.resourceLimits : {})();

/** A MessagePort with Node's EventEmitter API on top of the platform's. */
export interface NodeMessagePort {
  postMessage(value: unknown, transferList?: readonly unknown[] | { transfer?: readonly unknown[] }): void;
  close(): void;
  start(): void;
  ref(): void;
  unref(): void;
  hasRef(): boolean;
  on(event: string | symbol, listener: Fn): this;
  once(event: string | symbol, listener: Fn): this;
  off(event: string | symbol, listener: Fn): this;
  addListener(event: string | symbol, listener: Fn): this;
  removeListener(event: string | symbol, listener: Fn): this;
  removeAllListeners(event?: string | symbol): this;
  emit(event: string | symbol, ...args: unknown[]): boolean;
  listenerCount(event: string | symbol): number;
  [key: string]: any;
}

/**
 * Node's `worker_threads.MessagePort`. Not constructible (Node throws `Constructor cannot
 * be called`); `instanceof` holds for every port polynode hands out. Browser: the ports are
 * the platform's MessagePort objects carrying Node's `on`/`once`/`off`/`ref`/`unref` methods,
 * so they still transfer in transfer lists.
 */
export const MessagePort = /*#__PURE__*/ (() => {
  class MessagePort {
    constructor() {
      throw nativeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    }
    static [Symbol.hasInstance](value: unknown): boolean {
      return isMessagePort(value);
    }
  }
  return MessagePort as unknown as { new (): NodeMessagePort; prototype: NodeMessagePort };
})();

/**
 * Node's `worker_threads.MessageChannel`: `port1` and `port2`, entangled. A message is
 * delivered once a `'message'` listener is attached; `close()` on either end emits `'close'`
 * on both. Browser: the platform's MessageChannel underneath.
 */
export class MessageChannel {
  readonly port1: NodeMessagePort;
  readonly port2: NodeMessagePort;
  constructor() {
    const channel = new globalThis.MessageChannel();
    this.port1 = nodePort(channel.port1) as unknown as NodeMessagePort;
    this.port2 = nodePort(channel.port2) as unknown as NodeMessagePort;
  }
}

/**
 * Node's `worker_threads.BroadcastChannel`: the platform's BroadcastChannel (every worker
 * and the page of one origin share a name) with Node's `ref`/`unref` and `onmessage`.
 */
export const BroadcastChannel = /*#__PURE__*/ (() => {
  const Native = (globalThis as { BroadcastChannel?: typeof globalThis.BroadcastChannel }).BroadcastChannel;
  if (typeof Native !== 'function') return unavailable('worker_threads.BroadcastChannel') as unknown as typeof globalThis.BroadcastChannel;
  class BroadcastChannel extends Native {
    constructor(name: unknown) {
      if (arguments.length === 0) throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
      super(`${name as string}`);
    }
    ref(): this {
      return this;
    }
    unref(): this {
      return this;
    }
  }
  return BroadcastChannel;
})();

/** Node throws this one from C++: its own message, no "[code]" in String(err). */
function notAPort(): TypeError {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
}

/**
 * Node's `worker_threads.receiveMessageOnPort(port)`: `{ message }` for the oldest message
 * waiting on the port, or undefined. Browser: only messages that already arrived and wait for
 * a `'message'` listener can be taken (a page cannot pull one from the platform synchronously).
 */
export function receiveMessageOnPort(port: unknown): { message: unknown } | undefined {
  const core = portCore(port);
  if (!core) throw notAPort();
  if (core.queue.length === 0) return undefined;
  return { message: core.queue.shift() };
}

/** Node's `worker_threads.markAsUntransferable(object)`: the object is left out of later transfer lists. */
export function markAsUntransferable(object: unknown): void {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  untransferable.add(object);
}

/**
 * Node's `worker_threads.moveMessagePortToContext(port, context)`. Browser: throws
 * `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM` for a port (there are no vm contexts), Node's
 * `ERR_INVALID_ARG_TYPE` for anything else.
 */
export function moveMessagePortToContext(port: unknown, _contextifiedSandbox?: unknown): never {
  if (!isMessagePort(port)) throw notAPort();
  throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('worker_threads.moveMessagePortToContext');
}

/** Node's `worker_threads.getEnvironmentData(key)`: the value set in this thread or inherited by it. */
export function getEnvironmentData(key: unknown): unknown {
  return environmentData().get(key);
}

/** Node's `worker_threads.setEnvironmentData(key, value)`: copied into workers created afterwards; `undefined` deletes. */
export function setEnvironmentData(key: unknown, value: unknown): void {
  if (value === undefined) environmentData().delete(key);
  else environmentData().set(key, value);
}

/** The options of `new Worker(filename, options)`. */
export interface WorkerOptions {
  argv?: unknown[];
  env?: Record<string, string | undefined> | typeof SHARE_ENV;
  eval?: boolean;
  execArgv?: string[];
  stdin?: boolean;
  stdout?: boolean;
  stderr?: boolean;
  workerData?: unknown;
  trackUnmanagedFds?: boolean;
  transferList?: readonly unknown[];
  resourceLimits?: { maxYoungGenerationSizeMb?: number; maxOldGenerationSizeMb?: number; codeRangeSizeMb?: number; stackSizeMb?: number };
  name?: string;
}

const SCHEME = /^(https?|blob|data|file):/i;

/** The URL a Worker filename stands for (ERR_WORKER_PATH for a bare name, as Node). */
function resolveModuleURL(filename: string | URL): string {
  let href: string;
  if (filename instanceof URL) href = filename.href;
  else if (SCHEME.test(filename)) href = new URL(filename).href;
  else if (/^\.\.?[\\/]/.test(filename) || filename.startsWith('/')) href = new URL(filename, baseURL()).href;
  else throw new ERR_WORKER_PATH(filename);
  return asModuleWorkerURL(href);
}

/** Vite's dev-server marker of a worker entry served for a classic worker. */
const VITE_CLASSIC_WORKER = /([?&]worker_file&type=)classic(?=&|#|$)/;

/**
 * Vite's dev server serves `new Worker(new URL('./w.js', import.meta.url))` without a
 * `type: 'module'` option as `w.js?worker_file&type=classic`, prefixed with an
 * `importScripts()` call that a module worker cannot make. polynode always imports the user
 * module from a module worker, so it asks for the module variant of the same file.
 */
function asModuleWorkerURL(href: string): string {
  return href.replace(VITE_CLASSIC_WORKER, '$1module');
}

function envCopy(env: unknown): Record<string, string> {
  const source = env === undefined || env === SHARE_ENV ? process.env : (env as Record<string, unknown>);
  const copy: Record<string, string> = {};
  for (const key of Object.keys(source)) if (source[key] !== undefined) copy[key] = `${source[key] as string}`;
  return copy;
}

const kHandle = Symbol('kHandle');

/**
 * Node's `worker_threads.Worker`: an EventEmitter for one worker thread, with events
 * `'online'`, `'message'`, `'messageerror'`, `'error'`, `'exit'` (the exit code) and
 * `postMessage`, `terminate()` (a Promise of the exit code), `ref`/`unref`, `threadId`
 * (-1 after the exit, as Node), `resourceLimits`, `stdin`/`stdout`/`stderr`.
 * Browser: see the module notes; `getHeapSnapshot()` rejects with
 * `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`.
 */
export class Worker extends EventEmitter {
  /** Node's `worker.stdin`: a Writable with `stdin: true`, else null. */
  readonly stdin: InstanceType<typeof Writable> | null;
  /** Node's `worker.stdout`: what the worker writes to process.stdout, with `stdout: true` (else it goes to the page's process.stdout). */
  readonly stdout: InstanceType<typeof Readable>;
  /** Node's `worker.stderr`: as stdout, for process.stderr. */
  readonly stderr: InstanceType<typeof Readable>;
  /** Node's `worker.performance`. Browser: the worker's loop cannot be observed; zeros. */
  readonly performance = { eventLoopUtilization: () => ({ idle: 0, active: 0, utilization: 0 }) };
  private [kHandle]: LaunchedWorker | null;
  readonly #threadId: number;
  readonly #context: Context | undefined = captureContext();
  #limits: Record<string, number>;
  #exitWaiters: ((code: number) => void)[] = [];

  constructor(filename: string | URL, options: WorkerOptions = {}) {
    super();
    validateObject(options, 'options');
    const isEval = options.eval === true;
    let url: string;
    if (isEval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval, "must be false when 'filename' is not a string");
      }
      url = filename;
    } else {
      if (typeof filename !== 'string' && !(filename instanceof URL)) throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
      url = resolveModuleURL(filename);
    }
    if (options.execArgv !== undefined && !Array.isArray(options.execArgv)) {
      throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
    }
    if (options.argv !== undefined && !Array.isArray(options.argv)) throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
    const env = options.env;
    if (env !== undefined && env !== SHARE_ENV && (typeof env !== 'object' || env === null)) {
      throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
    }
    const limits = options.resourceLimits ?? {};
    this.#limits = {
      maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb ?? -1,
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb ?? -1,
      codeRangeSizeMb: limits.codeRangeSizeMb ?? -1,
      stackSizeMb: limits.stackSizeMb ?? 4,
    };
    this.#threadId = nextThreadId();
    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    const pipeStdout = options.stdout === true;
    const pipeStderr = options.stderr === true;

    const sink: WorkerSink = {
      online: () => this.#emit('online'),
      message: (value) => this.#emit('message', value),
      stdout: (chunk) => (pipeStdout ? this.stdout.push(chunk) : process.stdout.write(chunk)),
      stderr: (chunk) => (pipeStderr ? this.stderr.push(chunk) : process.stderr.write(chunk)),
      error: (error) => this.#emit('error', error),
      exit: (code) => this.#exited(code),
      disconnect: () => {},
      signals: () => {},
    };
    const transfer = transferListOf(options.transferList) as Transferable[];
    this[kHandle] = new LaunchedWorker(
      {
        kind: 'thread',
        url,
        isEval,
        workerData: options.workerData,
        env: envCopy(env),
        argv: [process.execPath, isEval ? '[worker eval]' : url, ...(options.argv ?? []).map((arg) => `${arg as string}`)],
        execArgv: options.execArgv ? options.execArgv.map(String) : [...process.execArgv],
        threadId: this.#threadId,
        pid: process.pid,
        ppid: process.ppid,
        cwd: process.cwd(),
        baseURL: baseURL(),
        environmentData: new Map(environmentData()),
        resourceLimits: {
          maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb ?? 48,
          maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb ?? 4096,
          codeRangeSizeMb: limits.codeRangeSizeMb ?? 0,
          stackSizeMb: limits.stackSizeMb ?? 4,
        },
        ipc: false,
        serialization: 'advanced',
        stdin: options.stdin === true,
      },
      transfer,
      sink,
      options.name ? `${options.name}` : `polynode worker ${this.#threadId}`,
    );
    this.stdin = options.stdin === true ? this.#stdinWriter() : null;
  }

  #stdinWriter(): InstanceType<typeof Writable> {
    return new Writable({
      write: (chunk: Uint8Array, _encoding: string, callback: (error?: Error | null) => void) => {
        const bytes = new Uint8Array(chunk);
        this[kHandle]?.post('in', bytes, [bytes.buffer]);
        callback();
      },
      final: (callback: (error?: Error | null) => void) => {
        this[kHandle]?.post('inend');
        callback();
      },
    });
  }

  #emit(event: string, ...args: unknown[]): void {
    if (this.#context === undefined) this.emit(event, ...args);
    else callInContext(this.#context, this.emit, this, [event, ...args]);
  }

  #exited(code: number): void {
    this[kHandle] = null;
    this.#limits = {};
    this.stdout.push(null);
    this.stderr.push(null);
    if (this.stdin && !this.stdin.destroyed) this.stdin.destroy();
    const waiters = this.#exitWaiters.splice(0);
    this.#emit('exit', code);
    for (const resolve of waiters) resolve(code);
  }

  /** Node's `worker.threadId`: -1 once the worker has exited. */
  get threadId(): number {
    return this[kHandle] === null ? -1 : this.#threadId;
  }

  /** Node's `worker.resourceLimits`: what the worker was given (-1 = the engine's default); `{}` after the exit. */
  get resourceLimits(): Record<string, number> {
    return this.#limits;
  }

  /** Node's `worker.postMessage(value[, transferList])`: a structured clone to the worker's `parentPort`. */
  postMessage(value: unknown, transferList?: readonly unknown[] | { transfer?: readonly unknown[] }): void {
    if (arguments.length === 0) throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'The "value" argument must be specified');
    this[kHandle]?.post('m', value, transferListOf(transferList));
  }

  /**
   * Node's `worker.terminate()`: stops the worker; the Promise resolves with the exit code
   * (1), after `'exit'`. On a worker that has already exited it resolves with undefined.
   */
  terminate(callback?: (error: Error | null, code?: number) => void): Promise<number | undefined> {
    const handle = this[kHandle];
    if (handle === null) {
      if (typeof callback === 'function') queueTick(callback as Fn, [null, undefined]);
      return Promise.resolve(undefined);
    }
    const done = new Promise<number>((resolve) => this.#exitWaiters.push(resolve));
    if (typeof callback === 'function') done.then((code) => callback(null, code));
    handle.terminate();
    // The platform's terminate() fires nothing: 'exit' (code 1, as Node's) on a later task.
    setTimeout(() => this.#exited(1), 0);
    this[kHandle] = null;
    return done;
  }

  /** Node's `worker.ref()`: the worker keeps its creator's thread alive (only meaningful inside a worker). */
  ref(): void {
    this[kHandle]?.ref();
  }

  /** Node's `worker.unref()`. */
  unref(): void {
    this[kHandle]?.unref();
  }

  /** Node's `worker.getHeapSnapshot()`. Browser: rejects with ERR_FEATURE_UNAVAILABLE_ON_PLATFORM (ERR_WORKER_NOT_RUNNING after the exit). */
  getHeapSnapshot(): Promise<never> {
    if (this[kHandle] === null) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return Promise.reject(new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('worker.getHeapSnapshot'));
  }
}

/** Node's `worker_threads` module object: what `import workerThreads from 'worker_threads'` and `require('worker_threads')` give. */
const workerThreadsModule = {
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  SHARE_ENV,
  Worker,
  getEnvironmentData,
  isMainThread,
  markAsUntransferable,
  moveMessagePortToContext,
  parentPort,
  receiveMessageOnPort,
  resourceLimits,
  setEnvironmentData,
  threadId,
  workerData,
};
export default workerThreadsModule;
