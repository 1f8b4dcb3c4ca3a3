/**
 * polynode's `crypto`: Node 16.13.1's `crypto` module for the browser.
 * Hashes, HMAC, KDFs, randomness, ciphers and webcrypto over @noble and the platform.
 * Status: partial. Hashes, HMAC, pbkdf2/hkdf/scrypt, randomness, ciphers (AES, ChaCha20,
 * ChaCha20-Poly1305, triple DES), secret KeyObjects and primes are real (@noble, BigInt and
 * `crypto.getRandomValues`); `webcrypto` is the platform's. Asymmetric crypto (sign/verify,
 * ECDH, DH, key pairs, X509Certificate) is a set of stubs that throw `ERR_METHOD_NOT_IMPLEMENTED`.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';
import { Hash, Hmac, createHash, createHmac, getHashes } from './hash.js';
import { randomBytes, randomFillSync, randomFill, randomInt, randomUUID, timingSafeEqual } from './random.js';
import { pbkdf2, pbkdf2Sync, hkdf, hkdfSync, scrypt, scryptSync } from './kdf.js';
import {
  Cipher, Cipheriv, Decipher, Decipheriv, createCipher, createCipheriv, createDecipher, createDecipheriv, getCipherInfo, getCiphers,
} from './cipher.js';
import { KeyObject, createSecretKey } from './keys.js';
import { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync } from './prime.js';
import { nativeError } from '../internal/errors.js';

export { Hash, Hmac, createHash, createHmac, getHashes } from './hash.js';
export { randomBytes, randomFillSync, randomFill, randomInt, randomUUID, timingSafeEqual } from './random.js';
export { pbkdf2, pbkdf2Sync, hkdf, hkdfSync, scrypt, scryptSync } from './kdf.js';
export { Cipher, Cipheriv, Decipher, Decipheriv, createCipheriv, createDecipheriv, getCipherInfo, getCiphers } from './cipher.js';
export type { CipherOptions, CipherInfo } from './cipher.js';
export { KeyObject, createSecretKey } from './keys.js';
export { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync } from './prime.js';

/**
 * Node's `crypto.webcrypto`: the Web Crypto API. Here it is the platform's own `crypto`
 * object (`subtle`, `getRandomValues`, `randomUUID`), read when accessed.
 *
 * Browser note: the browser's implementation, so algorithm support is the browser's (Node
 * 16's webcrypto also has a few Node-specific algorithms, e.g. `NODE-DSA`).
 */
export const webcrypto: Crypto = /*#__PURE__*/ (() => globalThis.crypto)();

/** Node's `crypto.getCurves()`: the elliptic curves polynode serves: none yet (ECDH and keys are a later issue). */
export function getCurves(): string[] {
  return [];
}

/** Node's `crypto.getFips()`: 0, FIPS mode is not available (as in Node builds without a FIPS provider). */
export function getFips(): 0 {
  return 0;
}

/**
 * Node's `crypto.setFips(bool)`: turning FIPS mode off is a no-op; turning it on fails with
 * OpenSSL's `fips mode not supported`, as in Node 16 builds without FIPS.
 */
export function setFips(enabled: boolean): void {
  if (!enabled) return;
  throw Object.assign(nativeError(Error, 'ERR_OSSL_CRYPTO_FIPS_MODE_NOT_SUPPORTED',
    'error:0F06D065:common libcrypto routines:FIPS_mode_set:fips mode not supported'), {
    library: 'common libcrypto routines', function: 'FIPS_mode_set', reason: 'fips mode not supported',
  });
}

