/**
 * The two flavours of Node 16.13.1's `path` (POSIX and win32) in one private file, so that
 * `path.posix.win32 === path.win32` and `path.win32.posix === path.posix` hold without a
 * circular import between the three public entries (`path`, `path/posix`, `path/win32`),
 * which only re-export from here.
 *
 * Written from Node's documentation and checked against real Node 16.13.1 on random paths
 * (test/path/differential.test.ts). Where Node's results have quirks (`basename('a/', 'xa/')`,
 * win32 `relative` slicing the original string at indices found in its lower-cased copy …)
 * this code reproduces them, since being exact is the contract.
 *
 * Browser: `resolve` (and `relative`, `win32.toNamespacedPath`, which call it) needs a
 * current directory. It is polynode's `process.cwd()` once that is real; while `process.cwd`
 * is a stub (or throws, or returns a non-string) it is `'/'`. For a win32 drive-relative
 * path (`C:foo`) Node reads the drive's directory from `process.env['=C:']`; here that is
 * polynode's `process.env` when it is a real object, else absent (then the current
 * directory is used, as in Node when the variable is unset).
 *
 * @packageDocumentation
 */
import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { validateObject } from '../internal/validators.js';
import { stubInfo } from '../internal/unavailable.js';
import { cwd as processCwd, env as processEnv } from '../process/index.js';

/** The fields of `path.parse()`'s result and of `path.format()`'s argument. */
export interface ParsedPath {
  /** The root: `'/'`, `'C:\\'`, `'\\\\server\\share\\'` or `''`. */
  root: string;
  /** The directory, root included. */
  dir: string;
  /** The last portion, extension included. */
  base: string;
  /** The extension, dot included (`'.txt'`), or `''`. */
  ext: string;
  /** The last portion without its extension. */
  name: string;
}

/** What `path.format()` accepts: any object; missing fields count as empty. */
export interface FormatInputPathObject {
  root?: string | undefined;
  dir?: string | undefined;
  base?: string | undefined;
  ext?: string | undefined;
  name?: string | undefined;
}

/** One flavour of `path` (`path.posix` or `path.win32`), as Node 16 shapes it. */
export interface PlatformPath {
  /** Resolves a sequence of paths into an absolute path. */
  resolve(...paths: string[]): string;
  /** Normalizes a path, resolving `..` and `.` segments. */
  normalize(path: string): string;
  /** Whether a path is absolute. */
  isAbsolute(path: string): boolean;
  /** Joins path segments with the separator and normalizes the result. */
  join(...paths: string[]): string;
  /** The relative path from `from` to `to` (both resolved first). */
  relative(from: string, to: string): string;
  /** win32: the `\\?\` namespace-prefixed path; POSIX: the argument unchanged. */
  toNamespacedPath(path: string): string;
  /** Alias of `toNamespacedPath` kept by Node. */
  _makeLong(path: string): string;
  /** The directory name of a path. */
  dirname(path: string): string;
  /** The last portion of a path, without `ext` when it ends with it. */
  basename(path: string, ext?: string): string;
  /** The extension of the last portion (from its last dot), or `''`. */
  extname(path: string): string;
  /** Builds a path from a `{ root, dir, base, name, ext }` object. */
  format(pathObject: FormatInputPathObject): string;
  /** Splits a path into `{ root, dir, base, ext, name }`. */
  parse(path: string): ParsedPath;
  /** The segment separator: `'/'` or `'\\'`. */
  readonly sep: '/' | '\\';
  /** The PATH list delimiter: `':'` or `';'`. */
  readonly delimiter: ':' | ';';
  /** The POSIX flavour. */
  readonly posix: PlatformPath;
  /** The win32 flavour. */
  readonly win32: PlatformPath;
}

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\\'
const DOT = 46; // '.'
const COLON = 58; // ':'
const QUESTION = 63; // '?'

/** `validateString` inlined (it is on every hot path here). */
function checkString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

/** polynode's `process.cwd()` when it is real, else `'/'`. */
function currentDirectory(): string {
  if (stubInfo(processCwd) === undefined) {
    try {
      const dir = (processCwd as () => unknown)();
      if (typeof dir === 'string') return dir;
    } catch {
      // fall through to '/'
    }
  }
  return '/';
}

