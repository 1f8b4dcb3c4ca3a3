// worker_threads over module Web Workers: the bootstrap, exit codes, Node's event order,
// ports, transfers, SharedArrayBuffer. Browser-only (Node has no Web Workers); the
// main-thread values and errors are checked everywhere.
import { expect } from 'chai';
import * as wt from '../../src/worker_threads/index.js';
import wtDefault from '../../src/worker_threads/index.js';
import process from '../../src/process/index.js';
import { AsyncLocalStorage } from '../../src/async_hooks/index.js';
import { liveWorkerCount } from '../../src/internal/worker/spawn.js';
import { expectNodeError, expectThrowsNodeError } from '../support/node-error.js';

const { Worker, MessageChannel } = wt;
const inBrowser = typeof (globalThis as { Worker?: unknown }).Worker === 'function' && typeof (globalThis as { document?: unknown }).document === 'object';
const browserDescribe = inBrowser ? describe : describe.skip;
const fixture = (name: string) => new URL(`./${name}.worker.js`, import.meta.url);

type AnyWorker = InstanceType<typeof Worker>;

/** Records every event of a worker, in order, until 'exit'. */
function record(worker: AnyWorker): Promise<unknown[][]> {
  const events: unknown[][] = [];
  for (const name of ['online', 'message', 'messageerror', 'error']) worker.on(name, (...args: unknown[]) => events.push([name, ...args]));
  return new Promise((resolve) => worker.on('exit', (code: number) => resolve([...events, ['exit', code]])));
}

const nextMessage = (target: { once(event: string, fn: (value: unknown) => void): unknown }) =>
  new Promise<any>((resolve) => target.once('message', resolve));

