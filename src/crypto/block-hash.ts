/**
 * The Merkle–Damgård frame shared by polynode's own MD5, SHA-1 and SHA-256/224: 64-byte
 * blocks, 32-bit words, whole blocks hashed straight from the input, the rest kept until the
 * next update, and the padding (0x80, zeros, the bit length in 64 bits). Each algorithm gives
 * its compression function, initial state, output length and byte order.
 *
 * Private to `src/crypto`.
 * @internal
 */
import type { DigestAlgorithm, DigestState } from './hash.js';

/** A compression function: `count` 64-byte blocks of `bytes` from `offset` into `state`. */
export type Compress = (state: Int32Array, schedule: Int32Array, bytes: Uint8Array, offset: number, count: number) => void;

/** What makes one algorithm of the family. */
export interface BlockHashSpec {
  compress: Compress;
  /** The initial state words. */
  initial: readonly number[];
  /** Digest length in bytes (a prefix of the state: SHA-224 drops the last word). */
  outputLen: number;
  /** Words of message schedule the compression function works in (16 for MD5, 64 for SHA-256 …). */
  scheduleLen: number;
  /** MD5 is little-endian (words and length); the SHA family is big-endian. */
  littleEndian: boolean;
}

class BlockHashState implements DigestState {
  private readonly state: Int32Array;
  private readonly schedule: Int32Array;
  private readonly pending = new Uint8Array(64);
  private pendingLength = 0;
  /** Bytes hashed so far (a float: exact up to 2^53 bytes, far beyond any input in a page). */
  private length = 0;

  /** A fresh state, or one resuming after `length` bytes (whole blocks) left `state`. */
  constructor(private readonly spec: BlockHashSpec, state?: Int32Array, length = 0) {
    this.state = state ? state.slice() : Int32Array.from(spec.initial);
    this.schedule = new Int32Array(spec.scheduleLen);
    this.length = length;
  }

  update(data: Uint8Array): this {
    const { compress } = this.spec;
    let offset = 0;
    let left = data.length;
    this.length += left;
    if (this.pendingLength > 0) {
      const take = Math.min(64 - this.pendingLength, left);
      this.pending.set(data.subarray(0, take), this.pendingLength);
      this.pendingLength += take;
      offset += take;
      left -= take;
      if (this.pendingLength < 64) return this;
      compress(this.state, this.schedule, this.pending, 0, 1);
      this.pendingLength = 0;
    }
    const blocks = left >>> 6;
    if (blocks > 0) {
      compress(this.state, this.schedule, data, offset, blocks);
      offset += blocks * 64;
      left -= blocks * 64;
    }
    if (left > 0) {
      this.pending.set(data.subarray(offset), 0);
      this.pendingLength = left;
    }
    return this;
  }

  digest(): Uint8Array {
    const { littleEndian, outputLen } = this.spec;
    const pad = new Uint8Array(this.pendingLength < 56 ? 64 : 128);
    pad.set(this.pending.subarray(0, this.pendingLength));
    finishPadding(pad, this.pendingLength, this.length, littleEndian);
    this.spec.compress(this.state, this.schedule, pad, 0, pad.length / 64);
    const out = new Uint8Array(outputLen);
    stateBytes(this.state, out, outputLen, littleEndian);
    return out;
  }

  clone(): BlockHashState {
    const copy = new BlockHashState(this.spec, this.state, this.length);
    copy.pending.set(this.pending);
    copy.pendingLength = this.pendingLength;
    return copy;
  }
}

/**
 * The padding of a message of `messageLength` bytes whose last `tailLength` bytes are at the
 * start of `pad` (64 or 128 bytes): 0x80 after them, zeros, then the length in bits as a 64-bit
 * number in the last 8 bytes.
 */
