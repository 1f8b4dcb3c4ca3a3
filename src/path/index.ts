/**
 * polynode's `path`: Node 16.13.1's `path` module for the browser.
 * POSIX and win32 path functions, exactly as Node 16.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented } from '../internal/unavailable.js';
import pathPosixNamespace from '../path/posix/index.js';
import pathWin32Namespace from '../path/win32/index.js';

/** Node's `path._makeLong`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _makeLong = /*#__PURE__*/ notImplemented('path._makeLong');

/** Node's `path.basename`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const basename = /*#__PURE__*/ notImplemented('path.basename');

/** Node's `path.delimiter`. */
export const delimiter: string = ":";

/** Node's `path.dirname`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const dirname = /*#__PURE__*/ notImplemented('path.dirname');

/** Node's `path.extname`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const extname = /*#__PURE__*/ notImplemented('path.extname');

/** Node's `path.format`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const format = /*#__PURE__*/ notImplemented('path.format');

/** Node's `path.isAbsolute`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isAbsolute = /*#__PURE__*/ notImplemented('path.isAbsolute');

/** Node's `path.join`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const join = /*#__PURE__*/ notImplemented('path.join');

/** Node's `path.normalize`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const normalize = /*#__PURE__*/ notImplemented('path.normalize');

/** Node's `path.parse`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const parse = /*#__PURE__*/ notImplemented('path.parse');

/** Node's `path.posix`: the `path/posix` module. */
export const posix = pathPosixNamespace;

/** Node's `path.relative`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const relative = /*#__PURE__*/ notImplemented('path.relative');

/** Node's `path.resolve`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const resolve = /*#__PURE__*/ notImplemented('path.resolve');

/** Node's `path.sep`. */
export const sep: string = "/";

/** Node's `path.toNamespacedPath`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const toNamespacedPath = /*#__PURE__*/ notImplemented('path.toNamespacedPath');

/** Node's `path.win32`: the `path/win32` module. */
export const win32 = pathWin32Namespace;

/** Node's `path` module object: what `import path from 'path'` and `require('path')` give. */
const pathModule = {
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
export default pathModule;
