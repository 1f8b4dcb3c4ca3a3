/**
 * polynode's `timers`: Node 16.13.1's `timers` module for the browser.
 * Node-like Timeout/Immediate objects; setImmediate without the 4 ms clamp.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented } from '../internal/unavailable.js';

/** Node's `timers._unrefActive`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _unrefActive = /*#__PURE__*/ notImplemented('timers._unrefActive');

/** Node's `timers.active`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const active = /*#__PURE__*/ notImplemented('timers.active');

/** Node's `timers.clearImmediate`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const clearImmediate = /*#__PURE__*/ notImplemented('timers.clearImmediate');

/** Node's `timers.clearInterval`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const clearInterval = /*#__PURE__*/ notImplemented('timers.clearInterval');

/** Node's `timers.clearTimeout`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const clearTimeout = /*#__PURE__*/ notImplemented('timers.clearTimeout');

/** Node's `timers.enroll`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const enroll = /*#__PURE__*/ notImplemented('timers.enroll');

/** Node's `timers.setImmediate`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setImmediate = /*#__PURE__*/ notImplemented('timers.setImmediate');

/** Node's `timers.setInterval`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setInterval = /*#__PURE__*/ notImplemented('timers.setInterval');

/** Node's `timers.setTimeout`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setTimeout = /*#__PURE__*/ notImplemented('timers.setTimeout');

/** Node's `timers.unenroll`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const unenroll = /*#__PURE__*/ notImplemented('timers.unenroll');

/** Node's `timers` module object: what `import timers from 'timers'` and `require('timers')` give. */
const timersModule = {
  _unrefActive,
  active,
  clearImmediate,
  clearInterval,
  clearTimeout,
  enroll,
  setImmediate,
  setInterval,
  setTimeout,
  unenroll,
};
export default timersModule;
