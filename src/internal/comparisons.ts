/**
 * Deep equality as Node 16.13.1 decides it: `assert.deepEqual` (loose) and
 * `assert.deepStrictEqual` / `util.isDeepStrictEqual` (strict).
 *
 * Written from Node's documentation of the comparison rules and checked against real
 * Node 16 on random structure pairs (scripts/golden/comparisons.mjs,
 * test/assert/comparisons.test.ts). Objects are recognised by brand checks that work
 * across realms (calling a built-in getter or method on them), never by `instanceof`,
 * except for errors, where a browser has no brand check besides `Object.prototype.toString`.
 *
 * The rules, in short:
 * - primitives: strict uses `Object.is` (so `NaN` equals `NaN`, `-0` differs from `0`);
 *   loose uses `==` (and `NaN` equals `NaN`);
 * - strict compares `[[Prototype]]`s; both compare `Object.prototype.toString` tags;
 * - own enumerable string keys (strict: and enumerable symbol keys), in any order;
 * - arrays: length, holes where holes are; Dates: time; RegExps: source and flags (Node
 *   16 ignores `lastIndex`); errors: `message` and `name` even when not enumerable;
 *   boxed primitives: their values (`Object.is`); typed arrays and DataViews: their bytes
 *   (loose float arrays compare element by element with `===`); ArrayBuffers: bytes;
 * - Map and Set: entries matched regardless of order, object keys deeply, and in loose
 *   mode primitives loosely (`1` matches `'1'`);
 * - WeakMap, WeakSet and Promise have no comparable contents: only their own keys count;
 * - cycles: a pair of objects met again while being compared is equal when both sides met
 *   at the same depth.
 *
 * @packageDocumentation
 */
import { succeeds } from './brand.js';

/** Which walk over the entries an object needs. */
const enum Walk {
  Plain,
  List,
  SetEntries,
  MapEntries,
}

/** The objects on the current comparison path, with the depth they were entered at. */
interface Memos {
  left: Map<unknown, number>;
  right: Map<unknown, number>;
  depth: number;
}

type AnyObject = Record<PropertyKey, unknown>;

