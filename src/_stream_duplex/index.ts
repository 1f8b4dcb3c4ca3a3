/**
 * polynode's `_stream_duplex`: Node 16.13.1's `_stream_duplex` module for the browser.
 * Legacy id: its default export is `stream.Duplex` itself.
 *
 * @packageDocumentation
 */
import { Duplex } from '../stream/index.js';
import type { DuplexConstructor } from '../stream/index.js';

/** Node's `stream.Duplex.from(source)`. */
export const from: DuplexConstructor['from'] = /*#__PURE__*/ (() => Duplex.from)();

/** Node's `_stream_duplex` module object: what `require('_stream_duplex')` gives, `stream.Duplex`. */
const streamDuplex: DuplexConstructor = /*#__PURE__*/ (() => Duplex)();
export default streamDuplex;
