/**
 * Installs Node's globals on `globalThis` where they are missing, and never overwrites a
 * value that is already there. Importing `polynode/polyfills/globals` is the one-line fix
 * for "Buffer is not defined" and "global is not defined".
 *
 * Today it installs `global` (an alias of `globalThis`) and `Buffer`. `process` and
 * `setImmediate`/`clearImmediate` join when [process, timers, path, url & the small
 * modules] builds them: installing their stubs now would make feature checks such as
 * `typeof process !== 'undefined'` in npm packages take a path that then throws.
 *
 * @packageDocumentation
 */
import { Buffer } from '../src/buffer/index.js';

/** Defines `name` on globalThis unless something is there already (as a plain global would be). */
function install(name: string, value: unknown): void {
  if ((globalThis as Record<string, unknown>)[name] !== undefined) return;
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

install('global', globalThis);
install('Buffer', Buffer);

export {};
