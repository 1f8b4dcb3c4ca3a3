/**
 * polynode's `readline`: Node 16.13.1's `readline` module for the browser.
 * Interface over polynode streams.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [stream] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';

/** Node's `readline.Interface`. Not built yet ([stream]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Interface = /*#__PURE__*/ notImplementedClass('readline.Interface');

/** Node's `readline.clearLine`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const clearLine = /*#__PURE__*/ notImplemented('readline.clearLine');

/** Node's `readline.clearScreenDown`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const clearScreenDown = /*#__PURE__*/ notImplemented('readline.clearScreenDown');

/** Node's `readline.createInterface`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createInterface = /*#__PURE__*/ notImplemented('readline.createInterface');

/** Node's `readline.cursorTo`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const cursorTo = /*#__PURE__*/ notImplemented('readline.cursorTo');

/** Node's `readline.emitKeypressEvents`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const emitKeypressEvents = /*#__PURE__*/ notImplemented('readline.emitKeypressEvents');

/** Node's `readline.moveCursor`. Not built yet ([stream]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const moveCursor = /*#__PURE__*/ notImplemented('readline.moveCursor');

/** Node's `readline` module object: what `import readline from 'readline'` and `require('readline')` give. */
const readlineModule = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
export default readlineModule;
