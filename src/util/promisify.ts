/**
 * `util.promisify` and the symbols Node's modules use with it.
 *
 * @packageDocumentation
 */
import { validateFunction } from '../internal/validators.js';

const kCustomPromisified = /*#__PURE__*/ Symbol.for('nodejs.util.promisify.custom');

/**
 * A symbol Node's own modules set on a callback API whose callback receives several values
 * (`dns.lookup` …): the promisified form resolves with an object holding them under these
 * names. polynode's modules import it from here.
 */
export const customPromisifyArgs: unique symbol = /*#__PURE__*/ Symbol('customPromisifyArgs') as never;


/** Node's `util.promisify` function type. */
export interface Promisify {
  <T = unknown>(original: (...args: never[]) => unknown): (...args: unknown[]) => Promise<T>;
  /** `Symbol.for('nodejs.util.promisify.custom')`: a function's own promise-returning form. */
  readonly custom: unique symbol;
}

function makePromisify(): Promisify {
  function promisify(original: unknown): unknown {
    validateFunction(original, 'original');
    const custom: unknown = (original as unknown as Record<symbol, unknown>)[kCustomPromisified];
    if (custom) {
      validateFunction(custom, 'util.promisify.custom');
      return Object.defineProperty(custom, kCustomPromisified, {
        value: custom,
        enumerable: false,
        writable: false,
        configurable: true,
      });
    }
    const names = (original as unknown as Record<symbol, string[] | undefined>)[customPromisifyArgs];
    function fn(this: unknown, ...args: unknown[]): Promise<unknown> {
      return new Promise((resolve, reject) => {
        args.push((error: unknown, ...values: unknown[]) => {
          if (error) return reject(error);
          if (names !== undefined && values.length > 1) {
            const result: Record<string, unknown> = {};
            for (let i = 0; i < names.length; i++) result[names[i]!] = values[i];
            resolve(result);
          } else {
            resolve(values[0]);
          }
        });
        Reflect.apply(original as Function, this, args);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original) as object | null);
    Object.defineProperty(fn, kCustomPromisified, { value: fn, enumerable: false, writable: false, configurable: true });
    return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
  }
  return Object.defineProperty(promisify, 'custom', {
    value: kCustomPromisified,
    enumerable: true,
    writable: false,
    configurable: true,
  }) as unknown as Promisify;
}

/**
 * Node's `util.promisify(original)`: turns a function taking a Node-style callback
 * (`(err, value) => …` last) into one returning a Promise; honours
 * `original[util.promisify.custom]`; the result keeps `original`'s prototype and own
 * properties. Throws `ERR_INVALID_ARG_TYPE` for a non-function.
 * Browser: polynode's timers are not built yet, so `setTimeout[util.promisify.custom]` and
 * friends are not attached by this module.
 */
export const promisify: Promisify = /*#__PURE__*/ makePromisify();
