/**
 * `crypto.pbkdf2(Sync)`, `hkdf(Sync)` and `scrypt(Sync)` over polynode's digests and @noble/hashes, with Node
 * 16.13.1's argument checks, OpenSSL's parameter limits and Node's errors.
 *
 * @packageDocumentation
 */
import { pbkdf2 as noblePbkdf2 } from '@noble/hashes/pbkdf2.js';
import { scrypt as nobleScrypt } from '@noble/hashes/scrypt.js';
import { Buffer } from '../buffer/index.js';
import { validateString } from '../internal/validators.js';
import { ERR_OUT_OF_RANGE, validateCallback, validateInt32, validateInteger, validateUint32 } from './validate.js';
import {
  ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
  derivingBitsFailed,
  invalidDigest,
  invalidKeylen,
  invalidScryptParams,
} from './errors.js';
import { type BinaryLike, type DigestAlgorithm, bytesOf, hmacOf, isXof, kSecretBytes, lookupDigest } from './hash.js';
import { pbkdf2BlockHash } from './block-hash.js';
import { later } from './later.js';

type Callback<T> = (err: Error | null, result?: T) => void;

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The digest a KDF job uses; md5-sha1 (no noble CHash) counts as unknown here. */
function kdfDigest(name: string): { name: string; algorithm: DigestAlgorithm } | undefined {
  const found = lookupDigest(name);
  return found === undefined || found.name === 'md5-sha1' ? undefined : found;
}

/**
 * HKDF (RFC 5869): PRK = HMAC(salt, ikm), then T(n) = HMAC(PRK, T(n - 1) || info || n) until
 * `length` bytes. (An empty salt is HMAC's all-zero key, as the RFC asks.)
 */
function hkdfBytes(algorithm: DigestAlgorithm, ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): ArrayBuffer {
  const prk = hmacOf(algorithm, salt, ikm);
  const out = new Uint8Array(length);
  let previous = new Uint8Array(0);
  for (let n = 1, at = 0; at < length; n++, at += previous.length) {
    previous = hmacOf(algorithm, prk, previous, info, Uint8Array.of(n)) as Uint8Array<ArrayBuffer>;
    out.set(previous.subarray(0, Math.min(previous.length, length - at)), at);
  }
  return out.buffer;
}

function pbkdf2Check(password: unknown, salt: unknown, iterations: unknown, keylen: unknown, digest: unknown) {
  validateString(digest, 'digest');
  const pw = bytesOf(password, 'password');
  const s = bytesOf(salt, 'salt');
  validateUint32(iterations, 'iterations', true);
  validateUint32(keylen, 'keylen');
  const found = kdfDigest(digest);
  if (found === undefined) throw invalidDigest(digest);
  return () => {
    if (isXof(found.name)) throw derivingBitsFailed();
    if (keylen === 0) return Buffer.alloc(0);
    // polynode's own MD5/SHA-1/SHA-2 (32-bit) have a fast path; the other digests are noble's.
    const fast = pbkdf2BlockHash(found.algorithm, pw, s, iterations as number, keylen as number);
    return toBuffer(fast ?? noblePbkdf2(found.algorithm as never, pw, s, { c: iterations, dkLen: keylen }));
  };
}

/**
 * Node's `crypto.pbkdf2Sync(password, salt, iterations, keylen, digest)`: PBKDF2-HMAC as a Buffer.
 *
 * Browser note: JavaScript on the calling thread (Node uses OpenSSL); MD5, SHA-1 and SHA-224/256
 * run a fast path of two compressions per iteration, the other digests @noble/hashes.
 */
export function pbkdf2Sync(password: BinaryLike, salt: BinaryLike, iterations: number, keylen: number, digest: string): Buffer {
  return pbkdf2Check(password, salt, iterations, keylen, digest)();
}

/**
 * Node's `crypto.pbkdf2(password, salt, iterations, keylen, digest, callback)`: {@link pbkdf2Sync}
 * with the key (or the error) given to `callback` later.
 *
 * Browser note: computed in a later task on the page's thread, not on a thread pool.
 */
export function pbkdf2(
  password: BinaryLike, salt: BinaryLike, iterations: number, keylen: number, digest: string, callback: Callback<Buffer>,
): void {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined as unknown as string;
  }
  const run = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateCallback(callback);
  runLater(run, callback);
}

