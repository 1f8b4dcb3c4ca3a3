/**
 * polynode's one value formatter: what Node 16.13.1's `util.inspect(value, options)`
 * prints, with every option Node 16.13.1 has (depth, colors through a `stylize` function,
 * customInspect, showHidden, maxArrayLength, maxStringLength, breakLength, compact as a
 * number or boolean, sorted, getters). `util.inspect` (src/util/inspect.ts) builds its
 * context and colours on top of this file; error messages use it with the default options
 * through `inspectReceived` and `formatAsString`, so both always print the same.
 *
 * Written from Node's documentation and from the behaviour of Node 16 observed through
 * `scripts/node16.sh` (see `scripts/golden/errors.mjs`, `scripts/golden/util.mjs` and the
 * golden tests). Primitives' quoting, keys, names, function heads and tags come from
 * `inspect-primitive.ts`, the small part that `ERR_INVALID_ARG_TYPE` uses on its own.
 *
 * Where a browser cannot see what Node sees, the output degrades (each place says so):
 * a Promise's state (always `<pending>`), Map/Set iterator contents, WeakMap/WeakSet
 * entries under `showHidden`, Proxy targets (`showProxy` cannot detect a Proxy, so proxies
 * print as their target would), V8's internal class names, and the terminal width of rare
 * scripts in column grouping.
 *
 * @packageDocumentation
 */

import { succeeds } from './brand.js';
import {
  constructorOnChain,
  escapeText,
  functionBase,
  getterOf,
  hasOwn,
  internalName,
  prefix,
  quoteLines,
  quoteString,
  typedArrayName,
} from './inspect-primitive.js';

export { addNumericalSeparator } from './inspect-primitive.js';

/** The options of Node 16.13.1's `util.inspect` (what `util.inspect.defaultOptions` holds). */
export interface InspectOptions {
  showHidden?: boolean;
  depth?: number | null;
  colors?: boolean;
  customInspect?: boolean;
  showProxy?: boolean;
  maxArrayLength?: number | null;
  maxStringLength?: number | null;
  breakLength?: number;
  compact?: boolean | number;
  sorted?: boolean | ((a: string, b: string) => number);
  getters?: boolean | 'get' | 'set';
  [key: string]: unknown;
}

/**
 * Node 16.13.1's `util.inspect.defaultOptions`. `util.inspect.defaultOptions = …` assigns
 * into this object, and error messages read it too, as in Node.
 */
export const inspectDefaultOptions = {
  showHidden: false,
  depth: 2 as number | null,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100 as number | null,
  maxStringLength: 10000 as number | null,
  breakLength: 80,
  compact: 3 as boolean | number,
  sorted: false as boolean | ((a: string, b: string) => number),
  getters: false as boolean | 'get' | 'set',
};

type Stylize = (text: string, style: string) => string;

/** The state of one formatting run (Node's `ctx`). */
export interface Context {
  budget: Record<number, number>;
  indentationLvl: number;
  seen: object[];
  currentDepth: number;
  stylize: Stylize;
  showHidden: boolean;
  depth: number | null;
  colors: boolean;
  customInspect: boolean;
  showProxy: boolean;
  maxArrayLength: number;
  maxStringLength: number;
  breakLength: number;
  compact: boolean | number;
  sorted: boolean | ((a: string, b: string) => number);
  getters: boolean | 'get' | 'set';
  /** The caller's options object when it holds keys Node does not know (handed to custom inspect methods). */
  userOptions?: Record<string, unknown>;
  circular?: Map<object, number>;
  /** What custom inspect methods receive as their third argument, and may themselves be. */
  inspect?: unknown;
}

/** Leaves text unstyled. */
export const stylizeNoColor: Stylize = (text) => text;

/**
 * The `inspect` custom inspect methods receive when the run was not started by
 * `util.inspect` (error messages): the same engine, without colours.
 */
function plainInspect(value: unknown, options?: Record<string, unknown>): string {
  const ctx = newContext(options);
  ctx.colors = false;
  ctx.stylize = stylizeNoColor;
  return formatWithContext(ctx, value);
}

/**
 * A fresh context with the current default options, then `options` (known keys only, as
 * Node does; `stylize` too), for `util.inspect(value, options)`.
 */
export function newContext(options?: Record<string, unknown>): Context {
  const defaults = inspectDefaultOptions;
  const ctx: Context = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: defaults.showHidden,
    depth: defaults.depth,
    colors: defaults.colors,
    customInspect: defaults.customInspect,
    showProxy: defaults.showProxy,
    maxArrayLength: defaults.maxArrayLength as number,
    maxStringLength: defaults.maxStringLength as number,
    breakLength: defaults.breakLength,
    compact: defaults.compact,
    sorted: defaults.sorted,
    getters: defaults.getters,
    inspect: plainInspect,
  };
  if (options) {
    for (const key of Object.keys(options)) {
      if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
        (ctx as unknown as Record<string, unknown>)[key] = options[key];
      } else if (ctx.userOptions === undefined) {
        ctx.userOptions = options;
      }
    }
  }
  return ctx;
}

