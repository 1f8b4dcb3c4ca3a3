/**
 * polynode's `async_hooks`: Node 16.13.1's `async_hooks` module for the browser.
 * AsyncLocalStorage and AsyncResource over a zone-like context engine; createHook cannot see the engine's internal resources.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [async_hooks] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';

/** Node's `async_hooks.AsyncLocalStorage`. Not built yet ([async_hooks]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const AsyncLocalStorage = /*#__PURE__*/ notImplementedClass('async_hooks.AsyncLocalStorage');

/** Node's `async_hooks.AsyncResource`. Not built yet ([async_hooks]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const AsyncResource = /*#__PURE__*/ notImplementedClass('async_hooks.AsyncResource');

/** Node's `async_hooks.createHook`. Not built yet ([async_hooks]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createHook = /*#__PURE__*/ notImplemented('async_hooks.createHook');

/** Node's `async_hooks.executionAsyncId`. Not built yet ([async_hooks]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const executionAsyncId = /*#__PURE__*/ notImplemented('async_hooks.executionAsyncId');

/** Node's `async_hooks.executionAsyncResource`. Not built yet ([async_hooks]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const executionAsyncResource = /*#__PURE__*/ notImplemented('async_hooks.executionAsyncResource');

/** Node's `async_hooks.triggerAsyncId`. Not built yet ([async_hooks]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const triggerAsyncId = /*#__PURE__*/ notImplemented('async_hooks.triggerAsyncId');

/** Node's `async_hooks` module object: what `import asyncHooks from 'async_hooks'` and `require('async_hooks')` give. */
const asyncHooksModule = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId,
  executionAsyncResource,
  triggerAsyncId,
};
export default asyncHooksModule;
