/**
 * polynode's `fs`: Node 16.13.1's `fs` module for the browser.
 * A file system over memory, OPFS and IndexedDB; not scheduled in an issue yet.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until an issue builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';
import fsPromisesNamespace from '../fs/promises/index.js';

/** Node's `fs.Dir`. Not built yet; constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Dir = /*#__PURE__*/ notImplementedClass('fs.Dir');

/** Node's `fs.Dirent`. Not built yet; constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Dirent = /*#__PURE__*/ notImplementedClass('fs.Dirent');

/** Node's `fs.F_OK`. */
export const F_OK: number = 0;

/** Node's `fs.FileReadStream`. Not built yet; constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const FileReadStream = /*#__PURE__*/ notImplementedClass('fs.FileReadStream');

/** Node's `fs.FileWriteStream`. Not built yet; constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const FileWriteStream = /*#__PURE__*/ notImplementedClass('fs.FileWriteStream');

/** Node's `fs.R_OK`. */
export const R_OK: number = 4;

/** Node's `fs.ReadStream`. Not built yet; constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ReadStream = /*#__PURE__*/ notImplementedClass('fs.ReadStream');

/** Node's `fs.Stats`. Not built yet; constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Stats = /*#__PURE__*/ notImplementedClass('fs.Stats');

/** Node's `fs.W_OK`. */
export const W_OK: number = 2;

/** Node's `fs.WriteStream`. Not built yet; constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const WriteStream = /*#__PURE__*/ notImplementedClass('fs.WriteStream');

/** Node's `fs.X_OK`. */
export const X_OK: number = 1;

/** Node's `fs._toUnixTimestamp`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _toUnixTimestamp = /*#__PURE__*/ notImplemented('fs._toUnixTimestamp');

/** Node's `fs.access`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const access = /*#__PURE__*/ notImplemented('fs.access');

/** Node's `fs.accessSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const accessSync = /*#__PURE__*/ notImplemented('fs.accessSync');

/** Node's `fs.appendFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const appendFile = /*#__PURE__*/ notImplemented('fs.appendFile');

/** Node's `fs.appendFileSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const appendFileSync = /*#__PURE__*/ notImplemented('fs.appendFileSync');

/** Node's `fs.chmod`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const chmod = /*#__PURE__*/ notImplemented('fs.chmod');

/** Node's `fs.chmodSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const chmodSync = /*#__PURE__*/ notImplemented('fs.chmodSync');

/** Node's `fs.chown`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const chown = /*#__PURE__*/ notImplemented('fs.chown');

/** Node's `fs.chownSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const chownSync = /*#__PURE__*/ notImplemented('fs.chownSync');

/** Node's `fs.close`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const close = /*#__PURE__*/ notImplemented('fs.close');

/** Node's `fs.closeSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const closeSync = /*#__PURE__*/ notImplemented('fs.closeSync');

/** Node's `fs.constants` (Node 16.13.1's values). */
export const constants = {"UV_FS_SYMLINK_DIR":1,"UV_FS_SYMLINK_JUNCTION":2,"O_RDONLY":0,"O_WRONLY":1,"O_RDWR":2,"UV_DIRENT_UNKNOWN":0,"UV_DIRENT_FILE":1,"UV_DIRENT_DIR":2,"UV_DIRENT_LINK":3,"UV_DIRENT_FIFO":4,"UV_DIRENT_SOCKET":5,"UV_DIRENT_CHAR":6,"UV_DIRENT_BLOCK":7,"S_IFMT":61440,"S_IFREG":32768,"S_IFDIR":16384,"S_IFCHR":8192,"S_IFBLK":24576,"S_IFIFO":4096,"S_IFLNK":40960,"S_IFSOCK":49152,"O_CREAT":64,"O_EXCL":128,"UV_FS_O_FILEMAP":0,"O_NOCTTY":256,"O_TRUNC":512,"O_APPEND":1024,"O_DIRECTORY":65536,"O_NOATIME":262144,"O_NOFOLLOW":131072,"O_SYNC":1052672,"O_DSYNC":4096,"O_DIRECT":16384,"O_NONBLOCK":2048,"S_IRWXU":448,"S_IRUSR":256,"S_IWUSR":128,"S_IXUSR":64,"S_IRWXG":56,"S_IRGRP":32,"S_IWGRP":16,"S_IXGRP":8,"S_IRWXO":7,"S_IROTH":4,"S_IWOTH":2,"S_IXOTH":1,"F_OK":0,"R_OK":4,"W_OK":2,"X_OK":1,"UV_FS_COPYFILE_EXCL":1,"COPYFILE_EXCL":1,"UV_FS_COPYFILE_FICLONE":2,"COPYFILE_FICLONE":2,"UV_FS_COPYFILE_FICLONE_FORCE":4,"COPYFILE_FICLONE_FORCE":4};

/** Node's `fs.copyFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const copyFile = /*#__PURE__*/ notImplemented('fs.copyFile');

