/**
 * polynode's `events`: Node 16.13.1's `events` module for the browser.
 *
 * `EventEmitter` behaves as Node 16's, down to what code inspects: the own `_events`
 * (a null-prototype object holding one function or an array per event), `_eventsCount`
 * and `_maxListeners`; the order of `'newListener'` and `'removeListener'`; `emit` running
 * over a copy of the listener list; `once` wrappers with their `listener` property; the
 * `'error'` rules with `errorMonitor`; the `MaxListenersExceededWarning` text;
 * `captureRejections`. It is a plain constructor function, so the old pattern
 * `EventEmitter.call(this)` + `util.inherits` works as well as `class extends`.
 *
 * The statics `once` and `on` take an EventEmitter or the platform's `EventTarget`
 * (`AbortSignal`, DOM nodes, workers, `window`) and an `AbortSignal`.
 *
 * Browser: a rejected promise returned by a listener under `captureRejections` is routed
 * one microtask later, where Node uses `process.nextTick` (before other promise callbacks);
 * `getEventListeners` cannot list an `EventTarget`'s listeners (see there); warnings are
 * printed with `console.warn` while polynode's `process.emitWarning` is not built (see
 * `internal/warnings.ts`). Messages that describe an arbitrary value (`Unhandled error.
 * ({ a: 1 })`) are exact for primitives and small plain objects and arrays, close for the
 * rest (see `format.ts`). One deliberate difference: `once` and `on` remove the listeners
 * they add to an EventTarget; Node 16 wraps them and then removes the unwrapped function,
 * so they stay (and `on` keeps buffering events after `return()`).
 *
 * @packageDocumentation
 */
import { AbortError, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR, outOfRangeError } from '../internal/errors.js';
import { bracketName, show } from './format.js';
import { emitWarning } from '../internal/warnings.js';

// ---------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------

/** An event name: a string or a symbol (other values are used as property keys, as in Node). */
export type EventName = string | symbol;

/** A listener: called with the emitter as `this` and the arguments given to `emit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Listener = (...args: any[]) => unknown;

/** Options of `new EventEmitter(options)`. */
export interface EventEmitterOptions {
  /**
   * Route the rejections of promises returned by listeners to the
   * `Symbol.for('nodejs.rejection')` method, or to `'error'`. Must be a boolean when truthy.
   */
  captureRejections?: boolean;
}

/** Options of the static `once` and `on`. */
export interface StaticEventOptions {
  /** Aborting it rejects with an `AbortError` and removes the listeners. */
  signal?: AbortSignal;
}

/** A listener added by `once`: the wrapper in `rawListeners()`, with the original function. */
export interface OnceWrapper extends Listener {
  /** The function given to `once` / `prependOnceListener`. */
  listener: Listener;
}

/** Node's `_events` table: one listener, or an array of them (which may carry `warned`). */
export type EventsTable = Record<EventName, Listener | (Listener[] & { warned?: boolean })>;

