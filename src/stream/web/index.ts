/**
 * polynode's `stream/web`: Node 16.13.1's `stream/web` module for the browser.
 * WHATWG streams from the platform, polyfilled where missing.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [stream] builds them.
 *
 * @packageDocumentation
 */
import { notImplementedClass } from '../../internal/unavailable.js';

/** Node's `stream.web.ByteLengthQueuingStrategy`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ByteLengthQueuingStrategy = /*#__PURE__*/ notImplementedClass('stream.web.ByteLengthQueuingStrategy');

/** Node's `stream.web.CountQueuingStrategy`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const CountQueuingStrategy = /*#__PURE__*/ notImplementedClass('stream.web.CountQueuingStrategy');

/** Node's `stream.web.ReadableByteStreamController`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ReadableByteStreamController = /*#__PURE__*/ notImplementedClass('stream.web.ReadableByteStreamController');

/** Node's `stream.web.ReadableStream`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ReadableStream = /*#__PURE__*/ notImplementedClass('stream.web.ReadableStream');

/** Node's `stream.web.ReadableStreamBYOBReader`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ReadableStreamBYOBReader = /*#__PURE__*/ notImplementedClass('stream.web.ReadableStreamBYOBReader');

/** Node's `stream.web.ReadableStreamBYOBRequest`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ReadableStreamBYOBRequest = /*#__PURE__*/ notImplementedClass('stream.web.ReadableStreamBYOBRequest');

/** Node's `stream.web.ReadableStreamDefaultController`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ReadableStreamDefaultController = /*#__PURE__*/ notImplementedClass('stream.web.ReadableStreamDefaultController');

/** Node's `stream.web.ReadableStreamDefaultReader`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ReadableStreamDefaultReader = /*#__PURE__*/ notImplementedClass('stream.web.ReadableStreamDefaultReader');

/** Node's `stream.web.TextDecoderStream`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const TextDecoderStream = /*#__PURE__*/ notImplementedClass('stream.web.TextDecoderStream');

/** Node's `stream.web.TextEncoderStream`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const TextEncoderStream = /*#__PURE__*/ notImplementedClass('stream.web.TextEncoderStream');

/** Node's `stream.web.TransformStream`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const TransformStream = /*#__PURE__*/ notImplementedClass('stream.web.TransformStream');

/** Node's `stream.web.TransformStreamDefaultController`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const TransformStreamDefaultController = /*#__PURE__*/ notImplementedClass('stream.web.TransformStreamDefaultController');

/** Node's `stream.web.WritableStream`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const WritableStream = /*#__PURE__*/ notImplementedClass('stream.web.WritableStream');

/** Node's `stream.web.WritableStreamDefaultController`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const WritableStreamDefaultController = /*#__PURE__*/ notImplementedClass('stream.web.WritableStreamDefaultController');

/** Node's `stream.web.WritableStreamDefaultWriter`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const WritableStreamDefaultWriter = /*#__PURE__*/ notImplementedClass('stream.web.WritableStreamDefaultWriter');

/** Node's `stream/web` module object: what `import streamWeb from 'stream/web'` and `require('stream/web')` give. */
const streamWebModule = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  ReadableByteStreamController,
  ReadableStream,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableStreamDefaultController,
  ReadableStreamDefaultReader,
  TextDecoderStream,
  TextEncoderStream,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultController,
  WritableStreamDefaultWriter,
};
export default streamWebModule;
