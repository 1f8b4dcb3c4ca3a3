/**
 * polynode's `module`: Node 16.13.1's `module` module for the browser.
 *
 * `createRequire(url)` gives a CommonJS `require` that resolves every builtin id, with or
 * without the `node:` prefix, synchronously to polynode's module object (the default export
 * of `polynode/<id>`, which is what `require('<id>')` returns in Node). Anything else throws
 * Node's `MODULE_NOT_FOUND` error. To do that this module imports every other module
 * statically; importing it runs nothing else (the id table is built on first use).
 *
 * Browser: there is no file system, so no file is ever found or compiled; `SourceMap` and
 * `runMain` are not available.
 *
 * @packageDocumentation
 */
import { notImplementedClass, unavailable } from '../internal/unavailable.js';
import { withMembers } from '../internal/exports.js';
import { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE } from '../internal/errors.js';
import { validateString } from '../internal/validators.js';
import m__stream_duplex from '../_stream_duplex/index.js';
import m__stream_passthrough from '../_stream_passthrough/index.js';
import m__stream_readable from '../_stream_readable/index.js';
import m__stream_transform from '../_stream_transform/index.js';
import m__stream_wrap from '../_stream_wrap/index.js';
import m__stream_writable from '../_stream_writable/index.js';
import m_assert from '../assert/index.js';
import m_assert_strict from '../assert/strict/index.js';
import m_async_hooks from '../async_hooks/index.js';
import m_buffer from '../buffer/index.js';
import m_child_process from '../child_process/index.js';
import m_cluster from '../cluster/index.js';
import m_console from '../console/index.js';
import m_constants from '../constants/index.js';
import m_crypto from '../crypto/index.js';
import m_dgram from '../dgram/index.js';
import m_diagnostics_channel from '../diagnostics_channel/index.js';
import m_dns from '../dns/index.js';
import m_dns_promises from '../dns/promises/index.js';
import m_domain from '../domain/index.js';
import m_events from '../events/index.js';
import m_fs from '../fs/index.js';
import m_fs_promises from '../fs/promises/index.js';
import m_http from '../http/index.js';
import m_http2 from '../http2/index.js';
import m_https from '../https/index.js';
import m_inspector from '../inspector/index.js';
import m_net from '../net/index.js';
import m_os from '../os/index.js';
import m_path from '../path/index.js';
import m_path_posix from '../path/posix/index.js';
import m_path_win32 from '../path/win32/index.js';
import m_perf_hooks from '../perf_hooks/index.js';
import m_process from '../process/index.js';
import m_punycode from '../punycode/index.js';
import m_querystring from '../querystring/index.js';
import m_readline from '../readline/index.js';
import m_repl from '../repl/index.js';
import m_stream from '../stream/index.js';
import m_stream_consumers from '../stream/consumers/index.js';
import m_stream_promises from '../stream/promises/index.js';
import m_stream_web from '../stream/web/index.js';
import m_string_decoder from '../string_decoder/index.js';
import m_sys from '../sys/index.js';
import m_timers from '../timers/index.js';
import m_timers_promises from '../timers/promises/index.js';
import m_tls from '../tls/index.js';
import m_trace_events from '../trace_events/index.js';
import m_tty from '../tty/index.js';
import m_url from '../url/index.js';
import m_util from '../util/index.js';
import m_util_types from '../util/types/index.js';
import m_v8 from '../v8/index.js';
import m_vm from '../vm/index.js';
import m_worker_threads from '../worker_threads/index.js';
import m_zlib from '../zlib/index.js';

/** Node's `module.builtinModules` (Node 16.13.1's list). */
export const builtinModules = ["_http_agent","_http_client","_http_common","_http_incoming","_http_outgoing","_http_server","_stream_duplex","_stream_passthrough","_stream_readable","_stream_transform","_stream_wrap","_stream_writable","_tls_common","_tls_wrap","assert","assert/strict","async_hooks","buffer","child_process","cluster","console","constants","crypto","dgram","diagnostics_channel","dns","dns/promises","domain","events","fs","fs/promises","http","http2","https","inspector","module","net","os","path","path/posix","path/win32","perf_hooks","process","punycode","querystring","readline","repl","stream","stream/consumers","stream/promises","stream/web","string_decoder","sys","timers","timers/promises","tls","trace_events","tty","url","util","util/types","v8","vm","worker_threads","zlib"];

