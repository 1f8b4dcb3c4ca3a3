/**
 * polynode's `async_hooks`: Node 16.13.1's `async_hooks` module for the browser.
 *
 * `AsyncLocalStorage` and `AsyncResource` run on polynode's context engine
 * (`internal/async-context`): a store follows every callback scheduled while it is active,
 * through `then`/`catch`/`finally`, `queueMicrotask`, the platform's and polynode's timers,
 * `setImmediate`, `process.nextTick`, `timers/promises`, `requestAnimationFrame`,
 * `requestIdleCallback` and `scheduler.postTask`; `EventEmitter` and `EventTarget` listeners
 * run in the context of the `emit`/`dispatchEvent` call, as in Node.
 *
 * Importing this module does nothing. The first `run()` or `enterWith()` patches
 * `Promise.prototype.then` and the platform's schedulers (import
 * `polynode/polyfills/async-context` to do it at start-up instead, so callbacks registered
 * before the first `run()` are covered too).
 *
 * Browser limits (see the README's async_hooks section):
 * - **native `await`**: code after `await` on a native promise runs without the store (the
 *   engine resumes the function without calling `then`); lower async functions to
 *   generators (esbuild `supported: { 'async-await': false, 'async-generator': false,
 *   'for-await': false }`, or TypeScript `target: 'ES2016'`) where the store must survive
 *   `await`. Plain `.then()` chains are exact;
 * - the body of a custom thenable's `then` called by `await`, `unhandledRejection` and
 *   `uncaughtException` handlers see no store;
 * - `createHook` sees only `AsyncResource`s (init, before, after, destroy), not promises,
 *   timers or I/O; `executionAsyncId()` is the id of the `AsyncResource` whose
 *   `runInAsyncScope` is running, otherwise 1 (the top level);
 * - callbacks registered with the platform before the first `run()`/`enterWith()` (without
 *   the polyfill) run in whatever context is current when they fire.
 *
 * @packageDocumentation
 */
import { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID } from '../internal/errors.js';
import { validateFunction, validateString } from '../internal/validators.js';
import { callInContext, enterWith as contextEnterWith, getValue, runWith, snapshot, type Context } from '../internal/async-context/index.js';

type Callback = (...args: any[]) => any;

// ---------------------------------------------------------------------------------------
// Async ids and hooks (AsyncResource only)
// ---------------------------------------------------------------------------------------

/** The last async id given out; 1 is the top level, as in Node. */
let lastAsyncId = 1;
/** The AsyncResources whose runInAsyncScope is on the stack, innermost last. */
const scopeStack: AsyncResource[] = [];
/** What executionAsyncResource() returns at the top level. */
let topLevelResource: object | undefined;
/** The enabled hooks (createHook(...).enable()). */
const enabledHooks: AsyncHook[] = [];

interface HookCallbacks {
  init?: (asyncId: number, type: string, triggerAsyncId: number, resource: object) => void;
  before?: (asyncId: number) => void;
  after?: (asyncId: number) => void;
  destroy?: (asyncId: number) => void;
  promiseResolve?: (asyncId: number) => void;
}

function emit<K extends keyof HookCallbacks>(name: K, ...args: Parameters<NonNullable<HookCallbacks[K]>>): void {
  if (enabledHooks.length === 0) return;
  for (const hook of enabledHooks.slice()) {
    const callback = hook[kCallbacks][name] as ((...a: unknown[]) => void) | undefined;
    if (callback !== undefined) callback.apply(hook[kCallbacks], args);
  }
}

const kCallbacks = /*#__PURE__*/ Symbol('callbacks');

/**
 * Node's `AsyncHook`: what `createHook()` returns. Browser: its callbacks see only
 * `AsyncResource`s (init at construction, before/after around `runInAsyncScope`, destroy at
 * `emitDestroy`); promises, timers and I/O are not reported, and nothing is reported at
 * garbage collection.
 */
class AsyncHook {
  [kCallbacks]: HookCallbacks;

