/**
 * polynode's `events`: Node 16.13.1's `events` module for the browser.
 * EventEmitter complete to Node 16, once/on with AbortSignal, captureRejections.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [events, util, assert] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';
import { withMembers } from '../internal/exports.js';

/** Node's `events.EventEmitter`. Not built yet ([events, util, assert]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const EventEmitter = /*#__PURE__*/ notImplementedClass('events.EventEmitter');

/** Node's `events.captureRejectionSymbol`. */
export const captureRejectionSymbol: unique symbol = Symbol.for("nodejs.rejection");

/** Node's `events.captureRejections`. */
export const captureRejections: boolean = false;

/** Node's `events.defaultMaxListeners`. */
export const defaultMaxListeners: number = 10;

/** Node's `events.errorMonitor`. */
export const errorMonitor: unique symbol = Symbol("events.errorMonitor");

/** Node's `events.getEventListeners`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const getEventListeners = /*#__PURE__*/ notImplemented('events.getEventListeners');

/** Node's `events.init`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const init = /*#__PURE__*/ notImplemented('events.init');

/** Node's `events.listenerCount`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const listenerCount = /*#__PURE__*/ notImplemented('events.listenerCount');

/** Node's `events.on`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const on = /*#__PURE__*/ notImplemented('events.on');

/** Node's `events.once`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const once = /*#__PURE__*/ notImplemented('events.once');

/** Node's `events.setMaxListeners`. Not built yet ([events, util, assert]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setMaxListeners = /*#__PURE__*/ notImplemented('events.setMaxListeners');

/** Node's `events.usingDomains`. */
export const usingDomains: boolean = true;

/** Node's `events.kMaxEventTargetListeners`. */
const kMaxEventTargetListeners: unique symbol = Symbol("events.maxEventTargetListeners");

/** Node's `events.kMaxEventTargetListenersWarned`. */
const kMaxEventTargetListenersWarned: unique symbol = Symbol("events.maxEventTargetListenersWarned");

/** Node's `events` module object: what `import events from 'events'` and `require('events')` give. */
export default /*#__PURE__*/ withMembers(EventEmitter, {
  EventEmitter,
  captureRejectionSymbol,
  captureRejections,
  defaultMaxListeners,
  errorMonitor,
  getEventListeners,
  init,
  listenerCount,
  on,
  once,
  setMaxListeners,
  usingDomains,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
});
