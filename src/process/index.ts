/**
 * polynode's `process`: Node 16.13.1's `process` object for the browser.
 *
 * One process object, an EventEmitter, shared by every polynode module (bundlers keep one
 * copy of this module). It is made by a pure factory: importing the module does nothing
 * (no timers, no listeners on the page); a page listener is added only when a
 * `'uncaughtException'`, `'unhandledRejection'` or `'exit'` listener is.
 *
 * What differs from Node, and why (each export says more under "Browser:"):
 * - `process.platform` is `'browser'` (see {@link platform} for the evidence), `browser` is
 *   `true` (a polynode extension, as in the `process` shim of browserify and webpack 4).
 * - `exit()` cannot end a page: it emits `'exit'`, then stops polynode's ticks, timers and
 *   immediates; the code after the call keeps running. `'beforeExit'` is never emitted (a
 *   page's event loop never drains). `'exit'` is also emitted when the page is hidden for
 *   good (`pagehide`) if a listener is there.
 * - `nextTick` runs before promise callbacks queued in the same polynode timer or immediate
 *   callback, as in Node; see `ticks.ts` for the one case that differs.
 * - Times and memory come from `performance` (see the table in the README).
 *
 * @packageDocumentation
 */
import { EventEmitter } from '../events/index.js';
import {
  ERR_ASSERTION,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE_RANGE,
  ERR_OUT_OF_RANGE,
  ERR_UNKNOWN_SIGNAL,
} from '../internal/errors.js';
import { parseFileMode, validateCallback, validateObject, validateString, validateBoolean } from '../internal/validators.js';
import { unavailable } from '../internal/unavailable.js';
import { setWarningHandler, type Warning } from '../internal/warnings.js';
import { callInContext, contextOfError, contextOfPromise } from '../internal/async-context/index.js';
import { flushStdio, stdin, stdout, stderr, type Stdio } from './stdio.js';
import { queueTick, rethrowAsync, runTicks, setTickErrorHandler, stopTicks, ticksStopped } from '../internal/ticks.js';
import { workerState } from '../internal/worker/state.js';

type Fn = (...args: any[]) => any;
type Env = Record<string, string | undefined>;

/** The process object's type: an EventEmitter with Node's process members. */
export interface Process extends EventEmitter {
  [key: string]: any;
}

// ---------------------------------------------------------------------------------------
// Plain values
// ---------------------------------------------------------------------------------------

/**
 * Node's `process.version`: `'v16.13.1'`, the Node version polynode follows.
 * Browser: names the API level, not a running Node.
 */
export const version: string = 'v16.13.1';

/** Node's `process.versions`: Node 16.13.1's table. Browser: the engine is the page's, not this V8. */
export const versions: Record<string, string> = /*#__PURE__*/ (() => ({
  node: '16.13.1',
  v8: '9.4.146.24-node.14',
  uv: '1.42.0',
  zlib: '1.2.11',
  brotli: '1.0.9',
  ares: '1.18.1',
  modules: '93',
  nghttp2: '1.45.1',
  napi: '8',
  llhttp: '6.0.4',
  openssl: '1.1.1l+quic',
  cldr: '39.0',
  icu: '69.1',
  tz: '2021a',
  unicode: '13.0',
  ngtcp2: '0.1.0-DEV',
  nghttp3: '0.1.0-DEV',
}))();

/** Node's `process.arch`. Browser: always `'x64'` (a page cannot learn the CPU reliably). */
export const arch: string = 'x64';

/**
 * Node's `process.platform`. Browser: `'browser'`, not `'linux'`.
 *
 * Evidence (what npm packages branch on): in this repository's node_modules (about 400
 * packages: karma, mocha, rollup, chokidar, glob, resolve …), `process.platform` is compared
 * with `'win32'` 112 times, `'darwin'` 23, `'linux'` 19 and `'browser'` never. The `'linux'`
 * branches are Linux-only system work that cannot run in a page (is-wsl reads /proc/version,
 * karma-chrome-launcher looks for Linux binaries, resolve's homedir reads Linux env paths,
 * chokidar/karma switch to inotify polling). With `'browser'` every such test falls through
 * to the generic POSIX path, which is what a page can do. Browser shims agree: @jspm/core's
 * process and webdriverio's say `'browser'`; the `process` package (browserify, webpack 4,
 * node-stdlib-browser) leaves it unset and marks the browser with `title: 'browser'` and
 * `browser: true`, which polynode keeps too.
 */
