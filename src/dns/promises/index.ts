/**
 * polynode's `dns/promises`: Node 16.13.1's `dns/promises` module for the browser.
 * A page cannot query DNS resolvers.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailable, unavailableClass } from '../../internal/unavailable.js';

/** Node's `dns.promises.Resolver`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Resolver = /*#__PURE__*/ unavailableClass('dns.promises.Resolver');

/** Node's `dns.promises.getServers`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const getServers = /*#__PURE__*/ unavailable('dns.promises.getServers');

/** Node's `dns.promises.lookup`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const lookup = /*#__PURE__*/ unavailable('dns.promises.lookup');

/** Node's `dns.promises.lookupService`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const lookupService = /*#__PURE__*/ unavailable('dns.promises.lookupService');

/** Node's `dns.promises.resolve`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolve = /*#__PURE__*/ unavailable('dns.promises.resolve');

/** Node's `dns.promises.resolve4`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolve4 = /*#__PURE__*/ unavailable('dns.promises.resolve4');

/** Node's `dns.promises.resolve6`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolve6 = /*#__PURE__*/ unavailable('dns.promises.resolve6');

/** Node's `dns.promises.resolveAny`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveAny = /*#__PURE__*/ unavailable('dns.promises.resolveAny');

/** Node's `dns.promises.resolveCaa`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveCaa = /*#__PURE__*/ unavailable('dns.promises.resolveCaa');

/** Node's `dns.promises.resolveCname`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveCname = /*#__PURE__*/ unavailable('dns.promises.resolveCname');

/** Node's `dns.promises.resolveMx`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveMx = /*#__PURE__*/ unavailable('dns.promises.resolveMx');

/** Node's `dns.promises.resolveNaptr`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveNaptr = /*#__PURE__*/ unavailable('dns.promises.resolveNaptr');

/** Node's `dns.promises.resolveNs`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveNs = /*#__PURE__*/ unavailable('dns.promises.resolveNs');

/** Node's `dns.promises.resolvePtr`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolvePtr = /*#__PURE__*/ unavailable('dns.promises.resolvePtr');

/** Node's `dns.promises.resolveSoa`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveSoa = /*#__PURE__*/ unavailable('dns.promises.resolveSoa');

/** Node's `dns.promises.resolveSrv`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveSrv = /*#__PURE__*/ unavailable('dns.promises.resolveSrv');

/** Node's `dns.promises.resolveTxt`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveTxt = /*#__PURE__*/ unavailable('dns.promises.resolveTxt');

/** Node's `dns.promises.reverse`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const reverse = /*#__PURE__*/ unavailable('dns.promises.reverse');

/** Node's `dns.promises.setDefaultResultOrder`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const setDefaultResultOrder = /*#__PURE__*/ unavailable('dns.promises.setDefaultResultOrder');

/** Node's `dns.promises.setServers`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const setServers = /*#__PURE__*/ unavailable('dns.promises.setServers');

/** Node's `dns/promises` module object: what `import dnsPromises from 'dns/promises'` and `require('dns/promises')` give. */
const dnsPromisesModule = {
  Resolver,
  getServers,
  lookup,
  lookupService,
  resolve,
  resolve4,
  resolve6,
  resolveAny,
  resolveCaa,
  resolveCname,
  resolveMx,
  resolveNaptr,
  resolveNs,
  resolvePtr,
  resolveSoa,
  resolveSrv,
  resolveTxt,
  reverse,
  setDefaultResultOrder,
  setServers,
};
export default dnsPromisesModule;
