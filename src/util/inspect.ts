/**
 * `util.inspect`, `util.format` and `util.formatWithOptions` over polynode's one formatter
 * (`src/internal/inspect-received.ts`, which error messages use too).
 *
 * @packageDocumentation
 */
import {
  type InspectOptions,
  formatAsString,
  formatWithContext,
  inspectDefaultOptions,
  newContext,
} from '../internal/inspect-received.js';
import { validateObject } from '../internal/validators.js';

export type { InspectOptions } from '../internal/inspect-received.js';

/** Node's `util.inspect` function type, with its attached tables. */
export interface Inspect {
  (value: unknown, options?: InspectOptions | boolean, depth?: number | null, colors?: boolean): string;
  /** `Symbol.for('nodejs.util.inspect.custom')`. */
  readonly custom: unique symbol;
  /** The options every call starts from; assigning an object merges it in (validated like Node). */
  defaultOptions: InspectOptions;
  /** ANSI colour codes by name: `[open, close]`. */
  colors: Record<string, [number, number]>;
  /** The colour name for each kind of value (`number: 'yellow'` …). */
  styles: Record<string, string>;
}

const COLOR_CODES: [string, number, number][] = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24], ['blink', 5, 25],
  ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
  ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39], ['blue', 34, 39],
  ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39], ['bgBlack', 40, 49], ['bgRed', 41, 49],
  ['bgGreen', 42, 49], ['bgYellow', 43, 49], ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49],
  ['bgWhite', 47, 49], ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
  ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39], ['magentaBright', 95, 39],
  ['cyanBright', 96, 39], ['whiteBright', 97, 39], ['bgGray', 100, 49], ['bgRedBright', 101, 49],
  ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49],
  ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
];

/** Other names of colours: non-enumerable accessors onto the entry they alias, as in Node. */
const COLOR_ALIASES: [string, string][] = [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
];

function makeColors(): Record<string, [number, number]> {
  const colors = Object.create(null) as Record<string, [number, number]>;
  for (const [name, open, close] of COLOR_CODES) colors[name] = [open, close];
  for (const [alias, target] of COLOR_ALIASES) {
    Object.defineProperty(colors, alias, {
      get: () => colors[target],
      set(value: [number, number]) {
        colors[target] = value;
      },
      configurable: true,
      enumerable: false,
    });
  }
  return colors;
}

function makeInspect(): Inspect {
  const colors = makeColors();
  const styles = Object.assign(Object.create(null) as Record<string, string>, {
    special: 'cyan',
    number: 'yellow',
    bigint: 'yellow',
    boolean: 'yellow',
    undefined: 'grey',
    null: 'bold',
    string: 'green',
    symbol: 'green',
    date: 'magenta',
    regexp: 'red',
    module: 'underline',
  });
  const stylizeWithColor = (text: string, style: string): string => {
    const name = (inspect as unknown as Inspect).styles[style];
    if (name !== undefined) {
      const color = (inspect as unknown as Inspect).colors[name];
      if (color !== undefined) return `\u001b[${color[0]}m${text}\u001b[${color[1]}m`;
    }
    return text;
  };

  function inspect(value: unknown, options?: InspectOptions | boolean, depth?: number | null, useColors?: boolean): string {
    const ctx = newContext(arguments.length > 1 && typeof options === 'object' && options !== null ? options : undefined);
    if (arguments.length > 2) {
      if (depth !== undefined) ctx.depth = depth;
      if (arguments.length > 3 && useColors !== undefined) ctx.colors = useColors;
    }
    if (typeof options === 'boolean') ctx.showHidden = options;
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    ctx.inspect = inspect;
    return formatWithContext(ctx, value);
  }
  Object.defineProperties(inspect, {
    custom: { value: Symbol.for('nodejs.util.inspect.custom'), enumerable: true, writable: false, configurable: true },
    defaultOptions: {
      get: () => inspectDefaultOptions,
      set(options: unknown) {
        validateObject(options, 'options');
        return Object.assign(inspectDefaultOptions, options);
      },
      enumerable: true,
      configurable: true,
    },
    colors: { value: colors, writable: true, enumerable: true, configurable: true },
    styles: { value: styles, writable: true, enumerable: true, configurable: true },
  });
  return inspect as unknown as Inspect;
}

