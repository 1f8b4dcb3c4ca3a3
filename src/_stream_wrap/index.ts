/**
 * polynode's `_stream_wrap`: Node 16.13.1's `_stream_wrap` module for the browser.
 * Legacy id: wraps a stream as a net socket handle; there are no socket handles in a browser.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailableClass } from '../internal/unavailable.js';
import { withMembers } from '../internal/exports.js';

/** Node's `_stream_wrap.StreamWrap`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
const StreamWrap = /*#__PURE__*/ unavailableClass('_stream_wrap.StreamWrap');

/** Node's `_stream_wrap` module object: what `import streamWrap from '_stream_wrap'` and `require('_stream_wrap')` give. */
export default /*#__PURE__*/ withMembers(StreamWrap, {
  StreamWrap,
});
