// Workloads for `stream`: Readable -> Transform -> Writable through pipeline(), 1 MiB in
// 64-byte and in 64 KiB chunks. The native column does the same with the browser's WHATWG
// streams (ReadableStream -> TransformStream -> WritableStream, pipeThrough/pipeTo). See
// bench/README.md for the shape of a workload.
import { MiB, randomBytes, cached } from './_data.js';

// lib.stream is the column's stream, lib.buffer its buffer (the chunks are its Buffers).
export const modules = ['stream', 'buffer'];

const input = () => cached('stream:input', () => randomBytes(MiB, 31));

/** The input cut into `size`-byte pieces: the column's Buffers, or plain Uint8Arrays. */
function chunksOf(size, make) {
  const bytes = input();
  const chunks = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(make(bytes.subarray(i, i + size)));
  return chunks;
}

/** What every column computes: the byte count and a checksum of the bytes after the transform. */
function expectedFor() {
  const bytes = input();
  let sum = 0;
  for (let i = 0; i < bytes.length; i++) sum = (sum + (bytes[i] ^ 0x5a)) | 0;
  return `${bytes.length}:${sum}`;
}

/** Readable -> Transform (xor 0x5a into a new chunk) -> Writable (count + checksum), with pipeline. */
function nodePipeline(lib, chunks) {
  const { Readable, Transform, Writable, pipeline } = lib.stream;
  const { Buffer } = lib.buffer;
  return new Promise((resolve, reject) => {
    let index = 0;
    let total = 0;
    let sum = 0;
    const source = new Readable({
      read() {
        this.push(index < chunks.length ? chunks[index++] : null);
      },
    });
    const xor = new Transform({
      transform(chunk, _encoding, callback) {
        const out = Buffer.allocUnsafe(chunk.length);
        for (let i = 0; i < chunk.length; i++) out[i] = chunk[i] ^ 0x5a;
        callback(null, out);
      },
    });
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        total += chunk.length;
        for (let i = 0; i < chunk.length; i++) sum = (sum + chunk[i]) | 0;
        callback();
      },
    });
    pipeline(source, xor, sink, (err) => (err ? reject(err) : resolve(`${total}:${sum}`)));
  });
}

/** The same with the browser's WHATWG streams. */
function nativeRun(chunks) {
  let index = 0;
  let total = 0;
  let sum = 0;
  const source = new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]);
      else controller.close();
    },
  });
  const xor = new TransformStream({
    transform(chunk, controller) {
      const out = new Uint8Array(chunk.length);
      for (let i = 0; i < chunk.length; i++) out[i] = chunk[i] ^ 0x5a;
      controller.enqueue(out);
    },
  });
  const sink = new WritableStream({
    write(chunk) {
      total += chunk.length;
      for (let i = 0; i < chunk.length; i++) sum = (sum + chunk[i]) | 0;
    },
  });
  return source.pipeThrough(xor).pipeTo(sink).then(() => `${total}:${sum}`);
}

function workload(size, label) {
  return {
    name: `stream.pipeline.${label.replace(' ', '')}`,
    title: `pipeline(Readable, Transform, Writable), 1 MiB in ${label} chunks (async)`,
    unit: 'MB/s',
    bytes: MiB,
    async: true,
    setup: (lib) => ({ lib, chunks: chunksOf(size, (piece) => lib.buffer.Buffer.from(piece)) }),
    run: ({ lib, chunks }) => nodePipeline(lib, chunks),
    expected: expectedFor,
    native: {
      api: 'ReadableStream.pipeThrough(TransformStream).pipeTo(WritableStream) (async)',
      available: () => typeof ReadableStream === 'function' && typeof TransformStream === 'function',
      async: true,
      setup: () => ({ chunks: chunksOf(size, (piece) => piece.slice()) }),
      run: ({ chunks }) => nativeRun(chunks),
    },
  };
}

export default [workload(64, '64 B'), workload(64 * 1024, '64 KiB')];
