/**
 * polynode's `readline`: Node 16.13.1's `readline` module for the browser.
 *
 * `createInterface` / `Interface` read lines from any polynode (or Node-shaped) Readable:
 * the text is decoded as UTF-8 through polynode's `StringDecoder` and split on `\n`, `\r\n`
 * and `\r` exactly as Node 16 splits it, including a `\r` that ends one chunk and a `\n`
 * that starts the next (joined when they arrive within `crlfDelay` ms). Events `line`,
 * `close`, `pause`, `resume`, `history`, `SIGINT` (terminal mode), `question()` with
 * `{ signal }`, `prompt()`, `write()`, the async iterator, and the cursor helpers that write
 * Node's ANSI codes are all real.
 *
 * Browser notes:
 * - There is no TTY: `terminal` defaults to `output.isTTY` as in Node, so it is `false`
 *   unless you pass `terminal: true` or an output stream that says `isTTY`. Terminal mode
 *   (line editing over `keypress` events) is built: insert, backspace/delete, left/right,
 *   home/end, word moves and deletes, Ctrl+A/E/B/F/U/K/W/L/D/C/N/P, history with prefix
 *   search on up/down, and tab completion (a single match is completed, several matches
 *   complete their common prefix and a second Tab lists them one per line; Node's column
 *   layout of the list is not reproduced). Display widths for cursor placement use a small
 *   built-in table: East Asian wide characters and most emoji count 2 columns, control
 *   characters and U+0300–U+036F combining marks 0, everything else 1 (Node uses ICU).
 * - Ctrl+Z emits `SIGTSTP` when someone listens and otherwise does nothing (a page cannot
 *   be suspended); `process.env.TERM === 'dumb'` is not consulted.
 *
 * @packageDocumentation
 */
import { getStringWidth } from '../internal/inspect-received.js';
import { Buffer } from '../buffer/index.js';
import EventEmitter from '../events/index.js';
import { nextTick } from '../process/index.js';
import { Readable } from '../stream/index.js';
import { StringDecoder } from '../string_decoder/index.js';
import {
  AbortError,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_ARG_VALUE_RANGE,
  ERR_INVALID_CURSOR_POS,
} from '../internal/errors.js';
import {
  validateAbortSignal,
  validateArray,
  validateCallback,
  validateString,
  validateUint32,
} from '../internal/validators.js';

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kEscapeCodeTimeout = 500;
// One line ending in a new chunk: `\r\n`, `\n`, or a `\r` that is not followed by `\n`.
const kLineEnding = /\r?\n|\r(?!\n)/;
const kEsc = '\x1b';

/** A stream `readline` reads from: something with `on`, `pause` and `resume`. */
export interface ReadlineInput {
  on(event: string, listener: (...args: any[]) => void): unknown;
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  isRaw?: boolean;
  setRawMode?(mode: boolean): unknown;
  [key: string | symbol]: any;
}

/** A stream `readline` writes to: something with `write`. */
export interface ReadlineOutput {
  write(data: string, callback?: (error?: Error | null) => void): boolean;
  columns?: number;
  isTTY?: boolean;
  on?(event: string, listener: (...args: any[]) => void): unknown;
  removeListener?(event: string, listener: (...args: any[]) => void): unknown;
  [key: string | symbol]: any;
}

/** What a completer returns: the candidates and the substring they complete. */
export type CompleterResult = [string[], string];
/** A synchronous (`line => result`) or asynchronous (`(line, cb) => void`) completer. */
export type Completer =
  | ((line: string) => CompleterResult)
  | ((line: string, callback: (err?: Error | null, result?: CompleterResult) => void) => void);

/** The options of `createInterface` / `new Interface`. */
export interface ReadLineOptions {
  input: ReadlineInput;
  output?: ReadlineOutput | null;
  completer?: Completer;
  terminal?: boolean;
  history?: string[];
  historySize?: number;
  removeHistoryDuplicates?: boolean;
  prompt?: string;
  crlfDelay?: number;
  escapeCodeTimeout?: number;
  tabSize?: number;
  signal?: AbortSignal;
}

/** A key as `emitKeypressEvents` describes it. */
export interface Key {
  sequence: string | null;
  name: string | undefined;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  code?: string;
}

// ---------------------------------------------------------------------------------------
// Display helpers
// ---------------------------------------------------------------------------------------

