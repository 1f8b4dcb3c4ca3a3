/**
 * `crypto.createHash`, `crypto.createHmac`, `Hash`, `Hmac` and `getHashes` over polynode's
 * own MD5, SHA-1 and SHA-224/256 (./md5.ts, ./sha1.ts, ./sha256.ts) and @noble/hashes for the
 * rest, with OpenSSL's digest names (case-insensitive, aliases included) and
 * Node 16.13.1's argument checks and errors.
 *
 * @packageDocumentation
 */
import { ripemd160 } from '@noble/hashes/legacy.js';
import { sha384, sha512, sha512_224, sha512_256 } from '@noble/hashes/sha2.js';
import { sha3_224, sha3_256, sha3_384, sha3_512, shake128, shake256 } from '@noble/hashes/sha3.js';
import { blake2b, blake2s } from '@noble/hashes/blake2.js';
import { md5 } from './md5.js';
import { sha1 } from './sha1.js';
import { sha224, sha256 } from './sha256.js';
import { Buffer } from '../buffer/index.js';
import { LazyTransform } from './lazy-transform.js';
import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { validateString } from '../internal/validators.js';
import { validateEncoding, validateUint32 } from './validate.js';
import {
  ERR_CRYPTO_HASH_FINALIZED,
  invalidDigest,
  digestNotSupported,
  emptyOpenSSLError,
  notXofError,
} from './errors.js';

/** A running digest: polynode's, noble's hash objects and the md5-sha1 pair all fit this shape. */
export interface DigestState {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
  clone(): DigestState;
}

/** What crypto needs to know of a digest: noble's `CHash` shape. */
export interface DigestAlgorithm {
  (message: Uint8Array): Uint8Array;
  create(): DigestState;
  outputLen: number;
  blockLen: number;
}

/** OpenSSL's MD5+SHA1 concatenation (`md5-sha1`, used by TLS 1.0). */
class Md5Sha1State implements DigestState {
  constructor(
    private readonly a: DigestState = md5.create() as unknown as DigestState,
    private readonly b: DigestState = sha1.create() as unknown as DigestState,
  ) {}
  update(data: Uint8Array): this {
    this.a.update(data);
    this.b.update(data);
    return this;
  }
  digest(): Uint8Array {
    const out = new Uint8Array(36);
    out.set(this.a.digest(), 0);
    out.set(this.b.digest(), 16);
    return out;
  }
  clone(): Md5Sha1State {
    return new Md5Sha1State(this.a.clone(), this.b.clone());
  }
}

function md5sha1Algorithm(): DigestAlgorithm {
  const fn = ((message: Uint8Array) => new Md5Sha1State().update(message).digest()) as DigestAlgorithm;
  fn.create = () => new Md5Sha1State();
  fn.outputLen = 36;
  fn.blockLen = 64;
  return fn;
}

let table: Map<string, string> | undefined;
let algorithms: Record<string, DigestAlgorithm> | undefined;

/** The digests polynode has, by their canonical (Node) name. */
function canonical(): Record<string, DigestAlgorithm> {
  return (algorithms ??= {
    md5: md5 as unknown as DigestAlgorithm,
    'md5-sha1': md5sha1Algorithm(),
    sha1: sha1 as unknown as DigestAlgorithm,
    sha224: sha224 as unknown as DigestAlgorithm,
    sha256: sha256 as unknown as DigestAlgorithm,
    sha384: sha384 as unknown as DigestAlgorithm,
    sha512: sha512 as unknown as DigestAlgorithm,
    'sha512-224': sha512_224 as unknown as DigestAlgorithm,
    'sha512-256': sha512_256 as unknown as DigestAlgorithm,
    'sha3-224': sha3_224 as unknown as DigestAlgorithm,
    'sha3-256': sha3_256 as unknown as DigestAlgorithm,
    'sha3-384': sha3_384 as unknown as DigestAlgorithm,
    'sha3-512': sha3_512 as unknown as DigestAlgorithm,
    shake128: shake128 as unknown as DigestAlgorithm,
    shake256: shake256 as unknown as DigestAlgorithm,
    ripemd160: ripemd160 as unknown as DigestAlgorithm,
    blake2b512: blake2b as unknown as DigestAlgorithm,
    blake2s256: blake2s as unknown as DigestAlgorithm,
  });
}