/** Node's `crypto.secureHeapUsed()`: there is no secure heap, so all zero, as in Node without `--secure-heap`. */
export function secureHeapUsed(): { total: number; used: number; utilization: number; min: number } {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

/** Node's `crypto.Certificate`. Not built yet ([crypto]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Certificate = /*#__PURE__*/ notImplementedClass('crypto.Certificate');

/** Node's `crypto.DiffieHellman`. Not built yet ([crypto]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const DiffieHellman = /*#__PURE__*/ notImplementedClass('crypto.DiffieHellman');

/** Node's `crypto.DiffieHellmanGroup`. Not built yet ([crypto]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const DiffieHellmanGroup = /*#__PURE__*/ notImplementedClass('crypto.DiffieHellmanGroup');

/** Node's `crypto.ECDH`. Not built yet ([crypto]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ECDH = /*#__PURE__*/ notImplementedClass('crypto.ECDH');

/** Node's `crypto.Sign`. Not built yet ([crypto]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Sign = /*#__PURE__*/ notImplementedClass('crypto.Sign');

/** Node's `crypto.Verify`. Not built yet ([crypto]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Verify = /*#__PURE__*/ notImplementedClass('crypto.Verify');

/** Node's `crypto.X509Certificate`. Not built yet ([crypto]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const X509Certificate = /*#__PURE__*/ notImplementedClass('crypto.X509Certificate');

/** Node's `crypto.constants` (Node 16.13.1's values). */
export const constants = {"OPENSSL_VERSION_NUMBER":269488335,"SSL_OP_ALL":2147485780,"SSL_OP_ALLOW_NO_DHE_KEX":1024,"SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION":262144,"SSL_OP_CIPHER_SERVER_PREFERENCE":4194304,"SSL_OP_CISCO_ANYCONNECT":32768,"SSL_OP_COOKIE_EXCHANGE":8192,"SSL_OP_CRYPTOPRO_TLSEXT_BUG":2147483648,"SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS":2048,"SSL_OP_EPHEMERAL_RSA":0,"SSL_OP_LEGACY_SERVER_CONNECT":4,"SSL_OP_MICROSOFT_BIG_SSLV3_BUFFER":0,"SSL_OP_MICROSOFT_SESS_ID_BUG":0,"SSL_OP_MSIE_SSLV2_RSA_PADDING":0,"SSL_OP_NETSCAPE_CA_DN_BUG":0,"SSL_OP_NETSCAPE_CHALLENGE_BUG":0,"SSL_OP_NETSCAPE_DEMO_CIPHER_CHANGE_BUG":0,"SSL_OP_NETSCAPE_REUSE_CIPHER_CHANGE_BUG":0,"SSL_OP_NO_COMPRESSION":131072,"SSL_OP_NO_ENCRYPT_THEN_MAC":524288,"SSL_OP_NO_QUERY_MTU":4096,"SSL_OP_NO_RENEGOTIATION":1073741824,"SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION":65536,"SSL_OP_NO_SSLv2":0,"SSL_OP_NO_SSLv3":33554432,"SSL_OP_NO_TICKET":16384,"SSL_OP_NO_TLSv1":67108864,"SSL_OP_NO_TLSv1_1":268435456,"SSL_OP_NO_TLSv1_2":134217728,"SSL_OP_NO_TLSv1_3":536870912,"SSL_OP_PKCS1_CHECK_1":0,"SSL_OP_PKCS1_CHECK_2":0,"SSL_OP_PRIORITIZE_CHACHA":2097152,"SSL_OP_SINGLE_DH_USE":0,"SSL_OP_SINGLE_ECDH_USE":0,"SSL_OP_SSLEAY_080_CLIENT_DH_BUG":0,"SSL_OP_SSLREF2_REUSE_CERT_TYPE_BUG":0,"SSL_OP_TLS_BLOCK_PADDING_BUG":0,"SSL_OP_TLS_D5_BUG":0,"SSL_OP_TLS_ROLLBACK_BUG":8388608,"ENGINE_METHOD_RSA":1,"ENGINE_METHOD_DSA":2,"ENGINE_METHOD_DH":4,"ENGINE_METHOD_RAND":8,"ENGINE_METHOD_EC":2048,"ENGINE_METHOD_CIPHERS":64,"ENGINE_METHOD_DIGESTS":128,"ENGINE_METHOD_PKEY_METHS":512,"ENGINE_METHOD_PKEY_ASN1_METHS":1024,"ENGINE_METHOD_ALL":65535,"ENGINE_METHOD_NONE":0,"DH_CHECK_P_NOT_SAFE_PRIME":2,"DH_CHECK_P_NOT_PRIME":1,"DH_UNABLE_TO_CHECK_GENERATOR":4,"DH_NOT_SUITABLE_GENERATOR":8,"ALPN_ENABLED":1,"RSA_PKCS1_PADDING":1,"RSA_SSLV23_PADDING":2,"RSA_NO_PADDING":3,"RSA_PKCS1_OAEP_PADDING":4,"RSA_X931_PADDING":5,"RSA_PKCS1_PSS_PADDING":6,"RSA_PSS_SALTLEN_DIGEST":-1,"RSA_PSS_SALTLEN_MAX_SIGN":-2,"RSA_PSS_SALTLEN_AUTO":-2,"defaultCoreCipherList":"TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA","TLS1_VERSION":769,"TLS1_1_VERSION":770,"TLS1_2_VERSION":771,"TLS1_3_VERSION":772,"POINT_CONVERSION_COMPRESSED":2,"POINT_CONVERSION_UNCOMPRESSED":4,"POINT_CONVERSION_HYBRID":6};

/** Node's `crypto.createDiffieHellman`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createDiffieHellman = /*#__PURE__*/ notImplemented('crypto.createDiffieHellman');

/** Node's `crypto.createDiffieHellmanGroup`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createDiffieHellmanGroup = /*#__PURE__*/ notImplemented('crypto.createDiffieHellmanGroup');

/** Node's `crypto.createECDH`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createECDH = /*#__PURE__*/ notImplemented('crypto.createECDH');

/** Node's `crypto.createPrivateKey`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createPrivateKey = /*#__PURE__*/ notImplemented('crypto.createPrivateKey');

/** Node's `crypto.createPublicKey`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createPublicKey = /*#__PURE__*/ notImplemented('crypto.createPublicKey');

/** Node's `crypto.createSign`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createSign = /*#__PURE__*/ notImplemented('crypto.createSign');

/** Node's `crypto.createVerify`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createVerify = /*#__PURE__*/ notImplemented('crypto.createVerify');

/** Node's `crypto.diffieHellman`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const diffieHellman = /*#__PURE__*/ notImplemented('crypto.diffieHellman');

/** Node's `crypto.generateKey`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const generateKey = /*#__PURE__*/ notImplemented('crypto.generateKey');

/** Node's `crypto.generateKeyPair`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const generateKeyPair = /*#__PURE__*/ notImplemented('crypto.generateKeyPair');

/** Node's `crypto.generateKeyPairSync`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const generateKeyPairSync = /*#__PURE__*/ notImplemented('crypto.generateKeyPairSync');

/** Node's `crypto.generateKeySync`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const generateKeySync = /*#__PURE__*/ notImplemented('crypto.generateKeySync');

/** Node's `crypto.getDiffieHellman`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const getDiffieHellman = /*#__PURE__*/ notImplemented('crypto.getDiffieHellman');

/** Node's `crypto.privateDecrypt`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const privateDecrypt = /*#__PURE__*/ notImplemented('crypto.privateDecrypt');

/** Node's `crypto.privateEncrypt`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const privateEncrypt = /*#__PURE__*/ notImplemented('crypto.privateEncrypt');

/** Node's `crypto.publicDecrypt`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const publicDecrypt = /*#__PURE__*/ notImplemented('crypto.publicDecrypt');

/** Node's `crypto.publicEncrypt`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const publicEncrypt = /*#__PURE__*/ notImplemented('crypto.publicEncrypt');

/** Node's `crypto.setEngine`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setEngine = /*#__PURE__*/ notImplemented('crypto.setEngine');

/** Node's `crypto.sign`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const sign = /*#__PURE__*/ notImplemented('crypto.sign');

/** Node's `crypto.verify`. Not built yet ([crypto]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const verify = /*#__PURE__*/ notImplemented('crypto.verify');

/** Node's `crypto.DEFAULT_ENCODING`. */
const DEFAULT_ENCODING: string = "buffer";

/** Node's `crypto.fips`. */
const fips: number = 0;

/** Node's deprecated `crypto.prng`: the same function as `randomBytes`. */
const prng = randomBytes;

/** Node's deprecated `crypto.pseudoRandomBytes`: the same function as `randomBytes`. */
const pseudoRandomBytes = randomBytes;

/** Node's deprecated `crypto.rng`: the same function as `randomBytes`. */
const rng = randomBytes;

/** Node's `crypto` module object: what `import crypto from 'crypto'` and `require('crypto')` give. */
const cryptoModule = {
  Certificate,
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  Hash,
  Hmac,
  KeyObject,
  Sign,
  Verify,
  X509Certificate,
  checkPrime,
  checkPrimeSync,
  constants,
  createCipheriv,
  createDecipheriv,
  createDiffieHellman,
  createDiffieHellmanGroup,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  diffieHellman,
  generateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKeySync,
  generatePrime,
  generatePrimeSync,
  getCipherInfo,
  getCiphers,
  getCurves,
  getDiffieHellman,
  getFips,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  secureHeapUsed,
  setEngine,
  setFips,
  sign,
  timingSafeEqual,
  verify,
  webcrypto,
  DEFAULT_ENCODING,
  createCipher,
  createDecipher,
  fips,
  prng,
  pseudoRandomBytes,
  rng,
};
export default cryptoModule;
