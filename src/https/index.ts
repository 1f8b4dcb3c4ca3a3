/**
 * polynode's `https`: Node 16.13.1's `https` module for the browser.
 * A page cannot listen on a port or open TLS sockets.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { stubObject, unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `https.Agent`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Agent = /*#__PURE__*/ unavailableClass('https.Agent');

/** Node's `https.Server`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Server = /*#__PURE__*/ unavailableClass('https.Server');

/** Node's `https.createServer`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createServer = /*#__PURE__*/ unavailable('https.createServer');

/** Node's `https.get`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const get = /*#__PURE__*/ unavailable('https.get');

/** Node's `https.globalAgent`. Browser: unavailable; an empty object for now; its API throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const globalAgent = /*#__PURE__*/ stubObject('https.globalAgent', 'unavailable');

/** Node's `https.request`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const request = /*#__PURE__*/ unavailable('https.request');

/** Node's `https` module object: what `import https from 'https'` and `require('https')` give. */
const httpsModule = {
  Agent,
  Server,
  createServer,
  get,
  globalAgent,
  request,
};
export default httpsModule;
