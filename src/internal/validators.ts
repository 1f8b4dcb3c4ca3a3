/**
 * Node 16.13.1's argument validators (`internal/validators`), with Node's names, argument
 * order and defaults, throwing exactly the errors Node throws for the same input (checked
 * call by call against real Node 16: test/golden/node16-errors.json). Most are TypeScript
 * assertion functions, so a validated value is narrowed for the code after the call.
 *
 * Node hides the validators' own frames from stack traces; browsers have no such hook, so
 * here the stack starts inside the validator.
 *
 * @packageDocumentation
 */

import {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_ARG_VALUE_SHALLOW,
  ERR_INVALID_CALLBACK,
  ERR_OUT_OF_RANGE_SHALLOW,
  ERR_SOCKET_BAD_PORT,
  ERR_UNKNOWN_SIGNAL,
} from './errors.js';

/** True for a number that is a 32-bit signed integer (`-0` included, as in Node). */
export function isInt32(value: unknown): value is number {
  return value === ((value as number) | 0);
}

/** True for a number that is a 32-bit unsigned integer (`-0` included, as in Node). */
export function isUint32(value: unknown): value is number {
  return value === (value as number) >>> 0;
}

/** Throws ERR_INVALID_ARG_TYPE unless `value` is a string. */
export function validateString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

/**
 * Throws ERR_INVALID_ARG_TYPE unless `value` is a number (NaN passes).
 *
 * `min` and `max` are not in Node 16 (its validateNumber takes two arguments); they follow
 * the later Node versions that added them (ERR_OUT_OF_RANGE `It must be >= min && <= max`,
 * NaN rejected when a bound is given). Called with two arguments this is Node 16's validator.
 */
export function validateNumber(value: unknown, name: string, min?: number | null, max?: number | null): asserts value is number {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  const hasMin = min !== undefined && min !== null;
  const hasMax = max !== undefined && max !== null;
  if ((hasMin && value < min) || (hasMax && value > max) || ((hasMin || hasMax) && Number.isNaN(value))) {
    const range = `${hasMin ? `>= ${min}` : ''}${hasMin && hasMax ? ' && ' : ''}${hasMax ? `<= ${max}` : ''}`;
    throw new ERR_OUT_OF_RANGE_SHALLOW(name, range, value);
  }
}

/** Throws unless `value` is an integer in [min, max] (default: the safe integers). */
export function validateInteger(
  value: unknown,
  name: string,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE_SHALLOW(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE_SHALLOW(name, `>= ${min} && <= ${max}`, value);
}

/** Throws unless `value` is a 32-bit signed integer in [min, max]. */
export function validateInt32(value: unknown, name: string, min = -2147483648, max = 2147483647): asserts value is number {
  if (!isInt32(value)) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE_SHALLOW(name, 'an integer', value);
    throw new ERR_OUT_OF_RANGE_SHALLOW(name, `>= ${min} && <= ${max}`, value);
  }
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE_SHALLOW(name, `>= ${min} && <= ${max}`, value);
}

/** Throws unless `value` is a 32-bit unsigned integer (and not 0 when `positive`). */
export function validateUint32(value: unknown, name: string, positive?: boolean): asserts value is number {
  if (!isUint32(value)) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE_SHALLOW(name, 'an integer', value);
    throw new ERR_OUT_OF_RANGE_SHALLOW(name, `>= ${positive ? 1 : 0} && < 4294967296`, value);
  }
  if (positive && value === 0) throw new ERR_OUT_OF_RANGE_SHALLOW(name, '>= 1 && < 4294967296', value);
}

/** Throws ERR_INVALID_ARG_TYPE unless `value` is a boolean. */
export function validateBoolean(value: unknown, name: string): asserts value is boolean {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

/** Node 16's options of validateObject (all false by default, and when `options` is null). */
export interface ValidateObjectOptions {
  /** Accept `null`. */
  nullable?: boolean;
  /** Accept arrays. */
  allowArray?: boolean;
  /** Accept functions. */
  allowFunction?: boolean;
}

/**
 * Throws ERR_INVALID_ARG_TYPE (`must be of type object`) unless `value` is an object; null,
 * arrays and functions are refused unless the options allow them.
 */
export function validateObject(
  value: unknown,
  name: string,
  options?: ValidateObjectOptions | null,
): asserts value is object {
  const nullable = options?.nullable ?? false;
  const allowArray = options?.allowArray ?? false;
  const allowFunction = options?.allowFunction ?? false;
  if (
    (!nullable && value === null) ||
    (!allowArray && Array.isArray(value)) ||
    (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))
  ) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

/** Throws unless `value` is an array of at least `minLength` items. */
export function validateArray(value: unknown, name: string, minLength = 0): asserts value is unknown[] {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) throw new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
}

