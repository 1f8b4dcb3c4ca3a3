/**
 * polynode's `sys`: Node 16.13.1's `sys`, the same module as `util`.
 * Deprecated alias of util.
 *
 * @packageDocumentation
 */
export * from '../util/index.js';
export { default } from '../util/index.js';
