/**
 * polynode's `http`: Node 16.13.1's `http` module for the browser.
 * A page cannot listen on a port; a fetch-based client request is not scheduled yet. STATUS_CODES and METHODS are Node's.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { stubObject, unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `http.Agent`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Agent = /*#__PURE__*/ unavailableClass('http.Agent');

/** Node's `http.ClientRequest`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const ClientRequest = /*#__PURE__*/ unavailableClass('http.ClientRequest');

/** Node's `http.IncomingMessage`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const IncomingMessage = /*#__PURE__*/ unavailableClass('http.IncomingMessage');

/** Node's `http.METHODS` (Node 16.13.1's values). */
export const METHODS = ["ACL","BIND","CHECKOUT","CONNECT","COPY","DELETE","GET","HEAD","LINK","LOCK","M-SEARCH","MERGE","MKACTIVITY","MKCALENDAR","MKCOL","MOVE","NOTIFY","OPTIONS","PATCH","POST","PROPFIND","PROPPATCH","PURGE","PUT","REBIND","REPORT","SEARCH","SOURCE","SUBSCRIBE","TRACE","UNBIND","UNLINK","UNLOCK","UNSUBSCRIBE"];

/** Node's `http.OutgoingMessage`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const OutgoingMessage = /*#__PURE__*/ unavailableClass('http.OutgoingMessage');

/** Node's `http.STATUS_CODES` (Node 16.13.1's values). */
export const STATUS_CODES = {"100":"Continue","101":"Switching Protocols","102":"Processing","103":"Early Hints","200":"OK","201":"Created","202":"Accepted","203":"Non-Authoritative Information","204":"No Content","205":"Reset Content","206":"Partial Content","207":"Multi-Status","208":"Already Reported","226":"IM Used","300":"Multiple Choices","301":"Moved Permanently","302":"Found","303":"See Other","304":"Not Modified","305":"Use Proxy","307":"Temporary Redirect","308":"Permanent Redirect","400":"Bad Request","401":"Unauthorized","402":"Payment Required","403":"Forbidden","404":"Not Found","405":"Method Not Allowed","406":"Not Acceptable","407":"Proxy Authentication Required","408":"Request Timeout","409":"Conflict","410":"Gone","411":"Length Required","412":"Precondition Failed","413":"Payload Too Large","414":"URI Too Long","415":"Unsupported Media Type","416":"Range Not Satisfiable","417":"Expectation Failed","418":"I'm a Teapot","421":"Misdirected Request","422":"Unprocessable Entity","423":"Locked","424":"Failed Dependency","425":"Too Early","426":"Upgrade Required","428":"Precondition Required","429":"Too Many Requests","431":"Request Header Fields Too Large","451":"Unavailable For Legal Reasons","500":"Internal Server Error","501":"Not Implemented","502":"Bad Gateway","503":"Service Unavailable","504":"Gateway Timeout","505":"HTTP Version Not Supported","506":"Variant Also Negotiates","507":"Insufficient Storage","508":"Loop Detected","509":"Bandwidth Limit Exceeded","510":"Not Extended","511":"Network Authentication Required"};

/** Node's `http.Server`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Server = /*#__PURE__*/ unavailableClass('http.Server');

/** Node's `http.ServerResponse`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const ServerResponse = /*#__PURE__*/ unavailableClass('http.ServerResponse');

/** Node's `http._connectionListener`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const _connectionListener = /*#__PURE__*/ unavailable('http._connectionListener');

/** Node's `http.createServer`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createServer = /*#__PURE__*/ unavailable('http.createServer');

/** Node's `http.get`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const get = /*#__PURE__*/ unavailable('http.get');

/** Node's `http.globalAgent`. Browser: unavailable; an empty object for now; its API throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const globalAgent = /*#__PURE__*/ stubObject('http.globalAgent', 'unavailable');

/** Node's `http.maxHeaderSize`. */
export const maxHeaderSize: number = 16384;

/** Node's `http.request`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const request = /*#__PURE__*/ unavailable('http.request');

/** Node's `http.validateHeaderName`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const validateHeaderName = /*#__PURE__*/ unavailable('http.validateHeaderName');

/** Node's `http.validateHeaderValue`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const validateHeaderValue = /*#__PURE__*/ unavailable('http.validateHeaderValue');

/** Node's `http` module object: what `import http from 'http'` and `require('http')` give. */
const httpModule = {
  Agent,
  ClientRequest,
  IncomingMessage,
  METHODS,
  OutgoingMessage,
  STATUS_CODES,
  Server,
  ServerResponse,
  _connectionListener,
  createServer,
  get,
  globalAgent,
  maxHeaderSize,
  request,
  validateHeaderName,
  validateHeaderValue,
};
export default httpModule;
