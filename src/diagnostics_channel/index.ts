/**
 * polynode's `diagnostics_channel`: Node 16.13.1's `diagnostics_channel` module for the browser.
 * Channels, subscribe and publish.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [process, timers, path, url & the small modules] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';

/** Node's `diagnostics_channel.Channel`. Not built yet ([process, timers, path, url & the small modules]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Channel = /*#__PURE__*/ notImplementedClass('diagnostics_channel.Channel');

/** Node's `diagnostics_channel.channel`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const channel = /*#__PURE__*/ notImplemented('diagnostics_channel.channel');

/** Node's `diagnostics_channel.hasSubscribers`. Not built yet ([process, timers, path, url & the small modules]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const hasSubscribers = /*#__PURE__*/ notImplemented('diagnostics_channel.hasSubscribers');

/** Node's `diagnostics_channel` module object: what `import diagnosticsChannel from 'diagnostics_channel'` and `require('diagnostics_channel')` give. */
const diagnosticsChannelModule = {
  Channel,
  channel,
  hasSubscribers,
};
export default diagnosticsChannelModule;
