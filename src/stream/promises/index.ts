/**
 * polynode's `stream/promises`: Node 16.13.1's `stream/promises` module for the browser.
 * pipeline and finished as promises.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [stream] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented } from '../../internal/unavailable.js';

/** Node's `stream.promises.finished`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const finished = /*#__PURE__*/ notImplemented('stream.promises.finished');

/** Node's `stream.promises.pipeline`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const pipeline = /*#__PURE__*/ notImplemented('stream.promises.pipeline');

/** Node's `stream/promises` module object: what `import streamPromises from 'stream/promises'` and `require('stream/promises')` give. */
const streamPromisesModule = {
  finished,
  pipeline,
};
export default streamPromisesModule;