describe('worker_threads on the main thread', () => {
  it('reports the main thread: isMainThread, parentPort null, workerData null, threadId 0, resourceLimits {}', () => {
    expect(wt.isMainThread).to.equal(true);
    expect(wt.parentPort).to.equal(null);
    expect(wt.workerData).to.equal(null);
    expect(wt.threadId).to.equal(0);
    expect(wt.resourceLimits).to.deep.equal({});
    expect(wtDefault.Worker).to.equal(Worker);
    expect(wt.SHARE_ENV).to.equal(Symbol.for('nodejs.worker_threads.SHARE_ENV'));
  });

  it('creates no worker at import', () => {
    expect(liveWorkerCount()).to.equal(0);
  });

  it('throws ERR_WORKER_PATH for a bare file name, ERR_INVALID_ARG_TYPE for a number', () => {
    expectThrowsNodeError(() => new Worker('x.js'), {
      type: TypeError,
      code: 'ERR_WORKER_PATH',
      message: `The worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Received "x.js"`,
    });
    expectThrowsNodeError(() => new Worker(42 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "filename" argument must be of type string or an instance of URL. Received type number (42)',
    });
  });

  it('MessagePort cannot be constructed (Constructor cannot be called)', () => {
    let error: any;
    try {
      new wt.MessagePort();
    } catch (thrown) {
      error = thrown;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(error.code).to.equal('ERR_CONSTRUCT_CALL_INVALID');
    expect(error.message).to.equal('Constructor cannot be called');
  });

  it('receiveMessageOnPort and moveMessagePortToContext reject a non-port with ERR_INVALID_ARG_TYPE', () => {
    for (const fn of [() => wt.receiveMessageOnPort({}), () => wt.moveMessagePortToContext({}, {})]) {
      let error: any;
      try {
        fn();
      } catch (thrown) {
        error = thrown;
      }
      expect(error).to.be.instanceOf(TypeError);
      expect(error.code).to.equal('ERR_INVALID_ARG_TYPE');
      expect(String(error)).to.equal('TypeError: The "port" argument must be a MessagePort instance');
    }
  });

  it('setEnvironmentData/getEnvironmentData keep values; undefined deletes', () => {
    wt.setEnvironmentData('k', { v: 1 });
    expect(wt.getEnvironmentData('k')).to.deep.equal({ v: 1 });
    wt.setEnvironmentData('k', undefined);
    expect(wt.getEnvironmentData('k')).to.equal(undefined);
  });
});

browserDescribe('worker_threads.MessageChannel', () => {
  it("delivers messages to on('message') with the value, in order (§16.11.3)", async () => {
    const { port1, port2 } = new MessageChannel();
    const seen: unknown[] = [];
    const done = new Promise<void>((resolve) =>
      port2.on('message', (value: unknown) => {
        seen.push(value);
        if (seen.length === 3) resolve();
      }),
    );
    port1.postMessage('hello');
    port1.postMessage({ n: 2 });
    port1.postMessage([3]);
    await done;
    expect(seen).to.deep.equal(['hello', { n: 2 }, [3]]);
    expect(port2 instanceof wt.MessagePort).to.equal(true);
    port1.close();
  });

  it("close() on one end emits 'close' on both, this end first", async () => {
    const { port1, port2 } = new MessageChannel();
    const order: string[] = [];
    const both = Promise.all([
      new Promise<void>((resolve) => port1.on('close', () => (order.push('port1'), resolve()))),
      new Promise<void>((resolve) => port2.on('close', () => (order.push('port2'), resolve()))),
    ]);
    port2.close();
    await both;
    expect(order).to.deep.equal(['port2', 'port1']);
  });

  it('queues messages until a listener is attached; receiveMessageOnPort takes them synchronously', async () => {
    const { port1, port2 } = new MessageChannel();
    port1.postMessage('a');
    port1.postMessage('b');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wt.receiveMessageOnPort(port2)).to.deep.equal({ message: 'a' });
    expect(await nextMessage(port2)).to.equal('b');
    expect(wt.receiveMessageOnPort(port2)).to.equal(undefined);
    port1.close();
  });

  it('leaves markAsUntransferable buffers out of the transfer list (copied, not detached)', async () => {
    const { port1, port2 } = new MessageChannel();
    const buffer = new ArrayBuffer(8);
    wt.markAsUntransferable(buffer);
    port1.postMessage(buffer, [buffer]);
    const received = await nextMessage(port2);
    expect(buffer.byteLength).to.equal(8);
    expect(received.byteLength).to.equal(8);
    port1.close();
  });
});

