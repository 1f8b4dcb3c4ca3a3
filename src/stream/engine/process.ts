/**
 * What the engine (readable-stream) takes from `process`: polynode's one `nextTick`, so
 * stream callbacks share Node's tick queue with every other polynode module. The build
 * aliases readable-stream's `require('process/')` here.
 *
 * @packageDocumentation
 */
export { nextTick } from '../../process/index.js';
