/**
 * polynode's `domain`: Node 16.13.1's (deprecated) `domain` module for the browser.
 *
 * A `Domain` is an EventEmitter with `run`, `bind`, `intercept`, `add`, `remove`, `enter`
 * and `exit`; `domain.active` and `domain._stack` track the entered domains. Errors thrown
 * synchronously by code it runs (`run`, bound and intercepted callbacks) and errors passed
 * to intercepted callbacks are emitted as `'error'` on the domain, marked with
 * `domainThrown`, `domainBound` and a non-enumerable `domain`, as in Node.
 * Browser: a domain does not follow asynchronous work (timers and promises started in
 * `run` are not in the domain: Node tracks them through async hooks), errors emitted by
 * added emitters are not redirected, and after a synchronous throw `run` returns
 * `undefined` to its caller (Node unwinds to the top of the stack first).
 *
 * @packageDocumentation
 */
import { EventEmitter } from '../events/index.js';

/** The domains entered, innermost last (Node's `domain._stack`). */
export const _stack: Domain[] = [];

/** The innermost entered domain, or `null` (Node's `domain.active`; a live binding). */
export let active: Domain | null = null;

type DomainError = Error & { domain?: Domain; domainThrown?: boolean; domainBound?: unknown; domainEmitter?: unknown };

function mark(error: unknown, domain: Domain, thrown: boolean): void {
  if (typeof error === 'object' && error !== null) {
    Object.defineProperty(error, 'domain', { value: domain, writable: true, configurable: true, enumerable: false });
    (error as DomainError).domainThrown = thrown;
  }
}

/**
 * Node's `domain.Domain`: an EventEmitter grouping work whose errors it receives as
 * `'error'` events. `members` lists what `add()` added.
 */
export class Domain extends EventEmitter {
  /** The emitters and timers added with `add()`. */
  members: unknown[] = [];

  /**
   * Emits `error` as `'error'` (marked `domainThrown: true`) when the domain has `'error'`
   * listeners, else throws it on.
   */
  _errorHandler(error: unknown): boolean {
    mark(error, this, true);
    if (this.listenerCount('error') === 0) throw error;
    this.emit('error', error);
    return true;
  }

  /** Makes this the active domain. */
  enter(): void {
    active = this;
    _stack.push(this);
  }

  /** Leaves this domain and every domain entered after it. */
  exit(): void {
    const index = _stack.lastIndexOf(this);
    if (index === -1) return;
    _stack.splice(index);
    active = _stack[_stack.length - 1] ?? null;
  }

  /** Adds an emitter (sets its `domain` property to this domain). Browser: its unhandled `'error'` events are not redirected. */
  add(emitter: unknown): void {
    if (typeof emitter !== 'object' || emitter === null) return;
    const target = emitter as { domain?: Domain | null };
    if (target.domain === this) return;
    if (target.domain) target.domain.remove(emitter);
    target.domain = this;
    this.members.push(emitter);
  }

  /** Removes an emitter added with `add()`. */
  remove(emitter: unknown): void {
    if (typeof emitter === 'object' && emitter !== null) (emitter as { domain?: Domain | null }).domain = null;
    const index = this.members.indexOf(emitter);
    if (index !== -1) this.members.splice(index, 1);
  }

  #call<R>(fn: (...args: never[]) => R, self: unknown, args: unknown[]): R | undefined {
    this.enter();
    try {
      return Reflect.apply(fn, self, args) as R;
    } catch (error) {
      this._errorHandler(error);
      return undefined;
    } finally {
      this.exit();
    }
  }

  /** Runs `fn(...args)` inside the domain and returns its value; a synchronous throw goes to `'error'`. */
  run<R>(fn: (...args: never[]) => R, ...args: unknown[]): R {
    return this.#call(fn, this, args) as R;
  }

  /** Wraps `callback` so that it runs inside the domain. The wrapper has a `domain` property. */
  bind<F extends (...args: never[]) => unknown>(callback: F): F {
    const bound = (...args: unknown[]) => this.#call(callback, undefined, args);
    (bound as unknown as { domain: Domain }).domain = this;
    return bound as unknown as F;
  }

  /**
   * Wraps a Node-style callback: a first argument that is an error is emitted as `'error'`
   * (with `domainBound` and `domainThrown: false`) instead of calling it; otherwise the
   * callback runs inside the domain with the remaining arguments.
   */
  intercept<F extends (...args: never[]) => unknown>(callback: F): (error: unknown, ...args: unknown[]) => unknown {
    const intercepted = (error: unknown, ...args: unknown[]) => {
      if (error) {
        if (typeof error === 'object') {
          (error as DomainError).domainBound = callback;
          mark(error, this, false);
        }
        this.emit('error', error);
        return undefined;
      }
      return this.#call(callback, undefined, args);
    };
    (intercepted as unknown as { domain: Domain }).domain = this;
    return intercepted;
  }
}

/** Node's `domain.create()`: a new Domain. */
export function create(): Domain {
  return new Domain();
}

/** Node's `domain.createDomain()`: same as `create()`. */
export const createDomain = create;

/** Node's `domain` module object: what `import domain from 'domain'` and `require('domain')` give (`active` is read live). */
const domainModule = {
  Domain,
  _stack,
  get active(): Domain | null {
    return active;
  },
  create,
  createDomain,
};
export default domainModule;
