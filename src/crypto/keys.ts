/**
 * `crypto.KeyObject` and `crypto.createSecretKey` for secret (symmetric) keys, which
 * `createHmac`, the ciphers and `hkdf` accept. Public and private keys are a later issue.
 *
 * @packageDocumentation
 */
import { Buffer } from '../buffer/index.js';
import { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { validateObject } from '../internal/validators.js';
import { bytesOf, kSecretBytes } from './hash.js';
import { ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } from './validate.js';

/** Proves a KeyObject is built here (Node checks for its C++ KeyObjectHandle). */
const kHandle = Symbol('KeyObject.handle');

/** The base64url text of bytes (JWK's `k`). */
function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/**
 * Node's `crypto.KeyObject`: a key held outside JavaScript's reach. polynode makes secret
 * keys only ({@link createSecretKey}); `type` is `'secret'`.
 *
 * Browser notes: constructing one directly throws as in Node (it needs an internal
 * handle). `KeyObject.from(cryptoKey)` throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM` for a
 * real CryptoKey: a browser gives a key's bytes only asynchronously (`subtle.exportKey`).
 */
export class KeyObject {
  readonly #type: string;

  constructor(type: string, handle: unknown) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    if (typeof handle !== 'object' || handle === null || !(kHandle in handle)) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    this.#type = type;
  }

  /** `'secret'`, `'public'` or `'private'`. */
  get type(): string {
    return this.#type;
  }

  /** Node's `KeyObject.from(key)`: the KeyObject of a webcrypto CryptoKey. */
  static from(key: unknown): KeyObject {
    if (typeof CryptoKey === 'undefined' || !(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('crypto.KeyObject.from');
  }
}

/** A secret key: its bytes, their size, export as a Buffer or a JWK. */
export class SecretKeyObject extends KeyObject {
  declare readonly [kSecretBytes]: Uint8Array;

  constructor(handle: { [kHandle]: Uint8Array }) {
    super('secret', handle);
    // Where hash.ts and cipher.ts read a key's bytes; not enumerable, as Node's handle is hidden.
    Object.defineProperty(this, kSecretBytes, { value: handle[kHandle] });
  }

  /** The key's size in bytes. */
  get symmetricKeySize(): number {
    return this[kSecretBytes].length;
  }

  /** The key as a Buffer (a copy), or as a JWK `{ kty: 'oct', k }` with `{ format: 'jwk' }`. */
  export(options?: { format?: 'buffer' | 'jwk' }): Buffer | { kty: 'oct'; k: string } {
    if (options !== undefined) {
      validateObject(options, 'options');
      const format = options.format;
      if (format !== undefined && format !== 'buffer' && format !== 'jwk') {
        throw new ERR_INVALID_ARG_VALUE('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
      }
      if (format === 'jwk') return { kty: 'oct', k: base64url(this[kSecretBytes]) };
    }
    return Buffer.from(this[kSecretBytes]);
  }

  /**
   * Whether `otherKeyObject` is the same key (same type and bytes, compared in constant time).
   * Browser note: Node added `equals` in 16.15; polynode has it already.
   */
  equals(otherKeyObject: KeyObject): boolean {
    if (!(otherKeyObject instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    const other = (otherKeyObject as Partial<SecretKeyObject>)[kSecretBytes];
    const mine = this[kSecretBytes];
    if (otherKeyObject.type !== 'secret' || other === undefined || other.length !== mine.length) return false;
    let diff = 0;
    for (let i = 0; i < mine.length; i++) diff |= mine[i]! ^ other[i]!;
    return diff === 0;
  }
}

/**
 * Node's `crypto.createSecretKey(key[, encoding])`: a secret {@link KeyObject} holding a
 * copy of `key` (a string in `encoding`, an ArrayBuffer or a view; not empty).
 */
export function createSecretKey(key: string | ArrayBuffer | ArrayBufferView, encoding?: string): SecretKeyObject {
  const bytes = bytesOf(key, 'key', encoding, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  if (bytes.byteLength === 0) throw new ERR_OUT_OF_RANGE('key.byteLength', '> 0', bytes.byteLength);
  return new SecretKeyObject({ [kHandle]: bytes.slice() });
}
