/**
 * polynode's `cluster`: Node 16.13.1's `cluster` module for the browser.
 *
 * A page is always the primary: `isPrimary`/`isMaster` are true, `isWorker` false,
 * `setupPrimary(settings)` merges settings as Node does and emits `'setup'`, `workers` is
 * empty and `disconnect(callback)` calls back at once. The module object is an EventEmitter,
 * as Node's is.
 *
 * Browser: `fork()` throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`: cluster workers share server
 * sockets between OS processes, and a page has neither. Use `child_process.fork()` or
 * `worker_threads.Worker` (both run modules in Web Workers) for parallel work.
 *
 * @packageDocumentation
 */
import { EventEmitter } from '../events/index.js';
import process from '../process/index.js';
import { queueTick } from '../internal/ticks.js';
import { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM } from '../internal/errors.js';
import { kStub, unavailableClass } from '../internal/unavailable.js';
import { validateObject } from '../internal/validators.js';

/** Node's `cluster.SCHED_NONE`. */
export const SCHED_NONE: number = 1;

/** Node's `cluster.SCHED_RR`. */
export const SCHED_RR: number = 2;

/** Node's `cluster.Worker`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Worker = /*#__PURE__*/ unavailableClass('cluster.Worker');

/** Node's `cluster._events`: the module emitter's listener table. */
export const _events: Record<string | symbol, unknown> = {};

/** Node's `cluster._eventsCount` (its value at import). */
export const _eventsCount: number = 0;

/** Node's `cluster._maxListeners`. */
export const _maxListeners: undefined = undefined;

/**
 * Node's `cluster.fork([env])`. Browser: throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`; the
 * message points to `child_process.fork()` and `worker_threads.Worker`, which do work.
 */
export const fork: (env?: Record<string, unknown>) => never = /*#__PURE__*/ (() => {
  const fork = (_env?: Record<string, unknown>): never => {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('cluster.fork (use child_process.fork() or worker_threads.Worker)');
  };
  // Marked as a stub, like the ones unavailable() makes, for the status tables.
  Object.defineProperty(fork, kStub, { value: Object.freeze({ api: 'cluster.fork', reason: 'unavailable' }) });
  return fork;
})();

/** Node's `cluster.isMaster`: true (a page is the primary). */
export const isMaster: boolean = true;

/** Node's `cluster.isPrimary`: true. */
export const isPrimary: boolean = true;

/** Node's `cluster.isWorker`: false. */
export const isWorker: boolean = false;

/** Node's `cluster.schedulingPolicy` (SCHED_RR, Node's default off Windows). */
export const schedulingPolicy: number = 2;

/** Node's `cluster.settings`: `{}` until `setupPrimary()`; then the merged settings. */
export const settings: Record<string, unknown> = {};

/** Node's `cluster.workers`: always empty (no cluster worker can be forked). */
export const workers: Record<string, unknown> = {};

/**
 * Node's `cluster.setupPrimary([settings])`: merges `settings` over the defaults (`args`,
 * `exec`, `execArgv` from the process, `silent: false`) and emits `'setup'` on the next tick.
 */
export function setupPrimary(newSettings?: Record<string, unknown>): void {
  if (newSettings !== undefined) validateObject(newSettings, 'settings');
  const merged = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...settings,
    ...newSettings,
  };
  for (const key of Object.keys(settings)) delete settings[key];
  Object.assign(settings, merged);
  const copy = { ...settings };
  queueTick(() => clusterModule.emit('setup', copy), []);
}

/** Node's deprecated `cluster.setupMaster`: the same function as setupPrimary. */
export const setupMaster: typeof setupPrimary = setupPrimary;

/** Node's `cluster.disconnect([callback])`: there are no workers to disconnect; the callback runs on the next tick. */
export function disconnect(callback?: () => void): void {
  if (typeof callback === 'function') queueTick(callback, []);
}

/** Node's `cluster` module object, an EventEmitter: what `import cluster from 'cluster'` and `require('cluster')` give. */
const clusterModule: EventEmitter & Record<string, any> = /*#__PURE__*/ (() => {
  const emitter = new EventEmitter();
  // EventEmitter's bookkeeping stays in the exported `_events` object (Node's named export is
  // the module object's table): EventEmitter replaces the table when it empties, so the
  // replacement is copied into it instead.
  let count = 0;
  let max: number | undefined;
  Object.defineProperties(emitter, {
    _events: {
      get: () => _events,
      set(next: Record<string | symbol, unknown> | undefined) {
        if (next === _events) return;
        for (const key of Reflect.ownKeys(_events)) delete _events[key];
        if (next) for (const key of Reflect.ownKeys(next)) _events[key] = next[key];
      },
      enumerable: true,
      configurable: true,
    },
    _eventsCount: { get: () => count, set: (value: number) => void (count = value), enumerable: true, configurable: true },
    _maxListeners: { get: () => max, set: (value: number | undefined) => void (max = value), enumerable: true, configurable: true },
  });
  return Object.assign(emitter, {
    SCHED_NONE,
    SCHED_RR,
    Worker,
    disconnect,
    fork,
    isMaster,
    isPrimary,
    isWorker,
    schedulingPolicy,
    settings,
    setupMaster,
    setupPrimary,
    workers,
  });
})();
export default clusterModule;
