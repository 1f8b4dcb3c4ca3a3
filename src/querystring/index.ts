/**
 * polynode's `querystring`: Node 16.13.1's `querystring` module for the browser.
 * parse/stringify/escape/unescape exactly as Node 16.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented } from '../internal/unavailable.js';

/** Node's `querystring.decode`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const decode = /*#__PURE__*/ notImplemented('querystring.decode');

/** Node's `querystring.encode`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const encode = /*#__PURE__*/ notImplemented('querystring.encode');

/** Node's `querystring.escape`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const escape = /*#__PURE__*/ notImplemented('querystring.escape');

/** Node's `querystring.parse`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const parse = /*#__PURE__*/ notImplemented('querystring.parse');

/** Node's `querystring.stringify`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const stringify = /*#__PURE__*/ notImplemented('querystring.stringify');

/** Node's `querystring.unescape`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const unescape = /*#__PURE__*/ notImplemented('querystring.unescape');

/** Node's `querystring.unescapeBuffer`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const unescapeBuffer = /*#__PURE__*/ notImplemented('querystring.unescapeBuffer');

/** Node's `querystring` module object: what `import querystring from 'querystring'` and `require('querystring')` give. */
const querystringModule = {
  decode,
  encode,
  escape,
  parse,
  stringify,
  unescape,
  unescapeBuffer,
};
export default querystringModule;