/** `process.env[name]` when polynode's process.env is a real object. */
function environment(name: string): string | undefined {
  const env = processEnv as unknown;
  if (typeof env !== 'object' || env === null || stubInfo(env) !== undefined) return undefined;
  const value = (env as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

const isWinSep = (code: number): boolean => code === SLASH || code === BACKSLASH;
const isDriveLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

// ---------------------------------------------------------------------------------------
// Segment normalization (shared by both flavours)
// ---------------------------------------------------------------------------------------

/**
 * Normalizes `path.slice(from)` as a list of segments: empty and `.` segments go, `..`
 * removes the segment before it (or stays, when `aboveRoot` and there is nothing to remove).
 * Returns the segments joined by `sep`, with no leading or trailing separator.
 *
 * One pass. While the segments kept so far are exactly a piece of the input (single
 * separators of the right kind between them), nothing is built: the result is a slice of the
 * input, or the input itself. From the first change on, the result is built as a string.
 */
function normalizeSegments(path: string, from: number, aboveRoot: boolean, win: boolean, sep: string): string {
  const len = path.length;
  let i = from;
  if (win) {
    while (i < len && isWinSep(path.charCodeAt(i))) i++;
  } else {
    while (i < len && path.charCodeAt(i) === SLASH) i++;
  }
  const begin = i;
  let cleanEnd = begin; // while !dirty, the result is path.slice(begin, cleanEnd)
  let dirty = false;
  let res = '';
  let count = 0; // segments in the result
  let ups = 0; // of which leading '..'
  let segStart = begin;
  for (; i <= len; i++) {
    if (i < len) {
      const code = path.charCodeAt(i);
      if (code !== SLASH && !(win && code === BACKSLASH)) continue;
    }
    const n = i - segStart;
    if (n === 0 || (n === 1 && path.charCodeAt(segStart) === DOT)) {
      // empty or '.': dropped
    } else if (n === 2 && path.charCodeAt(segStart) === DOT && path.charCodeAt(segStart + 1) === DOT) {
      if (!dirty) {
        dirty = true;
        res = path.slice(begin, cleanEnd);
      }
      if (count > ups) {
        const cut = res.lastIndexOf(sep);
        res = cut === -1 ? '' : res.slice(0, cut);
        count--;
      } else if (aboveRoot) {
        res = res.length > 0 ? `${res}${sep}..` : '..';
        count++;
        ups++;
      }
    } else if (!dirty && (count === 0 ? segStart === begin : segStart === cleanEnd + 1 && !(win && path.charCodeAt(cleanEnd) === SLASH))) {
      cleanEnd = i;
      count++;
    } else {
      if (!dirty) {
        dirty = true;
        res = path.slice(begin, cleanEnd);
      }
      res = res.length > 0 ? `${res}${sep}${path.slice(segStart, i)}` : path.slice(segStart, i);
      count++;
    }
    segStart = i + 1;
  }
  if (dirty) return res;
  return begin === 0 && cleanEnd === len ? path : path.slice(begin, cleanEnd);
}

// ---------------------------------------------------------------------------------------
// The last portion: basename / extname / parse share one backwards scan
// ---------------------------------------------------------------------------------------

/** The result of `scanTail`. */
interface Tail {
  /** Index after the last non-separator character at or after `stop`, or -1. */
  end: number;
  /** Index after the separator that precedes the last portion, else the given default. */
  startPart: number;
  /** Index of the extension's dot, or -1 when the last portion has no extension. */
  startDot: number;
}

/**
 * Scans `path` backwards down to `stop` and finds the last portion and its extension.
 * The extension is the last portion from its last dot, except when that dot starts the
 * portion or the portion is exactly `..` starting right after `startPart` (Node's rule,
 * which for a POSIX absolute path whose portion starts at index 1 looks at index 0: so
 * `parse('/..')` has the extension `.`; reproduced).
 */
function scanTail(path: string, stop: number, startPart: number, win: boolean): Tail {
  let end = -1;
  let startDot = -1;
  // Whether a character other than a dot was seen before (left of) the last dot.
  let state = 0; // 0: none seen, 1: only dots, -1: another character
  let i = path.length - 1;
  for (; i >= stop; i--) {
    const code = path.charCodeAt(i);
    if (code === SLASH || (win && code === BACKSLASH)) {
      if (end !== -1) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (state !== 1) state = 1;
    } else if (startDot !== -1) {
      state = -1;
    }
  }
  if (startDot !== -1 && (state === 0 || (state === 1 && startDot === end - 1 && startDot === startPart + 1))) startDot = -1;
  return { end, startPart, startDot };
}

/** `basename(path, ext)` from index `stop` on (after a win32 drive), Node's algorithm of results. */
function basenameFrom(path: string, ext: string | undefined, stop: number, win: boolean): string {
  const len = path.length;
  let start = stop;
  let end = -1;
  let i = len - 1;
  if (ext !== undefined && ext.length > 0 && ext.length <= len) {
    if (ext === path) return '';
    // Match `ext` backwards against the non-separator characters of the last portion.
    let extIdx = ext.length - 1;
    let firstNonSlashEnd = -1;
    for (; i >= stop; i--) {
      const code = path.charCodeAt(i);
      if (code === SLASH || (win && code === BACKSLASH)) {
        if (firstNonSlashEnd !== -1) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (firstNonSlashEnd === -1) firstNonSlashEnd = i + 1;
      if (extIdx >= 0) {
        if (code === ext.charCodeAt(extIdx)) {
          if (--extIdx === -1) end = i; // the whole ext matched: the portion ends before it
        } else {
          extIdx = -1; // no match: the whole portion
          end = firstNonSlashEnd;
        }
      }
    }
    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = len;
    return path.slice(start, end);
  }
  for (; i >= stop; i--) {
    const code = path.charCodeAt(i);
    if (code === SLASH || (win && code === BACKSLASH)) {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

/** Node's `_format`: shared by both flavours' `format`. */
function formatWith(sep: string, pathObject: unknown): string {
  validateObject(pathObject, 'pathObject');
  const o = pathObject as Record<string, unknown>;
  const dir = o.dir || o.root;
  const base = o.base || `${(o.name as string) || ''}${(o.ext as string) || ''}`;
  if (!dir) return base as string;
  return dir === o.root ? `${dir as string}${base as string}` : `${dir as string}${sep}${base as string}`;
}

// ---------------------------------------------------------------------------------------
// POSIX
// ---------------------------------------------------------------------------------------

/** Node's `path.posix.resolve`. */
export function posixResolve(...args: string[]): string {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? args[i] : currentDirectory();
    checkString(path, 'path');
    if (path.length === 0) continue;
    resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
    absolute = path.charCodeAt(0) === SLASH;
  }
  const body = normalizeSegments(resolved, 0, !absolute, false, '/');
  if (absolute) return `/${body}`;
  return body.length > 0 ? body : '.';
}

/** Node's `path.posix.normalize`. */
export function posixNormalize(path: string): string {
  checkString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(len - 1) === SLASH;
  // Already normal: return the very string (no allocation).
  let body = normalizeSegments(path, 0, !absolute, false, '/');
  if (body.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) body += '/';
  return absolute ? `/${body}` : body;
}

/** Node's `path.posix.isAbsolute`. */
export function posixIsAbsolute(path: string): boolean {
  checkString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

/** Node's `path.posix.join`. */
export function posixJoin(...args: string[]): string {
  let joined: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    checkString(arg, 'path');
    if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
  }
  return joined === undefined ? '.' : posixNormalize(joined);
}

/** Node's `path.posix.relative`. */
export function posixRelative(from: string, to: string): string {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  from = posixResolve(from);
  to = posixResolve(to);
  if (from === to) return '';
  // Both are normalized absolute paths: '/' or '/a/b' (no trailing slash).
  const fromLen = from.length;
  const toLen = to.length;
  const length = fromLen < toLen ? fromLen : toLen;
  // The end of the last common directory (index of its trailing '/'), comparing from 1.
  let i = 1;
  let lastCommonSep = 0;
  for (; i < length; i++) {
    const code = from.charCodeAt(i);
    if (code !== to.charCodeAt(i)) break;
    if (code === SLASH) lastCommonSep = i;
  }
  if (i === length) {
    if (toLen > length) {
      // `from` is a prefix of `to`
      if (to.charCodeAt(i) === SLASH) return to.slice(i + 1);
      if (fromLen === 1) return to.slice(1); // from is '/'
    } else if (fromLen > length) {
      if (from.charCodeAt(i) === SLASH) lastCommonSep = i;
      else if (toLen === 1) lastCommonSep = 0; // to is '/'
    }
  }
  let out = '';
  for (let j = lastCommonSep + 1; j <= fromLen; j++) {
    if (j === fromLen || from.charCodeAt(j) === SLASH) out += out.length === 0 ? '..' : '/..';
  }
  // '' or the rest of `to` from a '/'
  const rest = toLen === 1 ? '' : to.slice(lastCommonSep);
  return out.length === 0 ? rest.slice(1) : out + rest;
}

/** Node's `path.posix.toNamespacedPath`. */
export function posixToNamespacedPath(path: string): string {
  return path;
}

/** Node's `path.posix.dirname`. */
export function posixDirname(path: string): string {
  checkString(path, 'path');
  const last = path.length - 1;
  if (last < 1) return last === 0 && path.charCodeAt(0) === SLASH ? '/' : '.';
  let i = last;
  if (path.charCodeAt(last) === SLASH) {
    // Trailing separators (down to index 1; index 0 is the root, never a separator here).
    while (--i > 0 && path.charCodeAt(i) === SLASH);
    if (i === 0) return path.charCodeAt(0) === SLASH ? '/' : '.';
  }
  // path[i] (i >= 1) ends the last portion; the separator before it at index >= 1.
  while (--i > 0) {
    if (path.charCodeAt(i) === SLASH) {
      return i === 1 && path.charCodeAt(0) === SLASH ? '//' : path.slice(0, i);
    }
  }
  return path.charCodeAt(0) === SLASH ? '/' : '.';
}

/** Node's `path.posix.basename`. */
export function posixBasename(path: string, ext?: string): string {
  if (ext !== undefined) checkString(ext, 'ext');
  checkString(path, 'path');
  const len = path.length;
  // Trailing separators (rare): the general scan.
  if (len === 0 || path.charCodeAt(len - 1) === SLASH) return basenameFrom(path, ext, 0, false);
  let start = len - 1;
  while (start > 0 && path.charCodeAt(start - 1) !== SLASH) start--;
  if (ext !== undefined) {
    const extLen = ext.length;
    if (extLen > 0) {
      if (extLen < len - start) {
        // `ext` strictly inside the portion: cut it when the portion ends with it
        let k = extLen - 1;
        let j = len - 1;
        while (k >= 0 && path.charCodeAt(j) === ext.charCodeAt(k)) {
          k--;
          j--;
        }
        if (k < 0) return path.slice(start, j + 1);
      } else if (ext === path) {
        return '';
      }
    }
  }
  return start === 0 ? path : path.slice(start);
}

/** Node's `path.posix.extname`. */
export function posixExtname(path: string): string {
  checkString(path, 'path');
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  // The last dot or separator of the last portion.
  let i = end - 1;
  let code = 0;
  for (; i >= 0; i--) {
    code = path.charCodeAt(i);
    if (code === DOT || code === SLASH) break;
  }
  if (i <= 0 || code === SLASH) return ''; // no dot, or it starts the path
  const prev = path.charCodeAt(i - 1);
  if (prev === SLASH) return ''; // the dot starts the portion
  // The portion '..' has no extension.
  if (prev === DOT && i === end - 1 && (i === 1 || path.charCodeAt(i - 2) === SLASH)) return '';
  return path.slice(i, end);
}

/** Node's `path.posix.format`. */
export function posixFormat(pathObject: FormatInputPathObject): string {
  return formatWith('/', pathObject);
}

/** Node's `path.posix.parse`. */
export function posixParse(path: string): ParsedPath {
  checkString(path, 'path');
  // Kept small (no early returns: '' and '///' go through the general case) so that engines
  // inline it into the caller.
  const ret: ParsedPath = { root: '', dir: '', base: '', ext: '', name: '' };
  const absolute = path.charCodeAt(0) === SLASH;
  const stop = absolute ? 1 : 0;
  const len = path.length;
  let end = len;
  while (end > stop && path.charCodeAt(end - 1) === SLASH) end--;
  // The last dot of the last portion, then the separator before the portion (index i).
  let i = end - 1;
  let startDot = -1;
  for (; i >= stop; i--) {
    const code = path.charCodeAt(i);
    if (code === SLASH) break;
    if (code === DOT) {
      startDot = i;
      while (--i >= stop && path.charCodeAt(i) !== SLASH);
      break;
    }
  }
  // Node's start of the portion: after the separator, else 0 (even past a root '/').
  const startPart = i < stop ? 0 : i + 1;
  const start = i < stop ? stop : i + 1;
  if (absolute) ret.root = ret.dir = '/';
  if (startPart > 0) ret.dir = path.slice(0, i);
  const base = (ret.base = start === 0 && end === len ? path : path.slice(start, end));
  // No extension when the dot starts the portion, or for a portion '..' at startPart (so
  // `parse('/..')` has the extension '.', as in Node).
  if (startDot <= start || (startDot === end - 1 && startDot === startPart + 1 && path.charCodeAt(i + 1) === DOT)) {
    ret.name = base;
  } else {
    ret.name = path.slice(start, startDot);
    ret.ext = path.slice(startDot, end);
  }
  return ret;
}

// ---------------------------------------------------------------------------------------
// win32
// ---------------------------------------------------------------------------------------

/** A win32 root: its length in `path`, the device (`C:`, `\\\\server\\share`) and absoluteness. */
interface WinRoot {
  rootEnd: number;
  device: string | undefined;
  absolute: boolean;
}

/**
 * Reads a UNC root `\\server\share` at the start of `path` (which starts with two
 * separators). Returns [server, shareStart, shareEnd] or undefined when there is no server
 * or no share.
 */
function uncParts(path: string): [string, number, number] | undefined {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return undefined;
  const server = path.slice(2, j);
  const afterServer = j;
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === afterServer) return undefined;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === shareStart) return undefined;
  return [server, shareStart, j];
}

/** The root as `resolve` and `normalize` read it. */
function winRoot(path: string): WinRoot {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) return { rootEnd: isWinSep(code) ? 1 : 0, device: undefined, absolute: isWinSep(code) };
  if (isWinSep(code)) {
    if (isWinSep(path.charCodeAt(1))) {
      const unc = uncParts(path);
      if (unc === undefined) return { rootEnd: 0, device: undefined, absolute: true };
      return { rootEnd: unc[2], device: `\\\\${unc[0]}\\${path.slice(unc[1], unc[2])}`, absolute: true };
    }
    return { rootEnd: 1, device: undefined, absolute: true };
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    if (len > 2 && isWinSep(path.charCodeAt(2))) return { rootEnd: 3, device: path.slice(0, 2), absolute: true };
    return { rootEnd: 2, device: path.slice(0, 2), absolute: false };
  }
  return { rootEnd: 0, device: undefined, absolute: false };
}

/** Node's `path.win32.resolve`. */
export function winResolve(...args: string[]): string {
  let resolvedDevice = '';
  let resolvedTail = '';
  let resolvedAbsolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path: string;
    if (i >= 0) {
      path = args[i]!;
      checkString(path, 'path');
      if (path.length === 0) continue;
    } else if (resolvedDevice.length === 0) {
      path = currentDirectory();
    } else {
      // The drive's own current directory, when the environment says (Windows keeps one per drive).
      const dir = environment(`=${resolvedDevice}`) || currentDirectory();
      path =
        dir.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() && dir.charCodeAt(2) === BACKSLASH
          ? `${resolvedDevice}\\`
          : dir;
    }
    const root = winRoot(path);
    const device = root.device;
    if (device !== undefined && device.length > 0) {
      if (resolvedDevice.length > 0) {
        if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue; // another drive
      } else {
        resolvedDevice = device;
      }
    }
    if (resolvedAbsolute) {
      if (resolvedDevice.length > 0) break;
    } else {
      resolvedTail = `${path.slice(root.rootEnd)}\\${resolvedTail}`;
      resolvedAbsolute = root.absolute;
      if (root.absolute && resolvedDevice.length > 0) break;
    }
  }
  resolvedTail = normalizeSegments(resolvedTail, 0, !resolvedAbsolute, true, '\\');
  return resolvedAbsolute ? `${resolvedDevice}\\${resolvedTail}` : `${resolvedDevice}${resolvedTail}` || '.';
}

/** Node's `path.win32.normalize`. */
export function winNormalize(path: string): string {
  checkString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const code = path.charCodeAt(0);
  if (len === 1) return code === SLASH ? '\\' : path;
  let rootEnd = 0;
  let device: string | undefined;
  let absolute = false;
  if (isWinSep(code)) {
    absolute = true;
    if (isWinSep(path.charCodeAt(1))) {
      const unc = uncParts(path);
      if (unc !== undefined) {
        if (unc[2] === len) return `\\\\${unc[0]}\\${path.slice(unc[1])}\\`; // only the UNC root
        device = `\\\\${unc[0]}\\${path.slice(unc[1], unc[2])}`;
        rootEnd = unc[2];
      }
    } else {
      rootEnd = 1;
    }
  } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    device = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      absolute = true;
      rootEnd = 3;
    }
  }
  let tail = rootEnd < len ? normalizeSegments(path, rootEnd, !absolute, true, '\\') : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
  if (device === undefined) return absolute ? `\\${tail}` : tail;
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

