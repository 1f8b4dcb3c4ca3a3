/**
 * polynode's `string_decoder`: Node 16.13.1's `string_decoder` module for the browser.
 * StringDecoder for every encoding.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [buffer] builds them.
 *
 * @packageDocumentation
 */
import { notImplementedClass } from '../internal/unavailable.js';

/** Node's `string_decoder.StringDecoder`. Not built yet ([buffer]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const StringDecoder = /*#__PURE__*/ notImplementedClass('string_decoder.StringDecoder');

/** Node's `string_decoder` module object: what `import stringDecoder from 'string_decoder'` and `require('string_decoder')` give. */
const stringDecoderModule = {
  StringDecoder,
};
export default stringDecoderModule;