/** Formats `value` with a prepared context (`maxArrayLength: null` and friends resolved here). */
export function formatWithContext(ctx: Context, value: unknown): string {
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0, false);
}

/**
 * Formats `value` like Node 16's `util.inspect(value, { depth })` (the other options at
 * their defaults): what error messages show of a value.
 * @param depth how many levels of nesting are shown (Node's default is 2; `Infinity` for all).
 */
export function inspectReceived(value: unknown, depth: number | null = inspectDefaultOptions.depth): string {
  const ctx = newContext();
  ctx.depth = depth;
  ctx.colors = false;
  ctx.stylize = stylizeNoColor;
  return formatWithContext(ctx, value);
}

const exceeds = (ctx: Context, level: number): boolean => ctx.depth !== null && level > (ctx.depth as number);

// ---------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------

function formatNumberStyled(stylize: Stylize, value: number): string {
  return stylize(Object.is(value, -0) ? '-0' : `${value}`, 'number');
}

/** A primitive as `util.inspect` prints it within `ctx`. */
export function formatPrimitiveIn(ctx: Context, value: unknown, stylize: Stylize = ctx.stylize): string {
  switch (typeof value) {
    case 'string':
      return quoteLines(value, ctx.indentationLvl, ctx.maxStringLength, ctx.breakLength, ctx.compact === true, (piece) =>
        stylize(quoteString(piece), 'string'),
      );
    case 'number':
      return formatNumberStyled(stylize, value);
    case 'bigint':
      return stylize(`${value}n`, 'bigint');
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------------------
// Recognising objects (brand checks that work across realms, without Node's internals)
// ---------------------------------------------------------------------------------------

const isMap = (value: object): value is Map<unknown, unknown> =>
  succeeds(() => getterOf(Map.prototype, 'size')!.call(value));
const isSet = (value: object): value is Set<unknown> => succeeds(() => getterOf(Set.prototype, 'size')!.call(value));
/**
 * `Object.prototype.toString`'s answer when it comes from the object's internal slots
 * (`[object Date]`, `[object RegExp]`, `[object Object]` …), or undefined when a string
 * `Symbol.toStringTag` on the object decides it (or reading one throws). A defined answer
 * tells a Date or RegExp exactly, without a throwing check. Read once per object by formatRaw.
 *
 * `[object Object]` (a class instance, a null-prototype dictionary) also stands for "no
 * ArrayBuffer, WeakMap, WeakSet or boxed primitive": that is true unless one had its prototype
 * replaced by one without a tag (`Object.setPrototypeOf(new WeakMap(), null)`), and for speed
 * (each look is a throwing check) such an object prints as a plain one. Every other value
 * keeps the exact checks.
 */
function builtinTag(value: object): string | undefined {
  try {
    if (typeof (value as Record<symbol, unknown>)[Symbol.toStringTag] === 'string') return undefined;
  } catch {
    return undefined;
  }
  return classOf(value);
}
const isDate = (value: object, shown: string | undefined): value is Date =>
  shown !== undefined ? shown === '[object Date]' : succeeds(() => Date.prototype.getTime.call(value));
const isRegExp = (value: object, shown: string | undefined): value is RegExp =>
  value !== RegExp.prototype &&
  (shown !== undefined ? shown === '[object RegExp]' : succeeds(() => getterOf(RegExp.prototype, 'source')!.call(value)));
const isArrayBuffer = (value: object): value is ArrayBuffer =>
  succeeds(() => getterOf(ArrayBuffer.prototype, 'byteLength')!.call(value));
const isSharedArrayBuffer = (value: object): boolean =>
  typeof SharedArrayBuffer === 'function' &&
  succeeds(() => getterOf(SharedArrayBuffer.prototype, 'byteLength')!.call(value));
const isWeakMap = (value: object): boolean => succeeds(() => WeakMap.prototype.has.call(value, {}));
const isWeakSet = (value: object): boolean => succeeds(() => WeakSet.prototype.has.call(value, {}));
const classOf = (value: unknown): string => Object.prototype.toString.call(value);
const isError = (value: object): value is Error => value instanceof Error || classOf(value) === '[object Error]';
// A browser cannot tell a Promise by brand without calling `then` (which would mark a
// rejected promise as handled): the instanceof test and the tag stand in for Node's check.
const isPromise = (value: object): boolean => value instanceof Promise || classOf(value) === '[object Promise]';
const isArguments = (value: object): boolean => classOf(value) === '[object Arguments]';

type Boxed = { type: 'Number' | 'String' | 'Boolean' | 'BigInt' | 'Symbol'; primitive: unknown };

function boxedPrimitive(value: object): Boxed | undefined {
  const tries: [Boxed['type'], ((this: unknown) => unknown) | undefined][] = [
    ['Number', Number.prototype.valueOf],
    ['String', String.prototype.valueOf],
    ['Boolean', Boolean.prototype.valueOf],
    ['BigInt', typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined],
    ['Symbol', Symbol.prototype.valueOf],
  ];
  let primitive: unknown;
  for (const [type, valueOf] of tries) {
    if (valueOf !== undefined && succeeds(() => (primitive = valueOf.call(value)))) return { type, primitive };
  }
  return undefined;
}

/** ECMAScript's global classes: where Node stops looking for prototype properties, and whose toString `%s` ignores. */
const BUILT_IN_CLASSES =
  ' Object Function Array Number Boolean String Symbol BigInt Date Promise RegExp Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError ArrayBuffer SharedArrayBuffer DataView Map Set WeakMap WeakSet WeakRef FinalizationRegistry Proxy Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float32Array Float64Array BigInt64Array BigUint64Array ';
const isBuiltInName = (name: unknown): boolean => typeof name === 'string' && name !== '' && BUILT_IN_CLASSES.includes(` ${name} `);

// ---------------------------------------------------------------------------------------
// The entry for any value
// ---------------------------------------------------------------------------------------

const kInspectCustom = /*#__PURE__*/ Symbol.for('nodejs.util.inspect.custom');

function formatValue(ctx: Context, value: unknown, level: number, typedArray: boolean): string {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitiveIn(ctx, value);
  if (value === null) return ctx.stylize('null', 'null');
  // Node can detect a Proxy (showProxy, or to format the target without traps). A browser
  // cannot: a Proxy is formatted through its traps like any object.
  if (ctx.customInspect) {
    const method = (value as Record<symbol, unknown>)[kInspectCustom];
    if (typeof method === 'function' && method !== ctx.inspect && !isOwnPrototype(value)) {
      const depth = ctx.depth === null ? null : ctx.depth - level;
      const result: unknown = method.call(value, depth, userOptions(ctx), ctx.inspect);
      if (result !== value) {
        if (typeof result !== 'string') return formatValue(ctx, result, level, false);
        return result.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map([[value, index]]);
    } else {
      const known = ctx.circular.get(value);
      if (known === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      } else {
        index = known;
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, level, typedArray);
}

function isOwnPrototype(value: object): boolean {
  const ctor = (value as { constructor?: { prototype?: unknown } }).constructor;
  return !!ctor && ctor.prototype === value;
}

/** The options a custom inspect method receives: stylize, then Node's options, then unknown ones given by the caller. */
function userOptions(ctx: Context): Record<string, unknown> {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    ...ctx.userOptions,
  };
}

// ---------------------------------------------------------------------------------------
// Names, tags and keys
// ---------------------------------------------------------------------------------------

/**
 * The name of the nearest constructor on the prototype chain that `value` is an instance
 * of; `null` for a null-prototype object. With showHidden, collects into `protoProps` the
 * accessors and data properties that user-defined prototypes add (Node lists them too).
 */
function constructorName(ctx: Context, value: object, level: number, protoProps: string[] | undefined): string | null {
  let firstProto: object | null | undefined;
  for (let current: object | null = value; current !== null; ) {
    const ctor: unknown = Object.getOwnPropertyDescriptor(current, 'constructor')?.value;
    if (typeof ctor === 'function' && ctor.name !== '' && isInstance(value, ctor)) {
      if (protoProps !== undefined && (firstProto !== current || !isBuiltInName(ctor.name))) {
        addPrototypeProperties(ctx, value, firstProto || value, level, protoProps);
      }
      return String(ctor.name);
    }
    current = Object.getPrototypeOf(current) as object | null;
    if (firstProto === undefined) firstProto = current;
  }
  if (firstProto === null) return null;
  // No constructor anywhere on the chain. Node names V8's internal class here; a browser
  // cannot read it, and for objects made by Object.create() it is 'Object' anyway.
  const internal = internalName(value);
  if (exceeds(ctx, level)) return `${internal} <Complex prototype>`;
  const protoName = constructorName(ctx, firstProto as object, level + 1, protoProps);
  if (protoName === null) {
    const inner = newContext();
    inner.depth = -1;
    inner.customInspect = false;
    return `${internal} <${formatWithContext(inner, firstProto)}>`;
  }
  return `${internal} <${protoName}>`;
}

function isInstance(value: object, ctor: Function): boolean {
  try {
    return value instanceof ctor;
  } catch {
    return false;
  }
}

function addPrototypeProperties(ctx: Context, main: object, start: object, level: number, output: string[]): void {
  let proto: object | null = start;
  let seenKeys: Set<PropertyKey> | undefined;
  let keys: PropertyKey[] = [];
  for (let step = 0; step < 3; step++) {
    if (step !== 0 || main === proto) {
      proto = Object.getPrototypeOf(proto) as object | null;
      if (proto === null) return;
      const ctor: unknown = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
      if (typeof ctor === 'function' && isBuiltInName(ctor.name)) return;
    }
    if (step === 0) seenKeys = new Set();
    else for (const key of keys) seenKeys!.add(key);
    keys = Reflect.ownKeys(proto!);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (step !== 0 && seenKeys!.has(key))) continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto!, key)!;
      if (typeof descriptor.value === 'function') continue;
      const text = formatProperty(ctx, proto!, level, key, false, descriptor, main);
      output.push(ctx.colors ? `\u001b[2m${text}\u001b[22m` : text);
    }
    ctx.seen.pop();
  }
}

/** The `Symbol.toStringTag` shown beside the constructor name ('' for none). */
function tagOf(ctx: Context, value: object): string {
  const tag: unknown = (value as Record<symbol, unknown>)[Symbol.toStringTag];
  if (typeof tag !== 'string') return '';
  if (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag)) return '';
  return tag;
}

