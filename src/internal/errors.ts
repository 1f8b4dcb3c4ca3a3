/**
 * Node's coded errors. Every error polynode throws comes from here, so that its class,
 * `code`, `name`, message and `String(err)` equal what Node 16.13.1 produces:
 * `TypeError [ERR_INVALID_ARG_TYPE]: The "size" argument must be of type number. Received type string ('1')`.
 *
 * As in Node, each code is a constructor that returns a plain instance of the base class
 * (`TypeError`, `RangeError`, `Error`) carrying an own enumerable `code` and a
 * non-enumerable `toString`; `err instanceof TypeError` holds and `err.name` stays
 * `'TypeError'`. Each code is made by a `/*#__PURE__*\/` call so bundlers drop the
 * codes (and their message templates) a program never uses.
 *
 * @packageDocumentation
 */

import { addNumericalSeparator, formatPrimitive, inspectShallow, type Primitive } from './inspect-primitive.js';
import { formatAsString, hasBuiltInToString, inspectReceived } from './inspect-received.js';

/** The fields every Node-coded error has besides those of its base class. */
export interface NodeErrorFields {
  /** Node's error code, e.g. `'ERR_INVALID_ARG_TYPE'`. */
  code: string;
}

/** A Node error code: call it with or without `new` to get an error instance. */
export interface NodeErrorConstructor<Args extends unknown[], Base extends Error> {
  new (...args: Args): Base & NodeErrorFields;
  (...args: Args): Base & NodeErrorFields;
  /** The code this constructor stamps on its errors. */
  readonly code: string;
}

/** A built-in error class (`TypeError` …) or one shaped like it. */
export type BaseErrorClass<E extends Error> = new (message?: string) => E;

/**
 * Writes the value a message describes ("… Received 5"): `inspectReceived` (util.inspect's
 * look-alike) for the codes below, or a lighter one where a module knows what it passes.
 */
export type ValueFormatter = (value: unknown) => string;

/**
 * Marks errors made here, so `isNodeError` can tell them apart from look-alikes.
 * Registered so that two copies of polynode on one page agree.
 */
const kIsNodeError = Symbol.for('polynode.isNodeError');

/**
 * Makes the constructor of one Node error code.
 * @param code Node's code, e.g. `ERR_OUT_OF_RANGE`.
 * @param Base the class Node uses for this code.
 * @param message a fixed message or a template taking the constructor's arguments.
 * @param init adds the own properties some codes carry besides `code` (`input` on
 *   `ERR_INVALID_URL`); it runs before `code` is set, so the keys come in Node's order.
 */
export function makeNodeError<Args extends unknown[], E extends Error>(
  code: string,
  Base: BaseErrorClass<E>,
  message: string | ((...args: Args) => string),
  init?: (error: E, ...args: Args) => void,
): NodeErrorConstructor<Args, E> {
  const NodeError = function NodeError(...args: Args): E & NodeErrorFields {
    const text = typeof message === 'string' ? message : message(...args);
    const error = new Base(text);
    if (init) init(error, ...args);
    return stampNodeError(error, code);
  } as unknown as NodeErrorConstructor<Args, E>;
  Object.defineProperty(NodeError, 'code', { value: code });
  return NodeError;
}

/**
 * Gives an existing error Node's `code` and `toString` shape. Used by the codes above and
 * by errors whose class is not one of the built-in ones.
 */
