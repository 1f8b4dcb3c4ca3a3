/**
 * polynode's `path/posix`: Node 16.13.1's `path/posix` module for the browser.
 * path.posix.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, stubObject } from '../../internal/unavailable.js';

/** Node's `path.posix._makeLong`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _makeLong = /*#__PURE__*/ notImplemented('path.posix._makeLong');

/** Node's `path.posix.basename`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const basename = /*#__PURE__*/ notImplemented('path.posix.basename');

/** Node's `path.posix.delimiter`. */
export const delimiter: string = ":";

/** Node's `path.posix.dirname`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const dirname = /*#__PURE__*/ notImplemented('path.posix.dirname');

/** Node's `path.posix.extname`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const extname = /*#__PURE__*/ notImplemented('path.posix.extname');

/** Node's `path.posix.format`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const format = /*#__PURE__*/ notImplemented('path.posix.format');

/** Node's `path.posix.isAbsolute`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isAbsolute = /*#__PURE__*/ notImplemented('path.posix.isAbsolute');

/** Node's `path.posix.join`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const join = /*#__PURE__*/ notImplemented('path.posix.join');

/** Node's `path.posix.normalize`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const normalize = /*#__PURE__*/ notImplemented('path.posix.normalize');

/** Node's `path.posix.parse`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const parse = /*#__PURE__*/ notImplemented('path.posix.parse');

/** Node's `path.posix.posix`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const posix = /*#__PURE__*/ stubObject('path.posix.posix', 'not-implemented');

/** Node's `path.posix.relative`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const relative = /*#__PURE__*/ notImplemented('path.posix.relative');

/** Node's `path.posix.resolve`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const resolve = /*#__PURE__*/ notImplemented('path.posix.resolve');

/** Node's `path.posix.sep`. */
export const sep: string = "/";

/** Node's `path.posix.toNamespacedPath`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const toNamespacedPath = /*#__PURE__*/ notImplemented('path.posix.toNamespacedPath');

/** Node's `path.posix.win32`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const win32 = /*#__PURE__*/ stubObject('path.posix.win32', 'not-implemented');

/** Node's `path/posix` module object: what `import pathPosix from 'path/posix'` and `require('path/posix')` give. */
const pathPosixModule = {
  _makeLong,
  basename,
  delimiter,
  dirname,
  extname,
  format,
  isAbsolute,
  join,
  normalize,
  parse,
  posix,
  relative,
  resolve,
  sep,
  toNamespacedPath,
  win32,
};
export default pathPosixModule;
