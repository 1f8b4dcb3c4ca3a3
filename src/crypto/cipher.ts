/**
 * `crypto.createCipheriv`, `createDecipheriv`, the deprecated `createCipher`/`createDecipher`,
 * the `Cipher`, `Decipher`, `Cipheriv`, `Decipheriv` classes, `getCiphers` and
 * `getCipherInfo`, with Node 16.13.1's argument checks, states and errors (OpenSSL 1.1.1's
 * messages included). The engines are in modes.ts.
 *
 * @packageDocumentation
 */
import { md5 } from './md5.js';
import { Buffer } from '../buffer/index.js';
import { StringDecoder } from '../string_decoder/index.js';
import { ERR_CRYPTO_INVALID_STATE, ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE, nativeError } from '../internal/errors.js';
import { emitWarning } from '../internal/warnings.js';
import { bytesOf, parseEncoding, secretKeyBytes, updateBytes, type BinaryLike, type SecretKeyLike } from './hash.js';
import { LazyTransform } from './lazy-transform.js';
import { CIPHER_NAMES, EngineFailure, createEngine, isAead, lookupCipher, type CipherSpec, type Engine } from './modes.js';
import { invalidKeylen } from './errors.js';
import { validateObject, validateString } from '../internal/validators.js';
import { ERR_INVALID_ARG_VALUE, validateInt32 } from './validate.js';

/** The options of the cipher constructors: `authTagLength` (AEAD), `encoding` (string keys), stream options. */
export interface CipherOptions {
  authTagLength?: number;
  encoding?: string;
  [key: string]: unknown;
}

const IV_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

