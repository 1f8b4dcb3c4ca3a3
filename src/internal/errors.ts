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

type BaseErrorClass<E extends Error> = new (message?: string) => E;

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
 */
export function makeNodeError<Args extends unknown[], E extends Error>(
  code: string,
  Base: BaseErrorClass<E>,
  message: string | ((...args: Args) => string),
): NodeErrorConstructor<Args, E> {
  const NodeError = function NodeError(...args: Args): E & NodeErrorFields {
    const text = typeof message === 'string' ? message : message(...args);
    return stampNodeError(new Base(text), code);
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
