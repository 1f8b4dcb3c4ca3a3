/**
 * A compact value formatter for error messages: what Node 16.13.1's `util.inspect(value)`
 * prints with its default options (depth 2, breakLength 80, compact 3, maxArrayLength 100,
 * maxStringLength 10000, no colours), for the values that messages such as
 * `ERR_INVALID_ARG_VALUE` ("… Received { a: 1 }") meet.
 *
 * polynode's full `util.inspect` lives in the util module; it must not be imported here,
 * or every bundle that can throw an argument error would carry the whole formatter. This
 * file is the part those messages need, written from the behaviour of Node 16 observed
 * through `scripts/node16.sh` (see `scripts/golden/errors.mjs` and the golden tests).
 * Primitives, keys, names, function heads and custom inspect calls come from
 * `inspect-primitive.ts`, the small part that `ERR_INVALID_ARG_TYPE` uses on its own.
 *
 * Exact (checked against Node 16 value by value): primitives (quote choice, escapes, `-0`,
 * bigint, symbols, long and multi-line strings), functions and classes of every kind,
 * arrays (nested, sparse, > 100 items, Node's column grouping), plain, null-prototype and
 * class-instance objects, symbol and quoted keys, getters/setters, circular references,
 * Date, RegExp, Error (with a V8-style or hand-set stack), Map, Set, WeakMap, WeakSet,
 * typed arrays, ArrayBuffer, DataView, boxed primitives, arguments, iterator objects,
 * `Symbol.toStringTag`, `[nodejs.util.inspect.custom]`, depth limits and line breaking.
 *
 * Where a browser cannot see what Node sees, the output degrades (each place says so):
 * a Promise's state, Map/Set iterator contents, Proxy targets, V8's internal class names,
 * and the terminal width of rare scripts in column grouping.
 *
 * @packageDocumentation
 */

import {
  BREAK_LENGTH,
  COMPACT,
  MAX_ARRAY_LENGTH,
  accessorLabel,
  callCustomInspect,
  constructorOnChain,
  enumerableSymbols,
  formatKey,
  formatNumber,
  formatPrimitive,
  functionBase,
  getterOf,
  hasOwn,
  internalName,
  ownKeys,
  prefix,
  toStringTag,
  typedArrayName,
} from './inspect-primitive.js';

export { addNumericalSeparator } from './inspect-primitive.js';

/** The state of one formatting run. */
interface Run {
  /** Deepest level whose contents are shown (Node's `depth`). */
  depth: number;
  /** Columns of indentation of the entry being formatted. */
  indent: number;
  /** Objects being formatted, outermost first: a repeat is a circular reference. */
  seen: object[];
  /** The `*n` numbers of objects found to be circular. */
  refs: Map<object, number> | undefined;
  /** The level of the object entered last: drives the "3 inner levels on one line" rule. */
  lastEntered: number;
  /** Whether `[nodejs.util.inspect.custom]` methods are honoured. */
  custom: boolean;
}

type Braces = [string, string];
type EntryFormatter = (run: Run, value: never, level: number) => string[];

/**
 * Formats `value` like Node 16's `util.inspect(value, { depth })`.
 * @param depth how many levels of nesting are shown (Node's default is 2; `Infinity` for all).
 */
export function inspectReceived(value: unknown, depth = 2): string {
  return formatValue(newRun(depth), value, 0);
}

function newRun(depth: number, custom = true): Run {
  return { depth, indent: 0, seen: [], refs: undefined, lastEntered: 0, custom };
}

function formatValue(run: Run, value: unknown, level: number): string {
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(value as string | number | bigint | boolean | symbol | undefined, run.indent);
  }
  if (run.custom) {
    const replaced = viaCustomInspect(run, value, level);
    if (replaced !== undefined) return replaced;
  }
  if (run.seen.includes(value)) return `[Circular *${circularIndex(run, value)}]`;
  return formatObject(run, value, level);
}

function circularIndex(run: Run, value: object): number {
  run.refs ??= new Map();
  let index = run.refs.get(value);
  if (index === undefined) {
    index = run.refs.size + 1;
    run.refs.set(value, index);
  }
  return index;
}

