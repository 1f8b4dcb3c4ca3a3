// polynode's timers and timers/promises.
import { expect } from 'chai';
import timers, { setTimeout, setInterval, setImmediate, clearTimeout, clearImmediate } from '../../src/timers/index.js';
import * as timersPromises from '../../src/timers/promises/index.js';
import { promisify } from '../../src/util/index.js';
import { expectThrowsNodeError, expectNodeError } from '../support/node-error.js';

const wait = (ms: number) => new Promise((resolve) => globalThis.setTimeout(resolve, ms));

describe('timers: Timeout and Immediate objects', () => {
  it('setTimeout returns a Timeout with ref/unref/hasRef/refresh/close and a numeric id', async () => {
    let calls = 0;
    const timer = setTimeout((a: number, b: number) => (calls += a + b), 1, 1, 2);
    expect(timer.constructor.name).to.equal('Timeout');
    expect(timer.hasRef()).to.equal(true);
    expect(timer.unref()).to.equal(timer);
    expect(timer.hasRef()).to.equal(false);
    expect(timer.ref().hasRef()).to.equal(true);
    expect(typeof +timer).to.equal('number');
    expect(timer._idleTimeout).to.equal(1);
    await wait(20);
    expect(calls).to.equal(3);
    timer.refresh();
    await wait(20);
    expect(calls).to.equal(6);
  });

  it('clearTimeout accepts the numeric id and close() cancels', async () => {
    let calls = 0;
    const a = setTimeout(() => calls++, 1);
    clearTimeout(+a);
    const b = setTimeout(() => calls++, 1);
    expect(b.close()).to.equal(b);
    const c = setInterval(() => calls++, 1);
    clearTimeout(String(+c));
    await wait(20);
    expect(calls).to.equal(0);
  });

  it('coerces delays like Node (NaN, negative, too big become 1)', () => {
    for (const delay of [NaN, -5, 'x', undefined]) {
      const timer = setTimeout(() => {}, delay as never);
      expect(timer._idleTimeout).to.equal(1);
      clearTimeout(timer);
    }
  });

  it('setImmediate returns an Immediate, runs before a setTimeout(0) from the same callback, and is cleared by clearImmediate', async () => {
    const order: string[] = [];
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        setTimeout(() => {
          order.push('timeout');
          resolve();
        }, 0);
        const kept = setImmediate((x: string) => order.push(`immediate ${x}`), 'x');
        expect(kept.constructor.name).to.equal('Immediate');
        expect(kept.hasRef()).to.equal(true);
        clearImmediate(setImmediate(() => order.push('cleared')));
      }, 0),
    );
    expect(order).to.deep.equal(['immediate x', 'timeout']);
  });

  it('throws ERR_INVALID_CALLBACK for a non-function callback, as Node 16 does', () => {
    for (const fn of [setTimeout, setInterval, setImmediate] as ((...args: unknown[]) => unknown)[]) {
      expectThrowsNodeError(() => fn('x'), { type: TypeError, code: 'ERR_INVALID_CALLBACK', message: "Callback must be a function. Received 'x'" });
    }
  });

  it('util.promisify(setTimeout) and (setImmediate) are the timers/promises functions', async () => {
    expect(promisify(setTimeout)).to.equal(timersPromises.setTimeout);
    expect(promisify(setImmediate)).to.equal(timersPromises.setImmediate);
    expect(await promisify(setTimeout)(1, 'v')).to.equal('v');
  });

  it('the default export carries every function', () => {
    expect(timers.setTimeout).to.equal(setTimeout);
    expect(Object.keys(timers).sort()).to.deep.equal(
      ['_unrefActive', 'active', 'clearImmediate', 'clearInterval', 'clearTimeout', 'enroll', 'setImmediate', 'setInterval', 'setTimeout', 'unenroll'],
    );
  });
});

describe('timers/promises', () => {
  const aborted = () => {
    const controller = new AbortController();
    controller.abort();
    return controller.signal;
  };
  const abortError = { type: Error, code: 'ABORT_ERR', message: 'The operation was aborted' };
  const reason = async (promise: Promise<unknown>) => promise.then(() => expect.fail('resolved'), (error: unknown) => error);

  it('setTimeout and setImmediate resolve with the value', async () => {
    expect(await timersPromises.setTimeout(1, 'a')).to.equal('a');
    expect(await timersPromises.setImmediate('b')).to.equal('b');
  });

  it('reject with AbortError for an aborted signal, or when aborted while waiting', async () => {
    for (const promise of [timersPromises.setTimeout(1, 'v', { signal: aborted() }), timersPromises.setImmediate('v', { signal: aborted() })]) {
      const error = (await reason(promise)) as Error;
      expect(error.name).to.equal('AbortError');
      expect((error as { code?: string }).code).to.equal(abortError.code);
      expect(error.message).to.equal(abortError.message);
    }
    const controller = new AbortController();
    const pending = timersPromises.setTimeout(1000, 'v', { signal: controller.signal });
    controller.abort();
    expect(((await reason(pending)) as Error).name).to.equal('AbortError');
  });

  it('reject (never throw) invalid options with Node errors', async () => {
    expectNodeError(await reason(timersPromises.setTimeout(1, 'v', null as never)), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options" argument must be of type object. Received null',
    });
    expectNodeError(await reason(timersPromises.setTimeout(1, 'v', { signal: 1 as never })), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
    });
    expectNodeError(await reason(timersPromises.setImmediate('v', { ref: 1 as never })), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.ref" property must be of type boolean. Received type number (1)',
    });
  });

  it('setInterval is an async iterator that stops on return() and rejects on abort', async () => {
    const iterator = timersPromises.setInterval(2, 'i');
    expect(await iterator.next()).to.deep.equal({ value: 'i', done: false });
    expect(await iterator.next()).to.deep.equal({ value: 'i', done: false });
    expect(await iterator.return()).to.deep.equal({ value: undefined, done: true });
    const controller = new AbortController();
    const aborting = timersPromises.setInterval(1000, 'i', { signal: controller.signal });
    const next = aborting.next();
    controller.abort();
    expect(((await reason(next)) as Error).name).to.equal('AbortError');
    expect(((await reason(timersPromises.setInterval(1, 'i', { signal: aborted() }).next())) as Error).name).to.equal('AbortError');
  });
});
