/**
 * The platform's own Uint8Array methods. Buffer.prototype overrides `fill`, `indexOf`,
 * `lastIndexOf`, `slice` (and more) with Node's semantics, so code that needs the typed
 * array's behaviour on a Buffer calls these with `.call(buffer, …)`.
 *
 * Private to the buffer module.
 */
const proto = Uint8Array.prototype;

/** `%TypedArray%.prototype.fill`. */
export const nativeFill = proto.fill;
/** `%TypedArray%.prototype.indexOf` (a byte search). */
export const nativeIndexOf = proto.indexOf;
/** `%TypedArray%.prototype.lastIndexOf`. */
export const nativeLastIndexOf = proto.lastIndexOf;
/** Copies, unlike Buffer's `slice`, which shares memory. */
export const nativeSlice = proto.slice;
