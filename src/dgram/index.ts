/**
 * polynode's `dgram`: Node 16.13.1's `dgram` module for the browser.
 * UDP sockets cannot be opened from a web page.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `dgram.Socket`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Socket = /*#__PURE__*/ unavailableClass('dgram.Socket');

/** Node's `dgram._createSocketHandle`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const _createSocketHandle = /*#__PURE__*/ unavailable('dgram._createSocketHandle');

/** Node's `dgram.createSocket`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createSocket = /*#__PURE__*/ unavailable('dgram.createSocket');

/** Node's `dgram` module object: what `import dgram from 'dgram'` and `require('dgram')` give. */
const dgramModule = {
  Socket,
  _createSocketHandle,
  createSocket,
};
export default dgramModule;
