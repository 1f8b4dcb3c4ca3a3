/**
 * polynode's `stream/promises`: Node 16.13.1's `stream/promises` module for the browser.
 * `pipeline` and `finished` as promises (the engine's, readable-stream 4, wired to polynode);
 * `pipeline` takes `{ signal }` as its last argument and rejects with an `AbortError`.
 *
 * @packageDocumentation
 */
import enginePromises from 'readable-stream/lib/stream/promises.js';
import type { StreamPromises } from '../engine/types.js';

/** Node's `stream.promises.pipeline(...streams[, { signal }])`: resolves when the last stream finished, rejects with the first error. */
export const pipeline: StreamPromises['pipeline'] = /*#__PURE__*/ (() => enginePromises.pipeline)();

/** Node's `stream.promises.finished(stream[, options])`: resolves when the stream is done, rejects on an error or a premature close. */
export const finished: StreamPromises['finished'] = /*#__PURE__*/ (() => enginePromises.finished)();

/** Node's `stream/promises` module object: what `import streamPromises from 'stream/promises'` and `require('stream/promises')` give (the same object as `stream.promises`). */
const streamPromisesModule: StreamPromises = /*#__PURE__*/ (() => enginePromises)();
export default streamPromisesModule;