// ---------------------------------------------------------------------------------------
// Recognising objects (brand checks that work across realms, without Node's internals)
// ---------------------------------------------------------------------------------------

function throwsNot(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

const isMap = (value: object): value is Map<unknown, unknown> =>
  throwsNot(() => getterOf(Map.prototype, 'size')!.call(value));
const isSet = (value: object): value is Set<unknown> => throwsNot(() => getterOf(Set.prototype, 'size')!.call(value));
const isDate = (value: object): value is Date => throwsNot(() => Date.prototype.getTime.call(value));
const isRegExp = (value: object): value is RegExp =>
  value !== RegExp.prototype && throwsNot(() => getterOf(RegExp.prototype, 'source')!.call(value));
const isArrayBuffer = (value: object): value is ArrayBuffer =>
  throwsNot(() => getterOf(ArrayBuffer.prototype, 'byteLength')!.call(value));
const isSharedArrayBuffer = (value: object): boolean =>
  typeof SharedArrayBuffer === 'function' &&
  throwsNot(() => getterOf(SharedArrayBuffer.prototype, 'byteLength')!.call(value));
const isWeakMap = (value: object): boolean => throwsNot(() => WeakMap.prototype.has.call(value, {}));
const isWeakSet = (value: object): boolean => throwsNot(() => WeakSet.prototype.has.call(value, {}));
const classOf = (value: unknown): string => Object.prototype.toString.call(value);
const isError = (value: object): value is Error => value instanceof Error || classOf(value) === '[object Error]';
// A browser cannot tell a Promise by brand without calling `then`: the instanceof test and
// the tag stand in for Node's internal check.
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
  for (const [type, valueOf] of tries) {
    if (valueOf === undefined) continue;
    try {
      return { type, primitive: valueOf.call(value) };
    } catch {
      // not this kind
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Names, tags and prefixes
// ---------------------------------------------------------------------------------------

/**
 * The name of the nearest constructor on the prototype chain that `value` is an instance
 * of; `null` for a null-prototype object.
 */
function constructorName(run: Run, value: object, level: number): string | null {
  const found = constructorOnChain(value);
  if (found !== undefined) return found;
  // No constructor anywhere on the chain. Node names V8's internal class here; a browser
  // cannot read it, and for objects made by Object.create() it is 'Object' anyway.
  const internal = internalName(value);
  if (level > run.depth) return `${internal} <Complex prototype>`;
  const first = Object.getPrototypeOf(value) as object;
  const protoName = constructorName(run, first, level + 1);
  if (protoName === null) {
    const described = formatValue(newRun(-1, false), first, 0);
    return `${internal} <${described}>`;
  }
  return `${internal} <${protoName}>`;
}

// ---------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------

function isIndexKey(key: string): boolean {
  if (!/^(0|[1-9]\d*)$/.test(key)) return false;
  return Number(key) < 2 ** 32 - 1;
}

/** The enumerable keys of an array or typed array that are not indices. */
function nonIndexKeys(value: object): PropertyKey[] {
  return [...Object.keys(value).filter((key) => !isIndexKey(key)), ...enumerableSymbols(value)];
}

function formatProperty(run: Run, owner: object, level: number, key: PropertyKey, element: boolean): string {
  const descriptor: PropertyDescriptor = Object.getOwnPropertyDescriptor(owner, key) ?? {
    value: (owner as Record<PropertyKey, unknown>)[key],
    enumerable: true,
  };
  let text = accessorLabel(descriptor);
  if (text === undefined) {
    run.indent += 2;
    text = formatValue(run, descriptor.value, level);
    run.indent -= 2;
  }
  if (element) return text;
  return `${formatKey(key, descriptor.enumerable)}: ${text}`;
}

// ---------------------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------------------

const moreItems = (count: number): string => `... ${count} more item${count > 1 ? 's' : ''}`;

function formatObject(run: Run, value: object, level: number): string {
  const ctor = constructorName(run, value, level);
  const tag = toStringTag(value);
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
    keys = nonIndexKeys(value);
    braces = [`${head}[`, ']'];
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    listLike = true;
    entries = arrayEntries;
    fallback = 'Array';
  } else if ((iterable || ctor === null) && isSet(value)) {
    const size = getterOf(Set.prototype, 'size')!.call(value) as number;
    const head = prefix(ctor, tag, 'Set', `(${size})`);
    keys = ownKeys(value);
    if (size === 0 && keys.length === 0) return `${head}{}`;
    braces = [`${head}{`, '}'];
    entries = setEntries;
    fallback = 'Set';
  } else if ((iterable || ctor === null) && isMap(value)) {
    const size = getterOf(Map.prototype, 'size')!.call(value) as number;
    const head = prefix(ctor, tag, 'Map', `(${size})`);
    keys = ownKeys(value);
    if (size === 0 && keys.length === 0) return `${head}{}`;
    braces = [`${head}{`, '}'];
    entries = mapEntries;
    fallback = 'Map';
  } else if ((iterable || ctor === null) && (typedName = typedArrayName(value)) !== undefined) {
    const length = (value as Uint8Array).length;
    keys = nonIndexKeys(value);
    braces = [`${prefix(ctor, tag, typedName, `(${length})`)}[`, ']'];
    if (length === 0 && keys.length === 0) return `${braces[0]}]`;
    listLike = true;
    entries = typedArrayEntries;
    fallback = typedName;
  } else {
    // Map and Set iterators land here too: Node previews their remaining entries, which a
    // browser cannot do without consuming them, so they print as `Object [Map Iterator] {}`.
    keys = ownKeys(value);
    let boxed: Boxed | undefined;
    if (ctor === 'Object') {
      if (isArguments(value)) braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${prefix(ctor, tag, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (typeof value === 'function') {
      base = functionBase(value, ctor, tag);
      if (keys.length === 0) return base;
      fallback = 'Function';
    } else if (isRegExp(value)) {
      base = RegExp.prototype.toString.call(value);
      const head = prefix(ctor, tag, 'RegExp');
      if (head !== 'RegExp ') base = `${head}${base}`;
      if (keys.length === 0 || level > run.depth) return base;
      fallback = 'RegExp';
    } else if (isDate(value)) {
      base = Number.isNaN(Date.prototype.getTime.call(value)) ? 'Invalid Date' : Date.prototype.toISOString.call(value);
      const head = prefix(ctor, tag, 'Date');
      if (head !== 'Date ') base = `${head}${base}`;
      if (keys.length === 0) return base;
      fallback = 'Date';
    } else if (isError(value)) {
      base = errorBase(run, value, ctor, tag, keys);
      if (keys.length === 0) return base;
      fallback = 'Error';
    } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
      fallback = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      braces[0] = `${prefix(ctor, tag, fallback)}{`;
      keys.unshift('byteLength');
      entries = arrayBufferEntries;
    } else if (ArrayBuffer.isView(value)) {
      fallback = 'DataView';
      braces[0] = `${prefix(ctor, tag, fallback)}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      fallback = 'Promise';
      braces[0] = `${prefix(ctor, tag, fallback)}{`;
      // Node reads the promise's state; a browser cannot do that synchronously, so every
      // promise shows as pending (exact for pending ones).
      entries = () => ['<pending>'];
    } else if (isWeakSet(value) || isWeakMap(value)) {
      fallback = isWeakSet(value) ? 'WeakSet' : 'WeakMap';
      braces[0] = `${prefix(ctor, tag, fallback)}{`;
      entries = () => ['<items unknown>'];
    } else if (ctor === null && tag === 'Module') {
      braces[0] = '[Module: null prototype] {';
    } else if ((boxed = boxedPrimitive(value)) !== undefined) {
      base = boxedBase(run, boxed, value, ctor, tag, keys);
      if (keys.length === 0) return base;
      fallback = boxed.type;
    } else {
      if (keys.length === 0) return `${prefix(ctor, tag, 'Object')}{}`;
      braces[0] = `${prefix(ctor, tag, 'Object')}{`;
    }
  }

  if (level > run.depth) {
    const name = prefix(ctor, tag, fallback).slice(0, -1);
    return ctor !== null ? `[${name}]` : name;
  }

  level += 1;
  run.seen.push(value);
  run.lastEntered = level;
  const output = (entries as (run: Run, value: object, level: number) => string[])(run, value, level);
  for (const key of keys) output.push(formatProperty(run, value, level, key, false));
  run.seen.pop();

  const ref = run.refs?.get(value);
  if (ref !== undefined) base = base === '' ? `<ref *${ref}>` : `<ref *${ref}> ${base}`;
  return joinEntries(run, output, base, braces, listLike, level, value);
}

function arrayEntries(run: Run, array: unknown[], level: number): string[] {
  const shown = Math.min(MAX_ARRAY_LENGTH, array.length);
  const output: string[] = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(array, i)) return sparseEntries(run, array, level, shown, output, i);
    output.push(formatProperty(run, array, level, i, true));
  }
  if (array.length > shown) output.push(moreItems(array.length - shown));
  return output;
}

/** From the first hole on: runs of holes print as `<n empty items>`, each one entry. */
function sparseEntries(run: Run, array: unknown[], level: number, limit: number, output: string[], from: number): string[] {
  const emptyItems = (count: number): string => `<${count} empty item${count > 1 ? 's' : ''}>`;
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
    output.push(formatProperty(run, array, level, key, true));
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

function typedArrayEntries(_run: Run, array: ArrayLike<number | bigint>, _level: number): string[] {
  const shown = Math.min(MAX_ARRAY_LENGTH, array.length);
  const output: string[] = [];
  for (let i = 0; i < shown; i++) {
    const item = array[i]!;
    output.push(typeof item === 'bigint' ? `${item}n` : formatNumber(item));
  }
  if (array.length > shown) output.push(moreItems(array.length - shown));
  return output;
}

function setEntries(run: Run, set: Set<unknown>, level: number): string[] {
  const output: string[] = [];
  run.indent += 2;
  for (const item of set) output.push(formatValue(run, item, level));
  run.indent -= 2;
  return output;
}

function mapEntries(run: Run, map: Map<unknown, unknown>, level: number): string[] {
  const output: string[] = [];
  run.indent += 2;
  for (const [key, item] of map) output.push(`${formatValue(run, key, level)} => ${formatValue(run, item, level)}`);
  run.indent -= 2;
  return output;
}

function arrayBufferEntries(_run: Run, buffer: ArrayBuffer, _level: number): string[] {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return ['(detached)'];
  }
  const shown = Math.min(MAX_ARRAY_LENGTH, bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) hex += `${i === 0 ? '' : ' '}${bytes[i]!.toString(16).padStart(2, '0')}`;
  const rest = bytes.length - MAX_ARRAY_LENGTH;
  if (rest > 0) hex += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  return [`[Uint8Contents]: <${hex}>`];
}

// ---------------------------------------------------------------------------------------
// Functions, errors, boxed primitives
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

function errorBase(run: Run, error: Error, ctor: string | null, tag: string, keys: PropertyKey[]): string {
  const name = error.name != null ? String(error.name) : 'Error';
  let stack = stackOf(error);
  // Keys whose text the stack already shows are not listed again.
  for (const key of ['name', 'message', 'stack']) {
    const at = keys.indexOf(key);
    if (at !== -1 && stack.includes(String((error as unknown as Record<string, unknown>)[key]))) keys.splice(at, 1);
  }
  stack = improveStack(stack, ctor, name, tag);
  // Frames are looked for after the message, which may itself hold "\n    at".
  const message = String(error.message);
  let from = (error.message ? stack.indexOf(message) : 0) || -1;
  if (from !== -1) from += message.length;
  // No frames: the error is wrapped in brackets.
  if (stack.indexOf('\n    at', from) === -1) stack = `[${stack}]`;
  if (run.indent !== 0) stack = stack.replace(/\n/g, `\n${' '.repeat(run.indent)}`);
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

function boxedBase(run: Run, boxed: Boxed, value: object, ctor: string | null, tag: string, keys: PropertyKey[]): string {
  if (boxed.type === 'String') keys.splice(0, (value as unknown as string).length);
  let base = `[${boxed.type}`;
  if (boxed.type !== ctor) base += ctor === null ? ' (null prototype)' : ` (${ctor})`;
  base += `: ${formatPrimitive(boxed.primitive as string, run.indent)}]`;
  if (tag !== '' && tag !== ctor) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------------------
// [nodejs.util.inspect.custom]
// ---------------------------------------------------------------------------------------

function viaCustomInspect(run: Run, value: object, level: number): string | undefined {
  // The third argument stands in for util.inspect (only its `depth` option is honoured).
  const inspect = (target: unknown, opts?: { depth?: number | null }): string =>
    inspectReceived(target, opts?.depth === null ? Infinity : (opts?.depth ?? 2));
  const result = callCustomInspect(value, run.depth, level, inspect);
  if (result === value) return undefined;
  if (typeof result !== 'string') return formatValue(run, result, level);
  return result.replace(/\n/g, `\n${' '.repeat(run.indent)}`);
}

// ---------------------------------------------------------------------------------------
// Line breaking
// ---------------------------------------------------------------------------------------

/**
 * Puts the entries on one line when the object is among the 3 innermost levels entered and
 * the line fits in 80 columns; otherwise one entry (or one row of grouped array items) per line.
 */
function joinEntries(
  run: Run,
  output: string[],
  base: string,
  braces: Braces,
  listLike: boolean,
  level: number,
  value: object,
): string {
  const count = output.length;
  if (listLike && count > 6) output = groupColumns(run, output, value);
  const lead = base ? `${base} ` : '';
  if (run.lastEntered - level < COMPACT && count === output.length) {
    const start = output.length + run.indent + braces[0].length + base.length + 10;
    if (fitsOnOneLine(output, start, base)) return `${lead}${braces[0]} ${output.join(', ')} ${braces[1]}`;
  }
  const newline = `\n${' '.repeat(run.indent)}`;
  return `${lead}${braces[0]}${newline}  ${output.join(`,${newline}  `)}${newline}${braces[1]}`;
}

function fitsOnOneLine(output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > BREAK_LENGTH) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > BREAK_LENGTH) return false;
  }
  return base === '' || !base.includes('\n');
}

/** Lays out many short array items in aligned columns, as Node does. */
function groupColumns(run: Run, output: string[], value: object): string[] {
  // The "... n more items" line is not part of the grid.
  const itemCount = output.length > MAX_ARRAY_LENGTH ? output.length - 1 : output.length;
  const separator = 2; // ", "
  const widths: number[] = [];
  let total = 0;
  let widest = 0;
  for (let i = 0; i < itemCount; i++) {
    const width = stringWidth(output[i]!);
    widths.push(width);
    total += width + separator;
    if (width > widest) widest = width;
  }
  const cell = widest + separator;
  // Group only when three cells fit on a line and no item dwarfs the others.
  if (!(cell * 3 + run.indent < BREAK_LENGTH && (total / cell > 5 || widest <= 6))) return output;

  const bias = Math.sqrt(cell - total / output.length);
  const biasedCell = Math.max(cell - 3 - bias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedCell * itemCount) / biasedCell),
    Math.floor((BREAK_LENGTH - run.indent) / cell),
    COMPACT * 4,
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
  if (output.length > MAX_ARRAY_LENGTH) rows.push(output[itemCount]!);
  return rows;
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

/** ECMAScript's global classes: an object whose toString comes from one of these is inspected. */
const BUILT_IN_CLASSES =
  'Object Function Array Number Boolean String Symbol BigInt Date Promise RegExp Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError ArrayBuffer SharedArrayBuffer DataView Map Set WeakMap WeakSet WeakRef FinalizationRegistry Proxy Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float32Array Float64Array BigInt64Array BigUint64Array';

function hasBuiltInToString(value: object): boolean {
  if (typeof (value as { toString?: unknown }).toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let holder: object = value;
  do {
    holder = Object.getPrototypeOf(holder) as object;
  } while (!hasOwn(holder, 'toString'));
  const ctor: unknown = Object.getOwnPropertyDescriptor(holder, 'constructor')?.value;
  return typeof ctor === 'function' && BUILT_IN_CLASSES.split(' ').includes(ctor.name);
}

/**
 * Formats a value the way `util.format('%s', value)` does in Node 16: strings as they are,
 * `-0` and bigints (`5n`) as inspect writes them, objects with a toString of their own (or
 * of a user class) through it, other objects inspected at depth 0.
 */
export function formatAsString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null || !hasBuiltInToString(value)) return String(value);
  return inspectReceived(value, 0);
}
