/**
 * polynode's `util/types`: Node 16.13.1's `util.types` type checks for the browser.
 *
 * Every check is a brand check where JavaScript offers one (a built-in method or getter
 * that throws for other objects), so values from other realms (iframes, workers' transfers)
 * are recognised and `Symbol.toStringTag` cannot fool them. Where JavaScript has no brand
 * check (promises, generators, iterators, arguments, module namespaces, proxies, externals)
 * each function's note says what it looks at instead.
 *
 * @packageDocumentation
 */
import { succeeds } from '../../internal/brand.js';

const getter = (proto: object, key: PropertyKey): ((this: unknown) => unknown) =>
  Object.getOwnPropertyDescriptor(proto, key)!.get!;

/** Whether calling `check` on `value` succeeds: the brand check of built-in methods. */
function passes(value: unknown, check: (this: unknown) => unknown): boolean {
  return typeof value === 'object' && value !== null && succeeds(() => check.call(value));
}

const classOf = (value: unknown): string => Object.prototype.toString.call(value);

/** The name of a typed array's class (its @@toStringTag getter answers undefined for anything else). */
function typedArrayTag(value: unknown): string | undefined {
  return getter(Object.getPrototypeOf(Int8Array.prototype) as object, Symbol.toStringTag).call(value) as string | undefined;
}

/** The tag that the function's prototype carries ('AsyncFunction' …), or undefined when it was replaced. */
function functionKindTag(fn: unknown): string | undefined {
  if (typeof fn !== 'function') return undefined;
  const proto = Object.getPrototypeOf(fn) as object | null;
  if (proto === null) return undefined;
  const tag: unknown = Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag)?.value;
  if (typeof tag === 'string' && /^(Async)?(Generator)?Function$/.test(tag)) return tag;
  if (typeof proto === 'function' && Object.getPrototypeOf(proto) === Object.prototype) return 'Function';
  return undefined;
}

/** The function kind read from source text, for functions whose prototype was replaced. */
function kindFromSource(fn: Function): { async: boolean; generator: boolean } {
  let source: string;
  try {
    source = Function.prototype.toString.call(fn);
  } catch {
    return { async: false, generator: false };
  }
  const isAsync = /^async(\s+function\b|\s*\*|\s+[\w$]+\s*=>|\s*\([^)]*\)\s*=>|\s+[^\s(]*\s*\()/.test(source);
  const isGenerator = /^(async\s*)?(function\s*\*|\*)/.test(source);
  return { async: isAsync, generator: isGenerator };
}

/**
 * Node's `util.types.isAnyArrayBuffer`: whether `value` is an `ArrayBuffer` or a `SharedArrayBuffer`.
 */
export function isAnyArrayBuffer(value: unknown): value is ArrayBufferLike {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

/**
 * Node's `util.types.isArgumentsObject`: whether `value` is an `arguments` object.
 *
 * Browser: recognised by its built-in tag (`[object Arguments]`) and own `callee`; an ordinary object made to look like one with `Symbol.toStringTag` and a `callee` key is taken for one.
 */
export function isArgumentsObject(value: unknown): value is IArguments {
  return classOf(value) === '[object Arguments]' && Object.prototype.hasOwnProperty.call(value, 'callee');
}

/**
 * Node's `util.types.isArrayBuffer`: whether `value` is an `ArrayBuffer` (not a `SharedArrayBuffer`).
 */
export function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return passes(value, getter(ArrayBuffer.prototype, 'byteLength'));
}

/**
 * Node's `util.types.isArrayBufferView`: whether `value` is a typed array or a `DataView` (`ArrayBuffer.isView`).
 */
export function isArrayBufferView(value: unknown): value is ArrayBufferView {
  return ArrayBuffer.isView(value);
}

/**
 * Node's `util.types.isAsyncFunction`: whether `value` is an async function or async generator function.
 *
 * Browser: read from the function's prototype tag (`AsyncFunction`, works across realms), or, when the prototype was replaced, from its source text.
 */
export function isAsyncFunction(value: unknown): boolean {
  if (typeof value !== 'function') return false;
  const tag = functionKindTag(value);
  return tag !== undefined ? tag.startsWith('Async') : kindFromSource(value).async;
}

/**
 * Node's `util.types.isBigInt64Array`: whether `value` is a `BigInt64Array`.
 */
export function isBigInt64Array(value: unknown): value is BigInt64Array {
  return typedArrayTag(value) === 'BigInt64Array';
}

/**
 * Node's `util.types.isBigIntObject`: whether `value` is a boxed bigint (`Object(1n)`).
 */
export function isBigIntObject(value: unknown): value is BigInt {
  return typeof BigInt === 'function' && passes(value, BigInt.prototype.valueOf);
}

/**
 * Node's `util.types.isBigUint64Array`: whether `value` is a `BigUint64Array`.
 */
export function isBigUint64Array(value: unknown): value is BigUint64Array {
  return typedArrayTag(value) === 'BigUint64Array';
}

/**
 * Node's `util.types.isBooleanObject`: whether `value` is a boxed boolean (`new Boolean(false)`).
 */
export function isBooleanObject(value: unknown): value is Boolean {
  return passes(value, Boolean.prototype.valueOf);
}

/**
 * Node's `util.types.isBoxedPrimitive`: whether `value` is any boxed primitive (Number, String, Boolean, BigInt or Symbol object).
 */
export function isBoxedPrimitive(value: unknown): value is String | Number | BigInt | Boolean | Symbol {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) || isBigIntObject(value) || isSymbolObject(value);
}

