/**
 * polynode's `_stream_readable`: Node 16.13.1's `_stream_readable` module for the browser.
 * Legacy id: stream.Readable.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [stream] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';
import { Readable } from '../stream/index.js';
import { withMembers } from '../internal/exports.js';

/** Node's `stream.Readable.ReadableState`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ReadableState = /*#__PURE__*/ notImplementedClass('stream.Readable.ReadableState');

/** Node's `stream.Readable._fromList`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _fromList = /*#__PURE__*/ notImplemented('stream.Readable._fromList');

/** Node's `stream.Readable.from`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const from = /*#__PURE__*/ notImplemented('stream.Readable.from');

/** Node's `stream.Readable.wrap`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const wrap = /*#__PURE__*/ notImplemented('stream.Readable.wrap');

/** Node's `_stream_readable` module object: what `import streamReadable from '_stream_readable'` and `require('_stream_readable')` give. */
export default /*#__PURE__*/ withMembers(Readable, {
  ReadableState,
  _fromList,
  from,
  wrap,
});
