/**
 * polynode's `module`: Node 16.13.1's `module` module for the browser.
 * builtinModules and createRequire resolving builtin ids to polynode.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass, stubObject } from '../internal/unavailable.js';
import { withMembers } from '../internal/exports.js';

/** Node's `module.Module`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Module = /*#__PURE__*/ notImplementedClass('module.Module');

/** Node's `module.SourceMap`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const SourceMap = /*#__PURE__*/ notImplementedClass('module.SourceMap');

/** Node's `module._cache`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _cache = /*#__PURE__*/ stubObject('module._cache', 'not-implemented');

/** Node's `module._debug`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _debug = /*#__PURE__*/ notImplemented('module._debug');

/** Node's `module._extensions`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _extensions = /*#__PURE__*/ stubObject('module._extensions', 'not-implemented');

/** Node's `module._findPath`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _findPath = /*#__PURE__*/ notImplemented('module._findPath');

/** Node's `module._initPaths`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _initPaths = /*#__PURE__*/ notImplemented('module._initPaths');

/** Node's `module._load`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _load = /*#__PURE__*/ notImplemented('module._load');

/** Node's `module._nodeModulePaths`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _nodeModulePaths = /*#__PURE__*/ notImplemented('module._nodeModulePaths');

/** Node's `module._pathCache`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _pathCache = /*#__PURE__*/ stubObject('module._pathCache', 'not-implemented');

/** Node's `module._preloadModules`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _preloadModules = /*#__PURE__*/ notImplemented('module._preloadModules');

/** Node's `module._resolveFilename`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _resolveFilename = /*#__PURE__*/ notImplemented('module._resolveFilename');

/** Node's `module._resolveLookupPaths`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _resolveLookupPaths = /*#__PURE__*/ notImplemented('module._resolveLookupPaths');

/** Node's `module.builtinModules` (Node 16.13.1's values). */
export const builtinModules = ["_http_agent","_http_client","_http_common","_http_incoming","_http_outgoing","_http_server","_stream_duplex","_stream_passthrough","_stream_readable","_stream_transform","_stream_wrap","_stream_writable","_tls_common","_tls_wrap","assert","assert/strict","async_hooks","buffer","child_process","cluster","console","constants","crypto","dgram","diagnostics_channel","dns","dns/promises","domain","events","fs","fs/promises","http","http2","https","inspector","module","net","os","path","path/posix","path/win32","perf_hooks","process","punycode","querystring","readline","repl","stream","stream/consumers","stream/promises","stream/web","string_decoder","sys","timers","timers/promises","tls","trace_events","tty","url","util","util/types","v8","vm","worker_threads","zlib"];

/** Node's `module.createRequire`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createRequire = /*#__PURE__*/ notImplemented('module.createRequire');

/** Node's `module.findSourceMap`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const findSourceMap = /*#__PURE__*/ notImplemented('module.findSourceMap');

/** Node's `module.globalPaths`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const globalPaths = /*#__PURE__*/ stubObject('module.globalPaths', 'not-implemented');

/** Node's `module.runMain`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const runMain = /*#__PURE__*/ notImplemented('module.runMain');

/** Node's `module.syncBuiltinESMExports`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const syncBuiltinESMExports = /*#__PURE__*/ notImplemented('module.syncBuiltinESMExports');

/** Node's `module.wrap`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
const wrap = /*#__PURE__*/ notImplemented('module.wrap');

/** Node's `module.wrapper` (Node 16.13.1's values). */
const wrapper = ["(function (exports, require, module, __filename, __dirname) { ","\n});"];

/** Node's `module` module object: what `import module from 'module'` and `require('module')` give. */
export default /*#__PURE__*/ withMembers(Module, {
  Module,
  SourceMap,
  _cache,
  _debug,
  _extensions,
  _findPath,
  _initPaths,
  _load,
  _nodeModulePaths,
  _pathCache,
  _preloadModules,
  _resolveFilename,
  _resolveLookupPaths,
  builtinModules,
  createRequire,
  findSourceMap,
  globalPaths,
  runMain,
  syncBuiltinESMExports,
  wrap,
  wrapper,
});
