/**
 * polynode's `perf_hooks`: Node 16.13.1's `perf_hooks` module for the browser.
 *
 * `performance` is the platform's clock and entry buffer with Node's extra members
 * (`timerify`, `eventLoopUtilization`, `nodeTiming`, Node's `toJSON`); unlike the
 * platform's object, its methods work detached (`const { now } = performance`). The entry
 * and observer classes are the platform's. `createHistogram` and `monitorEventLoopDelay`
 * follow Node's Histogram API.
 *
 * @packageDocumentation
 */
import { unavailableClass } from '../internal/unavailable.js';
import { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE_RANGE, ERR_OUT_OF_RANGE } from '../internal/errors.js';
import { validateFunction, validateInteger, validateNumber, validateObject } from '../internal/validators.js';

/** Node's `perf_hooks.constants` (Node 16.13.1's values). */
export const constants = {"NODE_PERFORMANCE_GC_MAJOR":2,"NODE_PERFORMANCE_GC_MINOR":1,"NODE_PERFORMANCE_GC_INCREMENTAL":4,"NODE_PERFORMANCE_GC_WEAKCB":8,"NODE_PERFORMANCE_GC_FLAGS_NO":0,"NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED":2,"NODE_PERFORMANCE_GC_FLAGS_FORCED":4,"NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING":8,"NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE":16,"NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY":32,"NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE":64};

type AnyClass = abstract new (...args: never[]) => object;

/** The platform's class of that name, or a stub that throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
function platformClass(name: string): AnyClass {
  const value = (globalThis as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as AnyClass) : unavailableClass(`perf_hooks.${name}`);
}

/** Node's `PerformanceEntry`: the platform's class. */
export const PerformanceEntry = /*#__PURE__*/ platformClass('PerformanceEntry');
/** Node's `PerformanceMark`: the platform's class (`new PerformanceMark(name, { detail, startTime })`). */
export const PerformanceMark = /*#__PURE__*/ platformClass('PerformanceMark');
/** Node's `PerformanceMeasure`: the platform's class. */
export const PerformanceMeasure = /*#__PURE__*/ platformClass('PerformanceMeasure');
/**
 * Node's `PerformanceObserver`: the platform's class. Browser: the entry types are the
 * browser's (`PerformanceObserver.supportedEntryTypes`): `mark`, `measure`, `resource` …;
 * Node's `gc`, `http`, `http2` and `function` entries are never produced.
 */
export const PerformanceObserver = /*#__PURE__*/ platformClass('PerformanceObserver');
/** Node's `PerformanceObserverEntryList`: the platform's class. */
export const PerformanceObserverEntryList = /*#__PURE__*/ platformClass('PerformanceObserverEntryList');

// ---------------------------------------------------------------------------------------
// Histograms
// ---------------------------------------------------------------------------------------

/** What Node's empty histogram reports as `min` (2^63 - 1 as a double). */
const EMPTY_MIN = 9223372036854775807;

/**
 * Node's `Histogram` (what `createHistogram` and `monitorEventLoopDelay` return):
 * `min`, `max`, `mean`, `stddev`, `exceeds`, `percentiles`, `percentile(p)`, `reset()`.
 * Browser: it keeps exact values; Node's HdrHistogram rounds to 3 significant figures, so
 * percentiles of many distinct values differ from Node's by up to 0.1% (and Node's
 * `percentiles` map has the same keys, 0, 50, 75, 87.5 … 100, with exact values here).
 */
class Histogram {
  /** Recorded value -> how many times. */
  #values = new Map<number, number>();
  #count = 0;
  #sum = 0;
  #sumSquares = 0;
  #min = EMPTY_MIN;
  #max = 0;
  #sorted: [number, number][] | undefined;

  /** @internal Records one value (already validated). */
  protected _add(value: number): void {
    const values = this.#values;
    values.set(value, (values.get(value) ?? 0) + 1);
    this.#count++;
    this.#sum += value;
    this.#sumSquares += value * value;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
    this.#sorted = undefined;
  }

