/**
 * Installs Node's globals on `globalThis` where they are missing, and never overwrites a
 * value that is already there. Importing `polynode/polyfills/globals` is the one-line fix
 * for "Buffer is not defined" and "global is not defined".
 *
 * It installs `global` (an alias of `globalThis`), `Buffer`, `process` (polynode's one
 * process object) and `setImmediate`/`clearImmediate` (polynode's, without the 4 ms clamp).
 * In Node, or next to another polyfill, the values already there stay.
 *
 * @packageDocumentation
 */
import { Buffer } from '../src/buffer/index.js';
import process from '../src/process/index.js';
import { clearImmediate, setImmediate } from '../src/timers/index.js';

/** Defines `name` on globalThis unless something is there already (as a plain global would be). */
function install(name: string, value: unknown): void {
  if ((globalThis as Record<string, unknown>)[name] !== undefined) return;
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

install('global', globalThis);
install('Buffer', Buffer);
install('process', process);
install('setImmediate', setImmediate);
install('clearImmediate', clearImmediate);

export {};
