// Direct tests of polynode's readline (the behaviour compared with Node 16 lives in
// golden.test.ts): the constructor's shape, errors through the shared helper, keypress
// chunks holding several keys, async iteration with backpressure and early break.
import { expect } from 'chai';
import readline, { Interface, createInterface, cursorTo, emitKeypressEvents } from '../../src/readline/index.js';
import EventEmitter from '../../src/events/index.js';
import { PassThrough, Readable } from '../../src/stream/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('readline.Interface', () => {
  it('is an EventEmitter, callable with or without new, named Interface with length 4', () => {
    const input = new PassThrough();
    const a = new Interface({ input });
    const b = (Interface as unknown as (o: unknown) => Interface)({ input });
    expect(a).to.be.instanceOf(Interface).and.instanceOf(EventEmitter);
    expect(b).to.be.instanceOf(Interface);
    expect(Interface.name).to.equal('Interface');
    expect(Interface.length).to.equal(4);
    expect(readline.createInterface({ input })).to.be.instanceOf(readline.Interface);
    a.close();
    b.close();
  });

  it('can be subclassed', () => {
    class My extends (Interface as unknown as new (o: unknown) => Interface) {
      hello() {
        return 'hi';
      }
    }
    const rl = new My({ input: new PassThrough() });
    expect(rl.hello()).to.equal('hi');
    expect(rl).to.be.instanceOf(Interface);
    rl.close();
  });

  it('throws ERR_INVALID_ARG_VALUE (RangeError) for a negative historySize', () => {
    expectThrowsNodeError(() => createInterface({ input: new PassThrough(), historySize: -1 }), {
      type: RangeError,
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The argument 'historySize' is invalid. Received -1",
    });
  });

  it('throws ERR_INVALID_CURSOR_POS from cursorTo when only y is given', () => {
    expectThrowsNodeError(() => cursorTo({ write: () => true }, undefined as unknown as number, 1), {
      type: TypeError,
      code: 'ERR_INVALID_CURSOR_POS',
      message: 'Cannot set cursor row without setting its column',
    });
  });

  it('pauses the input when the async iterator buffer is full and resumes on read', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    const input = Readable.from([lines.join('\n') + '\n']);
    const rl = createInterface({ input });
    let pauses = 0;
    rl.on('pause', () => pauses++);
    const got: string[] = [];
    for await (const line of rl) got.push(line);
    expect(got).to.deep.equal(lines);
    expect(pauses).to.be.at.least(1);
  });
});

describe('readline.emitKeypressEvents', () => {
  it('emits one keypress per key of a chunk holding several keys and escape sequences', async () => {
    const input = new PassThrough();
    emitKeypressEvents(input);
    emitKeypressEvents(input); // wiring twice does nothing
    const keys: string[] = [];
    input.on('keypress', (s: string | undefined, key: { name?: string; ctrl: boolean }) => keys.push(`${s === undefined ? '-' : s}:${key.name}${key.ctrl ? '+ctrl' : ''}`));
    input.write('ab\x1b[D\x1b[1;5Cé\x01');
    await tick();
    expect(keys).to.deep.equal(['a:a', 'b:b', '-:left', '-:right+ctrl', 'é:undefined', '\x01:a+ctrl']);
  });

  it('drives a terminal interface from raw input bytes', async () => {
    const input = new PassThrough();
    const written: string[] = [];
    const output = { write: (d: string) => (written.push(d), true), on() {}, removeListener() {} };
    const rl = createInterface({ input, output, terminal: true });
    const lines: string[] = [];
    rl.on('line', (l) => lines.push(l));
    input.write('helo\x1b[Dl\r');
    await tick();
    expect(lines).to.deep.equal(['hello']);
    expect(rl.history).to.deep.equal(['hello']);
    rl.close();
  });
});
