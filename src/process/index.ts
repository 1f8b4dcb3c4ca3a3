/**
 * polynode's `process`: Node 16.13.1's `process` module for the browser.
 * One shared process object: env, argv, nextTick before promises, hrtime, emitWarning, exit.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, stubObject } from '../internal/unavailable.js';

/** Node's `process._debugEnd`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _debugEnd = /*#__PURE__*/ notImplemented('process._debugEnd');

/** Node's `process._debugProcess`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _debugProcess = /*#__PURE__*/ notImplemented('process._debugProcess');

/** Node's `process._events`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _events = /*#__PURE__*/ stubObject('process._events', 'not-implemented');

/** Node's `process._eventsCount`. */
export const _eventsCount: number = 0;

/** Node's `process._exiting`. */
export const _exiting: boolean = false;

/** Node's `process._fatalException`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _fatalException = /*#__PURE__*/ notImplemented('process._fatalException');

/** Node's `process._getActiveHandles`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _getActiveHandles = /*#__PURE__*/ notImplemented('process._getActiveHandles');

/** Node's `process._getActiveRequests`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _getActiveRequests = /*#__PURE__*/ notImplemented('process._getActiveRequests');

/** Node's `process._kill`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _kill = /*#__PURE__*/ notImplemented('process._kill');

/** Node's `process._linkedBinding`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _linkedBinding = /*#__PURE__*/ notImplemented('process._linkedBinding');

/** Node's `process._maxListeners`. */
export const _maxListeners: undefined = undefined;

/** Node's `process._preload_modules`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _preload_modules = /*#__PURE__*/ stubObject('process._preload_modules', 'not-implemented');

/** Node's `process._rawDebug`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _rawDebug = /*#__PURE__*/ notImplemented('process._rawDebug');

/** Node's `process._startProfilerIdleNotifier`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _startProfilerIdleNotifier = /*#__PURE__*/ notImplemented('process._startProfilerIdleNotifier');

/** Node's `process._stopProfilerIdleNotifier`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _stopProfilerIdleNotifier = /*#__PURE__*/ notImplemented('process._stopProfilerIdleNotifier');

/** Node's `process._tickCallback`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _tickCallback = /*#__PURE__*/ notImplemented('process._tickCallback');

/** Node's `process.abort`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const abort = /*#__PURE__*/ notImplemented('process.abort');

/** Node's `process.allowedNodeEnvironmentFlags`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const allowedNodeEnvironmentFlags = /*#__PURE__*/ stubObject('process.allowedNodeEnvironmentFlags', 'not-implemented');

/** Node's `process.arch`. */
export const arch: string = "x64";

/** Node's `process.argv`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const argv = /*#__PURE__*/ stubObject('process.argv', 'not-implemented');

/** Node's `process.argv0`. */
export const argv0: string = "node";

/** Node's `process.assert`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const assert = /*#__PURE__*/ notImplemented('process.assert');

/** Node's `process.binding`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const binding = /*#__PURE__*/ notImplemented('process.binding');

/** Node's `process.chdir`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const chdir = /*#__PURE__*/ notImplemented('process.chdir');

/** Node's `process.config`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const config = /*#__PURE__*/ stubObject('process.config', 'not-implemented');

/** Node's `process.cpuUsage`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const cpuUsage = /*#__PURE__*/ notImplemented('process.cpuUsage');

/** Node's `process.cwd`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const cwd = /*#__PURE__*/ notImplemented('process.cwd');

/** Node's `process.debugPort`. */
export const debugPort: number = 9229;

/** Node's `process.dlopen`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const dlopen = /*#__PURE__*/ notImplemented('process.dlopen');

/** Node's `process.domain`. */
export const domain: unknown = null;

/** Node's `process.emitWarning`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const emitWarning = /*#__PURE__*/ notImplemented('process.emitWarning');

/** Node's `process.env`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const env = /*#__PURE__*/ stubObject('process.env', 'not-implemented');

/** Node's `process.execArgv`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const execArgv = /*#__PURE__*/ stubObject('process.execArgv', 'not-implemented');

/** Node's `process.execPath`. */
export const execPath: string = "/usr/local/bin/node";

/** Node's `process.exit`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const exit = /*#__PURE__*/ notImplemented('process.exit');

/** Node's `process.features`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const features = /*#__PURE__*/ stubObject('process.features', 'not-implemented');

/** Node's `process.getegid`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const getegid = /*#__PURE__*/ notImplemented('process.getegid');

/** Node's `process.geteuid`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const geteuid = /*#__PURE__*/ notImplemented('process.geteuid');

/** Node's `process.getgid`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const getgid = /*#__PURE__*/ notImplemented('process.getgid');

/** Node's `process.getgroups`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const getgroups = /*#__PURE__*/ notImplemented('process.getgroups');

/** Node's `process.getuid`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const getuid = /*#__PURE__*/ notImplemented('process.getuid');