export function stampNodeError<E extends Error>(error: E, code: string): E & NodeErrorFields {
  Object.defineProperties(error, {
    [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
    toString: {
      value(this: Error & NodeErrorFields) {
        return `${this.name} [${this.code}]: ${this.message}`;
      },
      enumerable: false,
      writable: true,
      configurable: true,
    },
  });
  (error as E & NodeErrorFields).code = code;
  // Node's stacks start with `TypeError [ERR_X]: message`. V8 (Chromium) writes the header
  // as `TypeError: message`: rewrite it. Other engines' stacks have no header to fix.
  const stack: unknown = error.stack;
  const header = `${error.name}: ${error.message}`;
  if (typeof stack === 'string' && (stack === header || stack.startsWith(`${header}\n`))) {
    error.stack = `${error.name} [${code}]: ${error.message}${stack.slice(header.length)}`;
  }
  return error as E & NodeErrorFields;
}

/** True for an error made by `makeNodeError` (in this or another copy of polynode). */
export function isNodeError(value: unknown): value is Error & NodeErrorFields {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[kIsNodeError] === true;
}

// ---------------------------------------------------------------------------------------
// The codes. Messages are Node 16.13.1's templates.
// ---------------------------------------------------------------------------------------

/** `ERR_METHOD_NOT_IMPLEMENTED`: `The ${method} method is not implemented`. */
export const ERR_METHOD_NOT_IMPLEMENTED = /*#__PURE__*/ makeNodeError(
  'ERR_METHOD_NOT_IMPLEMENTED',
  Error,
  (method: string) => `The ${method} method is not implemented`,
);

/**
 * `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`: what a browser can never do. Node's exact text,
 * including its ending ("which is being used to run Node.js"), so code matching on the
 * message keeps working.
 */
export const ERR_FEATURE_UNAVAILABLE_ON_PLATFORM = /*#__PURE__*/ makeNodeError(
  'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  TypeError,
  (feature: string) =>
    `The feature ${feature} is unavailable on the current platform, which is being used to run Node.js`,
);

// ---------------------------------------------------------------------------------------
// Argument errors. Their messages describe the value received the way Node 16 does, with
// inspect-received.ts standing in for util.inspect. ERR_INVALID_ARG_TYPE, thrown almost
// everywhere, needs only the small inspect-primitive.ts. The codes that show any value in
// full are also made by factories taking the formatter, so that a size-critical module
// (buffer/checks.ts) can make a variant with a light formatter that is exact for the values
// it passes; the codes exported here stay exact for every value.
// ---------------------------------------------------------------------------------------

/** The words Node reads as `typeof` results ('Function' and 'Object' are written in lower case). */
const TYPE_WORDS = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

/** Joins `a`, `a or b`, `a, b, or c`. */
function orList(items: readonly string[]): string {
  if (items.length > 2) return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]!}`;
  return items.join(' or ');
}

/**
 * Node's phrasing of the expected types: `of type string`, `one of type string or number`,
 * `an instance of Buffer or Uint8Array`, `a function`, and combinations joined by "or".
 * Type words (`string` …) first, then class names (capitalised identifiers), then anything
 * else; `object` next to class names becomes the class `Object`.
 */
function describeExpected(expected: string | readonly string[]): string {
  const list = typeof expected === 'string' ? [expected] : expected;
  const types: string[] = [];
  const instances: string[] = [];
  const others: string[] = [];
  for (const item of list) {
    if (TYPE_WORDS.includes(item)) types.push(item.toLowerCase());
    else if (/^([A-Z][a-z0-9]*)+$/.test(item)) instances.push(item);
    else others.push(item);
  }
  if (instances.length > 0) {
    const at = types.indexOf('object');
    if (at !== -1) {
      types.splice(at, 1);
      instances.push('Object');
    }
  }
  const parts: string[] = [];
  if (types.length > 0) parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${orList(types)}`);
  if (instances.length > 0) parts.push(`an instance of ${orList(instances)}`);
  if (others.length > 1) parts.push(`one of ${orList(others)}`);
  else if (others.length === 1) parts.push(others[0]!.toLowerCase() !== others[0] ? `an ${others[0]!}` : others[0]!);
  return parts.join(' or ');
}

/**
 * How ERR_INVALID_ARG_TYPE names the value it got: `null`, `function f`, `an instance of
 * Map`, `[Object: null prototype]` (an object without a constructor name, inspected at
 * depth -1), or `type number (1)` with the inspected value cut at 25 characters.
 */
function describeReceived(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function' && value.name) return `function ${String(value.name)}`;
  if (typeof value === 'object') {
    const ctorName: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
    if (ctorName) return `an instance of ${String(ctorName)}`;
    return inspectShallow(value, -1);
  }
  let inspected = inspectShallow(value);
  if (inspected.length > 25) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

/**
 * `ERR_INVALID_ARG_TYPE` (TypeError): `The "name" argument must be of type string. Received type number (1)`.
 * A dotted name is a "property"; a name ending in " argument" is used as it is, unquoted.
 * @param name the argument or property name.
 * @param expected the expected types: type words (`'string'`), class names (`'Buffer'`) or phrases (`'an integer'`).
 * @param actual the value received.
 */
export const ERR_INVALID_ARG_TYPE = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_ARG_TYPE',
  TypeError,
  (name: string, expected: string | readonly string[], actual: unknown) => {
    const subject = name.endsWith(' argument')
      ? name
      : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
    return `The ${subject} must be ${describeExpected(expected)}. Received ${describeReceived(actual)}`;
  },
);

/**
 * Makes `ERR_INVALID_ARG_VALUE` with `Base` as its class and `format` writing the value.
 * `format`'s text is cut at 128 characters, as Node cuts util.inspect's.
 */
