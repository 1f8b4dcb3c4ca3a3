/**
 * polynode's `path/posix`: Node 16.13.1's `path/posix` module for the browser.
 * The POSIX path functions, exactly as Node 16 (`path.posix`, which is also `path` itself).
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
} from '../impl.js';

export type { FormatInputPathObject, ParsedPath, PlatformPath } from '../impl.js';

/** Node's `path.posix._makeLong`: the same function as `toNamespacedPath` (POSIX: returns its argument). */
export const _makeLong: PlatformPath['_makeLong'] = posixToNamespacedPath;

/** Node's `path.posix.basename(path[, ext])`: the last portion of `path`, without `ext` when it ends with it. */
export const basename: PlatformPath['basename'] = posixBasename;

/** Node's `path.posix.delimiter`: `':'`. */
export const delimiter: string = ':';

/** Node's `path.posix.dirname(path)`: the directory part of `path`. */
export const dirname: PlatformPath['dirname'] = posixDirname;

/** Node's `path.posix.extname(path)`: the extension of the last portion (`'.js'`), or `''`. */
export const extname: PlatformPath['extname'] = posixExtname;

/** Node's `path.posix.format(pathObject)`: the path made of `{ root, dir, base, name, ext }`. */
export const format: PlatformPath['format'] = posixFormat;

/** Node's `path.posix.isAbsolute(path)`: whether `path` starts with `/`. */
export const isAbsolute: PlatformPath['isAbsolute'] = posixIsAbsolute;

/** Node's `path.posix.join(...paths)`: the segments joined with `/`, normalized. */
export const join: PlatformPath['join'] = posixJoin;

/** Node's `path.posix.normalize(path)`: `path` with `.`, `..` and repeated separators resolved. */
export const normalize: PlatformPath['normalize'] = posixNormalize;

/** Node's `path.posix.parse(path)`: `{ root, dir, base, ext, name }`. */
export const parse: PlatformPath['parse'] = posixParse;

/** Node's `path.posix.posix`: the POSIX flavour (the `path/posix` module; the same object as `path`). */
export const posix: PlatformPath = posixPath;

/**
 * Node's `path.posix.relative(from, to)`: the relative path from `from` to `to`, both resolved
 * first. Browser: relative paths resolve against `process.cwd()` when real, else `'/'`.
 */
export const relative: PlatformPath['relative'] = posixRelative;

/**
 * Node's `path.posix.resolve(...paths)`: the absolute path the segments lead to, from right to left.
 * Browser: when no segment is absolute, polynode's `process.cwd()` is prepended while that is
 * real; until then `'/'`.
 */
export const resolve: PlatformPath['resolve'] = posixResolve;

/** Node's `path.posix.sep`: `'/'`. */
export const sep: '/' = '/';

/** Node's `path.posix.toNamespacedPath(path)`: POSIX returns its argument unchanged. */
export const toNamespacedPath: PlatformPath['toNamespacedPath'] = posixToNamespacedPath;

/** Node's `path.posix.win32`: the Windows flavour (the `path/win32` module). */
export const win32: PlatformPath = win32Path;

/** Node's `path/posix` module object: what `import posix from 'path/posix'` and `require('path/posix')` give; it is `path.posix` (and `path`). */
const pathModule: PlatformPath = posixPath;
export default pathModule;