/** Node's `getUIntOption`: -1 when absent, else a uint32 or ERR_INVALID_ARG_VALUE. */
function uintOption(options: unknown, key: string): number {
  let value: unknown;
  if (options && (value = (options as Record<string, unknown>)[key]) != null) {
    if ((value as number) >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value as number;
  }
  return -1;
}

/** Node's `getStringOption`. */
function stringOption(options: unknown, key: string): string | undefined {
  let value: unknown;
  if (options && (value = (options as Record<string, unknown>)[key]) != null) validateString(value, `options.${key}`);
  return value as string | undefined;
}

const unknownCipher = () => nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
const invalidIv = () => nativeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
const invalidAuthTag = (message: string) => nativeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', message);
const validGcmTag = (n: number) => n === 4 || n === 8 || (n >= 12 && n <= 16);

/** OpenSSL 1.1.1's packed error code of an EVP failure, as Node 16 prints it. */
function evpError(fn: 'EVP_EncryptFinal_ex' | 'EVP_DecryptFinal_ex', reason: string): Error {
  const fnCode = fn === 'EVP_EncryptFinal_ex' ? '7F' : '65';
  const reasons: Record<string, [string, string]> = {
    'bad decrypt': ['064', 'BAD_DECRYPT'],
    'wrong final block length': ['06D', 'WRONG_FINAL_BLOCK_LENGTH'],
    'data not multiple of block length': ['08A', 'DATA_NOT_MULTIPLE_OF_BLOCK_LENGTH'],
  };
  const [code, name] = reasons[reason]!;
  const error = new Error(`error:060${fnCode}${code}:digital envelope routines:${fn}:${reason}`);
  return Object.assign(error, { library: 'digital envelope routines', function: fn, reason, code: `ERR_OSSL_EVP_${name}` });
}

const kInit = Symbol('Cipher.init');
const kGetAuthTag = Symbol('Cipher.getAuthTag');
const kSetAuthTag = Symbol('Decipher.setAuthTag');

/** Node's `getDecoder`: one StringDecoder per cipher; another encoding later is an internal assertion. */
function decoderFor(current: StringDecoder | null, encoding: string): StringDecoder {
  const normalized = parseEncoding(encoding);
  const decoder = current ?? new StringDecoder(normalized);
  if (decoder.encoding !== normalized) throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  return decoder;
}

/**
 * What Cipher, Decipher, Cipheriv and Decipheriv share: `update`, `final`,
 * `setAutoPadding`, `setAAD`, `getAuthTag`/`setAuthTag`, and the Transform side.
 */
export class CipherBase extends LazyTransform {
  /** Node's field: the StringDecoder of a string output encoding. */
  _decoder: StringDecoder | null = null;
  #engine: Engine | undefined;
  #encrypting = true;
  #aead = false;
  #authTagLength = -1;
  #gcm = false;
  #tag: Uint8Array | undefined;

  constructor(options?: CipherOptions) {
    super(options);
  }

  /** Node's C++ `CipherBase::InitIv`/`Init`: checks in Node's order, then builds the engine. */
  [kInit](cipher: string, key: Uint8Array, iv: Uint8Array | null, authTagLength: number, encrypting: boolean): void {
    const spec = lookupCipher(cipher);
    if (spec === undefined) throw unknownCipher();
    const expectedIv = spec.ivLength ?? 0;
    const aead = isAead(spec);
    const hasIv = iv !== null && iv.length > 0;
    if (!hasIv && expectedIv !== 0) throw invalidIv();
    if (!aead && hasIv && iv!.length !== expectedIv) throw invalidIv();
    if (spec.kind === 'chacha20-poly1305' && iv!.length > 12) throw invalidIv();
    let tagLength = authTagLength;
    if (aead) {
      if (spec.mode === 'gcm') {
        if (authTagLength !== -1 && !validGcmTag(authTagLength)) throw invalidAuthTag(`Invalid authentication tag length: ${authTagLength}`);
      } else {
        if (authTagLength === -1) throw invalidAuthTag(`authTagLength required for ${cipher}`);
        if (authTagLength < 1 || authTagLength > 16) throw invalidAuthTag('Invalid authentication tag');
      }
    }
    if (key.length !== spec.keyLength) throw invalidKeylen();
    this.#encrypting = encrypting;
    this.#aead = aead;
    this.#gcm = spec.mode === 'gcm';
    this.#authTagLength = tagLength;
    if (tagLength === -1) tagLength = 16;
    this.#engine = createEngine(spec, key, iv, encrypting, tagLength);
  }

  /**
   * Encrypts (or decrypts) `data`, a string in `inputEncoding` (UTF-8 by default) or an
   * ArrayBufferView; returns what is ready, as a Buffer or a string in `outputEncoding`.
   */
  update(data: string | ArrayBufferView, inputEncoding?: string): Buffer;
  update(data: string | ArrayBufferView, inputEncoding: string | undefined, outputEncoding: string): string;
  update(data: string | ArrayBufferView, inputEncoding?: string, outputEncoding?: string): Buffer | string {
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    const bytes = updateBytes(data, inputEncoding || 'buffer');
    if (!this.#engine) throw new Error('Trying to add data in unsupported state');
    const out = this.#engine.update(bytes);
    const buffer = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    outputEncoding ||= 'buffer';
    if (outputEncoding !== 'buffer') {
      this._decoder = decoderFor(this._decoder, outputEncoding);
      return this._decoder.write(buffer);
    }
    return buffer;
  }

  /** Finishes: the last output (padding removed, tag checked), as a Buffer or a string. Only once. */
  final(): Buffer;
  final(outputEncoding: string): string;
  final(outputEncoding?: string): Buffer | string {
    outputEncoding ||= 'buffer';
    const engine = this.#engine;
    if (!engine) throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
    let out: Uint8Array;
    try {
      if (!this.#encrypting && this.#aead && this.#tag === undefined) throw new EngineFailure('auth');
      out = engine.final();
    } catch (error) {
      this.#engine = undefined;
      if (!(error instanceof EngineFailure)) throw error;
      const { failure } = error;
      throw failure === 'auth' ? new Error('Unsupported state or unable to authenticate data') : evpError(failure.fn, failure.reason);
    }
    this.#engine = undefined;
    if (this.#aead && this.#encrypting) this.#tag = engine.tag!();
    const buffer = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    if (outputEncoding !== 'buffer') {
      this._decoder = decoderFor(this._decoder, outputEncoding);
      return this._decoder.end(buffer);
    }
    return buffer;
  }

  /** Turns PKCS#7 padding on or off (block modes). Not after `final()`. */
  setAutoPadding(autoPadding?: boolean): this {
    if (!this.#engine) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    this.#engine.setPadding?.(!!autoPadding);
    return this;
  }

  /** AEAD: additional authenticated data, before any `update`. */
  setAAD(buffer: ArrayBufferView, options?: { plaintextLength?: number; encoding?: string }): this {
    const encoding = stringOption(options, 'encoding');
    uintOption(options, 'plaintextLength');
    const aad = bytesOf(buffer, 'aadbuf', encoding, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
    // OpenSSL takes empty additional data at any time before the end.
    if (!this.#engine || !this.#aead || (!this.#engine.aad!(aad) && aad.length > 0)) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    return this;
  }

  /** AEAD encryption: the authentication tag, after `final()` (Cipher and Cipheriv only). */
  [kGetAuthTag](): Buffer {
    if (this.#engine || !this.#encrypting || !this.#aead || this.#tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
    return Buffer.from(this.#tag);
  }

  /** AEAD decryption: the expected authentication tag, before `final()` (Decipher and Decipheriv only). */
  [kSetAuthTag](buffer: ArrayBufferView, encoding?: string): this {
    const tag = bytesOf(buffer, 'buffer', encoding, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
    if (!this.#engine || !this.#aead || this.#encrypting || this.#tag !== undefined) {
      throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
    }
    const n = tag.length;
    const valid = this.#gcm
      ? (this.#authTagLength === -1 || this.#authTagLength === n) && validGcmTag(n)
      : this.#authTagLength === n;
    if (!valid) throw invalidAuthTag(`Invalid authentication tag length: ${n}`);
    this.#tag = tag.slice();
    this.#engine.expectTag!(this.#tag);
    return this;
  }

  /** The Transform side: a written chunk is encrypted (or decrypted) and pushed. */
  override _transform(chunk: Uint8Array, _encoding: string, callback: (error?: Error | null) => void): void {
    this.push(this.update(chunk));
    callback();
  }

  /** The Transform side: `final()` is pushed, or its error ends the stream. */
  override _flush(callback: (error?: Error | null) => void): void {
    try {
      this.push(this.final());
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback();
  }
}

/** Node's `createCipherWithIV` checks, in its order. */
function initWithIv(self: CipherBase, cipher: unknown, key: unknown, iv: unknown, options: unknown, encrypting: boolean): void {
  validateString(cipher, 'cipher');
  const encoding = stringOption(options, 'encoding');
  const keyBytes = secretKeyBytes(key, encoding);
  const ivBytes = iv === null ? null : bytesOf(iv, 'iv', undefined, IV_TYPES);
  const authTagLength = uintOption(options, 'authTagLength');
  self[kInit](cipher, keyBytes, ivBytes, authTagLength, encrypting);
}

let warnedCreateCipher = false;

/** The deprecated password form: OpenSSL's EVP_BytesToKey with MD5, one round, no salt. */
function initWithPassword(self: CipherBase, cipher: unknown, password: unknown, options: unknown, encrypting: boolean): void {
  if (!warnedCreateCipher) {
    warnedCreateCipher = true;
    emitWarning('crypto.createCipher is deprecated.', 'DeprecationWarning', 'DEP0106');
  }
  validateString(cipher, 'cipher');
  const pw = bytesOf(password, 'password');
  const authTagLength = uintOption(options, 'authTagLength');
  const spec = lookupCipher(cipher);
  if (spec === undefined) throw unknownCipher();
  const ivLength = spec.ivLength ?? 0;
  const material = new Uint8Array(spec.keyLength + ivLength + 16);
  let have = 0;
  let previous: Uint8Array = new Uint8Array(0);
  while (have < spec.keyLength + ivLength) {
    const block = new Uint8Array(previous.length + pw.length);
    block.set(previous);
    block.set(pw, previous.length);
    previous = md5(block);
    material.set(previous, have);
    have += previous.length;
  }
  if (spec.mode === 'ctr' || spec.mode === 'gcm') emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  self[kInit](cipher, material.slice(0, spec.keyLength), material.slice(spec.keyLength, spec.keyLength + ivLength), authTagLength, encrypting);
}

/** An encryption in progress: Cipher and Cipheriv instances. */
export class CipherEncrypt extends CipherBase {
  /** AEAD: the authentication tag, after `final()`. */
  getAuthTag(): Buffer {
    return this[kGetAuthTag]();
  }
}

/** A decryption in progress: Decipher and Decipheriv instances. */
export class CipherDecrypt extends CipherBase {
  /** AEAD: the expected authentication tag, before `final()` (any time before it). */
  setAuthTag(buffer: ArrayBufferView | string, encoding?: string): this {
    return this[kSetAuthTag](buffer as ArrayBufferView, encoding);
  }
}

/** An instance of Cipheriv (or the deprecated Cipher). */
export type Cipheriv = CipherEncrypt;
/** An instance of Decipheriv (or the deprecated Decipher). */
export type Decipheriv = CipherDecrypt;

type CipherClass<Args extends unknown[], T> = {
  new (...args: Args): T;
  (...args: Args): T;
  prototype: T;
};

/**
 * Makes one of Node's four cipher constructors: callable with or without `new` (as Node's
 * function constructors are), `instanceof` working through the shared prototype chain.
 */
function cipherClass<Args extends unknown[], T extends CipherBase>(
  name: string, Base: new (options?: CipherOptions) => T, optionsAt: number, init: (self: T, ...args: Args) => void,
): CipherClass<Args, T> {
  const Impl = class extends (Base as new (options?: CipherOptions) => CipherBase) {
    constructor(...args: Args) {
      super(args[optionsAt] as CipherOptions | undefined);
      init(this as unknown as T, ...args);
    }
  };
  const Ctor = function (...args: Args) {
    return new Impl(...args);
  } as unknown as CipherClass<Args, T>;
  Object.defineProperty(Ctor, 'name', { value: name });
  Ctor.prototype = Impl.prototype as unknown as T;
  Object.defineProperty(Impl.prototype, 'constructor', { value: Ctor, writable: true, configurable: true });
  // Node gives each of the four constructors its own copies of the cipher methods (its
  // addCipherPrototypeFunctions): the same shape here, so Cipheriv.prototype.update exists.
  const tag = Base === (CipherDecrypt as unknown) ? 'setAuthTag' : 'getAuthTag';
  for (const key of ['_transform', '_flush', 'update', 'final', 'setAutoPadding', tag, 'setAAD']) {
    const method = (Impl.prototype as unknown as Record<string, unknown>)[key];
    if (typeof method === 'function') {
      Object.defineProperty(Impl.prototype, key, { value: method, writable: true, configurable: true, enumerable: false });
    }
  }
  return Ctor;
}

/**
 * Node's `crypto.Cipheriv`: an encryption in progress, and a Transform stream (written
 * plaintext comes out encrypted). Create it with {@link createCipheriv}.
 *
 * Browser notes: @noble/ciphers (AES, ChaCha20, Poly1305, GHASH) and polynode's own triple
 * DES, in JavaScript. The stream side is built on first use, but the class is a Transform,
 * so importing it bundles polynode's stream engine.
 */
export const Cipheriv = /*#__PURE__*/ cipherClass('Cipheriv', CipherEncrypt, 3,
  (self, cipher: string, key: BinaryLike | SecretKeyLike, iv: BinaryLike | null, options?: CipherOptions) =>
    initWithIv(self, cipher, key, iv, options, true));

/** Node's `crypto.Decipheriv`: a decryption in progress (see {@link Cipheriv}). */
export const Decipheriv = /*#__PURE__*/ cipherClass('Decipheriv', CipherDecrypt, 3,
  (self, cipher: string, key: BinaryLike | SecretKeyLike, iv: BinaryLike | null, options?: CipherOptions) =>
    initWithIv(self, cipher, key, iv, options, false));

/**
 * Node's deprecated `crypto.Cipher`: an encryption whose key and IV come from a password
 * (OpenSSL's EVP_BytesToKey with MD5). Emits DEP0106 once, as Node does.
 */
export const Cipher = /*#__PURE__*/ cipherClass('Cipher', CipherEncrypt, 2,
  (self, cipher: string, password: BinaryLike, options?: CipherOptions) => initWithPassword(self, cipher, password, options, true));

/** Node's deprecated `crypto.Decipher` (see {@link Cipher}). */
export const Decipher = /*#__PURE__*/ cipherClass('Decipher', CipherDecrypt, 2,
  (self, cipher: string, password: BinaryLike, options?: CipherOptions) => initWithPassword(self, cipher, password, options, false));

/**
 * Node's `crypto.createCipheriv(algorithm, key, iv[, options])`: a {@link Cipheriv} for
 * aes-128/192/256 in cbc, ecb, ctr, cfb, cfb8, cfb1, ofb and gcm, chacha20,
 * chacha20-poly1305, des-ede3 and des-ede3-cbc (names as OpenSSL takes them, any case).
 *
 * Browser notes: see {@link Cipheriv}; other OpenSSL ciphers throw `Unknown cipher`.
 */
export function createCipheriv(algorithm: string, key: BinaryLike | SecretKeyLike, iv: BinaryLike | null, options?: CipherOptions): Cipheriv {
  return new Cipheriv(algorithm, key, iv, options);
}

/** Node's `crypto.createDecipheriv(algorithm, key, iv[, options])`: a {@link Decipheriv} (see {@link createCipheriv}). */
export function createDecipheriv(algorithm: string, key: BinaryLike | SecretKeyLike, iv: BinaryLike | null, options?: CipherOptions): Decipheriv {
  return new Decipheriv(algorithm, key, iv, options);
}

/**
 * Node's deprecated `crypto.createCipher(algorithm, password[, options])`: key and IV from
 * the password by EVP_BytesToKey (MD5, no salt), as OpenSSL derives them; DEP0106 once.
 */
export function createCipher(algorithm: string, password: BinaryLike, options?: CipherOptions): Cipheriv {
  return new Cipher(algorithm, password, options);
}

/** Node's deprecated `crypto.createDecipher(algorithm, password[, options])` (see {@link createCipher}). */
export function createDecipher(algorithm: string, password: BinaryLike, options?: CipherOptions): Decipheriv {
  return new Decipher(algorithm, password, options);
}

/** Node's `crypto.getCiphers()`: the cipher names polynode serves (a subset of Node's list, in its order). */
export function getCiphers(): string[] {
  return CIPHER_NAMES.slice();
}

/** What `getCipherInfo` returns. */
export interface CipherInfo {
  mode: string;
  name: string;
  nid: number;
  blockSize?: number;
  ivLength?: number;
  keyLength: number;
}

/**
 * Node's `crypto.getCipherInfo(nameOrNid[, options])`: a cipher's mode, name, nid, block,
 * IV and key lengths, or undefined (also when `options.keyLength`/`ivLength` do not fit).
 */
export function getCipherInfo(nameOrNid: string | number, options?: { keyLength?: number; ivLength?: number }): CipherInfo | undefined {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength: number | undefined;
  let ivLength: number | undefined;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  let spec: CipherSpec | undefined;
  if (typeof nameOrNid === 'number') {
    for (const name of CIPHER_NAMES) if (lookupCipher(name)!.nid === nameOrNid) spec = lookupCipher(name);
  } else {
    spec = lookupCipher(nameOrNid);
  }
  if (spec === undefined) return undefined;
  if (keyLength !== undefined && keyLength !== spec.keyLength) return undefined;
  let iv = spec.ivLength;
  if (ivLength !== undefined) {
    if (spec.mode === 'gcm') {
      if (ivLength < 1) return undefined;
      iv = ivLength;
    } else if (spec.kind === 'chacha20-poly1305') {
      if (ivLength < 1 || ivLength > 16) return undefined;
      iv = ivLength;
    } else if (ivLength !== (spec.ivLength ?? 0)) {
      return undefined;
    }
  }
  const info: CipherInfo = { mode: spec.mode, name: spec.name, nid: spec.nid } as CipherInfo;
  if (spec.blockSize !== undefined) info.blockSize = spec.blockSize;
  if (iv !== undefined) info.ivLength = iv;
  info.keyLength = spec.keyLength;
  return info;
}
