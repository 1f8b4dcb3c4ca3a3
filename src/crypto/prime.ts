/**
 * `crypto.checkPrime(Sync)` and `crypto.generatePrime(Sync)`: Miller–Rabin over BigInt with
 * OpenSSL 1.1.1's round counts, and prime generation with Node's options (`add`, `rem`,
 * `safe`, `bigint`) and errors.
 *
 * @packageDocumentation
 */
import { ERR_INVALID_ARG_TYPE, nativeError } from '../internal/errors.js';
import { validateBoolean, validateObject } from '../internal/validators.js';
import { fillRandom } from './random.js';
import { later } from './later.js';
import { ERR_OUT_OF_RANGE, validateCallback, validateUint32 } from './validate.js';

type BufferSource = ArrayBuffer | ArrayBufferView;
const SOURCE_TYPES = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function isSource(value: unknown): value is BufferSource {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer);
}

/** A big-endian byte source or a non-negative bigint, as a bigint (Node's unsignedBigIntToBuffer checks). */
function toBigInt(value: unknown, name: string): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new ERR_OUT_OF_RANGE(name, '>= 0', value);
    return value;
  }
  if (!isSource(value)) throw new ERR_INVALID_ARG_TYPE(name, SOURCE_TYPES, value);
  const bytes = ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value);
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  return n;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  base %= modulus;
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
    exponent >>= 1n;
  }
  return result;
}

/** A uniform random bigint in [0, 2^bits). */
function randomBits(bits: number): bigint {
  const bytes = new Uint8Array(Math.ceil(bits / 8));
  fillRandom(bytes);
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  return n & ((1n << BigInt(bits)) - 1n);
}

/** A uniform random bigint in [2, n - 2] (n > 4). */
function randomBase(n: bigint): bigint {
  const bits = bitLength(n);
  for (;;) {
    const a = randomBits(bits);
    if (a >= 2n && a <= n - 2n) return a;
  }
}

const SMALL_PRIMES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n, 43n, 47n, 53n, 59n, 61n, 67n, 71n, 73n, 79n, 83n, 89n, 97n];

/** OpenSSL 1.1.1's BN_prime_checks_for_size: Miller–Rabin rounds for an error below 2^-80. */
function defaultChecks(bits: number): number {
  if (bits >= 3747) return 3;
  if (bits >= 1345) return 4;
  if (bits >= 476) return 5;
  if (bits >= 400) return 6;
  if (bits >= 347) return 7;
  if (bits >= 308) return 8;
  if (bits >= 55) return 27;
  return 34;
}

