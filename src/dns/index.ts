/**
 * polynode's `dns`: Node 16.13.1's `dns` module for the browser.
 * A page cannot query DNS resolvers (DNS-over-HTTPS would be a different API); constants are present.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailable, unavailableClass } from '../internal/unavailable.js';
import dnsPromisesNamespace from '../dns/promises/index.js';

/** Node's `dns.ADDRCONFIG`. */
export const ADDRCONFIG: number = 32;

/** Node's `dns.ADDRGETNETWORKPARAMS`. */
export const ADDRGETNETWORKPARAMS: string = "EADDRGETNETWORKPARAMS";

/** Node's `dns.ALL`. */
export const ALL: number = 16;

/** Node's `dns.BADFAMILY`. */
export const BADFAMILY: string = "EBADFAMILY";

/** Node's `dns.BADFLAGS`. */
export const BADFLAGS: string = "EBADFLAGS";

/** Node's `dns.BADHINTS`. */
export const BADHINTS: string = "EBADHINTS";

/** Node's `dns.BADNAME`. */
export const BADNAME: string = "EBADNAME";

/** Node's `dns.BADQUERY`. */
export const BADQUERY: string = "EBADQUERY";

/** Node's `dns.BADRESP`. */
export const BADRESP: string = "EBADRESP";

/** Node's `dns.BADSTR`. */
export const BADSTR: string = "EBADSTR";

/** Node's `dns.CANCELLED`. */
export const CANCELLED: string = "ECANCELLED";

/** Node's `dns.CONNREFUSED`. */
export const CONNREFUSED: string = "ECONNREFUSED";

/** Node's `dns.DESTRUCTION`. */
export const DESTRUCTION: string = "EDESTRUCTION";

/** Node's `dns.EOF`. */
export const EOF: string = "EOF";

/** Node's `dns.FILE`. */
export const FILE: string = "EFILE";

/** Node's `dns.FORMERR`. */
export const FORMERR: string = "EFORMERR";

/** Node's `dns.LOADIPHLPAPI`. */
export const LOADIPHLPAPI: string = "ELOADIPHLPAPI";

/** Node's `dns.NODATA`. */
export const NODATA: string = "ENODATA";

/** Node's `dns.NOMEM`. */
export const NOMEM: string = "ENOMEM";

/** Node's `dns.NONAME`. */
export const NONAME: string = "ENONAME";

/** Node's `dns.NOTFOUND`. */
export const NOTFOUND: string = "ENOTFOUND";

/** Node's `dns.NOTIMP`. */
export const NOTIMP: string = "ENOTIMP";

/** Node's `dns.NOTINITIALIZED`. */
export const NOTINITIALIZED: string = "ENOTINITIALIZED";

/** Node's `dns.REFUSED`. */
export const REFUSED: string = "EREFUSED";

/** Node's `dns.Resolver`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Resolver = /*#__PURE__*/ unavailableClass('dns.Resolver');

/** Node's `dns.SERVFAIL`. */
export const SERVFAIL: string = "ESERVFAIL";

/** Node's `dns.TIMEOUT`. */
export const TIMEOUT: string = "ETIMEOUT";

/** Node's `dns.V4MAPPED`. */
export const V4MAPPED: number = 8;

/** Node's `dns.getServers`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const getServers = /*#__PURE__*/ unavailable('dns.getServers');

/** Node's `dns.lookup`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const lookup = /*#__PURE__*/ unavailable('dns.lookup');

/** Node's `dns.lookupService`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const lookupService = /*#__PURE__*/ unavailable('dns.lookupService');

/** Node's `dns.promises`: the `dns/promises` module. */
export const promises = dnsPromisesNamespace;

/** Node's `dns.resolve`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolve = /*#__PURE__*/ unavailable('dns.resolve');

/** Node's `dns.resolve4`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolve4 = /*#__PURE__*/ unavailable('dns.resolve4');

/** Node's `dns.resolve6`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolve6 = /*#__PURE__*/ unavailable('dns.resolve6');

/** Node's `dns.resolveAny`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveAny = /*#__PURE__*/ unavailable('dns.resolveAny');

/** Node's `dns.resolveCaa`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveCaa = /*#__PURE__*/ unavailable('dns.resolveCaa');

/** Node's `dns.resolveCname`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveCname = /*#__PURE__*/ unavailable('dns.resolveCname');

/** Node's `dns.resolveMx`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveMx = /*#__PURE__*/ unavailable('dns.resolveMx');

/** Node's `dns.resolveNaptr`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveNaptr = /*#__PURE__*/ unavailable('dns.resolveNaptr');

/** Node's `dns.resolveNs`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveNs = /*#__PURE__*/ unavailable('dns.resolveNs');

/** Node's `dns.resolvePtr`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolvePtr = /*#__PURE__*/ unavailable('dns.resolvePtr');

/** Node's `dns.resolveSoa`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveSoa = /*#__PURE__*/ unavailable('dns.resolveSoa');

/** Node's `dns.resolveSrv`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveSrv = /*#__PURE__*/ unavailable('dns.resolveSrv');

/** Node's `dns.resolveTxt`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const resolveTxt = /*#__PURE__*/ unavailable('dns.resolveTxt');

/** Node's `dns.reverse`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const reverse = /*#__PURE__*/ unavailable('dns.reverse');

/** Node's `dns.setDefaultResultOrder`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const setDefaultResultOrder = /*#__PURE__*/ unavailable('dns.setDefaultResultOrder');

/** Node's `dns.setServers`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const setServers = /*#__PURE__*/ unavailable('dns.setServers');

/** Node's `dns` module object: what `import dns from 'dns'` and `require('dns')` give. */
const dnsModule = {
  ADDRCONFIG,
  ADDRGETNETWORKPARAMS,
  ALL,
  BADFAMILY,
  BADFLAGS,
  BADHINTS,
  BADNAME,
  BADQUERY,
  BADRESP,
  BADSTR,
  CANCELLED,
  CONNREFUSED,
  DESTRUCTION,
  EOF,
  FILE,
  FORMERR,
  LOADIPHLPAPI,
  NODATA,
  NOMEM,
  NONAME,
  NOTFOUND,
  NOTIMP,
  NOTINITIALIZED,
  REFUSED,
  Resolver,
  SERVFAIL,
  TIMEOUT,
  V4MAPPED,
  getServers,
  lookup,
  lookupService,
  promises,
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
export default dnsModule;