  constructor(callbacks: HookCallbacks) {
    for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve'] as const) {
      if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
    }
    this[kCallbacks] = callbacks;
  }

  /** Starts calling the hook's callbacks. Returns the hook. */
  enable(): this {
    if (!enabledHooks.includes(this)) enabledHooks.push(this);
    return this;
  }

  /** Stops calling the hook's callbacks. Returns the hook. */
  disable(): this {
    const index = enabledHooks.indexOf(this);
    if (index !== -1) enabledHooks.splice(index, 1);
    return this;
  }
}

/**
 * Node's `async_hooks.createHook(callbacks)`: an `AsyncHook` (ERR_ASYNC_CALLBACK when a
 * callback is not a function). Browser: it sees only `AsyncResource`s (user-made and
 * polynode's), not promises, timers or I/O.
 */
export function createHook(callbacks: HookCallbacks): AsyncHook {
  return new AsyncHook(callbacks ?? {});
}

/**
 * Node's `async_hooks.executionAsyncId()`. Browser: the id of the `AsyncResource` whose
 * `runInAsyncScope` (or bound function) is running, otherwise 1 (Node's top-level id), also
 * inside timer and promise callbacks, which have their own ids in Node.
 */
export function executionAsyncId(): number {
  const top = scopeStack[scopeStack.length - 1];
  return top === undefined ? 1 : top.asyncId();
}

/**
 * Node's `async_hooks.triggerAsyncId()`. Browser: the trigger id of the running
 * `AsyncResource` scope, otherwise 0 (Node's top-level value).
 */
export function triggerAsyncId(): number {
  const top = scopeStack[scopeStack.length - 1];
  return top === undefined ? 0 : top.triggerAsyncId();
}

/**
 * Node's `async_hooks.executionAsyncResource()`. Browser: the running `AsyncResource`, else
 * one shared top-level object. Properties set on it do not propagate to callbacks (use
 * AsyncLocalStorage).
 */
export function executionAsyncResource(): object {
  return scopeStack[scopeStack.length - 1] ?? (topLevelResource ??= {});
}

// ---------------------------------------------------------------------------------------
// AsyncResource
// ---------------------------------------------------------------------------------------

const kAsyncId = /*#__PURE__*/ Symbol('async_id_symbol');
const kTriggerId = /*#__PURE__*/ Symbol('trigger_async_id_symbol');
const kContext = /*#__PURE__*/ Symbol('asyncContext');

/** Options of `new AsyncResource(type, options)`. */
export interface AsyncResourceOptions {
  /** The id of the resource that caused this one; default: `executionAsyncId()`. */
  triggerAsyncId?: number;
  /** Node: no automatic destroy at GC. Browser: there never is one; accepted and ignored. */
  requireManualDestroy?: boolean;
}

/**
 * Node's `async_hooks.AsyncResource`: captures the async context at construction;
 * `runInAsyncScope` and bound functions run in it (AsyncLocalStorage stores included).
 * Browser: ids are counted by polynode; `destroy` hooks run only through `emitDestroy()`.
 */
export class AsyncResource {
  [kAsyncId]: number;
  [kTriggerId]: number;
  declare [kContext]: Context;

  constructor(type: string, options: AsyncResourceOptions | number = {}) {
    validateString(type, 'type');
    let trigger: unknown = options;
    if (typeof options !== 'number') {
      trigger = options.triggerAsyncId === undefined ? executionAsyncId() : options.triggerAsyncId;
    }
    if (!Number.isSafeInteger(trigger) || (trigger as number) < -1) throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
    this[kAsyncId] = ++lastAsyncId;
    this[kTriggerId] = trigger as number;
    Object.defineProperty(this, kContext, { value: snapshot(), writable: true, configurable: true, enumerable: false });
    emit('init', this[kAsyncId], type, this[kTriggerId], this);
  }