/** Node 16's getHashes() names that polynode computes, mapped to their canonical digest. */
const ALIASES: readonly (readonly [string, string])[] = [
  ['RSA-MD5', 'md5'], ['RSA-RIPEMD160', 'ripemd160'], ['RSA-SHA1', 'sha1'], ['RSA-SHA1-2', 'sha1'],
  ['RSA-SHA224', 'sha224'], ['RSA-SHA256', 'sha256'], ['RSA-SHA3-224', 'sha3-224'], ['RSA-SHA3-256', 'sha3-256'],
  ['RSA-SHA3-384', 'sha3-384'], ['RSA-SHA3-512', 'sha3-512'], ['RSA-SHA384', 'sha384'], ['RSA-SHA512', 'sha512'],
  ['RSA-SHA512/224', 'sha512-224'], ['RSA-SHA512/256', 'sha512-256'], ['blake2b512', 'blake2b512'],
  ['blake2s256', 'blake2s256'], ['id-rsassa-pkcs1-v1_5-with-sha3-224', 'sha3-224'],
  ['id-rsassa-pkcs1-v1_5-with-sha3-256', 'sha3-256'], ['id-rsassa-pkcs1-v1_5-with-sha3-384', 'sha3-384'],
  ['id-rsassa-pkcs1-v1_5-with-sha3-512', 'sha3-512'], ['md5', 'md5'], ['md5-sha1', 'md5-sha1'],
  ['md5WithRSAEncryption', 'md5'], ['ripemd', 'ripemd160'], ['ripemd160', 'ripemd160'],
  ['ripemd160WithRSA', 'ripemd160'], ['rmd160', 'ripemd160'], ['sha1', 'sha1'], ['sha1WithRSAEncryption', 'sha1'],
  ['sha224', 'sha224'], ['sha224WithRSAEncryption', 'sha224'], ['sha256', 'sha256'],
  ['sha256WithRSAEncryption', 'sha256'], ['sha3-224', 'sha3-224'], ['sha3-256', 'sha3-256'],
  ['sha3-384', 'sha3-384'], ['sha3-512', 'sha3-512'], ['sha384', 'sha384'], ['sha384WithRSAEncryption', 'sha384'],
  ['sha512', 'sha512'], ['sha512-224', 'sha512-224'], ['sha512-224WithRSAEncryption', 'sha512-224'],
  ['sha512-256', 'sha512-256'], ['sha512-256WithRSAEncryption', 'sha512-256'], ['sha512WithRSAEncryption', 'sha512'],
  ['shake128', 'shake128'], ['shake256', 'shake256'], ['ssl3-md5', 'md5'], ['ssl3-sha1', 'sha1'],
];

/** Finds a digest by any OpenSSL name Node accepts (case-insensitive), or undefined. */
export function lookupDigest(name: string): { name: string; algorithm: DigestAlgorithm } | undefined {
  table ??= new Map(ALIASES.map(([alias, target]) => [alias.toLowerCase(), target]));
  const target = table.get(name.toLowerCase());
  return target === undefined ? undefined : { name: target, algorithm: canonical()[target]! };
}

/** True for the extendable-output digests (SHAKE). */
export function isXof(name: string): boolean {
  return name === 'shake128' || name === 'shake256';
}

/**
 * Node 16's `crypto.getHashes()` restricted to the digests polynode computes, sorted as Node
 * sorts them. Browser note: md4, mdc2, sm3, whirlpool (and their RSA names) are missing.
 */
export function getHashes(): string[] {
  return ALIASES.map(([alias]) => alias);
}

/** The encodings OpenSSL-side code parses (Node's `ParseEncoding`), lower-cased, to Buffer's names. */
export function parseEncoding(encoding: unknown): string | undefined {
  if (typeof encoding !== 'string') return undefined;
  switch (encoding.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    default: return undefined;
  }
}

