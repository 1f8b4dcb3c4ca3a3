/**
 * polynode's `stream`: Node 16.13.1's `stream` module for the browser.
 * Node streams (readable-stream 4 wired to polynode), pipeline, finished.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [stream] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';
import streamPromisesNamespace from '../stream/promises/index.js';
import { withMembers } from '../internal/exports.js';

/** Node's `stream.Duplex`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Duplex = /*#__PURE__*/ notImplementedClass('stream.Duplex');

/** Node's `stream.PassThrough`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const PassThrough = /*#__PURE__*/ notImplementedClass('stream.PassThrough');

/** Node's `stream.Readable`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Readable = /*#__PURE__*/ notImplementedClass('stream.Readable');

/** Node's `stream.Stream`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Stream = /*#__PURE__*/ notImplementedClass('stream.Stream');

/** Node's `stream.Transform`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Transform = /*#__PURE__*/ notImplementedClass('stream.Transform');

/** Node's `stream.Writable`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Writable = /*#__PURE__*/ notImplementedClass('stream.Writable');

/** Node's `stream._isUint8Array`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _isUint8Array = /*#__PURE__*/ notImplemented('stream._isUint8Array');

/** Node's `stream._uint8ArrayToBuffer`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _uint8ArrayToBuffer = /*#__PURE__*/ notImplemented('stream._uint8ArrayToBuffer');

/** Node's `stream.addAbortSignal`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const addAbortSignal = /*#__PURE__*/ notImplemented('stream.addAbortSignal');

/** Node's `stream.compose`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const compose = /*#__PURE__*/ notImplemented('stream.compose');

/** Node's `stream.destroy`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const destroy = /*#__PURE__*/ notImplemented('stream.destroy');

/** Node's `stream.finished`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const finished = /*#__PURE__*/ notImplemented('stream.finished');

/** Node's `stream.isDisturbed`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isDisturbed = /*#__PURE__*/ notImplemented('stream.isDisturbed');

/** Node's `stream.pipeline`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const pipeline = /*#__PURE__*/ notImplemented('stream.pipeline');

/** Node's `stream.promises`: the `stream/promises` module. */
export const promises = streamPromisesNamespace;

/** Node's `stream` module object: what `import stream from 'stream'` and `require('stream')` give. */
export default /*#__PURE__*/ withMembers(Stream, {
  Duplex,
  PassThrough,
  Readable,
  Stream,
  Transform,
  Writable,
  _isUint8Array,
  _uint8ArrayToBuffer,
  addAbortSignal,
  compose,
  destroy,
  finished,
  isDisturbed,
  pipeline,
  promises,
});