export function invalidArgValueError<E extends Error>(Base: BaseErrorClass<E>, format: ValueFormatter) {
  return makeNodeError('ERR_INVALID_ARG_VALUE', Base, (name: string, value: unknown, reason = 'is invalid') => {
    let inspected = format(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${inspected}`;
  });
}

/**
 * `ERR_INVALID_ARG_VALUE` (TypeError): `The argument 'name' is invalid. Received …`, or with
 * a reason: `The argument 'encoding' is invalid for data of length 3. Received 'hex'`. The
 * inspected value is cut at 128 characters.
 */
export const ERR_INVALID_ARG_VALUE = /*#__PURE__*/ invalidArgValueError(TypeError, inspectReceived);

/** `ERR_INVALID_ARG_VALUE` as a RangeError (Node's `ERR_INVALID_ARG_VALUE.RangeError`). */
export const ERR_INVALID_ARG_VALUE_RANGE = /*#__PURE__*/ invalidArgValueError(RangeError, inspectReceived);

/**
 * Makes `ERR_OUT_OF_RANGE` with `format` writing the value received, except for big
 * integers and bigints, which are written here (with `_` separators and the `n`).
 */
export function outOfRangeError(format: ValueFormatter) {
  return makeNodeError(
    'ERR_OUT_OF_RANGE',
    RangeError,
    (name: string, range: string, received: unknown, replaceDefault = false) => {
      let shown: string;
      if (typeof received === 'number' && Number.isInteger(received) && Math.abs(received) > 2 ** 32) {
        shown = addNumericalSeparator(String(received));
      } else if (typeof received === 'bigint') {
        const limit = BigInt(2 ** 32);
        shown = String(received);
        if (received > limit || received < -limit) shown = addNumericalSeparator(shown);
        shown += 'n';
      } else {
        shown = format(received);
      }
      const subject = replaceDefault ? name : `The value of "${name}" is out of range.`;
      return `${subject} It must be ${range}. Received ${shown}`;
    },
  );
}

/**
 * `ERR_OUT_OF_RANGE` (RangeError): `The value of "name" is out of range. It must be >= 0. Received 1_000_000_000_000`.
 * Integers beyond ±2^32 and bigints beyond ±2^32 get `_` separators; bigints end in `n`.
 * @param name the argument name, or the whole subject when `replaceDefault` is true.
 * @param range what the value must be (`'>= 0 && <= 10'`, `'an integer'`).
 * @param received the value received.
 * @param replaceDefault use `name` as the start of the message instead of `The value of "name" is out of range.`
 */
export const ERR_OUT_OF_RANGE = /*#__PURE__*/ outOfRangeError(inspectReceived);

/**
 * The value formatter of the `_SHALLOW` variants below: exact (util.inspect's text) for the
 * primitives they are given, without the ~6 KB inspect-received.ts in the bundle.
 */
const inspectPrimitiveValue = (value: unknown): string => inspectShallow(value, 2);

/** `ERR_OUT_OF_RANGE` for callers that only pass numbers and bigints (the number validators, crypto). */
export const ERR_OUT_OF_RANGE_SHALLOW = /*#__PURE__*/ outOfRangeError(inspectPrimitiveValue);

/** `ERR_INVALID_ARG_VALUE` (TypeError) for callers that only pass primitives (encoding names …). */
export const ERR_INVALID_ARG_VALUE_SHALLOW = /*#__PURE__*/ invalidArgValueError(TypeError, inspectPrimitiveValue);

/**
 * `ERR_MISSING_ARGS` (TypeError): `The "a" and "b" arguments must be specified`. A list
 * argument names alternatives: `The "a" or "b" argument must be specified`.
 */
export const ERR_MISSING_ARGS = /*#__PURE__*/ makeNodeError(
  'ERR_MISSING_ARGS',
  TypeError,
  (...names: [string | readonly string[], ...(string | readonly string[])[]]) => {
    const quoted = names.map((name) =>
      typeof name === 'string' ? `"${name}"` : name.map((alternative) => `"${alternative}"`).join(' or '),
    );
    let subject: string;
    if (quoted.length === 1) subject = `${quoted[0]!} argument`;
    else if (quoted.length === 2) subject = `${quoted[0]!} and ${quoted[1]!} arguments`;
    else subject = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]!} arguments`;
    return `The ${subject} must be specified`;
  },
);

/** Makes `ERR_UNKNOWN_ENCODING` with `format` standing in for util.format's `%s`. */
export function unknownEncodingError(format: ValueFormatter) {
  return makeNodeError('ERR_UNKNOWN_ENCODING', TypeError, (encoding: unknown) => `Unknown encoding: ${format(encoding)}`);
}

/** `ERR_UNKNOWN_ENCODING` (TypeError): `Unknown encoding: utf9` (any value, shown as util.format's `%s` shows it). */
export const ERR_UNKNOWN_ENCODING = /*#__PURE__*/ unknownEncodingError(formatAsString);

/** `%s` without the full formatter: objects are listed one level deep by the light one. */
function formatAsStringShallow(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : `${value}`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null || !hasBuiltInToString(value)) return String(value);
  // A short array of primitives on one line, as inspect prints it at depth 0.
  if (Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.length <= 6 && Object.keys(value).length === value.length) {
    const items = value.map((item: unknown) => (item !== null && typeof item === 'object') || typeof item === 'function' ? undefined : formatPrimitive(item as Primitive, 0));
    if (!items.includes(undefined) && items.join(', ').length + 6 <= 80) return items.length ? `[ ${items.join(', ')} ]` : '[]';
  }
  return inspectShallow(value, 0);
}

/**
 * `ERR_UNKNOWN_ENCODING` for buffer and string_decoder, whose bundles must not carry the
 * full formatter: the same text for any primitive (what encodings are), for objects with a
 * toString of their own and for plain objects and arrays; a Map, Set, Date … passed as an
 * encoding name is listed as a plain object would be (Node prints `Map(1) {…}`).
 */
export const ERR_UNKNOWN_ENCODING_SHALLOW = /*#__PURE__*/ unknownEncodingError(formatAsStringShallow);

function invalidReturnValueMessage(input: string, name: string, value: unknown): string {
  const ctorName: unknown = (value as { constructor?: { name?: unknown } } | null | undefined)?.constructor?.name;
  const got = ctorName ? `instance of ${String(ctorName)}` : `type ${typeof value}`;
  return `Expected ${input} to be returned from the "${name}" function but got ${got}.`;
}

/** `ERR_INVALID_RETURN_VALUE` (TypeError): `Expected an object to be returned from the "fn" function but got type undefined.` */
export const ERR_INVALID_RETURN_VALUE = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_RETURN_VALUE',
  TypeError,
  invalidReturnValueMessage,
);

