/**
 * polynode's `net`: Node 16.13.1's `net` module for the browser.
 * TCP and IPC sockets cannot be opened from a web page; isIP/isIPv4/isIPv6 are planned.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `net.BlockList`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const BlockList = /*#__PURE__*/ unavailableClass('net.BlockList');

/** Node's `net.Server`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Server = /*#__PURE__*/ unavailableClass('net.Server');

/** Node's `net.Socket`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Socket = /*#__PURE__*/ unavailableClass('net.Socket');

/** Node's `net.SocketAddress`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const SocketAddress = /*#__PURE__*/ unavailableClass('net.SocketAddress');

/** Node's `net.Stream`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Stream = /*#__PURE__*/ unavailableClass('net.Stream');

/** Node's `net._createServerHandle`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const _createServerHandle = /*#__PURE__*/ unavailable('net._createServerHandle');

/** Node's `net._normalizeArgs`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const _normalizeArgs = /*#__PURE__*/ unavailable('net._normalizeArgs');

/** Node's `net._setSimultaneousAccepts`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const _setSimultaneousAccepts = /*#__PURE__*/ unavailable('net._setSimultaneousAccepts');

/** Node's `net.connect`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const connect = /*#__PURE__*/ unavailable('net.connect');

/** Node's `net.createConnection`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createConnection = /*#__PURE__*/ unavailable('net.createConnection');

/** Node's `net.createServer`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createServer = /*#__PURE__*/ unavailable('net.createServer');

/** Node's `net.isIP`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const isIP = /*#__PURE__*/ unavailable('net.isIP');

/** Node's `net.isIPv4`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const isIPv4 = /*#__PURE__*/ unavailable('net.isIPv4');

/** Node's `net.isIPv6`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const isIPv6 = /*#__PURE__*/ unavailable('net.isIPv6');

/** Node's `net` module object: what `import net from 'net'` and `require('net')` give. */
const netModule = {
  BlockList,
  Server,
  Socket,
  SocketAddress,
  Stream,
  _createServerHandle,
  _normalizeArgs,
  _setSimultaneousAccepts,
  connect,
  createConnection,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
};
export default netModule;
