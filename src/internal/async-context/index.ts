/**
 * The async-context engine behind `async_hooks.AsyncLocalStorage` (internal: not a module id).
 *
 * A *context* is an immutable `Map` from an AsyncLocalStorage instance to its store. One
 * slot holds the current context; it is copied on write (`run`, `enterWith`, `exit`), so a
 * captured context never changes. Scheduling a callback captures the current context, and
 * running it switches to that context and switches back afterwards (always, even for the
 * empty context: a callback never inherits a stale `enterWith` from the code that ran
 * before it).
 *
 * The state lives on `globalThis[Symbol.for('polynode.asyncContext')]`, created the first
 * time an AsyncLocalStorage is used (never at import), so two copies of polynode on one page
 * (an ESM and a CJS build, two versions) share one current context and one set of patches.
 *
 * Platform patches ({@link install}) wrap the callbacks of `Promise.prototype.then` (which by
 * spec also carries `catch`, `finally` and the `Promise.all`/`race`/`any`/`allSettled`
 * reactions), `queueMicrotask`, `setTimeout`, `setInterval`, `requestAnimationFrame`,
 * `requestIdleCallback` and `scheduler.postTask`. They are installed on the first `run()` or
 * `enterWith()` (or by `polynode/polyfills/async-context`), re-checked on every later one
 * (another library, e.g. zone.js, replacing `then` after us is patched over again), and
 * removed by {@link uninstall}. `EventTarget` is not patched: as in Node, listeners run in the
 * context of the `dispatchEvent`/`emit` call.
 *
 * polynode's own schedulers (`process.nextTick`, `timers`) call {@link captureContext} and
 * {@link callInContext} themselves, so they work with or without the patches; before the
 * engine exists, `captureContext()` returns `undefined` and they call the callback directly.
 *
 * Browser: the continuation of a native `await` on a native promise is scheduled by the
 * JavaScript engine without reading `then`, so no patch can see it: code after such an
 * `await` runs in whatever context is current (usually the empty one). Code compiled with
 * async functions lowered to generators (esbuild `supported: { 'async-await': false }`,
 * TypeScript `target: 'ES2016'`) keeps its context, because every resumption is a `then` call.
 *
 * @packageDocumentation
 */

/** An immutable context: AsyncLocalStorage instance → store. */
export type Context = ReadonlyMap<object, unknown>;

/** The engine's shared state (one per page, shared by every polynode copy). */
interface State {
  /** The current context. */
  current: Context;
  /** Whether the platform patches are in place. */
  installed: boolean;
  /** The installed patches (to undo them). */
  patches: Patch[];
  /**
   * The context an error was thrown in, when it escaped a callback run in a non-empty one:
   * `process.on('uncaughtException')` listeners run in it, as in Node (study row S31).
   */
  readonly errorContexts: WeakMap<object, Context>;
  /**
   * The context a promise was made in, for promises made by the patched `then` and by
   * `Promise.reject`/`all`/`race`/`any` in a non-empty one: `process.on('unhandledRejection')`
   * listeners run in it, as in Node 16 (study row S30). Created on first use (a state made by
   * an older copy of polynode lacks it).
   */
  promiseContexts?: WeakMap<object, Context>;
  /** Calls `fn` in `context`; the same function for every copy, so wrappers agree. */
  readonly wrap: <F extends (...args: any[]) => unknown>(fn: F, context: Context) => F;
}

interface Patch {
  target: Record<string, unknown>;
  key: string;
  original: unknown;
  replacement: unknown;
  /** Whether `target` had its own property (else the original was inherited: delete ours). */
  own: boolean;
  /** False once uninstalled (a wrapper someone else patched over keeps forwarding). */
  live: { on: boolean };
}

const kState = /*#__PURE__*/ Symbol.for('polynode.asyncContext');
/** Marks a patched function; its value is the original. */
export const kOriginal: unique symbol = /*#__PURE__*/ Symbol.for('polynode.asyncContext.original') as never;

/** The empty context. One shared instance: `context === EMPTY` is the fast check. */
const EMPTY: Context = /*#__PURE__*/ new Map();

let state: State | undefined;

function lookup(): State | undefined {
  return (state ??= (globalThis as Record<symbol, State | undefined>)[kState]);
}

/** The shared state, created on first use. */
function getState(): State {
  let s = lookup();
  if (s === undefined) {
    const created: State = {
      current: EMPTY,
      installed: false,
      patches: [],
      errorContexts: new WeakMap(),
      wrap(fn, context) {
        const wrapped = function (this: unknown, ...args: unknown[]) {
          const previous = created.current;
          created.current = context;
          try {
            return fn.apply(this, args);
          } catch (error) {
            rememberErrorContext(created, error, context);
            throw error;
          } finally {
            created.current = previous;
          }
        };
        return wrapped as never;
      },
    };
    Object.defineProperty(globalThis, kState, { value: created, configurable: true, writable: false, enumerable: false });
    s = state = created;
  }
  return s;
}

