/**
 * The base of crypto's stream classes (Hash, Hmac, Cipher, Decipher): a Transform whose
 * stream state is only built the first time something reads it, the way Node 16 builds its
 * own crypto streams. Calling `update`/`digest` never constructs the stream side; `write`,
 * `pipe`, `on('data')`, `stream.pipeline` … build it on first touch.
 *
 * Private to `crypto`.
 *
 * @packageDocumentation
 */
import { Transform } from '../stream/index.js';

/**
 * The own properties a Transform's constructor sets. Everything else of the stream (the
 * `readable`/`writable` getters, `on`, `write` …) reads one of these first.
 */
const STATE_KEYS = ['_readableState', '_writableState'] as const;

/** Options given to the Transform when it is built. */
const kOptions = Symbol('LazyTransform.options');

/** The shape of a built stream: what `Transform.call(this, options)` fills in. */
type TransformThis = Record<string, unknown>;

function build(self: TransformThis): void {
  (Transform as unknown as (this: unknown, options: unknown) => void).call(self, self[kOptions as unknown as string]);
}

/**
 * A Transform built on first use. Subclasses pass their stream options (`highWaterMark` …)
 * to the constructor.
 */
export interface LazyTransform extends InstanceType<typeof Transform> {}

/** The constructor of {@link LazyTransform}. */
export interface LazyTransformConstructor {
  new (options?: Record<string, unknown>): LazyTransform;
  prototype: LazyTransform;
}

function makeLazyTransform(): LazyTransformConstructor {
  const LazyTransform = function LazyTransform(this: TransformThis, options?: Record<string, unknown>) {
    Object.defineProperty(this, kOptions, { value: options, writable: true, configurable: true });
  } as unknown as LazyTransformConstructor;
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  const descriptors: PropertyDescriptorMap = {};
  // Reading a state builds the stream; the constructor's own assignment (during the build)
  // lands as an own data property that hides these accessors from then on.
  for (const key of STATE_KEYS) {
    descriptors[key] = {
      configurable: true,
      enumerable: true,
      get(this: TransformThis) {
        build(this);
        return this[key];
      },
      set(this: TransformThis, value: unknown) {
        Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
      },
    };
  }
  Object.defineProperties(LazyTransform.prototype, descriptors);
  return LazyTransform;
}

/** The lazy Transform base class. */
export const LazyTransform: LazyTransformConstructor = /*#__PURE__*/ makeLazyTransform();