const hasOwn = (value: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(value, key);
const isEnumerable = (value: object, key: PropertyKey): boolean =>
  Object.prototype.propertyIsEnumerable.call(value, key);
const tagOf = (value: unknown): string => Object.prototype.toString.call(value);

// ---------------------------------------------------------------------------------------
// Brand checks
// ---------------------------------------------------------------------------------------

function getter(proto: object, key: PropertyKey): (this: unknown) => unknown {
  return Object.getOwnPropertyDescriptor(proto, key)!.get!;
}

const isMap = (value: object): value is Map<unknown, unknown> =>
  succeeds(() => getter(Map.prototype, 'size').call(value));
const isSet = (value: object): value is Set<unknown> => succeeds(() => getter(Set.prototype, 'size').call(value));
const isDate = (value: object): value is Date => succeeds(() => Date.prototype.getTime.call(value));
const isRegExp = (value: object): value is RegExp =>
  value !== RegExp.prototype && succeeds(() => getter(RegExp.prototype, 'source').call(value));
const isError = (value: object): value is Error => tagOf(value) === '[object Error]' || value instanceof Error;
const isView = (value: object): value is ArrayBufferView => ArrayBuffer.isView(value);

function isAnyArrayBuffer(value: object): value is ArrayBufferLike {
  if (succeeds(() => getter(ArrayBuffer.prototype, 'byteLength').call(value))) return true;
  return (
    typeof SharedArrayBuffer === 'function' &&
    succeeds(() => getter(SharedArrayBuffer.prototype, 'byteLength').call(value))
  );
}

/** `Float32Array` or `Float64Array` (by the typed-array brand, not the prototype). */
function isFloatArray(value: ArrayBufferView): boolean {
  const typedProto = Object.getPrototypeOf(Uint8Array.prototype) as object;
  let name: unknown;
  try {
    name = getter(typedProto, Symbol.toStringTag).call(value);
  } catch {
    return false;
  }
  return name === 'Float32Array' || name === 'Float64Array';
}

type BoxedKind = 'number' | 'string' | 'boolean' | 'bigint' | 'symbol';

/** The kind and value of a boxed primitive (`new Number(1)`, `Object(1n)` …), or undefined. */
function unbox(value: object): [BoxedKind, unknown] | undefined {
  const kinds: [BoxedKind, { valueOf(): unknown } | undefined][] = [
    ['number', Number.prototype],
    ['string', String.prototype],
    ['boolean', Boolean.prototype],
    ['bigint', typeof BigInt === 'function' ? BigInt.prototype : undefined],
    ['symbol', Symbol.prototype],
  ];
  let primitive: unknown;
  for (const [kind, proto] of kinds) {
    if (proto !== undefined && succeeds(() => (primitive = proto.valueOf.call(value)))) return [kind, primitive];
  }
  return undefined;
}

/** The kinds of object the comparison tells apart, in the order Node 16 tests for them. */
const enum Kind {
  Date,
  RegExp,
  Error,
  View,
  Set,
  Map,
  Buffer,
  Boxed,
  Other,
}

/** Tests `value` for one kind. */
function isKind(value: object, kind: Kind): boolean {
  switch (kind) {
    case Kind.Date:
      return isDate(value);
    case Kind.RegExp:
      return isRegExp(value);
    case Kind.Error:
      return isError(value);
    case Kind.View:
      return isView(value);
    case Kind.Set:
      return isSet(value);
    case Kind.Map:
      return isMap(value);
    case Kind.Buffer:
      return isAnyArrayBuffer(value);
    case Kind.Boxed:
      return unbox(value) !== undefined;
    default:
      return false;
  }
}

/** The kind a `Object.prototype.toString` tag suggests (a hint only: tags can be forged). */
const TAG_KINDS: Record<string, Kind> = {
  '[object Date]': Kind.Date,
  '[object RegExp]': Kind.RegExp,
  '[object Map]': Kind.Map,
  '[object Set]': Kind.Set,
  '[object ArrayBuffer]': Kind.Buffer,
  '[object SharedArrayBuffer]': Kind.Buffer,
  '[object Number]': Kind.Boxed,
  '[object String]': Kind.Boxed,
  '[object Boolean]': Kind.Boxed,
  '[object BigInt]': Kind.Boxed,
  '[object Symbol]': Kind.Boxed,
};

/**
 * The first kind, in Node's order, that `value` is. Most brand checks throw on a miss, so
 * the kind the tag suggests is tried first: internal slots exclude each other, so when it
 * matches, only the error check (an `instanceof`, cheap) can come before it.
 */
function kindOf(value: object, tag: string): Kind {
  const hint = Object.prototype.hasOwnProperty.call(TAG_KINDS, tag) ? TAG_KINDS[tag]! : undefined;
  if (hint !== undefined && isKind(value, hint)) {
    if (hint === Kind.Date || hint === Kind.RegExp || !isError(value)) return hint;
    return Kind.Error;
  }
  if (isView(value)) {
    // Views are not Dates or RegExps (internal slots exclude each other).
    return isError(value) ? Kind.Error : Kind.View;
  }
  for (let kind = Kind.Date; kind < Kind.Other; kind++) if (isKind(value, kind)) return kind;
  return Kind.Other;
}

// ---------------------------------------------------------------------------------------
// Contents of special objects
// ---------------------------------------------------------------------------------------

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
  return true;
}

