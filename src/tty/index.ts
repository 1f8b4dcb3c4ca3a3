/**
 * polynode's `tty`: Node 16.13.1's `tty` module for the browser.
 * isatty is false; ReadStream and WriteStream.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';

/** Node's `tty.ReadStream`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ReadStream = /*#__PURE__*/ notImplementedClass('tty.ReadStream');

/** Node's `tty.WriteStream`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const WriteStream = /*#__PURE__*/ notImplementedClass('tty.WriteStream');

/** Node's `tty.isatty`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isatty = /*#__PURE__*/ notImplemented('tty.isatty');

/** Node's `tty` module object: what `import tty from 'tty'` and `require('tty')` give. */
const ttyModule = {
  ReadStream,
  WriteStream,
  isatty,
};
export default ttyModule;