export const platform: string = 'browser';

/** Node's `process.release`: Node 16.13.1's. */
export const release: { name: string; lts: string; sourceUrl: string; headersUrl: string } = /*#__PURE__*/ (() => ({
  name: 'node',
  lts: 'Gallium',
  sourceUrl: 'https://nodejs.org/download/release/v16.13.1/node-v16.13.1.tar.gz',
  headersUrl: 'https://nodejs.org/download/release/v16.13.1/node-v16.13.1-headers.tar.gz',
}))();

/** Node's `process.argv`. Browser: `['/usr/local/bin/node', '/index.js']` (a page has no command line). */
export const argv: string[] = /*#__PURE__*/ (() => ['/usr/local/bin/node', '/index.js'])();

/** Node's `process.argv0`. Browser: `'node'`. */
export const argv0: string = 'node';

/** Node's `process.execArgv`. Browser: empty. */
export const execArgv: string[] = /*#__PURE__*/ (() => [] as string[])();

/** Node's `process.execPath`. Browser: `'/usr/local/bin/node'`, a made-up path. */
export const execPath: string = '/usr/local/bin/node';

/** Node's `process.pid`. Browser: 1 (the pid in printed warnings, `(node:1)`). */
export const pid: number = 1;

/** Node's `process.ppid`. Browser: 0. */
export const ppid: number = 0;

/** Node's `process.debugPort`: 9229. Browser: nothing listens on it. */
export const debugPort: number = 9229;

/** Node's `process.features`. Browser: the native features are absent (false), except cached builtins. */
export const features: Record<string, boolean> = /*#__PURE__*/ (() => ({
  inspector: false,
  debug: false,
  uv: false,
  ipv6: false,
  tls_alpn: false,
  tls_sni: false,
  tls_ocsp: false,
  tls: false,
  cached_builtins: true,
}))();

/** Node's `process.config`: the build configuration. Browser: a short table that says `browser`. */
export const config: { target_defaults: Record<string, unknown>; variables: Record<string, unknown> } = /*#__PURE__*/ (() => ({
  target_defaults: { cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [] },
  variables: { host_arch: 'x64', target_arch: 'x64', node_module_version: 93, node_shared: false, node_use_openssl: false, polynode: true },
}))();

/** Node's `process.allowedNodeEnvironmentFlags`. Browser: an empty Set (a page has no NODE_OPTIONS). */
export const allowedNodeEnvironmentFlags: Set<string> = /*#__PURE__*/ (() => new Set<string>())();

/** Node's `process.moduleLoadList`. Browser: empty. */
export const moduleLoadList: string[] = /*#__PURE__*/ (() => [] as string[])();

/** Node's `process._preload_modules`. Browser: empty. */
export const _preload_modules: string[] = /*#__PURE__*/ (() => [] as string[])();

// Mutable members: named exports are live bindings, kept equal to the process object's
// properties by its accessors.

/** Node's `process.env`: a plain object, initially empty; assignable (`process.env = {…}`). Browser: no OS environment. */
export let env: Env = /*#__PURE__*/ (() => ({}) as Env)();

/** Node's `process.title`. Browser: `'browser'`, which packages test to detect a browser. */
export let title: string = 'browser';

/** Node's `process.domain` (set by the domain module). */
export let domain: unknown = null;

/** Node's `process._exiting`: true once `exit()` started. */
export let _exiting: boolean = false;

/** Node's `process._eventsCount` (the process's EventEmitter count). */
export let _eventsCount: number = 0;