/**
 * Node's `util.types.isCryptoKey`: whether `value` is a WebCrypto `CryptoKey` (the platform's).
 *
 * Browser: the platform's `CryptoKey`, brand-checked through its `type` getter.
 */
export function isCryptoKey(value: unknown): boolean {
  return typeof CryptoKey === 'function' && passes(value, getter(CryptoKey.prototype, 'type'));
}

/**
 * Node's `util.types.isDataView`: whether `value` is a `DataView`.
 */
export function isDataView(value: unknown): value is DataView {
  return passes(value, getter(DataView.prototype, 'buffer'));
}

/**
 * Node's `util.types.isDate`: whether `value` is a `Date`.
 */
export function isDate(value: unknown): value is Date {
  return passes(value, Date.prototype.getTime);
}

/**
 * Node's `util.types.isExternal`: whether `value` is a V8 `External` (a native pointer wrapper).
 *
 * Browser: there are no V8 externals in a page; always false.
 */
export function isExternal(value: unknown): boolean {
  return false;
}

/**
 * Node's `util.types.isFloat32Array`: whether `value` is a `Float32Array`.
 */
export function isFloat32Array(value: unknown): value is Float32Array {
  return typedArrayTag(value) === 'Float32Array';
}

/**
 * Node's `util.types.isFloat64Array`: whether `value` is a `Float64Array`.
 */
export function isFloat64Array(value: unknown): value is Float64Array {
  return typedArrayTag(value) === 'Float64Array';
}

/**
 * Node's `util.types.isGeneratorFunction`: whether `value` is a generator function or async generator function.
 *
 * Browser: read from the function's prototype tag (`GeneratorFunction`), or, when the prototype was replaced, from its source text.
 */
export function isGeneratorFunction(value: unknown): value is GeneratorFunction {
  if (typeof value !== 'function') return false;
  const tag = functionKindTag(value);
  return tag !== undefined ? tag.endsWith('GeneratorFunction') : kindFromSource(value).generator;
}

/**
 * Node's `util.types.isGeneratorObject`: whether `value` is a generator object (from a generator or async generator function).
 *
 * Browser: a generator cannot be brand-checked without running it; recognised by its tag (`[object Generator]` / `[object AsyncGenerator]`), so an object inheriting from a generator prototype, or faking the tag, is taken for one.
 */
export function isGeneratorObject(value: unknown): value is Generator {
  const tag = classOf(value);
  return typeof value === 'object' && value !== null && (tag === '[object Generator]' || tag === '[object AsyncGenerator]');
}

/**
 * Node's `util.types.isInt16Array`: whether `value` is an `Int16Array`.
 */
export function isInt16Array(value: unknown): value is Int16Array {
  return typedArrayTag(value) === 'Int16Array';
}

/**
 * Node's `util.types.isInt32Array`: whether `value` is an `Int32Array`.
 */
export function isInt32Array(value: unknown): value is Int32Array {
  return typedArrayTag(value) === 'Int32Array';
}

/**
 * Node's `util.types.isInt8Array`: whether `value` is an `Int8Array`.
 */
export function isInt8Array(value: unknown): value is Int8Array {
  return typedArrayTag(value) === 'Int8Array';
}

/**
 * Node's `util.types.isKeyObject`: whether `value` is a `crypto.KeyObject`.
 *
 * Browser: polynode's crypto module has no KeyObject yet; true only for objects carrying its brand (`Symbol.for('polynode.KeyObject')`).
 */
export function isKeyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[Symbol.for('polynode.KeyObject')] === true;
}

/**
 * Node's `util.types.isMap`: whether `value` is a `Map`.
 */
export function isMap(value: unknown): value is Map<unknown, unknown> {
  return passes(value, getter(Map.prototype, 'size'));
}

/**
 * Node's `util.types.isMapIterator`: whether `value` is a Map iterator (`map.keys()`, `map[Symbol.iterator]()` …).
 *
 * Browser: an iterator cannot be brand-checked without advancing it; recognised by its tag (`[object Map Iterator]`), which an object can fake.
 */
export function isMapIterator(value: unknown): boolean {
  return typeof value === 'object' && value !== null && classOf(value) === '[object Map Iterator]';
}

/**
 * Node's `util.types.isModuleNamespaceObject`: whether `value` is a module namespace object (`import * as ns`).
 *
 * Browser: recognised by its shape (null prototype, a non-writable, non-configurable `Symbol.toStringTag` of `Module`, not extensible); an object frozen into that shape is taken for one.
 */
export function isModuleNamespaceObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== null) return false;
  const tag = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return tag !== undefined && tag.value === 'Module' && !tag.writable && !tag.configurable && !tag.enumerable && !Object.isExtensible(value);
}

