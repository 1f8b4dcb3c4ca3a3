/**
 * polynode's `timers/promises`: Node 16.13.1's `timers/promises` module for the browser.
 * setTimeout, setImmediate, setInterval with AbortSignal.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented } from '../../internal/unavailable.js';

/** Node's `timers.promises.setImmediate`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setImmediate = /*#__PURE__*/ notImplemented('timers.promises.setImmediate');

/** Node's `timers.promises.setInterval`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setInterval = /*#__PURE__*/ notImplemented('timers.promises.setInterval');

/** Node's `timers.promises.setTimeout`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setTimeout = /*#__PURE__*/ notImplemented('timers.promises.setTimeout');

/** Node's `timers/promises` module object: what `import timersPromises from 'timers/promises'` and `require('timers/promises')` give. */
const timersPromisesModule = {
  setImmediate,
  setInterval,
  setTimeout,
};
export default timersPromisesModule;
