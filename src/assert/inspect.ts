/**
 * How assert shows values in its messages: Node 16 inspects them with
 * `{ compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
 * showHidden: false, showProxy: false, sorted: true, getters: true }` — every entry on a
 * line of its own, keys sorted, no `[nodejs.util.inspect.custom]` calls.
 *
 * `inspectValue` runs the shared engine (src/internal/inspect-received.ts) with those
 * options. `inspectValueStandalone` is the layout this file wrote before the engine took
 * options (common shapes only); nothing uses it and it can be deleted once the engine's
 * option support is committed.
 *
 * @packageDocumentation
 */

import { formatWithContext, inspectReceived, newContext } from '../internal/inspect-received.js';
import {
  constructorOnChain,
  formatKey,
  formatNumber,
  formatPrimitive,
  functionBase,
  prefix,
  toStringTag,
  typedArrayName,
} from '../internal/inspect-primitive.js';

interface State {
  indent: number;
  seen: object[];
  refs: Map<object, number>;
}

const hasOwn = (value: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(value, key);
const tagOf = (value: unknown): string => Object.prototype.toString.call(value);

function succeeds(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}
const getter = (proto: object, key: PropertyKey): ((this: unknown) => unknown) =>
  Object.getOwnPropertyDescriptor(proto, key)!.get!;
const isMap = (value: object): value is Map<unknown, unknown> => succeeds(() => getter(Map.prototype, 'size').call(value));
const isSet = (value: object): value is Set<unknown> => succeeds(() => getter(Set.prototype, 'size').call(value));
const isDate = (value: object): value is Date => succeeds(() => Date.prototype.getTime.call(value));
const isRegExp = (value: object): value is RegExp =>
  value !== RegExp.prototype && succeeds(() => getter(RegExp.prototype, 'source').call(value));
const isArrayBuffer = (value: object): value is ArrayBuffer =>
  succeeds(() => getter(ArrayBuffer.prototype, 'byteLength').call(value));
const isError = (value: object): value is Error => tagOf(value) === '[object Error]' || value instanceof Error;

function unboxed(value: object): [string, unknown] | undefined {
  const kinds: [string, { valueOf(): unknown }][] = [
    ['Number', Number.prototype],
    ['String', String.prototype],
    ['Boolean', Boolean.prototype],
    ['BigInt', BigInt.prototype],
    ['Symbol', Symbol.prototype],
  ];
  for (const [name, proto] of kinds) {
    try {
      return [name, proto.valueOf.call(value)];
    } catch {
      // another kind
    }
  }
  return undefined;
}

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

/** The formatter this file used before the shared engine took options (kept for reference by the lead; unused). */
export function inspectValueStandalone(value: unknown): string {
  return format({ indent: 0, seen: [], refs: new Map() }, value);
}

/** The string form: long multi-line strings are split at their line breaks, as `compact: false` does. */
function formatString(state: State, text: string): string {
  if (text.length > 16 && text.length > 80 - state.indent - 4 && text.includes('\n')) {
    const lines = text.split(/(?<=\n)/);
    return lines.map((line) => formatPrimitive(line)).join(` +\n${' '.repeat(state.indent + 2)}`);
  }
  return formatPrimitive(text);
}

function format(state: State, value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return formatString(state, value);
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(value as number | bigint | boolean | symbol | undefined);
  }
  if (state.seen.includes(value)) {
    let ref = state.refs.get(value);
    if (ref === undefined) {
      ref = state.refs.size + 1;
      state.refs.set(value, ref);
    }
    return `[Circular *${ref}]`;
  }
  return formatObject(state, value);
}

/** Formats an array element or Set item: one level deeper. */
function nested(state: State, value: unknown): string {
  state.indent += 2;
  const text = format(state, value);
  state.indent -= 2;
  return text;
}

function ownEnumerableKeys(value: object, skipIndices: boolean): PropertyKey[] {
  let keys: PropertyKey[] = Object.keys(value);
  if (skipIndices) keys = keys.filter((key) => !/^(0|[1-9]\d*)$/.test(key as string));
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  return keys;
}

function formatProperty(state: State, owner: object, key: PropertyKey): string {
  const descriptor = Object.getOwnPropertyDescriptor(owner, key)!;
  let text: string;
  if (descriptor.get !== undefined || descriptor.set !== undefined) {
    const kind = descriptor.get && descriptor.set ? 'Getter/Setter' : descriptor.get ? 'Getter' : 'Setter';
    if (descriptor.get) {
      // `getters: true`: the getter's value is shown next to its label.
      try {
        state.indent += 2;
        const shown = format(state, descriptor.get.call(owner));
        state.indent -= 2;
        text = `[${kind}: ${shown}]`;
      } catch (error) {
        state.indent -= 2;
        text = `[${kind}: <Inspection threw (${String((error as Error)?.message)})>]`;
      }
    } else {
      text = `[${kind}]`;
    }
  } else {
    state.indent += 2;
    text = format(state, descriptor.value);
    state.indent -= 2;
  }
  return `${formatKey(key, descriptor.enumerable)}: ${text}`;
}

