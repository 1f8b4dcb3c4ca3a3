/**
 * polynode's `_stream_writable`: Node 16.13.1's `_stream_writable` module for the browser.
 * Legacy id: its default export is `stream.Writable` itself.
 *
 * @packageDocumentation
 */
import { Writable } from '../stream/index.js';
import type { WritableConstructor } from '../stream/index.js';

/** Node's `stream.Writable.WritableState`: the state object every Writable keeps. */
export const WritableState: WritableConstructor['WritableState'] = /*#__PURE__*/ (() => Writable.WritableState)();

/** Node's `_stream_writable` module object: what `require('_stream_writable')` gives, `stream.Writable`. */
const streamWritable: WritableConstructor = /*#__PURE__*/ (() => Writable)();
export default streamWritable;
