/**
 * polynode's `console`: Node 16.13.1's `console` module for the browser.
 *
 * - `Console`: Node's class over any object with a `write()` method (a polynode stream, a
 *   `{ write(chunk) {} }` of your own): log, info, debug, warn, error, dir, dirxml, table,
 *   group, groupCollapsed, groupEnd, time, timeEnd, timeLog, count, countReset, assert and
 *   trace write exactly what Node's Console writes (util.format and util.inspect output,
 *   table borders, group indentation), checked against Node 16 on 49 call sequences.
 * - The named exports and the default object are the **page's console**: in Node,
 *   `require('console')` is the global console, so here each method forwards to
 *   `globalThis.console` at call time (DevTools keeps its own formatting and grouping).
 *   Methods a browser lacks (`context`, `timeStamp`, `profile` … in some) do nothing.
 *
 * @packageDocumentation
 */
import { getStringWidth } from '../internal/inspect-received.js';
import { formatWithOptions, inspect } from '../util/index.js';
import type { InspectOptions } from '../util/index.js';
import { isMap, isMapIterator, isSet, isSetIterator } from '../util/types/index.js';
import { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_ARG_VALUE } from '../internal/errors.js';
import { validateArray, validateInteger, validateObject } from '../internal/validators.js';
import { emitWarning } from '../internal/warnings.js';

