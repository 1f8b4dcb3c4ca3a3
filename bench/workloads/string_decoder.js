// Workloads for `string_decoder`. See bench/README.md for the shape of a workload.
import { MiB, asciiText, mixedText, randomBytes, chunkRanges, cached } from './_data.js';
import * as ref from './_ref.js';

// lib.string_decoder is the column's string_decoder, lib.buffer its buffer (used for the chunks:
// decoders are normally fed Buffers).
export const modules = ['string_decoder', 'buffer'];

const CHUNKS = 1000;
const asciiBytes = () => cached('sd:ascii', () => ref.utf8Encode(asciiText(MiB, 21)));
const mixedBytes = () => cached('sd:mixed', () => ref.utf8Encode(mixedText(MiB, 22)));
const random = () => randomBytes(MiB, 23);
const ranges = () => chunkRanges(MiB, CHUNKS, 24);

/**
 * The input cut into 1000 uneven chunks, as the column's Buffers. When that column's
 * Buffer.from does not work yet, plain Uint8Array chunks (which Node's StringDecoder also
 * accepts), with a note in the results.
 */
function chunksFor(lib, bytes) {
  try {
    return { chunks: ranges().map(([start, end]) => lib.buffer.Buffer.from(bytes.subarray(start, end))) };
  } catch (error) {
    return {
      chunks: ranges().map(([start, end]) => bytes.slice(start, end)),
      note: `fed Uint8Array chunks: this column's Buffer.from threw ${error?.code ?? error?.name}`,
    };
  }
}

function decodeAll(StringDecoder, encoding, chunks) {
  const decoder = new StringDecoder(encoding);
  let out = '';
  for (let i = 0; i < chunks.length; i++) out += decoder.write(chunks[i]);
  return out + decoder.end();
}

function nativeUtf8(bytes) {
  return {
    api: 'TextDecoder.decode(chunk, { stream: true })',
    setup: () => ({ chunks: ranges().map(([start, end]) => bytes().slice(start, end)) }),
    run: ({ chunks }) => {
      const decoder = new TextDecoder();
      const stream = { stream: true };
      let out = '';
      for (let i = 0; i < chunks.length; i++) out += decoder.decode(chunks[i], stream);
      return out + decoder.decode();
    },
  };
}

export default [
  {
    name: 'string_decoder.mixed',
    title: "StringDecoder('utf8').write x1000 chunks + end(), 1 MiB mixed UTF-8",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ StringDecoder: lib.string_decoder.StringDecoder, ...chunksFor(lib, mixedBytes()) }),
    run: ({ StringDecoder, chunks }) => decodeAll(StringDecoder, 'utf8', chunks),
    expected: () => mixedText(MiB, 22),
    native: nativeUtf8(mixedBytes),
  },
  {
    name: 'string_decoder.ascii',
    title: "StringDecoder('utf8').write x1000 chunks + end(), 1 MiB ASCII",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ StringDecoder: lib.string_decoder.StringDecoder, ...chunksFor(lib, asciiBytes()) }),
    run: ({ StringDecoder, chunks }) => decodeAll(StringDecoder, 'utf8', chunks),
    expected: () => asciiText(MiB, 21),
    native: nativeUtf8(asciiBytes),
  },
  {
    name: 'string_decoder.base64',
    title: "StringDecoder('base64').write x1000 chunks + end(), 1 MiB random",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ StringDecoder: lib.string_decoder.StringDecoder, ...chunksFor(lib, random()) }),
    run: ({ StringDecoder, chunks }) => decodeAll(StringDecoder, 'base64', chunks),
    expected: () => ref.base64(random()),
  },
];