// CSI and OSC sequences, and lone escape + char pairs (what Node strips before measuring).
const kAnsi = /[\u001b\u009b][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

// ---------------------------------------------------------------------------------------
// Cursor helpers
// ---------------------------------------------------------------------------------------

type WriteCallback = (error?: Error | null) => void;
type Writable = { write(data: string, cb?: WriteCallback): boolean } | null | undefined;

function noStream(callback: WriteCallback | undefined): true {
  if (typeof callback === 'function') nextTick(callback, null);
  return true;
}

/**
 * Node's `readline.cursorTo(stream, x[, y][, callback])`: writes `CSI x+1 G` (column only)
 * or `CSI y+1 ; x+1 H` to `stream` and returns what `stream.write` returned. With no stream
 * or no numeric position, calls `callback(null)` on the next tick and returns `true`.
 * Throws `ERR_INVALID_ARG_VALUE` for a NaN `x`/`y` and `ERR_INVALID_CURSOR_POS` when only
 * `y` is a number. Browser: the same bytes; what they do depends on the stream (a terminal
 * emulator such as xterm.js understands them).
 */
export function cursorTo(stream: Writable, x: number, y?: number | WriteCallback, callback?: WriteCallback): boolean {
  if (callback !== undefined) validateCallback(callback);
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return noStream(callback);
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? `${kEsc}[${x + 1}G` : `${kEsc}[${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

/**
 * Node's `readline.moveCursor(stream, dx, dy[, callback])`: writes `CSI n D`/`C` for `dx`
 * and `CSI n A`/`B` for `dy`; with no stream or no movement calls `callback(null)` on the
 * next tick and returns `true`. Browser: as in Node.
 */
export function moveCursor(stream: Writable, dx: number, dy: number, callback?: WriteCallback): boolean {
  if (callback !== undefined) validateCallback(callback);
  if (stream == null || !(dx || dy)) return noStream(callback);
  let data = '';
  if (dx < 0) data += `${kEsc}[${-dx}D`;
  else if (dx > 0) data += `${kEsc}[${dx}C`;
  if (dy < 0) data += `${kEsc}[${-dy}A`;
  else if (dy > 0) data += `${kEsc}[${dy}B`;
  return stream.write(data, callback);
}

/**
 * Node's `readline.clearLine(stream, dir[, callback])`: writes `CSI 1 K` (dir < 0, to the
 * line's start), `CSI 0 K` (dir > 0, to its end) or `CSI 2 K` (the whole line).
 * Browser: as in Node.
 */
export function clearLine(stream: Writable, dir: number, callback?: WriteCallback): boolean {
  if (callback !== undefined) validateCallback(callback);
  if (stream == null) return noStream(callback);
  const data = dir < 0 ? `${kEsc}[1K` : dir > 0 ? `${kEsc}[0K` : `${kEsc}[2K`;
  return stream.write(data, callback);
}

/**
 * Node's `readline.clearScreenDown(stream[, callback])`: writes `CSI 0 J`.
 * Browser: as in Node.
 */
export function clearScreenDown(stream: Writable, callback?: WriteCallback): boolean {
  if (callback !== undefined) validateCallback(callback);
  if (stream == null) return noStream(callback);
  return stream.write(`${kEsc}[0J`, callback);
}

// ---------------------------------------------------------------------------------------
// Keypress parsing
// ---------------------------------------------------------------------------------------

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');

// The names of CSI / SS3 sequences, by their code (the part after ESC without modifiers).
const kKeyNames: Record<string, string> = {
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end', '[Z': 'tab',
};

/**
 * A small state machine that turns characters into `keypress` events, one at a time.
 * `feed('')` (the escape timeout) flushes a pending lone ESC.
 */
class KeyParser {
  pending = '';
  constructor(private readonly stream: EventEmitter) {}

  feed(ch: string): void {
    if (this.pending) {
      this.pending += ch;
      this.tryEscape(ch === '');
      return;
    }
    if (ch === kEsc) {
      this.pending = ch;
      return;
    }
    this.emitPlain(ch, false, ch);
  }

  private emitPlain(ch: string, escaped: boolean, sequence: string): void {
    const key: Key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
    if (ch === '\r') key.name = 'return';
    else if (ch === '\n') key.name = 'enter';
    else if (ch === '\t') key.name = 'tab';
    else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
    else if (ch === kEsc) key.name = 'escape';
    else if (ch === ' ') key.name = 'space';
    if (key.name !== undefined) key.meta = escaped;
    else if (!escaped && ch.length === 1 && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }
    key.sequence = sequence;
    if (sequence.length !== 0 && (key.name !== undefined || escaped)) {
      this.stream.emit('keypress', escaped ? undefined : sequence, key);
    } else if (sequence.length > 0) {
      this.stream.emit('keypress', sequence, key);
    }
  }

  private tryEscape(flush: boolean): void {
    const s = this.pending;
    // s starts with ESC; decide whether the sequence is complete.
    if (flush) {
      this.pending = '';
      this.emitPlain(s.slice(1), true, s);
      return;
    }
    let rest = s.slice(1);
    let meta = false;
    if (rest === kEsc) return; // ESC ESC: wait for more
    if (rest.startsWith(kEsc)) {
      meta = true;
      rest = rest.slice(1);
    }
    if (rest === '') return;
    if (rest[0] === 'O' || rest[0] === '[') {
      if (rest.length === 1) return;
      let body = rest;
      if (rest[0] === '[' && rest[1] === '[') {
        if (rest.length < 3) return;
        body = rest.slice(0, 3);
        if (body.length === rest.length) return this.emitEscape(s, '[[' + rest[2], 1, meta);
      }
      // SS3: ESC O [digits] letter; CSI: ESC [ params final.
      const m = rest[0] === 'O' ? /^O(\d*)([A-Za-z])$/.exec(rest) : /^\[(\d*(?:;\d*)*)([~^$A-Za-z])$/.exec(rest);
      if (m) {
        const params = m[1]!.split(';');
        let code: string;
        let modifier = 0;
        if (rest[0] === 'O') {
          code = 'O' + m[2];
          modifier = (Number(m[1]) || 1) - 1;
        } else if (m[2] === '~' || m[2] === '^' || m[2] === '$') {
          code = `[${params[0]}${m[2]}`;
          modifier = (Number(params[1]) || 1) - 1;
        } else {
          code = '[' + m[2];
          modifier = (Number(params[1] ?? (params.length === 1 && params[0] !== '' && params[0] !== '1' ? params[0] : '1')) || 1) - 1;
        }
        return this.emitEscape(s, code, modifier, meta);
      }
      if (/^[O[][\d;]*$/.test(rest) && rest.length < 12) return; // still reading parameters
      this.pending = '';
      this.emitPlain(rest, true, s);
      return;
    }
    this.pending = '';
    this.emitPlain(rest, true, s);
  }

  private emitEscape(sequence: string, code: string, modifier: number, meta: boolean): void {
    this.pending = '';
    const key: Key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
    key.ctrl = !!(modifier & 4);
    key.meta = !!(modifier & 10) || meta;
    key.shift = !!(modifier & 1);
    key.code = code;
    let name = kKeyNames[code];
    const base = code.replace(/\d+/, '');
    if (name === undefined && code.endsWith('$') && kKeyNames[code.slice(0, -1) + '~']) {
      name = kKeyNames[code.slice(0, -1) + '~'];
      key.shift = true;
    } else if (name === undefined && code.endsWith('^') && kKeyNames[code.slice(0, -1) + '~']) {
      name = kKeyNames[code.slice(0, -1) + '~'];
      key.ctrl = true;
    } else if (name === undefined && kKeyNames[base]) {
      name = kKeyNames[base];
    }
    if (code === '[Z') key.shift = true;
    key.name = name ?? 'undefined';
    if (name === undefined) key.name = undefined;
    key.sequence = sequence;
    this.stream.emit('keypress', undefined, key);
  }
}

/**
 * Node's `readline.emitKeypressEvents(stream[, interface])`: makes `stream` emit
 * `'keypress'` events `(str, key)` for the data it emits, once someone listens for them
 * (the same stream is never wired twice). Covered: printable characters (any Unicode, one
 * event per code point), Return/Enter/Tab/Backspace/Escape/Space, Ctrl+letter, Meta (ESC
 * prefix) + character, CSI and SS3 sequences for arrows, Home/End/Insert/Delete/PageUp/
 * PageDown, F1–F12 and Shift+Tab, with the xterm modifier parameter (`ESC [1;5C` is
 * Ctrl+Right) and `key.code`. A lone ESC is emitted after `escapeCodeTimeout` ms (500 by
 * default). Not covered: rxvt's `$`/`^` forms beyond Home/End/Insert/Delete/Page keys,
 * mouse reports and bracketed paste (emitted as Meta + character events).
 */
export function emitKeypressEvents(stream: any, iface: { escapeCodeTimeout?: number; [key: string]: any } = {}): void {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeDecoder] = new KeyParser(stream);
  const { escapeCodeTimeout = kEscapeCodeTimeout } = iface;
  let timeoutId: ReturnType<typeof setTimeout> | undefined;
  const triggerEscape = () => stream[kEscapeDecoder].feed('');

  function onData(input: unknown): void {
    if (stream.listenerCount('keypress') > 0) {
      const string: string = stream[kKeypressDecoder].write(typeof input === 'string' ? Buffer.from(input) : input);
      if (!string) return;
      clearTimeout(timeoutId);
      iface._sawKeyPress = [...string].length === 1;
      iface.isCompletionEnabled = false;
      let length = 0;
      for (const ch of string) {
        length += ch.length;
        if (length === string.length) iface.isCompletionEnabled = true;
        try {
          stream[kEscapeDecoder].feed(ch);
          if (length === string.length && stream[kEscapeDecoder].pending) {
            timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
          }
        } catch (error) {
          stream[kEscapeDecoder] = new KeyParser(stream);
          throw error;
        }
      }
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event: string | symbol): void {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

// ---------------------------------------------------------------------------------------
// Interface
// ---------------------------------------------------------------------------------------

const kLineObjectStream = Symbol('line object stream');
const kSubstringSearch = Symbol('kSubstringSearch');
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestion = Symbol('kQuestion');
const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

type QuestionCallback = (answer: string) => void;

function commonPrefix(strings: string[]): string {
  if (strings.length === 0) return '';
  let prefix = strings[0]!;
  for (const s of strings) {
    let i = 0;
    while (i < prefix.length && i < s.length && prefix[i] === s[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/**
 * The class behind Node's `readline.Interface` (an EventEmitter). Use it through
 * `Interface` or `createInterface`.
 */
class InterfaceImpl extends EventEmitter {
  declare _sawReturnAt: number;
  declare isCompletionEnabled: boolean;
  declare _sawKeyPress: boolean;
  declare _previousKey: Key | null;
  declare escapeCodeTimeout: number;
  declare tabSize: number;
  /** The text typed so far on the current line (terminal mode) or `''`. */
  declare line: string;
  declare output: ReadlineOutput | null | undefined;
  declare input: ReadlineInput;
  /** The history, newest first (terminal mode fills it). */
  declare history: string[];
  declare historySize: number;
  declare removeHistoryDuplicates: boolean;
  declare crlfDelay: number;
  declare completer: ((line: string, cb: (err?: Error | null, result?: CompleterResult) => void) => void) | undefined;
  declare _prompt: string;
  declare terminal: boolean;
  declare _decoder: StringDecoder;
  /** The cursor's index in `line` (terminal mode). */
  declare cursor: number;
  declare historyIndex: number;
  declare prevRows: number;
  declare paused: boolean | undefined;
  declare closed: boolean | undefined;
  declare _line_buffer: string | null | undefined;
  declare _questionCallback: QuestionCallback | null | undefined;
  declare _oldPrompt: string;
  declare [kSubstringSearch]: string | null;
  declare [kLineObjectStream]: any;

  constructor(
    input: ReadlineInput | ReadLineOptions,
    output?: ReadlineOutput | null,
    completer?: Completer,
    terminal?: boolean,
  ) {
    super();
    // Node's own fields come first, in Node's order (EventEmitter's come next in Node; here
    // they are set by the super constructor, which must run first).
    this._sawReturnAt = 0;
    this.isCompletionEnabled = true;
    this._sawKeyPress = false;
    this._previousKey = null;
    this.escapeCodeTimeout = kEscapeCodeTimeout;
    this.tabSize = 8;
    let history: unknown;
    let historySize: unknown;
    let removeHistoryDuplicates: unknown = false;
    let crlfDelay: unknown;
    let prompt: unknown = '> ';
    let signal: AbortSignal | undefined;
    if (input && (input as ReadLineOptions).input) {
      const options = input as ReadLineOptions;
      output = options.output;
      completer = options.completer;
      terminal = options.terminal;
      history = options.history;
      historySize = options.historySize;
      signal = options.signal;
      if (options.tabSize !== undefined) {
        validateUint32(options.tabSize, 'tabSize', true);
        this.tabSize = options.tabSize;
      }
      removeHistoryDuplicates = options.removeHistoryDuplicates;
      if (options.prompt !== undefined) prompt = options.prompt;
      if (options.escapeCodeTimeout !== undefined) {
        if (Number.isFinite(options.escapeCodeTimeout)) this.escapeCodeTimeout = options.escapeCodeTimeout;
        else throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      if (signal) validateAbortSignal(signal, 'options.signal');
      crlfDelay = options.crlfDelay;
      input = options.input;
    }
    const source = input as ReadlineInput;
    if (completer !== undefined && typeof completer !== 'function') throw new ERR_INVALID_ARG_VALUE('completer', completer);
    if (history === undefined) history = [];
    else validateArray(history, 'history');
    if (historySize === undefined) historySize = kHistorySize;
    if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
      throw new ERR_INVALID_ARG_VALUE_RANGE('historySize', historySize);
    }
    if (terminal === undefined && output != null) terminal = !!output.isTTY;

    this.line = '';
    this[kSubstringSearch] = null;
    this.output = output;
    this.input = source;
    this.history = history as string[];
    this.historySize = historySize;
    this.removeHistoryDuplicates = !!removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay as number) : kMinCrlfDelay;
    if (typeof completer === 'function') {
      const fn = completer;
      this.completer =
        fn.length === 2
          ? (fn as InterfaceImpl['completer'])
          : function completerWrapper(v: string, cb: (err: Error | null, result?: CompleterResult) => void) {
              cb(null, (fn as (line: string) => CompleterResult)(v));
            };
    }
    this.setPrompt(prompt as string);
    this.terminal = !!terminal;

    const self = this;
    const onerror = (error: unknown) => {
      self.emit('error', error);
    };
    this[kLineObjectStream] = undefined;
    source.on('error', onerror);

    if (!this.terminal) {
      const ondata = (data: unknown) => self._normalWrite(data);
      const onend = () => {
        if (typeof self._line_buffer === 'string' && self._line_buffer.length > 0) self.emit('line', self._line_buffer);
        self.close();
      };
      source.on('data', ondata);
      source.on('end', onend);
      this.once('close', () => {
        source.removeListener('data', ondata);
        source.removeListener('error', onerror);
        source.removeListener('end', onend);
      });
      this._decoder = new StringDecoder('utf8');
    } else {
      const onkeypress = (s: string | undefined, key: Key | undefined) => {
        self._ttyWrite(s, key);
        if (key && key.sequence) {
          const ch = key.sequence.codePointAt(0)!;
          if (ch >= 0xd800 && ch <= 0xdfff) self._refreshLine();
        }
      };
      const ontermend = () => {
        if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
        self.close();
      };
      const onresize = () => self._refreshLine();
      emitKeypressEvents(source, this as any);
      source.on('keypress', onkeypress);
      source.on('end', ontermend);
      this._setRawMode(true);
      this.terminal = true;
      this.cursor = 0;
      this.historyIndex = -1;
      if (output != null) output.on!('resize', onresize);
      this.once('close', () => {
        source.removeListener('keypress', onkeypress);
        source.removeListener('end', ontermend);
        source.removeListener('error', onerror);
        if (output != null) output.removeListener!('resize', onresize);
      });
    }

    if (signal) {
      const onAborted = () => self.close();
      if (signal.aborted) nextTick(onAborted);
      else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal!.removeEventListener('abort', onAborted));
      }
    }
    this.line = '';
    source.resume();
  }

  /** The output's `columns`, or `Infinity` when it has none. */
  get columns(): number {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  /** Sets the prompt `prompt()` writes. */
  setPrompt(prompt: string): void {
    this._prompt = prompt;
  }

  /** The current prompt. */
  getPrompt(): string {
    return this._prompt;
  }

  _setRawMode(mode: boolean): boolean | undefined {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  /** Resumes the input if paused and writes the prompt (redraws the line in terminal mode). */
  prompt(preserveCursor?: boolean): void {
    if (this.paused) this.resume();
    if (this.terminal) {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  /**
   * Writes `query` as the prompt and calls `cb(answer)` with the next line instead of
   * emitting `'line'`. With `{ signal }`, aborting cancels the question (no callback; the
   * promisified form rejects with `AbortError`).
   */
  question(query: string, options?: { signal?: AbortSignal } | QuestionCallback, cb?: QuestionCallback): void {
    cb = typeof options === 'function' ? options : cb;
    const opts = typeof options === 'object' && options !== null ? options : {};
    if (opts.signal) {
      const signal = opts.signal;
      if (signal.aborted) return;
      const onAbort = () => {
        this[kQuestionCancel]();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      // Node 16.13 calls removeEventListener with the listener only (a no-op): the abort
      // listener stays, and cancelling after the answer does nothing visible but clearLine.
      const cleanup = () => {
        (signal.removeEventListener as (...args: unknown[]) => void)(onAbort);
      };
      const original = cb;
      cb = typeof original === 'function' ? (answer: string) => {
        cleanup();
        return original(answer);
      } : cleanup;
    }
    if (typeof cb === 'function') this[kQuestion](query, cb);
  }

  [kQuestion](query: string, cb: QuestionCallback): void {
    if (this._questionCallback) {
      this.prompt();
    } else {
      this._oldPrompt = this._prompt;
      this.setPrompt(query);
      this._questionCallback = cb;
      this.prompt();
    }
  }

  [kQuestionCancel](): void {
    if (this._questionCallback) {
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      this.clearLine();
    }
  }

  _onLine(line: string): void {
    if (this._questionCallback) {
      const cb = this._questionCallback;
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(stringToWrite: string): void {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output != null) this.output.write(stringToWrite);
  }

  _addHistory(): string {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const at = this.history.indexOf(this.line);
        if (at !== -1) this.history.splice(at, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line!;
  }

  _refreshLine(): void {
    const line = this._prompt + this.line;
    const dispPos = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    if (dispPos.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  /** Closes the interface: pauses the input, emits `'pause'` (if it was flowing) then `'close'`. */
  close(): void {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  /** Pauses the input and emits `'pause'` (once). */
  pause(): this | undefined {
    if (this.paused) return undefined;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  /** Resumes the input and emits `'resume'` (if it was paused). */
  resume(): this | undefined {
    if (!this.paused) return undefined;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  /**
   * Writes `data` as if it came from the input (terminal mode: as a key press, `key`
   * describing it). Resumes a paused interface.
   */
  write(data: unknown, key?: Key): void {
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(data as string, key);
    else this._normalWrite(data);
  }

  _normalWrite(b: unknown): void {
    if (b === undefined) return;
    let string: string = this._decoder.write(b as Buffer);
    if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      if (string.charCodeAt(0) === 10) string = string.slice(1);
      this._sawReturnAt = 0;
    }
    // Test the new chunk only: the buffered part never holds a line ending.
    const newPartContainsEnding = kLineEnding.test(string);
    if (this._line_buffer) {
      string = this._line_buffer + string;
      this._line_buffer = null;
    }
    if (newPartContainsEnding) {
      this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
      const lines = string.split(kLineEnding);
      this._line_buffer = lines.pop();
      for (const line of lines) this._onLine(line);
    } else if (string) {
      this._line_buffer = this._line_buffer ? this._line_buffer + string : string;
    }
  }

  _insertString(c: string): void {
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._refreshLine();
    } else {
      this.line += c;
      this.cursor += c.length;
      if (this.getCursorPos().cols === 0) this._refreshLine();
      else this._writeToOutput(c);
    }
  }

  _tabComplete(lastKeypressWasTab: boolean): void {
    if (!this.completer) return;
    this.pause();
    const at = this.line.slice(0, this.cursor);
    this.completer(at, (err, value) => {
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${String(err)}`);
        return;
      }
      if (!value) return;
      const [completions, completeOn] = value;
      if (!completions || completions.length === 0) return;
      const prefix = completions.length === 1 ? completions[0]! : commonPrefix(completions.filter(Boolean));
      if (prefix.length > completeOn.length) {
        this._insertString(prefix.slice(completeOn.length));
        return;
      }
      if (completions.length > 1 && lastKeypressWasTab) {
        this._writeToOutput('\r\n');
        for (const c of completions) if (c) this._writeToOutput(`${c}\r\n`);
        this._writeToOutput('\r\n');
        this.prevRows = 0;
        this._refreshLine();
      }
    });
  }

  _wordLeft(): void {
    if (this.cursor > 0) {
      const leading = this.line.slice(0, this.cursor);
      const match = /(?:[^\w\s]+|\w+|)\s*$/.exec(leading)!;
      this._moveCursor(-match[0].length);
    }
  }

  _wordRight(): void {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing)!;
      this._moveCursor(match[0].length);
    }
  }

  _deleteLeft(): void {
    if (this.cursor > 0 && this.line.length > 0) {
      const prev = this.line.codePointAt(this.cursor - 2);
      const n = prev !== undefined && prev > 0xffff && this.cursor >= 2 ? 2 : 1;
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this._refreshLine();
    }
  }

  _deleteRight(): void {
    if (this.cursor < this.line.length) {
      const code = this.line.codePointAt(this.cursor)!;
      const n = code > 0xffff ? 2 : 1;
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this._refreshLine();
    }
  }

  _deleteWordLeft(): void {
    if (this.cursor > 0) {
      let leading = this.line.slice(0, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /(?:[^\w\s]+|\w+|)\s*$/.exec(leading)!;
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + trailing;
      this.cursor = leading.length;
      this._refreshLine();
    }
  }

  _deleteWordRight(): void {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing)!;
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this._refreshLine();
    }
  }

  _deleteLineLeft(): void {
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._refreshLine();
  }

  _deleteLineRight(): void {
    this.line = this.line.slice(0, this.cursor);
    this._refreshLine();
  }

  /** Moves to the end of the line, writes `\r\n` and empties `line` (Node's `rl.clearLine()`). */
  clearLine(): void {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  _line(): void {
    const line = this._addHistory();
    this.clearLine();
    this._onLine(line);
  }

  _historyNext(): void {
    if (this.historyIndex >= 0) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 && (!this.history[index]!.startsWith(search) || this.line === this.history[index])) index--;
      this.line = index === -1 ? search : this.history[index]!;
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _historyPrev(): void {
    if (this.historyIndex < this.history.length && this.history.length) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length && (!this.history[index]!.startsWith(search) || this.line === this.history[index])) index++;
      this.line = index === this.history.length ? search : this.history[index]!;
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _getDisplayPos(str: string): { cols: number; rows: number } {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    for (const ch of str.replace(kAnsi, '')) {
      if (ch === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(ch);
      if (width === 0 || width === 1) offset += width;
      else {
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  /** The cursor's `{ rows, cols }` relative to the prompt's start (Node's `rl.getCursorPos()`). */
  getCursorPos(): { rows: number; cols: number } {
    const strBeforeCursor = this._prompt + this.line.slice(0, this.cursor);
    return this._getDisplayPos(strBeforeCursor);
  }

  _getCursorPos(): { rows: number; cols: number } {
    return this.getCursorPos();
  }

  _moveCursor(dx: number): void {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this._refreshLine();
  }

  _ttyWrite(s: string | undefined, key?: Key): void {
    const previousKey = this._previousKey;
    key = key || ({} as Key);
    this._previousKey = key;
    if (key.name !== 'up' && key.name !== 'down') this[kSubstringSearch] = null;
    else if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this._deleteLineLeft();
      else if (key.name === 'delete') this._deleteLineRight();
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          break;
        case 'h':
          this._deleteLeft();
          break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this._deleteRight();
          break;
        case 'u':
          this._deleteLineLeft();
          break;
        case 'k':
          this._deleteLineRight();
          break;
        case 'a':
          this._moveCursor(-Infinity);
          break;
        case 'e':
          this._moveCursor(+Infinity);
          break;
        case 'b':
          this._moveCursor(-1);
          break;
        case 'f':
          this._moveCursor(+1);
          break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          break;
        case 'n':
          this._historyNext();
          break;
        case 'p':
          this._historyPrev();
          break;
        case 'z':
          if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
          break;
        case 'w':
        case 'backspace':
          this._deleteWordLeft();
          break;
        case 'delete':
          this._deleteWordRight();
          break;
        case 'left':
          this._wordLeft();
          break;
        case 'right':
          this._wordRight();
          break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b':
          this._wordLeft();
          break;
        case 'f':
          this._wordRight();
          break;
        case 'd':
        case 'delete':
          this._deleteWordRight();
          break;
        case 'backspace':
          this._deleteWordLeft();
          break;
      }
    } else {
      if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
      switch (key.name) {
        case 'return':
          this._sawReturnAt = Date.now();
          this._line();
          break;
        case 'enter':
          if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
          this._sawReturnAt = 0;
          break;
        case 'backspace':
          this._deleteLeft();
          break;
        case 'delete':
          this._deleteRight();
          break;
        case 'left':
          this._moveCursor(-1);
          break;
        case 'right':
          this._moveCursor(+1);
          break;
        case 'home':
          this._moveCursor(-Infinity);
          break;
        case 'end':
          this._moveCursor(+Infinity);
          break;
        case 'up':
          this._historyPrev();
          break;
        case 'down':
          this._historyNext();
          break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            this._tabComplete(!!previousKey && previousKey.name === 'tab');
            break;
          }
        // falls through
        default:
          if (typeof s === 'string' && s) {
            const lines = s.split(/\r\n|\n|\r/);
            for (let i = 0; i < lines.length; i++) {
              if (i > 0) this._line();
              this._insertString(lines[i]!);
            }
          }
      }
    }
  }

  /**
   * `for await (const line of rl)`: the lines as an async iterator. Lines that arrive before
   * `next()` is called are buffered (the input is paused when the buffer is full); breaking
   * out of the loop closes the interface.
   */
  [Symbol.asyncIterator](): AsyncIterableIterator<string> {
    if (this[kLineObjectStream] === undefined) {
      const readable = new Readable({
        objectMode: true,
        read: () => {
          this.resume();
        },
        destroy: (err: Error | null, cb: (error?: Error | null) => void) => {
          this.off('line', lineListener);
          this.off('close', closeListener);
          this.close();
          cb(err);
        },
      });
      const lineListener = (input: string) => {
        if (!readable.push(input)) this.pause();
      };
      const closeListener = () => {
        readable.push(null);
      };
      const errorListener = (err: Error) => {
        readable.destroy(err);
      };
      this.on('error', errorListener);
      this.on('line', lineListener);
      this.on('close', closeListener);
      this[kLineObjectStream] = readable;
    }
    return this[kLineObjectStream][Symbol.asyncIterator]();
  }
}

/** The promisified `question`: `util.promisify(rl.question)` resolves with the answer. */
function questionPromise(this: InterfaceImpl, query: string, options?: { signal?: AbortSignal }): Promise<string> {
  return new Promise((resolve, reject) => {
    let cb: QuestionCallback = resolve;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) {
        reject(new AbortError());
        return;
      }
      const onAbort = () => reject(new AbortError());
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options ?? {}, cb);
  });
}

/** The type of a `readline.Interface` instance. */
export type Interface = InterfaceImpl;

/** Node's `readline.Interface` constructor: callable with or without `new`. */
export interface InterfaceConstructor {
  new (options: ReadLineOptions): InterfaceImpl;
  new (input: ReadlineInput, output?: ReadlineOutput | null, completer?: Completer, terminal?: boolean): InterfaceImpl;
  (options: ReadLineOptions): InterfaceImpl;
  (input: ReadlineInput, output?: ReadlineOutput | null, completer?: Completer, terminal?: boolean): InterfaceImpl;
  readonly prototype: InterfaceImpl;
}

/**
 * Node's `readline.Interface`: `new Interface(options)` or `new Interface(input, output,
 * completer, terminal)` (also callable without `new`, as in Node 16). An EventEmitter that
 * reads lines from `input`. See `createInterface`.
 *
 * Browser: as in Node; `input` is any Node-shaped readable (polynode's `stream.Readable`,
 * `PassThrough` …). `rl.question[util.promisify.custom]` gives the promise form, which
 * rejects with `AbortError` when `options.signal` aborts.
 */
export const Interface: InterfaceConstructor = /*#__PURE__*/ (() => {
  const Interface = function (this: unknown, input: unknown, output: unknown, completer: unknown, terminal: unknown) {
    return Reflect.construct(InterfaceImpl, [input, output, completer, terminal], new.target ?? Interface);
  } as unknown as InterfaceConstructor;
  // A set name: bundlers rename function expressions that collide with other bindings.
  Object.defineProperty(Interface, 'name', { value: 'Interface' });
  (Interface as { prototype: unknown }).prototype = InterfaceImpl.prototype;
  Object.defineProperty(InterfaceImpl.prototype, 'constructor', { value: Interface, writable: true, configurable: true });
  Object.setPrototypeOf(Interface, EventEmitter);
  Object.defineProperty(InterfaceImpl.prototype.question, kPromisifyCustom, { value: questionPromise, configurable: true });
  return Interface;
})();

/**
 * Node's `readline.createInterface(options)` / `createInterface(input, output, completer,
 * terminal)`: a new `Interface`. Options: `input` (required), `output`, `completer`,
 * `terminal` (defaults to `output.isTTY`), `history`, `historySize` (30), 
 * `removeHistoryDuplicates`, `prompt` (`'> '`), `crlfDelay` (at least 100 ms),
 * `escapeCodeTimeout` (500), `tabSize` (8), `signal` (aborting closes the interface).
 * Throws Node's errors for bad options.
 *
 * Browser: as in Node; there is no `process.stdin`/TTY, so pass a stream you feed (for
 * example a `PassThrough` you write a text field's contents to).
 */
export function createInterface(options: ReadLineOptions): Interface;
export function createInterface(input: ReadlineInput, output?: ReadlineOutput | null, completer?: Completer, terminal?: boolean): Interface;
export function createInterface(input: any, output?: any, completer?: any, terminal?: any): Interface {
  return new Interface(input, output, completer, terminal);
}

/** Node's `readline` module object: what `import readline from 'readline'` and `require('readline')` give. */
const readlineModule = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
export default readlineModule;
