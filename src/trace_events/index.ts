/**
 * polynode's `trace_events`: Node 16.13.1's `trace_events` module for the browser.
 * V8 trace events are not reachable from a page.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { unavailable } from '../internal/unavailable.js';

/** Node's `trace_events.createTracing`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const createTracing = /*#__PURE__*/ unavailable('trace_events.createTracing');

/** Node's `trace_events.getEnabledCategories`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const getEnabledCategories = /*#__PURE__*/ unavailable('trace_events.getEnabledCategories');

/** Node's `trace_events` module object: what `import traceEvents from 'trace_events'` and `require('trace_events')` give. */
const traceEventsModule = {
  createTracing,
  getEnabledCategories,
};
export default traceEventsModule;