/** Miller–Rabin with `checks` random bases (0: OpenSSL's count for the size), after trial division. */
export function isProbablePrime(n: bigint, checks = 0): boolean {
  if (n < 2n) return false;
  for (const p of SMALL_PRIMES) {
    if (n === p) return true;
    if (n % p === 0n) return false;
  }
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  const rounds = checks || defaultChecks(bitLength(n));
  outer: for (let i = 0; i < rounds; i++) {
    let x = modPow(randomBase(n), d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let r = 1; r < s; r++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

function checkArgs(candidate: unknown, options: unknown): [bigint, number] {
  const n = toBigInt(candidate, 'candidate');
  validateObject(options, 'options');
  const { checks = 0 } = options as { checks?: number };
  validateUint32(checks, 'options.checks');
  return [n, checks];
}

/**
 * Node's `crypto.checkPrimeSync(candidate[, options])`: whether `candidate` (a bigint or a
 * big-endian ArrayBuffer/view) is prime, with `options.checks` Miller–Rabin rounds
 * (default: OpenSSL's count for the size, an error below 2^-80).
 *
 * Browser note: BigInt arithmetic on the calling thread.
 */
export function checkPrimeSync(candidate: bigint | BufferSource, options: { checks?: number } = {}): boolean {
  const [n, checks] = checkArgs(candidate, options);
  return isProbablePrime(n, checks);
}

/**
 * Node's `crypto.checkPrime(candidate[, options], callback)`: {@link checkPrimeSync} with the
 * answer given to `callback(err, result)` later.
 *
 * Browser note: computed in a later task on the page's thread.
 */
export function checkPrime(candidate: bigint | BufferSource, options: unknown, callback?: unknown): void {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const [n, checks] = checkArgs(candidate, options);
  validateCallback(callback);
  later(() => (callback as (err: null, result: boolean) => void)(null, isProbablePrime(n, checks)));
}

/** The options of generatePrime. */
export interface GeneratePrimeOptions {
  add?: bigint | BufferSource;
  rem?: bigint | BufferSource;
  safe?: boolean;
  bigint?: boolean;
}

function generateArgs(size: unknown, options: unknown) {
  validateUint32(size, 'size', true);
  validateObject(options, 'options');
  const { safe = false, bigint = false, add, rem } = options as GeneratePrimeOptions;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const addValue = add === undefined ? undefined : toBigInt(add, 'options.add');
  const remValue = rem === undefined ? undefined : toBigInt(rem, 'options.rem');
  if (addValue !== undefined) {
    if (bitLength(addValue) > size) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.add');
    if (remValue !== undefined && addValue <= remValue) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.rem');
  }
  return () => {
    if (size < 2 || (safe && size < 3)) {
      throw new Error('error:0308D076:bignum routines:BN_generate_prime_ex:bits too small');
    }
    const p = generate(size, safe, addValue, remValue);
    if (bigint) return p;
    const hex = p.toString(16);
    const bytes = new Uint8Array(Math.ceil(hex.length / 2));
    const padded = hex.padStart(bytes.length * 2, '0');
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(padded.slice(i * 2, i * 2 + 2), 16);
    return bytes.buffer;
  };
}

/** A random `bits`-bit prime (p ≡ rem mod add when `add` is given; (p-1)/2 prime too when `safe`). */
function generate(bits: number, safe: boolean, add: bigint | undefined, rem: bigint | undefined): bigint {
  const top = 1n << BigInt(bits - 1);
  // Like OpenSSL: without `add`, the two top bits are set so products of two such primes
  // have twice the size; with `add`, only the top bit.
  const high = add === undefined && bits > 2 ? top | (top >> 1n) : top;
  for (;;) {
    let p = randomBits(bits) | high | 1n;
    if (add !== undefined) {
      const r = rem ?? (safe ? 3n : 1n);
      p = p - (p % add) + r;
      if (bitLength(p) !== bits) continue;
    } else if (safe) {
      // p ≡ 3 (mod 4) so that (p - 1) / 2 is odd.
      p |= 3n;
    }
    if (bits === 2) p = 3n;
    if (!isProbablePrime(p)) continue;
    if (safe && !isProbablePrime((p - 1n) >> 1n)) continue;
    return p;
  }
}

/**
 * Node's `crypto.generatePrimeSync(size[, options])`: a random prime of `size` bits, as an
 * ArrayBuffer (big-endian) or a bigint (`options.bigint`); `options.safe` asks for
 * (p - 1) / 2 prime too; `options.add`/`rem` for p ≡ rem (mod add).
 *
 * Browser note: BigInt arithmetic on the calling thread; large safe primes take long.
 */
export function generatePrimeSync(size: number, options: GeneratePrimeOptions = {}): ArrayBuffer | bigint {
  return generateArgs(size, options)();
}

/**
 * Node's `crypto.generatePrime(size[, options], callback)`: {@link generatePrimeSync} with
 * the prime (or the error) given to `callback(err, prime)` later.
 *
 * Browser note: computed in a later task on the page's thread.
 */
export function generatePrime(size: number, options: unknown, callback?: unknown): void {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const run = generateArgs(size, options);
  validateCallback(callback);
  later(() => {
    let prime: ArrayBuffer | bigint;
    try {
      prime = run();
    } catch (error) {
      (callback as (err: Error) => void)(error as Error);
      return;
    }
    (callback as (err: null, prime: ArrayBuffer | bigint) => void)(null, prime);
  });
}
