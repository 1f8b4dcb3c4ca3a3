/**
 * polynode's `child_process`: Node 16.13.1's `child_process` module for the browser.
 *
 * - `fork(modulePath | URL, args, options)` runs a JavaScript module as a "process" in a
 *   module Web Worker (polynode's bootstrap): `send`/`'message'` over an IPC channel with JSON
 *   or `'advanced'` (structured clone) serialization, `disconnect()`, `kill()`, exit codes,
 *   `stdin`/`stdout`/`stderr` streams with `silent: true` (else the output goes to the
 *   page's `process.stdout`/`stderr`), and Node's event order: `spawn`, output and messages,
 *   `disconnect`, `exit (code, signal)`, `close`. Events are emitted in the async context
 *   the child was created in.
 * - `spawn`/`execFile`/`exec` run `node <script> …` (and `node -e <code>`) the same way,
 *   without IPC, and commands registered with {@link registerCommand} (JavaScript functions
 *   given argv, env and stdio streams). Any other command fails exactly as a missing binary
 *   does on Node: `spawn x ENOENT` (errno -2, syscall, path, spawnargs), or, through `exec`'s
 *   shell, exit code 127 with `/bin/sh: 1: x: not found` on stderr.
 *
 * Browser:
 * - there is no OS: no real programs, signals, uid/gid, `detached`, or handles for `send()`
 *   (`ERR_INVALID_HANDLE_TYPE`); `kill()` with any signal stops the worker at once and reports
 *   `exit (null, signal)`; `pid`s are synthetic (unique in the page);
 * - `exec` has no real shell: the command line is split on blanks and quotes; shell operators
 *   (`|`, `&&`, `;`, redirections, `$(...)`) fail with exit code 2 and a message on stderr;
 * - `execSync`, `execFileSync` and `spawnSync` throw `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`
 *   (a page cannot block on another thread's work);
 * - a module path that is not a URL resolves against the page's base URL (Node: the working
 *   directory); bundlers follow `fork(new URL('./child.js', import.meta.url), options)`;
 * - as in Node 16, a child whose channel the parent disconnected emits no `'close'`.
 *
 * @packageDocumentation
 */
import { Buffer } from '../buffer/index.js';
import { EventEmitter } from '../events/index.js';
import process from '../process/index.js';
import { Readable, Writable } from '../stream/index.js';
import { callInContext, captureContext, type Context } from '../internal/async-context/index.js';
import {
  AbortError,
  ERR_CHILD_PROCESS_IPC_REQUIRED,
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_HANDLE_TYPE,
  ERR_IPC_CHANNEL_CLOSED,
  ERR_IPC_DISCONNECTED,
  ERR_MISSING_ARGS,
  ERR_UNKNOWN_SIGNAL,
} from '../internal/errors.js';
import { queueTick } from '../internal/ticks.js';
import { unavailable } from '../internal/unavailable.js';
import { validateAbortSignal, validateObject, validateString } from '../internal/validators.js';
import { LaunchedWorker, type WorkerSink } from '../internal/worker/spawn.js';
import { baseURL, environmentData, nextPid } from '../internal/worker/state.js';

type Fn = (...args: any[]) => unknown;
type ReadableStream_ = InstanceType<typeof Readable>;
type WritableStream_ = InstanceType<typeof Writable>;
type StdioKind = 'pipe' | 'inherit' | 'ignore' | 'ipc';

const SIGNALS: Record<string, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9,
  SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGSTKFLT: 16, SIGCHLD: 17,
  SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
  SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31, SIGUNUSED: 31,
};

function signalName(signal: unknown): string {
  if (typeof signal === 'number') {
    const name = Object.keys(SIGNALS).find((key) => SIGNALS[key] === signal);
    if (name) return name;
  } else if (typeof signal === 'string' && signal in SIGNALS) return signal;
  throw new ERR_UNKNOWN_SIGNAL(signal as string);
}

// ---------------------------------------------------------------------------------------
// The command registry
// ---------------------------------------------------------------------------------------