let table: Record<string, unknown> | undefined;
/** id -> module object, built on first use (never at import). */
function builtins(): Record<string, unknown> {
  if (table) return table;
  table = Object.assign(Object.create(null) as Record<string, unknown>, {
    '_stream_duplex': m__stream_duplex,
    '_stream_passthrough': m__stream_passthrough,
    '_stream_readable': m__stream_readable,
    '_stream_transform': m__stream_transform,
    '_stream_wrap': m__stream_wrap,
    '_stream_writable': m__stream_writable,
    'assert': m_assert,
    'assert/strict': m_assert_strict,
    'async_hooks': m_async_hooks,
    'buffer': m_buffer,
    'child_process': m_child_process,
    'cluster': m_cluster,
    'console': m_console,
    'constants': m_constants,
    'crypto': m_crypto,
    'dgram': m_dgram,
    'diagnostics_channel': m_diagnostics_channel,
    'dns': m_dns,
    'dns/promises': m_dns_promises,
    'domain': m_domain,
    'events': m_events,
    'fs': m_fs,
    'fs/promises': m_fs_promises,
    'http': m_http,
    'http2': m_http2,
    'https': m_https,
    'inspector': m_inspector,
    'net': m_net,
    'os': m_os,
    'path': m_path,
    'path/posix': m_path_posix,
    'path/win32': m_path_win32,
    'perf_hooks': m_perf_hooks,
    'process': m_process,
    'punycode': m_punycode,
    'querystring': m_querystring,
    'readline': m_readline,
    'repl': m_repl,
    'stream': m_stream,
    'stream/consumers': m_stream_consumers,
    'stream/promises': m_stream_promises,
    'stream/web': m_stream_web,
    'string_decoder': m_string_decoder,
    'sys': m_sys,
    'timers': m_timers,
    'timers/promises': m_timers_promises,
    'tls': m_tls,
    'trace_events': m_trace_events,
    'tty': m_tty,
    'url': m_url,
    'util': m_util,
    'util/types': m_util_types,
    'v8': m_v8,
    'vm': m_vm,
    'worker_threads': m_worker_threads,
    'zlib': m_zlib,
    'module': Module,
  });
  return table;
}

/** True for an id Node 16 can load without the `node:` prefix. */
function canBeRequiredWithoutScheme(id: string): boolean {
  return builtinModules.includes(id);
}

/** A module object as `new Module()` makes it. */
export interface ModuleInstance {
  id: string;
  path: string;
  exports: unknown;
  filename: string | null;
  loaded: boolean;
  children: ModuleInstance[];
  paths?: string[];
  parent?: ModuleInstance | null;
  /** Requires `id` on behalf of this module. */
  require(id: string): unknown;
}

/** The `Module` constructor, callable with `new` like Node's. */
export interface ModuleConstructor {
  new (id?: string, parent?: ModuleInstance | null): ModuleInstance;
  readonly prototype: ModuleInstance;
}

function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  if (at === -1) return '.';
  if (at === 0) return '/';
  return path.slice(0, at);
}

function moduleNotFound(request: string, parent: ModuleInstance | null | undefined): Error {
  const requireStack: string[] = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) requireStack.push(cursor.filename || cursor.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const error = new Error(message) as Error & { code: string; requireStack: string[] };
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = requireStack;
  return error;
}

/**
 * Node's `module.Module`: a CommonJS module record (`id`, `path`, `exports`, `filename`,
 * `loaded`, `children`). `module.require(id)` loads builtins as `require` does.
 * Browser: `load()` and `_compile()` throw `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM` (there are no
 * files to read, and compiling source would need eval, which strict CSPs forbid).
 */