/** `ERR_INVALID_RETURN_VALUE` as a RangeError (Node's `ERR_INVALID_RETURN_VALUE.RangeError`). */
export const ERR_INVALID_RETURN_VALUE_RANGE = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_RETURN_VALUE',
  RangeError,
  invalidReturnValueMessage,
);

/** Makes `ERR_INVALID_CALLBACK` with `format` writing the value received (in full, uncut). */
export function invalidCallbackError(format: ValueFormatter) {
  return makeNodeError(
    'ERR_INVALID_CALLBACK',
    TypeError,
    (callback: unknown) => `Callback must be a function. Received ${format(callback)}`,
  );
}

/** `ERR_INVALID_CALLBACK` (TypeError): `Callback must be a function. Received …` (the whole inspected value). */
export const ERR_INVALID_CALLBACK = /*#__PURE__*/ invalidCallbackError(inspectReceived);

// ---------------------------------------------------------------------------------------
// Other codes. Node formats several of these with util.format's %s; the callers pass
// strings, which %s leaves as they are, so plain interpolation gives the same text.
// ---------------------------------------------------------------------------------------

/** `ERR_INVALID_THIS` (TypeError): `Value of "this" must be of type URLSearchParams`. */
export const ERR_INVALID_THIS = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_THIS',
  TypeError,
  (type: string) => `Value of "this" must be of type ${type}`,
);

/** `ERR_ILLEGAL_CONSTRUCTOR` (TypeError): `Illegal constructor`. */
export const ERR_ILLEGAL_CONSTRUCTOR = /*#__PURE__*/ makeNodeError<[], TypeError>(
  'ERR_ILLEGAL_CONSTRUCTOR',
  TypeError,
  'Illegal constructor',
);

/** `ERR_BUFFER_OUT_OF_BOUNDS` (RangeError): `"offset" is outside of buffer bounds`, or without a name `Attempt to access memory outside buffer bounds`. */
export const ERR_BUFFER_OUT_OF_BOUNDS = /*#__PURE__*/ makeNodeError(
  'ERR_BUFFER_OUT_OF_BOUNDS',
  RangeError,
  (name?: string) => (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
);

/** `ERR_INVALID_BUFFER_SIZE` (RangeError): `Buffer size must be a multiple of 16-bits`. */
export const ERR_INVALID_BUFFER_SIZE = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_BUFFER_SIZE',
  RangeError,
  (multiple: string) => `Buffer size must be a multiple of ${multiple}`,
);

/**
 * `ERR_UNHANDLED_ERROR` (Error): `Unhandled error. (boom)`; without an argument `Unhandled error.`
 * The value is converted as a template literal converts it (so a symbol throws, as in Node).
 */
export const ERR_UNHANDLED_ERROR = /*#__PURE__*/ makeNodeError(
  'ERR_UNHANDLED_ERROR',
  Error,
  (error?: unknown) => (error === undefined ? 'Unhandled error.' : `Unhandled error. (${error as string})`),
);

/** `ERR_UNKNOWN_SIGNAL` (TypeError): `Unknown signal: SIGFOO`. */
export const ERR_UNKNOWN_SIGNAL = /*#__PURE__*/ makeNodeError(
  'ERR_UNKNOWN_SIGNAL',
  TypeError,
  (signal: string | number) => `Unknown signal: ${signal}`,
);

/** `ERR_INVALID_URL` (TypeError): `Invalid URL`, with the rejected text as an own `input` property. */
export const ERR_INVALID_URL = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_URL',
  TypeError as unknown as BaseErrorClass<TypeError & { input: string }>,
  (_input: string) => 'Invalid URL',
  (error, input) => {
    error.input = input;
  },
);

