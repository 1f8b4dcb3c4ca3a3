/**
 * `FastBuffer`, the Uint8Array subclass every Buffer is an instance of, and the DataView each
 * one keeps for its float, double and 64-bit number methods.
 *
 * Private to the buffer module.
 */

/** Node's `FastBuffer`: the class `Buffer.prototype` belongs to. */
export class FastBuffer extends Uint8Array {
  /** A DataView of the same bytes, made by the first number method that needs one. */
  #view: DataView | undefined;

  // Constructed with `()`, `(length)` or `(arrayBuffer, byteOffset, length)` only; the
  // typed-array constructor takes all three forms with undefined in the unused places.
  constructor(bufferOrLength?: number | ArrayBufferLike, byteOffset?: number, length?: number) {
    super(bufferOrLength as ArrayBuffer, byteOffset, length);
  }

  /**
   * A DataView over `buf`'s bytes. A FastBuffer keeps its own (made once: engines turn a
   * DataView call into one load or store, several times faster than assembling bytes); any
   * other Uint8Array a Buffer method is called on gets a new one.
   */
  static viewOf(buf: Uint8Array): DataView {
    if (#view in buf) return (buf.#view ??= new DataView(buf.buffer, buf.byteOffset, buf.byteLength));
    return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
}
