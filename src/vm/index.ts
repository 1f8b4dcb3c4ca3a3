/**
 * polynode's `vm`: Node 16.13.1's `vm` module for the browser.
 * V8 contexts are not reachable from a page; eval-based emulation would break strict CSPs.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `vm.Script`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Script = /*#__PURE__*/ unavailableClass('vm.Script');

/** Node's `vm.compileFunction`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const compileFunction = /*#__PURE__*/ unavailable('vm.compileFunction');

/** Node's `vm.createContext`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createContext = /*#__PURE__*/ unavailable('vm.createContext');

/** Node's `vm.createScript`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createScript = /*#__PURE__*/ unavailable('vm.createScript');

/** Node's `vm.isContext`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const isContext = /*#__PURE__*/ unavailable('vm.isContext');

/** Node's `vm.measureMemory`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const measureMemory = /*#__PURE__*/ unavailable('vm.measureMemory');

/** Node's `vm.runInContext`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const runInContext = /*#__PURE__*/ unavailable('vm.runInContext');

/** Node's `vm.runInNewContext`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const runInNewContext = /*#__PURE__*/ unavailable('vm.runInNewContext');

/** Node's `vm.runInThisContext`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const runInThisContext = /*#__PURE__*/ unavailable('vm.runInThisContext');

/** Node's `vm` module object: what `import vm from 'vm'` and `require('vm')` give. */
const vmModule = {
  Script,
  compileFunction,
  createContext,
  createScript,
  isContext,
  measureMemory,
  runInContext,
  runInNewContext,
  runInThisContext,
};
export default vmModule;
