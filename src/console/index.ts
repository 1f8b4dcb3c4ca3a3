/**
 * polynode's `console`: Node 16.13.1's `console` module for the browser.
 * The Console class over any writable, and the global console.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass, stubObject } from '../internal/unavailable.js';

/** Node's `console.Console`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Console = /*#__PURE__*/ notImplementedClass('console.Console');

/** Node's `console.assert`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const assert = /*#__PURE__*/ notImplemented('console.assert');

/** Node's `console.clear`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const clear = /*#__PURE__*/ notImplemented('console.clear');

/** Node's `console.context`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const context = /*#__PURE__*/ notImplemented('console.context');

/** Node's `console.count`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const count = /*#__PURE__*/ notImplemented('console.count');

/** Node's `console.countReset`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const countReset = /*#__PURE__*/ notImplemented('console.countReset');

/** Node's `console.debug`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const debug = /*#__PURE__*/ notImplemented('console.debug');

/** Node's `console.dir`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const dir = /*#__PURE__*/ notImplemented('console.dir');

/** Node's `console.dirxml`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const dirxml = /*#__PURE__*/ notImplemented('console.dirxml');

/** Node's `console.error`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const error = /*#__PURE__*/ notImplemented('console.error');

/** Node's `console.group`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const group = /*#__PURE__*/ notImplemented('console.group');

/** Node's `console.groupCollapsed`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const groupCollapsed = /*#__PURE__*/ notImplemented('console.groupCollapsed');

/** Node's `console.groupEnd`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const groupEnd = /*#__PURE__*/ notImplemented('console.groupEnd');

/** Node's `console.info`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const info = /*#__PURE__*/ notImplemented('console.info');

/** Node's `console.log`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const log = /*#__PURE__*/ notImplemented('console.log');

/** Node's `console.profile`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const profile = /*#__PURE__*/ notImplemented('console.profile');

/** Node's `console.profileEnd`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const profileEnd = /*#__PURE__*/ notImplemented('console.profileEnd');

/** Node's `console.table`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const table = /*#__PURE__*/ notImplemented('console.table');

/** Node's `console.time`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const time = /*#__PURE__*/ notImplemented('console.time');

/** Node's `console.timeEnd`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const timeEnd = /*#__PURE__*/ notImplemented('console.timeEnd');

/** Node's `console.timeLog`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const timeLog = /*#__PURE__*/ notImplemented('console.timeLog');

/** Node's `console.timeStamp`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const timeStamp = /*#__PURE__*/ notImplemented('console.timeStamp');

/** Node's `console.trace`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const trace = /*#__PURE__*/ notImplemented('console.trace');

/** Node's `console.warn`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const warn = /*#__PURE__*/ notImplemented('console.warn');

/** Node's `console._ignoreErrors`. */
const _ignoreErrors: boolean = true;

/** Node's `console._stderr`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
const _stderr = /*#__PURE__*/ stubObject('console._stderr', 'not-implemented');

/** Node's `console._stderrErrorHandler`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
const _stderrErrorHandler = /*#__PURE__*/ notImplemented('console._stderrErrorHandler');

/** Node's `console._stdout`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
const _stdout = /*#__PURE__*/ stubObject('console._stdout', 'not-implemented');

/** Node's `console._stdoutErrorHandler`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
const _stdoutErrorHandler = /*#__PURE__*/ notImplemented('console._stdoutErrorHandler');

/** Node's `console._times`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
const _times = /*#__PURE__*/ stubObject('console._times', 'not-implemented');

/** Node's `console` module object: what `import console from 'console'` and `require('console')` give. */
const consoleModule = {
  Console,
  assert,
  clear,
  context,
  count,
  countReset,
  debug,
  dir,
  dirxml,
  error,
  group,
  groupCollapsed,
  groupEnd,
  info,
  log,
  profile,
  profileEnd,
  table,
  time,
  timeEnd,
  timeLog,
  timeStamp,
  trace,
  warn,
  _ignoreErrors,
  _stderr,
  _stderrErrorHandler,
  _stdout,
  _stdoutErrorHandler,
  _times,
};
export default consoleModule;