/** What a registered command receives. */
export interface CommandContext {
  /** The arguments after the command name. */
  args: string[];
  env: Record<string, string>;
  cwd: string;
  stdin: ReadableStream_;
  stdout: WritableStream_;
  stderr: WritableStream_;
  /** Aborted when the child is killed. */
  signal: AbortSignal;
}

/** A registered command: returns (or resolves to) its exit code; `undefined` means 0, a throw prints on stderr and exits 1. */
export type CommandHandler = (context: CommandContext) => number | void | Promise<number | void>;

const commands = new Map<string, CommandHandler>();

/**
 * polynode's `child_process.registerCommand(name, handler)` (not in Node): makes `name`
 * runnable by `spawn`, `execFile` and `exec` in this page. Returns a function that removes it.
 */
export function registerCommand(name: string, handler: CommandHandler): () => void {
  validateString(name, 'name');
  if (typeof handler !== 'function') throw new ERR_INVALID_ARG_TYPE('handler', 'Function', handler);
  commands.set(name, handler);
  return () => {
    if (commands.get(name) === handler) commands.delete(name);
  };
}

// ---------------------------------------------------------------------------------------
// ChildProcess
// ---------------------------------------------------------------------------------------

interface StartOptions {
  env?: Record<string, unknown>;
  cwd?: string;
  stdio: StdioKind[];
  serialization?: 'json' | 'advanced';
  execArgv?: string[];
  signal?: AbortSignal;
  timeout?: number;
  killSignal?: string | number;
}

/** Where a child's output goes: its Readable (pipe), the page's process (inherit), or nowhere. */
function outputRoute(kind: StdioKind | undefined, stream: ReadableStream_ | null, fd: 1 | 2): (chunk: Uint8Array) => void {
  if (kind === 'pipe' && stream) return (chunk) => void stream.push(Buffer.from(chunk));
  if (kind === 'ignore') return () => {};
  return (chunk) => void (fd === 1 ? process.stdout : process.stderr).write(chunk);
}

const kStart = Symbol('kStart');

/** An error as a crashing program prints it: the stack, with the message even where the engine's stack lacks it (Firefox). */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const header = `${error.name}: ${error.message}`;
  const stack = typeof error.stack === 'string' ? error.stack : '';
  return stack.includes(error.message) ? stack : stack ? `${header}\n${stack}` : header;
}

/**
 * Node's `child_process.ChildProcess`: an EventEmitter for one child with `pid`, `connected`,
 * `exitCode`, `signalCode`, `killed`, `spawnfile`, `spawnargs`, `stdin`/`stdout`/`stderr`/
 * `stdio`, `send()`, `disconnect()`, `kill()`, `ref()`/`unref()`. Browser: see the module notes.
 */
export class ChildProcess extends EventEmitter {
  pid: number | undefined = undefined;
  connected = false;
  exitCode: number | null = null;
  signalCode: string | null = null;
  killed = false;
  spawnfile: string | undefined = undefined;
  spawnargs: string[] = [];
  stdin: WritableStream_ | null = null;
  stdout: ReadableStream_ | null = null;
  stderr: ReadableStream_ | null = null;
  stdio: (ReadableStream_ | WritableStream_ | null)[] = [null, null, null];
  channel: { ref(): void; unref(): void } | undefined = undefined;
  #context: Context | undefined = captureContext();
  #worker: LaunchedWorker | null = null;
  #abort: AbortController | null = null;
  #serialization: 'json' | 'advanced' = 'json';
  #exited = false;
  #parentDisconnected = false;

