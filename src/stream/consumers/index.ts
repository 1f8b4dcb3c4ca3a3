/**
 * polynode's `stream/consumers`: Node 16.13.1's `stream/consumers` module for the browser.
 * arrayBuffer, blob, buffer, json, text.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [stream] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented } from '../../internal/unavailable.js';

/** Node's `stream.consumers.arrayBuffer`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const arrayBuffer = /*#__PURE__*/ notImplemented('stream.consumers.arrayBuffer');

/** Node's `stream.consumers.blob`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const blob = /*#__PURE__*/ notImplemented('stream.consumers.blob');

/** Node's `stream.consumers.buffer`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const buffer = /*#__PURE__*/ notImplemented('stream.consumers.buffer');

/** Node's `stream.consumers.json`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const json = /*#__PURE__*/ notImplemented('stream.consumers.json');

/** Node's `stream.consumers.text`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const text = /*#__PURE__*/ notImplemented('stream.consumers.text');

/** Node's `stream/consumers` module object: what `import streamConsumers from 'stream/consumers'` and `require('stream/consumers')` give. */
const streamConsumersModule = {
  arrayBuffer,
  blob,
  buffer,
  json,
  text,
};
export default streamConsumersModule;
