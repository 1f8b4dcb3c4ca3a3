/**
 * Installs the WHATWG stream globals a browser lacks — `ReadableStream` and its readers and
 * controllers, `WritableStream`, `TransformStream`, the queuing strategies — from
 * web-streams-polyfill, and never overwrites a class that is already there. Importing
 * `polynode/polyfills/web-streams` is the fix for "ReadableStream is not defined" in an old
 * browser or worker; in a current browser it changes nothing.
 *
 * @packageDocumentation
 */
import ponyfill from 'web-streams-polyfill/dist/ponyfill.js';

const NAMES = [
  'ReadableStream',
  'ReadableStreamDefaultReader',
  'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest',
  'ReadableStreamDefaultController',
  'ReadableByteStreamController',
  'WritableStream',
  'WritableStreamDefaultWriter',
  'WritableStreamDefaultController',
  'TransformStream',
  'TransformStreamDefaultController',
  'ByteLengthQueuingStrategy',
  'CountQueuingStrategy',
] as const;

for (const name of NAMES) {
  if ((globalThis as Record<string, unknown>)[name] === undefined) {
    Object.defineProperty(globalThis, name, { value: ponyfill[name], writable: true, configurable: true, enumerable: false });
  }
}

export {};