/** Node's `fs.copyFileSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const copyFileSync = /*#__PURE__*/ notImplemented('fs.copyFileSync');

/** Node's `fs.cp`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const cp = /*#__PURE__*/ notImplemented('fs.cp');

/** Node's `fs.cpSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const cpSync = /*#__PURE__*/ notImplemented('fs.cpSync');

/** Node's `fs.createReadStream`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createReadStream = /*#__PURE__*/ notImplemented('fs.createReadStream');

/** Node's `fs.createWriteStream`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createWriteStream = /*#__PURE__*/ notImplemented('fs.createWriteStream');

/** Node's `fs.exists`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const exists = /*#__PURE__*/ notImplemented('fs.exists');

/** Node's `fs.existsSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const existsSync = /*#__PURE__*/ notImplemented('fs.existsSync');

/** Node's `fs.fchmod`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fchmod = /*#__PURE__*/ notImplemented('fs.fchmod');

/** Node's `fs.fchmodSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fchmodSync = /*#__PURE__*/ notImplemented('fs.fchmodSync');

/** Node's `fs.fchown`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fchown = /*#__PURE__*/ notImplemented('fs.fchown');

/** Node's `fs.fchownSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fchownSync = /*#__PURE__*/ notImplemented('fs.fchownSync');

/** Node's `fs.fdatasync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fdatasync = /*#__PURE__*/ notImplemented('fs.fdatasync');

/** Node's `fs.fdatasyncSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fdatasyncSync = /*#__PURE__*/ notImplemented('fs.fdatasyncSync');

/** Node's `fs.fstat`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fstat = /*#__PURE__*/ notImplemented('fs.fstat');

/** Node's `fs.fstatSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fstatSync = /*#__PURE__*/ notImplemented('fs.fstatSync');

/** Node's `fs.fsync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fsync = /*#__PURE__*/ notImplemented('fs.fsync');

/** Node's `fs.fsyncSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fsyncSync = /*#__PURE__*/ notImplemented('fs.fsyncSync');

/** Node's `fs.ftruncate`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ftruncate = /*#__PURE__*/ notImplemented('fs.ftruncate');

/** Node's `fs.ftruncateSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ftruncateSync = /*#__PURE__*/ notImplemented('fs.ftruncateSync');

/** Node's `fs.futimes`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const futimes = /*#__PURE__*/ notImplemented('fs.futimes');

/** Node's `fs.futimesSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const futimesSync = /*#__PURE__*/ notImplemented('fs.futimesSync');

/** Node's `fs.lchmod`. */
export const lchmod: undefined = undefined;

/** Node's `fs.lchmodSync`. */
export const lchmodSync: undefined = undefined;

/** Node's `fs.lchown`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lchown = /*#__PURE__*/ notImplemented('fs.lchown');

/** Node's `fs.lchownSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lchownSync = /*#__PURE__*/ notImplemented('fs.lchownSync');

/** Node's `fs.link`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const link = /*#__PURE__*/ notImplemented('fs.link');

/** Node's `fs.linkSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const linkSync = /*#__PURE__*/ notImplemented('fs.linkSync');

/** Node's `fs.lstat`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lstat = /*#__PURE__*/ notImplemented('fs.lstat');

/** Node's `fs.lstatSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lstatSync = /*#__PURE__*/ notImplemented('fs.lstatSync');

/** Node's `fs.lutimes`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lutimes = /*#__PURE__*/ notImplemented('fs.lutimes');

/** Node's `fs.lutimesSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const lutimesSync = /*#__PURE__*/ notImplemented('fs.lutimesSync');

/** Node's `fs.mkdir`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const mkdir = /*#__PURE__*/ notImplemented('fs.mkdir');

/** Node's `fs.mkdirSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const mkdirSync = /*#__PURE__*/ notImplemented('fs.mkdirSync');

/** Node's `fs.mkdtemp`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const mkdtemp = /*#__PURE__*/ notImplemented('fs.mkdtemp');

/** Node's `fs.mkdtempSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const mkdtempSync = /*#__PURE__*/ notImplemented('fs.mkdtempSync');

/** Node's `fs.open`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const open = /*#__PURE__*/ notImplemented('fs.open');

/** Node's `fs.openSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const openSync = /*#__PURE__*/ notImplemented('fs.openSync');

/** Node's `fs.opendir`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const opendir = /*#__PURE__*/ notImplemented('fs.opendir');

/** Node's `fs.opendirSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const opendirSync = /*#__PURE__*/ notImplemented('fs.opendirSync');

/** Node's `fs.promises`: the `fs/promises` module. */
export const promises = fsPromisesNamespace;

/** Node's `fs.read`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const read = /*#__PURE__*/ notImplemented('fs.read');

/** Node's `fs.readFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readFile = /*#__PURE__*/ notImplemented('fs.readFile');

/** Node's `fs.readFileSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readFileSync = /*#__PURE__*/ notImplemented('fs.readFileSync');