  #emit(event: string, ...args: unknown[]): void {
    if (this.#context === undefined) this.emit(event, ...args);
    else callInContext(this.#context, this.emit, this, [event, ...args]);
  }

  /** Node's `subprocess.spawn(options)`: starts the command `options.file` with `options.args` (argv, the first is argv0). */
  spawn(options: { file: string; args?: string[]; envPairs?: string[]; stdio?: unknown; cwd?: string }): void {
    validateObject(options, 'options');
    validateString(options.file, 'options.file');
    const env: Record<string, string> = {};
    for (const pair of options.envPairs ?? []) {
      const at = pair.indexOf('=');
      if (at > 0) env[pair.slice(0, at)] = pair.slice(at + 1);
    }
    this[kStart](options.file, (options.args ?? [options.file]).slice(1), {
      env: options.envPairs ? env : undefined,
      cwd: options.cwd,
      stdio: normalizeStdio(options.stdio, false),
    });
  }

  /** Starts the child: node scripts and forks in a worker, registered commands here, others fail with ENOENT. */
  [kStart](file: string, args: string[], options: StartOptions, forkURL?: string): void {
    this.spawnfile = forkURL ? process.execPath : file;
    this.spawnargs = forkURL ? [process.execPath, ...(options.execArgv ?? process.execArgv), file, ...args] : [file, ...args];
    const [inKind, outKind, errKind] = options.stdio;
    if (inKind === 'pipe') this.stdin = null; // set below once we know how to feed it
    this.stdout = outKind === 'pipe' ? new Readable({ read() {} }) : null;
    this.stderr = errKind === 'pipe' ? new Readable({ read() {} }) : null;
    const env = envCopy(options.env);
    const cwd = options.cwd ?? process.cwd();

    let script: { url: string; isEval: boolean; args: string[] } | undefined;
    if (forkURL) script = { url: forkURL, isEval: false, args };
    else if (file === 'node' || file === process.execPath) script = nodeScript(args);
    const handler = commands.get(file);
    if (!script && !handler) {
      this.stdin = inKind === 'pipe' ? new Writable({ write: (_c: unknown, _e: string, cb: Fn) => cb() }) : null;
      this.stdio = [this.stdin, this.stdout, this.stderr];
      const error = Object.assign(new Error(`spawn ${file} ENOENT`), {
        errno: -2,
        code: 'ENOENT',
        syscall: `spawn ${file}`,
        path: file,
        spawnargs: args,
      });
      queueTick(() => {
        this.exitCode = -2;
        this.#emit('error', error);
        this.#close(-2, null);
      }, []);
      return;
    }
    this.pid = nextPid();
    this.#armTimeout(options);
    if (script) this.#startWorker(script, options, env, cwd);
    else this.#startCommand(handler!, args, options, env, cwd);
    this.stdio = [this.stdin, this.stdout, this.stderr];
    queueTick(() => {
      if (!this.#exited || this.exitCode !== null || this.signalCode !== null) this.#emit('spawn');
    }, []);
  }

  #armTimeout(options: StartOptions): void {
    const killSignal = options.killSignal ?? 'SIGTERM';
    if (options.timeout !== undefined && options.timeout > 0) {
      const timer = setTimeout(() => this.kill(killSignal), options.timeout);
      this.once('exit', () => clearTimeout(timer));
    }
    const signal = options.signal;
    if (signal) {
      const onAbort = () => {
        if (this.kill(killSignal)) this.#emit('error', new AbortError());
      };
      if (signal.aborted) queueTick(onAbort, []);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('exit', () => signal.removeEventListener('abort', onAbort));
      }
    }
  }

