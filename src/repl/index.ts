/**
 * polynode's `repl`: Node 16.13.1's `repl` module for the browser.
 * An interactive Node REPL needs a terminal and vm contexts; not offered in a page.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `repl.REPLServer`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const REPLServer = /*#__PURE__*/ unavailableClass('repl.REPLServer');

/** Node's `repl.REPL_MODE_SLOPPY`. */
export const REPL_MODE_SLOPPY: unique symbol = Symbol("repl-sloppy");

/** Node's `repl.REPL_MODE_STRICT`. */
export const REPL_MODE_STRICT: unique symbol = Symbol("repl-strict");

/** Node's `repl.Recoverable`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Recoverable = /*#__PURE__*/ unavailable('repl.Recoverable');

/** Node's `repl.builtinModules` (Node 16.13.1's values). */
export const builtinModules = ["assert","async_hooks","buffer","child_process","cluster","console","constants","crypto","dgram","diagnostics_channel","dns","domain","events","fs","http","http2","https","inspector","module","net","os","path","perf_hooks","process","punycode","querystring","readline","repl","stream","string_decoder","sys","timers","tls","trace_events","tty","url","util","v8","vm","worker_threads","zlib"];

/** Node's `repl.start`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const start = /*#__PURE__*/ unavailable('repl.start');

/** Node's `repl.writer`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const writer = /*#__PURE__*/ unavailable('repl.writer');

/** Node's `repl._builtinLibs` (Node 16.13.1's values). */
const _builtinLibs = ["assert","async_hooks","buffer","child_process","cluster","console","constants","crypto","dgram","diagnostics_channel","dns","domain","events","fs","http","http2","https","inspector","module","net","os","path","perf_hooks","process","punycode","querystring","readline","repl","stream","string_decoder","sys","timers","tls","trace_events","tty","url","util","v8","vm","worker_threads","zlib"];

/** Node's `repl` module object: what `import repl from 'repl'` and `require('repl')` give. */
const replModule = {
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  builtinModules,
  start,
  writer,
  _builtinLibs,
};
export default replModule;
