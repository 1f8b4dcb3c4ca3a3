/**
 * The small half of the "Received …" formatter: what Node 16.13.1's `util.inspect` prints
 * for primitives, function and class heads, constructor names and tags, and the shallow
 * description of objects that `ERR_INVALID_ARG_TYPE` shows. Every bundle that can throw an
 * argument error carries this file, so it stays small; the full formatter
 * (`inspect-received.ts`, nested objects, arrays, maps, errors, line breaking, column
 * grouping) builds on it and is only bundled where a message needs it.
 *
 * Written from the behaviour of Node 16 observed through `scripts/node16.sh`; the golden
 * tests (`test/internal/errors.test.ts`, `test/internal/inspect-primitive.test.ts`) check it.
 *
 * @packageDocumentation
 */

// Node 16's `util.inspect.defaultOptions` that shape the output.
export const BREAK_LENGTH = 80;
export const COMPACT = 3;
export const MAX_ARRAY_LENGTH = 100;
export const MAX_STRING_LENGTH = 10000;
/** Strings at most this long are never split over lines. */
const MIN_LINE_WIDTH = 16;

export type Primitive = string | number | bigint | boolean | symbol | undefined | null;

/** The `inspect` handed to `[nodejs.util.inspect.custom]` methods as their third argument. */
export type InspectFunction = (value: unknown, options?: { depth?: number | null; breakLength?: number }) => string;

export const hasOwn = (object: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(object, key);

// ---------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------

/**
 * A primitive as `util.inspect` prints it.
 * @param indent columns of indentation where the value stands (long strings are split over lines).
 */
export function formatPrimitive(value: Primitive, indent = 0): string {
  switch (typeof value) {
    case 'string':
      return formatString(value, indent);
    case 'number':
      return formatNumber(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    default:
      return String(value);
  }
}

/** Numbers print as JavaScript writes them, except that `-0` keeps its sign. */
export function formatNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

function formatString(text: string, indent: number): string {
  return quoteLines(text, indent, MAX_STRING_LENGTH, BREAK_LENGTH, false, quoteString);
}

/**
 * A string as `util.inspect` writes it: quoted, cut at `maxLength` characters (with
 * `... N more characters`), and — when it is too long for the line (and not `compact: true`)
 * — split after each line break into quoted pieces joined by ` +` on new lines.
 * @param quote quotes one piece (util.inspect passes its colouring through here).
 */
export function quoteLines(
  text: string,
  indent: number,
  maxLength: number,
  breakLength: number,
  compactTrue: boolean,
  quote: (piece: string) => string,
): string {
  let trailer = '';
  if (text.length > maxLength) {
    const rest = text.length - maxLength;
    text = text.slice(0, Math.max(maxLength, 0));
    trailer = `... ${rest} more character${rest > 1 ? 's' : ''}`;
  }
  if (!compactTrue && text.length > MIN_LINE_WIDTH && text.length > breakLength - indent - 4) {
    const pieces: string[] = [];
    let start = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
      pieces.push(text.slice(start, at + 1));
      start = at + 1;
    }
    if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
    return pieces.map(quote).join(` +\n${' '.repeat(indent + 2)}`) + trailer;
  }
  return quote(text) + trailer;
}

/** How Node escapes a character inside a quoted string (or a symbol key). */
function escapeChar(code: number): string {
  switch (code) {
    case 0x08:
      return '\\b';
    case 0x09:
      return '\\t';
    case 0x0a:
      return '\\n';
    case 0x0c:
      return '\\f';
    case 0x0d:
      return '\\r';
    case 0x27:
      return "\\'";
    case 0x5c:
      return '\\\\';
    default:
      return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}

/** C0 controls, C1 controls and DEL, the backslash, and (optionally) the single quote. */
function needsEscape(code: number, singleQuote: boolean): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x5c || (singleQuote && code === 0x27);
}

/** Escapes what Node escapes inside single quotes (`singleQuote`) or other quotes. */
export function escapeText(text: string, singleQuote: boolean): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (needsEscape(code, singleQuote)) {
      out += text.slice(from, i) + escapeChar(code);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Quotes a string the way Node does: single quotes, unless the text holds one and double
 * quotes (or, failing those, backticks) avoid escaping it.
 */
export function quoteString(text: string): string {
  let quote = "'";
  if (text.includes("'")) {
    if (!text.includes('"')) quote = '"';
    else if (!text.includes('`') && !text.includes('${')) quote = '`';
  }
  return quote + escapeText(text, quote === "'") + quote;
}

/** Inserts `_` every three digits from the right, as Node writes big numbers in messages. */
export function addNumericalSeparator(text: string): string {
  let grouped = '';
  let end = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; end >= start + 4; end -= 3) grouped = `_${text.slice(end - 3, end)}${grouped}`;
  return `${text.slice(0, end)}${grouped}`;
}

// ---------------------------------------------------------------------------------------
// Names, tags, keys
// ---------------------------------------------------------------------------------------

export const getterOf = (proto: object, key: PropertyKey): ((this: unknown) => unknown) | undefined =>
  Object.getOwnPropertyDescriptor(proto, key)?.get;

/** The name of a typed array's class ('Uint8Array' …), or undefined for anything else. */
export function typedArrayName(value: object): string | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype) as object;
  return getterOf(typedArrayProto, Symbol.toStringTag)?.call(value) as string | undefined;
}

