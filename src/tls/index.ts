/**
 * polynode's `tls`: Node 16.13.1's `tls` module for the browser.
 * TLS sockets cannot be opened from a web page; constants are Node's.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { stubObject, unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `tls.CLIENT_RENEG_LIMIT`. */
export const CLIENT_RENEG_LIMIT: number = 3;

/** Node's `tls.CLIENT_RENEG_WINDOW`. */
export const CLIENT_RENEG_WINDOW: number = 600;

/** Node's `tls.DEFAULT_CIPHERS`. */
export const DEFAULT_CIPHERS: string = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA";

/** Node's `tls.DEFAULT_ECDH_CURVE`. */
export const DEFAULT_ECDH_CURVE: string = "auto";

/** Node's `tls.DEFAULT_MAX_VERSION`. */
export const DEFAULT_MAX_VERSION: string = "TLSv1.3";

/** Node's `tls.DEFAULT_MIN_VERSION`. */
export const DEFAULT_MIN_VERSION: string = "TLSv1.2";

/** Node's `tls.SecureContext`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const SecureContext = /*#__PURE__*/ unavailable('tls.SecureContext');

/** Node's `tls.Server`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Server = /*#__PURE__*/ unavailableClass('tls.Server');

/** Node's `tls.TLSSocket`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const TLSSocket = /*#__PURE__*/ unavailableClass('tls.TLSSocket');

/** Node's `tls.checkServerIdentity`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const checkServerIdentity = /*#__PURE__*/ unavailable('tls.checkServerIdentity');

/** Node's `tls.connect`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const connect = /*#__PURE__*/ unavailable('tls.connect');

/** Node's `tls.convertALPNProtocols`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const convertALPNProtocols = /*#__PURE__*/ unavailable('tls.convertALPNProtocols');

/** Node's `tls.createSecureContext`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createSecureContext = /*#__PURE__*/ unavailable('tls.createSecureContext');

/** Node's `tls.createSecurePair`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createSecurePair = /*#__PURE__*/ unavailable('tls.createSecurePair');

/** Node's `tls.createServer`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createServer = /*#__PURE__*/ unavailable('tls.createServer');

/** Node's `tls.getCiphers`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const getCiphers = /*#__PURE__*/ unavailable('tls.getCiphers');

/** Node's `tls.parseCertString`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const parseCertString = /*#__PURE__*/ unavailable('tls.parseCertString');

/** Node's `tls.rootCertificates`. Browser: unavailable; an empty object for now; its API throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const rootCertificates = /*#__PURE__*/ stubObject('tls.rootCertificates', 'unavailable');

/** Node's `tls` module object: what `import tls from 'tls'` and `require('tls')` give. */
const tlsModule = {
  CLIENT_RENEG_LIMIT,
  CLIENT_RENEG_WINDOW,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE,
  DEFAULT_MAX_VERSION,
  DEFAULT_MIN_VERSION,
  SecureContext,
  Server,
  TLSSocket,
  checkServerIdentity,
  connect,
  convertALPNProtocols,
  createSecureContext,
  createSecurePair,
  createServer,
  getCiphers,
  parseCertString,
  rootCertificates,
};
export default tlsModule;
