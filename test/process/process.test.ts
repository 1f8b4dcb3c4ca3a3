// polynode's process object (never Node's own: in Node, mocha runs on the real process).
import { expect } from 'chai';
import process, * as named from '../../src/process/index.js';
import { emitWarning as internalWarning } from '../../src/internal/warnings.js';
import { expectThrowsNodeError } from '../support/node-error.js';

type AnyFn = (...args: any[]) => any;

/** Replaces console[method] while `fn` runs and returns the lines printed. */
async function capture(method: 'log' | 'error' | 'warn', fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console[method] = original;
  }
  return lines;
}

const tick = () => new Promise<void>((resolve) => process.nextTick(resolve));
const macrotask = () => new Promise<void>((resolve) => globalThis.setTimeout(resolve, 5));

describe('process: the object', () => {
  it('is one EventEmitter whose members are the named exports', () => {
    expect(process.on).to.be.a('function');
    expect(process.env).to.equal(named.env);
    expect(process.nextTick).to.equal(named.nextTick);
    expect(process.stdout).to.equal(named.stdout);
    expect(process.browser).to.equal(true);
  });

  it('has the values polynode documents', () => {
    expect(process.version).to.equal('v16.13.1');
    expect(process.versions.node).to.equal('16.13.1');
    expect(process.platform).to.equal('browser');
    expect(process.argv).to.deep.equal(['/usr/local/bin/node', '/index.js']);
    expect(process.execArgv).to.deep.equal([]);
    expect(process.title).to.equal('browser');
    expect(process.release.name).to.equal('node');
    expect(process.allowedNodeEnvironmentFlags).to.be.instanceOf(Set);
    expect(process.umask()).to.equal(0o22);
    expect(process.getuid()).to.be.a('number');
    expect(process.getgroups()).to.be.an('array');
    expect(process.uptime()).to.be.a('number').above(0);
    expect(process.memoryUsage()).to.have.keys(['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
    expect(process.memoryUsage.rss()).to.be.a('number');
    expect(process.cpuUsage()).to.have.keys(['user', 'system']);
    expect(process.resourceUsage()).to.include.keys(['userCPUTime', 'maxRSS']);
  });

  it('keeps env assignable, and the named export follows', () => {
    const original = process.env;
    process.env = { NODE_ENV: 'test' };
    expect(named.env).to.deep.equal({ NODE_ENV: 'test' });
    process.env = original;
    expect(named.env).to.equal(original);
  });

  it('keeps _events and _eventsCount equal to the named exports as listeners come and go', () => {
    const listener = () => {};
    const before = process._eventsCount;
    process.on('polynode-test', listener);
    expect(named._eventsCount).to.equal(before + 1);
    expect(process._events).to.equal(named._events);
    process.off('polynode-test', listener);
    expect(named._eventsCount).to.equal(before);
  });

  it('binding throws Node\'s "No such module" error', () => {
    expect(() => process.binding('fs')).to.throw(Error, 'No such module: fs');
  });

  it('dlopen and setuid are unavailable in a browser', () => {
    expectThrowsNodeError(() => process.dlopen(), { type: TypeError, code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', message: /process\.dlopen/ });
    expectThrowsNodeError(() => process.setuid(1), { type: TypeError, code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', message: /process\.setuid/ });
  });

  it('umask validates like Node and returns the old mask', () => {
    expectThrowsNodeError(() => process.umask('abc'), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received 'abc'",
    });
    expect(process.umask('077')).to.equal(0o22);
    expect(process.umask(0o22)).to.equal(0o77);
  });

  it('kill validates pid and signal like Node', () => {
    expectThrowsNodeError(() => process.kill('a' as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "pid" argument must be of type number. Received type string ('a')`,
    });
    expectThrowsNodeError(() => process.kill(process.pid, 'FOO'), { type: TypeError, code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: FOO' });
    expect(() => process.kill(4242)).to.throw(Error, 'kill ESRCH');
  });

  it('kill(process.pid, signal) emits the signal when listened to', async () => {
    let got: unknown[] = [];
    const listener = (...args: unknown[]) => void (got = args);
    process.on('SIGUSR2', listener);
    expect(process.kill(process.pid, 'SIGUSR2')).to.equal(true);
    await tick();
    process.off('SIGUSR2', listener);
    expect(got).to.deep.equal(['SIGUSR2', 12]);
  });

  it('cpuUsage validates the previous value like Node', () => {
    expectThrowsNodeError(() => process.cpuUsage(1 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "prevValue" argument must be of type object. Received type number (1)',
    });
    expectThrowsNodeError(() => process.cpuUsage({ user: -1, system: 1 }), {
      type: RangeError,
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The property 'prevValue.user' is invalid. Received -1",
    });
  });
});

describe('process.cwd and process.chdir', () => {
  afterEach(() => process.chdir('/'));

  it("starts at '/' and resolves relative paths against the current directory", () => {
    expect(process.cwd()).to.equal('/');
    process.chdir('/home/user/');
    expect(process.cwd()).to.equal('/home/user');
    process.chdir('../other/./dir');
    expect(process.cwd()).to.equal('/home/other/dir');
  });

  it('throws ERR_INVALID_ARG_TYPE for a non-string, ENOENT for an empty string', () => {
    expectThrowsNodeError(() => process.chdir(1 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "directory" argument must be of type string. Received type number (1)',
    });
    expect(() => process.chdir('')).to.throw(Error, 'ENOENT').with.property('code', 'ENOENT');
  });
});

describe('process.hrtime', () => {
  it('returns [seconds, nanoseconds], monotonic, and differences with a previous time', () => {
    const start = process.hrtime();
    expect(start).to.have.length(2);
    expect(Number.isInteger(start[0]) && Number.isInteger(start[1])).to.equal(true);
    const diff = process.hrtime(start);
    expect(diff[0]).to.be.at.least(0);
    expect(diff[1]).to.be.within(0, 999999999);
    expect(process.hrtime([start[0] + 10, 0])[0]).to.be.below(0);
  });

  it('hrtime.bigint is a monotonic bigint of nanoseconds', () => {
    const a = process.hrtime.bigint();
    const b = process.hrtime.bigint();
    expect(typeof a).to.equal('bigint');
    expect(b >= a).to.equal(true);
  });

  it("validates the previous time like Node", () => {
    expectThrowsNodeError(() => process.hrtime(1 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "time" argument must be an instance of Array. Received type number (1)',
    });
    expectThrowsNodeError(() => process.hrtime([1] as never), {
      type: RangeError,
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "time" is out of range. It must be 2. Received 1',
    });
  });
});

describe('process.nextTick', () => {
  it('throws ERR_INVALID_CALLBACK for a non-function', () => {
    expectThrowsNodeError(() => process.nextTick(1 as never), {
      type: TypeError,
      code: 'ERR_INVALID_CALLBACK',
      message: 'Callback must be a function. Received 1',
    });
  });

  it("emits a tick's error as 'uncaughtException' and runs the next ticks", async () => {
    const seen: unknown[] = [];
    const onError = (error: unknown, origin: unknown) => void seen.push((error as Error).message, origin);
    process.on('uncaughtException', onError);
    const boom = new Error('boom');
    process.nextTick(() => {
      throw boom;
    });
    process.nextTick(() => seen.push('next tick'));
    await macrotask();
    process.off('uncaughtException', onError);
    expect(seen).to.deep.equal(['boom', 'uncaughtException', 'next tick']);
  });

  it('hands the error to the capture callback first', async () => {
    const seen: unknown[] = [];
    process.setUncaughtExceptionCaptureCallback((error: unknown) => seen.push((error as Error).message));
    expect(process.hasUncaughtExceptionCaptureCallback()).to.equal(true);
    expect(() => process.setUncaughtExceptionCaptureCallback(() => {})).to.throw().with.property('code', 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET');
    process.nextTick(() => {
      throw new Error('captured');
    });
    await macrotask();
    process.setUncaughtExceptionCaptureCallback(null);
    expect(seen).to.deep.equal(['captured']);
  });
});

describe('process.emitWarning', () => {
  const restore: { noDeprecation?: unknown; throwDeprecation?: unknown } = {};
  beforeEach(() => {
    restore.noDeprecation = process.noDeprecation;
    restore.throwDeprecation = process.throwDeprecation;
  });
  afterEach(() => {
    process.noDeprecation = restore.noDeprecation;
    process.throwDeprecation = restore.throwDeprecation;
  });

  it("prints Node's lines on console.warn and emits 'warning' on the next tick", async () => {
    const events: string[] = [];
    const onWarning = (w: Error & { code?: string; detail?: string }) => events.push(`${w.name}|${w.code}|${w.message}|${w.detail}`);
    process.on('warning', onWarning);
    const lines = await capture('warn', async () => {
      process.emitWarning('hello');
      process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
      process.emitWarning('with detail', { type: 'CustomWarning', code: 'C1', detail: 'some detail' });
      const w = new Error('obj');
      w.name = 'MyWarning';
      process.emitWarning(w);
      expect(events).to.deep.equal([]);
      await macrotask();
    });
    process.off('warning', onWarning);
    expect(lines).to.deep.equal([
      '(node:1) Warning: hello',
      '(node:1) [DEP0999] DeprecationWarning: dep',
      '(node:1) [C1] CustomWarning: with detail\nsome detail',
      '(node:1) MyWarning: obj',
    ]);
    expect(events).to.deep.equal([
      'Warning|undefined|hello|undefined',
      'DeprecationWarning|DEP0999|dep|undefined',
      'CustomWarning|C1|with detail|some detail',
      'MyWarning|undefined|obj|undefined',
    ]);
  });

  it("takes over the internal warnings (events' leak warning, deprecations)", async () => {
    const lines = await capture('warn', async () => {
      internalWarning('from a module', 'DeprecationWarning', 'DEP0001');
      await macrotask();
    });
    expect(lines).to.deep.equal(['(node:1) [DEP0001] DeprecationWarning: from a module']);
  });

  it('honours noDeprecation and throwDeprecation', async () => {
    process.noDeprecation = true;
    const lines = await capture('warn', async () => {
      process.emitWarning('silent', 'DeprecationWarning');
      await macrotask();
    });
    expect(lines).to.deep.equal([]);
    process.noDeprecation = false;
    process.throwDeprecation = true;
    expect(() => process.emitWarning('thrown', 'DeprecationWarning')).to.throw(Error, 'thrown').with.property('name', 'DeprecationWarning');
  });

  it('validates its arguments like Node', () => {
    expectThrowsNodeError(() => process.emitWarning(1 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "warning" argument must be of type string or an instance of Error. Received type number (1)',
    });
    expectThrowsNodeError(() => process.emitWarning('m', 1), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "type" argument must be of type string. Received type number (1)',
    });
    expectThrowsNodeError(() => process.emitWarning('m', 'T', 1), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "code" argument must be of type string. Received type number (1)',
    });
  });
});

describe('process.stdout and process.stderr', () => {
  it('print whole lines with console.log, joining partial writes, and return true', async () => {
    let results: boolean[] = [];
    const lines = await capture('log', async () => {
      results = [process.stdout.write('a'), process.stdout.write('b\nc\n'), process.stdout.write(new TextEncoder().encode('d\n'))];
    });
    expect(results).to.deep.equal([true, true, true]);
    expect(lines).to.deep.equal(['ab', 'c', 'd']);
  });

  it('print a partial line when the task ends, and call write callbacks', async () => {
    let called = 0;
    const lines = await capture('error', async () => {
      process.stderr.write('partial', () => called++);
      await macrotask();
    });
    expect(lines).to.deep.equal(['partial']);
    expect(called).to.equal(1);
  });

  it('stdin is empty and ends', async () => {
    const ended = new Promise<void>((resolve) => process.stdin.once('end', resolve));
    process.stdin.resume();
    await ended;
    expect(process.stdin.read()).to.equal(null);
  });
});
