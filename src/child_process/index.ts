/**
 * polynode's `child_process`: Node 16.13.1's `child_process` module for the browser.
 * fork() of JavaScript modules over Web Workers; spawning OS programs is impossible in a browser.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [worker_threads, child_process] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';

/** Node's `child_process.ChildProcess`. Not built yet ([worker_threads, child_process]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ChildProcess = /*#__PURE__*/ notImplementedClass('child_process.ChildProcess');

/** Node's `child_process._forkChild`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _forkChild = /*#__PURE__*/ notImplemented('child_process._forkChild');

/** Node's `child_process.exec`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const exec = /*#__PURE__*/ notImplemented('child_process.exec');

/** Node's `child_process.execFile`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const execFile = /*#__PURE__*/ notImplemented('child_process.execFile');

/** Node's `child_process.execFileSync`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const execFileSync = /*#__PURE__*/ notImplemented('child_process.execFileSync');

/** Node's `child_process.execSync`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const execSync = /*#__PURE__*/ notImplemented('child_process.execSync');

/** Node's `child_process.fork`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const fork = /*#__PURE__*/ notImplemented('child_process.fork');

/** Node's `child_process.spawn`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const spawn = /*#__PURE__*/ notImplemented('child_process.spawn');

/** Node's `child_process.spawnSync`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const spawnSync = /*#__PURE__*/ notImplemented('child_process.spawnSync');

/** Node's `child_process` module object: what `import childProcess from 'child_process'` and `require('child_process')` give. */
const childProcessModule = {
  ChildProcess,
  _forkChild,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
export default childProcessModule;