browserDescribe('worker_threads.Worker', function () {
  this.timeout(30000);

  it("starts the module with workerData, argv, env, threadId; 'online' comes before the first message", async () => {
    process.env.POLYNODE_TEST = 'yes';
    wt.setEnvironmentData('shared', 'env-data');
    const worker = new Worker(fixture('echo'), { workerData: { x: [1, 2] }, argv: ['a', 2] });
    const events = record(worker);
    const hello = await nextMessage(worker);
    expect(hello).to.deep.equal({
      hello: true,
      isMainThread: false,
      threadId: worker.threadId,
      workerData: { x: [1, 2] },
      argv: ['a', '2'],
      env: 'yes',
      limits: { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 4096, codeRangeSizeMb: 0, stackSizeMb: 4 },
      envData: 'env-data',
      hasBuffer: 'function',
    });
    expect(worker.threadId).to.be.greaterThan(0);
    expect(worker.resourceLimits).to.deep.equal({ maxYoungGenerationSizeMb: -1, maxOldGenerationSizeMb: -1, codeRangeSizeMb: -1, stackSizeMb: 4 });
    worker.postMessage('exit');
    const list = await events;
    expect(list.map((event) => event[0])).to.deep.equal(['online', 'message', 'exit']);
    expect(list.at(-1)).to.deep.equal(['exit', 0]);
    expect(worker.threadId).to.equal(-1);
    expect(worker.resourceLimits).to.deep.equal({});
    wt.setEnvironmentData('shared', undefined);
    delete process.env.POLYNODE_TEST;
  });

  it('delivers messages posted before the module loaded, after it loaded, in order', async () => {
    const worker = new Worker(fixture('echo'));
    worker.postMessage('first');
    worker.postMessage('second');
    const seen: unknown[] = [];
    await new Promise<void>((resolve) =>
      worker.on('message', (m: unknown) => {
        seen.push(m);
        if (seen.length === 3) resolve();
      }),
    );
    expect((seen[0] as { hello: boolean }).hello).to.equal(true);
    expect(seen.slice(1)).to.deep.equal(['first', 'second']);
    expect(await worker.terminate()).to.equal(1);
  });

  it('1,000 messages each way arrive in order', async () => {
    const worker = new Worker(fixture('echo'));
    await nextMessage(worker);
    const back: number[] = [];
    const done = new Promise<void>((resolve) =>
      worker.on('message', (n: number) => {
        back.push(n);
        if (back.length === 1000) resolve();
      }),
    );
    for (let i = 0; i < 1000; i++) worker.postMessage(i);
    await done;
    expect(back).to.deep.equal(Array.from({ length: 1000 }, (_, i) => i));
    await worker.terminate();
  });

  it("process.exit(3): the worker's 'exit' listeners run, then 'exit' with 3", async () => {
    const list = await record(new Worker(fixture('exit-code'), { workerData: { code: 3 } }));
    expect(list).to.deep.equal([['online'], ['message', 'exit event 3'], ['exit', 3]]);
  });

  it("an uncaught error reaches 'error' (class, message, code, own fields), then 'exit' with 1", async () => {
    const list = await record(new Worker(fixture('throw'), { workerData: { mode: 'sync' } }));
    expect(list.map((event) => event[0])).to.deep.equal(['online', 'message', 'error', 'exit']);
    const error = list[2]![1] as TypeError & { code: string; extra: unknown };
    expect(error).to.be.instanceOf(TypeError);
    expect(error.message).to.equal('boom');
    expect(error.code).to.equal('E_BOOM');
    expect(error.extra).to.deep.equal({ a: 1 });
    expect(error.stack).to.be.a('string').and.include('throw.worker');
    expect(list.at(-1)).to.deep.equal(['exit', 1]);
  });

  it("an error thrown later in a timer: 'error' then 'exit' 1", async () => {
    const list = await record(new Worker(fixture('throw'), { workerData: { mode: 'timer' } }));
    expect(list.map((event) => event[0])).to.deep.equal(['online', 'message', 'error', 'exit']);
    expect(list[2]![1]).to.be.instanceOf(RangeError);
    expect(list.at(-1)).to.deep.equal(['exit', 1]);
  });

  it("an unhandled rejection with a non-Error is Node's ERR_UNHANDLED_REJECTION, then exit 1", async () => {
    const list = await record(new Worker(fixture('throw'), { workerData: { mode: 'reject' } }));
    const error = list.find((event) => event[0] === 'error')![1] as Error & { code: string };
    expect(error.name).to.equal('UnhandledPromiseRejection');
    expect(error.code).to.equal('ERR_UNHANDLED_REJECTION');
    expect(error.message).to.equal(
      'This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "5".',
    );
    expect(list.at(-1)).to.deep.equal(['exit', 1]);
  });

  it('exits by itself when its last timer ran, with process.exitCode', async () => {
    const list = await record(new Worker(fixture('natural')));
    expect(list).to.deep.equal([['online'], ['message', 'timer'], ['exit', 4]]);
  });

  it("terminate() resolves with 1 after 'exit' 1; a second terminate() resolves with undefined", async () => {
    const worker = new Worker(fixture('idle'));
    const events = record(worker);
    await nextMessage(worker);
    const order: string[] = [];
    worker.on('exit', () => order.push('exit'));
    const code = await worker.terminate().then((value) => (order.push('resolved'), value));
    expect(code).to.equal(1);
    expect(order).to.deep.equal(['exit', 'resolved']);
    expect((await events).at(-1)).to.deep.equal(['exit', 1]);
    expect(await worker.terminate()).to.equal(undefined);
  });

  it('a terminated worker leaves nothing behind: no live worker, no listener on process', async () => {
    const before = process.eventNames().map((name) => [name, process.listenerCount(name)]);
    const workers = [new Worker(fixture('idle')), new Worker(fixture('echo'))];
    await Promise.all(workers.map((worker) => nextMessage(worker)));
    expect(liveWorkerCount()).to.equal(2);
    await Promise.all(workers.map((worker) => worker.terminate()));
    expect(liveWorkerCount()).to.equal(0);
    expect(process.eventNames().map((name) => [name, process.listenerCount(name)])).to.deep.equal(before);
  });

  it("forwards console and process.stdout/stderr to the page's process by default", async () => {
    const written: string[] = [];
    const { write: out } = process.stdout;
    const { write: err } = process.stderr;
    process.stdout.write = (chunk: Uint8Array) => (written.push(`out:${new TextDecoder().decode(chunk)}`), true);
    process.stderr.write = (chunk: Uint8Array) => (written.push(`err:${new TextDecoder().decode(chunk)}`), true);
    try {
      const list = await record(new Worker(fixture('stdio')));
      expect(list.at(-1)).to.deep.equal(['exit', 0]);
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    expect(written).to.deep.equal(['out:hello world 42\n', 'out:partial ', 'out:line\n', 'err:oops\n']);
  });

  it('with stdout: true and stderr: true, the output is readable on worker.stdout / worker.stderr', async () => {
    const worker = new Worker(fixture('stdio'), { stdout: true, stderr: true });
    let out = '';
    let err = '';
    worker.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
    worker.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
    await new Promise((resolve) => worker.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(out).to.equal('hello world 42\npartial line\n');
    expect(err).to.equal('oops\n');
  });

  it("a second copy of polynode's process module in the user module (as bundlers give it one) is the worker's process", async () => {
    const worker = new Worker(fixture('bundled-copy'), { argv: ['copy'] });
    const events = record(worker);
    const report = await nextMessage(worker);
    expect(report).to.include({ sameProcess: true });
    expect(report.argv).to.deep.equal(['copy']);
    worker.postMessage(4);
    // process.exit() of the copy is the worker's: it reaches the parent as the exit code.
    expect((await events).at(-1)).to.deep.equal(['exit', 4]);
  });

  it("asks Vite's dev server for the module variant of a worker URL marked ?worker_file&type=classic", async () => {
    const classic = new URL('./bundled-copy.worker.js?worker_file&type=classic', import.meta.url);
    const worker = new Worker(classic);
    const { url } = await nextMessage(worker);
    expect(url).to.equal(classic.href.replace('type=classic', 'type=module'));
    worker.postMessage(0);
    await new Promise((resolve) => worker.on('exit', resolve));
    // Only that marker: another query naming `type=classic` is left as it is.
    const other = new URL('./bundled-copy.worker.js?type=classic', import.meta.url);
    const plain = new Worker(other);
    expect((await nextMessage(plain)).url).to.equal(other.href);
    plain.postMessage(0);
    await new Promise((resolve) => plain.on('exit', resolve));
  });

  it('with stdin: true, what the parent writes is readable on process.stdin in the worker', async () => {
    const worker = new Worker(fixture('stdin'), { stdin: true, stdout: true });
    let out = '';
    worker.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
    worker.stdin!.write('hello ');
    worker.stdin!.end('stdin');
    const code = await new Promise((resolve) => worker.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(code).to.equal(0);
    expect(out).to.equal('HELLO STDIN');
  });

  it('eval: true runs a script with require() (§16.11.1: prints false)', async () => {
    const worker = new Worker(`const threads = require("worker_threads"); threads.parentPort.postMessage(threads.isMainThread);`, { eval: true });
    const list = await record(worker);
    expect(list).to.deep.equal([['online'], ['message', false], ['exit', 0]]);
  });

  it('transfers a MessagePort and talks over it (§16.11.4)', async () => {
    const worker = new Worker(fixture('ports'));
    const channel = new MessageChannel();
    worker.postMessage({ command: 'changeChannel', data: channel.port1 }, [channel.port1]);
    channel.port2.postMessage('Can you hear me now?');
    expect(await nextMessage(channel.port2)).to.equal('heard: Can you hear me now?');
    channel.port2.close();
    await worker.terminate();
  });

  it('transfers a typed array: the sender loses it, the worker sends it back transferred (§16.11.4)', async () => {
    const worker = new Worker(fixture('ports'));
    const pixels = new Uint32Array(1024 * 1024).fill(21);
    worker.postMessage({ command: 'pixels', data: pixels }, [pixels.buffer]);
    expect(pixels.length).to.equal(0);
    const back: Uint32Array = await nextMessage(worker);
    expect(back.length).to.equal(1024 * 1024);
    expect(back[0]).to.equal(42);
    expect(back[back.length - 1]).to.equal(42);
    await worker.terminate();
  });

  it('a worker whose parentPort closes exits by itself with 0', async () => {
    const worker = new Worker(fixture('ports'));
    worker.postMessage({ command: 'close' });
    expect(await new Promise((resolve) => worker.on('exit', resolve))).to.equal(0);
  });

  it('SharedArrayBuffer + Atomics.add: 20 million increments from two threads (§16.11.5)', async function () {
    if (typeof SharedArrayBuffer !== 'function') this.skip();
    const sharedArray = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(fixture('shared'), { workerData: { array: sharedArray, atomic: true } });
    await new Promise((resolve) => worker.on('online', resolve));
    for (let i = 0; i < 10_000_000; i++) Atomics.add(sharedArray, 0, 1);
    await nextMessage(worker);
    expect(Atomics.load(sharedArray, 0)).to.equal(20_000_000);
  });

  it('SharedArrayBuffer without Atomics: the worker sees the same memory (10 million of its increments at least)', async function () {
    if (typeof SharedArrayBuffer !== 'function') this.skip();
    const sharedArray = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(fixture('shared'), { workerData: { array: sharedArray, atomic: false } });
    await nextMessage(worker);
    expect(sharedArray[0]).to.equal(10_000_000);
  });

  it('emits every event in the async context the Worker was created in', async () => {
    const als = new AsyncLocalStorage<string>();
    const seen: unknown[] = [];
    const worker = als.run('creator', () => new Worker(fixture('exit-code'), { workerData: { code: 0 } }));
    als.run('listener', () => {
      worker.on('online', () => seen.push(['online', als.getStore()]));
      worker.on('message', () => seen.push(['message', als.getStore()]));
    });
    await new Promise((resolve) => worker.on('exit', () => resolve(seen.push(['exit', als.getStore()]))));
    expect(seen).to.deep.equal([
      ['online', 'creator'],
      ['message', 'creator'],
      ['exit', 'creator'],
    ]);
  });

  it('getHeapSnapshot() rejects: ERR_FEATURE_UNAVAILABLE_ON_PLATFORM while running, ERR_WORKER_NOT_RUNNING after', async () => {
    const worker = new Worker(fixture('idle'));
    const running = await worker.getHeapSnapshot().catch((error: unknown) => error);
    expectNodeError(running, {
      type: TypeError,
      code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      message: 'The feature worker.getHeapSnapshot is unavailable on the current platform, which is being used to run Node.js',
    });
    await worker.terminate();
    const after = await worker.getHeapSnapshot().catch((error: unknown) => error);
    expectNodeError(after, { type: Error, code: 'ERR_WORKER_NOT_RUNNING', message: 'Worker instance not running' });
  });
});