/** `ERR_INVALID_FILE_URL_PATH` (TypeError): `File URL path must be absolute`. */
export const ERR_INVALID_FILE_URL_PATH = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_FILE_URL_PATH',
  TypeError,
  (detail: string) => `File URL path ${detail}`,
);

/** `ERR_INVALID_URL_SCHEME` (TypeError): `The URL must be of scheme file`, or `… one of scheme http or https`. */
export const ERR_INVALID_URL_SCHEME = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_URL_SCHEME',
  TypeError,
  (expected: string | readonly [string] | readonly [string, string]) => {
    const schemes: readonly string[] = typeof expected === 'string' ? [expected] : expected;
    return schemes.length === 2
      ? `The URL must be one of scheme ${schemes[0]!} or ${schemes[1]!}`
      : `The URL must be of scheme ${String(schemes[0])}`;
  },
);

const operationFailedMessage = (reason: string): string => `Operation failed: ${reason}`;

/** `ERR_OPERATION_FAILED` (Error): `Operation failed: timed out`. */
export const ERR_OPERATION_FAILED = /*#__PURE__*/ makeNodeError('ERR_OPERATION_FAILED', Error, operationFailedMessage);

/** `ERR_OPERATION_FAILED` as a TypeError (Node's `ERR_OPERATION_FAILED.TypeError`). */
export const ERR_OPERATION_FAILED_TYPE = /*#__PURE__*/ makeNodeError(
  'ERR_OPERATION_FAILED',
  TypeError,
  operationFailedMessage,
);

const invalidStateMessage = (reason: string): string => `Invalid state: ${reason}`;

/** `ERR_INVALID_STATE` (Error): `Invalid state: Controller is already closed`. */
export const ERR_INVALID_STATE = /*#__PURE__*/ makeNodeError('ERR_INVALID_STATE', Error, invalidStateMessage);

/** `ERR_INVALID_STATE` as a TypeError (Node's `ERR_INVALID_STATE.TypeError`, used by web streams). */
export const ERR_INVALID_STATE_TYPE = /*#__PURE__*/ makeNodeError('ERR_INVALID_STATE', TypeError, invalidStateMessage);

/** `ERR_INVALID_STATE` as a RangeError (Node's `ERR_INVALID_STATE.RangeError`). */
export const ERR_INVALID_STATE_RANGE = /*#__PURE__*/ makeNodeError('ERR_INVALID_STATE', RangeError, invalidStateMessage);

/** `ERR_INCOMPATIBLE_OPTION_PAIR` (TypeError): `Option "start" cannot be used in combination with option "end"`. */
export const ERR_INCOMPATIBLE_OPTION_PAIR = /*#__PURE__*/ makeNodeError(
  'ERR_INCOMPATIBLE_OPTION_PAIR',
  TypeError,
  (option: string, other: string) => `Option "${option}" cannot be used in combination with option "${other}"`,
);

/** `ERR_SOCKET_BAD_PORT` (RangeError): `Port should be >= 0 and < 65536. Received 70000.` (`> 0` when zero is not allowed). */
export const ERR_SOCKET_BAD_PORT = /*#__PURE__*/ makeNodeError(
  'ERR_SOCKET_BAD_PORT',
  RangeError,
  (name: string, port: unknown, allowZero = true) =>
    `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${port as string}.`,
);

/** `ERR_ASSERTION` (Error): the message as given (any value, shown as util.format's `%s` shows it). */
export const ERR_ASSERTION = /*#__PURE__*/ makeNodeError('ERR_ASSERTION', Error, (message: unknown) =>
  formatAsString(message),
);

/** `ERR_FALSY_VALUE_REJECTION` (Error): `Promise was rejected with falsy value`, with the value as an own `reason` property. */
export const ERR_FALSY_VALUE_REJECTION = /*#__PURE__*/ makeNodeError(
  'ERR_FALSY_VALUE_REJECTION',
  Error as unknown as BaseErrorClass<Error & { reason: unknown }>,
  (_reason: unknown) => 'Promise was rejected with falsy value',
  (error, reason) => {
    error.reason = reason;
  },
);

// ---------------------------------------------------------------------------------------
// Streams
// ---------------------------------------------------------------------------------------

/** `ERR_MULTIPLE_CALLBACK` (Error): `Callback called multiple times`. */
export const ERR_MULTIPLE_CALLBACK = /*#__PURE__*/ makeNodeError<[], Error>(
  'ERR_MULTIPLE_CALLBACK',
  Error,
  'Callback called multiple times',
);

/** `ERR_STREAM_PREMATURE_CLOSE` (Error): `Premature close`. */
export const ERR_STREAM_PREMATURE_CLOSE = /*#__PURE__*/ makeNodeError<[], Error>(
  'ERR_STREAM_PREMATURE_CLOSE',
  Error,
  'Premature close',
);

