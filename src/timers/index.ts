/**
 * polynode's `timers`: Node 16.13.1's `timers` module for the browser.
 *
 * `setTimeout`/`setInterval` return Node's `Timeout` objects and `setImmediate` Node's
 * `Immediate` objects (`ref`, `unref`, `hasRef`, `refresh`, `close`, a numeric id through
 * `Symbol.toPrimitive` that `clearTimeout` accepts). Every callback first queues the
 * `process.nextTick` drain, so ticks run before the callback's promise reactions, as in Node.
 *
 * Browser:
 * - a timer is one platform `setTimeout`; an interval re-arms one after each call (as Node
 *   does), so the browser's clamping applies: after 5 nested levels a delay under 4 ms
 *   becomes 4 ms, and background tabs throttle to 1 s or more;
 * - `setImmediate` posts one MessageChannel message per immediate (no 4 ms clamp; the
 *   platform's own `setImmediate` where there is one, as in Node), in FIFO order;
 * - `ref()`/`unref()` only flip `hasRef()`: nothing keeps a page alive or ends it;
 * - after `process.exit()` no callback runs.
 *
 * @packageDocumentation
 */
import {
  _unrefActive,
  active,
  clearImmediate,
  clearInterval,
  clearTimeout,
  enroll,
  setImmediate as coreSetImmediate,
  setInterval,
  setTimeout as coreSetTimeout,
  unenroll,
} from './core.js';
import { setImmediate as promiseSetImmediate, setTimeout as promiseSetTimeout } from './promises/index.js';

export { _unrefActive, active, clearImmediate, clearInterval, clearTimeout, enroll, setInterval, unenroll };

const customPromisify = /*#__PURE__*/ Symbol.for('nodejs.util.promisify.custom');

/**
 * Node's `setTimeout(callback[, delay[, ...args]])`: a `Timeout`; ERR_INVALID_CALLBACK for a
 * non-function; a delay outside 1 … 2^31-1 becomes 1 (TimeoutOverflowWarning above).
 * `util.promisify(setTimeout)` is `timers/promises`' setTimeout. Browser: see the module notes.
 */
export const setTimeout: typeof coreSetTimeout = /*#__PURE__*/ (() => {
  Object.defineProperty(coreSetTimeout, customPromisify, { enumerable: true, configurable: true, get: () => promiseSetTimeout });
  return coreSetTimeout;
})();

/**
 * Node's `setImmediate(callback[, ...args])`: an `Immediate`; callbacks run in FIFO order,
 * each in its own task (its ticks and promise reactions run before the next one).
 * `util.promisify(setImmediate)` is `timers/promises`' setImmediate. Browser: a
 * MessageChannel message, not `setTimeout(0)` (no 4 ms clamp).
 */
export const setImmediate: typeof coreSetImmediate = /*#__PURE__*/ (() => {
  Object.defineProperty(coreSetImmediate, customPromisify, { enumerable: true, configurable: true, get: () => promiseSetImmediate });
  return coreSetImmediate;
})();

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