/** What a Console writes to: anything with `write(chunk)`. Node's stream events are used when present. */
export interface ConsoleStream {
  write(chunk: string, callback?: (error?: Error | null) => void): unknown;
  isTTY?: boolean;
  getColorDepth?(): number;
  listenerCount?(event: string): number;
  once?(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener?(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** The options of `new Console(options)`. */
export interface ConsoleConstructorOptions {
  stdout: ConsoleStream;
  stderr?: ConsoleStream;
  ignoreErrors?: boolean;
  colorMode?: boolean | 'auto';
  inspectOptions?: InspectOptions;
  groupIndentation?: number;
}

const noop = (): void => {};

/** Node's console.time() clock, in milliseconds. */
function clock(): number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? perf.now() : Date.now();
}

/** How Node's console prints a duration: `12.345ms`, `1.234s`, `1:02.345 (m:ss.mmm)`, `1:02:03.456 (h:mm:ss.mmm)`. */
function formatTime(ms: number): string {
  const pad = (value: number | string) => String(value).padStart(2, '0');
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, fraction] = seconds.toFixed(3).split('.') as [string, string];
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : `${minutes}`;
    return `${head}:${pad(whole)}.${fraction} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

/** Node's console.table drawing: a header row and columns of cells, centred. */
function renderTable(head: string[], columns: string[][]): string {
  const widths = head.map((cell) => getStringWidth(cell));
  const longest = Math.max(0, ...columns.map((column) => column.length));
  const rows: string[][] = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i]!;
    for (let j = 0; j < longest; j++) {
      const row = (rows[j] ??= []);
      const cell = Object.prototype.hasOwnProperty.call(column, j) ? column[j]! : '';
      row[i] = cell;
      widths[i] = Math.max(widths[i] ?? 0, getStringWidth(cell));
    }
  }
  const line = (cells: string[]) =>
    `│ ${cells
      .map((cell, i) => {
        const room = widths[i]! - getStringWidth(cell);
        return ' '.repeat(Math.floor(room / 2)) + cell + ' '.repeat(Math.ceil(room / 2));
      })
      .join(' │ ')} │`;
  const bars = widths.map((width) => '─'.repeat(width + 2));
  let out = `┌${bars.join('┬')}┐\n${line(head)}\n├${bars.join('┼')}┤\n`;
  for (const row of rows) out += `${line(row)}\n`;
  return `${out}└${bars.join('┴')}┘`;
}

const NO_COLORS: InspectOptions = {};
const COLORS: InspectOptions = { colors: true };

type StreamKind = 'stdout' | 'stderr';

/** The methods Node binds onto every Console instance, in Node's order. */
const METHODS = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed'] as const;

/** The implementation of `Console` (see below). */
class ConsoleImpl {
  declare _stdout: ConsoleStream;
  declare _stderr: ConsoleStream;
  declare _ignoreErrors: boolean;
  declare _times: Map<string, number>;
  declare _stdoutErrorHandler: (error?: Error | null) => void;
  declare _stderrErrorHandler: (error?: Error | null) => void;
  #counts = new Map<string, number>();
  #colorMode: boolean | 'auto' = 'auto';
  #inspectOptions: InspectOptions | undefined;
  #groupIndent = '';
  #groupIndentation = 2;

  constructor(options: ConsoleConstructorOptions | ConsoleStream, stderr?: ConsoleStream, ignoreErrors?: boolean) {
    const opts: Partial<ConsoleConstructorOptions> =
      !options || typeof (options as ConsoleStream).write === 'function'
        ? { stdout: options as ConsoleStream, stderr, ignoreErrors }
        : (options as ConsoleConstructorOptions);
    const { stdout, colorMode = 'auto', inspectOptions, groupIndentation } = opts;
    const err = opts.stderr ?? stdout;
    if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
    if (!err || typeof err.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
    if (typeof colorMode !== 'boolean' && colorMode !== 'auto') throw new ERR_INVALID_ARG_VALUE('colorMode', colorMode);
    if (groupIndentation !== undefined) validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
    if (inspectOptions !== undefined) {
      validateObject(inspectOptions, 'options.inspectOptions');
      if (inspectOptions.colors !== undefined && opts.colorMode !== undefined) {
        throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
      }
      this.#inspectOptions = inspectOptions;
    }
    this.#colorMode = colorMode;
    if (groupIndentation !== undefined) this.#groupIndentation = groupIndentation;
    const hidden = (value: unknown) => ({ value, writable: true, configurable: true, enumerable: false });
    Object.defineProperties(this, {
      _stdout: hidden(stdout),
      _stderr: hidden(err),
      _ignoreErrors: hidden(opts.ignoreErrors !== false),
      _times: hidden(new Map<string, number>()),
      _stdoutErrorHandler: hidden(noop),
      _stderrErrorHandler: hidden(noop),
    });
    for (const name of METHODS) {
      const method = (ConsoleImpl.prototype as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
      const bound = method.bind(this);
      Object.defineProperty(bound, 'name', { value: name });
      (this as unknown as Record<string, unknown>)[name] = bound;
    }
  }

  /** The inspect options for `stream`: the constructor's, with colours by `colorMode`. */
  #inspectOptionsFor(stream: ConsoleStream): InspectOptions {
    let color: boolean = this.#colorMode === true;
    if (this.#colorMode === 'auto') {
      color = Boolean(stream.isTTY) && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
    }
    if (this.#inspectOptions) {
      if (this.#inspectOptions.colors === undefined) this.#inspectOptions.colors = color;
      return this.#inspectOptions;
    }
    return color ? COLORS : NO_COLORS;
  }

  #write(kind: StreamKind, text: string): void {
    const stream = kind === 'stdout' ? this._stdout : this._stderr;
    if (this.#groupIndent.length !== 0) {
      if (text.includes('\n')) text = text.replace(/\n/g, `\n${this.#groupIndent}`);
      text = this.#groupIndent + text;
    }
    text += '\n';
    if (this._ignoreErrors === false) {
      stream.write(text);
      return;
    }
    const handler = kind === 'stdout' ? this._stdoutErrorHandler : this._stderrErrorHandler;
    let added = false;
    try {
      const count = typeof stream.listenerCount === 'function' ? stream.listenerCount('error') : 0;
      if (count === 0 && typeof stream.once === 'function') {
        stream.once('error', noop);
        added = true;
      }
      stream.write(text, handler);
    } catch (error) {
      if (error instanceof RangeError && /call stack/i.test(error.message)) throw error;
    } finally {
      if (added && typeof stream.removeListener === 'function') stream.removeListener('error', noop);
    }
  }

  #format(kind: StreamKind, args: unknown[]): string {
    return formatWithOptions(this.#inspectOptionsFor(kind === 'stdout' ? this._stdout : this._stderr), ...args);
  }

  /** Writes `util.format(...data)` and a newline to stdout. */
  log(...data: unknown[]): void {
    this.#write('stdout', this.#format('stdout', data));
  }
  /** Same as `log`. */
  info(...data: unknown[]): void {
    this.log(...data);
  }
  /** Same as `log`. */
  debug(...data: unknown[]): void {
    this.log(...data);
  }
  /** Same as `log`. */
  dirxml(...data: unknown[]): void {
    this.log(...data);
  }
  /** Writes `util.format(...data)` and a newline to stderr. */
  warn(...data: unknown[]): void {
    this.#write('stderr', this.#format('stderr', data));
  }
  /** Same as `warn`. */
  error(...data: unknown[]): void {
    this.warn(...data);
  }