/** An EventEmitter instance, as Node 16 has it. */
export interface EventEmitter {
  /** The listeners by event name: a null-prototype object; one function, or an array of them. */
  _events: EventsTable | undefined;
  /** How many event names `_events` holds. */
  _eventsCount: number;
  /** The limit set by `setMaxListeners`, or undefined for `EventEmitter.defaultMaxListeners`. */
  _maxListeners: number | undefined;
  /** Called with the rejection of a listener's promise under `captureRejections`. */
  [captureRejectionSymbol]?: (error: unknown, eventName: EventName, ...args: unknown[]) => void;
  /** Sets the number of listeners per event above which a leak warning is printed (0 or Infinity: no limit). */
  setMaxListeners(n: number): this;
  /** The limit of `setMaxListeners`, or `EventEmitter.defaultMaxListeners`. */
  getMaxListeners(): number;
  /** Calls every listener of `eventName`, in order, over a copy of the list; true when there were listeners. */
  emit(eventName: EventName, ...args: unknown[]): boolean;
  /** Adds `listener` at the end of the list of `eventName` (after emitting `'newListener'`). */
  addListener(eventName: EventName, listener: Listener): this;
  /** Adds `listener` at the end of the list of `eventName` (after emitting `'newListener'`). */
  on(eventName: EventName, listener: Listener): this;
  /** Adds `listener` at the start of the list of `eventName`. */
  prependListener(eventName: EventName, listener: Listener): this;
  /** Adds a listener that removes itself before it first runs. */
  once(eventName: EventName, listener: Listener): this;
  /** Adds at the start of the list a listener that removes itself before it first runs. */
  prependOnceListener(eventName: EventName, listener: Listener): this;
  /** Removes the last-added instance of `listener` (or of a `once` wrapper of it), then emits `'removeListener'`. */
  removeListener(eventName: EventName, listener: Listener): this;
  /** Removes the last-added instance of `listener` (or of a `once` wrapper of it), then emits `'removeListener'`. */
  off(eventName: EventName, listener: Listener): this;
  /** Removes every listener of `eventName`, or of every event when called without an argument. */
  removeAllListeners(eventName?: EventName): this;
  /** A copy of the listeners of `eventName`, `once` wrappers replaced by the original functions. */
  listeners(eventName: EventName): Listener[];
  /** A copy of the listeners of `eventName`, `once` wrappers included as they are. */
  rawListeners(eventName: EventName): Listener[];
  /** How many listeners `eventName` has. */
  listenerCount(eventName: EventName): number;
  /** The event names that have listeners (`Reflect.ownKeys` order). */
  eventNames(): EventName[];
}

/** The EventEmitter constructor with Node's statics. */
export interface EventEmitterConstructor {
  new (options?: EventEmitterOptions): EventEmitter;
  /** The old way to inherit: `EventEmitter.call(this)` in a constructor, then `util.inherits`. */
  (this: unknown, options?: EventEmitterOptions): void;
  readonly prototype: EventEmitter;
  /** The constructor itself (`require('events').EventEmitter`). */
  EventEmitter: EventEmitterConstructor;
  once: typeof once;
  on: typeof on;
  getEventListeners: typeof getEventListeners;
  usingDomains: boolean;
  captureRejectionSymbol: typeof captureRejectionSymbol;
  /** The default of `captureRejections` for new emitters; setting a non-boolean throws ERR_INVALID_ARG_TYPE. */
  captureRejections: boolean;
  errorMonitor: typeof errorMonitor;
  /** The listener limit of emitters without their own; setting a negative or non-number throws ERR_OUT_OF_RANGE. */
  defaultMaxListeners: number;
  readonly kMaxEventTargetListeners: symbol;
  readonly kMaxEventTargetListenersWarned: symbol;
  setMaxListeners: typeof setMaxListeners;
  init: typeof init;
  listenerCount: typeof listenerCount;
}

// ---------------------------------------------------------------------------------------
// Shared state
// ---------------------------------------------------------------------------------------

/** `Symbol.for('nodejs.rejection')`: the method that receives captured rejections. */
export const captureRejectionSymbol: unique symbol = /*#__PURE__*/ Symbol.for('nodejs.rejection') as never;

/**
 * Listen to this symbol to see `'error'` events before the `'error'` listeners run (and
 * before an unhandled error throws), without handling them.
 */
export const errorMonitor: unique symbol = /*#__PURE__*/ Symbol('events.errorMonitor') as never;

/** Node's private per-emitter capture flag (own property of every instance, as in Node). */
const kCapture: unique symbol = /*#__PURE__*/ Symbol('kCapture') as never;

const kMaxEventTargetListeners: unique symbol = /*#__PURE__*/ Symbol('events.maxEventTargetListeners') as never;
const kMaxEventTargetListenersWarned: unique symbol = /*#__PURE__*/ Symbol('events.maxEventTargetListenersWarned') as never;

/**
 * The listener limit of emitters that have not called `setMaxListeners` (10). A live
 * binding: it follows `EventEmitter.defaultMaxListeners = n` and `setMaxListeners(n)`.
 */
export let defaultMaxListeners = 10;

/**
 * Whether new emitters capture rejections by default (false). A live binding: it follows
 * `EventEmitter.captureRejections = true`.
 */
export let captureRejections = false;

