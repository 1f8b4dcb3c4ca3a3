/**
 * polynode's `domain`: Node 16.13.1's `domain` module for the browser.
 * Deprecated domains over EventEmitter: create, run, bind, intercept, add, remove.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';

/** Node's `domain.Domain`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Domain = /*#__PURE__*/ notImplementedClass('domain.Domain');

/** Node's `domain._stack` (Node 16.13.1's values). */
export const _stack = [];

/** Node's `domain.active`. */
export const active: unknown = null;

/** Node's `domain.create`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const create = /*#__PURE__*/ notImplemented('domain.create');

/** Node's `domain.createDomain`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const createDomain = /*#__PURE__*/ notImplemented('domain.createDomain');

/** Node's `domain` module object: what `import domain from 'domain'` and `require('domain')` give. */
const domainModule = {
  Domain,
  _stack,
  active,
  create,
  createDomain,
};
export default domainModule;
