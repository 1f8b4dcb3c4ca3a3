/**
 * polynode's `inspector`: Node 16.13.1's `inspector` module for the browser.
 * The V8 inspector protocol is not reachable from a page.
 * Status: unavailable.
 *
 * @packageDocumentation
 */
import { stubObject, unavailable, unavailableClass } from '../internal/unavailable.js';

/** Node's `inspector.Session`. Browser: unavailable; constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const Session = /*#__PURE__*/ unavailableClass('inspector.Session');

/** Node's `inspector.close`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const close = /*#__PURE__*/ unavailable('inspector.close');

/** Node's `inspector.console`. Browser: unavailable; an empty object for now; its API throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const console = /*#__PURE__*/ stubObject('inspector.console', 'unavailable');

/** Node's `inspector.open`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const open = /*#__PURE__*/ unavailable('inspector.open');

/** Node's `inspector.url`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const url = /*#__PURE__*/ unavailable('inspector.url');

/** Node's `inspector.waitForDebugger`. Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const waitForDebugger = /*#__PURE__*/ unavailable('inspector.waitForDebugger');

/** Node's `inspector` module object: what `import inspector from 'inspector'` and `require('inspector')` give. */
const inspectorModule = {
  Session,
  close,
  console,
  open,
  url,
  waitForDebugger,
};
export default inspectorModule;
