/**
 * The engine's error table: what readable-stream's `lib/ours/errors.js` exports, made of
 * polynode's Node 16 error codes (src/internal/errors.ts). The build aliases that file here,
 * so every error a stream raises is Node's class, `code` and message, recognised by
 * `isNodeError`, and `AbortError` is the one class the other polynode modules throw.
 *
 * @packageDocumentation
 */
import {
  AbortError as NodeAbortError,
  ERR_ASSERTION,
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MISSING_ARGS,
  ERR_MULTIPLE_CALLBACK,
  ERR_OUT_OF_RANGE,
  ERR_SOCKET_BAD_PORT,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_PREMATURE_CLOSE,
  ERR_STREAM_PUSH_AFTER_EOF,
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
  ERR_UNKNOWN_SIGNAL,
} from '../../internal/errors.js';

/**
 * Node 16's `AbortError` (polynode's one class). Node 16's constructor ignores a message and
 * `{ cause }` (the engine, written for later Node versions, passes both).
 */
export const AbortError = NodeAbortError;

/** The codes the engine raises, by name, each one polynode's Node 16 constructor. */
export const codes = {
  ERR_ASSERTION,
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MISSING_ARGS,
  ERR_MULTIPLE_CALLBACK,
  ERR_OUT_OF_RANGE,
  ERR_SOCKET_BAD_PORT,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_PREMATURE_CLOSE,
  ERR_STREAM_PUSH_AFTER_EOF,
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
  ERR_UNKNOWN_SIGNAL,
};

/** Node's `hideStackFrames`: the engine only uses it to wrap validators; the wrapper is the identity. */
export function hideStackFrames<F extends (...args: never[]) => unknown>(fn: F): F {
  return fn;
}

/**
 * Node 16's `aggregateTwoErrors(inner, outer)`: both errors as one `AggregateError` with the
 * outer one's `code`, or whichever one is there.
 */
export function aggregateTwoErrors(innerError: unknown, outerError: unknown): unknown {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray((outerError as { errors?: unknown }).errors)) {
      (outerError as { errors: unknown[] }).errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], (outerError as Error).message);
    (err as AggregateError & { code?: unknown }).code = (outerError as { code?: unknown }).code;
    return err;
  }
  return innerError || outerError;
}
