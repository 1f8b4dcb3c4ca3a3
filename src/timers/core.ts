/**
 * The machinery of polynode's `timers` (internal: `timers` and `timers/promises` share it;
 * `timers/index.ts` adds what needs `timers/promises`, which would otherwise be a cycle).
 * See `timers/index.ts` for the behaviour and the browser notes.
 *
 * @packageDocumentation
 */
import { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } from '../internal/errors.js';
import { validateCallback } from '../internal/validators.js';
import { emitWarning } from '../internal/warnings.js';
import { armTicks, ticksStopped } from '../internal/ticks.js';
import { callInContext, captureContext, type Context } from '../internal/async-context/index.js';

type Callback = (...args: any[]) => unknown;

/** Node's TIMEOUT_MAX: 2^31 - 1 ms. */
const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = /*#__PURE__*/ Symbol('refed');
const kHandle = /*#__PURE__*/ Symbol('handle');
const kId = /*#__PURE__*/ Symbol('asyncId');
const kContext = /*#__PURE__*/ Symbol('asyncContext');
const kHasPrimitive = /*#__PURE__*/ Symbol('kHasPrimitive');
const customPromisify = /*#__PURE__*/ Symbol.for('nodejs.util.promisify.custom');

let lastId = 0;
/** Timers whose numeric id was taken (`+timeout`), so clearTimeout(id) finds them (as Node's knownTimersById). */
const knownById = /*#__PURE__*/ new Map<number, Timeout>();

interface NativeTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
const native = (): NativeTimers => globalThis as unknown as NativeTimers;

