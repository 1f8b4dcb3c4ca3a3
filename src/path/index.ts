/**
 * polynode's `path`: Node 16.13.1's `path` module for the browser.
 * POSIX and win32 path functions, exactly as Node 16 (equal to real Node 16.13.1 on random
 * paths, see test/path/differential.test.ts). As in Node on Linux, `path` is the POSIX
 * flavour: `path === path.posix` for the default export, and `path.win32` is the Windows one.
 *
 * Browser: `resolve` (and `relative`) start from polynode's `process.cwd()` when it is real,
 * else from `'/'`.
 *
 * @packageDocumentation
 */
import {
  posix as posixPath,
  win32 as win32Path,
  posixBasename,
  posixDirname,
  posixExtname,
  posixFormat,
  posixIsAbsolute,
  posixJoin,
  posixNormalize,
  posixParse,
  posixRelative,
  posixResolve,
  posixToNamespacedPath,
  type PlatformPath,
} from './impl.js';

export type { FormatInputPathObject, ParsedPath, PlatformPath } from './impl.js';

/** Node's `path._makeLong`: the same function as `toNamespacedPath` (POSIX: returns its argument). */
export const _makeLong: PlatformPath['_makeLong'] = posixToNamespacedPath;

/** Node's `path.basename(path[, ext])`: the last portion of `path`, without `ext` when it ends with it. */
export const basename: PlatformPath['basename'] = posixBasename;

/** Node's `path.delimiter`: `':'`. */
export const delimiter: string = ':';

/** Node's `path.dirname(path)`: the directory part of `path`. */
export const dirname: PlatformPath['dirname'] = posixDirname;

/** Node's `path.extname(path)`: the extension of the last portion (`'.js'`), or `''`. */
export const extname: PlatformPath['extname'] = posixExtname;

/** Node's `path.format(pathObject)`: the path made of `{ root, dir, base, name, ext }`. */
export const format: PlatformPath['format'] = posixFormat;

/** Node's `path.isAbsolute(path)`: whether `path` starts with `/`. */
export const isAbsolute: PlatformPath['isAbsolute'] = posixIsAbsolute;

/** Node's `path.join(...paths)`: the segments joined with `/`, normalized. */
export const join: PlatformPath['join'] = posixJoin;

/** Node's `path.normalize(path)`: `path` with `.`, `..` and repeated separators resolved. */
export const normalize: PlatformPath['normalize'] = posixNormalize;

/** Node's `path.parse(path)`: `{ root, dir, base, ext, name }`. */
export const parse: PlatformPath['parse'] = posixParse;

/** Node's `path.posix`: the POSIX flavour (the `path/posix` module; the same object as `path`). */
export const posix: PlatformPath = posixPath;

/**
 * Node's `path.relative(from, to)`: the relative path from `from` to `to`, both resolved
 * first. Browser: relative paths resolve against `process.cwd()` when real, else `'/'`.
 */
export const relative: PlatformPath['relative'] = posixRelative;

/**
 * Node's `path.resolve(...paths)`: the absolute path the segments lead to, from right to left.
 * Browser: when no segment is absolute, polynode's `process.cwd()` is prepended while that is
 * real; until then `'/'`.
 */
export const resolve: PlatformPath['resolve'] = posixResolve;

/** Node's `path.sep`: `'/'`. */
export const sep: string = '/';

/** Node's `path.toNamespacedPath(path)`: POSIX returns its argument unchanged. */
export const toNamespacedPath: PlatformPath['toNamespacedPath'] = posixToNamespacedPath;

/** Node's `path.win32`: the Windows flavour (the `path/win32` module). */
export const win32: PlatformPath = win32Path;

/** Node's `path` module object: what `import path from 'path'` and `require('path')` give; it is `path.posix`. */
const pathModule: PlatformPath = posixPath;
export default pathModule;
