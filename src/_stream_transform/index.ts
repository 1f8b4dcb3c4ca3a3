/**
 * polynode's `_stream_transform`: Node 16.13.1's `_stream_transform` module for the browser.
 * Legacy id: its default export is `stream.Transform` itself.
 *
 * @packageDocumentation
 */
import { Transform } from '../stream/index.js';

/** Node's `_stream_transform` module object: what `import streamTransform from '_stream_transform'` and `require('_stream_transform')` give. */
export default Transform;
