/**
 * polynode's `path/win32`: Node 16.13.1's `path/win32` module for the browser.
 * The Windows path functions, exactly as Node 16 (`path.win32`), usable on any platform.
 *
 * Browser: `resolve` (and `relative`) start from polynode's `process.cwd()` when it is real,
 * else from `'/'`.
 *
 * @packageDocumentation
 */
import {
  posix as posixPath,
  win32 as win32Path,
  winBasename,
  winDirname,
  winExtname,
  winFormat,
  winIsAbsolute,
  winJoin,
  winNormalize,
  winParse,
  winRelative,
  winResolve,
  winToNamespacedPath,
  type PlatformPath,
} from '../impl.js';

export type { FormatInputPathObject, ParsedPath, PlatformPath } from '../impl.js';

/** Node's `path.win32._makeLong`: the same function as `toNamespacedPath`. */
export const _makeLong: PlatformPath['_makeLong'] = winToNamespacedPath;

/** Node's `path.win32.basename(path[, ext])`: the last portion of `path`, without `ext` when it ends with it. */
export const basename: PlatformPath['basename'] = winBasename;

/** Node's `path.win32.delimiter`: `';'`. */
export const delimiter: string = ';';

/** Node's `path.win32.dirname(path)`: the directory part of `path`. */
export const dirname: PlatformPath['dirname'] = winDirname;

/** Node's `path.win32.extname(path)`: the extension of the last portion (`'.js'`), or `''`. */
export const extname: PlatformPath['extname'] = winExtname;

/** Node's `path.win32.format(pathObject)`: the path made of `{ root, dir, base, name, ext }`. */
export const format: PlatformPath['format'] = winFormat;

/** Node's `path.win32.isAbsolute(path)`: whether `path` starts with a separator or a drive root (`C:\\`). */
export const isAbsolute: PlatformPath['isAbsolute'] = winIsAbsolute;

/** Node's `path.win32.join(...paths)`: the segments joined with `\\`, normalized (a leading UNC root kept). */
export const join: PlatformPath['join'] = winJoin;

/** Node's `path.win32.normalize(path)`: `path` with `.`, `..` and repeated separators resolved. */
export const normalize: PlatformPath['normalize'] = winNormalize;

/** Node's `path.win32.parse(path)`: `{ root, dir, base, ext, name }`. */
export const parse: PlatformPath['parse'] = winParse;

/** Node's `path.win32.posix`: the POSIX flavour (the `path/posix` module, the same object as `path`). */
export const posix: PlatformPath = posixPath;

/**
 * Node's `path.win32.relative(from, to)`: the relative path from `from` to `to`, both resolved
 * first. Browser: relative paths resolve against `process.cwd()` when real, else `'/'`.
 */
export const relative: PlatformPath['relative'] = winRelative;

/**
 * Node's `path.win32.resolve(...paths)`: the absolute path the segments lead to, from right to left.
 * Browser: when no segment is absolute, polynode's `process.cwd()` is prepended while that is
 * real; until then `'/'` (so `win32.resolve('a')` is `'\\a'`). A drive-relative path
 * (`C:a`) uses `process.env['=C:']` when set, as Node does.
 */
export const resolve: PlatformPath['resolve'] = winResolve;

/** Node's `path.win32.sep`: `'\\'`. */
export const sep: '\\' = '\\';

/** Node's `path.win32.toNamespacedPath(path)`: the resolved path with the `\\\\?\\` prefix (`\\\\?\\UNC\\` for a share); other values unchanged. */
export const toNamespacedPath: PlatformPath['toNamespacedPath'] = winToNamespacedPath;

/** Node's `path.win32.win32`: the Windows flavour itself. */
export const win32: PlatformPath = win32Path;

/** Node's `path/win32` module object: what `import win32 from 'path/win32'` and `require('path/win32')` give; it is `path.win32`. */
const pathModule: PlatformPath = win32Path;
export default pathModule;
