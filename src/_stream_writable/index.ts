/**
 * polynode's `_stream_writable`: Node 16.13.1's `_stream_writable` module for the browser.
 * Legacy id: stream.Writable.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [stream] builds them.
 *
 * @packageDocumentation
 */
import { notImplementedClass } from '../internal/unavailable.js';
import { Writable } from '../stream/index.js';
import { withMembers } from '../internal/exports.js';

/** Node's `stream.Writable.WritableState`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const WritableState = /*#__PURE__*/ notImplementedClass('stream.Writable.WritableState');

/** Node's `_stream_writable` module object: what `import streamWritable from '_stream_writable'` and `require('_stream_writable')` give. */
export default /*#__PURE__*/ withMembers(Writable, {
  WritableState,
});
