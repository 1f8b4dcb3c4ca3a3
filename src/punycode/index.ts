/**
 * polynode's `punycode`: Node 16.13.1's `punycode` module for the browser.
 * Deprecated punycode (DEP0040).
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, stubObject } from '../internal/unavailable.js';

/** Node's `punycode.decode`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const decode = /*#__PURE__*/ notImplemented('punycode.decode');

/** Node's `punycode.encode`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const encode = /*#__PURE__*/ notImplemented('punycode.encode');

/** Node's `punycode.toASCII`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const toASCII = /*#__PURE__*/ notImplemented('punycode.toASCII');

/** Node's `punycode.toUnicode`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const toUnicode = /*#__PURE__*/ notImplemented('punycode.toUnicode');

/** Node's `punycode.ucs2`. Not built yet ([process, timers, path, url & the small modules]); an empty object for now; its API throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const ucs2 = /*#__PURE__*/ stubObject('punycode.ucs2', 'not-implemented');

/** Node's `punycode.version`. */
export const version: string = "2.1.0";

/** Node's `punycode` module object: what `import punycode from 'punycode'` and `require('punycode')` give. */
const punycodeModule = {
  decode,
  encode,
  toASCII,
  toUnicode,
  ucs2,
  version,
};
export default punycodeModule;