/**
 * Node's `util.inspect(value, options)` (or the legacy `(value, showHidden, depth, colors)`):
 * a string representation of any value, for debugging, exactly as Node 16.13.1 prints it —
 * every option of Node 16.13.1, `inspect.custom`, `inspect.defaultOptions` (shared with the
 * error messages, as in Node), `inspect.colors` and `inspect.styles`.
 * Custom inspect methods receive `(depth, options, inspect)`: Node 16.13.1 passes no third
 * argument; polynode passes `inspect` as Node 16.14+ does.
 *
 * Browser: what a page cannot see is shown as faithfully as it can be —
 * a Promise always prints `Promise { <pending> }` (its state cannot be read synchronously),
 * a Proxy prints as its target would through its traps (`showProxy` cannot detect one),
 * Map/Set iterators print as `Object [Map Iterator] {}` (their entries cannot be previewed
 * without consuming them), WeakMap/WeakSet entries stay `<items unknown>` under `showHidden`,
 * errors from SpiderMonkey get V8's stack layout, and objects whose chain has no constructor
 * are named `Object <…>` (V8's internal class names cannot be read).
 * `numericSeparator` is not an option of Node 16.13.1 (it came with 16.14) and is ignored, as there.
 */
export const inspect: Inspect = /*#__PURE__*/ makeInspect();

function formatInternal(options: InspectOptions | undefined, args: unknown[]): string {
  const first = args[0];
  let used = 0;
  let out = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (used + 1 !== args.length) {
        let text: string;
        switch (next) {
          case 115: // s
            text = formatAsString(args[++used], options);
            break;
          case 106: // j
            text = stringifyJson(args[++used]);
            break;
          case 100: {
            // d
            const arg = args[++used];
            text = typeof arg === 'bigint' ? `${arg}n` : typeof arg === 'symbol' ? 'NaN' : numberText(Number(arg));
            break;
          }
          case 79: // O
            text = inspect(args[++used], options ?? {});
            break;
          case 111: // o
            text = inspect(args[++used], { ...options, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: {
            // i
            const arg = args[++used];
            text = typeof arg === 'bigint' ? `${arg}n` : typeof arg === 'symbol' ? 'NaN' : numberText(parseInt(arg as string));
            break;
          }
          case 102: {
            // f
            const arg = args[++used];
            text = typeof arg === 'symbol' ? 'NaN' : numberText(parseFloat(arg as string));
            break;
          }
          case 99: // c
            used += 1;
            text = '';
            break;
          case 37: // %
            out += first.slice(last, i);
            last = i + 1;
            continue;
          default:
            continue;
        }
        if (last !== i - 1) out += first.slice(last, i - 1);
        out += text;
        last = i + 1;
      } else if (next === 37) {
        out += first.slice(last, i);
        last = i + 1;
      }
    }
    if (last !== 0) {
      used++;
      join = ' ';
      if (last < first.length) out += first.slice(last);
    }
  }
  while (used < args.length) {
    const value = args[used];
    out += join;
    out += typeof value !== 'string' ? inspect(value, options ?? {}) : value;
    join = ' ';
    used++;
  }
  return out;
}

const numberText = (value: number): string => (Object.is(value, -0) ? '-0' : `${value}`);

let circularMessage: string | undefined;
function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    // The engine's own message for a cycle (each engine words it differently).
    if (circularMessage === undefined) {
      try {
        const cycle: Record<string, unknown> = {};
        cycle.cycle = cycle;
        JSON.stringify(cycle);
      } catch (cycleError) {
        circularMessage = firstLine(cycleError);
      }
    }
    if ((error as Error)?.name === 'TypeError' && firstLine(error) === circularMessage) return '[Circular]';
    throw error;
  }
}

const firstLine = (error: unknown): string => String((error as Error)?.message).split('\n')[0]!;

/**
 * Node's `util.format(format, ...args)`: printf-like formatting with `%s %d %i %f %j %o %O
 * %c %%`; extra arguments are appended, inspected unless they are strings. Exact to Node
 * 16.13.1, including `%s` of objects (inspected at depth 0 unless they have a toString of
 * their own), bigints (`5n`), symbols and `-0`.
 * Browser: `%j` recognises a circular structure by the engine's own error message.
 */
export function format(format?: unknown, ...args: unknown[]): string {
  return formatInternal(undefined, [format, ...args].slice(0, arguments.length));
}

/**
 * Node's `util.formatWithOptions(inspectOptions, format, ...args)`: `util.format` whose
 * inspected values use `inspectOptions`. Throws `ERR_INVALID_ARG_TYPE` when
 * `inspectOptions` is not an object (arrays are accepted, as in Node).
 */
export function formatWithOptions(inspectOptions: InspectOptions, ...args: unknown[]): string {
  validateObject(inspectOptions, 'inspectOptions', { allowArray: true });
  return formatInternal(inspectOptions, args);
}

