/**
 * polynode's `buffer`: Node 16.13.1's `buffer` module for the browser.
 * Buffer at native browser speed, Blob, atob/btoa, transcode.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [buffer] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';

/** Node's `buffer.Blob`. Not built yet ([buffer]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Blob = /*#__PURE__*/ notImplementedClass('buffer.Blob');

/** Node's `buffer.Buffer`. Not built yet ([buffer]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Buffer = /*#__PURE__*/ notImplementedClass('buffer.Buffer');

/** Node's `buffer.INSPECT_MAX_BYTES`. */
export const INSPECT_MAX_BYTES: number = 50;

/** Node's `buffer.SlowBuffer`. Not built yet ([buffer]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const SlowBuffer = /*#__PURE__*/ notImplemented('buffer.SlowBuffer');

/** Node's `buffer.atob`. Not built yet ([buffer]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const atob = /*#__PURE__*/ notImplemented('buffer.atob');

/** Node's `buffer.btoa`. Not built yet ([buffer]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const btoa = /*#__PURE__*/ notImplemented('buffer.btoa');

/** Node's `buffer.constants` (Node 16.13.1's values). */
export const constants = {"MAX_LENGTH":4294967296,"MAX_STRING_LENGTH":536870888};

/** Node's `buffer.kMaxLength`. */
export const kMaxLength: number = 4294967296;

/** Node's `buffer.kStringMaxLength`. */
export const kStringMaxLength: number = 536870888;

/** Node's `buffer.resolveObjectURL`. Not built yet ([buffer]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const resolveObjectURL = /*#__PURE__*/ notImplemented('buffer.resolveObjectURL');

/** Node's `buffer.transcode`. Not built yet ([buffer]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const transcode = /*#__PURE__*/ notImplemented('buffer.transcode');

/** Node's `buffer` module object: what `import buffer from 'buffer'` and `require('buffer')` give. */
const bufferModule = {
  Blob,
  Buffer,
  INSPECT_MAX_BYTES,
  SlowBuffer,
  atob,
  btoa,
  constants,
  kMaxLength,
  kStringMaxLength,
  resolveObjectURL,
  transcode,
};
export default bufferModule;
