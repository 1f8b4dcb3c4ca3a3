/**
 * polynode's `util/types`: Node 16.13.1's `util/types` module for the browser.
 * Type checks (isPromise, isTypedArray …).
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [events, util, assert] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented } from '../../internal/unavailable.js';

/** Node's `util.types.isAnyArrayBuffer`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isAnyArrayBuffer = /*#__PURE__*/ notImplemented('util.types.isAnyArrayBuffer');

/** Node's `util.types.isArgumentsObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isArgumentsObject = /*#__PURE__*/ notImplemented('util.types.isArgumentsObject');

/** Node's `util.types.isArrayBuffer`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isArrayBuffer = /*#__PURE__*/ notImplemented('util.types.isArrayBuffer');

/** Node's `util.types.isArrayBufferView`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isArrayBufferView = /*#__PURE__*/ notImplemented('util.types.isArrayBufferView');

/** Node's `util.types.isAsyncFunction`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isAsyncFunction = /*#__PURE__*/ notImplemented('util.types.isAsyncFunction');

/** Node's `util.types.isBigInt64Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isBigInt64Array = /*#__PURE__*/ notImplemented('util.types.isBigInt64Array');

/** Node's `util.types.isBigIntObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isBigIntObject = /*#__PURE__*/ notImplemented('util.types.isBigIntObject');

/** Node's `util.types.isBigUint64Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isBigUint64Array = /*#__PURE__*/ notImplemented('util.types.isBigUint64Array');

/** Node's `util.types.isBooleanObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isBooleanObject = /*#__PURE__*/ notImplemented('util.types.isBooleanObject');

/** Node's `util.types.isBoxedPrimitive`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isBoxedPrimitive = /*#__PURE__*/ notImplemented('util.types.isBoxedPrimitive');

/** Node's `util.types.isCryptoKey`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isCryptoKey = /*#__PURE__*/ notImplemented('util.types.isCryptoKey');

/** Node's `util.types.isDataView`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isDataView = /*#__PURE__*/ notImplemented('util.types.isDataView');

/** Node's `util.types.isDate`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isDate = /*#__PURE__*/ notImplemented('util.types.isDate');

/** Node's `util.types.isExternal`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isExternal = /*#__PURE__*/ notImplemented('util.types.isExternal');

/** Node's `util.types.isFloat32Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isFloat32Array = /*#__PURE__*/ notImplemented('util.types.isFloat32Array');

/** Node's `util.types.isFloat64Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isFloat64Array = /*#__PURE__*/ notImplemented('util.types.isFloat64Array');

/** Node's `util.types.isGeneratorFunction`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isGeneratorFunction = /*#__PURE__*/ notImplemented('util.types.isGeneratorFunction');

/** Node's `util.types.isGeneratorObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isGeneratorObject = /*#__PURE__*/ notImplemented('util.types.isGeneratorObject');

/** Node's `util.types.isInt16Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isInt16Array = /*#__PURE__*/ notImplemented('util.types.isInt16Array');

/** Node's `util.types.isInt32Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isInt32Array = /*#__PURE__*/ notImplemented('util.types.isInt32Array');

/** Node's `util.types.isInt8Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isInt8Array = /*#__PURE__*/ notImplemented('util.types.isInt8Array');

/** Node's `util.types.isKeyObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isKeyObject = /*#__PURE__*/ notImplemented('util.types.isKeyObject');

/** Node's `util.types.isMap`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isMap = /*#__PURE__*/ notImplemented('util.types.isMap');

/** Node's `util.types.isMapIterator`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isMapIterator = /*#__PURE__*/ notImplemented('util.types.isMapIterator');

/** Node's `util.types.isModuleNamespaceObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isModuleNamespaceObject = /*#__PURE__*/ notImplemented('util.types.isModuleNamespaceObject');

/** Node's `util.types.isNativeError`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isNativeError = /*#__PURE__*/ notImplemented('util.types.isNativeError');

/** Node's `util.types.isNumberObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isNumberObject = /*#__PURE__*/ notImplemented('util.types.isNumberObject');

/** Node's `util.types.isPromise`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isPromise = /*#__PURE__*/ notImplemented('util.types.isPromise');

/** Node's `util.types.isProxy`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isProxy = /*#__PURE__*/ notImplemented('util.types.isProxy');

/** Node's `util.types.isRegExp`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isRegExp = /*#__PURE__*/ notImplemented('util.types.isRegExp');

/** Node's `util.types.isSet`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isSet = /*#__PURE__*/ notImplemented('util.types.isSet');

/** Node's `util.types.isSetIterator`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isSetIterator = /*#__PURE__*/ notImplemented('util.types.isSetIterator');

/** Node's `util.types.isSharedArrayBuffer`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isSharedArrayBuffer = /*#__PURE__*/ notImplemented('util.types.isSharedArrayBuffer');

/** Node's `util.types.isStringObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isStringObject = /*#__PURE__*/ notImplemented('util.types.isStringObject');

/** Node's `util.types.isSymbolObject`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isSymbolObject = /*#__PURE__*/ notImplemented('util.types.isSymbolObject');

/** Node's `util.types.isTypedArray`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isTypedArray = /*#__PURE__*/ notImplemented('util.types.isTypedArray');

/** Node's `util.types.isUint16Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isUint16Array = /*#__PURE__*/ notImplemented('util.types.isUint16Array');

/** Node's `util.types.isUint32Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isUint32Array = /*#__PURE__*/ notImplemented('util.types.isUint32Array');

/** Node's `util.types.isUint8Array`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isUint8Array = /*#__PURE__*/ notImplemented('util.types.isUint8Array');

/** Node's `util.types.isUint8ClampedArray`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isUint8ClampedArray = /*#__PURE__*/ notImplemented('util.types.isUint8ClampedArray');

/** Node's `util.types.isWeakMap`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isWeakMap = /*#__PURE__*/ notImplemented('util.types.isWeakMap');

/** Node's `util.types.isWeakSet`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const isWeakSet = /*#__PURE__*/ notImplemented('util.types.isWeakSet');

/** Node's `util/types` module object: what `import utilTypes from 'util/types'` and `require('util/types')` give. */
const utilTypesModule = {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isArrayBufferView,
  isAsyncFunction,
  isBigInt64Array,
  isBigIntObject,
  isBigUint64Array,
  isBooleanObject,
  isBoxedPrimitive,
  isCryptoKey,
  isDataView,
  isDate,
  isExternal,
  isFloat32Array,
  isFloat64Array,
  isGeneratorFunction,
  isGeneratorObject,
  isInt16Array,
  isInt32Array,
  isInt8Array,
  isKeyObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isTypedArray,
  isUint16Array,
  isUint32Array,
  isUint8Array,
  isUint8ClampedArray,
  isWeakMap,
  isWeakSet,
};
export default utilTypesModule;
