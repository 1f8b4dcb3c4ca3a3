/**
 * polynode's `tty`: Node 16.13.1's `tty` module for the browser.
 *
 * A page has no terminal: `isatty(fd)` is always false, and constructing `ReadStream` or
 * `WriteStream` throws exactly what Node throws for a file descriptor that is not a TTY
 * (`ERR_TTY_INIT_FAILED`, a SystemError for `uv_tty_init` returning `EINVAL`), or
 * `ERR_INVALID_FD` for a descriptor that is not a non-negative integer.
 *
 * @packageDocumentation
 */
import { ERR_INVALID_FD, systemError } from '../internal/errors.js';

/** Node's SystemError `ERR_TTY_INIT_FAILED` for `uv_tty_init` returning `EINVAL`. */
function ttyInitFailed(): Error {
  return systemError('ERR_TTY_INIT_FAILED', 'TTY initialization failed', { errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
}

function checkFd(fd: unknown): never {
  if (typeof fd !== 'number' || fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  throw ttyInitFailed();
}

/** Node's `tty.isatty(fd)`. Browser: always `false` (a page has no terminal). */
export function isatty(_fd: unknown): boolean {
  return false;
}

/** A TTY read stream (never made in a browser). */
export interface ReadStream {
  readonly isRaw: boolean;
  readonly isTTY: true;
  setRawMode(mode: boolean): this;
}

/** A TTY write stream (never made in a browser). */
export interface WriteStream {
  readonly isTTY: true;
  readonly columns: number;
  readonly rows: number;
  getColorDepth(env?: object): number;
  hasColors(count?: number, env?: object): boolean;
  getWindowSize(): [number, number];
  clearLine(dir: number, callback?: () => void): boolean;
  clearScreenDown(callback?: () => void): boolean;
  cursorTo(x: number, y?: number, callback?: () => void): boolean;
  moveCursor(dx: number, dy: number, callback?: () => void): boolean;
}

/** The TTY classes' constructors: callable with or without `new`, as in Node. */
export interface TTYStreamConstructor<T> {
  new (fd: number, options?: object): T;
  (fd: number, options?: object): T;
  readonly prototype: T;
}

function ttyClass<T>(name: string, methods: readonly string[]): TTYStreamConstructor<T> {
  const ctor = {
    [name]: function (fd: unknown) {
      checkFd(fd);
    },
  }[name] as unknown as TTYStreamConstructor<T>;
  for (const method of methods) {
    Object.defineProperty(ctor.prototype, method, {
      value: { [method]() { throw ttyInitFailed(); } }[method],
      writable: true,
      configurable: true,
    });
  }
  return ctor;
}

/**
 * Node's `tty.ReadStream`. Browser: there is no terminal to read, so constructing one
 * throws Node's `ERR_TTY_INIT_FAILED` (or `ERR_INVALID_FD` for a bad descriptor), as Node
 * does for a descriptor that is not a TTY.
 */
export const ReadStream = /*#__PURE__*/ ttyClass<ReadStream>('ReadStream', ['setRawMode']);

/**
 * Node's `tty.WriteStream`. Browser: constructing one throws Node's `ERR_TTY_INIT_FAILED`
 * (or `ERR_INVALID_FD`), as Node does for a descriptor that is not a TTY.
 */
export const WriteStream = /*#__PURE__*/ ttyClass<WriteStream>('WriteStream', [
  'getColorDepth',
  'hasColors',
  'getWindowSize',
  'clearLine',
  'clearScreenDown',
  'cursorTo',
  'moveCursor',
]);

/** Node's `tty` module object: what `import tty from 'tty'` and `require('tty')` give. */
const ttyModule = {
  ReadStream,
  WriteStream,
  isatty,
};
export default ttyModule;
