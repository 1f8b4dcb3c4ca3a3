/**
 * polynode's `_stream_passthrough`: Node 16.13.1's `_stream_passthrough` module for the browser.
 * Legacy id: its default export is `stream.PassThrough` itself.
 *
 * @packageDocumentation
 */
import { PassThrough } from '../stream/index.js';

/** Node's `_stream_passthrough` module object: what `import streamPassthrough from '_stream_passthrough'` and `require('_stream_passthrough')` give. */
export default PassThrough;