function runLater<T>(run: () => T, callback: Callback<T>): void {
  later(() => {
    let result: T;
    try {
      result = run();
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback(null, result);
  });
}

const HKDF_SOURCE_TYPES = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function hkdfCheck(hash: unknown, key: unknown, salt: unknown, info: unknown, length: unknown) {
  validateString(hash, 'digest');
  const held = typeof key === 'object' && key !== null ? (key as { [kSecretBytes]?: Uint8Array })[kSecretBytes] : undefined;
  const ikm = held ?? bytesOf(key, 'ikm', undefined, ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  if (ikm.byteLength === 0) throw new ERR_OUT_OF_RANGE('key.byteLength', '> 0', 0);
  const s = bytesOf(salt, 'salt', undefined, HKDF_SOURCE_TYPES);
  const i = bytesOf(info, 'info', undefined, HKDF_SOURCE_TYPES);
  validateInteger(length, 'length', 0, 2 ** 32);
  if (i.byteLength > 1024) throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', i.byteLength);
  const found = kdfDigest(hash);
  if (found === undefined) throw invalidDigest();
  if (length > 255 * found.algorithm.outputLen) throw invalidKeylen();
  return (): ArrayBuffer => {
    if (length === 0 || isXof(found.name)) throw derivingBitsFailed();
    return hkdfBytes(found.algorithm, ikm, s, i, length);
  };
}

/**
 * Node's `crypto.hkdfSync(digest, ikm, salt, info, keylen)`: HKDF (RFC 5869) as an ArrayBuffer.
 *
 * Browser note: JavaScript (RFC 5869 over the digests of `createHmac`); `ikm` as a KeyObject is not supported yet.
 */
export function hkdfSync(digest: string, ikm: BinaryLike, salt: BinaryLike, info: BinaryLike, keylen: number): ArrayBuffer {
  return hkdfCheck(digest, ikm, salt, info, keylen)();
}

/**
 * Node's `crypto.hkdf(digest, ikm, salt, info, keylen, callback)`: {@link hkdfSync} with the
 * result (or the error) given to `callback` later.
 *
 * Browser note: computed in a later task on the page's thread.
 */
export function hkdf(
  digest: string, ikm: BinaryLike, salt: BinaryLike, info: BinaryLike, keylen: number, callback: Callback<ArrayBuffer>,
): void {
  const run = hkdfCheck(digest, ikm, salt, info, keylen);
  validateCallback(callback);
  runLater(run, callback);
}

/** The options of `scrypt`: N/cost, r/blockSize, p/parallelization, maxmem. */
export interface ScryptOptions {
  N?: number;
  cost?: number;
  r?: number;
  blockSize?: number;
  p?: number;
  parallelization?: number;
  maxmem?: number;
}

const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password: unknown, salt: unknown, keylen: unknown, options: unknown) {
  const pw = bytesOf(password, 'password');
  const s = bytesOf(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    const o = options as ScryptOptions;
    const hasN = o.N !== undefined;
    if (hasN) {
      N = o.N!;
      validateUint32(N, 'N');
    }
    if (o.cost !== undefined) {
      if (hasN) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = o.cost;
      validateUint32(N, 'cost');
    }
    const hasR = o.r !== undefined;
    if (hasR) {
      r = o.r!;
      validateUint32(r, 'r');
    }
    if (o.blockSize !== undefined) {
      if (hasR) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = o.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = o.p !== undefined;
    if (hasP) {
      p = o.p!;
      validateUint32(p, 'p');
    }
    if (o.parallelization !== undefined) {
      if (hasP) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = o.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (o.maxmem !== undefined) {
      maxmem = o.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  if (!scryptParamsValid(N, r, p, maxmem)) throw invalidScryptParams();
  return () => {
    if (keylen === 0) return Buffer.alloc(0);
    return toBuffer(nobleScrypt(pw, s, { N, r, p, dkLen: keylen, maxmem: Number.MAX_SAFE_INTEGER }));
  };
}

/** OpenSSL 1.1.1's EVP_PBE_scrypt parameter and memory checks. */
function scryptParamsValid(N: number, r: number, p: number, maxmem: number): boolean {
  if (r === 0 || p === 0 || N < 2 || (N & (N - 1)) !== 0) return false;
  if (p > Math.floor(((2 ** 30) - 1) / r)) return false;
  if (16 * r <= 63 && N >= 2 ** (16 * r)) return false;
  const Blen = p * 128 * r;
  if (Blen > 2147483647) return false;
  const Vlen = 32 * r * (N + 2) * 4;
  return Blen + Vlen <= maxmem;
}

/**
 * Node's `crypto.scryptSync(password, salt, keylen[, options])`: scrypt (RFC 7914) as a Buffer.
 *
 * Browser note: @noble/hashes in JavaScript, on the calling thread; OpenSSL's limits
 * (`maxmem`, default 32 MiB) are checked as Node checks them.
 */
export function scryptSync(password: BinaryLike, salt: BinaryLike, keylen: number, options: ScryptOptions = defaults): Buffer {
  return scryptCheck(password, salt, keylen, options)();
}

/**
 * Node's `crypto.scrypt(password, salt, keylen[, options], callback)`: {@link scryptSync} with
 * the key (or the error) given to `callback` later.
 *
 * Browser note: computed in a later task on the page's thread.
 */
export function scrypt(password: BinaryLike, salt: BinaryLike, keylen: number, options: unknown, callback: unknown = defaults): void {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  const run = scryptCheck(password, salt, keylen, options);
  validateCallback(callback);
  runLater(run, callback as Callback<Buffer>);
}