/** Throws ERR_INVALID_ARG_TYPE (`must be of type function`) unless `value` is a function. */
export function validateFunction(value: unknown, name: string): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

/** Throws ERR_INVALID_CALLBACK unless `callback` is a function. */
export function validateCallback(callback: unknown): asserts callback is (...args: never[]) => unknown {
  if (typeof callback !== 'function') throw new ERR_INVALID_CALLBACK(callback);
}

/**
 * Throws ERR_INVALID_ARG_VALUE (`must be one of: 'a', 'b'`) unless `value` is one of
 * `oneOf` (compared as Array.prototype.includes does, so NaN matches NaN).
 */
export function validateOneOf<T>(value: unknown, name: string, oneOf: readonly T[]): asserts value is T {
  if (!oneOf.includes(value as T)) {
    const allowed = oneOf.map((item) => (typeof item === 'string' ? `'${item}'` : String(item))).join(', ');
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
  }
}

/**
 * Throws ERR_INVALID_ARG_VALUE when hex data has an odd length (the only check Node 16
 * makes here). `data` is read for its `length` first, as in Node.
 */
export function validateEncoding(data: { readonly length: number }, encoding: unknown): void {
  const length = data.length;
  if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE_SHALLOW('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

/**
 * Throws ERR_INVALID_ARG_TYPE (`must be an instance of AbortSignal`) unless `signal` is
 * undefined or an object with an `aborted` property (Node's duck-typed check).
 */
export function validateAbortSignal(signal: unknown, name: string): asserts signal is AbortSignal | undefined {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

/**
 * Throws ERR_INVALID_ARG_TYPE unless `buffer` is an ArrayBufferView (a Buffer, another typed
 * array or a DataView).
 */
export function validateBuffer(buffer: unknown, name = 'buffer'): asserts buffer is ArrayBufferView {
  if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

/** The signal names `os.constants.signals` has in Node 16 on Linux. */
const SIGNAL_NAMES =
  ' SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGIOT SIGBUS SIGFPE SIGKILL SIGUSR1 SIGSEGV SIGUSR2 SIGPIPE SIGALRM SIGTERM SIGCHLD SIGSTKFLT SIGCONT SIGSTOP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGIO SIGPOLL SIGPWR SIGSYS SIGUNUSED ';

const isSignalName = (name: string): boolean => /^SIG[A-Z0-9]+$/.test(name) && SIGNAL_NAMES.includes(` ${name} `);

/**
 * Throws unless `signal` is the name of a signal Node 16 knows on Linux (`'SIGTERM'` …);
 * a name in the wrong case gets Node's hint "(signals must use all capital letters)".
 */
export function validateSignalName(signal: unknown, name = 'signal'): asserts signal is string {
  validateString(signal, name);
  if (!isSignalName(signal)) {
    if (isSignalName(signal.toUpperCase())) {
      throw new ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`);
    }
    throw new ERR_UNKNOWN_SIGNAL(signal);
  }
}

/**
 * Returns `port` as a number when it is a port number (a number or a numeric string, from
 * 0, or from 1 unless `allowZero`, to 65535); throws ERR_SOCKET_BAD_PORT otherwise.
 */
export function validatePort(port: unknown, name = 'Port', allowZero = true): number {
  if (
    (typeof port !== 'number' && typeof port !== 'string') ||
    (typeof port === 'string' && port.trim().length === 0) ||
    +port !== +port >>> 0 ||
    +port > 0xffff ||
    (port === 0 && !allowZero)
  ) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return +port | 0;
}

/** Throws ERR_INVALID_ARG_TYPE (`must be undefined`) unless `value` is undefined. */
export function validateUndefined(value: unknown, name: string): asserts value is undefined {
  if (value !== undefined) throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
}

/**
 * A file mode from a number or an octal string (`'644'`); `def` stands in for null or
 * undefined. Throws for anything else, or for a mode outside 0 … 2^32-1.
 */
export function parseFileMode(value: unknown, name: string, def?: number): number {
  if (value === null || value === undefined) value = def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateInt32(value, name, 0, 2 ** 32 - 1);
  return value;
}
