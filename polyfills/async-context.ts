/**
 * Installs polynode's async-context patches now, instead of on the first
 * `AsyncLocalStorage#run()`/`enterWith()`: `Promise.prototype.then` (and so `catch`,
 * `finally`, `Promise.all` …), `queueMicrotask`, `setTimeout`, `setInterval`,
 * `requestAnimationFrame`, `requestIdleCallback` and `scheduler.postTask` capture the current
 * async context when a callback is registered and run the callback in it.
 *
 * Import it first (before zone.js or any code that schedules callbacks early) when callbacks
 * registered before the first `run()` must also keep their context. Existing functions are
 * wrapped, never replaced by something else: the originals stay reachable through
 * `fn[Symbol.for('polynode.asyncContext.original')]`.
 *
 * Browser: code after a native `await` on a native promise still loses the context (no
 * patch can see it); see `polynode/async_hooks`.
 *
 * @packageDocumentation
 */
import { install } from '../src/internal/async-context/index.js';

install();

export {};
