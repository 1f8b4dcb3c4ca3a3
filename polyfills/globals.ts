/**
 * Installs Node's globals on `globalThis` where they are missing, and never overwrites a
 * value that is already there. Importing `polynode/polyfills/globals` is the one-line fix
 * for "global is not defined".
 *
 * Today it installs `global` (an alias of `globalThis`). `Buffer`, `process` and
 * `setImmediate`/`clearImmediate` join when [buffer] and [process, timers, path, url & the
 * small modules] land: installing their stubs now would make feature checks such as
 * `typeof Buffer !== 'undefined'` in npm packages take a path that then throws.
 *
 * @packageDocumentation
 */

const scope = globalThis as typeof globalThis & { global?: typeof globalThis };
if (scope.global === undefined) {
  Object.defineProperty(scope, 'global', { value: globalThis, writable: true, configurable: true, enumerable: false });
}

export {};
