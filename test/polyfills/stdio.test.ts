// polynode/polyfills/stdio: process.stdout/stderr become stream.Writables printing lines on
// the console, process.stdin a stream.Readable fed by feedStdin(). The polyfill changes its
// page for good, so each case runs in its own iframe (browsers only; skipped in Node).
import { expect } from 'chai';
import { runInFrame } from '../support/frame.js';

const inBrowser = typeof document !== 'undefined';

describe('polyfills/stdio: real stdout, stderr and stdin streams', function () {
  before(function () {
    if (!inBrowser) this.skip();
  });
  this.timeout(20000);

  it('stdout/stderr are Writables printing whole lines (encodings, pipe), stdin a Readable fed by feedStdin', async () => {
    const r = await runInFrame<Record<string, unknown>>(new URL('./stdio-fed.fixture.js', import.meta.url).href, 'stdioResults');
    expect(r.classes).to.deep.equal({
      stdoutWritable: true,
      stderrWritable: true,
      stdinReadable: true,
      namedIsSame: true,
      fds: [0, 1, 2],
      isTTY: [false, false],
    });
    expect(r.returns).to.deep.equal([true, true, true]);
    // 'a' waits for its newline; '68' in hex is 'h'; the piped chunks make two more lines.
    expect(r.printed).to.deep.equal(['ab', 'c', 'd', 'h', 'x', 'y']);
    expect(r.errors).to.deep.equal(['oops']);
    expect(r.afterPipe).to.deep.equal([true, false]);
    // readline over the fed stdin: \r\n split across chunks, the last line on end.
    expect(r.beforeEnd).to.deep.equal(['line one', 'line two']);
    expect(r.lines).to.deep.equal(['line one', 'line two', 'last']);
    expect(r.badFeed).to.equal(
      'ERR_INVALID_ARG_TYPE: The "chunk" argument must be of type string or an instance of Buffer or Uint8Array or null. Received type number (42)',
    );
  });

  it('with nothing fed, stdin ends as soon as it is read (as node < /dev/null)', async () => {
    const r = await runInFrame<Record<string, unknown>>(new URL('./stdio-empty.fixture.js', import.meta.url).href, 'stdioResults');
    expect(r).to.deep.equal({ chunks: [], ended: true });
  });
});