/** Node's `path.win32.isAbsolute`. */
export function winIsAbsolute(path: string): boolean {
  checkString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  const code = path.charCodeAt(0);
  return isWinSep(code) || (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
}

/** Node's `path.win32.join`. */
export function winJoin(...args: string[]): string {
  let joined: string | undefined;
  let firstPart = '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    checkString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = firstPart = arg;
      else joined += `\\${arg}`;
    }
  }
  if (joined === undefined) return '.';
  // Leading separators: keep a UNC root the first part starts with (exactly two separators,
  // then something), else collapse two or more to one so normalize sees no UNC root.
  let keep = false;
  if (firstPart.length > 2 && isWinSep(firstPart.charCodeAt(0)) && isWinSep(firstPart.charCodeAt(1)) && !isWinSep(firstPart.charCodeAt(2))) {
    keep = true;
  }
  if (!keep) {
    let n = 0;
    while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
    if (n >= 2) joined = `\\${joined.slice(n)}`;
  }
  return winNormalize(joined);
}

/** Node's `path.win32.relative`. */
export function winRelative(from: string, to: string): string {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  const fromOrig = winResolve(from);
  const toOrig = winResolve(to);
  if (fromOrig === toOrig) return '';
  // Compared without case; the result is cut from the original `to` at the indices found
  // in the lower-cased copy (as Node does, even where lower-casing changes the length).
  const f = fromOrig.toLowerCase();
  const t = toOrig.toLowerCase();
  if (f === t) return '';
  let fromStart = 0;
  while (fromStart < f.length && f.charCodeAt(fromStart) === BACKSLASH) fromStart++;
  let fromEnd = f.length;
  while (fromEnd - 1 > fromStart && f.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
  const fromLen = fromEnd - fromStart;
  let toStart = 0;
  while (toStart < t.length && t.charCodeAt(toStart) === BACKSLASH) toStart++;
  let toEnd = t.length;
  while (toEnd - 1 > toStart && t.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
  const toLen = toEnd - toStart;
  const length = fromLen < toLen ? fromLen : toLen;
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const code = f.charCodeAt(fromStart + i);
    if (code !== t.charCodeAt(toStart + i)) break;
    if (code === BACKSLASH) lastCommonSep = i;
  }
  if (i !== length) {
    if (lastCommonSep === -1) return toOrig; // nothing in common (another drive)
  } else {
    if (toLen > length) {
      if (t.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
      if (i === 2) return toOrig.slice(toStart + i); // from is a drive root 'C:\\'
    }
    if (fromLen > length) {
      if (f.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
      else if (i === 2) lastCommonSep = 3; // to is a drive root
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }
  let out = '';
  for (let j = fromStart + lastCommonSep + 1; j <= fromEnd; j++) {
    if (j === fromEnd || f.charCodeAt(j) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
  }
  toStart += lastCommonSep;
  if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
  if (toOrig.charCodeAt(toStart) === BACKSLASH) toStart++;
  return toOrig.slice(toStart, toEnd);
}

/** Node's `path.win32.toNamespacedPath`. */
export function winToNamespacedPath(path: string): string {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = winResolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === BACKSLASH) {
    if (resolved.charCodeAt(1) === BACKSLASH) {
      const code = resolved.charCodeAt(2);
      if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON && resolved.charCodeAt(2) === BACKSLASH) {
    return `\\\\?\\${resolved}`;
  }
  return path;
}

/** Node's `path.win32.dirname`. */
export function winDirname(path: string): string {
  checkString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const code = path.charCodeAt(0);
  if (len === 1) return isWinSep(code) ? path : '.';
  let rootEnd = -1;
  let offset = 0;
  if (isWinSep(code)) {
    rootEnd = offset = 1;
    if (isWinSep(path.charCodeAt(1))) {
      const unc = uncParts(path);
      if (unc !== undefined) {
        if (unc[2] === len) return path; // only the UNC root
        rootEnd = offset = unc[2] + 1;
      }
    }
  } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    rootEnd = offset = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
  }
  let i = len - 1;
  while (i >= offset && isWinSep(path.charCodeAt(i))) i--;
  let end = -1;
  for (; i >= offset; i--) {
    if (isWinSep(path.charCodeAt(i))) {
      end = i;
      break;
    }
  }
  if (end === -1) {
    if (rootEnd === -1) return '.';
    end = rootEnd;
  }
  return path.slice(0, end);
}

/** 2 when `path` starts with a drive (`C:`), else 0. */
function driveEnd(path: string): number {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0)) ? 2 : 0;
}

/** Node's `path.win32.basename`. */
export function winBasename(path: string, ext?: string): string {
  if (ext !== undefined) checkString(ext, 'ext');
  checkString(path, 'path');
  return basenameFrom(path, ext, driveEnd(path), true);
}

/** Node's `path.win32.extname`. */
export function winExtname(path: string): string {
  checkString(path, 'path');
  const start = driveEnd(path);
  const tail = scanTail(path, start, start, true);
  return tail.startDot === -1 || tail.end === -1 ? '' : path.slice(tail.startDot, tail.end);
}

/** Node's `path.win32.format`. */
export function winFormat(pathObject: FormatInputPathObject): string {
  return formatWith('\\', pathObject);
}

/** Node's `path.win32.parse`. */
export function winParse(path: string): ParsedPath {
  checkString(path, 'path');
  const ret: ParsedPath = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  const code = path.charCodeAt(0);
  if (len === 1) {
    if (isWinSep(code)) ret.root = ret.dir = path;
    else ret.base = ret.name = path;
    return ret;
  }
  let rootEnd = 0;
  if (isWinSep(code)) {
    rootEnd = 1;
    if (isWinSep(path.charCodeAt(1))) {
      const unc = uncParts(path);
      if (unc !== undefined) rootEnd = unc[2] === len ? len : unc[2] + 1;
    }
  } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    if (len <= 2) {
      ret.root = ret.dir = path;
      return ret;
    }
    rootEnd = 2;
    if (isWinSep(path.charCodeAt(2))) {
      if (len === 3) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 3;
    }
  }
  if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
  const { end, startPart, startDot } = scanTail(path, rootEnd, rootEnd, true);
  if (end !== -1) {
    ret.base = path.slice(startPart, end);
    if (startDot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = path.slice(startPart, startDot);
      ret.ext = path.slice(startDot, end);
    }
  }
  ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
  return ret;
}

// ---------------------------------------------------------------------------------------
// The two objects
// ---------------------------------------------------------------------------------------

/** Builds `path.posix` and `path.win32` (each pointing at both) and returns `path.posix`. */
function makeFlavours(): PlatformPath {
  const posixPath = {
    resolve: posixResolve,
    normalize: posixNormalize,
    isAbsolute: posixIsAbsolute,
    join: posixJoin,
    relative: posixRelative,
    toNamespacedPath: posixToNamespacedPath,
    dirname: posixDirname,
    basename: posixBasename,
    extname: posixExtname,
    format: posixFormat,
    parse: posixParse,
    sep: '/' as const,
    delimiter: ':' as const,
    win32: null as unknown as PlatformPath,
    posix: null as unknown as PlatformPath,
    _makeLong: posixToNamespacedPath,
  };
  const win32Path = {
    resolve: winResolve,
    normalize: winNormalize,
    isAbsolute: winIsAbsolute,
    join: winJoin,
    relative: winRelative,
    toNamespacedPath: winToNamespacedPath,
    dirname: winDirname,
    basename: winBasename,
    extname: winExtname,
    format: winFormat,
    parse: winParse,
    sep: '\\' as const,
    delimiter: ';' as const,
    win32: null as unknown as PlatformPath,
    posix: null as unknown as PlatformPath,
    _makeLong: winToNamespacedPath,
  };
  posixPath.win32 = win32Path.win32 = win32Path;
  posixPath.posix = win32Path.posix = posixPath;
  return posixPath;
}

/** `flavour.win32`, as a call Rollup may drop when unused. */
function win32Of(flavour: PlatformPath): PlatformPath {
  return flavour.win32;
}

// Two pure calls and no top-level property read: an unused import of path bundles to nothing.

/** Node's `path.posix`: the POSIX flavour (also what `path` is on Linux and in polynode). */
export const posix: PlatformPath = /*#__PURE__*/ makeFlavours();

/** Node's `path.win32`: the Windows flavour. */
export const win32: PlatformPath = /*#__PURE__*/ win32Of(posix);