/**
 * Node's `usingDomains`: false until the deprecated `domain` module is loaded (polynode's
 * `domain` is not built yet, so it stays false). Nothing in polynode reads it.
 */
export const usingDomains: boolean = false;

// Internal shapes.
type Emitter = EventEmitter & { [kCapture]: boolean };
type ListenerList = Listener[] & { warned?: boolean };
type Table = Record<EventName, Listener | ListenerList>;
interface OnceState {
  fired: boolean;
  wrapFn: OnceWrapper | undefined;
  target: EventEmitter;
  type: EventName;
  listener: Listener;
}
type ListenerLike = Listener & { listener?: Listener };

const ERR_OUT_OF_RANGE = /*#__PURE__*/ outOfRangeError((value) => show(value));

function checkMaxListeners(n: unknown, name: string): asserts n is number {
  if (typeof n !== 'number' || n < 0 || n !== n) throw new ERR_OUT_OF_RANGE(name, 'a non-negative number', n);
}

function checkListener(listener: unknown): asserts listener is Listener {
  if (typeof listener !== 'function') throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
}

/** Node's duck-typed AbortSignal check: undefined, or an object with an `aborted` property. */
function checkSignal(signal: unknown): asserts signal is AbortSignal | undefined {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
}

const newTable = (): Table => Object.create(null) as Table;

// ---------------------------------------------------------------------------------------
// Adding and removing
// ---------------------------------------------------------------------------------------

function addTo(target: EventEmitter, type: EventName, listener: Listener, prepend: boolean): EventEmitter {
  checkListener(listener);
  let events = target._events as Table | undefined;
  let existing: Listener | ListenerList | undefined;
  if (events === undefined) {
    events = target._events = newTable();
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      // Announced before it is added, with the original function of a once wrapper.
      target.emit('newListener', type, (listener as ListenerLike).listener || listener);
      events = target._events as Table;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const max = target._maxListeners === undefined ? defaultMaxListeners : target._maxListeners;
  if (max > 0 && existing.length > max && !existing.warned) warnLeak(target, type, existing);
  return target;
}

/** The MaxListenersExceededWarning, once per list (Node marks the array `warned`). */
function warnLeak(target: EventEmitter, type: EventName, list: ListenerList): void {
  list.warned = true;
  const warning = new Error(
    `Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners ` +
      `added to ${bracketName(target)}. Use emitter.setMaxListeners() to increase limit`,
  ) as Error & { emitter: EventEmitter; type: EventName; count: number };
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = list.length;
  emitWarning(warning);
}

function onceWrapper(this: OnceState, ...args: unknown[]): unknown {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn!);
  this.fired = true;
  return this.listener.apply(this.target, args);
}

/** A listener that removes itself before it first runs (Node's bound `onceWrapper`, with `listener`). */
function wrapOnce(target: EventEmitter, type: EventName, listener: Listener): OnceWrapper {
  const state: OnceState = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapper = onceWrapper.bind(state) as OnceWrapper;
  wrapper.listener = listener;
  state.wrapFn = wrapper;
  return wrapper;
}

function removeListener(this: EventEmitter, type: EventName, listener: Listener): EventEmitter {
  checkListener(listener);
  const events = this._events as Table | undefined;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || (list as ListenerLike).listener === listener) {
    if (--this._eventsCount === 0) {
      this._events = newTable();
    } else {
      delete events[type];
      if (events.removeListener !== undefined) this.emit('removeListener', type, (list as ListenerLike).listener || listener);
    }
  } else if (typeof list !== 'function') {
    // The last-added match goes first.
    let at = list.length - 1;
    while (at >= 0 && list[at] !== listener && (list[at] as ListenerLike).listener !== listener) at--;
    if (at < 0) return this;
    if (at === 0) {
      list.shift();
    } else {
      const last = list.length - 1;
      for (; at < last; at++) list[at] = list[at + 1]!;
      list.pop();
    }
    if (list.length === 1) events[type] = list[0]!;
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
}