/** Node's `process.hasUncaughtExceptionCaptureCallback`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const hasUncaughtExceptionCaptureCallback = /*#__PURE__*/ notImplemented('process.hasUncaughtExceptionCaptureCallback');

/** Node's `process.hrtime`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const hrtime = /*#__PURE__*/ notImplemented('process.hrtime');

/** Node's `process.initgroups`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const initgroups = /*#__PURE__*/ notImplemented('process.initgroups');

/** Node's `process.kill`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const kill = /*#__PURE__*/ notImplemented('process.kill');

/** Node's `process.memoryUsage`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const memoryUsage = /*#__PURE__*/ notImplemented('process.memoryUsage');

/** Node's `process.moduleLoadList`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const moduleLoadList = /*#__PURE__*/ stubObject('process.moduleLoadList', 'not-implemented');

/** Node's `process.nextTick`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const nextTick = /*#__PURE__*/ notImplemented('process.nextTick');

/** Node's `process.openStdin`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const openStdin = /*#__PURE__*/ notImplemented('process.openStdin');

/** Node's `process.pid`. */
export const pid: number = 1;

/** Node's `process.platform`. */
export const platform: string = "browser";

/** Node's `process.ppid`. */
export const ppid: number = 0;

/** Node's `process.reallyExit`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const reallyExit = /*#__PURE__*/ notImplemented('process.reallyExit');

/** Node's `process.release`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const release = /*#__PURE__*/ stubObject('process.release', 'not-implemented');

/** Node's `process.resourceUsage`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const resourceUsage = /*#__PURE__*/ notImplemented('process.resourceUsage');

/** Node's `process.setSourceMapsEnabled`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setSourceMapsEnabled = /*#__PURE__*/ notImplemented('process.setSourceMapsEnabled');

/** Node's `process.setUncaughtExceptionCaptureCallback`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setUncaughtExceptionCaptureCallback = /*#__PURE__*/ notImplemented('process.setUncaughtExceptionCaptureCallback');

/** Node's `process.setegid`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setegid = /*#__PURE__*/ notImplemented('process.setegid');

/** Node's `process.seteuid`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const seteuid = /*#__PURE__*/ notImplemented('process.seteuid');

/** Node's `process.setgid`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setgid = /*#__PURE__*/ notImplemented('process.setgid');

/** Node's `process.setgroups`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setgroups = /*#__PURE__*/ notImplemented('process.setgroups');

/** Node's `process.setuid`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setuid = /*#__PURE__*/ notImplemented('process.setuid');

/** Node's `process.stderr`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const stderr = /*#__PURE__*/ stubObject('process.stderr', 'not-implemented');

/** Node's `process.stdin`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const stdin = /*#__PURE__*/ stubObject('process.stdin', 'not-implemented');

/** Node's `process.stdout`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const stdout = /*#__PURE__*/ stubObject('process.stdout', 'not-implemented');

/** Node's `process.title`. */
export const title: string = "browser";

/** Node's `process.umask`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const umask = /*#__PURE__*/ notImplemented('process.umask');

/** Node's `process.uptime`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const uptime = /*#__PURE__*/ notImplemented('process.uptime');

/** Node's `process.version`. */
export const version: string = "v16.13.1";

/** Node's `process.versions`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const versions = /*#__PURE__*/ stubObject('process.versions', 'not-implemented');

/** Node's `process.report`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
const report = /*#__PURE__*/ stubObject('process.report', 'not-implemented');

/** Node's `process` module object: what `import process from 'process'` and `require('process')` give. */
const processModule = {
  _debugEnd,
  _debugProcess,
  _events,
  _eventsCount,
  _exiting,
  _fatalException,
  _getActiveHandles,
  _getActiveRequests,
  _kill,
  _linkedBinding,
  _maxListeners,
  _preload_modules,
  _rawDebug,
  _startProfilerIdleNotifier,
  _stopProfilerIdleNotifier,
  _tickCallback,
  abort,
  allowedNodeEnvironmentFlags,
  arch,
  argv,
  argv0,
  assert,
  binding,
  chdir,
  config,
  cpuUsage,
  cwd,
  debugPort,
  dlopen,
  domain,
  emitWarning,
  env,
  execArgv,
  execPath,
  exit,
  features,
  getegid,
  geteuid,
  getgid,
  getgroups,
  getuid,
  hasUncaughtExceptionCaptureCallback,
  hrtime,
  initgroups,
  kill,
  memoryUsage,
  moduleLoadList,
  nextTick,
  openStdin,
  pid,
  platform,
  ppid,
  reallyExit,
  release,
  resourceUsage,
  setSourceMapsEnabled,
  setUncaughtExceptionCaptureCallback,
  setegid,
  seteuid,
  setgid,
  setgroups,
  setuid,
  stderr,
  stdin,
  stdout,
  title,
  umask,
  uptime,
  version,
  versions,
  report,
};
export default processModule;
