/**
 * polynode's `util`: Node 16.13.1's `util` module for the browser — inspect, format,
 * promisify, callbackify, inherits, deprecate, debuglog, types and the rest, with Node
 * 16.13.1's output and errors. Importing it does nothing; each export pulls in only what it
 * needs (`promisify` does not bring the formatter).
 *
 * @packageDocumentation
 */
import { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } from '../internal/errors.js';
import { validateFunction, validateNumber, validateString } from '../internal/validators.js';
import { promisify } from './promisify.js';
import { emitWarning } from '../internal/warnings.js';
import { stripControlSequences } from '../internal/inspect-received.js';
import { isDeepStrictEqual as deepStrictEqual } from '../internal/comparisons.js';
import { Buffer } from '../buffer/index.js';
import { env as processEnv } from '../process/index.js';
import { format, formatWithOptions, inspect } from './inspect.js';
import { errnoMap } from './errno.js';
import { isDate as typesIsDate, isRegExp as typesIsRegExp } from './types/index.js';
import utilTypesNamespace from './types/index.js';

export { format, formatWithOptions, inspect } from './inspect.js';
export { promisify } from './promisify.js';
export type { Inspect, InspectOptions } from './inspect.js';

/** Node's `util.TextDecoder`: the platform's `TextDecoder` (WHATWG Encoding). */
export const TextDecoder = globalThis.TextDecoder;

/** Node's `util.TextEncoder`: the platform's `TextEncoder` (WHATWG Encoding). */
export const TextEncoder = globalThis.TextEncoder;

// ---------------------------------------------------------------------------------------
// promisify / callbackify
// ---------------------------------------------------------------------------------------


/**
 * Node's `util.callbackify(original)`: turns an async function (or one returning a promise)
 * into one taking a Node-style callback. A rejection with a falsy reason is delivered as
 * `ERR_FALSY_VALUE_REJECTION` whose `reason` holds it. The result is named
 * `originalCallbackified` and takes one more argument.
 * Browser: the callback runs in a microtask after settlement (Node uses `process.nextTick`,
 * which runs at the same point); an exception it throws is reported as uncaught.
 */
