/**
 * The `process.nextTick` queue, shared by `process` and `timers` (internal: not a module id).
 *
 * Node runs the tick queue after every macrotask callback (a timer, an immediate, an I/O
 * callback, the main script) and *before* that callback's promise reactions: it drains the
 * ticks, then V8's microtasks, and again while ticks remain. A page has no hook "after each
 * task", so the queue is drained from one `queueMicrotask` job:
 *
 * - polynode's own timers and immediates call {@link armTicks} *before* they run a user
 *   callback: the drain job is then queued ahead of every promise reaction the callback
 *   creates, so ticks run first and in FIFO order, exactly as in Node;
 * - elsewhere (a native event handler, a promise callback) the first `nextTick` queues the
 *   drain job: ticks still run in FIFO order, before the task ends, and before any promise
 *   reaction queued after that first `nextTick` call; reactions queued *before* it (already in
 *   the microtask queue) run first, where Node would run the ticks first.
 *
 * Ticks queued by a tick run in the same drain (before any promise reaction), as in Node.
 *
 * @packageDocumentation
 */

import { callInContext, captureContext, type Context } from './async-context/index.js';

interface Tick {
  callback: (...args: unknown[]) => unknown;
  args: unknown[];
  /** The async context of the `nextTick` call (undefined while no AsyncLocalStorage was used). */
  context: Context | undefined;
}

const queue: (Tick | undefined)[] = [];
let head = 0;
let scheduled = false;
let draining = false;
let stopped = false;

/** Rethrows `error` in its own microtask, so the page reports it as an uncaught error. */
export function rethrowAsync(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

let errorHandler: (error: unknown) => void = rethrowAsync;

/** What receives an error thrown by a tick (polynode's process: `'uncaughtException'`). */
export function setTickErrorHandler(handler: (error: unknown) => void): void {
  errorHandler = handler;
}

/** Queues `callback(...args)` as a tick. Ignored once the process has exited. */
export function queueTick(callback: (...args: unknown[]) => unknown, args: unknown[]): void {
  if (stopped) return;
  queue.push({ callback, args, context: captureContext() });
  armTicks();
}

/** Queues the drain job now (timers call it before a callback, so ticks go ahead of promises). */
export function armTicks(): void {
  if (scheduled || draining || stopped) return;
  scheduled = true;
  queueMicrotask(runTicks);
}

/** Runs every queued tick, including those queued meanwhile (Node's `process._tickCallback`). */
export function runTicks(): void {
  scheduled = false;
  if (draining) return;
  draining = true;
  try {
    while (head < queue.length) {
      const tick = queue[head]!;
      queue[head++] = undefined;
      try {
        if (tick.context === undefined) tick.callback(...tick.args);
        else callInContext(tick.context, tick.callback, undefined, tick.args);
      } catch (error) {
        try {
          errorHandler(error);
        } catch (again) {
          rethrowAsync(again);
        }
      }
    }
  } finally {
    queue.length = 0;
    head = 0;
    draining = false;
  }
}

/** Drops every queued tick and ignores later ones (after `process.exit()`). */
export function stopTicks(): void {
  stopped = true;
  queue.length = 0;
  head = 0;
}

/** True once {@link stopTicks} ran: the process has exited. */
export function ticksStopped(): boolean {
  return stopped;
}

/** Undoes {@link stopTicks} (tests only: a test page shares one process across suites). */
export function restartTicks(): void {
  stopped = false;
}