function isInstance(value: object, ctor: unknown): boolean {
  try {
    return value instanceof (ctor as new () => unknown);
  } catch {
    return false;
  }
}

/**
 * The name of the nearest constructor on the prototype chain that `value` is an instance
 * of; `null` for a null-prototype object; `undefined` when the chain holds no usable
 * constructor (Node then prints `Object <…>`, see `internalName`).
 */
export function constructorOnChain(value: object): string | null | undefined {
  for (let current: object | null = value; current !== null; current = Object.getPrototypeOf(current) as object | null) {
    const ctor: unknown = Object.getOwnPropertyDescriptor(current, 'constructor')?.value;
    if (typeof ctor === 'function' && ctor.name !== '' && isInstance(value, ctor)) return String(ctor.name);
  }
  return Object.getPrototypeOf(value) === null ? null : undefined;
}

/**
 * The start of Node's name for a value whose chain has no constructor: V8's internal class
 * name, which a browser cannot read; for objects made by Object.create() it is 'Object',
 * for functions 'Function'.
 */
export const internalName = (value: object): string => (typeof value === 'function' ? 'Function' : 'Object');

/** The `Symbol.toStringTag` shown beside the constructor name ('' for none). */
export function toStringTag(value: object): string {
  const tag: unknown = (value as Record<symbol, unknown>)[Symbol.toStringTag];
  if (typeof tag !== 'string') return '';
  // An own enumerable tag is listed among the keys instead.
  if (tag !== '' && Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag)) return '';
  return tag;
}

/** Node's `getPrefix`: `Foo `, `Foo [tag] `, `[Array(2): null prototype] ` … */
export function prefix(ctor: string | null, tag: string, fallback: string, size = ''): string {
  if (ctor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && ctor !== tag) return `${ctor}${size} [${tag}] `;
  return `${ctor}${size} `;
}

export function enumerableSymbols(value: object): symbol[] {
  return Object.getOwnPropertySymbols(value).filter((key) => Object.prototype.propertyIsEnumerable.call(value, key));
}

/** The keys `util.inspect` lists: own enumerable strings, then own enumerable symbols. */
export function ownKeys(value: object): PropertyKey[] {
  return [...Object.keys(value), ...enumerableSymbols(value)];
}

/** How a property's key is written: `a`, `'a-b'`, `[Symbol(s)]`, `['__proto__']`, `[hidden]`. */
export function formatKey(key: PropertyKey, enumerable: boolean | undefined): string {
  if (typeof key === 'symbol') return `[${escapeText(key.toString(), true)}]`;
  if (key === '__proto__') return "['__proto__']";
  if (enumerable === false) return `[${escapeText(String(key), true)}]`;
  if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(String(key))) return String(key);
  return quoteString(String(key));
}

/** How an accessor property is shown: `[Getter]`, `[Setter]`, `[Getter/Setter]`; undefined for a data property. */
export function accessorLabel(descriptor: PropertyDescriptor): string | undefined {
  if (descriptor.value !== undefined) return undefined;
  if (descriptor.get !== undefined) return descriptor.set !== undefined ? '[Getter/Setter]' : '[Getter]';
  return descriptor.set !== undefined ? '[Setter]' : undefined;
}

// ---------------------------------------------------------------------------------------
// Functions and classes
// ---------------------------------------------------------------------------------------