function removeAllListeners(this: EventEmitter, type?: EventName): EventEmitter {
  const events = this._events as Table | undefined;
  if (events === undefined) return this;
  const all = arguments.length === 0;
  if (events.removeListener === undefined) {
    // Nobody listens for removals: drop the lists without emitting anything.
    if (all) {
      this._events = newTable();
      this._eventsCount = 0;
    } else if (events[type!] !== undefined) {
      if (--this._eventsCount === 0) this._events = newTable();
      else delete events[type!];
    }
    return this;
  }
  if (all) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = newTable();
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type!];
  if (typeof listeners === 'function') {
    this.removeListener(type!, listeners);
  } else if (listeners !== undefined) {
    // Last to first, each announced.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type!, listeners[i]!);
  }
  return this;
}

// ---------------------------------------------------------------------------------------
// Emitting
// ---------------------------------------------------------------------------------------

/** Under captureRejections, a listener's rejected promise goes to the rejection method or to 'error'. */
function captureRejection(emitter: Emitter, result: unknown, type: EventName, args: unknown[]): void {
  if (!emitter[kCapture]) return;
  try {
    const then = (result as { then?: unknown }).then;
    if (typeof then === 'function') {
      then.call(result, undefined, (error: unknown) => {
        queueMicrotask(() => routeRejection(emitter, error, type, args));
      });
    }
  } catch (error) {
    emitter.emit('error', error);
  }
}

function routeRejection(emitter: Emitter, error: unknown, type: EventName, args: unknown[]): void {
  const method = emitter[captureRejectionSymbol];
  if (typeof method === 'function') {
    method.call(emitter, error, type, ...args);
    return;
  }
  // Emit 'error' without capturing again what its listeners return.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', error);
  } finally {
    emitter[kCapture] = previous;
  }
}

function throwUnhandled(error: unknown): never {
  if (error instanceof Error) throw error;
  let shown: unknown;
  try {
    shown = show(error);
  } catch {
    shown = error;
  }
  const unhandled = new ERR_UNHANDLED_ERROR(shown) as Error & { context?: unknown };
  unhandled.context = error;
  throw unhandled;
}

