/**
 * polynode's `_stream_duplex`: Node 16.13.1's `_stream_duplex` module for the browser.
 * Legacy id: stream.Duplex.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [stream] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented } from '../internal/unavailable.js';
import { Duplex } from '../stream/index.js';
import { withMembers } from '../internal/exports.js';

/** Node's `stream.Duplex.from`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const from = /*#__PURE__*/ notImplemented('stream.Duplex.from');

/** Node's `_stream_duplex` module object: what `import streamDuplex from '_stream_duplex'` and `require('_stream_duplex')` give. */
export default /*#__PURE__*/ withMembers(Duplex, {
  from,
});