  /** Calls `fn.apply(thisArg, args)` in the resource's async context (and scope: executionAsyncId). */
  runInAsyncScope<This, R>(fn: (this: This, ...args: any[]) => R, thisArg?: This, ...args: any[]): R {
    const asyncId = this[kAsyncId];
    emit('before', asyncId);
    scopeStack.push(this);
    try {
      return callInContext(this[kContext], fn, thisArg, args);
    } finally {
      scopeStack.pop();
      emit('after', asyncId);
    }
  }

  /** Runs the `destroy` hooks for this resource. Returns the resource. */
  emitDestroy(): this {
    emit('destroy', this[kAsyncId]);
    return this;
  }

  /** The resource's async id. */
  asyncId(): number {
    return this[kAsyncId];
  }

  /** The id of the resource that triggered this one. */
  triggerAsyncId(): number {
    return this[kTriggerId];
  }

  /**
   * Node 16's `resource.bind(fn[, thisArg])`: `fn` bound to run in this resource's scope,
   * with `thisArg` (default: the resource), `length` of `fn`, and an `asyncResource` property.
   */
  bind<F extends Callback>(fn: F, thisArg: unknown = this): F & { asyncResource: AsyncResource } {
    validateFunction(fn, 'fn');
    const bound = Function.prototype.bind.call(this.runInAsyncScope, this, fn, thisArg) as F & { asyncResource: AsyncResource };
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  /** Node's `AsyncResource.bind(fn[, type[, thisArg]])`: `fn` bound to a new resource made now. */
  static bind<F extends Callback>(fn: F, type?: string, thisArg?: unknown): F & { asyncResource: AsyncResource } {
    type = type || fn?.name;
    return new AsyncResource(type || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

// ---------------------------------------------------------------------------------------
// AsyncLocalStorage
// ---------------------------------------------------------------------------------------

/**
 * Node's `async_hooks.AsyncLocalStorage`: a store that follows the async operations started
 * while it is set. Node 16.13.1's semantics: `run` restores only its own store afterwards
 * and does nothing extra when the store is already the current one; `exit` runs without
 * the store; `disable` hides the store until the next `run`/`enterWith`, and contexts
 * captured earlier keep their stores.
 *
 * Browser: the first `run`/`enterWith` installs the engine's patches (see the module notes);
 * code after a native `await` loses the store unless async functions are lowered.
 */
export class AsyncLocalStorage<T = unknown> {
  /** Node's per-instance key (kept for shape; polynode keys stores by the instance). */
  kResourceStore: symbol;
  /** Whether the store is enabled (false until the first run/enterWith, and after disable()). */
  enabled: boolean;

  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  /** Hides the store from `getStore()` until the next `run()`/`enterWith()`. */
  disable(): void {
    this.enabled = false;
  }

  /** Node's internal: enables the instance (and installs the engine's patches). */
  _enable(): void {
    this.enabled = true;
  }

  /** The current store, or `undefined` outside `run()`/`enterWith()` or when disabled. */
  getStore(): T | undefined {
    if (!this.enabled) return undefined;
    return getValue(this) as T | undefined;
  }

  /**
   * Runs `callback(...args)` with `store` as the current store and returns its result; the
   * previous store comes back afterwards, also when `callback` throws.
   */
  run<R>(store: T, callback: (...args: any[]) => R, ...args: any[]): R {
    if (Object.is(store, this.getStore())) return Reflect.apply(callback, null, args);
    this._enable();
    return runWith(this, true, store, callback, args);
  }

  /** Runs `callback(...args)` without the store (and async work started inside it has none). */
  exit<R>(callback: (...args: any[]) => R, ...args: any[]): R {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    return runWith(this, false, undefined, callback, args);
  }

  /**
   * Sets `store` for the rest of the current synchronous execution and the async work it
   * starts. Browser: at the top level of a script, or after a native `await`, it lasts until
   * something else sets the context (possibly the rest of the page); prefer `run()`.
   */
  enterWith(store: T): void {
    this._enable();
    contextEnterWith(this, store);
  }
}

/** Node's `async_hooks` module object: what `import asyncHooks from 'async_hooks'` and `require('async_hooks')` give. */
const asyncHooksModule = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  AsyncResource,
};
export default asyncHooksModule;
