/**
 * Helpers for a module's default export, which is what `require('<id>')` returns in Node
 * (and what bundlers hand to CommonJS code): an object or function carrying every named
 * export as a property.
 *
 * @packageDocumentation
 */

/**
 * Returns `target` with each of `members` copied on, except names it already has (a class
 * may define a static of the same name itself). Call it as `/*#__PURE__*\/` so the copy
 * happens only when the default export is used.
 */
export function withMembers<T extends object>(target: T, members: Record<string, unknown>): T {
  for (const name of Object.keys(members)) {
    if (!Object.prototype.hasOwnProperty.call(target, name)) {
      Object.defineProperty(target, name, { value: members[name], enumerable: true, writable: true, configurable: true });
    }
  }
  return target;
}
