/**
 * polynode's `util`: Node 16.13.1's `util` module for the browser.
 * inspect, format, promisify, types, deprecate … with Node 16 output.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [events, util, assert] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';
import utilTypesNamespace from '../util/types/index.js';

/** Node's `util.TextDecoder`. Not built yet ([events, util, assert]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const TextDecoder = /*#__PURE__*/ notImplementedClass('util.TextDecoder');

/** Node's `util.TextEncoder`. Not built yet ([events, util, assert]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const TextEncoder = /*#__PURE__*/ notImplementedClass('util.TextEncoder');

/** Node's `util._errnoException`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _errnoException = /*#__PURE__*/ notImplemented('util._errnoException');

/** Node's `util._exceptionWithHostPort`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _exceptionWithHostPort = /*#__PURE__*/ notImplemented('util._exceptionWithHostPort');

/** Node's `util._extend`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const _extend = /*#__PURE__*/ notImplemented('util._extend');

/** Node's `util.callbackify`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const callbackify = /*#__PURE__*/ notImplemented('util.callbackify');

/** Node's `util.debug`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const debug = /*#__PURE__*/ notImplemented('util.debug');

/** Node's `util.debuglog`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const debuglog = /*#__PURE__*/ notImplemented('util.debuglog');

/** Node's `util.deprecate`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const deprecate = /*#__PURE__*/ notImplemented('util.deprecate');

/** Node's `util.format`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const format = /*#__PURE__*/ notImplemented('util.format');

/** Node's `util.formatWithOptions`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const formatWithOptions = /*#__PURE__*/ notImplemented('util.formatWithOptions');

/** Node's `util.getSystemErrorMap`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const getSystemErrorMap = /*#__PURE__*/ notImplemented('util.getSystemErrorMap');

/** Node's `util.getSystemErrorName`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const getSystemErrorName = /*#__PURE__*/ notImplemented('util.getSystemErrorName');

/** Node's `util.inherits`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const inherits = /*#__PURE__*/ notImplemented('util.inherits');

/** Node's `util.inspect`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const inspect = /*#__PURE__*/ notImplemented('util.inspect');

/** Node's `util.isArray`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isArray = /*#__PURE__*/ notImplemented('util.isArray');

/** Node's `util.isBoolean`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isBoolean = /*#__PURE__*/ notImplemented('util.isBoolean');

/** Node's `util.isBuffer`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isBuffer = /*#__PURE__*/ notImplemented('util.isBuffer');

/** Node's `util.isDate`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isDate = /*#__PURE__*/ notImplemented('util.isDate');

/** Node's `util.isDeepStrictEqual`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isDeepStrictEqual = /*#__PURE__*/ notImplemented('util.isDeepStrictEqual');

/** Node's `util.isError`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isError = /*#__PURE__*/ notImplemented('util.isError');

/** Node's `util.isFunction`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isFunction = /*#__PURE__*/ notImplemented('util.isFunction');

/** Node's `util.isNull`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isNull = /*#__PURE__*/ notImplemented('util.isNull');

/** Node's `util.isNullOrUndefined`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isNullOrUndefined = /*#__PURE__*/ notImplemented('util.isNullOrUndefined');

/** Node's `util.isNumber`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isNumber = /*#__PURE__*/ notImplemented('util.isNumber');

/** Node's `util.isObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isObject = /*#__PURE__*/ notImplemented('util.isObject');

/** Node's `util.isPrimitive`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isPrimitive = /*#__PURE__*/ notImplemented('util.isPrimitive');

/** Node's `util.isRegExp`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isRegExp = /*#__PURE__*/ notImplemented('util.isRegExp');

/** Node's `util.isString`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isString = /*#__PURE__*/ notImplemented('util.isString');

/** Node's `util.isSymbol`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isSymbol = /*#__PURE__*/ notImplemented('util.isSymbol');

/** Node's `util.isUndefined`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isUndefined = /*#__PURE__*/ notImplemented('util.isUndefined');

/** Node's `util.log`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const log = /*#__PURE__*/ notImplemented('util.log');

/** Node's `util.promisify`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const promisify = /*#__PURE__*/ notImplemented('util.promisify');

/** Node's `util.stripVTControlCharacters`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const stripVTControlCharacters = /*#__PURE__*/ notImplemented('util.stripVTControlCharacters');

/** Node's `util.toUSVString`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const toUSVString = /*#__PURE__*/ notImplemented('util.toUSVString');

/** Node's `util.types`: the `util/types` module. */
export const types = utilTypesNamespace;

/** Node's `util` module object: what `import util from 'util'` and `require('util')` give. */
const utilModule = {
  TextDecoder,
  TextEncoder,
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray,
  isBoolean,
  isBuffer,
  isDate,
  isDeepStrictEqual,
  isError,
  isFunction,
  isNull,
  isNullOrUndefined,
  isNumber,
  isObject,
  isPrimitive,
  isRegExp,
  isString,
  isSymbol,
  isUndefined,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
};
export default utilModule;
