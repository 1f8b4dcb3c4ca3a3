/**
 * The OpenSSL-level errors of Node 16.13.1's `crypto` (thrown by its C++ layer, built with
 * the shared `nativeError`), and the crypto codes of src/internal/errors.ts re-exported.
 * Private to `crypto`; messages checked against real Node 16 (test/crypto).
 *
 * @packageDocumentation
 */
import { ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_SCRYPT_INVALID_PARAMETER, nativeError } from '../internal/errors.js';

export { ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_SCRYPT_INVALID_PARAMETER };

/** `ERR_CRYPTO_INVALID_DIGEST` (TypeError, from C++): `Invalid digest` or `Invalid digest: x`. */
export function invalidDigest(digest?: string): TypeError {
  return nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', digest === undefined ? 'Invalid digest' : `Invalid digest: ${digest}`);
}

/** `ERR_CRYPTO_INVALID_KEYLEN` (RangeError, from C++): `Invalid key length`. */
export function invalidKeylen(): RangeError {
  return nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
}

/** `ERR_CRYPTO_INVALID_SCRYPT_PARAMS` (RangeError, from C++): `Invalid scrypt params`. */
export function invalidScryptParams(): RangeError {
  return nativeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
}

/** `ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH` (RangeError, from C++): `Input buffers must have the same byte length`. */
export function timingSafeEqualLength(): RangeError {
  return nativeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
}

/**
 * `ERR_INVALID_ARG_TYPE` as `timingSafeEqual`'s C++ side throws it (TypeError):
 * `The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`
 */
export function notBufferSource(name: string): TypeError {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
}

/** The plain Error (no code) OpenSSL gives when a digest name is unknown: `Digest method not supported`. */
export function digestNotSupported(): Error {
  return new Error('Digest method not supported');
}

/** The plain Error (no code) a failed key derivation gives: `Deriving bits failed`. */
export function derivingBitsFailed(): Error {
  return new Error('Deriving bits failed');
}

/** OpenSSL's empty error (HMAC over an XOF digest): `error:00000000:lib(0):func(0):reason(0)`. */
export function emptyOpenSSLError(): Error {
  return new Error('error:00000000:lib(0):func(0):reason(0)');
}

/** OpenSSL's `ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH`, with `library`, `function` and `reason` as Node sets them. */
export function notXofError(): Error {
  const error = new Error('error:060AE0B2:digital envelope routines:EVP_DigestFinalXOF:not XOF or invalid length');
  Object.assign(error, {
    library: 'digital envelope routines',
    function: 'EVP_DigestFinalXOF',
    reason: 'not XOF or invalid length',
    code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
  });
  return error;
}