/** Node's `fs.readSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readSync = /*#__PURE__*/ notImplemented('fs.readSync');

/** Node's `fs.readdir`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readdir = /*#__PURE__*/ notImplemented('fs.readdir');

/** Node's `fs.readdirSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readdirSync = /*#__PURE__*/ notImplemented('fs.readdirSync');

/** Node's `fs.readlink`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readlink = /*#__PURE__*/ notImplemented('fs.readlink');

/** Node's `fs.readlinkSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readlinkSync = /*#__PURE__*/ notImplemented('fs.readlinkSync');

/** Node's `fs.readv`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readv = /*#__PURE__*/ notImplemented('fs.readv');

/** Node's `fs.readvSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const readvSync = /*#__PURE__*/ notImplemented('fs.readvSync');

/** Node's `fs.realpath`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const realpath = /*#__PURE__*/ notImplemented('fs.realpath');

/** Node's `fs.realpathSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const realpathSync = /*#__PURE__*/ notImplemented('fs.realpathSync');

/** Node's `fs.rename`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rename = /*#__PURE__*/ notImplemented('fs.rename');

/** Node's `fs.renameSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const renameSync = /*#__PURE__*/ notImplemented('fs.renameSync');

/** Node's `fs.rm`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rm = /*#__PURE__*/ notImplemented('fs.rm');

/** Node's `fs.rmSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rmSync = /*#__PURE__*/ notImplemented('fs.rmSync');

/** Node's `fs.rmdir`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rmdir = /*#__PURE__*/ notImplemented('fs.rmdir');

/** Node's `fs.rmdirSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const rmdirSync = /*#__PURE__*/ notImplemented('fs.rmdirSync');

/** Node's `fs.stat`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const stat = /*#__PURE__*/ notImplemented('fs.stat');

/** Node's `fs.statSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const statSync = /*#__PURE__*/ notImplemented('fs.statSync');

/** Node's `fs.symlink`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const symlink = /*#__PURE__*/ notImplemented('fs.symlink');

/** Node's `fs.symlinkSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const symlinkSync = /*#__PURE__*/ notImplemented('fs.symlinkSync');

/** Node's `fs.truncate`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const truncate = /*#__PURE__*/ notImplemented('fs.truncate');

/** Node's `fs.truncateSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const truncateSync = /*#__PURE__*/ notImplemented('fs.truncateSync');

/** Node's `fs.unlink`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const unlink = /*#__PURE__*/ notImplemented('fs.unlink');

/** Node's `fs.unlinkSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const unlinkSync = /*#__PURE__*/ notImplemented('fs.unlinkSync');

/** Node's `fs.unwatchFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const unwatchFile = /*#__PURE__*/ notImplemented('fs.unwatchFile');

/** Node's `fs.utimes`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const utimes = /*#__PURE__*/ notImplemented('fs.utimes');

/** Node's `fs.utimesSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const utimesSync = /*#__PURE__*/ notImplemented('fs.utimesSync');

/** Node's `fs.watch`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const watch = /*#__PURE__*/ notImplemented('fs.watch');

/** Node's `fs.watchFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const watchFile = /*#__PURE__*/ notImplemented('fs.watchFile');

/** Node's `fs.write`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const write = /*#__PURE__*/ notImplemented('fs.write');

/** Node's `fs.writeFile`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const writeFile = /*#__PURE__*/ notImplemented('fs.writeFile');

/** Node's `fs.writeFileSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const writeFileSync = /*#__PURE__*/ notImplemented('fs.writeFileSync');

/** Node's `fs.writeSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const writeSync = /*#__PURE__*/ notImplemented('fs.writeSync');

/** Node's `fs.writev`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const writev = /*#__PURE__*/ notImplemented('fs.writev');

/** Node's `fs.writevSync`. Not built yet; calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const writevSync = /*#__PURE__*/ notImplemented('fs.writevSync');

/** Node's `fs` module object: what `import fs from 'fs'` and `require('fs')` give. */
const fsModule = {
  Dir,
  Dirent,
  F_OK,
  FileReadStream,
  FileWriteStream,
  R_OK,
  ReadStream,
  Stats,
  W_OK,
  WriteStream,
  X_OK,
  _toUnixTimestamp,
  access,
  accessSync,
  appendFile,
  appendFileSync,
  chmod,
  chmodSync,
  chown,
  chownSync,
  close,
  closeSync,
  constants,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchmod,
  fchmodSync,
  fchown,
  fchownSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchmod,
  lchmodSync,
  lchown,
  lchownSync,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  opendir,
  opendirSync,
  promises,
  read,
  readFile,
  readFileSync,
  readSync,
  readdir,
  readdirSync,
  readlink,
  readlinkSync,
  readv,
  readvSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  unwatchFile,
  utimes,
  utimesSync,
  watch,
  watchFile,
  write,
  writeFile,
  writeFileSync,
  writeSync,
  writev,
  writevSync,
};
export default fsModule;
