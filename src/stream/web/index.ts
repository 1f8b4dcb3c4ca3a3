/**
 * polynode's `stream/web`: Node 16.13.1's `stream/web` module for the browser.
 * The platform's WHATWG stream classes (every supported browser has them, byte streams and
 * BYOB readers included); where a class is missing, web-streams-polyfill's (the spec's
 * reference implementation) stands in. Nothing is installed on `globalThis`: that is
 * `polynode/polyfills/web-streams`.
 *
 * @packageDocumentation
 */
import ponyfill from 'web-streams-polyfill/dist/ponyfill.js';
import { unavailableClass } from '../../internal/unavailable.js';

const platform = globalThis as unknown as Record<string, unknown>;

/** Node's `stream.web.ByteLengthQueuingStrategy`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const ByteLengthQueuingStrategy: typeof globalThis.ByteLengthQueuingStrategy = /*#__PURE__*/ (() =>
  (platform.ByteLengthQueuingStrategy as typeof globalThis.ByteLengthQueuingStrategy | undefined) ?? (ponyfill.ByteLengthQueuingStrategy as unknown as typeof globalThis.ByteLengthQueuingStrategy))();

/** Node's `stream.web.CountQueuingStrategy`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const CountQueuingStrategy: typeof globalThis.CountQueuingStrategy = /*#__PURE__*/ (() =>
  (platform.CountQueuingStrategy as typeof globalThis.CountQueuingStrategy | undefined) ?? (ponyfill.CountQueuingStrategy as unknown as typeof globalThis.CountQueuingStrategy))();

/** Node's `stream.web.ReadableByteStreamController`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const ReadableByteStreamController: typeof globalThis.ReadableByteStreamController = /*#__PURE__*/ (() =>
  (platform.ReadableByteStreamController as typeof globalThis.ReadableByteStreamController | undefined) ?? (ponyfill.ReadableByteStreamController as unknown as typeof globalThis.ReadableByteStreamController))();

/** Node's `stream.web.ReadableStream`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const ReadableStream: typeof globalThis.ReadableStream = /*#__PURE__*/ (() =>
  (platform.ReadableStream as typeof globalThis.ReadableStream | undefined) ?? (ponyfill.ReadableStream as unknown as typeof globalThis.ReadableStream))();

/** Node's `stream.web.ReadableStreamBYOBReader`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const ReadableStreamBYOBReader: typeof globalThis.ReadableStreamBYOBReader = /*#__PURE__*/ (() =>
  (platform.ReadableStreamBYOBReader as typeof globalThis.ReadableStreamBYOBReader | undefined) ?? (ponyfill.ReadableStreamBYOBReader as unknown as typeof globalThis.ReadableStreamBYOBReader))();

/** Node's `stream.web.ReadableStreamBYOBRequest`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const ReadableStreamBYOBRequest: typeof globalThis.ReadableStreamBYOBRequest = /*#__PURE__*/ (() =>
  (platform.ReadableStreamBYOBRequest as typeof globalThis.ReadableStreamBYOBRequest | undefined) ?? (ponyfill.ReadableStreamBYOBRequest as unknown as typeof globalThis.ReadableStreamBYOBRequest))();

/** Node's `stream.web.ReadableStreamDefaultController`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const ReadableStreamDefaultController: typeof globalThis.ReadableStreamDefaultController = /*#__PURE__*/ (() =>
  (platform.ReadableStreamDefaultController as typeof globalThis.ReadableStreamDefaultController | undefined) ?? (ponyfill.ReadableStreamDefaultController as unknown as typeof globalThis.ReadableStreamDefaultController))();

/** Node's `stream.web.ReadableStreamDefaultReader`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const ReadableStreamDefaultReader: typeof globalThis.ReadableStreamDefaultReader = /*#__PURE__*/ (() =>
  (platform.ReadableStreamDefaultReader as typeof globalThis.ReadableStreamDefaultReader | undefined) ?? (ponyfill.ReadableStreamDefaultReader as unknown as typeof globalThis.ReadableStreamDefaultReader))();

/** Node's `stream.web.TextDecoderStream`: the platform's; where a browser lacks it, constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const TextDecoderStream: typeof globalThis.TextDecoderStream = /*#__PURE__*/ (() =>
  (platform.TextDecoderStream as typeof globalThis.TextDecoderStream | undefined) ?? (unavailableClass('stream.web.TextDecoderStream') as unknown as typeof globalThis.TextDecoderStream))();

/** Node's `stream.web.TextEncoderStream`: the platform's; where a browser lacks it, constructing it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export const TextEncoderStream: typeof globalThis.TextEncoderStream = /*#__PURE__*/ (() =>
  (platform.TextEncoderStream as typeof globalThis.TextEncoderStream | undefined) ?? (unavailableClass('stream.web.TextEncoderStream') as unknown as typeof globalThis.TextEncoderStream))();

/** Node's `stream.web.TransformStream`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const TransformStream: typeof globalThis.TransformStream = /*#__PURE__*/ (() =>
  (platform.TransformStream as typeof globalThis.TransformStream | undefined) ?? (ponyfill.TransformStream as unknown as typeof globalThis.TransformStream))();

/** Node's `stream.web.TransformStreamDefaultController`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const TransformStreamDefaultController: typeof globalThis.TransformStreamDefaultController = /*#__PURE__*/ (() =>
  (platform.TransformStreamDefaultController as typeof globalThis.TransformStreamDefaultController | undefined) ?? (ponyfill.TransformStreamDefaultController as unknown as typeof globalThis.TransformStreamDefaultController))();

/** Node's `stream.web.WritableStream`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const WritableStream: typeof globalThis.WritableStream = /*#__PURE__*/ (() =>
  (platform.WritableStream as typeof globalThis.WritableStream | undefined) ?? (ponyfill.WritableStream as unknown as typeof globalThis.WritableStream))();

/** Node's `stream.web.WritableStreamDefaultController`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const WritableStreamDefaultController: typeof globalThis.WritableStreamDefaultController = /*#__PURE__*/ (() =>
  (platform.WritableStreamDefaultController as typeof globalThis.WritableStreamDefaultController | undefined) ?? (ponyfill.WritableStreamDefaultController as unknown as typeof globalThis.WritableStreamDefaultController))();

/** Node's `stream.web.WritableStreamDefaultWriter`: the platform's, or web-streams-polyfill's where the platform lacks it. */
export const WritableStreamDefaultWriter: typeof globalThis.WritableStreamDefaultWriter = /*#__PURE__*/ (() =>
  (platform.WritableStreamDefaultWriter as typeof globalThis.WritableStreamDefaultWriter | undefined) ?? (ponyfill.WritableStreamDefaultWriter as unknown as typeof globalThis.WritableStreamDefaultWriter))();

/** Node's `stream/web` module object: what `import streamWeb from 'stream/web'` and `require('stream/web')` give. */
const streamWebModule = /*#__PURE__*/ (() => ({
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  ReadableByteStreamController,
  ReadableStream,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableStreamDefaultController,
  ReadableStreamDefaultReader,
  TextDecoderStream,
  TextEncoderStream,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultController,
  WritableStreamDefaultWriter,
}))();
export default streamWebModule;
