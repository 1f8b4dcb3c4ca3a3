/**
 * polynode's `stream/consumers`: Node 16.13.1's `stream/consumers` module for the browser.
 * Each function reads a whole stream — a Node Readable, a web `ReadableStream`, or any
 * (async) iterable of chunks — and resolves with its content; it rejects with the stream's
 * error.
 *
 * @packageDocumentation
 */
import { Blob, Buffer } from '../../buffer/index.js';

/** What the consumers read: a Node Readable, a web ReadableStream or any (async) iterable. */
export type ConsumableStream = AsyncIterable<unknown> | Iterable<unknown> | ReadableStream<unknown>;

/** The chunks of `stream`, in order: async iteration, or a reader for a web stream without it. */
async function* chunksOf(stream: ConsumableStream): AsyncGenerator<unknown> {
  const source = stream as Partial<AsyncIterable<unknown>> & Partial<ReadableStream<unknown>>;
  if (typeof source[Symbol.asyncIterator] === 'function' || typeof (source as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function') {
    yield* stream as AsyncIterable<unknown>;
    return;
  }
  const reader = (stream as ReadableStream<unknown>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Node's `stream.consumers.blob(stream)`: the chunks as one Blob. */
export async function blob(stream: ConsumableStream): Promise<InstanceType<typeof Blob>> {
  const chunks: BlobPart[] = [];
  for await (const chunk of chunksOf(stream)) chunks.push(chunk as BlobPart);
  return new Blob(chunks);
}

/** Node's `stream.consumers.arrayBuffer(stream)`: the bytes as one ArrayBuffer. */
export async function arrayBuffer(stream: ConsumableStream): Promise<ArrayBuffer> {
  const whole = await blob(stream);
  return whole.arrayBuffer();
}

/** Node's `stream.consumers.buffer(stream)`: the bytes as one Buffer. */
export async function buffer(stream: ConsumableStream): Promise<Buffer> {
  return Buffer.from(await arrayBuffer(stream));
}

/** Node's `stream.consumers.text(stream)`: the chunks decoded as UTF-8 (strings are taken as they are). */
export async function text(stream: ConsumableStream): Promise<string> {
  const decoder = new TextDecoder();
  let str = '';
  for await (const chunk of chunksOf(stream)) {
    if (typeof chunk === 'string') str += chunk;
    else str += decoder.decode(chunk as BufferSource, { stream: true });
  }
  str += decoder.decode();
  return str;
}

/** Node's `stream.consumers.json(stream)`: the text parsed with `JSON.parse`. */
export async function json(stream: ConsumableStream): Promise<unknown> {
  return JSON.parse(await text(stream));
}

/** Node's `stream/consumers` module object: what `import streamConsumers from 'stream/consumers'` and `require('stream/consumers')` give. */
const streamConsumersModule = {
  arrayBuffer,
  blob,
  buffer,
  json,
  text,
};
export default streamConsumersModule;
