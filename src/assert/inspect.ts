/**
 * How assert shows values in its messages: Node 16 inspects them with
 * `{ compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
 * showHidden: false, showProxy: false, sorted: true, getters: true }` — every entry on a
 * line of its own, keys sorted, no `[nodejs.util.inspect.custom]` calls.
 *
 * `inspectValue` runs the shared engine (src/internal/inspect-received.ts) with those
 * options.
 *
 * @packageDocumentation
 */

import { formatWithContext, newContext } from '../internal/inspect-received.js';

/**
 * Formats `value` as Node 16's assert does in its messages.
 * @param value any value.
 */
export function inspectValue(value: unknown): string {
  return formatWithContext(newContext(ASSERT_OPTIONS), value);
}

/** Node 16's options for values in assertion messages. */
const ASSERT_OPTIONS = {
  compact: false,
  customInspect: false,
  depth: 1000,
  maxArrayLength: Infinity,
  showHidden: false,
  showProxy: false,
  sorted: true,
  getters: true,
};
