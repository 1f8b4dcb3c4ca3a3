/**
 * polynode's `os`: Node 16.13.1's `os` module for the browser.
 *
 * Every function exists and returns a value of Node's shape. A page cannot see the machine,
 * so the values come from what the browser tells (`navigator.hardwareConcurrency`,
 * `navigator.deviceMemory`, `location.hostname`, `performance.timeOrigin`,
 * `navigator.userAgent`) or are documented placeholders; `os.constants` is Node 16.13.1's
 * Linux table. Where `process` says more (`process.platform`, `process.env.HOME`,
 * `process.pid`), these values follow it, so the two never disagree.
 *
 * @packageDocumentation
 */
import polynodeProcess from '../process/index.js';
import { Buffer } from '../buffer/index.js';
import { systemError } from '../internal/errors.js';
import { validateInt32 } from '../internal/validators.js';

/** Node's `os.EOL`: `'\n'` (polynode reports a POSIX system). */
export const EOL: string = "\n";

/** Node's `os.devNull`: `'/dev/null'`. */
export const devNull: string = '/dev/null';

/** Node's `os.constants` (Node 16.13.1's Linux values: signals, errno, priority, dlopen, UV_UDP_REUSEADDR). */
export const constants = {"UV_UDP_REUSEADDR":4,"dlopen":{"RTLD_LAZY":1,"RTLD_NOW":2,"RTLD_GLOBAL":256,"RTLD_LOCAL":0,"RTLD_DEEPBIND":8},"errno":{"E2BIG":7,"EACCES":13,"EADDRINUSE":98,"EADDRNOTAVAIL":99,"EAFNOSUPPORT":97,"EAGAIN":11,"EALREADY":114,"EBADF":9,"EBADMSG":74,"EBUSY":16,"ECANCELED":125,"ECHILD":10,"ECONNABORTED":103,"ECONNREFUSED":111,"ECONNRESET":104,"EDEADLK":35,"EDESTADDRREQ":89,"EDOM":33,"EDQUOT":122,"EEXIST":17,"EFAULT":14,"EFBIG":27,"EHOSTUNREACH":113,"EIDRM":43,"EILSEQ":84,"EINPROGRESS":115,"EINTR":4,"EINVAL":22,"EIO":5,"EISCONN":106,"EISDIR":21,"ELOOP":40,"EMFILE":24,"EMLINK":31,"EMSGSIZE":90,"EMULTIHOP":72,"ENAMETOOLONG":36,"ENETDOWN":100,"ENETRESET":102,"ENETUNREACH":101,"ENFILE":23,"ENOBUFS":105,"ENODATA":61,"ENODEV":19,"ENOENT":2,"ENOEXEC":8,"ENOLCK":37,"ENOLINK":67,"ENOMEM":12,"ENOMSG":42,"ENOPROTOOPT":92,"ENOSPC":28,"ENOSR":63,"ENOSTR":60,"ENOSYS":38,"ENOTCONN":107,"ENOTDIR":20,"ENOTEMPTY":39,"ENOTSOCK":88,"ENOTSUP":95,"ENOTTY":25,"ENXIO":6,"EOPNOTSUPP":95,"EOVERFLOW":75,"EPERM":1,"EPIPE":32,"EPROTO":71,"EPROTONOSUPPORT":93,"EPROTOTYPE":91,"ERANGE":34,"EROFS":30,"ESPIPE":29,"ESRCH":3,"ESTALE":116,"ETIME":62,"ETIMEDOUT":110,"ETXTBSY":26,"EWOULDBLOCK":11,"EXDEV":18},"signals":{"SIGHUP":1,"SIGINT":2,"SIGQUIT":3,"SIGILL":4,"SIGTRAP":5,"SIGABRT":6,"SIGIOT":6,"SIGBUS":7,"SIGFPE":8,"SIGKILL":9,"SIGUSR1":10,"SIGSEGV":11,"SIGUSR2":12,"SIGPIPE":13,"SIGALRM":14,"SIGTERM":15,"SIGCHLD":17,"SIGSTKFLT":16,"SIGCONT":18,"SIGSTOP":19,"SIGTSTP":20,"SIGTTIN":21,"SIGTTOU":22,"SIGURG":23,"SIGXCPU":24,"SIGXFSZ":25,"SIGVTALRM":26,"SIGPROF":27,"SIGWINCH":28,"SIGIO":29,"SIGPOLL":29,"SIGPWR":30,"SIGSYS":31,"SIGUNUSED":31},"priority":{"PRIORITY_LOW":19,"PRIORITY_BELOW_NORMAL":10,"PRIORITY_NORMAL":0,"PRIORITY_ABOVE_NORMAL":-7,"PRIORITY_HIGH":-14,"PRIORITY_HIGHEST":-20}};

// ---------------------------------------------------------------------------------------
// Values shared with `process`: os reads polynode's process object (its platform, pid and
// env.HOME), so the two always agree.
// ---------------------------------------------------------------------------------------

interface ProcessLike {
  platform?: unknown;
  pid?: unknown;
  env?: Record<string, unknown>;
}