/** Node's `process._maxListeners`. */
export let _maxListeners: undefined = undefined;

/** Node's `process._events`: the process's listener table (one object, kept). */
export const _events: Record<string | symbol, unknown> = /*#__PURE__*/ (() => Object.create(null) as Record<string | symbol, unknown>)();

// ---------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------

function nowNs(): bigint {
  return BigInt(Math.round(performance.now() * 1e6));
}

/**
 * Node's `process.hrtime([time])`: `[seconds, nanoseconds]`, monotonic; with `time`, the
 * difference from it. Throws ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE for a bad `time`.
 * Browser: from `performance.now()`, whose resolution the browser coarsens (5 µs to 1 ms).
 */
export const hrtime: ((time?: [number, number]) => [number, number]) & { bigint(): bigint } = /*#__PURE__*/ (() => {
  function hrtime(time?: [number, number]): [number, number] {
    const ns = nowNs();
    const sec = Number(ns / 1000000000n);
    const nsec = Number(ns % 1000000000n);
    if (time !== undefined) {
      if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', '2', time.length);
      const dsec = sec - time[0];
      const dnsec = nsec - time[1];
      return dnsec < 0 ? [dsec - 1, dnsec + 1e9] : [dsec, dnsec];
    }
    return [sec, nsec];
  }
  /** Node's `process.hrtime.bigint()`: nanoseconds as a bigint. */
  hrtime.bigint = function bigint(): bigint {
    return nowNs();
  };
  return hrtime;
})();

/** Node's `process.uptime()`: seconds. Browser: since the page (or worker) started (`performance.now()`). */
export function uptime(): number {
  return performance.now() / 1000;
}

function cpuMicros(): number {
  return Math.round(performance.now() * 1000);
}

/**
 * Node's `process.cpuUsage([previousValue])`: `{ user, system }` in microseconds, with
 * Node's validation of `previousValue`. Browser: a page cannot read CPU time: `user` is the
 * wall time since the page started, `system` 0.
 */