/** The bytes of an ArrayBufferView, without a copy. */
export function viewBytes(view: ArrayBufferView): Uint8Array {
  return view instanceof Uint8Array && view.constructor === Uint8Array
    ? view
    : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** `update(data, encoding)`'s data: a string in an encoding (unknown ones read as UTF-8) or an ArrayBufferView. */
export function updateBytes(data: unknown, encoding: unknown): Uint8Array {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    return viewBytes(Buffer.from(data, (parseEncoding(encoding) ?? 'utf8')));
  }
  if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return viewBytes(data);
}

/** `digest(encoding)`'s result: a Buffer, or a string in a known encoding. */
function output(bytes: Uint8Array, encoding: unknown): Buffer | string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parsed = parseEncoding(encoding === undefined || encoding === null ? encoding : `${encoding as string}`);
  return parsed === undefined ? buffer : buffer.toString(parsed);
}

const kCopy = Symbol('Hash.copy');

/** The options of `createHash`: `outputLength` for the SHAKE digests. */
export interface HashOptions {
  outputLength?: number;
  [key: string]: unknown;
}

/**
 * Node's `crypto.Hash`: a running digest. Create it with `createHash(algorithm, options)`.
 *
 * As in Node, a Hash is also a Transform stream: write data (or pipe it in), end it, and
 * the digest comes out as the one readable chunk. The stream side is built the first time
 * it is touched (Node's own LazyTransform design), so `update`/`digest` cost nothing extra.
 *
 * Browser notes: computed in JavaScript (MD5, SHA-1, SHA-224/256 by polynode's own code,
 * 3–4× crypto-browserify's speed; the others by @noble/hashes). Because the class is a Transform,
 * `import { createHash }` bundles polynode's stream engine (about 25 KB min+gzip): an ES
 * module cannot make a base class optional. md4, mdc2, sm3 and whirlpool are not available
 * (`Digest method not supported`).
 */
export class Hash extends LazyTransform {
  #state: DigestState;
  #name: string;
  #length: number;
  #finalized = false;
  #result: Uint8Array | undefined;

  constructor(algorithm: string, options?: HashOptions);
  constructor(algorithm: unknown, options?: unknown, source?: unknown) {
    super(options as Record<string, unknown> | undefined);
    let state: DigestState;
    let name: string;
    if (algorithm === kCopy) {
      const from = source as Hash;
      state = from.#state.clone();
      name = from.#name;
    } else {
      validateString(algorithm, 'algorithm');
      const found = lookupDigest(algorithm);
      name = found?.name ?? '';
      state = found?.algorithm.create() as DigestState;
      if (found === undefined) {
        // Node reads options.outputLength before it asks OpenSSL for the digest.
        readOutputLength(options);
        throw digestNotSupported();
      }
    }
    const defaultLength = lookupDigest(name)!.algorithm.outputLen;
    const xofLength = readOutputLength(options);
    let length = defaultLength;
    if (xofLength !== undefined && xofLength !== defaultLength) {
      if (!isXof(name)) throw notXofError();
      length = xofLength;
    }
    this.#state = state;
    this.#name = name;
    this.#length = length;
  }