/**
 * Node's `util.types.isNativeError`: whether `value` is an error built by a built-in Error constructor (or a subclass).
 *
 * Browser: recognised by the built-in tag (`[object Error]`, which only real errors have) when the object has no `Symbol.toStringTag` of its own choosing; otherwise by `instanceof Error` of this realm.
 */
export function isNativeError(value: unknown): value is Error {
  if (typeof value !== 'object' || value === null) return false;
  let tag: unknown;
  try {
    tag = (value as Record<symbol, unknown>)[Symbol.toStringTag];
  } catch {
    return false;
  }
  if (typeof tag !== 'string') return classOf(value) === '[object Error]';
  return value instanceof Error;
}

/**
 * Node's `util.types.isNumberObject`: whether `value` is a boxed number (`new Number(1)`).
 */
export function isNumberObject(value: unknown): value is Number {
  return passes(value, Number.prototype.valueOf);
}

/**
 * Node's `util.types.isPromise`: whether `value` is a `Promise`.
 *
 * Browser: a promise cannot be brand-checked without calling `then` (which would mark a rejected promise as handled); recognised by `instanceof` or its tag (`[object Promise]`), which an object can fake.
 */
export function isPromise(value: unknown): value is Promise<unknown> {
  return value instanceof Promise || (typeof value === 'object' && value !== null && classOf(value) === '[object Promise]');
}

/**
 * Node's `util.types.isProxy`: whether `value` is a `Proxy`.
 *
 * Browser: JavaScript cannot detect a Proxy; always false (Node answers true for proxies).
 */
export function isProxy(value: unknown): boolean {
  return false;
}

/**
 * Node's `util.types.isRegExp`: whether `value` is a `RegExp`.
 */
export function isRegExp(value: unknown): value is RegExp {
  return value !== RegExp.prototype && passes(value, getter(RegExp.prototype, 'source'));
}

/**
 * Node's `util.types.isSet`: whether `value` is a `Set`.
 */
export function isSet(value: unknown): value is Set<unknown> {
  return passes(value, getter(Set.prototype, 'size'));
}

/**
 * Node's `util.types.isSetIterator`: whether `value` is a Set iterator.
 *
 * Browser: an iterator cannot be brand-checked without advancing it; recognised by its tag (`[object Set Iterator]`), which an object can fake.
 */
export function isSetIterator(value: unknown): boolean {
  return typeof value === 'object' && value !== null && classOf(value) === '[object Set Iterator]';
}

/**
 * Node's `util.types.isSharedArrayBuffer`: whether `value` is a `SharedArrayBuffer`.
 */
export function isSharedArrayBuffer(value: unknown): value is SharedArrayBuffer {
  return typeof SharedArrayBuffer === 'function' && passes(value, getter(SharedArrayBuffer.prototype, 'byteLength'));
}

/**
 * Node's `util.types.isStringObject`: whether `value` is a boxed string (`new String('')`).
 */
export function isStringObject(value: unknown): value is String {
  return passes(value, String.prototype.valueOf);
}

/**
 * Node's `util.types.isSymbolObject`: whether `value` is a boxed symbol (`Object(Symbol())`).
 */
export function isSymbolObject(value: unknown): value is Symbol {
  return passes(value, Symbol.prototype.valueOf);
}

/**
 * Node's `util.types.isTypedArray`: whether `value` is any typed array.
 */
export function isTypedArray(value: unknown): value is Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array {
  return typedArrayTag(value) !== undefined;
}

/**
 * Node's `util.types.isUint16Array`: whether `value` is a `Uint16Array`.
 */
export function isUint16Array(value: unknown): value is Uint16Array {
  return typedArrayTag(value) === 'Uint16Array';
}

/**
 * Node's `util.types.isUint32Array`: whether `value` is a `Uint32Array`.
 */
export function isUint32Array(value: unknown): value is Uint32Array {
  return typedArrayTag(value) === 'Uint32Array';
}

/**
 * Node's `util.types.isUint8Array`: whether `value` is a `Uint8Array` (a Buffer too).
 */
export function isUint8Array(value: unknown): value is Uint8Array {
  return typedArrayTag(value) === 'Uint8Array';
}

/**
 * Node's `util.types.isUint8ClampedArray`: whether `value` is a `Uint8ClampedArray`.
 */
export function isUint8ClampedArray(value: unknown): value is Uint8ClampedArray {
  return typedArrayTag(value) === 'Uint8ClampedArray';
}

/**
 * Node's `util.types.isWeakMap`: whether `value` is a `WeakMap`.
 */
export function isWeakMap(value: unknown): value is WeakMap<object, unknown> {
  return passes(value, function (this: unknown) {
    return WeakMap.prototype.has.call(this as WeakMap<object, unknown>, {});
  });
}

/**
 * Node's `util.types.isWeakSet`: whether `value` is a `WeakSet`.
 */
export function isWeakSet(value: unknown): value is WeakSet<object> {
  return passes(value, function (this: unknown) {
    return WeakSet.prototype.has.call(this as WeakSet<object>, {});
  });
}

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