/** Loose float arrays: element by element with `===` (so `NaN` differs, `-0` equals `0`). */
function sameFloats(left: ArrayBufferView, right: ArrayBufferView): boolean {
  if (left.byteLength !== right.byteLength) return false;
  const a = left as unknown as ArrayLike<number>;
  const b = right as unknown as ArrayLike<number>;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxed(left: object, right: object): boolean {
  const a = unbox(left);
  const b = unbox(right);
  if (a === undefined || b === undefined || a[0] !== b[0]) return false;
  return a[0] === 'symbol' ? a[1] === b[1] : Object.is(a[1], b[1]);
}

/** The own enumerable keys of an array or typed array that are not indices (strict: with symbols). */
function nonIndexKeys(value: object, strict: boolean): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(value).filter((key) => !/^(0|[1-9]\d*)$/.test(key) || Number(key) >= 2 ** 32 - 1);
  if (strict) for (const symbol of Object.getOwnPropertySymbols(value)) if (isEnumerable(value, symbol)) keys.push(symbol);
  return keys;
}

// ---------------------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------------------

function compare(left: unknown, right: unknown, strict: boolean, memos: Memos | undefined): boolean {
  if (left === right) return left !== 0 || !strict || Object.is(left, right);
  if (strict) {
    if (typeof left !== 'object') return typeof left === 'number' && Number.isNaN(left) && Number.isNaN(right);
    if (typeof right !== 'object' || left === null || right === null) return false;
    if (Object.getPrototypeOf(left) !== Object.getPrototypeOf(right)) return false;
  } else {
    const leftIsObject = left !== null && typeof left === 'object';
    const rightIsObject = right !== null && typeof right === 'object';
    if (!leftIsObject) {
      // eslint-disable-next-line eqeqeq
      if (!rightIsObject) return left == right || (Number.isNaN(left) && Number.isNaN(right));
      return false;
    }
    if (!rightIsObject) return false;
  }
  const a = left as object;
  const b = right as object;
  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeys(a, b, strict, memos, Walk.List, keys);
  }
  if (tag === '[object Object]') return compareKeys(a, b, strict, memos, Walk.Plain);
  const kind = kindOf(a, tag);
  if (kind === Kind.Other) {
    if (Array.isArray(b) || kindOf(b, tag) !== Kind.Other) return false;
    return compareKeys(a, b, strict, memos, Walk.Plain);
  }
  if (!isKind(b, kind)) return false;
  switch (kind) {
    case Kind.Date:
      if (Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
      break;
    case Kind.RegExp: {
      const source = getter(RegExp.prototype, 'source');
      const flags = getter(RegExp.prototype, 'flags');
      if (source.call(a) !== source.call(b) || flags.call(a) !== flags.call(b)) return false;
      break;
    }
    case Kind.Error:
      if ((a as Error).message !== (b as Error).message || (a as Error).name !== (b as Error).name) return false;
      break;
    case Kind.View: {
      const left = a as ArrayBufferView;
      const right = b as ArrayBufferView;
      if (!strict && isFloatArray(left)) {
        if (!sameFloats(left, right)) return false;
      } else if (!sameBytes(bytesOf(left), bytesOf(right))) {
        return false;
      }
      const keys = nonIndexKeys(a, strict);
      if (keys.length !== nonIndexKeys(b, strict).length) return false;
      return compareKeys(a, b, strict, memos, Walk.Plain, keys);
    }
    case Kind.Set:
      if ((a as Set<unknown>).size !== (b as Set<unknown>).size) return false;
      return compareKeys(a, b, strict, memos, Walk.SetEntries);
    case Kind.Map:
      if ((a as Map<unknown, unknown>).size !== (b as Map<unknown, unknown>).size) return false;
      return compareKeys(a, b, strict, memos, Walk.MapEntries);
    case Kind.Buffer:
      if (!sameBytes(new Uint8Array(a as ArrayBuffer), new Uint8Array(b as ArrayBuffer))) return false;
      break;
    default:
      if (!sameBoxed(a, b)) return false;
  }
  return compareKeys(a, b, strict, memos, Walk.Plain);
}

