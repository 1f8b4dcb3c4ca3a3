/**
 * Process warnings for polynode's modules (`MaxListenersExceededWarning`, deprecations …).
 *
 * Node sends a warning through `process.emitWarning`: on the next tick the process emits
 * `'warning'` and prints it on stderr. Here a warning goes to the handler that polynode's
 * `process` installs with `setWarningHandler` (its `emitWarning`); until one is installed
 * it is printed the way Node prints it, through `console.warn`, one microtask later:
 * `(node:1) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. …`, or
 * with a code `(node:1) [DEP0005] DeprecationWarning: …`. A page has no process id: it is 1.
 *
 * Why a handler and not an import of `process.emitWarning`: the process module is large
 * and itself built on `events`; importing it here would put all of `process` into every
 * bundle that uses an EventEmitter (and make `events` ↔ `process` a cycle). The handler
 * keeps the dependency one way: `process` → `warnings`.
 *
 * @packageDocumentation
 */

/** A warning as Node builds one: an Error whose `name` is the warning type, maybe with a `code`. */
export interface Warning extends Error {
  code?: string;
}

/** What receives warnings: polynode's `process.emitWarning` once the process module installs it. */
export type WarningHandler = (warning: Warning) => void;

let handler: WarningHandler | undefined;

/**
 * Installs the function that receives every warning from now on (polynode's process module
 * passes its `emitWarning`), or with `undefined` goes back to printing with `console.warn`.
 * Returns the handler it replaces (tests put it back).
 */
export function setWarningHandler(next: WarningHandler | undefined): WarningHandler | undefined {
  const previous = handler;
  handler = next;
  return previous;
}

/** How Node prints a warning on stderr (without `--trace-warnings`). */
export function formatWarning(warning: Warning): string {
  return `(node:1) ${warning.code ? `[${warning.code}] ` : ''}${warning.name}: ${warning.message}`;
}

/**
 * Emits a process warning, as Node's `process.emitWarning(warning, type, code)` does.
 * @param warning an Error whose `name` is the warning's type, or a message.
 * @param type the type when `warning` is a message (default `'Warning'`).
 * @param code the warning's code (`'DEP0005'`), when `warning` is a message.
 */
export function emitWarning(warning: Warning | string, type = 'Warning', code?: string): void {
  if (typeof warning === 'string') {
    const error: Warning = new Error(warning);
    error.name = type;
    if (code !== undefined) error.code = code;
    warning = error;
  }
  if (handler) {
    handler(warning);
    return;
  }
  const printed = formatWarning(warning);
  queueMicrotask(() => console.warn(printed));
}