/** Node's test for a class: the source starts with `class` and reaches its body without a call. */
function looksLikeClass(source: string): boolean {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const rest = source.slice(5, -1);
  const brace = rest.indexOf('{');
  if (brace === -1) return false;
  if (!rest.slice(0, brace).includes('(')) return true;
  // A parenthesis before the body only counts when it sits inside a comment.
  const uncommented = rest.replace(/\/\/.*?\n|\/\*[\s\S]*?\*\//g, 'undefined');
  return /^\s+[^(]*?\s*\{/.test(uncommented);
}

type FunctionKind = 'Function' | 'AsyncFunction' | 'GeneratorFunction' | 'AsyncGeneratorFunction';

let kindByProto: Map<object, FunctionKind> | undefined;
function functionKind(fn: Function, source: string): FunctionKind {
  kindByProto ??= new Map<object, FunctionKind>([
    [Object.getPrototypeOf(async function () {}) as object, 'AsyncFunction'],
    [Object.getPrototypeOf(function* () {}) as object, 'GeneratorFunction'],
    [Object.getPrototypeOf(async function* () {}) as object, 'AsyncGeneratorFunction'],
    [Function.prototype, 'Function'],
  ]);
  const byProto = kindByProto.get(Object.getPrototypeOf(fn) as object);
  if (byProto !== undefined) return byProto;
  // The prototype was replaced: Node still knows the kind from V8; read it from the source.
  const isAsync = /^async(\s+function\b|\s*\*|\s*\(|\s+[\w$]+\s*=>)/.test(source);
  const isGenerator = /^(async\s*)?(function\s*\*|\*)/.test(source);
  return `${isAsync ? 'Async' : ''}${isGenerator ? 'Generator' : ''}Function` as FunctionKind;
}

/** A function's or class's head: `[Function: f]`, `[AsyncFunction (anonymous)]`, `[class A extends B]` … */
export function functionBase(fn: Function, ctor: string | null, tag: string): string {
  const source = Function.prototype.toString.call(fn);
  if (looksLikeClass(source)) return classBase(fn, ctor, tag);
  const kind = functionKind(fn, source);
  let base = `[${kind}`;
  if (ctor === null) base += ' (null prototype)';
  base += fn.name === '' ? ' (anonymous)' : `: ${String(fn.name)}`;
  base += ']';
  if (ctor !== kind && ctor !== null) base += ` ${ctor}`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  return base;
}

function classBase(fn: Function, ctor: string | null, tag: string): string {
  const name = (hasOwn(fn, 'name') && fn.name) || '(anonymous)';
  let base = `class ${String(name)}`;
  if (ctor !== 'Function' && ctor !== null) base += ` [${ctor}]`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  if (ctor !== null) {
    const superName: unknown = (Object.getPrototypeOf(fn) as { name?: unknown }).name;
    if (superName) base += ` extends ${String(superName)}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

// ---------------------------------------------------------------------------------------
// [nodejs.util.inspect.custom]
// ---------------------------------------------------------------------------------------

const kInspectCustom = /*#__PURE__*/ Symbol.for('nodejs.util.inspect.custom');

/**
 * Calls `value[Symbol.for('nodejs.util.inspect.custom')]` as util.inspect does, with the
 * depth left, Node's options object and (as Node 16.14+ does; 16.13.1 passes nothing there)
 * an `inspect` function. Returns `value` itself when there is no such method, when `value`
 * is the prototype that owns it, or when the method returns `value`: util.inspect then
 * formats the value normally.
 * @param depth the inspect depth (`options.depth`).
 * @param level how deep `value` sits (the method receives `depth - level`).
 */
export function callCustomInspect(value: object, depth: number, level: number, inspect: InspectFunction): unknown {
  const method: unknown = (value as Record<symbol, unknown>)[kInspectCustom];
  if (typeof method !== 'function') return value;
  const ctor = (value as { constructor?: { prototype?: unknown } }).constructor;
  if (ctor && ctor.prototype === value) return value;
  // Node's options, in Node's key order.
  const options = {
    showHidden: false,
    depth,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: MAX_ARRAY_LENGTH,
    maxStringLength: MAX_STRING_LENGTH,
    breakLength: BREAK_LENGTH,
    compact: COMPACT,
    sorted: false,
    getters: false,
    stylize: (text: string) => text,
  };
  return (method as Function).call(value, depth - level, options, inspect) as unknown;
}

// ---------------------------------------------------------------------------------------
// The shallow formatter
// ---------------------------------------------------------------------------------------

/**
 * What `ERR_INVALID_ARG_TYPE` shows of a value it does not name: `util.inspect(value)` for
 * primitives and functions, `util.inspect(value, { depth: -1 })` for objects (which
 * `ERR_INVALID_ARG_TYPE` only inspects when they have no constructor name).
 *
 * Exact for: primitives; functions and classes, with their own properties when these hold
 * primitives, functions without properties, empty objects or the function itself (a
 * nested non-empty object is named as at depth -1, `[Object]`, where Node would list it:
 * within ERR_INVALID_ARG_TYPE's 25 characters that can only move a line break); at depth -1, plain and null-prototype objects (`{}`,
 * `[Object: null prototype]`, `[T: null prototype]`, `Object <Complex prototype> {}`),
 * arrays (`[Array(0): null prototype] []`, `[Array: null prototype]`), typed arrays,
 * module namespaces, and `[nodejs.util.inspect.custom]` methods. Not recognised: the
 * null-prototype forms of Map, Set, Date, RegExp, Error, boxed primitives and other
 * built-ins, which print as plain null-prototype objects (`[Object: null prototype]`);
 * `inspect-received.ts` knows them all.
 * @param depth Node's `depth`: -1 for objects, 2 (the default) for anything else, as
 *   `ERR_INVALID_ARG_TYPE` inspects them. `[nodejs.util.inspect.custom]` methods receive
 *   it; at depth 0 or more an object's own properties are listed, one level deep (nested
 *   objects named as at depth -1).
 */
export function inspectShallow(value: unknown, depth = typeof value === 'function' ? 2 : -1): string {
  return formatLight(value, depth, 0, BREAK_LENGTH, true);
}

/** The `inspect` given to custom inspect methods from here: one level deep, on one line when it fits. */
const inspectLight: InspectFunction = (value, options) =>
  formatLight(value, options?.depth ?? 2, 0, options?.breakLength ?? BREAK_LENGTH, true);

/**
 * @param top whether `value` is the outermost value: only there are the properties of a
 *   function (or, within the depth, of an object) listed.
 */
function formatLight(value: unknown, depth: number, indent: number, breakLength: number, top: boolean): string {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return formatPrimitive(value as Primitive, indent);
  }
  const replaced = callCustomInspect(value, depth, top ? 0 : 1, inspectLight);
  if (replaced !== value) {
    return typeof replaced === 'string' ? replaced : formatLight(replaced, depth, indent, breakLength, false);
  }
  const found = constructorOnChain(value);
  // Node describes the prototype (`Object <[Object: null prototype] {}>`) within the depth,
  // and writes `<Complex prototype>` beyond it: always so at depth -1; inside a function's
  // head, only the first letters of the name reach ERR_INVALID_ARG_TYPE's 25 characters.
  const ctor = found === undefined ? `${internalName(value)} <Complex prototype>` : found;
  const tag = toStringTag(value);
  const keys = ownKeys(value);
  let base = '';
  let open = '{';
  let close = '}';
  if (typeof value === 'function') {
    base = functionBase(value, ctor, tag);
    if (keys.length === 0 || !top) return base;
  } else {
    let fallback = 'Object';
    const typedName = typedArrayName(value);
    if ((Array.isArray(value) || typedName !== undefined) && ((value as Iterable<unknown>)[Symbol.iterator] || ctor === null)) {
      fallback = typedName ?? 'Array';
      open = `${fallback !== 'Array' || ctor !== 'Array' || tag !== '' ? prefix(ctor, tag, fallback, '(0)') : ''}[`;
      close = ']';
      // Items are not listed here: only empty ones are shown (a null-prototype typed array
      // has no `length`, and Node names it too).
      if ((value as unknown[]).length === 0) {
        if (keys.length === 0) return `${open}]`;
      } else {
        top = false;
      }
    } else if (ctor === null && tag === 'Module') {
      top = false;
    } else {
      if (ctor !== 'Object' || tag !== '') open = `${prefix(ctor, tag, 'Object')}{`;
      if (keys.length === 0) return `${open}}`;
    }
    if (!top || depth < 0) {
      const name = prefix(ctor, tag, fallback).slice(0, -1);
      return ctor === null ? name : `[${name}]`;
    }
  }
  let ref = '';
  const output = keys.map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key) ?? { value: undefined };
    let text = accessorLabel(descriptor);
    if (text === undefined) {
      if (descriptor.value === value) {
        ref = '<ref *1> ';
        text = '[Circular *1]';
      } else {
        text = formatLight(descriptor.value, depth, indent + 2, breakLength, false);
      }
    }
    return `${formatKey(key, descriptor.enumerable)}: ${text}`;
  });
  // Node's test for one line: the entries, their separators, the head and 10 columns fit.
  let width = output.length * 2 + indent + open.length + base.length + 10;
  for (const entry of output) width += entry.length;
  if (base !== '') base += ' ';
  if (width <= breakLength) return `${ref}${base}${open} ${output.join(', ')} ${close}`;
  const newline = `\n${' '.repeat(indent)}`;
  return `${ref}${base}${open}${newline}  ${output.join(`,${newline}  `)}${newline}${close}`;
}