/**
 * The current context, or `undefined` while no AsyncLocalStorage was ever used on the page
 * (then a scheduler calls its callback directly: the cost of the engine is one lookup).
 */
export function captureContext(): Context | undefined {
  return lookup()?.current;
}

/** The current context, the empty one when the engine does not exist yet (AsyncResource). */
export function snapshot(): Context {
  return lookup()?.current ?? EMPTY;
}

/** Calls `fn` with `thisArg` and `args` in `context`, then restores the previous context. */
export function callInContext<R>(context: Context, fn: (...args: any[]) => R, thisArg: unknown, args: readonly unknown[] | undefined): R {
  const s = lookup();
  if (s === undefined && context === EMPTY) return args === undefined ? fn.call(thisArg) : fn.apply(thisArg, args as unknown[]);
  const slot = s ?? getState();
  const previous = slot.current;
  slot.current = context;
  try {
    return args === undefined ? fn.call(thisArg) : fn.apply(thisArg, args as unknown[]);
  } catch (error) {
    rememberErrorContext(slot, error, context);
    throw error;
  } finally {
    slot.current = previous;
  }
}

/** Records the context `error` (an object) escaped from, unless it is the empty one. */
function rememberErrorContext(s: State, error: unknown, context: Context): void {
  if (context !== EMPTY && error !== null && (typeof error === 'object' || typeof error === 'function')) {
    // A state made by an older copy of polynode may lack the map: nothing to record then.
    s.errorContexts?.set(error as object, context);
  }
}

/**
 * The context `error` was thrown in, if it escaped a callback that ran in a non-empty
 * context (undefined otherwise): where `'uncaughtException'` listeners run.
 */
export function contextOfError(error: unknown): Context | undefined {
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) return undefined;
  return lookup()?.errorContexts?.get(error as object);
}

/** Records the context `promise` was made in, unless it is the empty one. */
function rememberPromiseContext(s: State, promise: unknown, context: Context): void {
  if (context !== EMPTY && promise !== null && typeof promise === 'object') (s.promiseContexts ??= new WeakMap()).set(promise, context);
}

/**
 * The context a promise was made in, when polynode saw it made in a non-empty one (the patched
 * `then`, `Promise.reject`/`all`/`race`/`any`); where `'unhandledRejection'` listeners run.
 * Browser: a promise made by `new Promise()` or by a native `async` function is not seen.
 */
export function contextOfPromise(promise: unknown): Context | undefined {
  if (promise === null || typeof promise !== 'object') return undefined;
  return lookup()?.promiseContexts?.get(promise);
}

/** Wraps `fn` so it runs in the context current now (`AsyncResource.bind`-like, no resource). */
export function bindContext<F extends (...args: any[]) => unknown>(fn: F): F {
  const s = getState();
  return s.wrap(fn, s.current);
}

/** The store of `key` in the current context. */
export function getValue(key: object): unknown {
  return lookup()?.current.get(key);
}

/** A copy of `context` with `key` set to `value` (`present: false`: removed). */
function copyWith(context: Context, key: object, present: boolean, value: unknown): Context {
  const next = new Map(context);
  if (present) next.set(key, value);
  else next.delete(key);
  return next.size === 0 ? EMPTY : next;
}

/**
 * Runs `fn(...args)` with `key` bound to `value` (`present: false`: with `key` removed), then
 * puts back `key`'s previous entry, as Node 16 does (it restores the one store it changed on
 * the current resource): a sibling storage's `enterWith` inside `fn` survives.
 */
export function runWith<R>(key: object, present: boolean, value: unknown, fn: (...args: any[]) => R, args: unknown[]): R {
  const s = getState();
  ensureInstalled(s);
  const previous = s.current;
  const had = previous.has(key);
  const old = previous.get(key);
  const next = copyWith(previous, key, present, value);
  s.current = next;
  try {
    return Reflect.apply(fn, null, args);
  } finally {
    s.current = s.current === next ? previous : copyWith(s.current, key, had, old);
  }
}

/** Binds `key` to `value` in the current context for the rest of the current callback (`enterWith`). */
export function enterWith(key: object, value: unknown): void {
  const s = getState();
  ensureInstalled(s);
  s.current = copyWith(s.current, key, true, value);
}

// ---------------------------------------------------------------------------------------
// Platform patches
// ---------------------------------------------------------------------------------------

type Fn = (...args: any[]) => any;

function define(target: object, key: string, value: unknown, like: PropertyDescriptor | undefined): void {
  Object.defineProperty(target, key, {
    value,
    writable: like?.writable ?? true,
    enumerable: like?.enumerable ?? false,
    configurable: true,
  });
}