/**
 * Compares the keys, then the entries: `keys` are given for arrays and typed arrays (their
 * non-index keys); otherwise the own enumerable string keys, plus in strict mode the
 * enumerable symbols.
 */
function compareKeys(
  a: object,
  b: object,
  strict: boolean,
  memos: Memos | undefined,
  walk: Walk,
  givenKeys?: PropertyKey[],
): boolean {
  let keys: PropertyKey[];
  if (givenKeys === undefined) {
    keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
  } else {
    keys = givenKeys;
  }
  for (const key of keys) if (!hasOwn(b, key)) return false;

  if (strict && givenKeys === undefined && !sameSymbolKeys(a, b, keys)) return false;

  if (keys.length === 0) {
    if (walk === Walk.Plain) return true;
    if (walk === Walk.List && (a as unknown[]).length === 0) return true;
    if (walk !== Walk.List && (a as Set<unknown>).size === 0) return true;
  }

  // A pair already on the path is a cycle: equal when both sides closed it at one depth.
  if (memos === undefined) {
    memos = { left: new Map(), right: new Map(), depth: 0 };
  } else {
    const leftDepth = memos.left.get(a);
    if (leftDepth !== undefined) {
      const rightDepth = memos.right.get(b);
      if (rightDepth !== undefined) return leftDepth === rightDepth;
    }
    memos.depth++;
  }
  memos.left.set(a, memos.depth);
  memos.right.set(b, memos.depth);
  const equal = compareEntries(a, b, strict, keys, memos, walk);
  memos.left.delete(a);
  memos.right.delete(b);
  return equal;
}

/**
 * Strict mode's symbol keys: each enumerable symbol of `a` must be an enumerable key of
 * `b`, and `b` must have as many enumerable symbols. Adds `a`'s to `keys`.
 */
function sameSymbolKeys(a: object, b: object, keys: PropertyKey[]): boolean {
  const leftSymbols = Object.getOwnPropertySymbols(a);
  const rightSymbols = Object.getOwnPropertySymbols(b);
  const enumerableCount = (owner: object, symbols: symbol[]): number =>
    symbols.filter((symbol) => isEnumerable(owner, symbol)).length;
  if (leftSymbols.length === 0) return rightSymbols.length === 0 || enumerableCount(b, rightSymbols) === 0;
  let count = 0;
  for (const symbol of leftSymbols) {
    if (isEnumerable(a, symbol)) {
      if (!isEnumerable(b, symbol)) return false;
      keys.push(symbol);
      count++;
    } else if (isEnumerable(b, symbol)) {
      return false;
    }
  }
  // As Node 16 does, the enumerable symbols of `b` are only counted when the two objects
  // have different numbers of symbols.
  return leftSymbols.length === rightSymbols.length || enumerableCount(b, rightSymbols) === count;
}

function compareEntries(a: object, b: object, strict: boolean, keys: PropertyKey[], memos: Memos, walk: Walk): boolean {
  if (walk === Walk.SetEntries) {
    if (!sameSetEntries(a as Set<unknown>, b as Set<unknown>, strict, memos)) return false;
  } else if (walk === Walk.MapEntries) {
    if (!sameMapEntries(a as Map<unknown, unknown>, b as Map<unknown, unknown>, strict, memos)) return false;
  } else if (walk === Walk.List) {
    const left = a as unknown[];
    const right = b as unknown[];
    for (let i = 0; i < left.length; i++) {
      if (hasOwn(left, i)) {
        if (!hasOwn(right, i) || !compare(left[i], right[i], strict, memos)) return false;
      } else if (hasOwn(right, i)) {
        return false;
      } else {
        // From the first hole on, the two arrays' own keys must match one for one.
        const leftKeys = Object.keys(left);
        for (let k = i; k < leftKeys.length; k++) {
          const key = leftKeys[k]!;
          if (!hasOwn(right, key) || !compare((left as unknown as AnyObject)[key], (right as unknown as AnyObject)[key], strict, memos)) {
            return false;
          }
        }
        return leftKeys.length === Object.keys(right).length;
      }
    }
  }
  for (const key of keys) {
    if (!compare((a as AnyObject)[key], (b as AnyObject)[key], strict, memos)) return false;
  }
  return true;
}

