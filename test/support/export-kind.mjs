// Classifies an exported value the same way under real Node 16 (scripts/golden/exports.mjs)
// and in our tests, so the export-name parity test compares like with like.
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.

/**
 * The kind of an exported value:
 * - 'class': a function meant for `new` (a `class`, or a function with prototype methods
 *   such as Buffer or EventEmitter);
 * - 'function': any other function;
 * - 'object': a non-null object (namespaces, constants tables, instances);
 * - 'constant': a primitive (string, number, boolean, bigint, symbol, undefined, null).
 */
export function exportKind(value) {
  if (typeof value === 'function') {
    if (/^class\b/.test(Function.prototype.toString.call(value))) return 'class';
    const proto = value.prototype;
    if (proto && typeof proto === 'object' && Reflect.ownKeys(proto).some((key) => key !== 'constructor')) {
      return 'class';
    }
    return 'function';
  }
  if (typeof value === 'object' && value !== null) return 'object';
  return 'constant';
}

/** Describes an exported value for the golden file: its kind, and the type of a constant. */
export function describeExport(value) {
  const kind = exportKind(value);
  return kind === 'constant' ? { kind, type: value === null ? 'null' : typeof value } : { kind };
}