  #startWorker(script: { url: string; isEval: boolean; args: string[] }, options: StartOptions, env: Record<string, string>, cwd: string): void {
    const ipc = options.stdio.includes('ipc');
    this.#serialization = options.serialization ?? 'json';
    const [inKind, outKind, errKind] = options.stdio;
    const toStdout = outputRoute(outKind, this.stdout, 1);
    const toStderr = outputRoute(errKind, this.stderr, 2);
    const sink: WorkerSink = {
      online: () => {},
      message: (value) => {
        if (this.connected) this.#emit('message', value);
      },
      stdout: toStdout,
      stderr: toStderr,
      error: (error) => {
        // Only a worker that could not start at all gets here (the bootstrap prints the child's own errors).
        toStderr(new TextEncoder().encode(`${String((error as Error)?.message ?? error)}\n`));
      },
      exit: (code) => this.#onExit(code, null),
      disconnect: () => this.#channelClosed(),
      signals: () => {},
    };
    this.#worker = new LaunchedWorker(
      {
        kind: 'fork',
        url: script.url,
        isEval: script.isEval,
        workerData: undefined,
        env,
        argv: [process.execPath, script.isEval ? '[eval]' : script.url, ...script.args],
        execArgv: options.execArgv ?? [...process.execArgv],
        threadId: 0,
        pid: this.pid!,
        ppid: process.pid,
        cwd,
        baseURL: baseURL(),
        environmentData: new Map(environmentData()),
        resourceLimits: {},
        ipc,
        serialization: this.#serialization,
        stdin: inKind === 'pipe',
      },
      [],
      sink,
      `polynode process ${this.pid}`,
    );
    if (inKind === 'pipe') {
      this.stdin = new Writable({
        write: (chunk: Uint8Array, _encoding: string, callback: Fn) => {
          const bytes = new Uint8Array(chunk);
          this.#worker?.post('in', bytes, [bytes.buffer]);
          callback();
        },
        final: (callback: Fn) => {
          this.#worker?.post('inend');
          callback();
        },
      });
    }
    if (ipc) {
      this.connected = true;
      this.channel = { ref: () => this.#worker?.ref(), unref: () => this.#worker?.unref() };
    }
  }

  #startCommand(handler: CommandHandler, args: string[], options: StartOptions, env: Record<string, string>, cwd: string): void {
    const [inKind, outKind, errKind] = options.stdio;
    const abort = new AbortController();
    this.#abort = abort;
    const sinkOf = (route: (chunk: Uint8Array) => void) =>
      new Writable({
        write: (chunk: Uint8Array, _encoding: string, callback: Fn) => {
          if (!this.#exited) route(new Uint8Array(chunk));
          callback();
        },
      });
    const stdout = sinkOf(outputRoute(outKind, this.stdout, 1));
    const stderr = sinkOf(outputRoute(errKind, this.stderr, 2));
    const stdin = new Readable({ read() {} });
    if (inKind === 'pipe') {
      this.stdin = new Writable({
        write: (chunk: Uint8Array, _encoding: string, callback: Fn) => {
          stdin.push(Buffer.from(chunk));
          callback();
        },
        final: (callback: Fn) => {
          stdin.push(null);
          callback();
        },
      });
    } else stdin.push(null);
    const finish = (code: number) => {
      // Output written before the handler returned is delivered before 'exit'.
      const flushed = (stream: WritableStream_) => new Promise<void>((resolve) => (stream.writableLength === 0 ? resolve() : stream.once('drain', () => resolve())));
      Promise.all([flushed(stdout), flushed(stderr)]).then(() => setTimeout(() => this.#onExit(code, null), 0));
    };
    queueTick(() => {
      let result: unknown;
      try {
        result = handler({ args: [...args], env, cwd, stdin, stdout, stderr, signal: abort.signal });
      } catch (error) {
        stderr.write(`${describeFailure(error)}\n`);
        finish(1);
        return;
      }
      Promise.resolve(result).then(
        (code) => finish(typeof code === 'number' ? code : 0),
        (error: unknown) => {
          stderr.write(`${describeFailure(error)}\n`);
          finish(1);
        },
      );
    }, []);
  }

  #channelClosed(): void {
    if (!this.connected) return;
    this.connected = false;
    queueTick(() => this.#emit('disconnect'), []);
  }

  #onExit(code: number | null, signal: string | null): void {
    if (this.#exited) return;
    this.#exited = true;
    this.#worker = null;
    if (this.connected) {
      this.connected = false;
      this.#emit('disconnect');
    }
    this.exitCode = code;
    this.signalCode = signal;
    if (this.stdin && !this.stdin.destroyed) this.stdin.destroy();
    this.#emit('exit', code, signal);
    // Node 16 never emits 'close' for a child whose channel the parent disconnected.
    if (!this.#parentDisconnected) this.#close(code, signal);
  }

  /** 'close' once the output streams that are being read have ended. */
  #close(code: number | null, signal: string | null): void {
    const waits: Promise<unknown>[] = [];
    for (const stream of [this.stdout, this.stderr]) {
      if (!stream) continue;
      stream.push(null);
      const reading = stream.readableFlowing === true || stream.listenerCount('data') > 0 || stream.listenerCount('readable') > 0;
      if (reading && !stream.readableEnded) waits.push(new Promise((resolve) => stream.once('end', resolve)));
    }
    Promise.all(waits).then(() => setTimeout(() => this.#emit('close', code, signal), 0));
  }

  /**
   * Node's `subprocess.send(message[, sendHandle[, options]][, callback])`: true once queued;
   * after the channel closed, false and `ERR_IPC_CHANNEL_CLOSED` to the callback (or
   * `'error'`). Browser: a `sendHandle` throws `ERR_INVALID_HANDLE_TYPE` (there are no sockets to pass).
   */
  send(message: unknown, sendHandle?: unknown, options?: unknown, callback?: unknown): boolean {
    if (typeof sendHandle === 'function') [callback, sendHandle, options] = [sendHandle, undefined, undefined];
    else if (typeof options === 'function') [callback, options] = [options, undefined];
    else if (options !== undefined) validateObject(options, 'options');
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (sendHandle !== undefined && sendHandle !== null) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.channel === undefined) throw new ERR_IPC_CHANNEL_CLOSED();
    if (!this.connected || !this.#worker) {
      const error = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') queueTick(callback as Fn, [error]);
      else queueTick(() => this.#emit('error', error), []);
      return false;
    }
    const value = this.#serialization === 'json' ? JSON.parse(JSON.stringify(message)) : message;
    this.#worker.post('m', value);
    if (typeof callback === 'function') queueTick(callback as Fn, [null]);
    return true;
  }

  /** Node's `subprocess.disconnect()`: closes the IPC channel; `'disconnect'` follows; `ERR_IPC_DISCONNECTED` (as `'error'`) when already closed. */
  disconnect(): void {
    if (!this.connected) {
      this.#emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.#parentDisconnected = true;
    this.#worker?.post('disc');
    this.#channelClosed();
  }

  /**
   * Node's `subprocess.kill([signal])`: true when the child was running. Browser: every
   * signal stops it at once; `'exit'` reports `(null, signal)`.
   */
  kill(signal: string | number = 'SIGTERM'): boolean {
    const name = signal === 0 ? null : signalName(signal);
    if (this.#exited || this.pid === undefined) return false;
    if (name === null) return true;
    this.killed = true;
    this.#worker?.terminate();
    this.#abort?.abort();
    setTimeout(() => this.#onExit(null, name), 0);
    return true;
  }

  /** Node's `subprocess.ref()`. */
  ref(): void {
    this.#worker?.ref();
  }

  /** Node's `subprocess.unref()`. */
  unref(): void {
    this.#worker?.unref();
  }
}

// ---------------------------------------------------------------------------------------
// Argument handling
// ---------------------------------------------------------------------------------------

function envCopy(env: Record<string, unknown> | undefined): Record<string, string> {
  const source = env ?? (process.env as Record<string, unknown>);
  const copy: Record<string, string> = {};
  for (const key of Object.keys(source)) if (source[key] !== undefined) copy[key] = `${source[key] as string}`;
  return copy;
}

function normalizeStdio(stdio: unknown, ipc: boolean): StdioKind[] {
  let list: unknown[];
  if (stdio === undefined || stdio === null) list = ['pipe', 'pipe', 'pipe'];
  else if (typeof stdio === 'string') {
    if (!['pipe', 'inherit', 'ignore', 'overlapped'].includes(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    list = [stdio, stdio, stdio];
  } else if (Array.isArray(stdio)) list = [...stdio];
  else throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  if (ipc && !list.includes('ipc')) list.push('ipc');
  while (list.length < 3) list.push(undefined);
  return list.map((item, fd): StdioKind => {
    if (item === 'ipc') return 'ipc';
    if (item === 'pipe' || item === 'overlapped' || item === undefined || item === null) return fd < 3 ? 'pipe' : 'ignore';
    if (item === 'ignore') return 'ignore';
    if (item === 'inherit' || item === fd || (typeof item === 'number' && item < 3)) return 'inherit';
    return 'ignore';
  });
}

/** `node script.js a b` / `node -e code a`: what to run in a worker. */
function nodeScript(args: string[]): { url: string; isEval: boolean; args: string[] } | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-e' || arg === '--eval') return { url: args[i + 1] ?? '', isEval: true, args: args.slice(i + 2) };
    if (!arg.startsWith('-')) return { url: new URL(arg, baseURL()).href, isEval: false, args: args.slice(i + 1) };
  }
  return undefined;
}

function splitArgs(file: unknown, args: unknown, options: unknown): [string, string[], Record<string, any>] {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) args = args.slice();
  else if (args === undefined || args === null) args = [];
  else if (typeof args !== 'object') throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  else {
    options = args;
    args = [];
  }
  if (options === undefined || options === null) options = {};
  else validateObject(options, 'options');
  return [file, (args as unknown[]).map((arg) => `${arg as string}`), options as Record<string, any>];
}

function startOptions(options: Record<string, any>, stdio: StdioKind[]): StartOptions {
  validateAbortSignal(options.signal, 'options.signal');
  if (options.serialization !== undefined && options.serialization !== 'json' && options.serialization !== 'advanced') {
    throw new ERR_INVALID_ARG_VALUE('options.serialization', options.serialization, "must be one of: undefined, 'json', 'advanced'");
  }
  if (options.env !== undefined && options.env !== null) validateObject(options.env, 'options.env');
  return {
    env: options.env ?? undefined,
    cwd: typeof options.cwd === 'string' ? options.cwd : options.cwd instanceof URL ? options.cwd.pathname : undefined,
    stdio,
    serialization: options.serialization,
    execArgv: options.execArgv,
    signal: options.signal,
    timeout: options.timeout,
    killSignal: options.killSignal,
  };
}

// ---------------------------------------------------------------------------------------
// The functions
// ---------------------------------------------------------------------------------------

/**
 * Node's `child_process.spawn(command[, args][, options])`. Browser: runs `node <script>`
 * / `node -e <code>` in a worker and registered commands in the page; any other command
 * emits Node's `spawn <command> ENOENT` error, then `'close'` with -2.
 */
export function spawn(command: string, args?: readonly string[] | Record<string, any>, options?: Record<string, any>): ChildProcess {
  const [file, list, opts] = splitArgs(command, args, options);
  const child = new ChildProcess();
  child[kStart](file, list, startOptions(opts, normalizeStdio(opts.stdio, false)));
  return child;
}

/**
 * Node's `child_process.fork(modulePath[, args][, options])`: the module in a new worker with
 * an IPC channel. `modulePath` may be a URL (Node 16.13.1 takes strings only; bundlers need
 * the URL form). Options: `env`, `execArgv`, `silent`, `stdio` (with exactly one `'ipc'`),
 * `serialization`, `signal`, `timeout`, `killSignal`, `cwd`.
 */
export function fork(modulePath: string | URL, args?: readonly string[] | Record<string, any>, options?: Record<string, any>): ChildProcess {
  if (!(modulePath instanceof URL)) validateString(modulePath, 'modulePath');
  let list: unknown = args;
  let opts: unknown = options;
  if (list === undefined || list === null) list = [];
  else if (!Array.isArray(list)) {
    if (typeof list !== 'object') throw new ERR_INVALID_ARG_VALUE('args', list);
    opts = list;
    list = [];
  }
  if (opts === undefined || opts === null) opts = {};
  else validateObject(opts, 'options');
  const o = opts as Record<string, any>;
  let stdio: StdioKind[];
  if (typeof o.stdio === 'string') stdio = normalizeStdio(o.stdio, true);
  else if (Array.isArray(o.stdio)) {
    if (!o.stdio.includes('ipc')) throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
    stdio = normalizeStdio(o.stdio, false);
  } else stdio = o.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['inherit', 'inherit', 'inherit', 'ipc'];
  const start = startOptions(o, stdio);
  const url = modulePath instanceof URL ? modulePath.href : new URL(modulePath, baseURL()).href;
  const child = new ChildProcess();
  child[kStart](modulePath instanceof URL ? modulePath.href : modulePath, (list as unknown[]).map((a) => `${a as string}`), start, url);
  return child;
}

type ExecCallback = (error: Error | null, stdout: string | Uint8Array, stderr: string | Uint8Array) => void;

/** Collects a child's output for execFile/exec and calls back once, Node's way. */
function collect(child: ChildProcess, cmd: string, options: Record<string, any>, callback: ExecCallback | undefined): void {
  const encoding: string = options.encoding ?? 'utf8';
  const maxBuffer: number = options.maxBuffer ?? 1024 * 1024;
  const chunks: { stdout: Uint8Array[]; stderr: Uint8Array[] } = { stdout: [], stderr: [] };
  let size = { stdout: 0, stderr: 0 };
  let done = false;
  let failure: Error | null = null;
  const output = (name: 'stdout' | 'stderr') => {
    const bytes = Buffer.concat(chunks[name]);
    return encoding === 'buffer' || !Buffer.isEncoding(encoding) ? bytes : bytes.toString(encoding as 'utf8');
  };
  const finish = (error: Error | null) => {
    if (done) return;
    done = true;
    callback?.(error, output('stdout'), output('stderr'));
  };
  for (const name of ['stdout', 'stderr'] as const) {
    child[name]?.on('data', (chunk: Uint8Array) => {
      size[name] += chunk.length;
      if (size[name] > maxBuffer) {
        failure = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        child.kill(options.killSignal ?? 'SIGTERM');
        return;
      }
      chunks[name].push(chunk);
    });
  }
  child.on('error', (error: Error & { cmd?: string }) => {
    error.cmd = cmd;
    finish(error);
  });
  child.on('close', (code: number | null, signal: string | null) => {
    if (code === 0 && signal === null && failure === null) return finish(null);
    const stderr = output('stderr');
    const error = failure ?? new Error(`Command failed: ${cmd}\n${typeof stderr === 'string' ? stderr : stderr.toString()}`);
    Object.assign(error, { killed: child.killed, code: code ?? null, signal, cmd });
    finish(error);
  });
  size = { stdout: 0, stderr: 0 };
}

function execFile(file: string, args?: unknown, options?: unknown, callback?: unknown): ChildProcess {
  if (typeof args === 'function') [callback, args, options] = [args, undefined, undefined];
  else if (typeof options === 'function') [callback, options] = [options, undefined];
  if (args !== null && args !== undefined && !Array.isArray(args) && typeof args === 'object') [options, args] = [args, undefined];
  const [name, list, opts] = splitArgs(file, args, options);
  const child = new ChildProcess();
  child[kStart](name, list, startOptions(opts, normalizeStdio(opts.stdio, false)));
  collect(child, [name, ...list].join(' '), opts, callback as ExecCallback | undefined);
  return child;
}

const SHELL_OPERATOR = /[|&;<>()$`]/;

/** Splits a command line on blanks, honouring single and double quotes and backslashes. */
function shellWords(command: string): string[] | { operator: string } {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let has = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < command.length) word += command[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      has = true;
    } else if (c === '\\' && i + 1 < command.length) {
      word += command[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || word) words.push(word);
      word = '';
      has = false;
    } else if (SHELL_OPERATOR.test(c)) return { operator: c };
    else word += c;
  }
  if (has || word) words.push(word);
  return words;
}

function exec(command: string, options?: unknown, callback?: unknown): ChildProcess {
  if (typeof options === 'function') [callback, options] = [options, undefined];
  validateString(command, 'file');
  if (options === undefined || options === null) options = {};
  else validateObject(options, 'options');
  const opts = options as Record<string, any>;
  const shell = typeof opts.shell === 'string' ? opts.shell : '/bin/sh';
  const words = shellWords(command);
  const child = new ChildProcess();
  const start = startOptions(opts, normalizeStdio(opts.stdio, false));
  const fail = (code: number, message: string): CommandHandler => ({ stderr }) => {
    stderr.write(message);
    return code;
  };
  let handler: CommandHandler;
  if (!Array.isArray(words)) handler = fail(2, `${shell}: 1: polynode: shell operator '${words.operator}' is not supported in the browser\n`);
  else if (words.length === 0) handler = () => 0;
  else if (words[0] === 'node' || words[0] === process.execPath || commands.has(words[0]!)) {
    child[kStart](words[0]!, words.slice(1), start);
    child.spawnfile = shell;
    child.spawnargs = [shell, '-c', command];
    collect(child, command, opts, callback as ExecCallback | undefined);
    return child;
  } else handler = fail(127, `${shell}: 1: ${words[0]}: not found\n`);
  const name = `\u0000polynode-shell-${Math.random()}`;
  commands.set(name, handler);
  try {
    child[kStart](name, [], start);
  } finally {
    commands.delete(name);
  }
  child.spawnfile = shell;
  child.spawnargs = [shell, '-c', command];
  collect(child, command, opts, callback as ExecCallback | undefined);
  return child;
}

/** Node's `child_process.execSync`. Browser: throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM (a page cannot wait synchronously for a process). */
export const execSync = /*#__PURE__*/ unavailable('child_process.execSync');

/** Node's `child_process.execFileSync`. Browser: throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM. */
export const execFileSync = /*#__PURE__*/ unavailable('child_process.execFileSync');

/** Node's `child_process.spawnSync`. Browser: throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM. */
export const spawnSync = /*#__PURE__*/ unavailable('child_process.spawnSync');

/** Node's internal `child_process._forkChild(fd)`: sets up a child's IPC on a file descriptor. Browser: there are no descriptors; throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM. */
export const _forkChild = /*#__PURE__*/ unavailable('child_process._forkChild');

const customPromisify = /*#__PURE__*/ Symbol.for('nodejs.util.promisify.custom');

/**
 * What `util.promisify(exec)` and `util.promisify(execFile)` give in Node: a promise of
 * `{ stdout, stderr }`, rejected with the error carrying `stdout` and `stderr`, with the
 * ChildProcess as its `child` property.
 */
function promisifiedExec(run: (...args: any[]) => ChildProcess): (...args: unknown[]) => Promise<{ stdout: unknown; stderr: unknown }> & { child: ChildProcess } {
  return (...args: unknown[]) => {
    let settle!: (value: { stdout: unknown; stderr: unknown }) => void;
    let fail!: (error: unknown) => void;
    const promise = new Promise<{ stdout: unknown; stderr: unknown }>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    }) as Promise<{ stdout: unknown; stderr: unknown }> & { child: ChildProcess };
    promise.child = run(...args, (error: (Error & { stdout?: unknown; stderr?: unknown }) | null, stdout: unknown, stderr: unknown) => {
      if (error !== null) {
        error.stdout = stdout;
        error.stderr = stderr;
        fail(error);
      } else {
        settle({ stdout, stderr });
      }
    });
    return promise;
  };
}

/**
 * Node's `child_process.exec(command[, options][, callback])`. Browser: no real shell (see
 * the module notes): the first word must be `node` or a registered command, else the child
 * exits with 127 and `/bin/sh: 1: <name>: not found` on stderr, as dash reports it.
 * `util.promisify(exec)` resolves `{ stdout, stderr }`, as in Node.
 */
const execExport: typeof exec = /*#__PURE__*/ (() => {
  Object.defineProperty(exec, customPromisify, { enumerable: false, value: promisifiedExec(exec) });
  return exec;
})();

/**
 * Node's `child_process.execFile(file[, args][, options][, callback])`: the output as
 * strings (or Buffers with `encoding: 'buffer'`); a non-zero exit gives `Command failed`
 * with `code`, `killed`, `signal`, `cmd`; a missing command gives ENOENT with `cmd`.
 * `util.promisify(execFile)` resolves `{ stdout, stderr }`, as in Node.
 */
const execFileExport: typeof execFile = /*#__PURE__*/ (() => {
  Object.defineProperty(execFile, customPromisify, { enumerable: false, value: promisifiedExec(execFile) });
  return execFile;
})();

export { execExport as exec, execFileExport as execFile };

/** Node's `child_process` module object: what `import childProcess from 'child_process'` and `require('child_process')` give. */
const childProcessModule = {
  ChildProcess,
  _forkChild,
  exec: execExport,
  execFile: execFileExport,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
export default childProcessModule;