function formatObject(state: State, value: object): string {
  const ctor = constructorOnChain(value);
  if (ctor === undefined) return inspectReceived(value, 1000);
  const tag = toStringTag(value);
  let head: string;
  let entries: string[] = [];
  let keys: PropertyKey[];
  let sortAll = true;
  let base = '';

  state.seen.push(value);
  const typedName = typedArrayName(value);
  if (Array.isArray(value)) {
    head = ctor !== 'Array' || tag !== '' ? prefix(ctor, tag, 'Array', `(${value.length})`) : '';
    keys = ownEnumerableKeys(value, true);
    let holes = 0;
    for (let i = 0; i < value.length; i++) {
      if (!hasOwn(value, i)) {
        holes++;
        continue;
      }
      if (holes > 0) entries.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
      holes = 0;
      entries.push(nested(state, value[i]));
    }
    if (holes > 0) entries.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    head += '[';
    sortAll = false;
  } else if (typedName !== undefined) {
    const items = value as unknown as ArrayLike<number | bigint>;
    head = `${prefix(ctor, tag, typedName, `(${items.length})`)}[`;
    keys = ownEnumerableKeys(value, true);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      entries.push(typeof item === 'bigint' ? `${item}n` : formatNumber(item));
    }
    sortAll = false;
  } else if (isSet(value)) {
    head = `${prefix(ctor, tag, 'Set', `(${value.size})`)}{`;
    keys = ownEnumerableKeys(value, false);
    for (const item of value) entries.push(nested(state, item));
  } else if (isMap(value)) {
    head = `${prefix(ctor, tag, 'Map', `(${value.size})`)}{`;
    keys = ownEnumerableKeys(value, false);
    state.indent += 2;
    for (const [key, item] of value) entries.push(`${format(state, key)} => ${format(state, item)}`);
    state.indent -= 2;
  } else {
    keys = ownEnumerableKeys(value, false);
    head = '{';
    let boxed: [string, unknown] | undefined;
    if (typeof value === 'function') {
      base = functionBase(value as () => void, ctor, tag);
    } else if (isRegExp(value)) {
      base = RegExp.prototype.toString.call(value);
      const named = prefix(ctor, tag, 'RegExp');
      if (named !== 'RegExp ') base = `${named}${base}`;
    } else if (isDate(value)) {
      base = Number.isNaN(value.getTime()) ? 'Invalid Date' : Date.prototype.toISOString.call(value);
      const named = prefix(ctor, tag, 'Date');
      if (named !== 'Date ') base = `${named}${base}`;
    } else if (isError(value)) {
      base = `[${Error.prototype.toString.call(value)}]`;
      keys = keys.filter((key) => key !== 'stack' && key !== 'message');
    } else if (isArrayBuffer(value)) {
      state.seen.pop();
      return inspectReceived(value, 1000);
    } else if ((boxed = unboxed(value)) !== undefined) {
      if (boxed[0] === 'String') keys = keys.filter((key) => !/^(0|[1-9]\d*)$/.test(key as string));
      base = `[${boxed[0]}${boxed[0] !== ctor ? (ctor === null ? ' (null prototype)' : ` (${ctor})`) : ''}: ${formatPrimitive(boxed[1] as string)}]`;
    } else if (tagOf(value) !== '[object Object]' || (ctor === null && tag === 'Module')) {
      state.seen.pop();
      return inspectReceived(value, 1000);
    } else {
      head = `${prefix(ctor, tag, 'Object')}{`;
      if (head === 'Object {') head = '{';
    }
  }
  const properties = keys.map((key) => formatProperty(state, value, key));
  state.seen.pop();

  if (sortAll) entries = [...entries, ...properties].sort();
  else entries = [...entries, ...properties.sort()];

  const ref = state.refs.get(value);
  if (ref !== undefined) base = base === '' ? `<ref *${ref}>` : `<ref *${ref}> ${base}`;
  const close = head.endsWith('[') ? ']' : '}';
  if (entries.length === 0) {
    if (base !== '' && (head === '{' || typeof value === 'function')) return base;
    return base === '' ? `${head}${close}` : `${base} ${head}${close}`;
  }
  const pad = ' '.repeat(state.indent);
  const body = `${head}\n${pad}  ${entries.join(`,\n${pad}  `)}\n${pad}${close}`;
  return base === '' ? body : `${base} ${body}`;
}
