// The MaxListenersExceededWarning and the warnings helper (src/internal/warnings.ts).
//
// Until polynode's process module installs its emitWarning, warnings are printed with
// console.warn in Node's format. In the [dist] run of these tests the events module uses the
// built copy of the helper while this file imports the source copy, so a handler installed
// here is not the one events calls; that test then checks the printed line instead.
import { expect } from 'chai';
import { EventEmitter } from '../../src/events/index.js';
import { emitWarning, formatWarning, setWarningHandler, type Warning } from '../../src/internal/warnings.js';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Collects what console.warn prints while `fn` and one macrotask run. */
async function printed(fn: () => void): Promise<string[]> {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  try {
    fn();
    await tick();
  } finally {
    console.warn = original;
  }
  return lines;
}

const LEAK = 'Possible EventEmitter memory leak detected. 3 job listeners added to [EventEmitter]. Use emitter.setMaxListeners() to increase limit';

describe('events: the MaxListenersExceededWarning', () => {
  it("prints Node's line once per event name, one tick later", async () => {
    const e = new EventEmitter();
    e.setMaxListeners(2);
    let synchronously = -1;
    const lines = await printed(() => {
      for (let i = 0; i < 5; i++) e.on('job', () => {});
      synchronously = 0;
    });
    expect(synchronously).to.equal(0);
    expect(lines).to.deep.equal([`(node:1) MaxListenersExceededWarning: ${LEAK}`]);
    expect((e._events!.job as unknown as { warned?: boolean }).warned).to.equal(true);
  });

  it('carries name, emitter, type and count on the warning', async () => {
    const e = new EventEmitter();
    e.setMaxListeners(2);
    const received: Warning[] = [];
    const previous = setWarningHandler((warning) => received.push(warning));
    let lines: string[];
    try {
      lines = await printed(() => {
        for (let i = 0; i < 3; i++) e.on('job', () => {});
      });
    } finally {
      setWarningHandler(previous);
    }
    if (received.length === 0) {
      // [dist]: the built events module printed through its own copy of the helper.
      expect(lines).to.deep.equal([`(node:1) MaxListenersExceededWarning: ${LEAK}`]);
      return;
    }
    expect(lines).to.deep.equal([]);
    const [warning] = received as [Warning & { emitter?: unknown; type?: unknown; count?: unknown }];
    expect(warning).to.be.instanceOf(Error);
    expect(warning.name).to.equal('MaxListenersExceededWarning');
    expect(warning.message).to.equal(LEAK);
    expect(warning.emitter).to.equal(e);
    expect(warning.type).to.equal('job');
    expect(warning.count).to.equal(3);
    expect(Object.keys(warning)).to.deep.equal(['name', 'emitter', 'type', 'count']);
  });
});

describe('internal/warnings', () => {
  it('formats warnings as Node prints them, with the code in brackets', () => {
    const plain = Object.assign(new Error('text'), { name: 'Warning' });
    const coded = Object.assign(new Error('Buffer() is deprecated'), { name: 'DeprecationWarning', code: 'DEP0005' });
    expect(formatWarning(plain)).to.equal('(node:1) Warning: text');
    expect(formatWarning(coded)).to.equal('(node:1) [DEP0005] DeprecationWarning: Buffer() is deprecated');
  });

  it('emitWarning(message, type, code) prints one microtask later', async () => {
    let before: string[] = [];
    const lines = await printed(() => {
      emitWarning('old API', 'DeprecationWarning', 'DEP0001');
      emitWarning('plain');
      before = [];
    });
    expect(before).to.deep.equal([]);
    expect(lines).to.deep.equal(['(node:1) [DEP0001] DeprecationWarning: old API', '(node:1) Warning: plain']);
  });

  it('sends warnings to the installed handler instead, as Error objects', async () => {
    const received: Warning[] = [];
    const previous = setWarningHandler((warning) => received.push(warning));
    try {
      const lines = await printed(() => emitWarning('handled', 'ExperimentalWarning'));
      expect(lines).to.deep.equal([]);
    } finally {
      expect(setWarningHandler(previous)).to.be.a('function');
    }
    expect(received.map((w) => `${w.name}: ${w.message}`)).to.deep.equal(['ExperimentalWarning: handled']);
  });
});
