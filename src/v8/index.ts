/**
 * polynode's `v8`: Node 16.13.1's `v8` module for the browser.
 * Heap statistics, snapshots and the V8 serializer are not reachable from a page.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `v8.DefaultDeserializer`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const DefaultDeserializer = /*#__PURE__*/ unavailableClass('v8.DefaultDeserializer');

/** Node's `v8.DefaultSerializer`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const DefaultSerializer = /*#__PURE__*/ unavailableClass('v8.DefaultSerializer');

/** Node's `v8.Deserializer`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Deserializer = /*#__PURE__*/ unavailableClass('v8.Deserializer');

/** Node's `v8.Serializer`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Serializer = /*#__PURE__*/ unavailableClass('v8.Serializer');

/** Node's `v8.cachedDataVersionTag`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const cachedDataVersionTag = /*#__PURE__*/ unavailable('v8.cachedDataVersionTag');

/** Node's `v8.deserialize`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const deserialize = /*#__PURE__*/ unavailable('v8.deserialize');

/** Node's `v8.getHeapCodeStatistics`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const getHeapCodeStatistics = /*#__PURE__*/ unavailable('v8.getHeapCodeStatistics');

/** Node's `v8.getHeapSnapshot`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const getHeapSnapshot = /*#__PURE__*/ unavailable('v8.getHeapSnapshot');

/** Node's `v8.getHeapSpaceStatistics`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const getHeapSpaceStatistics = /*#__PURE__*/ unavailable('v8.getHeapSpaceStatistics');

/** Node's `v8.getHeapStatistics`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const getHeapStatistics = /*#__PURE__*/ unavailable('v8.getHeapStatistics');

/** Node's `v8.serialize`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const serialize = /*#__PURE__*/ unavailable('v8.serialize');

/** Node's `v8.setFlagsFromString`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const setFlagsFromString = /*#__PURE__*/ unavailable('v8.setFlagsFromString');

/** Node's `v8.stopCoverage`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const stopCoverage = /*#__PURE__*/ unavailable('v8.stopCoverage');

/** Node's `v8.takeCoverage`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const takeCoverage = /*#__PURE__*/ unavailable('v8.takeCoverage');

/** Node's `v8.writeHeapSnapshot`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const writeHeapSnapshot = /*#__PURE__*/ unavailable('v8.writeHeapSnapshot');

/** Node's `v8` module object: what `import v8 from 'v8'` and `require('v8')` give. */
const v8Module = {
  DefaultDeserializer,
  DefaultSerializer,
  Deserializer,
  Serializer,
  cachedDataVersionTag,
  deserialize,
  getHeapCodeStatistics,
  getHeapSnapshot,
  getHeapSpaceStatistics,
  getHeapStatistics,
  serialize,
  setFlagsFromString,
  stopCoverage,
  takeCoverage,
  writeHeapSnapshot,
};
export default v8Module;