/** `ERR_STREAM_PUSH_AFTER_EOF` (Error): `stream.push() after EOF`. */
export const ERR_STREAM_PUSH_AFTER_EOF = /*#__PURE__*/ makeNodeError<[], Error>(
  'ERR_STREAM_PUSH_AFTER_EOF',
  Error,
  'stream.push() after EOF',
);

/** `ERR_STREAM_WRITE_AFTER_END` (Error): `write after end`. */
export const ERR_STREAM_WRITE_AFTER_END = /*#__PURE__*/ makeNodeError<[], Error>(
  'ERR_STREAM_WRITE_AFTER_END',
  Error,
  'write after end',
);

/** `ERR_STREAM_DESTROYED` (Error): `Cannot call write after a stream was destroyed`. */
export const ERR_STREAM_DESTROYED = /*#__PURE__*/ makeNodeError(
  'ERR_STREAM_DESTROYED',
  Error,
  (method: string) => `Cannot call ${method} after a stream was destroyed`,
);

/** `ERR_STREAM_NULL_VALUES` (TypeError): `May not write null values to stream`. */
export const ERR_STREAM_NULL_VALUES = /*#__PURE__*/ makeNodeError<[], TypeError>(
  'ERR_STREAM_NULL_VALUES',
  TypeError,
  'May not write null values to stream',
);

/** `ERR_STREAM_ALREADY_FINISHED` (Error): `Cannot call end after a stream was finished`. */
export const ERR_STREAM_ALREADY_FINISHED = /*#__PURE__*/ makeNodeError(
  'ERR_STREAM_ALREADY_FINISHED',
  Error,
  (method: string) => `Cannot call ${method} after a stream was finished`,
);

/** `ERR_STREAM_CANNOT_PIPE` (Error): `Cannot pipe, not readable`. */
export const ERR_STREAM_CANNOT_PIPE = /*#__PURE__*/ makeNodeError<[], Error>(
  'ERR_STREAM_CANNOT_PIPE',
  Error,
  'Cannot pipe, not readable',
);

/** `ERR_STREAM_UNSHIFT_AFTER_END_EVENT` (Error): `stream.unshift() after end event`. */
export const ERR_STREAM_UNSHIFT_AFTER_END_EVENT = /*#__PURE__*/ makeNodeError<[], Error>(
  'ERR_STREAM_UNSHIFT_AFTER_END_EVENT',
  Error,
  'stream.unshift() after end event',
);

// ---------------------------------------------------------------------------------------
// AbortError
// ---------------------------------------------------------------------------------------

/**
 * Node 16's `AbortError`: an `Error` whose own enumerable `code` is `'ABORT_ERR'` and `name`
 * is `'AbortError'`, with the fixed message `The operation was aborted`. Node 16's
 * constructor takes no arguments (a message or `{ cause }` passed in is ignored; both came
 * in Node 17). `String(err)` is `AbortError: The operation was aborted`.
 */
export class AbortError extends Error {
  code = 'ABORT_ERR';
  override name = 'AbortError';
  constructor() {
    super('The operation was aborted');
  }
}

/** `ERR_AMBIGUOUS_ARGUMENT` (TypeError): `The "name" argument is ambiguous. reason`. */
export const ERR_AMBIGUOUS_ARGUMENT = /*#__PURE__*/ makeNodeError(
  'ERR_AMBIGUOUS_ARGUMENT',
  TypeError,
  (name: string, reason: string) => `The "${name}" argument is ambiguous. ${reason}`,
);

/** `ERR_INVALID_URI` (URIError): `URI malformed`. */
export const ERR_INVALID_URI = /*#__PURE__*/ makeNodeError<[], URIError>('ERR_INVALID_URI', URIError, 'URI malformed');

/** `ERR_INVALID_FILE_URL_HOST` (TypeError): `File URL host must be "localhost" or empty on ${platform}`. */
export const ERR_INVALID_FILE_URL_HOST = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_FILE_URL_HOST',
  TypeError,
  (platform: string) => `File URL host must be "localhost" or empty on ${platform}`,
);

/** `ERR_UNKNOWN_BUILTIN_MODULE` (Error): `No such built-in module: ${id}`. */
export const ERR_UNKNOWN_BUILTIN_MODULE = /*#__PURE__*/ makeNodeError(
  'ERR_UNKNOWN_BUILTIN_MODULE',
  Error,
  (id: string) => `No such built-in module: ${id}`,
);

/** `ERR_CONSOLE_WRITABLE_STREAM` (TypeError): `Console expects a writable stream instance for ${name}`. */
export const ERR_CONSOLE_WRITABLE_STREAM = /*#__PURE__*/ makeNodeError(
  'ERR_CONSOLE_WRITABLE_STREAM',
  TypeError,
  (name: string) => `Console expects a writable stream instance for ${name}`,
);