  /** Adds `data` (a string in `inputEncoding`, UTF-8 by default, or an ArrayBufferView) to the digest. */
  update(data: string | ArrayBufferView, inputEncoding?: string): this {
    if (this.#finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    this.#state.update(updateBytes(data, inputEncoding));
    return this;
  }

  /** Finishes the digest: a Buffer, or a string when `encoding` names one. Only once. */
  digest(): Buffer;
  digest(encoding: string): string;
  digest(encoding?: string): Buffer | string {
    if (this.#finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    this.#finalized = true;
    return output(this.#finish(), encoding || 'buffer');
  }

  /** The digest, computed once (the stream side and `digest()` share it, as Node's handle does). */
  #finish(): Uint8Array {
    return (this.#result ??= finish(this.#state, this.#name, this.#length));
  }

  /** The Transform side: a written chunk goes into the digest. */
  override _transform(chunk: Uint8Array, encoding: string, callback: (error?: Error | null) => void): void {
    this.#state.update(updateBytes(chunk, encoding));
    callback();
  }

  /** The Transform side: at the end, the digest is the one chunk read out. */
  override _flush(callback: (error?: Error | null) => void): void {
    this.push(output(this.#finish(), 'buffer'));
    callback();
  }

  /** A new Hash with this one's state (`options.outputLength` for SHAKE). Not after `digest()`. */
  copy(options?: HashOptions): Hash {
    if (this.#finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    return new (Hash as unknown as new (a: unknown, o: unknown, s: unknown) => Hash)(kCopy, options, this);
  }
}

function readOutputLength(options: unknown): number | undefined {
  const xofLength = typeof options === 'object' && options !== null ? (options as HashOptions).outputLength : undefined;
  if (xofLength !== undefined) validateUint32(xofLength, 'options.outputLength');
  return xofLength;
}

function finish(state: DigestState, name: string, length: number): Uint8Array {
  if (isXof(name)) {
    if (length === 0) return new Uint8Array(0);
    return (state as unknown as { xof(n: number): Uint8Array }).xof(length);
  }
  return state.digest();
}

/**
 * Node's `crypto.createHash(algorithm, options)`: a {@link Hash} for an OpenSSL digest name
 * (`sha256`, `SHA256`, `RSA-SHA256`, `sha3-256`, `shake128` with `outputLength` …).
 *
 * Browser notes: see {@link Hash}; synchronous and pure JavaScript, not
 * WebCrypto (which is async-only).
 */
export function createHash(algorithm: string, options?: HashOptions): Hash {
  return new Hash(algorithm, options);
}

/** The options of `createHmac`: `encoding` for a string key. */
export interface HmacOptions {
  encoding?: string;
  [key: string]: unknown;
}

/** A KeyObject-less key: a string (in `encoding`), an ArrayBuffer or an ArrayBufferView. */
export type BinaryLike = string | ArrayBuffer | ArrayBufferView;

/** Node's `getArrayBufferOrView`: the bytes of a string (in `encoding`), ArrayBuffer or view. */
export function bytesOf(value: unknown, name: string, encoding?: string, types = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']): Uint8Array {
  if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
    return new Uint8Array(value);
  }
  if (typeof value === 'string') {
    return viewBytes(Buffer.from(value, (encoding === 'buffer' ? 'utf8' : encoding)));
  }
  if (!ArrayBuffer.isView(value)) throw new ERR_INVALID_ARG_TYPE(name, types, value);
  return viewBytes(value);
}

/** RFC 2104 HMAC over any {@link DigestAlgorithm} (md5-sha1 included). */
class HmacState implements DigestState {
  #inner: DigestState;
  #outer: DigestState;
  constructor(algorithm: DigestAlgorithm, key: Uint8Array) {
    const pad = new Uint8Array(algorithm.blockLen);
    pad.set(key.length > pad.length ? digestOf(algorithm, key) : key);
    for (let i = 0; i < pad.length; i++) pad[i]! ^= 0x36;
    this.#inner = algorithm.create();
    this.#inner.update(pad);
    for (let i = 0; i < pad.length; i++) pad[i]! ^= 0x36 ^ 0x5c;
    this.#outer = algorithm.create();
    this.#outer.update(pad);
  }
  update(data: Uint8Array): this {
    this.#inner.update(data);
    return this;
  }
  digest(): Uint8Array {
    this.#outer.update(this.#inner.digest());
    return this.#outer.digest();
  }
  clone(): DigestState {
    throw new Error('unreachable');
  }
}

/** HMAC(key, the parts one after the other) over any {@link DigestAlgorithm}. */
export function hmacOf(algorithm: DigestAlgorithm, key: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const state = new HmacState(algorithm, key);
  for (const part of parts) state.update(part);
  return state.digest();
}

function digestOf(algorithm: DigestAlgorithm, data: Uint8Array): Uint8Array {
  const state = algorithm.create();
  state.update(data);
  return state.digest();
}

/**
 * Node's `crypto.Hmac`: a running HMAC. Create it with `createHmac(algorithm, key, options)`.
 *
 * A Transform stream like {@link Hash}: written data is authenticated, the MAC is read out
 * at the end. A second `digest()` returns an empty result, as in Node.
 *
 * Browser notes: JavaScript, over the digests of {@link Hash}; keys are strings, ArrayBuffers, views or
 * secret KeyObjects (a CryptoKey is refused: it is not extractable synchronously).
 */
export class Hmac extends LazyTransform {
  #state: DigestState;
  #finalized = false;

  constructor(hmac: string, key: BinaryLike | SecretKeyLike, options?: HmacOptions) {
    super(options as Record<string, unknown> | undefined);
    validateString(hmac, 'hmac');
    let encoding: unknown;
    if (options && (encoding = options.encoding) != null) validateString(encoding, 'options.encoding');
    const keyBytes = secretKeyBytes(key, encoding);
    const found = lookupDigest(hmac);
    if (found === undefined) throw invalidDigest();
    if (isXof(found.name)) throw emptyOpenSSLError();
    this.#state = new HmacState(found.algorithm, keyBytes);
  }

  /** Adds `data` (a string in `inputEncoding`, UTF-8 by default, or an ArrayBufferView) to the HMAC. */
  update(data: string | ArrayBufferView, inputEncoding?: string): this {
    if (this.#finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    this.#state.update(updateBytes(data, inputEncoding));
    return this;
  }

  /** Finishes the HMAC: a Buffer, or a string when `encoding` names one. Later calls give an empty result. */
  digest(): Buffer;
  digest(encoding: string): string;
  digest(encoding?: string): Buffer | string {
    const outputEncoding = encoding || 'buffer';
    if (this.#finalized) {
      const empty = Buffer.from('');
      return outputEncoding === 'buffer' ? empty : empty.toString(outputEncoding);
    }
    this.#finalized = true;
    return output(this.#state.digest(), outputEncoding);
  }

  /** The Transform side: a written chunk goes into the MAC. */
  override _transform(chunk: Uint8Array, encoding: string, callback: (error?: Error | null) => void): void {
    this.#state.update(updateBytes(chunk, encoding));
    callback();
  }

  /** The Transform side: at the end, the MAC is the one chunk read out. */
  override _flush(callback: (error?: Error | null) => void): void {
    this.push(this.digest());
    callback();
  }
}

/** What `secretKeyBytes` accepts besides binary data: a secret KeyObject (keys.ts). */
export interface SecretKeyLike {
  readonly type: string;
}

/** Where a secret KeyObject (keys.ts) keeps its bytes: read here without importing keys.ts. */
export const kSecretBytes: unique symbol = Symbol('polynode.crypto.secretKeyBytes');

/**
 * Node's `prepareSecretKey`: the bytes of a key given as a string (in `encoding`), an
 * ArrayBuffer, a view or a secret KeyObject; anything else is `ERR_INVALID_ARG_TYPE` naming
 * every accepted type.
 */
export function secretKeyBytes(key: unknown, encoding?: unknown, name = 'key'): Uint8Array {
  const held = typeof key === 'object' && key !== null ? (key as { [kSecretBytes]?: Uint8Array })[kSecretBytes] : undefined;
  if (held !== undefined) return held;
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer) &&
    !(typeof SharedArrayBuffer !== 'undefined' && (key as unknown) instanceof SharedArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }
  return bytesOf(key, name, encoding as string | undefined);
}

/**
 * Node's `crypto.createHmac(algorithm, key, options)`: an {@link Hmac} over any digest
 * {@link createHash} knows except SHAKE.
 *
 * Browser notes: see {@link Hmac}.
 */
export function createHmac(algorithm: string, key: BinaryLike | SecretKeyLike, options?: HmacOptions): Hmac {
  return new Hmac(algorithm, key, options);
}
