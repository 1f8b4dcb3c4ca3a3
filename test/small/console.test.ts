import { expect } from 'chai';
import golden from '../golden/node16-console.json';
import consoleModule, { Console, log, warn } from '../../src/console/index.js';
import { CASES, makeStreams, normalize, type Write } from './console-cases.mjs';
import { expectThrowsNodeError } from '../support/node-error.js';

const GOLDEN = golden.cases as unknown as Record<string, Write[]>;

function makeConsole(options: (typeof CASES)[number]['options'] = {}) {
  const streams = makeStreams();
  const { noStderr, legacy, ...rest } = options;
  const c = legacy
    ? new Console(streams.stdout, streams.stderr)
    : new Console({ stdout: streams.stdout, ...(noStderr ? {} : { stderr: streams.stderr }), ...(rest as object) } as never);
  return { console: c as unknown as Record<string, (...args: unknown[]) => unknown>, writes: streams.writes };
}

describe('console.Console writes what Node 16 writes (golden)', () => {
  it('covers every golden case', () => {
    expect(CASES.map((c) => c.name)).to.deep.equal(Object.keys(GOLDEN));
  });
  for (const testCase of CASES) {
    it(testCase.name, () => {
      const { console: c, writes } = makeConsole(testCase.options);
      testCase.run(c);
      expect(normalize(writes)).to.deep.equal(GOLDEN[testCase.name]);
    });
  }
});

describe('console.Console', () => {
  const w = { write() {} };

  it("validates its options with Node's errors", () => {
    expectThrowsNodeError(() => new Console(undefined as never), { type: TypeError, code: 'ERR_CONSOLE_WRITABLE_STREAM', message: 'Console expects a writable stream instance for stdout' });
    expectThrowsNodeError(() => new Console({} as never), { type: TypeError, code: 'ERR_CONSOLE_WRITABLE_STREAM', message: 'Console expects a writable stream instance for stdout' });
    expectThrowsNodeError(() => new Console({ stdout: w, stderr: 5 as never }), { type: TypeError, code: 'ERR_CONSOLE_WRITABLE_STREAM', message: 'Console expects a writable stream instance for stderr' });
    expectThrowsNodeError(() => new Console({ stdout: w, colorMode: 'x' as never }), { type: TypeError, code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'colorMode' is invalid. Received 'x'" });
    expectThrowsNodeError(() => new Console({ stdout: w, groupIndentation: -1 }), { type: RangeError, code: 'ERR_OUT_OF_RANGE', message: 'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received -1' });
    expectThrowsNodeError(() => new Console({ stdout: w, groupIndentation: 'a' as never }), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: `The "groupIndentation" argument must be of type number. Received type string ('a')` });
    expectThrowsNodeError(() => new Console({ stdout: w, inspectOptions: 5 as never }), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.inspectOptions" property must be of type object. Received type number (5)' });
    expectThrowsNodeError(() => new Console({ stdout: w, inspectOptions: { colors: true }, colorMode: true }), {
      type: TypeError,
      code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
      message: 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"',
    });
    expectThrowsNodeError(() => new Console(w).table([], 5 as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "properties" argument must be an instance of Array. Received type number (5)' });
  });

  it('is callable without new and binds its methods as own properties', () => {
    const c = (Console as unknown as (s: object) => Console)(w);
    expect(c).to.be.instanceOf(Console);
    expect(Object.keys(c)).to.deep.equal(['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed']);
  });

  it('formats durations as Node does', () => {
    const { stdout, writes } = makeStreams();
    const c = new Console(stdout);
    c.time('t');
    c.timeEnd('t');
    expect(writes[0]![1]).to.match(/^t: \d+(\.\d{1,3})?ms\n$/);
  });

  it('swallows stream errors unless ignoreErrors is false', () => {
    const bad = { write() { throw new Error('broken'); } };
    expect(() => new Console(bad).log('x')).to.not.throw();
    expect(() => new Console({ stdout: bad, ignoreErrors: false }).log('x')).to.throw('broken');
  });
});

describe('console (the module)', () => {
  it("forwards to the page's console at call time", () => {
    const seen: unknown[] = [];
    const original = globalThis.console.log;
    const originalWarn = globalThis.console.warn;
    globalThis.console.log = (...args: unknown[]) => seen.push(['log', ...args]);
    globalThis.console.warn = (...args: unknown[]) => seen.push(['warn', ...args]);
    try {
      log('a', 1);
      warn('b');
      consoleModule.log('c');
      consoleModule._stdout.write('d\n');
    } finally {
      globalThis.console.log = original;
      globalThis.console.warn = originalWarn;
    }
    expect(seen).to.deep.equal([['log', 'a', 1], ['warn', 'b'], ['log', 'c'], ['log', 'd']]);
  });

  it('has Console and does nothing for a method the page lacks', () => {
    expect(consoleModule.Console).to.equal(Console);
    expect(() => consoleModule.timeStamp('x')).to.not.throw();
    expect(consoleModule._ignoreErrors).to.equal(true);
  });
});
