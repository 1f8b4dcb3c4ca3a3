/**
 * The small value formatter of the events module, for the values its messages show
 * (`Unhandled error. (…)`, the leak warning's emitter, an out-of-range count): a light
 * stand-in for util.inspect, which would weigh more than the whole EventEmitter. Argument
 * type errors use the shared, exact `ERR_INVALID_ARG_TYPE`. The test
 * `test/events/format.test.ts` holds `show` to the shared formatter value by value.
 * Private to the module.
 *
 * @packageDocumentation
 */
import { quoteString } from '../internal/inspect-primitive.js';

const isObjectLike = (value: unknown): value is object =>
  value !== null && (typeof value === 'object' || typeof value === 'function');

/** The nearest constructor on the chain that `value` is an instance of; null when there is none. */
function constructorName(value: object): string | null {
  for (let current: object | null = value; current !== null; current = Object.getPrototypeOf(current) as object | null) {
    const ctor: unknown = Object.getOwnPropertyDescriptor(current, 'constructor')?.value;
    try {
      if (typeof ctor === 'function' && ctor.name && value instanceof ctor) return ctor.name;
    } catch {
      // a constructor whose instanceof throws is skipped, as util.inspect skips it
    }
  }
  return null;
}

/**
 * `util.inspect(value, { depth: -1 })` for an object: `[EventEmitter]`, `[Foo]`, or
 * `[Object: null prototype]`; `Foo {}`, `{}`, `[Object: null prototype] {}` when it has no keys.
 * Browser: a `Symbol.toStringTag` is not shown (Node writes `[Foo [tag]]`).
 */
export function bracketName(value: object): string {
  const name = constructorName(value);
  const empty = Object.keys(value).length === 0;
  if (name) return empty ? (name === 'Object' ? '{}' : `${name} {}`) : `[${name}]`;
  return empty ? '[Object: null prototype] {}' : '[Object: null prototype]';
}

function functionName(fn: Function): string {
  const isClass = /^class\b/.test(Function.prototype.toString.call(fn));
  return fn.name ? `[${isClass ? 'class' : 'Function:'} ${fn.name}]` : `[${isClass ? 'class' : 'Function'} (anonymous)]`;
}

/**
 * `util.inspect(value)` for error messages. Exact for primitives (but for strings longer
 * than 76 characters that hold line breaks, which Node cuts into `'…\n' +` pieces, and
 * strings over 10,000 characters, which it shortens), functions' heads, empty
 * objects and arrays, and objects and arrays of up to 6 entries, nested up to Node's depth
 * of 2, that are plain, null-prototype or class instances, with Node's line breaking.
 * Browser: beyond that it is close, not exact (Node groups long arrays in columns, lists
 * symbol keys, and formats Maps, Dates, Errors … in their own ways, which are not carried
 * here to keep the module small).
 */
export function show(value: unknown, level = 0, indent = 0): string {
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Object.is(value, -0)) return '-0';
  if (!isObjectLike(value)) return String(value);
  if (typeof value === 'function') return functionName(value);
  const isArray = Array.isArray(value);
  const name = constructorName(value);
  const prefix = name === null ? `[${isArray ? 'Array' : 'Object'}: null prototype] ` : name === (isArray ? 'Array' : 'Object') ? '' : `${name} `;
  const keys = Object.keys(value);
  if (keys.length === 0) return `${prefix}${isArray ? '[]' : '{}'}`;
  if (level > 2) return name === null ? prefix.slice(0, -1) : `[${name}]`;
  const entries = keys.map((key) => {
    const text = show((value as Record<string, unknown>)[key], level + 1, indent + 2);
    if (isArray && /^\d+$/.test(key)) return text;
    return `${/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key) ? key : quoteString(key)}: ${text}`;
  });
  const open = `${prefix}${isArray ? '[' : '{'}`;
  const close = isArray ? ']' : '}';
  let width = entries.length * 2 + indent + open.length + 10;
  for (const entry of entries) width += entry.length;
  if (width <= 80 && !entries.some((entry) => entry.includes('\n'))) return `${open} ${entries.join(', ')} ${close}`;
  const newline = `\n${' '.repeat(indent)}`;
  return `${open}${newline}  ${entries.join(`,${newline}  `)}${newline}${close}`;
}
