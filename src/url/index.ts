/**
 * polynode's `url`: Node 16.13.1's `url` module for the browser.
 * Legacy url.parse with Node's algorithm, WHATWG URL from the platform, file URL helpers.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';

/** Node's `url.URL`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const URL = /*#__PURE__*/ notImplementedClass('url.URL');

/** Node's `url.URLSearchParams`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const URLSearchParams = /*#__PURE__*/ notImplementedClass('url.URLSearchParams');

/** Node's `url.Url`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Url = /*#__PURE__*/ notImplementedClass('url.Url');

/** Node's `url.domainToASCII`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const domainToASCII = /*#__PURE__*/ notImplemented('url.domainToASCII');

/** Node's `url.domainToUnicode`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const domainToUnicode = /*#__PURE__*/ notImplemented('url.domainToUnicode');

/** Node's `url.fileURLToPath`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fileURLToPath = /*#__PURE__*/ notImplemented('url.fileURLToPath');

/** Node's `url.format`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const format = /*#__PURE__*/ notImplemented('url.format');

/** Node's `url.parse`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const parse = /*#__PURE__*/ notImplemented('url.parse');

/** Node's `url.pathToFileURL`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const pathToFileURL = /*#__PURE__*/ notImplemented('url.pathToFileURL');

/** Node's `url.resolve`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const resolve = /*#__PURE__*/ notImplemented('url.resolve');

/** Node's `url.resolveObject`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const resolveObject = /*#__PURE__*/ notImplemented('url.resolveObject');

/** Node's `url.urlToHttpOptions`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const urlToHttpOptions = /*#__PURE__*/ notImplemented('url.urlToHttpOptions');

/** Node's `url` module object: what `import url from 'url'` and `require('url')` give. */
const urlModule = {
  URL,
  URLSearchParams,
  Url,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  format,
  parse,
  pathToFileURL,
  resolve,
  resolveObject,
  urlToHttpOptions,
};
export default urlModule;