export function callbackify<T extends (...args: never[]) => Promise<unknown>>(original: T): (...args: unknown[]) => void {
  validateFunction(original, 'original');
  function callbackified(this: unknown, ...args: unknown[]): void {
    const maybeCallback = args.pop();
    validateFunction(maybeCallback, 'last argument');
    const callback = (maybeCallback as (error: unknown, value?: unknown) => void).bind(this);
    (Reflect.apply(original, this, args) as Promise<unknown>).then(
      (value) => queueMicrotask(() => callback(null, value)),
      (reason: unknown) =>
        queueMicrotask(() => callback(reason ? reason : new ERR_FALSY_VALUE_REJECTION(reason))),
    );
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length?.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name?.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------------------
// inherits, deprecate, debuglog
// ---------------------------------------------------------------------------------------

/**
 * Node's `util.inherits(ctor, superCtor)`: sets `ctor.prototype`'s prototype to
 * `superCtor.prototype` and `ctor.super_` to `superCtor`, with Node's validations
 * (`ERR_INVALID_ARG_TYPE` for a missing constructor or a `superCtor` without prototype).
 */
export function inherits(ctor: unknown, superCtor: unknown): void {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  const superProto: unknown = (superCtor as { prototype?: unknown }).prototype;
  if (superProto === undefined) throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superProto);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf((ctor as { prototype: object }).prototype, superProto as object | null);
}

/** The `process` polynode's modules share, read defensively (it may not be built or installed). */
function processFlag(name: 'noDeprecation' | 'throwDeprecation'): boolean {
  try {
    const proc = (globalThis as unknown as { process?: Record<string, unknown> }).process;
    return proc !== undefined && proc !== null && proc[name] === true;
  } catch {
    return false;
  }
}

const codesWarned = /*#__PURE__*/ new Set<string>();

function emitDeprecation(message: string, code: string | undefined): void {
  if (processFlag('noDeprecation')) return;
  if (processFlag('throwDeprecation')) {
    const error = new Error(message) as Error & { code?: string };
    error.name = 'DeprecationWarning';
    if (code !== undefined) error.code = code;
    throw error;
  }
  emitWarning(message, 'DeprecationWarning', code);
}

/**
 * Node's `util.deprecate(fn, msg, code)`: wraps `fn` so that its first call emits a
 * `DeprecationWarning` (once per `code` across all wrappers), printed as Node prints it:
 * `(node:1) [DEP0001] DeprecationWarning: msg`.
 * Browser: the flags `process.noDeprecation` and `process.throwDeprecation` are read from
 * the global `process` when there is one (polynode's `process` is not built yet); a page
 * has no process id, so warnings say `node:1`.
 */
export function deprecate<T extends Function>(fn: T, msg: string, code?: string): T {
  if (processFlag('noDeprecation')) return fn;
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(this: unknown, ...args: unknown[]): unknown {
    if (!warned) {
      warned = true;
      if (code === undefined) emitDeprecation(msg, undefined);
      else if (!codesWarned.has(code)) {
        emitDeprecation(msg, code);
        codesWarned.add(code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if ((fn as { prototype?: unknown }).prototype) deprecated.prototype = (fn as { prototype?: unknown }).prototype;
  return deprecated as unknown as T;
}

/** A logger made by `util.debuglog`. */
export interface DebugLogger {
  (...args: unknown[]): void;
  /** Whether the section is enabled by `NODE_DEBUG`. */
  readonly enabled: boolean;
}

let debugPattern: RegExp | null | undefined;
function debugEnabled(section: string): boolean {
  if (debugPattern === undefined) {
    let setting: unknown;
    try {
      setting = processEnv !== null && typeof processEnv === 'object' ? processEnv.NODE_DEBUG : undefined;
    } catch {
      setting = undefined;
    }
    debugPattern = null;
    if (typeof setting === 'string' && setting !== '') {
      const source = setting
        .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^')
        .toUpperCase();
      debugPattern = new RegExp(`^${source}$`, 'i');
    }
  }
  return debugPattern !== null && debugPattern.test(section);
}

const debugLoggers: Record<string, (...args: unknown[]) => void> = {};

function debugLoggerFor(section: string, enabled: boolean): (...args: unknown[]) => void {
  let logger = debugLoggers[section];
  if (logger === undefined) {
    if (enabled) {
      if (section === 'HTTP' || section === 'HTTP2') {
        emitWarning(
          `Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' can expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.`,
        );
      }
      logger = (...args: unknown[]) => {
        console.error(format('%s %s: %s', section, 1, formatWithOptions({ colors: false }, ...args)));
      };
    } else {
      logger = () => {};
    }
    debugLoggers[section] = logger;
  }
  return logger;
}

/**
 * Node's `util.debuglog(section, callback)`: a logger that writes `SECTION pid: message` to
 * stderr when `NODE_DEBUG` names the section (comma-separated, `*` wildcards, any case);
 * otherwise a no-op. `logger.enabled` tells which. `callback` receives the real logger on
 * first use.
 * Browser: `NODE_DEBUG` is read once from polynode's `process.env` (an empty object until
 * the process module is built, so every section is disabled); lines go to `console.error`,
 * with pid 1.
 */
export function debuglog(section: string, callback?: (logger: (...args: unknown[]) => void) => void): DebugLogger {
  let enabled: boolean | undefined;
  const init = (): boolean => {
    section = section.toUpperCase();
    enabled = debugEnabled(section);
    return enabled;
  };
  let impl = (...args: unknown[]): void => {
    init();
    impl = debugLoggerFor(section, enabled!);
    if (typeof callback === 'function') callback(impl);
    impl(...args);
  };
  let test = (): boolean => {
    init();
    test = () => enabled!;
    return enabled!;
  };
  const logger = (...args: unknown[]): void => impl(...args);
  Object.defineProperty(logger, 'enabled', { get: () => test(), configurable: true, enumerable: true });
  return logger as DebugLogger;
}

/** Node's `util.debug`: the same function as `util.debuglog`. */
export const debug = debuglog;

// ---------------------------------------------------------------------------------------
// Strings and system errors
// ---------------------------------------------------------------------------------------

/**
 * Node's `util.toUSVString(string)`: the string with every lone surrogate replaced by
 * U+FFFD. Uses the platform's `String.prototype.toWellFormed` where it exists.
 */
export function toUSVString(input: unknown): string {
  const text = `${input as string}`;
  const native = (String.prototype as { toWellFormed?: (this: string) => string }).toWellFormed;
  if (native !== undefined) return native.call(text);
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * Node's `util.stripVTControlCharacters(string)`: the string without ANSI escape codes.
 * Throws `ERR_INVALID_ARG_TYPE` for a non-string.
 */
export function stripVTControlCharacters(str: string): string {
  validateString(str, 'str');
  return stripControlSequences(str);
}

/**
 * Node's `util.getSystemErrorName(err)`: the name of a (negative) libuv errno, `'ENOENT'`
 * for -2, Node 16.13.1's Linux table; `Unknown system error -n` for others.
 * Throws `ERR_INVALID_ARG_TYPE` for a non-number, `ERR_OUT_OF_RANGE` for anything but a
 * negative integer.
 */
export function getSystemErrorName(err: number): string {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return errnoMap().get(err)?.[0] ?? `Unknown system error ${err}`;
}

/**
 * Node's `util.getSystemErrorMap()`: a new Map from errno to `[name, message]`, Node
 * 16.13.1's table for Linux (a page has no OS errors of its own).
 */
export function getSystemErrorMap(): Map<number, [string, string]> {
  return new Map([...errnoMap()].map(([errno, [name, message]]) => [errno, [name, message]]));
}

const errnoName = (err: number): string => errnoMap().get(err)?.[0] ?? `Unknown system error ${err}`;

/** An Error of Node's system-call shape, with `errno`, `code` and `syscall`. */
export interface ErrnoException extends Error {
  errno: number;
  code: string;
  syscall: string;
  address?: string;
  port?: number;
}

/**
 * Node's `util._errnoException(err, syscall, original)`: an `Error` whose message is
 * `syscall CODE[ original]`, with `errno`, `code` and `syscall` properties.
 */
export function _errnoException(err: number, syscall: string, original?: string): ErrnoException {
  const code = errnoName(err);
  const error = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`) as ErrnoException;
  error.errno = err;
  error.code = code;
  error.syscall = syscall;
  return error;
}

/**
 * Node's `util._exceptionWithHostPort(err, syscall, address, port, additional)`: as
 * `_errnoException`, with ` address:port` and ` - Local (additional)` in the message and
 * `address`/`port` properties.
 */
export function _exceptionWithHostPort(
  err: number,
  syscall: string,
  address: string,
  port?: number,
  additional?: string,
): ErrnoException {
  const code = errnoName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const error = new Error(`${syscall} ${code}${details}`) as ErrnoException;
  error.errno = err;
  error.code = code;
  error.syscall = syscall;
  error.address = address;
  if (port) error.port = port;
  return error;
}

/**
 * Node's `util._extend(target, source)`: copies `source`'s own enumerable properties onto
 * `target` (deprecated in Node's documentation; use `Object.assign`).
 */
export function _extend<T>(target: T, source: unknown): T {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) (target as Record<string, unknown>)[keys[i]!] = (source as Record<string, unknown>)[keys[i]!];
  return target;
}

/**
 * Node's `util.isDeepStrictEqual(a, b)`: whether `assert.deepStrictEqual(a, b)` would pass.
 */
export function isDeepStrictEqual(val1: unknown, val2: unknown): boolean {
  return deepStrictEqual(val1, val2);
}

// ---------------------------------------------------------------------------------------
// util.log and the deprecated type checks
// ---------------------------------------------------------------------------------------

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * Node's `util.log(...args)` (deprecated): prints `d Mon HH:MM:SS - message` with
 * `console.log`, the message formatted by `util.format`.
 */
export function log(...args: unknown[]): void {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  console.log('%s - %s', `${now.getDate()} ${MONTHS[now.getMonth()]} ${time}`, format(...args));
}

/** Node's `util.isArray` (deprecated): `Array.isArray`. */
export const isArray = Array.isArray;
/** Node's `util.isBoolean` (deprecated): `typeof value === 'boolean'`. */
export const isBoolean = (value: unknown): boolean => typeof value === 'boolean';
/** Node's `util.isBuffer` (deprecated): `Buffer.isBuffer`. */
export const isBuffer = (value: unknown): boolean => Buffer.isBuffer(value);
/** Node's `util.isDate` (deprecated): `util.types.isDate`. */
export const isDate = typesIsDate;
/** Node's `util.isError` (deprecated): an object tagged `[object Error]` or an `instanceof Error`. */
export const isError = (value: unknown): boolean =>
  Object.prototype.toString.call(value) === '[object Error]' || value instanceof Error;
/** Node's `util.isFunction` (deprecated): `typeof value === 'function'`. */
export const isFunction = (value: unknown): boolean => typeof value === 'function';
/** Node's `util.isNull` (deprecated): `value === null`. */
export const isNull = (value: unknown): boolean => value === null;
/** Node's `util.isNullOrUndefined` (deprecated): `value == null`. */
export const isNullOrUndefined = (value: unknown): boolean => value === null || value === undefined;
/** Node's `util.isNumber` (deprecated): `typeof value === 'number'`. */
export const isNumber = (value: unknown): boolean => typeof value === 'number';
/** Node's `util.isObject` (deprecated): a non-null object (functions are not). */
export const isObject = (value: unknown): boolean => value !== null && typeof value === 'object';
/** Node's `util.isPrimitive` (deprecated): neither an object nor a function. */
export const isPrimitive = (value: unknown): boolean =>
  value === null || (typeof value !== 'object' && typeof value !== 'function');
/** Node's `util.isRegExp` (deprecated): `util.types.isRegExp`. */
export const isRegExp = typesIsRegExp;
/** Node's `util.isString` (deprecated): `typeof value === 'string'`. */
export const isString = (value: unknown): boolean => typeof value === 'string';
/** Node's `util.isSymbol` (deprecated): `typeof value === 'symbol'`. */
export const isSymbol = (value: unknown): boolean => typeof value === 'symbol';
/** Node's `util.isUndefined` (deprecated): `value === undefined`. */
export const isUndefined = (value: unknown): boolean => value === undefined;

/** Node's `util.types`: the `util/types` module. */
export const types = utilTypesNamespace;

/** Node's `util` module object: what `import util from 'util'` and `require('util')` give. */
const utilModule = {
  TextDecoder,
  TextEncoder,
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray,
  isBoolean,
  isBuffer,
  isDate,
  isDeepStrictEqual,
  isError,
  isFunction,
  isNull,
  isNullOrUndefined,
  isNumber,
  isObject,
  isPrimitive,
  isRegExp,
  isString,
  isSymbol,
  isUndefined,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
};
export default utilModule;
