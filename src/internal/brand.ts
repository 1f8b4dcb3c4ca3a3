/**
 * Brand checks without Node's internals (internal: not a module id): whether a built-in
 * method accepts a value as its receiver (`Map.prototype.size` getter, `Date#getTime` …),
 * which works across realms and ignores prototypes and `Symbol.toStringTag`.
 *
 * @packageDocumentation
 */

/**
 * Whether `check()` returns without throwing. The built-ins throw a TypeError for a foreign
 * receiver, and most of the cost of that throw is the stack trace the engine collects for it
 * (util.inspect of a Date ran at half speed because of one such throw): collection is off
 * while the check runs, where the engine has the setting (V8's `Error.stackTraceLimit`; no
 * property is added elsewhere, and a frozen `Error` is left alone).
 */
export function succeeds(check: () => unknown): boolean {
  const ErrorCtor = Error as { stackTraceLimit?: number };
  const limit = ErrorCtor.stackTraceLimit;
  let lowered = false;
  if (typeof limit === 'number' && limit > 0) {
    try {
      ErrorCtor.stackTraceLimit = 0;
      lowered = true;
    } catch {
      // Error is frozen: the check only costs more.
    }
  }
  try {
    check();
    return true;
  } catch {
    return false;
  } finally {
    if (lowered) ErrorCtor.stackTraceLimit = limit;
  }
}
