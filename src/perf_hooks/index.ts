/**
 * polynode's `perf_hooks`: Node 16.13.1's `perf_hooks` module for the browser.
 * performance, PerformanceObserver, histograms and timerify over the platform.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass, stubObject } from '../internal/unavailable.js';

/** Node's `perf_hooks.PerformanceEntry`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const PerformanceEntry = /*#__PURE__*/ notImplementedClass('perf_hooks.PerformanceEntry');

/** Node's `perf_hooks.PerformanceMark`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const PerformanceMark = /*#__PURE__*/ notImplementedClass('perf_hooks.PerformanceMark');

/** Node's `perf_hooks.PerformanceMeasure`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const PerformanceMeasure = /*#__PURE__*/ notImplementedClass('perf_hooks.PerformanceMeasure');

/** Node's `perf_hooks.PerformanceObserver`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const PerformanceObserver = /*#__PURE__*/ notImplementedClass('perf_hooks.PerformanceObserver');

/** Node's `perf_hooks.PerformanceObserverEntryList`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const PerformanceObserverEntryList = /*#__PURE__*/ notImplementedClass('perf_hooks.PerformanceObserverEntryList');

/** Node's `perf_hooks.constants` (Node 16.13.1's values). */
export const constants = {"NODE_PERFORMANCE_GC_MAJOR":2,"NODE_PERFORMANCE_GC_MINOR":1,"NODE_PERFORMANCE_GC_INCREMENTAL":4,"NODE_PERFORMANCE_GC_WEAKCB":8,"NODE_PERFORMANCE_GC_FLAGS_NO":0,"NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED":2,"NODE_PERFORMANCE_GC_FLAGS_FORCED":4,"NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING":8,"NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE":16,"NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY":32,"NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE":64};

/** Node's `perf_hooks.createHistogram`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createHistogram = /*#__PURE__*/ notImplemented('perf_hooks.createHistogram');

/** Node's `perf_hooks.monitorEventLoopDelay`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const monitorEventLoopDelay = /*#__PURE__*/ notImplemented('perf_hooks.monitorEventLoopDelay');

/** Node's `perf_hooks.performance`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const performance = /*#__PURE__*/ stubObject('perf_hooks.performance', 'not-implemented');

/** Node's `perf_hooks` module object: what `import perfHooks from 'perf_hooks'` and `require('perf_hooks')` give. */
const perfHooksModule = {
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  constants,
  createHistogram,
  monitorEventLoopDelay,
  performance,
};
export default perfHooksModule;
