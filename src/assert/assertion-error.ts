/**
 * `assert.AssertionError` and the messages Node 16.13.1 generates for it, including the
 * `+ actual - expected` line diff of strict and deep-strict equality. Written from Node's
 * documented and observed output (scripts/golden/assert.mjs); messages are laid out as Node
 * writes them when stderr is not a terminal (80 columns, no colours).
 *
 * @packageDocumentation
 */

import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { inspectValue } from './inspect.js';

const READABLE: Record<string, string> = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

/** Lines shown at most before a long value or diff is cut. */
const MAX_LINES = 50;

const isObjectLike = (value: unknown): boolean => typeof value === 'object' && value !== null;

/** A value's lines, cut to 47 with a `...` line when it has more than 50. */
function cappedLines(value: unknown): string[] {
  const lines = inspectValue(value).split('\n');
  if (lines.length > MAX_LINES) {
    lines.length = 47;
    lines[46] = '...';
  }
  return lines;
}

/** The message of a failed strictEqual / deepStrictEqual: a line diff of the two values. */
function diffMessage(actual: unknown, expected: unknown, operatorIn: string): string {
  let operator = operatorIn;
  const actualLines = inspectValue(actual).split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  const bothObjects =
    (isObjectLike(actual) && isObjectLike(expected)) || (typeof actual === 'function' && typeof expected === 'function');
  if (operator === 'strictEqual' && bothObjects) operator = 'strictEqualObject';

  let indicator = '';
  let trailingCount = 0;
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const left = actualLines[0]!;
    const right = expectedLines[0]!;
    const width = left.length + right.length;
    if (width <= 12) {
      const primitives = !isObjectLike(actual) && !isObjectLike(expected);
      if (primitives && (actual !== 0 || expected !== 0)) {
        return `${READABLE[operator]}\n\n${left} !== ${right}\n`;
      }
    } else if (operator !== 'strictEqualObject' && width < 80) {
      let at = 0;
      while (left[at] === right[at]) at++;
      // A caret under the first difference, unless it is within the first 3 columns.
      if (at > 2) indicator = `\n  ${' '.repeat(at)}^`;
      else trailingCount = at;
    }
  }

  // Identical last lines are set aside: up to three are shown after the diff.
  let end = '';
  let other = '';
  while (actualLines.length > 0 && expectedLines.length > 0) {
    const last = actualLines[actualLines.length - 1]!;
    if (last !== expectedLines[expectedLines.length - 1]) break;
    if (trailingCount++ < 3) end = `\n  ${last}${end}`;
    else other = last;
    actualLines.pop();
    expectedLines.pop();
  }
  const longest = Math.max(actualLines.length, expectedLines.length);
  if (longest === 0) {
    const lines = cappedLines(actual);
    return `${READABLE.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  let skipped = false;
  if (trailingCount >= 5) {
    end = `\n...${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  const header = `${READABLE[operator]}\n+ actual - expected`;
  const skippedNote = ' ... Lines skipped';
  let out = '';
  let printed = 0;
  let same = 0;
  const longer = actualLines.length >= longest ? actualLines : expectedLines;
  const sign = longer === actualLines ? '+' : '-';
  const shorterLength = longer === actualLines ? expectedLines.length : actualLines.length;

  /** Before a change: the identical lines just passed, collapsed when there were many. */
  const flushSame = (i: number): void => {
    if (same > 2) {
      if (same > 3) {
        if (same > 4) {
          if (same === 5) {
            out += `\n  ${longer[i - 3]!}`;
            printed++;
          } else {
            out += '\n...';
            skipped = true;
          }
        }
        out += `\n  ${longer[i - 2]!}`;
        printed++;
      }
      out += `\n  ${longer[i - 1]!}`;
      printed++;
    }
    same = 0;
  };

  for (let i = 0; i < longest; i++) {
    if (i >= shorterLength) {
      flushSame(i);
      if (longer === actualLines) out += `\n${sign} ${longer[i]!}`;
      else other += `\n${sign} ${longer[i]!}`;
      printed++;
    } else {
      const expectedLine = expectedLines[i]!;
      let actualLine = actualLines[i]!;
      // Lines that differ only by a trailing comma count as equal.
      let differs =
        actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        flushSame(i);
        out += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        printed += 2;
      } else {
        out += other;
        other = '';
        same++;
        if (same <= 2) {
          out += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > MAX_LINES && i < longest - 2) {
      return `${header}${skippedNote}\n${out}\n...${other}\n...`;
    }
  }
  return `${header}${skipped ? skippedNote : ''}\n${out}${other}${end}${indicator}`;
}

/** The message of a failed notStrictEqual / notDeepStrictEqual. */
function notEqualMessage(actual: unknown, operator: string): string {
  let base = READABLE[operator]!;
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    base = READABLE.notStrictEqualObject!;
  }
  const lines = cappedLines(actual);
  if (lines.length === 1) return `${base}${lines[0]!.length > 5 ? '\n\n' : ' '}${lines[0]!}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

/** The message of any other operator: both values, joined by the operator or a sentence. */
function otherMessage(actual: unknown, expected: unknown, operator: string): string {
  let left = inspectValue(actual);
  let right = inspectValue(expected);
  const readable = READABLE[operator];
  if (operator === 'notDeepEqual' && left === right) {
    left = `${readable!}\n\n${left}`;
    return left.length > 1024 ? `${left.slice(0, 1021)}...` : left;
  }
  if (left.length > 512) left = `${left.slice(0, 509)}...`;
  if (right.length > 512) right = `${right.slice(0, 509)}...`;
  if (operator === 'deepEqual') return `${readable!}\n\n${left}\n\nshould loosely deep-equal\n\n${right}`;
  const unequal = READABLE[`${operator}Unequal`];
  if (unequal !== undefined) return `${unequal}\n\n${left}\n\nshould not loosely deep-equal\n\n${right}`;
  return `${left} ${String(operator)} ${right}`;
}

/** A copy of an error without its stack, so messages show `[Error: message]`. */
function withoutStack(error: Error): Error {
  const copy = Object.create(Object.getPrototypeOf(error) as object, Object.getOwnPropertyDescriptors(error)) as Error;
  delete (copy as { stack?: string }).stack;
  return copy;
}

/** The options of `new AssertionError(options)`. */
export interface AssertionErrorOptions {
  /** The message; when missing, one is generated from the values and the operator. */
  message?: unknown;
  /** The `actual` property. */
  actual?: unknown;
  /** The `expected` property. */
  expected?: unknown;
  /** The `operator` property. */
  operator?: string;
  /** Frames above this function are left out of the stack (where the engine supports it). */
  stackStartFn?: Function;
  /** @internal CallTracker's per-function reports. */
  details?: { message: string; actual: unknown; expected: unknown; operator: string; stack: unknown }[];
}

type CaptureStackTrace = (target: object, ctor?: Function) => void;

/**
 * Node's `assert.AssertionError`: `name` is `'AssertionError'`, `code` is `'ERR_ASSERTION'`,
 * `String(err)` is `AssertionError [ERR_ASSERTION]: message`.
 */
export class AssertionError extends Error {
  /** Whether the message was generated (no message was given). */
  generatedMessage!: boolean;
  /** Always `'ERR_ASSERTION'`. */
  code!: 'ERR_ASSERTION';
  /** The `actual` value of the failed assertion. */
  actual: unknown;
  /** The `expected` value of the failed assertion. */
  expected: unknown;
  /** The operator: the assertion's name (`'strictEqual'`) or `'=='`, `'!='`. */
  operator!: string;

  /**
   * @param options the values, operator and message of the failed assertion.
   */
  constructor(options: AssertionErrorOptions) {
    if (typeof options !== 'object' || options === null) throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    let text: string;
    if (message != null) {
      text = String(message);
    } else {
      if (actual instanceof Error && expected instanceof Error) {
        actual = withoutStack(actual);
        expected = withoutStack(expected);
      }
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') text = diffMessage(actual, expected, operator);
      else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') text = notEqualMessage(actual, operator);
      else text = otherMessage(actual, expected, operator as string);
    }
    super(text);
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined as unknown as string;
      details.forEach((detail, i) => {
        const self = this as unknown as Record<string, unknown>;
        self[`message ${i}`] = detail.message;
        self[`actual ${i}`] = detail.actual;
        self[`expected ${i}`] = detail.expected;
        self[`operator ${i}`] = detail.operator;
        self[`stack trace ${i}`] = detail.stack;
      });
    } else {
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = operator as string;
    }
    const capture = (Error as unknown as { captureStackTrace?: CaptureStackTrace }).captureStackTrace;
    if (typeof capture === 'function') capture(this, stackStartFn ?? new.target);
    // V8 wrote the stack header with the long name; the name itself is then the short one.
    void this.stack;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
  }

  /** `AssertionError [ERR_ASSERTION]: message`. */
  override toString(): string {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}