/**
 * For a primitive of one side missing from the other, in loose mode: `false` when no loose
 * match can exist, `true` when one might (numbers, numeric strings, booleans, bigints),
 * and for `null`/`undefined` the other of the two, which the caller looks up.
 */
function looseAlternative(value: unknown): boolean | null | undefined {
  switch (typeof value) {
    case 'undefined':
      return null;
    case 'object':
      return undefined; // null
    case 'symbol':
      return false;
    case 'string':
      return !Number.isNaN(+value);
    case 'number':
      return !Number.isNaN(value);
    default:
      return true;
  }
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function takeMatch(candidates: Set<unknown>, value: unknown, strict: boolean, memos: Memos): boolean {
  for (const candidate of candidates) {
    if (compare(value, candidate, strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function sameSetEntries(a: Set<unknown>, b: Set<unknown>, strict: boolean, memos: Memos): boolean {
  let pending: Set<unknown> | null = null;
  for (const value of a) {
    if (isObject(value)) {
      (pending ??= new Set()).add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      const alternative = looseAlternative(value);
      if (alternative === false) return false;
      if (alternative !== true && !(b.has(alternative) && !a.has(alternative))) return false;
      (pending ??= new Set()).add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (isObject(value)) {
      if (!takeMatch(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeMatch(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeEntryMatch(
  candidates: Set<unknown>,
  owner: Map<unknown, unknown>,
  key: unknown,
  value: unknown,
  strict: boolean,
  memos: Memos,
): boolean {
  for (const candidate of candidates) {
    if (compare(key, candidate, strict, memos) && compare(value, owner.get(candidate), strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function sameMapEntries(a: Map<unknown, unknown>, b: Map<unknown, unknown>, strict: boolean, memos: Memos): boolean {
  let pending: Set<unknown> | null = null;
  for (const [key, value] of a) {
    if (isObject(key)) {
      (pending ??= new Set()).add(key);
      continue;
    }
    const other = b.get(key);
    if ((other === undefined && !b.has(key)) || !compare(value, other, strict, memos)) {
      if (strict) return false;
      const alternative = looseAlternative(key);
      if (alternative === false) return false;
      if (alternative !== true) {
        const found = b.get(alternative);
        if ((found === undefined && !b.has(alternative)) || !compare(value, found, false, memos)) return false;
        if (a.has(alternative) || !compare(value, found, false, memos)) return false;
      }
      (pending ??= new Set()).add(key);
    }
  }
  if (pending === null) return true;
  for (const [key, value] of b) {
    if (isObject(key)) {
      if (!takeEntryMatch(pending, a, key, value, strict, memos)) return false;
    } else if (
      !strict &&
      (!a.has(key) || !compare(a.get(key), value, false, memos)) &&
      !takeEntryMatch(pending, a, key, value, false, memos)
    ) {
      return false;
    }
  }
  return pending.size === 0;
}

/**
 * Node 16's loose deep equality (`assert.deepEqual`): primitives compared with `==`,
 * prototypes ignored, symbol keys ignored.
 * @param a one value.
 * @param b the other value.
 * @returns whether `assert.deepEqual(a, b)` passes in Node 16.
 */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  return compare(a, b, false, undefined);
}

/**
 * Node 16's strict deep equality (`assert.deepStrictEqual`, `util.isDeepStrictEqual`):
 * `Object.is` for primitives, equal prototypes, enumerable symbol keys compared.
 * @param a one value.
 * @param b the other value.
 * @returns whether `util.isDeepStrictEqual(a, b)` is true in Node 16.
 */
export function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  return compare(a, b, true, undefined);
}