  /** The smallest value recorded (9223372036854776000 when empty, as in Node). */
  get min(): number {
    return this.#min;
  }
  /** The largest value recorded (0 when empty). */
  get max(): number {
    return this.#max;
  }
  /** The mean of the values (NaN when empty). */
  get mean(): number {
    return this.#count === 0 ? NaN : this.#sum / this.#count;
  }
  /** The population standard deviation (NaN when empty). */
  get stddev(): number {
    if (this.#count === 0) return NaN;
    const mean = this.#sum / this.#count;
    return Math.sqrt(Math.max(0, this.#sumSquares / this.#count - mean * mean));
  }
  /** How many delays exceeded the 1-hour maximum (always 0 here). */
  get exceeds(): number {
    return 0;
  }

  #value(percentile: number): number {
    if (this.#count === 0) return 0;
    if (!this.#sorted) this.#sorted = [...this.#values].sort((a, b) => a[0] - b[0]);
    const rank = Math.max(1, Math.ceil((percentile / 100) * this.#count));
    let seen = 0;
    for (const [value, times] of this.#sorted) {
      seen += times;
      if (seen >= rank) return value;
    }
    return this.#max;
  }

  /** The value at the given percentile (0 < p <= 100). */
  percentile(percentile: number): number {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_INVALID_ARG_VALUE_RANGE('percentile', percentile);
    return this.#value(percentile);
  }

  /** Node's map of percentiles: 0, 50, 75, 87.5 … halving the rest until the maximum, then 100. */
  get percentiles(): Map<number, number> {
    const map = new Map<number, number>();
    if (this.#count === 0) {
      map.set(100, 0);
      return map;
    }
    map.set(0, this.#min);
    let step = 50;
    for (let p = 50; p < 100; step /= 2, p += step) {
      const value = this.#value(p);
      map.set(p, value);
      if (value >= this.#max || step < 1e-9) break;
    }
    map.set(100, this.#max);
    return map;
  }

  /** Forgets every value. */
  reset(): void {
    this.#values.clear();
    this.#count = 0;
    this.#sum = 0;
    this.#sumSquares = 0;
    this.#min = EMPTY_MIN;
    this.#max = 0;
    this.#sorted = undefined;
  }
}

/** Node's `RecordableHistogram` (from `createHistogram()`): a Histogram with `record` and `recordDelta`. */
class RecordableHistogram extends Histogram {
  #last: number | undefined;

  /** Records `value`, an integer (or bigint) from 1 to `Number.MAX_SAFE_INTEGER`. */
  record(value: number | bigint): void {
    if (typeof value === 'bigint') value = Number(value);
    else if (!Number.isInteger(value)) throw new ERR_INVALID_ARG_TYPE('val', ['bigint', 'integer'], value);
    if (value < 1 || value > Number.MAX_SAFE_INTEGER) throw new ERR_OUT_OF_RANGE('val', 'a safe integer greater than 0', value);
    this._add(value);
  }

  /** Records the nanoseconds since the previous call (the first call records nothing). */
  recordDelta(): void {
    const now = nowMs();
    if (this.#last !== undefined) this._add(Math.max(1, Math.round((now - this.#last) * 1e6)));
    this.#last = now;
  }
}

/**
 * Node's `perf_hooks.createHistogram([options])`. Browser: `options` (`lowest`, `highest`,
 * `figures`) are accepted and do not change the exact values kept.
 */
export function createHistogram(_options?: { lowest?: number | bigint; highest?: number | bigint; figures?: number }): RecordableHistogram {
  return new RecordableHistogram();
}

/** Node's `IntervalHistogram` (from `monitorEventLoopDelay()`): a Histogram with `enable()` and `disable()`. */
class IntervalHistogram extends Histogram {
  #resolution: number;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** @internal */
  constructor(resolution: number) {
    super();
    this.#resolution = resolution;
  }

  /** Starts sampling; false when it was already running. */
  enable(): boolean {
    if (this.#timer !== undefined) return false;
    let expected = nowMs() + this.#resolution;
    this.#timer = setInterval(() => {
      const now = nowMs();
      this._add(Math.max(1, Math.round((now - expected) * 1e6)));
      expected = now + this.#resolution;
    }, this.#resolution);
    return true;
  }

  /** Stops sampling; false when it was not running. */
  disable(): boolean {
    if (this.#timer === undefined) return false;
    clearInterval(this.#timer);
    this.#timer = undefined;
    return true;
  }
}

/**
 * Node's `perf_hooks.monitorEventLoopDelay([{ resolution }])`: samples, every `resolution`
 * ms once enabled, how late a timer fires, in nanoseconds. Browser: measured with the
 * platform's `setInterval` (delays include the browser's timer clamping; background tabs
 * throttle timers to 1 s or more).
 */
export function monitorEventLoopDelay(options: { resolution?: number } = {}): IntervalHistogram {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(resolution);
}

// ---------------------------------------------------------------------------------------
// performance
// ---------------------------------------------------------------------------------------

/** The platform's `performance`. */
function platform(): Performance {
  return (globalThis as { performance: Performance }).performance;
}

function nowMs(): number {
  const perf = (globalThis as { performance?: Performance }).performance;
  return perf ? perf.now() : Date.now();
}

/** What `eventLoopUtilization()` returns. */
export interface EventLoopUtilization {
  idle: number;
  active: number;
  utilization: number;
}

/**
 * Node's `performance.eventLoopUtilization([utilization1[, utilization2]])`.
 * Browser: an approximation: a page does not expose its event loop's idle time, so `idle`
 * is always 0 and every millisecond since the time origin counts as `active`
 * (`utilization` is 1 once time has passed). The deltas between two readings are
 * computed as Node computes them.
 */
function eventLoopUtilization(utilization1?: EventLoopUtilization, utilization2?: EventLoopUtilization): EventLoopUtilization {
  const idle = 0;
  const active = nowMs();
  if (!utilization1) return { idle, active, utilization: active > 0 ? active / (idle + active) : 0 };
  if (utilization2) {
    const idleDelta = utilization1.idle - utilization2.idle;
    const activeDelta = utilization1.active - utilization2.active;
    return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
  }
  const idleDelta = idle - utilization1.idle;
  const activeDelta = active - utilization1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

const timerified = /*#__PURE__*/ new WeakMap<object, unknown>();
const wrappers = /*#__PURE__*/ new WeakSet<object>();

/**
 * Node's `performance.timerify(fn[, { histogram }])`: a wrapper (`timerified <name>`, same
 * `length`) that times each call (or `new`) and records the nanoseconds in `histogram`.
 * The same function always gives the same wrapper. Browser: no `'function'` entry reaches
 * a PerformanceObserver (the platform's observers do not take that entry type).
 */
function timerify<F extends (...args: never[]) => unknown>(fn: F, options: { histogram?: RecordableHistogram } = {}): F {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  if (wrappers.has(fn)) return fn;
  const cached = timerified.get(fn as object);
  if (cached && histogram === undefined) return cached as F;
  const wrapped = function (this: unknown, ...args: never[]): unknown {
    const start = nowMs();
    const result = new.target ? Reflect.construct(fn as never, args, fn as never) : Reflect.apply(fn, this, args);
    const ns = Math.max(1, Math.ceil((nowMs() - start) * 1e6));
    histogram?.record(ns);
    return result;
  };
  Object.defineProperties(wrapped, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  timerified.set(fn as object, wrapped);
  wrappers.add(wrapped);
  return wrapped as unknown as F;
}

/** The shape of Node's `performance.nodeTiming`. */
export interface NodeTiming {
  name: 'node';
  entryType: 'node';
  startTime: number;
  duration: number;
  nodeStart: number;
  v8Start: number;
  environment: number;
  loopStart: number;
  loopExit: number;
  bootstrapComplete: number;
  idleTime: number;
}

function nodeTiming(): NodeTiming {
  return {
    name: 'node',
    entryType: 'node',
    startTime: 0,
    duration: nowMs(),
    nodeStart: 0,
    v8Start: 0,
    environment: 0,
    loopStart: 0,
    loopExit: -1,
    bootstrapComplete: 0,
    idleTime: 0,
  };
}

/** polynode's `performance`: the platform's with Node's members, every method usable detached. */
export interface NodePerformance {
  now(): number;
  readonly timeOrigin: number;
  readonly nodeTiming: NodeTiming;
  mark(name: string, options?: PerformanceMarkOptions): PerformanceMark;
  measure(name: string, startOrOptions?: string | PerformanceMeasureOptions, endMark?: string): PerformanceMeasure;
  clearMarks(name?: string): void;
  clearMeasures(name?: string): void;
  getEntries(): PerformanceEntryList;
  getEntriesByName(name: string, type?: string): PerformanceEntryList;
  getEntriesByType(type: string): PerformanceEntryList;
  timerify: typeof timerify;
  eventLoopUtilization: typeof eventLoopUtilization;
  toJSON(): { nodeTiming: NodeTiming; timeOrigin: number; eventLoopUtilization: EventLoopUtilization };
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
  dispatchEvent(event: Event): boolean;
}

/**
 * Node's `perf_hooks.performance`. Browser: `now`, `timeOrigin`, `mark`, `measure`,
 * `clearMarks`, `clearMeasures`, `getEntries*` and the event methods forward to the page's
 * `performance` (so marks appear in DevTools), bound, so destructured methods work as in
 * Node; `nodeTiming` reports the page's time origin as Node's start (its phases are 0,
 * `loopStart` 0, `loopExit` -1); `toJSON()` gives Node's `{ nodeTiming, timeOrigin,
 * eventLoopUtilization }`; `mark()` and `measure()` return the platform's entries (Node 16
 * returns its own objects of the same shape).
 */
export const performance: NodePerformance = /*#__PURE__*/ (() => {
  const object = {
    now: function now() {
      return platform().now();
    },
    get timeOrigin() {
      return platform().timeOrigin;
    },
    get nodeTiming() {
      return nodeTiming();
    },
    mark: function mark(name: string, options?: PerformanceMarkOptions) {
      return platform().mark(name, options);
    },
    measure: function measure(name: string, startOrOptions?: string | PerformanceMeasureOptions, endMark?: string) {
      return platform().measure(name, startOrOptions, endMark);
    },
    clearMarks: function clearMarks(name?: string) {
      platform().clearMarks(name);
    },
    clearMeasures: function clearMeasures(name?: string) {
      platform().clearMeasures(name);
    },
    getEntries: function getEntries() {
      return platform().getEntries();
    },
    getEntriesByName: function getEntriesByName(name: string, type?: string) {
      return type === undefined ? platform().getEntriesByName(name) : platform().getEntriesByName(name, type);
    },
    getEntriesByType: function getEntriesByType(type: string) {
      return platform().getEntriesByType(type);
    },
    timerify,
    eventLoopUtilization,
    toJSON: function toJSON() {
      return { nodeTiming: nodeTiming(), timeOrigin: platform().timeOrigin, eventLoopUtilization: eventLoopUtilization() };
    },
    addEventListener: function addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener) platform().addEventListener(type, listener, options);
    },
    removeEventListener: function removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener) platform().removeEventListener(type, listener, options);
    },
    dispatchEvent: function dispatchEvent(event: Event) {
      return platform().dispatchEvent(event);
    },
  };
  return object;
})();

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
