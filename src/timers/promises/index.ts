/**
 * polynode's `timers/promises`: Node 16.13.1's `timers/promises` module for the browser.
 * `setTimeout`, `setImmediate` and the `setInterval` async iterator, with `{ signal, ref }`:
 * invalid options reject (never throw), an aborted signal rejects with Node 16's
 * `AbortError` (`The operation was aborted`, code `ABORT_ERR`).
 * Browser: built on polynode's timers (see `timers` for clamping); `ref: false` only
 * changes the timer's `hasRef()`.
 *
 * @packageDocumentation
 */
import { AbortError, ERR_INVALID_ARG_TYPE } from '../../internal/errors.js';
import { validateAbortSignal } from '../../internal/validators.js';
import * as timers from '../core.js';

interface Options {
  signal?: AbortSignal;
  ref?: boolean;
}

/** Node's option checks, in Node's order; returns the error to reject with, if any. */
function checkOptions(options: unknown): Error | undefined {
  if (options === null || typeof options !== 'object') return new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { signal, ref = true } = options as Options;
  try {
    validateAbortSignal(signal, 'options.signal');
  } catch (error) {
    return error as Error;
  }
  if (typeof ref !== 'boolean') return new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  if (signal?.aborted) return new AbortError();
  return undefined;
}

/**
 * Node's `timersPromises.setTimeout([delay[, value[, options]]])`: resolves with `value`
 * after `delay` ms; `options.signal` cancels (rejecting with AbortError).
 */
export function setTimeout<T = void>(delay?: number, value?: T, options: Options = {}): Promise<T> {
  const invalid = checkOptions(options);
  if (invalid) return Promise.reject(invalid);
  const { signal, ref = true } = options;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      timers.clearTimeout(timer);
      reject(new AbortError());
    };
    const timer = timers.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value as T);
    }, delay);
    if (!ref) timer.unref();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Node's `timersPromises.setImmediate([value[, options]])`: resolves with `value` after the immediate. */
export function setImmediate<T = void>(value?: T, options: Options = {}): Promise<T> {
  const invalid = checkOptions(options);
  if (invalid) return Promise.reject(invalid);
  const { signal, ref = true } = options;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      timers.clearImmediate(immediate);
      reject(new AbortError());
    };
    const immediate = timers.setImmediate(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value as T);
    });
    if (!ref) immediate.unref();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Node's `timersPromises.setInterval([delay[, value[, options]]])`: an async iterator that
 * yields `value` every `delay` ms (ticks that came while nobody was waiting are yielded at
 * once, as in Node); invalid options and aborts reject the pending `next()`.
 */
export async function* setInterval<T = void>(delay?: number, value?: T, options: Options = {}): AsyncGenerator<T, void, unknown> {
  const invalid = checkOptions(options);
  if (invalid) throw invalid;
  const { signal, ref = true } = options;
  let pending = 0;
  let wake: (() => void) | undefined;
  let aborted = false;
  const interval = timers.setInterval(() => {
    pending++;
    wake?.();
    wake = undefined;
  }, delay);
  if (!ref) interval.unref();
  const onAbort = () => {
    aborted = true;
    wake?.();
    wake = undefined;
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (!aborted) {
      if (pending === 0) await new Promise<void>((resolve) => (wake = resolve));
      for (; pending > 0 && !aborted; pending--) yield value as T;
    }
    throw new AbortError();
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Node's `timers/promises` module object: what `import timersPromises from 'timers/promises'` and `require('timers/promises')` give. */
const timersPromisesModule = {
  setImmediate,
  setInterval,
  setTimeout,
};
export default timersPromisesModule;
