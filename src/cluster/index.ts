/**
 * polynode's `cluster`: Node 16.13.1's `cluster` module for the browser.
 * Clustering shares server sockets between OS processes; a page has neither.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `cluster.SCHED_NONE`. */
export const SCHED_NONE: number = 1;

/** Node's `cluster.SCHED_RR`. */
export const SCHED_RR: number = 2;

/** Node's `cluster.Worker`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Worker = /*#__PURE__*/ unavailableClass('cluster.Worker');

/** Node's `cluster._events` (Node 16.13.1's values). */
export const _events = {};

/** Node's `cluster._eventsCount`. */
export const _eventsCount: number = 0;

/** Node's `cluster._maxListeners`. */
export const _maxListeners: undefined = undefined;

/** Node's `cluster.disconnect`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const disconnect = /*#__PURE__*/ unavailable('cluster.disconnect');

/** Node's `cluster.fork`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const fork = /*#__PURE__*/ unavailable('cluster.fork');

/** Node's `cluster.isMaster`. */
export const isMaster: boolean = true;

/** Node's `cluster.isPrimary`. */
export const isPrimary: boolean = true;

/** Node's `cluster.isWorker`. */
export const isWorker: boolean = false;

/** Node's `cluster.schedulingPolicy`. */
export const schedulingPolicy: number = 2;

/** Node's `cluster.settings` (Node 16.13.1's values). */
export const settings = {};

/** Node's `cluster.setupMaster`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const setupMaster = /*#__PURE__*/ unavailable('cluster.setupMaster');

/** Node's `cluster.setupPrimary`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const setupPrimary = /*#__PURE__*/ unavailable('cluster.setupPrimary');

/** Node's `cluster.workers` (Node 16.13.1's values). */
export const workers = {};

/** Node's `cluster` module object: what `import cluster from 'cluster'` and `require('cluster')` give. */
const clusterModule = {
  SCHED_NONE,
  SCHED_RR,
  Worker,
  _events,
  _eventsCount,
  _maxListeners,
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
};
export default clusterModule;
