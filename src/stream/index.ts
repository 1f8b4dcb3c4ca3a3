/**
 * polynode's `stream`: Node 16.13.1's `stream` module for the browser.
 * The engine is readable-stream 4 (Node's own stream code, kept by Node's streams team),
 * bundled by polynode's build with its `buffer`, `events`, `process` and `string_decoder`
 * requirements wired to polynode's modules and its errors to Node 16's codes: one Buffer,
 * one EventEmitter, one nextTick.
 *
 * Every export is read from the engine inside a pure call, so importing `stream` and using
 * nothing bundles and runs nothing.
 *
 * @packageDocumentation
 */
import engine from 'readable-stream/lib/stream.js';
import type {
  DuplexConstructor,
  PassThroughConstructor,
  ReadableConstructor,
  StreamModule,
  StreamPromises,
  TransformConstructor,
  WritableConstructor,
} from './engine/types.js';

export type * from './engine/types.js';

/** Node's `stream.Stream`: the legacy base class (an EventEmitter with `pipe`). */
export const Stream: StreamModule = /*#__PURE__*/ (() => engine.Stream)();

/** Node's `stream.Readable`. */
export const Readable: ReadableConstructor = /*#__PURE__*/ (() => engine.Readable)();

/** Node's `stream.Writable`. */
export const Writable: WritableConstructor = /*#__PURE__*/ (() => engine.Writable)();

/** Node's `stream.Duplex`. */
export const Duplex: DuplexConstructor = /*#__PURE__*/ (() => engine.Duplex)();

/** Node's `stream.Transform`. */
export const Transform: TransformConstructor = /*#__PURE__*/ (() => engine.Transform)();

/** Node's `stream.PassThrough`. */
export const PassThrough: PassThroughConstructor = /*#__PURE__*/ (() => engine.PassThrough)();

/** Node's `stream.pipeline(...streams, callback)`: pipes the streams, destroys them all on an error, calls back once. */
export const pipeline: StreamModule['pipeline'] = /*#__PURE__*/ (() => engine.pipeline)();

/** Node's `stream.finished(stream[, options], callback)`: calls back when the stream ended, finished, errored or closed early (`ERR_STREAM_PREMATURE_CLOSE`). */
export const finished: StreamModule['finished'] = /*#__PURE__*/ (() => engine.finished)();

/** Node's `stream.addAbortSignal(signal, stream)`: destroys the stream with an `AbortError` when the signal aborts. */
export const addAbortSignal: StreamModule['addAbortSignal'] = /*#__PURE__*/ (() => engine.addAbortSignal)();

/** Node's `stream.destroy(stream, error)`. */
export const destroy: StreamModule['destroy'] = /*#__PURE__*/ (() => engine.destroy)();

/** Node's `stream.compose(...streams)`: one Duplex made of the streams in a row. */
export const compose: StreamModule['compose'] = /*#__PURE__*/ (() => engine.compose)();

/** Node's `stream.isDisturbed(stream)`: whether it has been read from or cancelled. */
export const isDisturbed: StreamModule['isDisturbed'] = /*#__PURE__*/ (() => engine.isDisturbed)();

/** Node's `stream._isUint8Array(value)`. */
export const _isUint8Array: StreamModule['_isUint8Array'] = /*#__PURE__*/ (() => engine._isUint8Array)();

/** Node's `stream._uint8ArrayToBuffer(chunk)`: a Buffer over the same memory. */
export const _uint8ArrayToBuffer: StreamModule['_uint8ArrayToBuffer'] = /*#__PURE__*/ (() => engine._uint8ArrayToBuffer)();

/** Node's `stream.promises`: the `stream/promises` module object. */
export const promises: StreamPromises = /*#__PURE__*/ (() => engine.promises)();

/** Node's `stream` module object: what `import stream from 'stream'` and `require('stream')` give (the Stream class carrying every export). */
const streamModule: StreamModule = /*#__PURE__*/ (() => engine)();
export default streamModule;