export const Module: ModuleConstructor = /*#__PURE__*/ (() => {
  function Module(this: ModuleInstance, id = '', parent?: ModuleInstance | null) {
    this.id = id;
    this.path = dirname(id);
    this.exports = {};
    Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
    if (parent && Array.isArray(parent.children)) parent.children.push(this);
    this.filename = null;
    this.loaded = false;
    this.children = [];
  }
  Object.defineProperty(Module.prototype, 'isPreloading', { get: () => false, configurable: true });
  Module.prototype.load = unavailable('module.Module.prototype.load');
  Module.prototype.require = function require(this: ModuleInstance, id: unknown): unknown {
    validateString(id, 'id');
    if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    return _load(id, this, false);
  };
  Module.prototype._compile = unavailable('module.Module.prototype._compile');
  return Module as unknown as ModuleConstructor;
})();

/** Node's `module.SourceMap`. Not built yet; constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const SourceMap = /*#__PURE__*/ notImplementedClass('module.SourceMap');

/** Node's `module._cache`: the CommonJS cache. Browser: builtins are never cached here (as in Node); it stays empty. */
export const _cache: Record<string, ModuleInstance> = /*#__PURE__*/ Object.create(null);

/** Node's `module._pathCache`. Browser: always empty (no file lookups). */
export const _pathCache: Record<string, string> = /*#__PURE__*/ Object.create(null);

/** Node's `module._extensions` (`.js`, `.json`, `.node`). Browser: each loader throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM` (no files). */
export const _extensions: Record<string, (module: ModuleInstance, filename: string) => void> = /*#__PURE__*/ (() =>
  Object.assign(Object.create(null) as Record<string, (module: ModuleInstance, filename: string) => void>, {
    '.js': unavailable("module._extensions['.js']"),
    '.json': unavailable("module._extensions['.json']"),
    '.node': unavailable("module._extensions['.node']"),
  }))();

/** Node's `module.globalPaths`. Browser: Node's shape for the home `/home/user` and prefix `/usr`. */
export const globalPaths: string[] = ['/home/user/.node_modules', '/home/user/.node_libraries', '/usr/lib/node'];

/** Node's `module._debug` (a debuglog for `NODE_DEBUG=module`). Browser: prints nothing. */
export function _debug(..._args: unknown[]): void {}

/** Node's `module._findPath(request, paths)`. Browser: there is no file system, so it returns `false` (not found). */
export function _findPath(_request: string, _paths?: readonly string[], _isMain?: boolean): false {
  return false;
}

/** Node's `module._initPaths()`. Browser: `globalPaths` is fixed; nothing to do. */
export function _initPaths(): void {}