/** Node's delay coercion: a number in 1 … TIMEOUT_MAX, else 1 (with TimeoutOverflowWarning above the maximum). */
function coerceDelay(after: unknown): number {
  let ms = (after as number) * 1;
  if (!(ms >= 1 && ms <= TIMEOUT_MAX)) {
    if (ms > TIMEOUT_MAX) {
      emitWarning(`${ms} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
    }
    ms = 1;
  }
  return ms;
}

/**
 * Node's `Timeout`: what setTimeout and setInterval return (not exported by Node's module;
 * reached through their results).
 */
export class Timeout {
  _idleTimeout: number;
  _idlePrev: null = null;
  _idleNext: null = null;
  _idleStart: number;
  _onTimeout: Callback | null;
  _timerArgs: unknown[] | undefined;
  _repeat: number | null;
  _destroyed = false;
  [kRefed] = true;
  [kId]: number;
  [kHandle]: unknown = undefined;
  /** The async context of the setTimeout/setInterval call (AsyncLocalStorage). */
  [kContext]: Context | undefined = captureContext();

  constructor(callback: Callback, after: unknown, args: unknown[] | undefined, isRepeat: boolean, isRefed: boolean) {
    const ms = coerceDelay(after);
    this._idleTimeout = ms;
    this._idleStart = Math.floor(performance.now());
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? ms : null;
    this[kRefed] = isRefed;
    this[kId] = ++lastId;
  }

  /** Restarts the timer with its delay from now (it fires again even after it has fired). Returns the timer. */
  refresh(): this {
    if (this._onTimeout !== null && this._idleTimeout !== -1) arm(this);
    return this;
  }

  /** Browser: only `hasRef()` changes; a page has no event loop to keep alive. Returns the timer. */
  unref(): this {
    this[kRefed] = false;
    return this;
  }

  /** Marks the timer as keeping the process alive (see unref). Returns the timer. */
  ref(): this {
    this[kRefed] = true;
    return this;
  }

  /** Whether the timer is ref'ed. */
  hasRef(): boolean {
    return this[kRefed];
  }

  /** Cancels the timer (as clearTimeout). Returns the timer. */
  close(): this {
    clearTimeout(this);
    return this;
  }

  /** The timer's numeric id: `clearTimeout(+timeout)` clears it. */
  [Symbol.toPrimitive](): number {
    const id = this[kId];
    if (!(this as unknown as Record<symbol, unknown>)[kHasPrimitive]) {
      (this as unknown as Record<symbol, unknown>)[kHasPrimitive] = true;
      knownById.set(id, this);
    }
    return id;
  }
}

function arm(timer: Timeout): void {
  const timers = native();
  if (timer[kHandle] !== undefined) timers.clearTimeout(timer[kHandle]);
  timer._destroyed = false;
  timer._idleStart = Math.floor(performance.now());
  timer[kHandle] = timers.setTimeout(() => fire(timer), timer._idleTimeout);
}

function disarm(timer: Timeout): void {
  if (timer[kHandle] !== undefined) native().clearTimeout(timer[kHandle]);
  timer[kHandle] = undefined;
  timer._destroyed = true;
  if ((timer as unknown as Record<symbol, unknown>)[kHasPrimitive]) knownById.delete(timer[kId]);
}

function fire(timer: Timeout): void {
  timer[kHandle] = undefined;
  const callback = timer._onTimeout;
  if (callback === null || ticksStopped()) return;
  if (timer._repeat === null) disarm(timer);
  armTicks();
  try {
    const args = timer._timerArgs;
    const context = timer[kContext];
    if (context !== undefined) callInContext(context, callback, timer, args);
    else if (args === undefined) callback.call(timer);
    else callback.apply(timer, args);
  } finally {
    if (timer._repeat !== null && timer._onTimeout !== null && timer[kHandle] === undefined) {
      timer._idleTimeout = timer._repeat;
      arm(timer);
    }
  }
}

function makeArgs(args: unknown[]): unknown[] | undefined {
  return args.length === 0 ? undefined : args;
}

/**
 * Node's `setTimeout(callback[, delay[, ...args]])`: a `Timeout`; ERR_INVALID_CALLBACK for a
 * non-function; a delay outside 1 … 2^31-1 becomes 1 (TimeoutOverflowWarning above).
 * `util.promisify(setTimeout)` is `timers/promises`' setTimeout. Browser: see the module notes.
 */
export const setTimeout: ((callback: Callback, delay?: number, ...args: unknown[]) => Timeout) & { [customPromisify]?: unknown } =
  /*#__PURE__*/ (() => {
    function setTimeout(callback: Callback, delay?: number, ...args: unknown[]): Timeout {
      validateCallback(callback);
      const timer = new Timeout(callback, delay, makeArgs(args), false, true);
      arm(timer);
      return timer;
    }
    return setTimeout;
  })();

/** Node's `setInterval(callback[, delay[, ...args]])`: a repeating `Timeout`, re-armed after each call. */
export function setInterval(callback: Callback, delay?: number, ...args: unknown[]): Timeout {
  validateCallback(callback);
  const timer = new Timeout(callback, delay, makeArgs(args), true, true);
  arm(timer);
  return timer;
}

/**
 * Node's `clearTimeout(timeout)`: accepts a Timeout, or its numeric (or string) id. Browser:
 * an id polynode does not know is handed to the platform's clearTimeout, so ids of native
 * timers are cleared too.
 */
export function clearTimeout(timer: unknown): void {
  if (timer instanceof Timeout) {
    timer._onTimeout = null;
    timer._idleTimeout = -1;
    disarm(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownById.get(Number(timer));
    if (known) clearTimeout(known);
    else if (typeof timer === 'number') native().clearTimeout(timer);
    return;
  }
  if (timer instanceof Immediate) return;
}

/** Node's `clearInterval(interval)`: the same as clearTimeout. */
export function clearInterval(timer: unknown): void {
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------
// Immediates
// ---------------------------------------------------------------------------------------

/** Node's `Immediate`: what setImmediate returns. */
export class Immediate {
  _idleNext: null = null;
  _idlePrev: null = null;
  _onImmediate: Callback | null;
  _argv: unknown[] | undefined;
  _destroyed = false;
  [kRefed] = true;
  /** The async context of the setImmediate call (AsyncLocalStorage). */
  [kContext]: Context | undefined = captureContext();

  constructor(callback: Callback, args: unknown[] | undefined) {
    this._onImmediate = callback;
    this._argv = args;
  }

  /** Marks it as keeping the process alive (browser: only `hasRef()` changes). Returns it. */
  ref(): this {
    this[kRefed] = true;
    return this;
  }

  /** Browser: only `hasRef()` changes. Returns it. */
  unref(): this {
    this[kRefed] = false;
    return this;
  }

  /** Whether it is ref'ed. */
  hasRef(): boolean {
    return this[kRefed];
  }
}

const immediates: (Immediate | undefined)[] = [];
let immediateHead = 0;
let channel: MessageChannel | undefined;
const kOurs = /*#__PURE__*/ Symbol.for('polynode.setImmediate');

function runNextImmediate(): void {
  let immediate: Immediate | undefined;
  while (immediateHead < immediates.length && !immediate) {
    immediate = immediates[immediateHead];
    immediates[immediateHead++] = undefined;
    if (immediate && immediate._onImmediate === null) immediate = undefined;
  }
  if (immediateHead === immediates.length) {
    immediates.length = 0;
    immediateHead = 0;
  }
  if (!immediate || ticksStopped()) return;
  const callback = immediate._onImmediate!;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  armTicks();
  const args = immediate._argv;
  const context = immediate[kContext];
  if (context !== undefined) callInContext(context, callback, immediate, args);
  else if (args === undefined) callback.call(immediate);
  else callback.apply(immediate, args);
}

function postImmediate(): void {
  const platform = (globalThis as { setImmediate?: ((callback: () => void) => unknown) & { [kOurs]?: true } }).setImmediate;
  if (typeof platform === 'function' && !platform[kOurs]) {
    platform(runNextImmediate);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runNextImmediate;
  }
  channel.port2.postMessage(null);
}

/**
 * Node's `setImmediate(callback[, ...args])`: an `Immediate`; callbacks run in FIFO order,
 * each in its own task (its ticks and promise reactions run before the next one).
 * `util.promisify(setImmediate)` is `timers/promises`' setImmediate. Browser: a
 * MessageChannel message, not `setTimeout(0)` (no 4 ms clamp).
 */
export const setImmediate: ((callback: Callback, ...args: unknown[]) => Immediate) & { [customPromisify]?: unknown } =
  /*#__PURE__*/ (() => {
    function setImmediate(callback: Callback, ...args: unknown[]): Immediate {
      validateCallback(callback);
      const immediate = new Immediate(callback, makeArgs(args));
      immediates.push(immediate);
      postImmediate();
      return immediate;
    }
    Object.defineProperty(setImmediate, kOurs, { value: true });
    return setImmediate;
  })();

/** Node's `clearImmediate(immediate)`: cancels it (anything else is ignored). */
export function clearImmediate(immediate: unknown): void {
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  immediate._onImmediate = null;
  immediate._destroyed = true;
  const index = immediates.indexOf(immediate, immediateHead);
  if (index !== -1) immediates[index] = undefined;
}

// ---------------------------------------------------------------------------------------
// Legacy: enroll / unenroll / active / _unrefActive
// ---------------------------------------------------------------------------------------

interface Enrolled {
  _idleTimeout?: number;
  _onTimeout?: () => void;
  [kHandle]?: unknown;
}

const warned = /*#__PURE__*/ new Set<string>();
function deprecate(message: string, code: string): void {
  if (warned.has(code)) return;
  warned.add(code);
  emitWarning(message, 'DeprecationWarning', code);
}

/** Node's deprecated `timers.enroll(item, msecs)` (DEP0095): sets the item's timeout. */
export function enroll(item: Enrolled, msecs: number): void {
  deprecate('timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095');
  if (typeof msecs !== 'number') throw new ERR_INVALID_ARG_TYPE('msecs', 'number', msecs);
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE('msecs', '>= 0 && < Infinity', msecs);
  stopEnrolled(item);
  item._idleTimeout = Math.min(msecs, TIMEOUT_MAX);
}

function stopEnrolled(item: Enrolled): void {
  if (item[kHandle] !== undefined) native().clearTimeout(item[kHandle]);
  item[kHandle] = undefined;
}

/** Node's deprecated `timers.unenroll(item)` (DEP0096): stops the item's timeout. */
export function unenroll(item: Enrolled): void {
  deprecate('timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096');
  stopEnrolled(item);
  item._idleTimeout = -1;
}

/** Node's deprecated `timers.active(item)` (DEP0126): (re)starts the item's timeout; `item._onTimeout()` runs when it fires. */
export function active(item: Enrolled): void {
  deprecate('timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126');
  startEnrolled(item);
}

/** Node's deprecated `timers._unrefActive(item)` (DEP0127): as active (browser: ref makes no difference). */
export function _unrefActive(item: Enrolled): void {
  deprecate('timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127');
  startEnrolled(item);
}

function startEnrolled(item: Enrolled): void {
  const ms = item._idleTimeout;
  if (ms === undefined || ms < 0) return;
  stopEnrolled(item);
  item[kHandle] = native().setTimeout(() => {
    item[kHandle] = undefined;
    if (ticksStopped()) return;
    armTicks();
    if (typeof item._onTimeout === 'function') item._onTimeout();
  }, ms);
}