export function cpuUsage(prevValue?: { user: number; system: number }): { user: number; system: number } {
  const user = cpuMicros();
  if (prevValue !== undefined) {
    validateObject(prevValue, 'prevValue');
    for (const key of ['user', 'system'] as const) {
      const value: unknown = prevValue[key];
      if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(`prevValue.${key}`, 'number', value);
      if (!(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) throw new ERR_INVALID_ARG_VALUE_RANGE(`prevValue.${key}`, value as never);
    }
    return { user: user - prevValue.user, system: 0 - prevValue.system };
  }
  return { user, system: 0 };
}

function heap(): { used: number; total: number } {
  const memory = (performance as { memory?: { usedJSHeapSize: number; totalJSHeapSize: number } }).memory;
  return memory ? { used: memory.usedJSHeapSize, total: memory.totalJSHeapSize } : { used: 0, total: 0 };
}

/**
 * Node's `process.memoryUsage()`. Browser: `heapUsed`/`heapTotal` from Chromium's
 * `performance.memory` (0 elsewhere), `rss` = `heapTotal`, `external`/`arrayBuffers` 0.
 */
export const memoryUsage: (() => { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number }) & {
  rss(): number;
} = /*#__PURE__*/ (() => {
  function memoryUsage() {
    const { used, total } = heap();
    return { rss: total, heapTotal: total, heapUsed: used, external: 0, arrayBuffers: 0 };
  }
  /** Node's `process.memoryUsage.rss()`. */
  memoryUsage.rss = function rss(): number {
    return heap().total;
  };
  return memoryUsage;
})();

/** Node's `process.resourceUsage()`. Browser: `userCPUTime` as in cpuUsage, `maxRSS` in KiB from the heap, the rest 0. */
export function resourceUsage(): Record<string, number> {
  return {
    userCPUTime: cpuMicros(),
    systemCPUTime: 0,
    maxRSS: Math.round(heap().total / 1024),
    sharedMemorySize: 0,
    unsharedDataSize: 0,
    unsharedStackSize: 0,
    minorPageFault: 0,
    majorPageFault: 0,
    swappedOut: 0,
    fsRead: 0,
    fsWrite: 0,
    ipcSent: 0,
    ipcReceived: 0,
    signalsCount: 0,
    voluntaryContextSwitches: 0,
    involuntaryContextSwitches: 0,
  };
}

// ---------------------------------------------------------------------------------------
// cwd, umask, ids
// ---------------------------------------------------------------------------------------

let directory = '/';

/** A POSIX absolute path for `to` resolved against `from`, normalised (`.`/`..`/`//`). */
function resolvePosix(from: string, to: string): string {
  const parts: string[] = [];
  for (const part of `${to.startsWith('/') ? '' : from}/${to}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Node's `process.cwd()`. Browser: a virtual working directory, `'/'` until `chdir()`. */
export function cwd(): string {
  return directory;
}

/**
 * Node's `process.chdir(directory)`: throws ERR_INVALID_ARG_TYPE for a non-string, ENOENT
 * for `''`. Browser: changes the virtual working directory (a relative path resolves
 * against it); there is no file system to check that the directory exists.
 */
export function chdir(dir: string): void {
  validateString(dir, 'directory');
  if (dir === '') {
    const error = new Error(`ENOENT: no such file or directory, chdir ${directory} -> ''`) as Error & Record<string, unknown>;
    Object.assign(error, { errno: -2, code: 'ENOENT', syscall: 'chdir', path: directory, dest: '' });
    throw error;
  }
  directory = resolvePosix(directory, dir);
}

let mask = 0o22;

/** Node's `process.umask([mask])`: returns the mask (0o022 at start); with `mask`, sets it and returns the old one. */
export function umask(newMask?: number | string): number {
  const old = mask;
  if (newMask !== undefined) mask = parseFileMode(newMask, 'mask') & 0o777;
  return old;
}

/** Node's `process.getuid()`. Browser: 1000 (an ordinary user: packages warn when they think they run as root). */
export function getuid(): number {
  return 1000;
}
/** Node's `process.geteuid()`. Browser: 1000. */
export function geteuid(): number {
  return 1000;
}
/** Node's `process.getgid()`. Browser: 1000. */
export function getgid(): number {
  return 1000;
}
/** Node's `process.getegid()`. Browser: 1000. */
export function getegid(): number {
  return 1000;
}
/** Node's `process.getgroups()`. Browser: `[1000]`. */
export function getgroups(): number[] {
  return [1000];
}

/** Node's `process.initgroups`. Browser: unavailable (no OS users). */
export const initgroups = /*#__PURE__*/ unavailable('process.initgroups');
/** Node's `process.setgroups`. Browser: unavailable (no OS users). */
export const setgroups = /*#__PURE__*/ unavailable('process.setgroups');
/** Node's `process.setegid`. Browser: unavailable (no OS users). */
export const setegid = /*#__PURE__*/ unavailable('process.setegid');
/** Node's `process.seteuid`. Browser: unavailable (no OS users). */
export const seteuid = /*#__PURE__*/ unavailable('process.seteuid');
/** Node's `process.setgid`. Browser: unavailable (no OS users). */
export const setgid = /*#__PURE__*/ unavailable('process.setgid');
/** Node's `process.setuid`. Browser: unavailable (no OS users). */
export const setuid = /*#__PURE__*/ unavailable('process.setuid');
/** Node's `process.dlopen`. Browser: unavailable (no native addons). */
export const dlopen = /*#__PURE__*/ unavailable('process.dlopen');

/** Node's `process.binding(name)`: throws Node's `No such module: name`. Browser: no internal bindings at all. */
export function binding(name: string): never {
  throw new Error(`No such module: ${name}`);
}

/** Node's `process._linkedBinding(name)`: throws `No such binding: name`. Browser: none are linked. */
export function _linkedBinding(name: string): never {
  throw new Error(`No such binding: ${name}`);
}

/** Node's `process.setSourceMapsEnabled(val)`. Browser: validates, then does nothing (devtools map sources). */
export function setSourceMapsEnabled(val: boolean): void {
  validateBoolean(val, 'val');
}

/** Node's `process._getActiveHandles()`. Browser: `[]`. */
export function _getActiveHandles(): unknown[] {
  return [];
}
/** Node's `process._getActiveRequests()`. Browser: `[]`. */
export function _getActiveRequests(): unknown[] {
  return [];
}
/** Node's `process._debugProcess(pid)`. Browser: does nothing. */
export function _debugProcess(): void {}
/** Node's `process._debugEnd()`. Browser: does nothing. */
export function _debugEnd(): void {}
/** Node's `process._startProfilerIdleNotifier()`. Browser: does nothing. */
export function _startProfilerIdleNotifier(): void {}
/** Node's `process._stopProfilerIdleNotifier()`. Browser: does nothing. */
export function _stopProfilerIdleNotifier(): void {}

/** Node's `process._rawDebug(...args)`: prints on stderr at once. Browser: `console.error`. */
export function _rawDebug(...args: unknown[]): void {
  console.error(args.map(String).join(' '));
}

/** Node's `process._tickCallback()`: runs the queued ticks now. */
export function _tickCallback(): void {
  runTicks();
}

// ---------------------------------------------------------------------------------------
// nextTick, uncaught exceptions
// ---------------------------------------------------------------------------------------

/**
 * Node's `process.nextTick(callback, ...args)`: throws ERR_INVALID_CALLBACK for a
 * non-function. Ticks run in FIFO order before promise callbacks; an error thrown by one is
 * an uncaught exception (`'uncaughtException'` when listened to, else the page reports it)
 * and the next ticks still run. Browser: see the module notes for the one ordering case
 * that differs.
 */
export function nextTick(callback: Fn, ...args: unknown[]): void {
  validateCallback(callback);
  queueTick(callback, args);
}

let captureCallback: ((error: unknown) => void) | null = null;

/** Node's `process.setUncaughtExceptionCaptureCallback(fn)`: `fn` (or null) receives uncaught exceptions first. */
export function setUncaughtExceptionCaptureCallback(fn: ((error: unknown) => void) | null): void {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) {
    const error = new Error(
      '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active',
    ) as Error & { code: string };
    error.code = 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET';
    throw error;
  }
  captureCallback = fn;
}

/** Node's `process.hasUncaughtExceptionCaptureCallback()`. */
export function hasUncaughtExceptionCaptureCallback(): boolean {
  return captureCallback !== null;
}

/**
 * Node's `process._fatalException(error)`: hands an uncaught exception to the capture
 * callback or to `'uncaughtException'` listeners; returns false when nobody took it.
 */
export function _fatalException(error: unknown, origin = 'uncaughtException'): boolean {
  if (captureCallback) {
    captureCallback(error);
    return true;
  }
  const proc = getProcess();
  // The listeners run in the async context the error was thrown in, as in Node.
  const context = contextOfError(error);
  const emit = (event: string) => (context ? callInContext(context, () => proc.emit(event, error, origin), undefined, undefined) : proc.emit(event, error, origin));
  if (proc.listenerCount('uncaughtExceptionMonitor') > 0) emit('uncaughtExceptionMonitor');
  if (proc.listenerCount('uncaughtException') > 0) {
    emit('uncaughtException');
    return true;
  }
  return false;
}

function onTickError(error: unknown): void {
  if (!_fatalException(error)) rethrowAsync(error);
}

// ---------------------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------------------

/**
 * Node's `process.emitWarning(warning[, type[, code]][, ctor])` and
 * `emitWarning(warning, { type, code, detail })`: validates like Node, builds the warning
 * (an Error named `type`), honours `noDeprecation`/`throwDeprecation`, and emits
 * `'warning'` on the next tick. The default listener prints Node's text through
 * `console.warn`: `(node:1) [CODE] Type: message`, the detail on the next line, the stack
 * with `traceDeprecation` (deprecations) or `traceProcessWarnings`. Browser: the hint
 * "(Use `node --trace-warnings ...` …)" Node adds to the first one is left out (no command line).
 */
export function emitWarning(warning: string | Error, type?: unknown, code?: unknown, ctor?: unknown): void {
  let detail: string | undefined;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    const options = type as { type?: unknown; code?: unknown; detail?: unknown; ctor?: unknown };
    ctor = options.ctor;
    code = options.code;
    if (typeof options.detail === 'string') detail = options.detail;
    type = options.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    const error = new Error(warning) as Warning & { detail?: string };
    error.name = String(type || 'Warning');
    if (code !== undefined) error.code = code as string;
    if (detail !== undefined) error.detail = detail;
    const capture = (Error as { captureStackTrace?: (target: object, ctor?: unknown) => void }).captureStackTrace;
    if (capture) capture(error, typeof ctor === 'function' ? ctor : emitWarning);
    warning = error;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  const proc = getProcess();
  if (warning.name === 'DeprecationWarning') {
    if (proc.noDeprecation) return;
    if (proc.throwDeprecation) throw warning;
  }
  const emitted = warning;
  queueTick(() => proc.emit('warning', emitted), []);
}

/**
 * Node's default `'warning'` listener: prints the warning on stderr. Browser: through
 * `console.warn`, the channel internal/warnings prints on before the process exists, so a
 * warning looks the same with or without polynode's process loaded.
 */
function printWarning(this: Process, warning: unknown): void {
  if (!(warning instanceof Error)) return;
  const proc = getProcess();
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && proc.noDeprecation) return;
  const trace = proc.traceProcessWarnings || (isDeprecation && proc.traceDeprecation);
  let text = `(${proc.release.name}:${proc.pid}) `;
  const { code, detail } = warning as Warning & { detail?: unknown };
  if (code) text += `[${code}] `;
  text += trace && warning.stack ? warning.stack : typeof warning.toString === 'function' ? warning.toString() : Error.prototype.toString.call(warning);
  if (typeof detail === 'string') text += `\n${detail}`;
  console.warn(text);
}

// ---------------------------------------------------------------------------------------
// exit, kill, abort, assert
// ---------------------------------------------------------------------------------------

/**
 * Node's `process.reallyExit(code)`: ends without `'exit'`. Browser: stops polynode's ticks,
 * timers and immediates; the page itself goes on.
 */
export function reallyExit(_code?: number): void {
  stopTicks();
}

/**
 * Node's `process.exit([code])`: sets `exitCode` (when given), emits `'exit'` with it
 * (`exitCode || 0`), then nothing of polynode's runs any more (no ticks, timers or
 * immediates). Browser: a page cannot end, so the call returns and the code after it runs;
 * stdout/stderr's pending partial lines are printed.
 */
export function exit(code?: number | string): void {
  const proc = getProcess();
  if (code !== undefined) proc.exitCode = code;
  if (!_exiting) {
    proc._exiting = true;
    proc.emit('exit', proc.exitCode || 0);
  }
  flushStdio();
  proc.reallyExit(proc.exitCode || 0);
}

/** Node's `process.abort()`. Browser: ends like `reallyExit` (no `'exit'` event; there is no core dump). */
export function abort(): void {
  flushStdio();
  stopTicks();
}

const SIGNALS: Record<string, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  SIGUNUSED: 31,
};

/** Node's `process._kill(pid, signal)`: the raw call behind kill(); returns 0 or an errno. */
export function _kill(pidValue: number, signal: number): number {
  if (pidValue !== pid && pidValue !== 0 && pidValue !== -1) return -3;
  const name = Object.keys(SIGNALS).find((key) => SIGNALS[key] === signal);
  if (signal !== 0 && name) {
    const proc = getProcess();
    if (proc.listenerCount(name) > 0) queueTick(() => proc.emit(name, name, signal), []);
  }
  return 0;
}

/**
 * Node's `process.kill(pid[, signal])`: validates like Node (ERR_INVALID_ARG_TYPE,
 * ERR_UNKNOWN_SIGNAL). Browser: only this process exists: a signal to `process.pid` is
 * emitted as its event when listened to (else ignored); any other pid throws ESRCH.
 */
export function kill(pidValue: number, signal: string | number = 'SIGTERM'): true {
  if (pidValue != (pidValue | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pidValue);
  let number: number;
  if (typeof signal === 'number') number = signal;
  else if (typeof signal === 'string' && signal in SIGNALS) number = SIGNALS[signal]!;
  else throw new ERR_UNKNOWN_SIGNAL(signal);
  const errno = _kill(pidValue, number);
  if (errno) {
    const error = new Error('kill ESRCH') as Error & Record<string, unknown>;
    Object.assign(error, { errno: -3, code: 'ESRCH', syscall: 'kill' });
    throw error;
  }
  return true;
}

let assertWarned = false;

/** Node's deprecated `process.assert(value[, message])` (DEP0100): throws ERR_ASSERTION when falsy. */
export function assert(value: unknown, message?: string): void {
  if (!assertWarned) {
    assertWarned = true;
    emitWarning('process.assert() is deprecated. Please use the `assert` module instead.', 'DeprecationWarning', 'DEP0100');
  }
  if (!value) throw new ERR_ASSERTION(message || 'assertion error');
}

// ---------------------------------------------------------------------------------------
// stdio (./stdio.ts: light console writers, upgraded to real streams by polyfills/stdio)
// ---------------------------------------------------------------------------------------

export { stdout, stderr, stdin } from './stdio.js';

/** Node's `process.openStdin()`: resumes stdin and returns it. */
export function openStdin(): Stdio {
  stdin.resume();
  return stdin;
}

// ---------------------------------------------------------------------------------------
// Page events
// ---------------------------------------------------------------------------------------

let pageWired = false;
let exitWired = false;

interface PageTarget {
  addEventListener(type: string, listener: (event: any) => void): void;
}

function pageTarget(): PageTarget | undefined {
  const scope = globalThis as unknown as Partial<PageTarget>;
  return typeof scope.addEventListener === 'function' ? (scope as PageTarget) : undefined;
}

/** Page 'error' and 'unhandledrejection' events go to the process, once someone listens. */
function wirePage(): void {
  const target = pageTarget();
  if (pageWired || !target) return;
  pageWired = true;
  const proc = getProcess();
  target.addEventListener('error', (event: ErrorEvent) => {
    if (ticksStopped()) return;
    if (_fatalException(event.error ?? new Error(event.message))) event.preventDefault();
  });
  target.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    if (ticksStopped()) return;
    const deliver = (): void => {
      if (proc.listenerCount('unhandledRejection') > 0) {
        proc.emit('unhandledRejection', event.reason, event.promise);
        event.preventDefault();
      } else if (_fatalException(event.reason, 'unhandledRejection')) {
        event.preventDefault();
      }
    };
    // In the context the promise was made in, as Node 16 (when polynode saw it made).
    const context = contextOfPromise(event.promise);
    if (context) callInContext(context, deliver, undefined, undefined);
    else deliver();
  });
}

function wireExit(): void {
  const target = pageTarget();
  if (exitWired || !target) return;
  exitWired = true;
  target.addEventListener('pagehide', (event: PageTransitionEvent) => {
    if (event.persisted || _exiting) return;
    exit();
  });
}

// ---------------------------------------------------------------------------------------
// The process object
// ---------------------------------------------------------------------------------------

/** Node's `process.report`. Browser: the data fields, and report functions that are unavailable. */
const report = /*#__PURE__*/ (() => ({
  writeReport: unavailable('process.report.writeReport'),
  getReport: unavailable('process.report.getReport'),
  directory: '',
  filename: '',
  compact: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
}))();

function createProcess(): Process {
  const proc = new EventEmitter() as Process;
  // EventEmitter's bookkeeping, kept in the exported live bindings.
  const table = _events;
  Object.defineProperties(proc, {
    _events: {
      get: () => table,
      set(next: Record<string | symbol, unknown> | undefined) {
        if (next === table) return;
        for (const key of Reflect.ownKeys(table)) delete table[key];
        if (next) for (const key of Reflect.ownKeys(next)) table[key] = next[key];
      },
      enumerable: true,
      configurable: true,
    },
    _eventsCount: {
      get: () => _eventsCount,
      set: (value: number) => void (_eventsCount = value),
      enumerable: true,
      configurable: true,
    },
    _maxListeners: {
      get: () => _maxListeners,
      set: (value: undefined) => void (_maxListeners = value),
      enumerable: true,
      configurable: true,
    },
    domain: { get: () => domain, set: (value: unknown) => void (domain = value), enumerable: true, configurable: true },
    _exiting: {
      get: () => _exiting,
      set: (value: boolean) => void (_exiting = value),
      enumerable: true,
      configurable: true,
    },
    env: {
      get: () => env,
      set(value: Env) {
        env = value;
      },
      enumerable: true,
      configurable: true,
    },
    title: {
      get: () => title,
      set(value: unknown) {
        title = String(value);
      },
      enumerable: true,
      configurable: true,
    },
  });
  Object.assign(proc, {
    version,
    versions,
    arch,
    platform,
    release,
    _rawDebug,
    moduleLoadList,
    binding,
    _linkedBinding,
    config,
    dlopen,
    uptime,
    _getActiveRequests,
    _getActiveHandles,
    reallyExit,
    _kill,
    cpuUsage,
    resourceUsage,
    memoryUsage,
    kill,
    exit,
    openStdin,
    getuid,
    geteuid,
    getgid,
    getegid,
    getgroups,
    allowedNodeEnvironmentFlags,
    assert,
    features,
    _fatalException,
    setUncaughtExceptionCaptureCallback,
    hasUncaughtExceptionCaptureCallback,
    emitWarning,
    nextTick,
    _tickCallback,
    _debugProcess,
    _debugEnd,
    _startProfilerIdleNotifier,
    _stopProfilerIdleNotifier,
    abort,
    umask,
    chdir,
    cwd,
    initgroups,
    setgroups,
    setegid,
    seteuid,
    setgid,
    setuid,
    argv,
    execArgv,
    pid,
    ppid,
    execPath,
    debugPort,
    hrtime,
    argv0,
    _preload_modules,
    setSourceMapsEnabled,
    report,
    browser: true,
  });
  // Getters, as in Node: polynode/polyfills/stdio may replace the light objects with streams.
  Object.defineProperties(proc, {
    stdout: { get: () => stdout, enumerable: true, configurable: true },
    stdin: { get: () => stdin, enumerable: true, configurable: true },
    stderr: { get: () => stderr, enumerable: true, configurable: true },
  });
  proc.on('newListener', function wireOnDemand(event: string | symbol) {
    if (event === 'uncaughtException' || event === 'unhandledRejection') wirePage();
    else if (event === 'exit') wireExit();
  });
  proc.on('warning', printWarning);
  setTickErrorHandler(onTickError);
  setWarningHandler((warning) => emitWarning(warning));
  return proc;
}

let instance: Process | undefined;

function getProcess(): Process {
  // Inside a polynode worker, a bundler may have given the user module its own copy of this
  // module (webpack's ProvidePlugin, an `import process from 'process'` in a worker bundle):
  // it must still be the worker's process, which the bootstrap published before importing it.
  return (instance ??= (workerState()?.process as Process | undefined) ?? createProcess());
}

/**
 * Node's `process` object: what `import process from 'process'` and `require('process')`
 * give, an EventEmitter carrying every member above. Browser: one object for every
 * polynode module; `process.browser` is `true` (an extension).
 */
const process: Process = /*#__PURE__*/ getProcess();
export default process;

/** polynode's `process.browser`: `true` (an extension, as the browserify `process` shim has it). */
export const browser: boolean = true;

