/**
 * polynode's `punycode`: Node 16.13.1's `punycode` module (the punycode.js 2.1.0 API) for
 * the browser, an implementation of RFC 3492 written for polynode.
 *
 * `decode`, `encode`, `toASCII`, `toUnicode` and `ucs2` give the same results and throw the
 * same `RangeError`s (`Overflow: input needs wider integers to process`,
 * `Illegal input >= 0x80 (not a basic code point)`, `Invalid input`) as Node 16's bundled
 * copy, including 2.1.0's digit decoding, which reads the characters below `0` as digits
 * (checked against real Node 16: test/url/punycode.test.ts).
 *
 * Browser: Node 16 prints the DEP0040 deprecation warning when user code requires
 * `punycode`. polynode's import does nothing at all (no warning): importing has no side
 * effects in polynode.
 *
 * @packageDocumentation
 */

const MAX_INT = 0x7fffffff;
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

const MESSAGES = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
} as const;

function fail(kind: keyof typeof MESSAGES): never {
  throw new RangeError(MESSAGES[kind]);
}

/** Bias adaptation, RFC 3492 section 6.1. */
function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

/** A basic code point's digit value (2.1.0's: characters below '0' count as digits too). */
function digitOf(code: number): number {
  if (code - 0x30 < 0x0a) return code - 0x16;
  if (code - 0x41 < 0x1a) return code - 0x41;
  if (code - 0x61 < 0x1a) return code - 0x61;
  return BASE;
}

/** The lower-case character of a digit 0..35. */
function digitChar(digit: number): number {
  return digit < 26 ? digit + 97 : digit + 22;
}

function threshold(k: number, bias: number): number {
  return k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
}

/**
 * Node's `punycode.ucs2`: `decode(string)` gives the code points of a string (surrogate
 * pairs joined, lone surrogates kept), `encode(codePoints)` the string of code points
 * (`String.fromCodePoint`, so an invalid code point throws a RangeError).
 */
export const ucs2 = {
  decode(string: string): number[] {
    const output: number[] = [];
    const length = string.length;
    for (let i = 0; i < length; i++) {
      const value = string.charCodeAt(i);
      if (value >= 0xd800 && value <= 0xdbff && i + 1 < length) {
        const next = string.charCodeAt(i + 1);
        if ((next & 0xfc00) === 0xdc00) {
          output.push(((value & 0x3ff) << 10) + (next & 0x3ff) + 0x10000);
          i++;
          continue;
        }
      }
      output.push(value);
    }
    return output;
  },
  encode(codePoints: number[]): string {
    return String.fromCodePoint(...codePoints);
  },
};

/**
 * Node's `punycode.decode(string)`: the Unicode string of a Punycode string (no `xn--`).
 * Throws RangeError `Illegal input >= 0x80 (not a basic code point)`, `Invalid input` or
 * `Overflow: input needs wider integers to process`.
 */
export function decode(input: string): string {
  const output: number[] = [];
  const length = input.length;
  let i = 0;
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) fail('not-basic');
    output.push(code);
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/**
 * Node's `punycode.encode(string)`: the Punycode string (no `xn--`) of a Unicode string.
 * Throws RangeError `Overflow: input needs wider integers to process` when it cannot.
 */
export function encode(input: string): string {
  const codes = ucs2.decode(input);
  const length = codes.length;
  let out = '';
  for (let j = 0; j < length; j++) if (codes[j]! < 0x80) out += String.fromCharCode(codes[j]!);
  const basic = out.length;
  let handled = basic;
  if (basic) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < length) {
    let m = MAX_INT;
    for (let j = 0; j < length; j++) {
      const c = codes[j]!;
      if (c >= n && c < m) m = c;
    }
    const plusOne = handled + 1;
    if (m - n > Math.floor((MAX_INT - delta) / plusOne)) fail('overflow');
    delta += (m - n) * plusOne;
    n = m;
    for (let j = 0; j < length; j++) {
      const c = codes[j]!;
      if (c < n && ++delta > MAX_INT) fail('overflow');
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          out += String.fromCharCode(digitChar(t + ((q - t) % (BASE - t))));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += String.fromCharCode(digitChar(q));
        bias = adapt(delta, plusOne, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

const SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/g;
const NON_ASCII = /[^\0-\x7F]/;

/** Applies `fn` to each label of a domain; of an e-mail address, to the domain after the first `@` (Node drops any later `@` part). */
function mapDomain(input: string, fn: (label: string) => string): string {
  const parts = input.split('@');
  let result = '';
  if (parts.length > 1) {
    result = parts[0] + '@';
    input = parts[1]!;
  }
  const labels = input.replace(SEPARATORS, '.').split('.');
  let mapped = '';
  for (let i = 0; i < labels.length; i++) mapped += (i ? '.' : '') + fn(labels[i]!);
  return result + mapped;
}

/**
 * Node's `punycode.toASCII(domain)`: each label with a non-ASCII character becomes
 * `xn--` + its Punycode; the ideographic full stops count as dots; an e-mail address keeps
 * its local part. No IDNA mapping (that is `url.domainToASCII`).
 */
export function toASCII(input: string): string {
  return mapDomain(input, (label) => (NON_ASCII.test(label) ? 'xn--' + encode(label) : label));
}

/**
 * Node's `punycode.toUnicode(domain)`: each `xn--` label is decoded (case-insensitively).
 */
export function toUnicode(input: string): string {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

/** Node's `punycode.version`: the bundled punycode.js version, `'2.1.0'`. */
export const version: string = '2.1.0';

/** Node's `punycode` module object: what `import punycode from 'punycode'` and `require('punycode')` give. */
const punycodeModule = {
  version,
  ucs2,
  decode,
  encode,
  toASCII,
  toUnicode,
};
export default punycodeModule;
