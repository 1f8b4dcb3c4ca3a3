// The book chapter's §16.5 stream programs (pipes, gzip, the GrepStream Transform, async
// iteration, backpressure with write()/'drain', flowing-mode copy with pause/resume,
// paused-mode reading into a Hash), adapted only to in-memory sources and sinks
// (chapter-programs.mjs), must print what they print under real Node 16.13.1
// (scripts/golden/stream-chapter.mjs -> test/golden/node16-stream-chapter.json).
import { expect } from 'chai';
import golden from '../golden/node16-stream-chapter.json';
import stream from '../../src/stream/index.js';
import * as zlib from '../../src/zlib/index.js';
import * as crypto from '../../src/crypto/index.js';
import { Buffer } from '../../src/buffer/index.js';
import { setImmediate } from '../../src/timers/index.js';
import { runChapterPrograms } from './chapter-programs.mjs';

describe('stream: the book chapter programs (§16.5) print what Node 16.13.1 prints', () => {
  it('pipe, gzip, GrepStream, async grep, copy with backpressure, copyFile, sha256', async function () {
    this.timeout(30000);
    const output = await runChapterPrograms({ stream, zlib, crypto, Buffer, setImmediate });
    expect(output).to.deep.equal(golden.output);
  });
});
