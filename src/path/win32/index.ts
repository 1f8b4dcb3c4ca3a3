/**
 * polynode's `path/win32`: Node 16.13.1's `path/win32` module for the browser.
 * path.win32.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, stubObject } from '../../internal/unavailable.js';

/** Node's `path.win32._makeLong`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _makeLong = /*#__PURE__*/ notImplemented('path.win32._makeLong');

/** Node's `path.win32.basename`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const basename = /*#__PURE__*/ notImplemented('path.win32.basename');

/** Node's `path.win32.delimiter`. */
export const delimiter: string = ";";

/** Node's `path.win32.dirname`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const dirname = /*#__PURE__*/ notImplemented('path.win32.dirname');

/** Node's `path.win32.extname`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const extname = /*#__PURE__*/ notImplemented('path.win32.extname');

/** Node's `path.win32.format`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const format = /*#__PURE__*/ notImplemented('path.win32.format');

/** Node's `path.win32.isAbsolute`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isAbsolute = /*#__PURE__*/ notImplemented('path.win32.isAbsolute');

/** Node's `path.win32.join`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const join = /*#__PURE__*/ notImplemented('path.win32.join');

/** Node's `path.win32.normalize`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const normalize = /*#__PURE__*/ notImplemented('path.win32.normalize');

/** Node's `path.win32.parse`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const parse = /*#__PURE__*/ notImplemented('path.win32.parse');

/** Node's `path.win32.posix`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const posix = /*#__PURE__*/ stubObject('path.win32.posix', 'not-implemented');

/** Node's `path.win32.relative`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const relative = /*#__PURE__*/ notImplemented('path.win32.relative');

/** Node's `path.win32.resolve`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const resolve = /*#__PURE__*/ notImplemented('path.win32.resolve');

/** Node's `path.win32.sep`. */
export const sep: string = "\\";

/** Node's `path.win32.toNamespacedPath`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const toNamespacedPath = /*#__PURE__*/ notImplemented('path.win32.toNamespacedPath');

/** Node's `path.win32.win32`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const win32 = /*#__PURE__*/ stubObject('path.win32.win32', 'not-implemented');

/** Node's `path/win32` module object: what `import pathWin32 from 'path/win32'` and `require('path/win32')` give. */
const pathWin32Module = {
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
export default pathWin32Module;
