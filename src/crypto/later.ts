/**
 * Runs a crypto job's callback in a later task, as Node's thread-pool jobs call back.
 *
 * @packageDocumentation
 */

/** Calls `fn` in a later macrotask (after pending microtasks and process.nextTick callbacks). */
export function later(fn: () => void): void {
  globalThis.setTimeout(fn, 0);
}