  /** Writes `util.inspect(item, { customInspect: false, ...options })` to stdout. */
  dir(item?: unknown, options?: InspectOptions): void {
    this.#write('stdout', inspect(item, { customInspect: false, ...this.#inspectOptionsFor(this._stdout), ...options }));
  }

  /** Starts a timer; warns (a process warning) when the label exists. */
  time(label: unknown = 'default'): void {
    const name = `${label as string}`;
    if (this._times.has(name)) {
      emitWarning(`Label '${name}' already exists for console.time()`);
      return;
    }
    this._times.set(name, clock());
  }

  #timeLog(name: string, method: string, data?: unknown[]): boolean {
    const start = this._times.get(name);
    if (start === undefined) {
      emitWarning(`No such label '${name}' for console.${method}()`);
      return false;
    }
    const formatted = formatTime(clock() - start);
    if (data === undefined) this.log('%s: %s', name, formatted);
    else this.log('%s: %s', name, formatted, ...data);
    return true;
  }

  /** Prints `label: <elapsed>` and stops the timer. */
  timeEnd(label: unknown = 'default'): void {
    const name = `${label as string}`;
    if (this.#timeLog(name, 'timeEnd')) this._times.delete(name);
  }

  /** Prints `label: <elapsed>` followed by `data`. */
  timeLog(label: unknown = 'default', ...data: unknown[]): void {
    this.#timeLog(`${label as string}`, 'timeLog', data);
  }

  /**
   * Prints `Trace: <message>` and the stack to stderr. Browser: the frames are the
   * engine's, written in V8's `    at …` form (Firefox's are converted).
   */
  trace(...data: unknown[]): void {
    const message = this.#format('stderr', data);
    const header = message === '' ? 'Trace' : `Trace: ${message}`;
    const holder: { stack?: string } = {};
    const capture = (Error as { captureStackTrace?: (target: object, fn: unknown) => void }).captureStackTrace;
    let frames: string[];
    if (typeof capture === 'function') {
      capture(holder, ConsoleImpl.prototype.trace);
      frames = String(holder.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    } else {
      frames = String(new Error().stack ?? '')
        .split('\n')
        .slice(1)
        .filter((line) => line !== '')
        .map((line) => {
          const at = line.indexOf('@');
          return at > 0 ? `    at ${line.slice(0, at)} (${line.slice(at + 1)})` : `    at ${line.slice(at + 1)}`;
        });
    }
    this.error([header, ...frames].join('\n'));
  }

  /** When `value` is falsy, warns `Assertion failed[: message]`. */
  assert(value?: unknown, ...data: unknown[]): void {
    if (!value) {
      data[0] = `Assertion failed${data.length === 0 ? '' : `: ${data[0] as string}`}`;
      this.warn(...data);
    }
  }

  /** Clears a TTY. Browser: a stream is never a TTY the console can clear; does nothing. */
  clear(): void {}

  /** Prints `label: n`, how often `count(label)` was called. */
  count(label: unknown = 'default'): void {
    const name = `${label as string}`;
    const count = (this.#counts.get(name) ?? 0) + 1;
    this.#counts.set(name, count);
    this.log(`${name}: ${count}`);
  }

  /** Resets a counter; warns when it does not exist. */
  countReset(label: unknown = 'default'): void {
    const name = `${label as string}`;
    if (!this.#counts.has(name)) {
      emitWarning(`Count for '${name}' does not exist`);
      return;
    }
    this.#counts.delete(name);
  }

  /** Logs `data` (if any) and indents what follows by `groupIndentation` spaces. */
  group(...data: unknown[]): void {
    if (data.length > 0) this.log(...data);
    this.#groupIndent += ' '.repeat(this.#groupIndentation);
  }
  /** Same as `group`. */
  groupCollapsed(...data: unknown[]): void {
    this.group(...data);
  }
  /** Ends the innermost group. */
  groupEnd(): void {
    this.#groupIndent = this.#groupIndent.slice(0, this.#groupIndent.length - this.#groupIndentation);
  }

  #setTable(data: Iterable<unknown>, cell: (v: unknown) => string, indexes: (n: number) => string[], print: (h: string[], c: string[][]) => void): void {
    const values: string[] = [];
    for (const value of data) values.push(cell(value));
    print(['(iteration index)', 'Values'], [indexes(values.length), values]);
  }

  /**
   * Prints `data` as Node's box-drawn table (`(index)`, `(iteration index)`, `Key`,
   * `Values` columns), or logs it when it is not an object. Browser: a Map or Set iterator
   * is read to its end (a page cannot preview it without consuming it), and a Map
   * iterator counts as key/value pairs when every item is a two-element array.
   */
  table(data?: unknown, properties?: readonly string[]): void {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (data === null || typeof data !== 'object') {
      this.log(data);
      return;
    }
    const cell = (value: unknown): string => {
      const depth = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 2 ? -1 : 0;
      return inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity, ...this.#inspectOptionsFor(this._stdout) });
    };
    const indexes = (length: number) => Array.from({ length }, (_, i) => cell(i));
    const print = (head: string[], columns: string[][]) => this.log(renderTable(head, columns));

    let entries: unknown[] | undefined;
    if (isMapIterator(data)) {
      entries = [...(data as Iterable<unknown>)];
      if (!entries.every((item) => Array.isArray(item) && item.length === 2)) {
        this.#setTable(entries, cell, indexes, print);
        return;
      }
    }
    if (entries || isMap(data)) {
      const keys: string[] = [];
      const values: string[] = [];
      for (const [key, value] of (entries ?? data) as Iterable<[unknown, unknown]>) {
        keys.push(cell(key));
        values.push(cell(value));
      }
      print(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
      return;
    }
    if (isSet(data) || isSetIterator(data)) {
      this.#setTable(data as Iterable<unknown>, cell, indexes, print);
      return;
    }
    const record = data as Record<string, unknown>;
    const map: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
    let hasPrimitives = false;
    const primitives: string[] = [];
    const rowKeys = Object.keys(record);
    rowKeys.forEach((rowKey, i) => {
      const item = record[rowKey];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitives[i] = cell(item);
        return;
      }
      for (const key of properties ?? Object.keys(item as object)) {
        const column = (map[key] ??= []);
        column[i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ? '' : cell((item as Record<string, unknown>)[key]);
      }
    });
    const head = Object.keys(map);
    const columns = Object.values(map);
    if (hasPrimitives) {
      head.push('Values');
      columns.push(primitives);
    }
    print(['(index)', ...head], [rowKeys, ...columns]);
  }
}

/** A Console instance. */
export type Console = ConsoleImpl;

/** The Console class: constructible with `new` and, as in Node, callable without it. */
export interface ConsoleConstructor {
  new (options: ConsoleConstructorOptions | ConsoleStream, stderr?: ConsoleStream, ignoreErrors?: boolean): Console;
  (options: ConsoleConstructorOptions | ConsoleStream, stderr?: ConsoleStream, ignoreErrors?: boolean): Console;
  readonly prototype: Console;
}

/**
 * Node's `console.Console`: `new Console(stdout[, stderr[, ignoreErrors]])` or
 * `new Console({ stdout, stderr, ignoreErrors, colorMode, inspectOptions, groupIndentation })`,
 * with Node's validation errors; callable without `new`, as in Node. Every method is bound
 * to the instance (`const { log } = new Console(out)` works).
 * Browser: a stream needs only `write()`; `once`/`removeListener`/`listenerCount` are used
 * when present (Node requires them), `colorMode: 'auto'` colours only a stream reporting
 * `isTTY` and a colour depth above 2, and `clear()` does nothing (as for any non-TTY stream).
 */
export const Console: ConsoleConstructor = /*#__PURE__*/ (() => {
  const Console = function Console(this: unknown, ...args: ConstructorParameters<typeof ConsoleImpl>): ConsoleImpl {
    return Reflect.construct(ConsoleImpl, args, new.target ?? Console) as ConsoleImpl;
  } as unknown as ConsoleConstructor;
  Object.defineProperty(Console, 'prototype', { value: ConsoleImpl.prototype, writable: false });
  Object.defineProperty(ConsoleImpl.prototype, 'constructor', { value: Console, writable: true, configurable: true, enumerable: false });
  return Console;
})();

// ---------------------------------------------------------------------------------------
// The module's exports: the page's console.
// ---------------------------------------------------------------------------------------

type ConsoleMethod = (...data: unknown[]) => void;

/** A function calling the page console's `name` method at call time (nothing when the page lacks it). */
function forward(name: string): ConsoleMethod {
  const method = function (...data: unknown[]): void {
    const target = (globalThis as unknown as { console?: Record<string, unknown> }).console;
    const fn = target?.[name];
    if (typeof fn === 'function') Reflect.apply(fn, target, data);
  };
  Object.defineProperty(method, 'name', { value: name });
  return method;
}

/** The page's `console.assert`. */
export const assert = /*#__PURE__*/ forward('assert');
/** The page's `console.clear`. */
export const clear = /*#__PURE__*/ forward('clear');
/** The page's `console.context` (Chromium); does nothing where the page lacks it. */
export const context = /*#__PURE__*/ forward('context');
/** The page's `console.count`. */
export const count = /*#__PURE__*/ forward('count');
/** The page's `console.countReset`. */
export const countReset = /*#__PURE__*/ forward('countReset');
/** The page's `console.debug`. */
export const debug = /*#__PURE__*/ forward('debug');
/** The page's `console.dir`. */
export const dir = /*#__PURE__*/ forward('dir');
/** The page's `console.dirxml`. */
export const dirxml = /*#__PURE__*/ forward('dirxml');
/** The page's `console.error`. */
export const error = /*#__PURE__*/ forward('error');
/** The page's `console.group`. */
export const group = /*#__PURE__*/ forward('group');
/** The page's `console.groupCollapsed`. */
export const groupCollapsed = /*#__PURE__*/ forward('groupCollapsed');
/** The page's `console.groupEnd`. */
export const groupEnd = /*#__PURE__*/ forward('groupEnd');
/** The page's `console.info`. */
export const info = /*#__PURE__*/ forward('info');
/** The page's `console.log`. */
export const log = /*#__PURE__*/ forward('log');
/** The page's `console.profile`; does nothing where the page lacks it. */
export const profile = /*#__PURE__*/ forward('profile');
/** The page's `console.profileEnd`; does nothing where the page lacks it. */
export const profileEnd = /*#__PURE__*/ forward('profileEnd');
/** The page's `console.table`. */
export const table = /*#__PURE__*/ forward('table');
/** The page's `console.time`. */
export const time = /*#__PURE__*/ forward('time');
/** The page's `console.timeEnd`. */
export const timeEnd = /*#__PURE__*/ forward('timeEnd');
/** The page's `console.timeLog`. */
export const timeLog = /*#__PURE__*/ forward('timeLog');
/** The page's `console.timeStamp`; does nothing where the page lacks it. */
export const timeStamp = /*#__PURE__*/ forward('timeStamp');
/** The page's `console.trace`. */
export const trace = /*#__PURE__*/ forward('trace');
/** The page's `console.warn`. */
export const warn = /*#__PURE__*/ forward('warn');

/** A stream-like view of the page console: each chunk goes to `console.log` or `console.error`, without its final newline. */
function pageStream(name: 'log' | 'error'): ConsoleStream {
  const out = forward(name);
  return {
    write(chunk: string) {
      out(String(chunk).replace(/\n$/, ''));
      return true;
    },
  };
}

/**
 * Node's `console` module object (`require('console')`, the global console). Browser: the
 * page console's methods as above, `Console`, and Node's `_stdout`/`_stderr` (stream-like
 * objects writing to `console.log`/`console.error`), `_times`, `_ignoreErrors` and the
 * error handlers.
 */
const consoleModule = {
  Console,
  assert,
  clear,
  context,
  count,
  countReset,
  debug,
  dir,
  dirxml,
  error,
  group,
  groupCollapsed,
  groupEnd,
  info,
  log,
  profile,
  profileEnd,
  table,
  time,
  timeEnd,
  timeLog,
  timeStamp,
  trace,
  warn,
  _ignoreErrors: true,
  _stderr: /*#__PURE__*/ pageStream('error'),
  _stderrErrorHandler: noop,
  _stdout: /*#__PURE__*/ pageStream('log'),
  _stdoutErrorHandler: noop,
  _times: /*#__PURE__*/ new Map<string, number>(),
};
export default consoleModule;
