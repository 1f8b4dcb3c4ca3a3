// The differential properties of `path`: random arguments drawn by fast-check from a fixed
// seed, run through one flavour (`posix` or `win32`) of a path module. Real Node 16.13.1 runs
// them in scripts/golden/path.mjs and records a hash of every outcome in
// test/golden/node16-path.json; test/path/differential.test.ts draws the same inputs, runs
// them through polynode and compares outcome by outcome.
//
// The current directory: `resolve`, `relative` and win32 `toNamespacedPath` depend on it.
// The golden script runs Node with `process.chdir('/')` (and no `=C:`-style variables), the
// directory polynode's path uses while `process.cwd` is not real; the test checks that
// polynode's directory is '/' before it compares those properties.
//
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.

import { hash } from '../support/golden-helpers.mjs';

export const SEED = 0x9a7416;

/** Describes any outcome as a string, the same way in every engine. */
export function describe(value) {
  if (value instanceof Error) {
    const code = value.code;
    // Errors the engine makes (no code) have engine-specific messages: only the class counts.
    return code === undefined ? `E:${value.name}` : `E:${value.name}:${code}:${value.message}:${String(value)}`;
  }
  switch (typeof value) {
    case 'string':
      return `S:${JSON.stringify(value)}`;
    case 'boolean':
      return `T:${value}`;
    case 'undefined':
      return 'U';
    case 'object':
      if (value === null) return 'null';
      // parse(): the keys in their order, then the values
      return `O:${JSON.stringify(Object.keys(value))}${JSON.stringify(value)}`;
    default:
      return `${typeof value}:${String(value)}`;
  }
}

/** Runs `fn` and describes its result or the error it threw. */
export function outcome(fn) {
  try {
    return describe(fn());
  } catch (error) {
    return describe(error);
  }
}

export { hash };

// The pieces random paths are made of: separators of both kinds, dots, drives, UNC and
// namespace prefixes, names with and without extensions, spaces, and characters whose
// lower case differs in length ('İ' → 'i̇') or that are astral ('😀').
const PIECES = [
  '/', '/', '/', '\\', '\\', '\\', '.', '.', '..', '..', '...', 'C:', 'c:', 'z:', '1:', ':',
  '//server/share', '\\\\server\\share', '\\\\?\\', '\\\\.\\', '//?/', 'UNC', '\\\\', '//',
  'a', 'b', 'abc', 'A', 'x.js', 'file.tar.gz', '.txt', '.hidden', 'dir.d', 'js', '.js', 'b.',
  ' ', 'a b', 'é', 'İ', 'É', '😀', '?', '*', '\0', '~',
];
// Values that are not strings, for the error paths.
const NON_STRINGS = [undefined, null, 0, 1, -1.5, true, false, {}, ['a'], NaN, 10n, () => 1];

/** The arbitraries, built from the caller's fast-check (one copy of fast-check per bundle). */
function arbitraries(fc) {
  const path = fc.oneof(
    { weight: 12, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.constantFrom('', '/', '\\', '.', '..', 'C:', 'C:\\', 'C:/', '//a', '\\\\a\\b', '\\\\a\\b\\', '//a/b/c') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
  const nonString = fc.constantFrom(...NON_STRINGS);
  const arg = fc.oneof({ weight: 30, arbitrary: path }, { weight: 1, arbitrary: nonString });
  const args = fc.array(arg, { maxLength: 5 });
  return { path, arg, args, nonString };
}

/** An absolute prefix for `resolve`-like calls half of the time, so the cwd is not always used. */
const FUNCTIONS = {
  resolve: (fc, a) => a.args.map((args) => ({ args })),
  normalize: (fc, a) => fc.tuple(a.arg).map((args) => ({ args })),
  isAbsolute: (fc, a) => fc.tuple(a.arg).map((args) => ({ args })),
  join: (fc, a) => a.args.map((args) => ({ args })),
  relative: (fc, a) => fc.tuple(a.arg, a.arg).map((args) => ({ args })),
  toNamespacedPath: (fc, a) => fc.tuple(a.arg).map((args) => ({ args })),
  _makeLong: (fc, a) => fc.tuple(a.arg).map((args) => ({ args })),
  dirname: (fc, a) => fc.tuple(a.arg).map((args) => ({ args })),
  basename: (fc, a) =>
    fc.oneof(
      fc.tuple(a.arg).map((args) => ({ args })),
      // the extension: often a real suffix of the path, sometimes anything
      fc.tuple(a.path, fc.integer({ min: 0, max: 12 })).map(([p, n]) => ({ args: [p, p.slice(p.length - n)] })),
      fc.tuple(a.arg, fc.oneof(a.arg, fc.constantFrom('.js', 'js', '.', 's', 'a', '/', 'b/', 'abc', ''))).map((args) => ({ args })),
    ),
  extname: (fc, a) => fc.tuple(a.arg).map((args) => ({ args })),
  parse: (fc, a) => fc.tuple(a.arg).map((args) => ({ args })),
  format: (fc, a) => {
    const field = fc.oneof({ weight: 6, arbitrary: a.path }, { weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a.nonString });
    const object = fc.record({ root: field, dir: field, base: field, name: field, ext: field }, { requiredKeys: [] });
    return fc.oneof(
      { weight: 10, arbitrary: object.map((o) => ({ args: [o] })) },
      { weight: 1, arbitrary: a.nonString.map((v) => ({ args: [v] })) },
      { weight: 1, arbitrary: fc.constant({ args: [] }) },
    );
  },
};

/**
 * The properties, one per function per flavour. Each: `name`, `flavour`, `fn`,
 * `arbitrary(fc)` and `run(path, input)` returning the outcome string, where `path` is a
 * path module (its `posix` and `win32` are used).
 */
export const PROPERTIES = ['posix', 'win32'].flatMap((flavour) =>
  Object.entries(FUNCTIONS).map(([fn, make]) => ({
    name: `path.${flavour}.${fn}`,
    flavour,
    fn,
    cwdDependent: fn === 'resolve' || fn === 'relative' || (flavour === 'win32' && (fn === 'toNamespacedPath' || fn === '_makeLong')),
    arbitrary: (fc) => make(fc, arbitraries(fc)),
    run: (path, { args }) => outcome(() => path[flavour][fn](...args)),
  })),
);
