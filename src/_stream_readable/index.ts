/**
 * polynode's `_stream_readable`: Node 16.13.1's `_stream_readable` module for the browser.
 * Legacy id: its default export is `stream.Readable` itself; the named exports are its statics.
 *
 * @packageDocumentation
 */
import { Readable } from '../stream/index.js';
import type { ReadableConstructor } from '../stream/index.js';

/** Node's `stream.Readable.ReadableState`: the state object every Readable keeps. */
export const ReadableState: ReadableConstructor['ReadableState'] = /*#__PURE__*/ (() => Readable.ReadableState)();

/** Node's `stream.Readable._fromList(n, state)`: takes `n` bytes (or objects) from the state's buffer. */
export const _fromList: ReadableConstructor['_fromList'] = /*#__PURE__*/ (() => Readable._fromList)();

/** Node's `stream.Readable.from(iterable[, options])`. */
export const from: ReadableConstructor['from'] = /*#__PURE__*/ (() => Readable.from)();

/** Node's `stream.Readable.wrap(stream[, options])`: a Readable over an old-style stream. */
export const wrap: ReadableConstructor['wrap'] = /*#__PURE__*/ (() => Readable.wrap)();

/** Node's `_stream_readable` module object: what `require('_stream_readable')` gives, `stream.Readable`. */
const streamReadable: ReadableConstructor = /*#__PURE__*/ (() => Readable)();
export default streamReadable;