/** `ERR_INVALID_FD` (RangeError): `"fd" must be a positive integer: ${fd}`. */
export const ERR_INVALID_FD = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_FD',
  RangeError,
  (fd: unknown) => `"fd" must be a positive integer: ${String(fd)}`,
);

/** What a failed system call reports in Node's `SystemError`. */
export interface SystemErrorInfo {
  errno: number;
  code: string;
  /** libuv's description, e.g. `'invalid argument'`. */
  message: string;
  syscall: string;
}

/**
 * Node's `SystemError` for a failed libuv call: `${prefix}: ${syscall} returned ${code} (${message})`,
 * named `SystemError`, with Node's `code` (`ERR_SYSTEM_ERROR`, `ERR_TTY_INIT_FAILED` …), an
 * `info` object and live `errno`/`syscall` accessors onto it, in Node's key order.
 */
export function systemError(code: string, prefix: string, info: SystemErrorInfo): Error {
  const message = `${prefix}: ${info.syscall} returned ${info.code} (${info.message})`;
  const error = new Error(message);
  Object.defineProperty(error, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  if (typeof error.stack === 'string' && error.stack.startsWith(`Error: ${message}`)) {
    error.stack = `SystemError: ${error.stack.slice('Error: '.length)}`;
  }
  stampNodeError(error, code);
  const held: Record<string, unknown> = { ...info };
  Object.defineProperty(error, 'info', { value: held, enumerable: true, writable: false, configurable: true });
  for (const key of ['errno', 'syscall']) {
    Object.defineProperty(error, key, {
      get: () => held[key],
      set: (value: unknown) => {
        held[key] = value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return error;
}

/** `ERR_ASYNC_CALLBACK` (TypeError): `${name} must be a function`. */
export const ERR_ASYNC_CALLBACK = /*#__PURE__*/ makeNodeError('ERR_ASYNC_CALLBACK', TypeError, (name: string) => `${name} must be a function`);

/** `ERR_INVALID_ASYNC_ID` (RangeError): `Invalid ${name} value: ${id}`. */
export const ERR_INVALID_ASYNC_ID = /*#__PURE__*/ makeNodeError(
  'ERR_INVALID_ASYNC_ID',
  RangeError,
  (name: string, id: unknown) => `Invalid ${name} value: ${String(id)}`,
);

/** `ERR_BROTLI_INVALID_PARAM` (RangeError): `${key} is not a valid Brotli parameter`. */
export const ERR_BROTLI_INVALID_PARAM = /*#__PURE__*/ makeNodeError(
  'ERR_BROTLI_INVALID_PARAM',
  RangeError,
  (key: string) => `${key} is not a valid Brotli parameter`,
);

/** `ERR_ZLIB_INITIALIZATION_FAILED` (Error): `Initialization failed`. */
export const ERR_ZLIB_INITIALIZATION_FAILED = /*#__PURE__*/ makeNodeError<[], Error>('ERR_ZLIB_INITIALIZATION_FAILED', Error, 'Initialization failed');

/** `ERR_BUFFER_TOO_LARGE` (RangeError): `Cannot create a Buffer larger than ${max} bytes`. */
export const ERR_BUFFER_TOO_LARGE = /*#__PURE__*/ makeNodeError(
  'ERR_BUFFER_TOO_LARGE',
  RangeError,
  (max: number) => `Cannot create a Buffer larger than ${max} bytes`,
);

/** `ERR_CRYPTO_HASH_FINALIZED` (Error): `Digest already called`. */
export const ERR_CRYPTO_HASH_FINALIZED = /*#__PURE__*/ makeNodeError<[], Error>('ERR_CRYPTO_HASH_FINALIZED', Error, 'Digest already called');

/** `ERR_CRYPTO_SCRYPT_INVALID_PARAMETER` (Error): `Invalid scrypt parameter`. */
export const ERR_CRYPTO_SCRYPT_INVALID_PARAMETER = /*#__PURE__*/ makeNodeError<[], Error>(
  'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER',
  Error,
  'Invalid scrypt parameter',
);

/**
 * An error as Node's C++ layer throws it: the plain built-in class with an own enumerable
 * `code`, but without the `[CODE]` part in `String(err)` that errors made in Node's
 * JavaScript have (`TypeError: argument must be a string`).
 */
export function nativeError<E extends Error>(Base: new (message: string) => E, code: string, message: string): E & NodeErrorFields {
  return Object.assign(new Base(message), { code });
}

/** `ERR_INVALID_CURSOR_POS` (TypeError): `Cannot set cursor row without setting its column`. */
export const ERR_INVALID_CURSOR_POS = /*#__PURE__*/ makeNodeError<[], TypeError>(
  'ERR_INVALID_CURSOR_POS',
  TypeError,
  'Cannot set cursor row without setting its column',
);

// ---------------------------------------------------------------------------------------
// worker_threads and child_process (issue 8).
// ---------------------------------------------------------------------------------------

/** `ERR_IPC_CHANNEL_CLOSED` (Error): `Channel closed`. */
export const ERR_IPC_CHANNEL_CLOSED = /*#__PURE__*/ makeNodeError<[], Error>('ERR_IPC_CHANNEL_CLOSED', Error, 'Channel closed');

/** `ERR_IPC_DISCONNECTED` (Error): `IPC channel is already disconnected`. */
export const ERR_IPC_DISCONNECTED = /*#__PURE__*/ makeNodeError<[], Error>('ERR_IPC_DISCONNECTED', Error, 'IPC channel is already disconnected');

/** `ERR_IPC_ONE_PIPE` (Error): `Child process can have only one IPC pipe`. */
export const ERR_IPC_ONE_PIPE = /*#__PURE__*/ makeNodeError<[], Error>('ERR_IPC_ONE_PIPE', Error, 'Child process can have only one IPC pipe');

/** `ERR_IPC_SYNC_FORK` (Error): `IPC cannot be used with synchronous forks`. */
export const ERR_IPC_SYNC_FORK = /*#__PURE__*/ makeNodeError<[], Error>('ERR_IPC_SYNC_FORK', Error, 'IPC cannot be used with synchronous forks');

/** `ERR_CHILD_PROCESS_IPC_REQUIRED` (Error): `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`. */
export const ERR_CHILD_PROCESS_IPC_REQUIRED = /*#__PURE__*/ makeNodeError(
  'ERR_CHILD_PROCESS_IPC_REQUIRED',
  Error,
  (name: string) => `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`,
);

/** `ERR_CHILD_PROCESS_STDIO_MAXBUFFER` (RangeError): `${name} maxBuffer length exceeded`. */
export const ERR_CHILD_PROCESS_STDIO_MAXBUFFER = /*#__PURE__*/ makeNodeError(
  'ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
  RangeError,
  (name: string) => `${name} maxBuffer length exceeded`,
);

/** `ERR_INVALID_HANDLE_TYPE` (TypeError): `This handle type cannot be sent`. */
export const ERR_INVALID_HANDLE_TYPE = /*#__PURE__*/ makeNodeError<[], TypeError>('ERR_INVALID_HANDLE_TYPE', TypeError, 'This handle type cannot be sent');

/** `ERR_WORKER_PATH` (TypeError): the filename is neither absolute nor `./`/`../`-relative. */
export const ERR_WORKER_PATH = /*#__PURE__*/ makeNodeError(
  'ERR_WORKER_PATH',
  TypeError,
  (filename: string) =>
    `The worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Received "${filename}"`,
);

/** `ERR_WORKER_NOT_RUNNING` (Error): `Worker instance not running`. */
export const ERR_WORKER_NOT_RUNNING = /*#__PURE__*/ makeNodeError<[], Error>('ERR_WORKER_NOT_RUNNING', Error, 'Worker instance not running');

/** `ERR_WORKER_UNSUPPORTED_OPERATION` (TypeError): `${name} is not supported in workers`. */
export const ERR_WORKER_UNSUPPORTED_OPERATION = /*#__PURE__*/ makeNodeError(
  'ERR_WORKER_UNSUPPORTED_OPERATION',
  TypeError,
  (name: string) => `${name} is not supported in workers`,
);

/**
 * `ERR_UNHANDLED_REJECTION`: what Node 16 throws for a promise rejected with a non-Error
 * and never handled; an Error named `UnhandledPromiseRejection`. The reason is written as V8
 * writes a value into an error message (`5`, `undefined`, `#<Object>`).
 */
export const ERR_UNHANDLED_REJECTION = /*#__PURE__*/ makeNodeError(
  'ERR_UNHANDLED_REJECTION',
  Error,
  (reason: unknown) =>
    'This error originated either by throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason ' +
    `"${typeof reason === 'object' && reason !== null ? `#<${(reason as object).constructor?.name ?? 'Object'}>` : typeof reason === 'function' ? String(reason) : String(reason)}".`,
  (error) => {
    Object.defineProperty(error, 'name', { value: 'UnhandledPromiseRejection', enumerable: false, writable: true, configurable: true });
  },
);

/** `ERR_CRYPTO_INVALID_STATE` (Error): `Invalid state for operation getAuthTag`. */
export const ERR_CRYPTO_INVALID_STATE = /*#__PURE__*/ makeNodeError(
  'ERR_CRYPTO_INVALID_STATE',
  Error,
  (operation: string) => `Invalid state for operation ${operation}`,
);

/**
 * `ERR_INTERNAL_ASSERTION` (Error): the message, then Node's two lines asking for a bug
 * report (Node's crypto ciphers throw it when an output encoding changes between calls).
 */
export const ERR_INTERNAL_ASSERTION = /*#__PURE__*/ makeNodeError(
  'ERR_INTERNAL_ASSERTION',
  Error,
  (message: string) =>
    `${message}\nThis is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n` +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n',
);