/** Node's `module._nodeModulePaths(from)`: the `node_modules` folders from `from` up to `/`. */
export function _nodeModulePaths(from: string): string[] {
  const parts = from.split('/').filter((part) => part !== '' && part !== '.');
  const paths: string[] = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(`/${parts.slice(0, i).join('/')}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
}

/** Node's `module._resolveLookupPaths(request, parent)`: `null` for builtins, the folders to search otherwise. */
export function _resolveLookupPaths(request: string, parent?: ModuleInstance | null): string[] | null {
  if (request.startsWith('node:') || canBeRequiredWithoutScheme(request)) return null;
  if (request.charAt(0) !== '.' || (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    return [...(parent?.paths ?? []), ...globalPaths];
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [dirname(parent.filename)];
}

/**
 * Node's `module._resolveFilename(request, parent)`: a builtin id and any `node:` id
 * resolve to themselves (`'buffer'`, `'node:buffer'`; as in Node, `_load` is what rejects
 * an unknown `node:` id); anything else throws `MODULE_NOT_FOUND` with the parent's
 * require stack. Browser: no file is ever found.
 */
export function _resolveFilename(request: string, parent?: ModuleInstance | null, _isMain?: boolean, _options?: unknown): string {
  if (request.startsWith('node:') || canBeRequiredWithoutScheme(request)) return request;
  throw moduleNotFound(request, parent);
}

/**
 * Node's `module._load(request, parent, isMain)`: returns polynode's module object for a
 * builtin id; an unknown `node:` id throws `ERR_UNKNOWN_BUILTIN_MODULE`. Browser: Node's internal `_http_*` / `_tls_*` ids throw
 * `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM` (HTTP servers and TLS sockets cannot exist in a page).
 */
export function _load(request: string, parent?: ModuleInstance | null, isMain?: boolean): unknown {
  const filename = _resolveFilename(request, parent, isMain);
  const id = filename.startsWith('node:') ? filename.slice(5) : filename;
  if (filename !== id && !canBeRequiredWithoutScheme(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(filename);
  const table = builtins();
  if (id in table) return table[id];
  throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`require('${id}')`);
}

/** Node's `module._preloadModules(requests)` (`--require`): requires each id. */
export function _preloadModules(requests?: readonly string[]): void {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = _nodeModulePaths('/');
  for (const request of requests) parent.require(request);
}

/** The path (or, in a page, the URL) a `createRequire` argument stands for. */
function requirePath(filename: unknown): string | undefined {
  const href = typeof filename === 'string' ? filename : filename instanceof URL ? filename.href : undefined;
  if (href === undefined) return undefined;
  if (href.startsWith('/')) return href;
  if (typeof filename === 'string' && !/^(file|https?|blob):/i.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol === 'file:') {
    if (url.hostname !== '' && url.hostname !== 'localhost') return undefined;
    if (/%2f/i.test(url.pathname)) return undefined;
    return decodeURIComponent(url.pathname);
  }
  return url.href;
}

/** A CommonJS `require` function as `createRequire` returns it. */
export interface RequireFunction {
  (id: string): unknown;
  resolve: ((request: string, options?: unknown) => string) & { paths(request: string): string[] | null };
  main: ModuleInstance | undefined;
  extensions: typeof _extensions;
  cache: typeof _cache;
}

/**
 * Node's `module.createRequire(filename)`: a `require` for a file URL, file URL string or
 * absolute path. `require(id)` returns polynode's module object for every builtin id, with
 * or without `node:`; `require.resolve(id)` returns the id; any other id throws Node's
 * `MODULE_NOT_FOUND` (`Cannot find module 'x'\nRequire stack:\n- /path`).
 * Browser: it also takes an `http:`, `https:` or `blob:` URL (a page's `import.meta.url`);
 * the require stack then names that URL.
 */
export function createRequire(filename: string | URL): RequireFunction {
  const path = requirePath(filename);
  if (path === undefined) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const proxyPath = path.endsWith('/') ? `${path}noop.js` : path;
  const mod = new Module(proxyPath);
  mod.filename = proxyPath;
  mod.paths = proxyPath.startsWith('/') ? _nodeModulePaths(dirname(proxyPath)) : [];
  const require = function require(id: string): unknown {
    return mod.require(id);
  } as RequireFunction;
  const resolve = function resolve(request: string, options?: unknown): string {
    validateString(request, 'request');
    return _resolveFilename(request, mod, false, options);
  } as RequireFunction['resolve'];
  resolve.paths = function paths(request: string): string[] | null {
    validateString(request, 'request');
    return _resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  require.main = undefined;
  require.extensions = _extensions;
  require.cache = _cache;
  return require;
}

/** Node's `module.findSourceMap(path)`. Browser: no source maps are collected, so it returns `undefined`. */
export function findSourceMap(_path: string, _error?: Error): undefined {
  return undefined;
}

/** Node's `module.runMain()`. Browser: there is no main script to run; throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const runMain = /*#__PURE__*/ unavailable('module.runMain');

/**
 * Node's `module.syncBuiltinESMExports()`. Browser: polynode's named exports are ES module
 * bindings of the same values the module objects carry, so there is nothing to sync; a no-op.
 */
export function syncBuiltinESMExports(): void {}

/** Node's `module.wrapper` (Node 16.13.1's values). */
const wrapper = ["(function (exports, require, module, __filename, __dirname) { ","\n});"];

/** Node's `module.wrap(script)`: the script inside the CommonJS function wrapper. */
function wrap(script: string): string {
  return wrapper[0] + script + wrapper[1];
}

/** Node's `module` module object: what `import module from 'module'` and `require('module')` give (the Module class). */
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