function processLike(): ProcessLike | undefined {
  return polynodeProcess as unknown as ProcessLike;
}

/** `process.platform` when a process object reports one, else `'browser'`. */
function processPlatform(): string {
  try {
    const platform = processLike()?.platform;
    if (typeof platform === 'string' && platform !== '') return platform;
  } catch {
    // a stub process that throws on access: fall back
  }
  return 'browser';
}

/** `process.env.HOME` when set (Node's os.homedir reads it first), else `'/home/user'`. */
function processHome(): string {
  try {
    const home = processLike()?.env?.HOME;
    if (typeof home === 'string' && home !== '') return home;
  } catch {
    // a stub process that throws on access: fall back
  }
  return '/home/user';
}

/** true when `pid` is this process (0, or `process.pid` when there is one). */
function isOwnPid(pid: number): boolean {
  if (pid === 0) return true;
  try {
    return processLike()?.pid === pid;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------

interface NavigatorLike {
  hardwareConcurrency?: number;
  deviceMemory?: number;
  userAgent?: string;
}

function nav(): NavigatorLike | undefined {
  const candidate = (globalThis as { navigator?: unknown }).navigator;
  return typeof candidate === 'object' && candidate !== null ? (candidate as NavigatorLike) : undefined;
}

/** Node makes these functions print their value in a template string (`${os.hostname}`). */
function withPrimitive<F extends () => unknown>(fn: F): F {
  Object.defineProperty(fn, Symbol.toPrimitive, { value: () => fn(), writable: true, configurable: true, enumerable: true });
  return fn;
}

/** Node's `SystemError` (`ERR_SYSTEM_ERROR`) for a failed libuv call. */
function systemCallError(syscall: string, code: string, errno: number, description: string): Error {
  return systemError('ERR_SYSTEM_ERROR', 'A system error occurred', { errno, code, message: description, syscall });
}

/** Node's `os.arch()`: `'x64'`, what polynode's `process.arch` reports. Browser: a fixed value, not the real CPU. */
export const arch = /*#__PURE__*/ withPrimitive(function arch(): string {
  return 'x64';
});

/** Node's `os.platform()`: `process.platform` when a process object reports one, else `'browser'`. */
export const platform = /*#__PURE__*/ withPrimitive(function platform(): string {
  return processPlatform();
});

const OS_TYPES: Record<string, string> = { linux: 'Linux', darwin: 'Darwin', win32: 'Windows_NT', aix: 'AIX', freebsd: 'FreeBSD', openbsd: 'OpenBSD', sunos: 'SunOS', android: 'Linux' };

/** Node's `os.type()`: `'Browser'` on the `'browser'` platform, else the `uname` name matching `os.platform()` (`'Linux'` …). */
export const type = /*#__PURE__*/ withPrimitive(function getOSType(): string {
  return OS_TYPES[processPlatform()] ?? 'Browser';
});

/**
 * Node's `os.release()`. Browser: the browser engine's version read from
 * `navigator.userAgent` (`Chrome/120.0.0.0` → `'120.0.0.0'`, `Firefox/115.0` → `'115.0'`),
 * else `'0.0.0'`.
 */
export const release = /*#__PURE__*/ withPrimitive(function getOSRelease(): string {
  const ua = nav()?.userAgent ?? '';
  const match = /(?:Firefox|Chrome|Chromium|Version|Edg)\/([\d.]+)/.exec(ua);
  return match ? match[1]! : '0.0.0';
});

/** Node's `os.version()`. Browser: `navigator.userAgent`, else `'Browser'`. */
export const version = /*#__PURE__*/ withPrimitive(function getOSVersion(): string {
  const ua = nav()?.userAgent;
  return typeof ua === 'string' && ua !== '' ? ua : 'Browser';
});

/** Node's `os.hostname()`. Browser: `location.hostname`, else `'localhost'`. */
export const hostname = /*#__PURE__*/ withPrimitive(function hostname(): string {
  const location = (globalThis as { location?: { hostname?: unknown } }).location;
  const name = location?.hostname;
  return typeof name === 'string' && name !== '' ? name : 'localhost';
});

/** Node's `os.homedir()`: `process.env.HOME` when set, else `'/home/user'`. */
export const homedir = /*#__PURE__*/ withPrimitive(function homedir(): string {
  return processHome();
});

/** Node's `os.tmpdir()`: `'/tmp'`. Browser: a placeholder path (there is no temporary folder). */
export const tmpdir = /*#__PURE__*/ withPrimitive(function tmpdir(): string {
  return '/tmp';
});

/** Node's `os.endianness()`: `'LE'` or `'BE'`, detected from a typed array. */
export const endianness = /*#__PURE__*/ withPrimitive(function endianness(): 'LE' | 'BE' {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
});

const GIB = 1024 * 1024 * 1024;

/**
 * Node's `os.totalmem()` in bytes. Browser: `navigator.deviceMemory` GiB (Chromium; it is
 * rounded and capped at 8) when present, else 4 GiB.
 */
export const totalmem = /*#__PURE__*/ withPrimitive(function getTotalMem(): number {
  const gib = nav()?.deviceMemory;
  return typeof gib === 'number' && gib > 0 ? gib * GIB : 4 * GIB;
});

/**
 * Node's `os.freemem()` in bytes. Browser: `totalmem()` less the page's used JS heap
 * (`performance.memory.usedJSHeapSize`, Chromium) when known, else half of `totalmem()`.
 */
export const freemem = /*#__PURE__*/ withPrimitive(function getFreeMem(): number {
  const total = totalmem();
  const used = (globalThis as { performance?: { memory?: { usedJSHeapSize?: unknown } } }).performance?.memory?.usedJSHeapSize;
  return typeof used === 'number' && used >= 0 && used < total ? total - used : Math.floor(total / 2);
});

/** Node's `os.uptime()` in seconds. Browser: the page's age, from `performance.timeOrigin`, to 1/100 s. */
export const uptime = /*#__PURE__*/ withPrimitive(function getUptime(): number {
  const perf = (globalThis as { performance?: { now?: () => number } }).performance;
  const ms = typeof perf?.now === 'function' ? perf.now() : 0;
  return Math.round(ms / 10) / 100;
});

/** Node's `os.loadavg()`. Browser: `[0, 0, 0]` (what Node returns on Windows; no load is visible). */
export function loadavg(): number[] {
  return [0, 0, 0];
}

/** One entry of `os.cpus()`. */
export interface CpuInfo {
  model: string;
  speed: number;
  times: { user: number; nice: number; sys: number; idle: number; irq: number };
}

/**
 * Node's `os.cpus()`: one entry per logical CPU. Browser: `navigator.hardwareConcurrency`
 * entries (1 when unknown), each `{ model: 'Browser CPU', speed: 0, times: { user: 0, nice:
 * 0, sys: 0, idle: 0, irq: 0 } }` (the model, clock speed and CPU times are not visible).
 */
export function cpus(): CpuInfo[] {
  const count = nav()?.hardwareConcurrency;
  const length = typeof count === 'number' && count >= 1 ? Math.floor(count) : 1;
  return Array.from({ length }, () => ({ model: 'Browser CPU', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } }));
}

/** One address of `os.networkInterfaces()`. */
export interface NetworkInterfaceInfo {
  address: string;
  netmask: string;
  family: 'IPv4' | 'IPv6';
  mac: string;
  internal: boolean;
  cidr: string;
  scopeid?: number;
}

/** Node's `os.networkInterfaces()`. Browser: only the loopback interface `lo` (127.0.0.1 and ::1), in Node's shape. */
export function networkInterfaces(): Record<string, NetworkInterfaceInfo[]> {
  return {
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
      { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
    ],
  };
}

/** What `os.userInfo()` returns. */
export interface UserInfo<T> {
  uid: number;
  gid: number;
  username: T;
  homedir: T;
  shell: T | null;
}

/**
 * Node's `os.userInfo([options])`. Browser: `{ uid: -1, gid: -1, username: 'user',
 * homedir: os.homedir(), shell: null }` (-1 and `null` as Node reports where there is no
 * POSIX user); `options.encoding` `'buffer'` gives Buffers, another encoding re-encodes the
 * strings, as in Node.
 */
export function userInfo(options?: { encoding?: string } | null): UserInfo<string | Buffer> {
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  const encode = (value: string): string | Buffer => {
    if (encoding === 'buffer') return Buffer.from(value);
    if (typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && Buffer.isEncoding(encoding)) {
      return Buffer.from(value).toString(encoding as Parameters<Buffer['toString']>[0]);
    }
    return value;
  };
  return { uid: -1, gid: -1, username: encode('user'), homedir: encode(homedir()), shell: null };
}

let ownPriority = 0;

/**
 * Node's `os.getPriority([pid])`. Browser: this page's priority (0 until `setPriority`
 * changes it) for pid 0 or `process.pid`; any other pid throws Node's `ERR_SYSTEM_ERROR`
 * (`uv_os_getpriority returned ESRCH (no such process)`): no other process is visible.
 */
export function getPriority(pid?: number): number {
  if (pid === undefined) pid = 0;
  validateInt32(pid, 'pid');
  if (!isOwnPid(pid)) throw systemCallError('uv_os_getpriority', 'ESRCH', -3, 'no such process');
  return ownPriority;
}

/**
 * Node's `os.setPriority([pid, ]priority)` with Node's validation (`priority` in -20..19).
 * Browser: only records the value `getPriority` returns (a page cannot change its
 * scheduling); any pid other than 0 or `process.pid` throws Node's `ERR_SYSTEM_ERROR`
 * (`uv_os_setpriority returned ESRCH (no such process)`).
 */
export function setPriority(pid: number, priority?: number): void {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  if (!isOwnPid(pid)) throw systemCallError('uv_os_setpriority', 'ESRCH', -3, 'no such process');
  ownPriority = priority;
}

/** Node's `os` module object: what `import os from 'os'` and `require('os')` give. */
const osModule = {
  EOL,
  arch,
  constants,
  cpus,
  devNull,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  uptime,
  userInfo,
  version,
};
export default osModule;
