/**
 * polynode's `fs/promises`: Node 16.13.1's `fs/promises` module for the browser.
 * Promise API of fs; not scheduled in an issue yet.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until an issue builds them.
 *
 * @packageDocumentation
 */
import { notImplemented } from '../../internal/unavailable.js';

/** Node's `fs.promises.access`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const access = /*#__PURE__*/ notImplemented('fs.promises.access');

/** Node's `fs.promises.appendFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const appendFile = /*#__PURE__*/ notImplemented('fs.promises.appendFile');

/** Node's `fs.promises.chmod`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const chmod = /*#__PURE__*/ notImplemented('fs.promises.chmod');

/** Node's `fs.promises.chown`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const chown = /*#__PURE__*/ notImplemented('fs.promises.chown');

/** Node's `fs.promises.copyFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const copyFile = /*#__PURE__*/ notImplemented('fs.promises.copyFile');

/** Node's `fs.promises.cp`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const cp = /*#__PURE__*/ notImplemented('fs.promises.cp');

/** Node's `fs.promises.lchmod`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lchmod = /*#__PURE__*/ notImplemented('fs.promises.lchmod');

/** Node's `fs.promises.lchown`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lchown = /*#__PURE__*/ notImplemented('fs.promises.lchown');

/** Node's `fs.promises.link`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const link = /*#__PURE__*/ notImplemented('fs.promises.link');

/** Node's `fs.promises.lstat`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lstat = /*#__PURE__*/ notImplemented('fs.promises.lstat');

/** Node's `fs.promises.lutimes`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lutimes = /*#__PURE__*/ notImplemented('fs.promises.lutimes');

/** Node's `fs.promises.mkdir`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const mkdir = /*#__PURE__*/ notImplemented('fs.promises.mkdir');

/** Node's `fs.promises.mkdtemp`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const mkdtemp = /*#__PURE__*/ notImplemented('fs.promises.mkdtemp');

/** Node's `fs.promises.open`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const open = /*#__PURE__*/ notImplemented('fs.promises.open');

/** Node's `fs.promises.opendir`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const opendir = /*#__PURE__*/ notImplemented('fs.promises.opendir');

/** Node's `fs.promises.readFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readFile = /*#__PURE__*/ notImplemented('fs.promises.readFile');

/** Node's `fs.promises.readdir`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readdir = /*#__PURE__*/ notImplemented('fs.promises.readdir');

/** Node's `fs.promises.readlink`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readlink = /*#__PURE__*/ notImplemented('fs.promises.readlink');

/** Node's `fs.promises.realpath`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const realpath = /*#__PURE__*/ notImplemented('fs.promises.realpath');

/** Node's `fs.promises.rename`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rename = /*#__PURE__*/ notImplemented('fs.promises.rename');

/** Node's `fs.promises.rm`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rm = /*#__PURE__*/ notImplemented('fs.promises.rm');

/** Node's `fs.promises.rmdir`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rmdir = /*#__PURE__*/ notImplemented('fs.promises.rmdir');

/** Node's `fs.promises.stat`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const stat = /*#__PURE__*/ notImplemented('fs.promises.stat');

/** Node's `fs.promises.symlink`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const symlink = /*#__PURE__*/ notImplemented('fs.promises.symlink');

/** Node's `fs.promises.truncate`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const truncate = /*#__PURE__*/ notImplemented('fs.promises.truncate');

/** Node's `fs.promises.unlink`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const unlink = /*#__PURE__*/ notImplemented('fs.promises.unlink');

/** Node's `fs.promises.utimes`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const utimes = /*#__PURE__*/ notImplemented('fs.promises.utimes');

/** Node's `fs.promises.watch`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const watch = /*#__PURE__*/ notImplemented('fs.promises.watch');

/** Node's `fs.promises.writeFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const writeFile = /*#__PURE__*/ notImplemented('fs.promises.writeFile');

/** Node's `fs/promises` module object: what `import fsPromises from 'fs/promises'` and `require('fs/promises')` give. */
const fsPromisesModule = {
  access,
  appendFile,
  chmod,
  chown,
  copyFile,
  cp,
  lchmod,
  lchown,
  link,
  lstat,
  lutimes,
  mkdir,
  mkdtemp,
  open,
  opendir,
  readFile,
  readdir,
  readlink,
  realpath,
  rename,
  rm,
  rmdir,
  stat,
  symlink,
  truncate,
  unlink,
  utimes,
  watch,
  writeFile,
};
export default fsPromisesModule;