function finishPadding(pad: Uint8Array, tailLength: number, messageLength: number, littleEndian: boolean): void {
  pad[tailLength] = 0x80;
  const bits = messageLength * 8;
  const words = [bits % 2 ** 32, Math.floor(bits / 2 ** 32)];
  const at = pad.length - 8;
  for (let i = 0; i < 8; i++) {
    const word = words[littleEndian ? i >> 2 : 1 - (i >> 2)]!;
    pad[at + i] = word >>> (littleEndian ? 8 * (i & 3) : 24 - 8 * (i & 3));
  }
}

/** The family's algorithms, for the PBKDF2 fast path. */
const specs = /*#__PURE__*/ new WeakMap<DigestAlgorithm, BlockHashSpec>();

/** An algorithm of the family as a {@link DigestAlgorithm}: `hash(bytes)` and `hash.create()`. */
export function blockHash(spec: BlockHashSpec): DigestAlgorithm {
  const algorithm = Object.assign((message: Uint8Array) => new BlockHashState(spec).update(message).digest(), {
    create: () => new BlockHashState(spec),
    outputLen: spec.outputLen,
    blockLen: 64,
  });
  specs.set(algorithm, spec);
  return algorithm;
}

/** Writes the first `length` bytes of the state words into `out` at 0, in the algorithm's byte order. */
function stateBytes(state: Int32Array, out: Uint8Array, length: number, littleEndian: boolean): void {
  for (let i = 0; i < length; i++) out[i] = state[i >> 2]! >>> (littleEndian ? 8 * (i & 3) : 24 - 8 * (i & 3));
}

/**
 * PBKDF2-HMAC (RFC 8018) over an algorithm of this family, or `undefined` for any other
 * algorithm. The keyed inner and outer states are computed once; each of the iterations then
 * costs two compressions of one prepared block, with no allocation.
 */
export function pbkdf2BlockHash(algorithm: DigestAlgorithm, password: Uint8Array, salt: Uint8Array, iterations: number, keylen: number): Uint8Array | undefined {
  const spec = specs.get(algorithm);
  if (spec === undefined) return undefined;
  const { compress, outputLen, littleEndian } = spec;
  const schedule = new Int32Array(spec.scheduleLen);
  // HMAC's key block, XORed with ipad then opad, gives the keyed states.
  const key = new Uint8Array(64);
  key.set(password.length > 64 ? algorithm(password) : password);
  const inner = Int32Array.from(spec.initial);
  const outer = Int32Array.from(spec.initial);
  for (let i = 0; i < 64; i++) key[i]! ^= 0x36;
  compress(inner, schedule, key, 0, 1);
  for (let i = 0; i < 64; i++) key[i]! ^= 0x36 ^ 0x5c;
  compress(outer, schedule, key, 0, 1);
  // The one-block message after the key block: a digest, then the padding of 64 + outputLen bytes.
  const block = new Uint8Array(64);
  finishPadding(block, outputLen, 64 + outputLen, littleEndian);
  const state = new Int32Array(inner.length);
  const out = new Uint8Array(keylen);
  const indexBytes = new Uint8Array(4);
  for (let index = 1, at = 0; at < keylen; index++, at += outputLen) {
    // U1 = HMAC(P, S || INT(index)), the salt being of any length.
    indexBytes[0] = index >>> 24;
    indexBytes[1] = index >>> 16;
    indexBytes[2] = index >>> 8;
    indexBytes[3] = index;
    const innerDigest = new BlockHashState(spec, inner, 64).update(salt).update(indexBytes).digest();
    const u = new BlockHashState(spec, outer, 64).update(innerDigest).digest();
    const t = u.slice();
    block.set(u);
    for (let j = 1; j < iterations; j++) {
      state.set(inner);
      compress(state, schedule, block, 0, 1);
      stateBytes(state, block, outputLen, littleEndian);
      state.set(outer);
      compress(state, schedule, block, 0, 1);
      stateBytes(state, block, outputLen, littleEndian);
      for (let k = 0; k < outputLen; k++) t[k]! ^= block[k]!;
    }
    out.set(t.subarray(0, Math.min(outputLen, keylen - at)), at);
  }
  return out;
}