function emit(this: Emitter, type: EventName, ...args: unknown[]): boolean {
  const events = this._events as Table | undefined;
  if (type === 'error') {
    if (events === undefined) throwUnhandled(args[0]);
    if (events[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
    if (events.error === undefined) throwUnhandled(args[0]);
  } else if (events === undefined) {
    return false;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) captureRejection(this, result, type, args);
    return true;
  }
  // Over a copy: listeners added or removed meanwhile do not change this round.
  const length = handler.length;
  const listeners = length === 2 ? [handler[0]!, handler[1]!] : length === 3 ? [handler[0]!, handler[1]!, handler[2]!] : handler.slice();
  for (let i = 0; i < length; i++) {
    const result = listeners[i]!.apply(this, args);
    if (result !== undefined && result !== null) captureRejection(this, result, type, args);
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------

function listenersOf(target: EventEmitter, type: EventName, unwrap: boolean): Listener[] {
  const events = target._events as Table | undefined;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return [unwrap ? (list as ListenerLike).listener || list : list];
  if (!unwrap) return list.slice();
  const out = new Array<Listener>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = (list[i] as ListenerLike).listener || list[i]!;
  return out;
}

function countListeners(this: EventEmitter, type: EventName): number {
  const events = this._events as Table | undefined;
  if (events !== undefined) {
    const list = events[type];
    if (typeof list === 'function') return 1;
    if (list !== undefined) return list.length;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------
// The constructor
// ---------------------------------------------------------------------------------------

/**
 * Node's `EventEmitter`. A constructor function (not a `class`), so that both
 * `class Foo extends EventEmitter` and the old `EventEmitter.call(this)` +
 * `util.inherits(Foo, EventEmitter)` work. The module's default export is this function,
 * carrying the statics (`EventEmitter.once`, `EventEmitter.defaultMaxListeners` …), as
 * `require('events')` is in Node.
 */
export const EventEmitter: EventEmitterConstructor = /*#__PURE__*/ (() => {
  const EE = function EventEmitter(this: EventEmitter, options?: EventEmitterOptions): void {
    EE.init.call(this, options);
  } as unknown as EventEmitterConstructor;
  // Bundlers rename functions (Rollup makes this one `EventEmitter2`, minifiers `a`); the
  // name shows in leak warnings and in util.inspect, so it is pinned.
  Object.defineProperty(EE, 'name', { value: 'EventEmitter' });

  // Data first, then the methods, in Node's order (all enumerable, as Node's are).
  const proto = EE.prototype as unknown as Record<PropertyKey, unknown>;
  proto._events = undefined;
  proto._eventsCount = 0;
  proto._maxListeners = undefined;
  Object.defineProperty(proto, kCapture, { value: false, writable: true, enumerable: false, configurable: true });
  proto.setMaxListeners = function setMaxListeners(this: EventEmitter, n: number) {
    checkMaxListeners(n, 'n');
    this._maxListeners = n;
    return this;
  };
  proto.getMaxListeners = function getMaxListeners(this: EventEmitter) {
    return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
  };
  proto.emit = emit;
  proto.on = proto.addListener = function addListener(this: EventEmitter, type: EventName, listener: Listener) {
    return addTo(this, type, listener, false);
  };
  proto.prependListener = function prependListener(this: EventEmitter, type: EventName, listener: Listener) {
    return addTo(this, type, listener, true);
  };
  proto.once = function once(this: EventEmitter, type: EventName, listener: Listener) {
    checkListener(listener);
    return this.on(type, wrapOnce(this, type, listener));
  };
  proto.prependOnceListener = function prependOnceListener(this: EventEmitter, type: EventName, listener: Listener) {
    checkListener(listener);
    return this.prependListener(type, wrapOnce(this, type, listener));
  };
  proto.off = proto.removeListener = removeListener;
  proto.removeAllListeners = removeAllListeners;
  proto.listeners = function listeners(this: EventEmitter, type: EventName) {
    return listenersOf(this, type, true);
  };
  proto.rawListeners = function rawListeners(this: EventEmitter, type: EventName) {
    return listenersOf(this, type, false);
  };
  proto.listenerCount = countListeners;
  proto.eventNames = function eventNames(this: EventEmitter) {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events!) : [];
  };

  // The statics, in Node's order (enumerable, as `require('events')` lists them).
  EE.once = once;
  EE.on = on;
  EE.getEventListeners = getEventListeners;
  EE.EventEmitter = EE;
  EE.usingDomains = usingDomains;
  EE.captureRejectionSymbol = captureRejectionSymbol;
  Object.defineProperty(EE, 'captureRejections', {
    get: () => captureRejections,
    set(value: unknown) {
      if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
      proto[kCapture] = captureRejections = value;
    },
    enumerable: true,
  });
  EE.errorMonitor = errorMonitor;
  Object.defineProperty(EE, 'defaultMaxListeners', {
    get: () => defaultMaxListeners,
    set(value: unknown) {
      checkMaxListeners(value, 'defaultMaxListeners');
      defaultMaxListeners = value;
    },
    enumerable: true,
  });
  Object.defineProperties(EE, {
    kMaxEventTargetListeners: { value: kMaxEventTargetListeners },
    kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned },
  });
  EE.setMaxListeners = setMaxListeners;
  EE.init = init;
  EE.listenerCount = listenerCount;
  return EE;
})();

/**
 * Node's `EventEmitter.init`: what the constructor runs on `this` (`_events`,
 * `_eventsCount`, `_maxListeners` and the capture flag). Throws ERR_INVALID_ARG_TYPE when
 * `options.captureRejections` is truthy but not a boolean.
 */
export function init(this: EventEmitter, options?: EventEmitterOptions): void {
  const self = this as Emitter;
  if (self._events === undefined || self._events === (Object.getPrototypeOf(self) as EventEmitter)._events) {
    self._events = newTable();
    self._eventsCount = 0;
  }
  self._maxListeners = self._maxListeners || undefined;
  const capture = options?.captureRejections;
  if (capture) {
    if (typeof capture !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean', capture);
    self[kCapture] = true;
  } else {
    // The prototype's flag, which the captureRejections setter keeps equal to this variable.
    self[kCapture] = captureRejections;
  }
}

// ---------------------------------------------------------------------------------------
// Statics
// ---------------------------------------------------------------------------------------

/** The platform's EventTarget (Node tests `instanceof` its own EventTarget class the same way). */
const isEventTarget = (value: unknown): value is EventTarget =>
  typeof EventTarget === 'function' && value instanceof EventTarget;

type AnyEmitter = EventEmitter | EventTarget;

/**
 * What @types/node declares `events.once` to take (its `NodeEventTarget` and
 * `DOMEventTarget`). At run time an object needs `on` and `once` (an EventEmitter's API) or
 * `addEventListener`, else `ERR_INVALID_ARG_TYPE`, as in Node.
 */
type OnceTarget =
  | { once(eventName: string | symbol, listener: (...args: any[]) => void): unknown }
  | { addEventListener(eventName: string, listener: (...args: any[]) => void, options?: { once: boolean }): unknown };

function listenTo(emitter: AnyEmitter, name: EventName, listener: Listener, once?: boolean): void {
  if (typeof (emitter as EventEmitter).on === 'function') {
    if (once) (emitter as EventEmitter).once(name, listener);
    else (emitter as EventEmitter).on(name, listener);
  } else if (typeof (emitter as EventTarget).addEventListener === 'function') {
    (emitter as EventTarget).addEventListener(name as string, listener as EventListener, once ? { once } : undefined);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function stopListening(emitter: AnyEmitter, name: EventName, listener: Listener): void {
  if (typeof (emitter as EventEmitter).removeListener === 'function') {
    (emitter as EventEmitter).removeListener(name, listener);
  } else if (typeof (emitter as EventTarget).removeEventListener === 'function') {
    (emitter as EventTarget).removeEventListener(name as string, listener as EventListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

/**
 * Resolves with the arguments of the next `name` event of an EventEmitter (or with
 * `[event]` for an EventTarget). Rejects when the emitter emits `'error'` first (unless
 * `name` is `'error'`), and with an `AbortError` when `options.signal` is or gets aborted;
 * the listeners are removed in every case.
 */
export async function once(
  target: OnceTarget,
  name: EventName,
  options: StaticEventOptions = {},
): Promise<unknown[]> {
  // Checked when listening (listenTo), as Node does.
  const emitter = target as AnyEmitter;
  const signal = options?.signal;
  checkSignal(signal);
  if (signal?.aborted) throw new AbortError();
  return new Promise<unknown[]>((resolve, reject) => {
    const onError = (error: unknown): void => {
      (emitter as EventEmitter).removeListener(name, onEvent);
      if (signal != null) stopListening(signal, 'abort', onAbort);
      reject(error);
    };
    const onEvent = (...args: unknown[]): void => {
      if (typeof (emitter as EventEmitter).removeListener === 'function') {
        (emitter as EventEmitter).removeListener('error', onError);
      }
      if (signal != null) stopListening(signal, 'abort', onAbort);
      resolve(args);
    };
    const onAbort = (): void => {
      stopListening(emitter, name, onEvent);
      stopListening(emitter, 'error', onError);
      reject(new AbortError());
    };
    listenTo(emitter, name, onEvent, true);
    if (name !== 'error' && typeof (emitter as EventEmitter).once === 'function') {
      (emitter as EventEmitter).once('error', onError);
    }
    if (signal != null) listenTo(signal, 'abort', onAbort, true);
  });
}

let asyncIteratorPrototype: object | undefined;

/**
 * An async iterator over the `event` events of an EventEmitter (each value the array of
 * the event's arguments) or of an EventTarget (`[event]`). Events emitted before `next()`
 * is called are buffered. An `'error'` event rejects the pending or next `next()` and ends
 * the iteration; so does aborting `options.signal` (with an `AbortError`). `return()`
 * removes the listeners and ends it; `throw(error)` removes them and makes the next
 * `next()` reject with `error` (it returns nothing, as Node 16's does).
 *
 * Throws synchronously (it is not an async function) for an invalid or aborted signal.
 *
 * Browser: on an EventTarget, `return()` and `throw()` really remove the listener; Node 16
 * leaves it in place (a leak fixed in later Node versions), so events dispatched after
 * `return()` are no longer buffered here.
 */
export function on(emitter: AnyEmitter, event: EventName, options?: StaticEventOptions): AsyncIterableIterator<unknown[]> {
  const signal = options?.signal;
  checkSignal(signal);
  if (signal?.aborted) throw new AbortError();

  type Result = IteratorResult<unknown[], undefined>;
  const buffered: unknown[][] = [];
  const waiting: { resolve: (result: Result) => void; reject: (error: unknown) => void }[] = [];
  let error: unknown = null;
  let finished = false;
  const done = (): Result => ({ value: undefined, done: true });

  const onEvent = (...args: unknown[]): void => {
    const pending = waiting.shift();
    if (pending) pending.resolve({ value: args, done: false });
    else buffered.push(args);
  };
  const onError = (reason: unknown): void => {
    finished = true;
    const pending = waiting.shift();
    if (pending) pending.reject(reason);
    else error = reason;
    void iterator.return!();
  };
  const onAbort = (): void => onError(new AbortError());
  const unlisten = (): void => {
    stopListening(emitter, event, onEvent);
    stopListening(emitter, 'error', onError);
  };

  asyncIteratorPrototype ??= Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype) as object;
  const iterator = Object.setPrototypeOf(
    {
      next(): Promise<Result> {
        const args = buffered.shift();
        if (args) return Promise.resolve({ value: args, done: false });
        if (error) {
          const rejected = Promise.reject(error);
          error = null;
          return rejected;
        }
        if (finished) return Promise.resolve(done());
        return new Promise<Result>((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return(): Promise<Result> {
        unlisten();
        if (signal) stopListening(signal, 'abort', onAbort);
        finished = true;
        for (const pending of waiting) pending.resolve(done());
        return Promise.resolve(done());
      },
      throw(reason: unknown): void {
        if (!reason || !(reason instanceof Error)) {
          throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', reason);
        }
        error = reason;
        unlisten();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    },
    asyncIteratorPrototype,
  ) as AsyncIterableIterator<unknown[]>;

  listenTo(emitter, event, onEvent);
  if (event !== 'error' && typeof (emitter as EventEmitter).on === 'function') {
    (emitter as EventEmitter).on('error', onError);
  }
  if (signal) listenTo(signal, 'abort', onAbort, true);
  return iterator;
}

/**
 * The listeners of `name` on an EventEmitter (`emitter.listeners(name)`).
 *
 * Browser: the platform's `EventTarget` keeps its listeners to itself (there is no API to
 * list them), so for an EventTarget this throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`
 * rather than return an empty list that would be wrong. Anything else throws
 * ERR_INVALID_ARG_TYPE, as in Node.
 */
export function getEventListeners(emitterOrTarget: AnyEmitter, name: EventName): Listener[] {
  if (typeof (emitterOrTarget as EventEmitter).listeners === 'function') {
    return (emitterOrTarget as EventEmitter).listeners(name);
  }
  if (isEventTarget(emitterOrTarget)) {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('events.getEventListeners(EventTarget)');
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

/**
 * Sets the listener limit of each of `targets` (`emitter.setMaxListeners(n)`; on an
 * EventTarget, Node's `kMaxEventTargetListeners` property), or, without targets,
 * `defaultMaxListeners`. Throws ERR_OUT_OF_RANGE for a negative or non-number `n`.
 *
 * Browser: an EventTarget gets the property, but the platform's EventTarget prints no
 * leak warning (Node's own EventTarget does).
 */
export function setMaxListeners(n: number = defaultMaxListeners, ...targets: AnyEmitter[]): void {
  checkMaxListeners(n, 'n');
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of targets) {
    if (isEventTarget(target)) {
      const marked = target as unknown as Record<symbol, unknown>;
      marked[kMaxEventTargetListeners] = n;
      marked[kMaxEventTargetListenersWarned] = false;
    } else if (typeof (target as EventEmitter).setMaxListeners === 'function') {
      (target as EventEmitter).setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

/**
 * Deprecated (DEP0033, documentation only): `emitter.listenerCount(name)`, or the count of
 * `emitter._events[name]` for an object without that method.
 */
export function listenerCount(emitter: EventEmitter, name: EventName): number {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(name);
  return countListeners.call(emitter, name);
}

export default EventEmitter;