/** Replaces `target[key]` (a function) with `make(original, live)`; skipped when absent or ours. */
function patch(s: State, target: object | undefined | null, key: string, make: (original: Fn, live: { on: boolean }) => Fn): void {
  if (target === undefined || target === null) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  const original = descriptor ? descriptor.value : (target as Record<string, unknown>)[key];
  if (typeof original !== 'function' || (descriptor && !descriptor.configurable && !descriptor.writable)) return;
  if (s.patches.some((p) => p.replacement === original)) return;
  const live = { on: true };
  const replacement = make(original as Fn, live);
  Object.defineProperty(replacement, 'name', { value: (original as Fn).name, configurable: true });
  Object.defineProperty(replacement, 'length', { value: (original as Fn).length, configurable: true });
  Object.defineProperty(replacement, kOriginal, { value: original, configurable: true });
  define(target, key, replacement, descriptor);
  s.patches.push({ target: target as Record<string, unknown>, key, original, replacement, own: descriptor !== undefined, live });
}

/** A scheduler `fn(callback, ...rest)`: wraps `callback` when it is a function. */
function schedulerPatch(s: State): (original: Fn, live: { on: boolean }) => Fn {
  return (original, live) =>
    function (this: unknown, callback: unknown, ...rest: unknown[]) {
      if (live.on && typeof callback === 'function') callback = s.wrap(callback as Fn, s.current);
      return Reflect.apply(original, this, [callback, ...rest]);
    };
}

function installThen(s: State): void {
  const proto = (globalThis.Promise as PromiseConstructor | undefined)?.prototype;
  patch(s, proto, 'then', (original, live) =>
    function then(this: unknown, onFulfilled?: unknown, onRejected?: unknown) {
      if (!live.on) return Reflect.apply(original, this, [onFulfilled, onRejected]);
      const context = s.current;
      if (typeof onFulfilled === 'function') onFulfilled = s.wrap(onFulfilled as Fn, context);
      if (typeof onRejected === 'function') onRejected = s.wrap(onRejected as Fn, context);
      const derived: unknown = Reflect.apply(original, this, [onFulfilled, onRejected]);
      rememberPromiseContext(s, derived, context);
      return derived;
    },
  );
}

/** `Promise.reject`/`all`/`race`/`any`: the promise they return remembers the caller's context. */
function promiseStaticPatch(s: State): (original: Fn, live: { on: boolean }) => Fn {
  return (original, live) =>
    function (this: unknown, ...args: unknown[]) {
      const made: unknown = Reflect.apply(original, this, args);
      if (live.on) rememberPromiseContext(s, made, s.current);
      return made;
    };
}

/** Installs the platform patches (idempotent; shared by every polynode copy). */
export function install(): void {
  const s = getState();
  if (s.installed) return void ensureInstalled(s);
  s.installed = true;
  const g = globalThis as unknown as Record<string, unknown>;
  installThen(s);
  for (const key of ['reject', 'all', 'race', 'any']) patch(s, globalThis.Promise as unknown as object, key, promiseStaticPatch(s));
  for (const key of ['queueMicrotask', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback']) {
    patch(s, g, key, schedulerPatch(s));
  }
  const scheduler = g.scheduler as object | undefined;
  if (scheduler && typeof (scheduler as { postTask?: unknown }).postTask === 'function') {
    const owner = Object.prototype.hasOwnProperty.call(scheduler, 'postTask') ? scheduler : Object.getPrototypeOf(scheduler);
    patch(s, owner, 'postTask', schedulerPatch(s));
  }
}

/** Re-patches `Promise.prototype.then` if someone replaced it since (zone.js loaded after us). */
function ensureInstalled(s: State): void {
  if (!s.installed) return install();
  const then = (globalThis.Promise as PromiseConstructor | undefined)?.prototype.then;
  if (then !== undefined && !s.patches.some((p) => p.replacement === then && p.live.on)) installThen(s);
}

/**
 * Removes the platform patches (tests; or an app that is done with AsyncLocalStorage). A
 * patch another library has since wrapped stays in place but forwards untouched. The
 * current context is reset to the empty one. The next `run()`/`enterWith()` installs again.
 */
export function uninstall(): void {
  const s = lookup();
  if (s === undefined) return;
  for (const p of s.patches.reverse()) {
    p.live.on = false;
    if (p.target[p.key] === p.replacement) {
      const descriptor = Object.getOwnPropertyDescriptor(p.target, p.key);
      if (!p.own) delete p.target[p.key];
      else if (descriptor) define(p.target, p.key, p.original, descriptor);
    }
  }
  s.patches = [];
  s.installed = false;
  s.current = EMPTY;
}

/** Whether the platform patches are installed. */
export function isInstalled(): boolean {
  return lookup()?.installed === true;
}
