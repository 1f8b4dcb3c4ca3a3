// The stream programs of the book chapter (/work/shared/spec/node-chapter-examples.txt,
// §16.5.1–16.5.4), adapted only where they touch files or the terminal: a "file" is an
// in-memory Readable that hands out 64 KiB chunks (fs.createReadStream's highWaterMark), an
// output file is a Writable that takes each chunk on a later turn (a disk's latency) with
// fs.createWriteStream's 16 KiB highWaterMark, and process.stdin/stdout are a Readable/Writable
// of the same kind. Each program's observable results — the output text or bytes (as a
// SHA-256), the events it saw, 'drain' counts — are returned as lines. Run by
// scripts/golden/stream-chapter.mjs under real Node 16.13.1 (test/golden/node16-stream-chapter.json)
// and by test/stream/chapter.test.ts with polynode's modules: both must print the same.
// Plain JavaScript: Node 16 runs it directly.

/**
 * @param {{ stream: any, zlib: any, crypto: any, Buffer: any, setImmediate: (fn: () => void) => unknown }} lib
 * @returns {Promise<string[]>}
 */
export async function runChapterPrograms(lib) {
  const { stream, zlib, crypto, Buffer, setImmediate } = lib;
  const out = [];
  const log = (line) => out.push(line);
  const sha = (data) => crypto.createHash('sha256').update(data).digest('hex');

  // A deterministic text of ~300 KB: numbered lines, some of which contain "error".
  const lines = [];
  for (let i = 0; i < 6000; i++) lines.push(`line ${i}: ${i % 7 === 0 ? 'error' : 'ok'} ${'x'.repeat(i % 61)} ünïcödé`);
  const TEXT = lines.join('\n');
  const FILE = Buffer.from(TEXT, 'utf8');

  /** fs.createReadStream stand-in: FILE in 64 KiB chunks. */
  function createReadStream(data = FILE) {
    let at = 0;
    return new stream.Readable({
      highWaterMark: 64 * 1024,
      read(size) {
        if (at >= data.length) return this.push(null);
        const end = Math.min(at + size, data.length);
        this.push(data.subarray(at, end));
        at = end;
      },
    });
  }
  /** fs.createWriteStream stand-in: collects the bytes, each write completing on a later turn. */
  function createWriteStream() {
    const chunks = [];
    const writable = new stream.Writable({
      highWaterMark: 16 * 1024,
      write(chunk, encoding, callback) {
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
        setImmediate(callback);
      },
    });
    writable.contents = () => Buffer.concat(chunks);
    return writable;
  }

  // §16.5.1 Pipes: the pipe() helper with error handling.
  function pipe(readable, writable, callback) {
    function handleError(err) {
      readable.unpipe(writable);
      callback(err);
    }
    readable
      .on('error', handleError)
      .pipe(writable)
      .on('error', handleError)
      .on('finish', callback);
  }
  {
    const destination = createWriteStream();
    await new Promise((resolve) => pipe(createReadStream(), destination, (err) => resolve(err)));
    log(`pipe: ${destination.contents().length} bytes, same=${destination.contents().equals(FILE)}`);
    const failing = new stream.Readable({
      read() {
        this.destroy(new Error('read failed'));
      },
    });
    const err = await new Promise((resolve) => pipe(failing, createWriteStream(), resolve));
    log(`pipe error: ${err && err.message}`);
  }

  // §16.5.1 gzip(): source → gzipper → destination.
  {
    const source = createReadStream();
    const destination = createWriteStream();
    const gzipper = zlib.createGzip();
    const err = await new Promise((resolve) => {
      source.on('error', resolve).pipe(gzipper).pipe(destination).on('error', resolve).on('finish', () => resolve(null));
    });
    const gz = destination.contents();
    // Compressed bytes differ between zlib builds; their header and their inflation may not.
    log(`gzip: err=${err} header=${gz.subarray(0, 4).toString('hex')} roundtrip=${zlib.gunzipSync(gz).equals(FILE)}`);
  }

  // §16.5.1 GrepStream, a Transform, fed from "stdin" decoded as UTF-8 into "stdout".
  class GrepStream extends stream.Transform {
    constructor(pattern) {
      super({ decodeStrings: false });
      this.pattern = pattern;
      this.incompleteLine = '';
    }
    _transform(chunk, encoding, callback) {
      if (typeof chunk !== 'string') {
        callback(new Error('Expected a string but got a buffer'));
        return;
      }
      const lines = (this.incompleteLine + chunk).split('\n');
      this.incompleteLine = lines.pop();
      let output = lines.filter((l) => this.pattern.test(l)).join('\n');
      if (output) output += '\n';
      callback(null, output);
    }
    _flush(callback) {
      if (this.pattern.test(this.incompleteLine)) callback(null, this.incompleteLine + '\n');
      else callback();
    }
  }
  {
    const stdout = createWriteStream();
    await new Promise((resolve, reject) => {
      createReadStream()
        .setEncoding('utf8')
        .pipe(new GrepStream(/error .*x{60}/))
        .pipe(stdout)
        .on('error', reject)
        .on('finish', resolve);
    });
    const text = stdout.contents().toString('utf8');
    log(`grep stream: ${text.split('\n').length - 1} lines, sha256 ${sha(text)}`);
    log(`grep stream first: ${text.split('\n')[0]}`);
    const unencoded = await new Promise((resolve) => {
      createReadStream().pipe(new GrepStream(/x/)).on('error', (e) => resolve(e.message)).resume();
    });
    log(`grep stream on buffers: ${unencoded}`);
  }

  // §16.5.2 async grep() with for/await.
  async function grep(source, destination, pattern, encoding = 'utf8') {
    source.setEncoding(encoding);
    destination.on('error', () => log('destination error'));
    let incompleteLine = '';
    for await (const chunk of source) {
      const lines = (incompleteLine + chunk).split('\n');
      incompleteLine = lines.pop();
      for (const line of lines) {
        if (pattern.test(line)) destination.write(line + '\n', encoding);
      }
    }
    if (pattern.test(incompleteLine)) destination.write(incompleteLine + '\n', encoding);
  }
  {
    const stdout = createWriteStream();
    await grep(createReadStream(), stdout, /^line \d*5: error/);
    await new Promise((resolve) => stdout.end(resolve));
    const text = stdout.contents().toString('utf8');
    log(`async grep: ${text.split('\n').length - 1} lines, sha256 ${sha(text)}`);
  }

  // §16.5.3 write() with backpressure (callback and Promise forms) and copy().
  function writeWithCallback(s, chunk, callback) {
    const hasMoreRoom = s.write(chunk);
    if (hasMoreRoom) setImmediate(callback);
    else s.once('drain', callback);
  }
  function write(s, chunk) {
    const hasMoreRoom = s.write(chunk);
    if (hasMoreRoom) return Promise.resolve(null);
    return new Promise((resolve) => s.once('drain', resolve));
  }
  async function copy(source, destination) {
    destination.on('error', () => log('destination error'));
    for await (const chunk of source) await write(destination, chunk);
  }
  {
    const destination = createWriteStream();
    let drains = 0;
    destination.on('drain', () => drains++);
    await copy(createReadStream(), destination);
    await new Promise((resolve) => destination.end(resolve));
    log(`copy: same=${destination.contents().equals(FILE)} drains=${drains}`);

    const target = createWriteStream();
    let falses = 0;
    const original = target.write.bind(target);
    target.write = (chunk) => {
      const ok = original(chunk);
      if (!ok) falses++;
      return ok;
    };
    for (let i = 0; i < 20; i++) await new Promise((resolve) => writeWithCallback(target, Buffer.alloc(i % 2 ? 20000 : 4096, i), resolve));
    await new Promise((resolve) => target.end(resolve));
    log(`write callback: ${target.contents().length} bytes, write() returned false ${falses} times`);
  }

  // §16.5.4 copyFile() in flowing mode, with pause/resume on backpressure.
  function copyFile(input, output, callback) {
    input.on('data', (chunk) => {
      const hasRoom = output.write(chunk);
      if (!hasRoom) input.pause();
    });
    input.on('end', () => output.end());
    input.on('error', (err) => callback(err));
    output.on('drain', () => input.resume());
    output.on('error', (err) => callback(err));
    output.on('finish', () => callback(null));
  }
  {
    const input = createReadStream();
    const output = createWriteStream();
    let pauses = 0;
    input.on('pause', () => pauses++);
    const err = await new Promise((resolve) => copyFile(input, output, resolve));
    log(`copyFile: err=${err} same=${output.contents().equals(FILE)} pauses=${pauses}`);
  }

  // §16.5.4 sha256() in paused mode: 'readable' + read() loop into a Hash.
  function sha256(input, callback) {
    const hasher = crypto.createHash('sha256');
    input.on('readable', () => {
      let chunk;
      while ((chunk = input.read())) hasher.update(chunk);
    });
    input.on('end', () => callback(null, hasher.digest('hex')));
    input.on('error', callback);
  }
  {
    const hash = await new Promise((resolve, reject) => sha256(createReadStream(), (err, h) => (err ? reject(err) : resolve(h))));
    log(`sha256: ${hash} (same as one update: ${hash === sha(FILE)})`);
  }

  return out;
}