const isEnumerable = (value: object, key: PropertyKey): boolean => Object.prototype.propertyIsEnumerable.call(value, key);

function isIndexKey(key: string): boolean {
  if (!/^(0|[1-9]\d*)$/.test(key)) return false;
  return Number(key) < 2 ** 32 - 1;
}

/** The own keys `util.inspect` lists: enumerable (or, with showHidden, all) strings, then symbols. */
function keysOf(value: object, showHidden: boolean): PropertyKey[] {
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) return [...Object.getOwnPropertyNames(value), ...symbols];
  return [...Object.keys(value), ...symbols.filter((key) => isEnumerable(value, key))];
}

/** The keys of an array or typed array that are not indices. */
function nonIndexKeys(value: object, showHidden: boolean): PropertyKey[] {
  return Reflect.ownKeys(value).filter(
    (key) => (typeof key === 'symbol' || !isIndexKey(key)) && (showHidden || isEnumerable(value, key)),
  );
}

const keyPattern = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(
  ctx: Context,
  owner: object,
  level: number,
  key: PropertyKey,
  element: boolean,
  descriptor?: PropertyDescriptor,
  original: object = owner,
): string {
  descriptor ??= Object.getOwnPropertyDescriptor(owner, key) ?? {
    value: (owner as Record<PropertyKey, unknown>)[key],
    enumerable: true,
  };
  let text: string;
  let gap = ' ';
  const stylize = ctx.stylize;
  if (descriptor.value !== undefined) {
    const diff = ctx.compact !== true || element ? 2 : 3;
    ctx.indentationLvl += diff;
    text = formatValue(ctx, descriptor.value, level, false);
    if (diff === 3 && ctx.breakLength < visibleWidth(text, ctx.colors)) gap = `\n${' '.repeat(ctx.indentationLvl)}`;
    ctx.indentationLvl -= diff;
  } else if (descriptor.get !== undefined) {
    const label = descriptor.set !== undefined ? 'Getter/Setter' : 'Getter';
    const getters = ctx.getters;
    if (
      getters &&
      (getters === true ||
        (getters === 'get' && descriptor.set === undefined) ||
        (getters === 'set' && descriptor.set !== undefined))
    ) {
      try {
        const got: unknown = descriptor.get.call(original);
        ctx.indentationLvl += 2;
        if (got === null) text = `${stylize(`[${label}:`, 'special')} ${stylize('null', 'null')}${stylize(']', 'special')}`;
        else if (typeof got === 'object') text = `${stylize(`[${label}]`, 'special')} ${formatValue(ctx, got, level, false)}`;
        else text = `${stylize(`[${label}:`, 'special')} ${formatPrimitiveIn(ctx, got)}${stylize(']', 'special')}`;
        ctx.indentationLvl -= 2;
      } catch (error) {
        const message = `<Inspection threw (${(error as Error)?.message})>`;
        text = `${stylize(`[${label}:`, 'special')} ${message}${stylize(']', 'special')}`;
      }
    } else {
      text = stylize(`[${label}]`, 'special');
    }
  } else if (descriptor.set !== undefined) {
    text = stylize('[Setter]', 'special');
  } else {
    text = stylize('undefined', 'undefined');
  }
  if (element) return text;
  let name: string;
  if (typeof key === 'symbol') name = `[${stylize(escapeText(key.toString(), true), 'symbol')}]`;
  else if (key === '__proto__') name = "['__proto__']";
  else if (descriptor.enumerable === false) name = `[${escapeText(String(key), true)}]`;
  else if (keyPattern.test(String(key))) name = stylize(String(key), 'name');
  else name = stylize(quoteString(String(key)), 'string');
  return `${name}:${gap}${text}`;
}

// ---------------------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------------------

type Braces = [string, string];
type EntryFormatter = (ctx: Context, value: never, level: number) => string[];

const moreItems = (count: number): string => `... ${count} more item${count > 1 ? 's' : ''}`;

function formatRaw(ctx: Context, value: object, level: number, typedArray: boolean): string {
  let protoProps: string[] | undefined = ctx.showHidden && !exceeds(ctx, level) ? [] : undefined;
  const ctor = constructorName(ctx, value, level, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const tag = tagOf(ctx, value);
  const noProps = (keys: PropertyKey[]): boolean => keys.length === 0 && protoProps === undefined;
  let keys: PropertyKey[];
  let base = '';
  let braces: Braces = ['{', '}'];
  let entries: EntryFormatter = () => [];
  let listLike = false;
  /** The kind named for a null-prototype object cut off by the depth limit. */
  let fallback = 'Object';

  const iterable = (value as { [Symbol.iterator]?: unknown })[Symbol.iterator];
  let typedName: string | undefined;
  if ((iterable || ctor === null) && Array.isArray(value)) {
    const head = ctor !== 'Array' || tag !== '' ? prefix(ctor, tag, 'Array', `(${value.length})`) : '';
    keys = nonIndexKeys(value, ctx.showHidden);
    braces = [`${head}[`, ']'];
    if (value.length === 0 && noProps(keys)) return `${braces[0]}]`;
    listLike = true;
    entries = arrayEntries;
    fallback = 'Array';
  } else if ((iterable || ctor === null) && isSet(value)) {
    const size = getterOf(Set.prototype, 'size')!.call(value) as number;
    const head = prefix(ctor, tag, 'Set', `(${size})`);
    keys = keysOf(value, ctx.showHidden);
    if (size === 0 && noProps(keys)) return `${head}{}`;
    braces = [`${head}{`, '}'];
    entries = setEntries;
    fallback = 'Set';
  } else if ((iterable || ctor === null) && isMap(value)) {
    const size = getterOf(Map.prototype, 'size')!.call(value) as number;
    const head = prefix(ctor, tag, 'Map', `(${size})`);
    keys = keysOf(value, ctx.showHidden);
    if (size === 0 && noProps(keys)) return `${head}{}`;
    braces = [`${head}{`, '}'];
    entries = mapEntries;
    fallback = 'Map';
  } else if ((iterable || ctor === null) && (typedName = typedArrayName(value)) !== undefined) {
    const length = typedArrayLength(value);
    keys = nonIndexKeys(value, ctx.showHidden);
    braces = [`${prefix(ctor, tag, typedName, `(${length})`)}[`, ']'];
    if (length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
    listLike = true;
    entries = typedArrayEntries;
    fallback = typedName;
  } else {
    // Map and Set iterators land here too: Node previews their remaining entries, which a
    // browser cannot do without consuming them, so they print as `Object [Map Iterator] {}`.
    keys = keysOf(value, ctx.showHidden);
    let boxed: Boxed | undefined;
    /** The built-in tag, once the object is no plain Object or function (see builtinTag). */
    let shown: string | undefined;
    /** Whether the remaining brand checks can be skipped (see builtinTag). */
    let plain = false;
    if (ctor === 'Object') {
      if (isArguments(value)) braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${prefix(ctor, tag, 'Object')}{`;
      if (noProps(keys)) return `${braces[0]}}`;
    } else if (typeof value === 'function') {
      base = functionBase(value, ctor, tag);
      if (noProps(keys)) return ctx.stylize(base, 'special');
      fallback = 'Function';
      // Past plain objects and functions: read the built-in tag once for the checks below.
    } else if (((shown = builtinTag(value)), (plain = shown === '[object Object]'), isRegExp(value, shown))) {
      base = RegExp.prototype.toString.call(value);
      const head = prefix(ctor, tag, 'RegExp');
      if (head !== 'RegExp ') base = `${head}${base}`;
      if (noProps(keys) || exceeds(ctx, level)) return ctx.stylize(base, 'regexp');
      fallback = 'RegExp';
    } else if (isDate(value, shown)) {
      base = Number.isNaN(Date.prototype.getTime.call(value)) ? 'Invalid Date' : Date.prototype.toISOString.call(value);
      const head = prefix(ctor, tag, 'Date');
      if (head !== 'Date ') base = `${head}${base}`;
      if (noProps(keys)) return ctx.stylize(base, 'date');
      fallback = 'Date';
    } else if (isError(value)) {
      base = errorBase(ctx, value, ctor, tag, keys);
      if (noProps(keys)) return base;
      fallback = 'Error';
    } else if (!plain && (isArrayBuffer(value) || isSharedArrayBuffer(value))) {
      fallback = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const head = prefix(ctor, tag, fallback);
      if (!typedArray) entries = arrayBufferEntries;
      else if (noProps(keys)) {
        return `${head}{ byteLength: ${formatNumberStyled(ctx.stylize, (value as ArrayBuffer).byteLength)} }`;
      }
      braces[0] = `${head}{`;
      keys.unshift('byteLength');
    } else if (ArrayBuffer.isView(value)) {
      fallback = 'DataView';
      braces[0] = `${prefix(ctor, tag, fallback)}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      fallback = 'Promise';
      braces[0] = `${prefix(ctor, tag, fallback)}{`;
      // Node reads the promise's state; a browser cannot do that synchronously, so every
      // promise shows as pending (exact for pending ones).
      entries = (context) => [context.stylize('<pending>', 'special')];
    } else if (!plain && (isWeakSet(value) || isWeakMap(value))) {
      fallback = isWeakSet(value) ? 'WeakSet' : 'WeakMap';
      braces[0] = `${prefix(ctor, tag, fallback)}{`;
      // Node lists the entries under showHidden; a browser cannot enumerate them.
      entries = (context) => [context.stylize('<items unknown>', 'special')];
    } else if (ctor === null && tag === 'Module') {
      braces[0] = '[Module: null prototype] {';
    } else if (!plain && (boxed = boxedPrimitive(value)) !== undefined) {
      base = boxedBase(ctx, boxed, value, ctor, tag, keys);
      if (noProps(keys)) return base;
      fallback = boxed.type;
    } else {
      if (noProps(keys)) return `${prefix(ctor, tag, 'Object')}{}`;
      braces[0] = `${prefix(ctor, tag, 'Object')}{`;
    }
  }

  if (exceeds(ctx, level)) {
    const name = prefix(ctor, tag, fallback).slice(0, -1);
    return ctx.stylize(ctor !== null ? `[${name}]` : name, 'special');
  }

  level += 1;
  ctx.seen.push(value);
  ctx.currentDepth = level;
  let output = (entries as (ctx: Context, value: object, level: number) => string[])(ctx, value, level);
  for (const key of keys) output.push(formatProperty(ctx, value, level, key, false));
  if (protoProps !== undefined) output.push(...protoProps);

  const ref = ctx.circular?.get(value);
  if (ref !== undefined) {
    const reference = ctx.stylize(`<ref *${ref}>`, 'special');
    if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
    else braces[0] = `${reference} ${braces[0]}`;
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (!listLike) {
      output = output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const result = joinEntries(ctx, output, base, braces, listLike, level, value);
  const budget = (ctx.budget[ctx.indentationLvl] ?? 0) + result.length;
  ctx.budget[ctx.indentationLvl] = budget;
  // Node stops descending once a run has produced about 128 MB of text.
  if (budget > 2 ** 27) ctx.depth = -1;
  return result;
}

function arrayEntries(ctx: Context, array: unknown[], level: number): string[] {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), array.length);
  const output: string[] = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(array, i)) return sparseEntries(ctx, array, level, shown, output, i);
    output.push(formatProperty(ctx, array, level, i, true));
  }
  if (array.length > shown) output.push(moreItems(array.length - shown));
  return output;
}

/** From the first hole on: runs of holes print as `<n empty items>`, each one entry. */
function sparseEntries(ctx: Context, array: unknown[], level: number, limit: number, output: string[], from: number): string[] {
  const emptyItems = (count: number): string => ctx.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
  let next = from; // the index the next entry stands for
  for (const key of Object.keys(array).slice(from)) {
    if (output.length >= limit) break;
    const index = Number(key);
    if (!isIndexKey(key) || index > 2 ** 32 - 2) break;
    if (index !== next) {
      output.push(emptyItems(index - next));
      next = index;
      if (output.length === limit) break;
    }
    output.push(formatProperty(ctx, array, level, key, true));
    next++;
  }
  const rest = array.length - next;
  if (output.length !== limit) {
    if (rest > 0) output.push(emptyItems(rest));
  } else if (rest > 0) {
    output.push(moreItems(rest));
  }
  return output;
}

/** A typed array's length through the built-in getter (a null-prototype one has no `length`). */
const typedArrayLength = (value: object): number =>
  getterOf(Object.getPrototypeOf(Uint8Array.prototype) as object, 'length')!.call(value) as number;

const TYPED_ARRAY_HIDDEN = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'] as const;

function typedArrayEntries(ctx: Context, array: Uint8Array, level: number): string[] {
  const length = typedArrayLength(array);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output: string[] = [];
  for (let i = 0; i < shown; i++) {
    const item = array[i] as number | bigint;
    output.push(typeof item === 'bigint' ? ctx.stylize(`${item}n`, 'bigint') : formatNumberStyled(ctx.stylize, item));
  }
  if (length > shown) output.push(moreItems(length - shown));
  if (ctx.showHidden) {
    // A null-prototype typed array has no getters: Node reads them from a copy.
    const source =
      Object.getPrototypeOf(array) === null
        ? new (globalThis as unknown as Record<string, new (from: ArrayLike<unknown>) => Uint8Array>)[typedArrayName(array)!]!(array)
        : array;
    ctx.indentationLvl += 2;
    for (const key of TYPED_ARRAY_HIDDEN) output.push(`[${key}]: ${formatValue(ctx, source[key], level, true)}`);
    ctx.indentationLvl -= 2;
  }
  return output;
}

function setEntries(ctx: Context, set: Set<unknown>, level: number): string[] {
  const output: string[] = [];
  ctx.indentationLvl += 2;
  // Through the built-in iterator: a null-prototype set has no Symbol.iterator of its own.
  for (const item of Set.prototype.values.call(set)) output.push(formatValue(ctx, item, level, false));
  ctx.indentationLvl -= 2;
  return output;
}

function mapEntries(ctx: Context, map: Map<unknown, unknown>, level: number): string[] {
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (const [key, item] of Map.prototype.entries.call(map)) {
    output.push(`${formatValue(ctx, key, level, false)} => ${formatValue(ctx, item, level, false)}`);
  }
  ctx.indentationLvl -= 2;
  return output;
}

function arrayBufferEntries(ctx: Context, buffer: ArrayBuffer, _level: number): string[] {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) hex += `${i === 0 ? '' : ' '}${bytes[i]!.toString(16).padStart(2, '0')}`;
  const rest = bytes.length - ctx.maxArrayLength;
  if (rest > 0) hex += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

// ---------------------------------------------------------------------------------------
// Errors and boxed primitives
// ---------------------------------------------------------------------------------------

const kIsNodeError = /*#__PURE__*/ Symbol.for('polynode.isNodeError');

/**
 * The error's stack in V8's layout ("Name: message\n    at …"). SpiderMonkey and
 * JavaScriptCore list bare frames ("fn@url:1:2") with no header; those are rebuilt in V8's
 * shape so the output keeps Node's layout (the frames still name browser URLs, which no
 * test can match anyway).
 */
function stackOf(error: Error): string {
  const raw: unknown = error.stack;
  if (!raw) return Error.prototype.toString.call(error);
  const stack = String(raw);
  const lines = stack.split('\n').filter((line) => line !== '');
  const framesOnly = lines.length > 0 && lines.every((line) => line.includes('@') && !/^\s/.test(line));
  if (!framesOnly) return stack;
  const header = (error as unknown as Record<symbol, unknown>)[kIsNodeError] === true ? String(error) : Error.prototype.toString.call(error);
  return header + lines.map((line) => `\n    at ${line}`).join('');
}

function errorBase(ctx: Context, error: Error, ctor: string | null, tag: string, keys: PropertyKey[]): string {
  const name = error.name != null ? String(error.name) : 'Error';
  let stack = stackOf(error);
  // Keys whose text the stack already shows are not listed again (unless showHidden).
  if (!ctx.showHidden && keys.length !== 0) {
    for (const key of ['name', 'message', 'stack']) {
      const at = keys.indexOf(key);
      if (at !== -1 && stack.includes(String((error as unknown as Record<string, unknown>)[key]))) keys.splice(at, 1);
    }
  }
  stack = improveStack(stack, ctor, name, tag);
  // Frames are looked for after the message, which may itself hold "\n    at".
  const message = String(error.message);
  let from = (error.message ? stack.indexOf(message) : 0) || -1;
  if (from !== -1) from += message.length;
  // No frames: the error is wrapped in brackets. (With colours Node greys out frames of its
  // own built-in modules, `node:fs:…`; a page's stacks have none.)
  if (stack.indexOf('\n    at', from) === -1) stack = `[${stack}]`;
  if (ctx.indentationLvl !== 0) stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

/** Names the constructor in the stack's first line when it differs from the error's name. */
function improveStack(stack: string, ctor: string | null, name: string, tag: string): string {
  let length = name.length;
  const named =
    name.endsWith('Error') &&
    stack.startsWith(name) &&
    (stack.length === length || stack[length] === ':' || stack[length] === '\n');
  if (ctor !== null && !named) return stack;
  let fallback = 'Error';
  if (ctor === null) {
    const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ?? /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = start?.[1] ?? '';
    length = fallback.length;
    fallback ||= 'Error';
  }
  const head = prefix(ctor, tag, fallback).slice(0, -1);
  if (name === head) return stack;
  if (head.includes(name)) return length === 0 ? `${head}: ${stack}` : `${head}${stack.slice(length)}`;
  return `${head} [${name}]${stack.slice(length)}`;
}

function boxedBase(ctx: Context, boxed: Boxed, value: object, ctor: string | null, tag: string, keys: PropertyKey[]): string {
  if (boxed.type === 'String') keys.splice(0, (value as unknown as string).length);
  let base = `[${boxed.type}`;
  if (boxed.type !== ctor) base += ctor === null ? ' (null prototype)' : ` (${ctor})`;
  base += `: ${formatPrimitiveIn(ctx, boxed.primitive, stylizeNoColor)}]`;
  if (tag !== '' && tag !== ctor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, boxed.type.toLowerCase());
}

// ---------------------------------------------------------------------------------------
// Line breaking
// ---------------------------------------------------------------------------------------

/**
 * Puts the entries on one line when the object is among the `compact` innermost levels
 * entered and the line fits in `breakLength` columns; otherwise one entry (or one row of
 * grouped array items) per line. `compact: true` is Node's older layout.
 */
function joinEntries(
  ctx: Context,
  output: string[],
  base: string,
  braces: Braces,
  listLike: boolean,
  level: number,
  value: object,
): string {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const count = output.length;
      if (listLike && count > 6) output = groupColumns(ctx, output, value);
      if (ctx.currentDepth - level < ctx.compact && count === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (fitsOnOneLine(ctx, output, start, base)) {
          return `${base ? `${base} ` : ''}${braces[0]} ${output.join(', ')} ${braces[1]}`;
        }
      }
    }
    const newline = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${newline}  ${output.join(`,${newline}  `)}${newline}${braces[1]}`;
  }
  if (fitsOnOneLine(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const lead = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${lead}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

/** Removes ANSI colour codes (`ESC [ … m`) as Node does before measuring coloured output. */
const removeColors = (text: string): string => text.replace(/\u001b\[\d\d?m/g, '');

function fitsOnOneLine(ctx: Context, output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    total += ctx.colors ? removeColors(entry).length : entry.length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

/** Lays out many short array items in aligned columns, as Node does. */
function groupColumns(ctx: Context, output: string[], value: object): string[] {
  // The "... n more items" line is not part of the grid.
  const itemCount = ctx.maxArrayLength < output.length ? output.length - 1 : output.length;
  const separator = 2; // ", "
  const widths: number[] = [];
  let total = 0;
  let widest = 0;
  for (let i = 0; i < itemCount; i++) {
    const width = visibleWidth(output[i]!, ctx.colors);
    widths.push(width);
    total += width + separator;
    if (width > widest) widest = width;
  }
  const cell = widest + separator;
  // Group only when three cells fit on a line and no item dwarfs the others.
  if (!(cell * 3 + ctx.indentationLvl < ctx.breakLength && (total / cell > 5 || widest <= 6))) return output;

  const bias = Math.sqrt(cell - total / output.length);
  const biasedCell = Math.max(cell - 3 - bias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedCell * itemCount) / biasedCell),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / cell),
    (ctx.compact as number) * 4,
    15,
  );
  if (columns <= 1) return output;

  const columnWidths: number[] = [];
  for (let column = 0; column < columns; column++) {
    let width = 0;
    for (let i = column; i < output.length; i += columns) if (widths[i]! > width) width = widths[i]!;
    columnWidths.push(width + separator);
  }
  // Numbers align right, anything else left.
  const items = value as Record<number, unknown>;
  let alignRight = true;
  for (let i = 0; i < output.length; i++) {
    const item = items[i];
    if (typeof item !== 'number' && typeof item !== 'bigint') {
      alignRight = false;
      break;
    }
  }
  const pad = (text: string, width: number): string => (alignRight ? text.padStart(width) : text.padEnd(width));
  const rows: string[] = [];
  for (let i = 0; i < itemCount; i += columns) {
    const end = Math.min(i + columns, itemCount);
    let row = '';
    let j = i;
    for (; j < end - 1; j++) row += pad(`${output[j]}, `, columnWidths[j - i]! + output[j]!.length - widths[j]!);
    row += alignRight
      ? output[j]!.padStart(columnWidths[j - i]! + output[j]!.length - widths[j]! - separator)
      : output[j]!;
    rows.push(row);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[itemCount]!);
  return rows;
}

/**
 * Node's `getStringWidth`: the columns a string takes in a terminal, escape sequences
 * taking none (console.table and inspect's column grouping both measure with it).
 */
export function getStringWidth(text: string): number {
  return stringWidth(stripControlSequences(text));
}

/** The terminal width of an entry; with colours, escape sequences take no columns. */
function visibleWidth(text: string, colors: boolean): number {
  return stringWidth(colors ? stripControlSequences(text) : text);
}

/**
 * Removes ANSI escape sequences (CSI such as `ESC [ 31 m`, and OSC such as hyperlinks
 * `ESC ] 8 ; ; url BEL`): Node's `util.stripVTControlCharacters`.
 */
export function stripControlSequences(text: string): string {
  // ECMA-48: CSI (ESC [ or 0x9B, parameter bytes, intermediate bytes, a final byte); OSC
  // (ESC ], text, ended by BEL or ESC \); VT100's charset designations (ESC ( B) and
  // single-letter escapes (ESC c, ESC 7 …). An incomplete sequence is left as it is.
  return text.replace(
    /(?:\u001b\[|\u009b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[()#][\x30-\x7e]|\u001b[78=>cDEHMNOZ]/g,
    '',
  );
}

/**
 * Columns a string takes in a terminal, as Node 16 counts them for column grouping: ASCII
 * controls take none, wide East Asian characters and emoji two, combining marks none.
 * Node asks ICU for the East Asian Width property, which JavaScript regular expressions do
 * not expose; the ranges below are the wide blocks, so rare wide characters outside them
 * count as one column (only ever changes how arrays of such strings are grouped).
 */
function stringWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 127) return width + wideWidth(text.slice(i).normalize('NFC'));
    if (code >= 32) width++;
  }
  return width;
}

let zeroWidth: RegExp | undefined;
let emojiWide: RegExp | undefined;
function wideWidth(text: string): number {
  zeroWidth ??= /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Emoji_Modifier}]$/u;
  emojiWide ??= /^\p{Emoji_Presentation}$/u;
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isWideCodePoint(code) || emojiWide.test(char)) width += 2;
    else if (code !== 0xad && zeroWidth.test(char)) width += 0;
    else width += 1;
  }
  return width;
}

function isWideCodePoint(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

// ---------------------------------------------------------------------------------------
// util.format's %s, used by message templates that take any value
// ---------------------------------------------------------------------------------------

/** Whether `%s` should inspect `value` rather than call its toString (its toString is a built-in one, or absent). */
export function hasBuiltInToString(value: object): boolean {
  if (typeof (value as { toString?: unknown }).toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let holder: object = value;
  do {
    holder = Object.getPrototypeOf(holder) as object;
  } while (!hasOwn(holder, 'toString'));
  const ctor: unknown = Object.getOwnPropertyDescriptor(holder, 'constructor')?.value;
  return typeof ctor === 'function' && isBuiltInName(ctor.name);
}

/**
 * Formats a value the way `util.format('%s', value)` does in Node 16: strings as they are,
 * `-0` and bigints (`5n`) as inspect writes them, objects with a toString of their own (or
 * of a user class) through it, other objects inspected at depth 0.
 * @param options the inspect options of `util.formatWithOptions` (depth, colors and compact are overridden).
 */
export function formatAsString(value: unknown, options?: Record<string, unknown>): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : `${value}`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null || !hasBuiltInToString(value)) return String(value);
  const ctx = newContext({ ...options, depth: 0, colors: false, compact: 3 });
  return formatWithContext(ctx, value);
}
