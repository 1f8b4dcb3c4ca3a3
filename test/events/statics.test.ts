// events.once, events.on, getEventListeners and setMaxListeners: the rules, and where
// polynode deliberately differs from Node 16 (EventTarget listener lists, removal of the
// listeners it adds to an EventTarget).
import { expect } from 'chai';
import { EventEmitter, getEventListeners, on, once, setMaxListeners } from '../../src/events/index.js';
import { expectNodeError, expectThrowsNodeError } from '../support/node-error.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Node 16's AbortError: an Error named AbortError, code ABORT_ERR, a fixed message. */
function expectAbortError(error: unknown): void {
  expect(error).to.be.instanceOf(Error);
  const abort = error as Error & { code?: unknown };
  expect([abort.name, abort.code, abort.message]).to.deep.equal(['AbortError', 'ABORT_ERR', 'The operation was aborted']);
  expect(String(abort)).to.equal('AbortError: The operation was aborted');
}

describe('events.once', () => {
  it('resolves with the arguments of the next event and removes both of its listeners', async () => {
    const e = new EventEmitter();
    const pending = once(e, 'ready');
    expect(e.listenerCount('ready')).to.equal(1);
    expect(e.listenerCount('error')).to.equal(1);
    e.emit('ready', 1, 'two');
    expect(await pending).to.deep.equal([1, 'two']);
    expect(e.listenerCount('ready')).to.equal(0);
    expect(e.listenerCount('error')).to.equal(0);
  });

  it("rejects with the 'error' emitted first, unless it waits for 'error'", async () => {
    const e = new EventEmitter();
    const failure = new Error('failed');
    const pending = once(e, 'ready');
    e.emit('error', failure);
    expect(await rejection(pending)).to.equal(failure);
    const waitingForError = once(e, 'error');
    e.emit('error', failure);
    expect(await waitingForError).to.deep.equal([failure]);
  });

  it('rejects with an AbortError for a signal aborted before or during the wait', async () => {
    const e = new EventEmitter();
    const aborted = new AbortController();
    aborted.abort();
    const before = await rejection(once(e, 'x', { signal: aborted.signal }));
    expectAbortError(before);
    const controller = new AbortController();
    const during = once(e, 'x', { signal: controller.signal });
    controller.abort();
    expectAbortError(await rejection(during));
    expect(e.listenerCount('x')).to.equal(0);
    expect(e.listenerCount('error')).to.equal(0);
  });

  it('rejects with ERR_INVALID_ARG_TYPE for a signal that is not one', async () => {
    expectNodeError(await rejection(once(new EventEmitter(), 'x', { signal: 1 as never })), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
    });
  });

  it("works with the platform's EventTarget, resolving with the event", async () => {
    const target = new EventTarget();
    const pending = once(target, 'ping');
    const event = new Event('ping');
    target.dispatchEvent(event);
    expect(await pending).to.deep.equal([event]);
  });
});

describe('events.on', () => {
  it('buffers events emitted before next() is called and yields them in order', async () => {
    const e = new EventEmitter();
    const iterator = on(e, 'data');
    e.emit('data', 1);
    e.emit('data', 2, 'b');
    expect(await iterator.next()).to.deep.equal({ value: [1], done: false });
    expect(await iterator.next()).to.deep.equal({ value: [2, 'b'], done: false });
    const waiting = iterator.next();
    e.emit('data', 3);
    expect(await waiting).to.deep.equal({ value: [3], done: false });
    await iterator.return!();
  });

  it("turns an 'error' into a rejection, then ends", async () => {
    const e = new EventEmitter();
    const iterator = on(e, 'data');
    const waiting = iterator.next();
    const failure = new Error('broken');
    e.emit('error', failure);
    expect(await rejection(waiting)).to.equal(failure);
    expect(await iterator.next()).to.deep.equal({ value: undefined, done: true });
    expect(e.listenerCount('data')).to.equal(0);
    expect(e.listenerCount('error')).to.equal(0);
  });

  it('return() removes the listeners and resolves pending next() calls as done', async () => {
    const e = new EventEmitter();
    const iterator = on(e, 'data');
    const waiting = iterator.next();
    expect(await iterator.return!()).to.deep.equal({ value: undefined, done: true });
    expect(await waiting).to.deep.equal({ value: undefined, done: true });
    expect(e.listenerCount('data')).to.equal(0);
    expect(e.listenerCount('error')).to.equal(0);
  });

  it('throw(error) removes the listeners and makes the next next() reject; it refuses a non-Error', async () => {
    const e = new EventEmitter();
    const iterator = on(e, 'data');
    const failure = new Error('stop');
    expect(iterator.throw!(failure)).to.equal(undefined);
    expect(e.listenerCount('data')).to.equal(0);
    expect(await rejection(iterator.next())).to.equal(failure);
    expectThrowsNodeError(() => iterator.throw!('no'), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: "The \"EventEmitter.AsyncIterator\" property must be an instance of Error. Received type string ('no')",
    });
  });

  it('breaking out of for await removes the listeners', async () => {
    const e = new EventEmitter();
    const seen: unknown[] = [];
    setTimeout(() => {
      e.emit('data', 'a');
      e.emit('data', 'b');
    }, 0);
    for await (const [value] of on(e, 'data')) {
      seen.push(value);
      if (value === 'b') break;
    }
    expect(seen).to.deep.equal(['a', 'b']);
    expect(e.listenerCount('data')).to.equal(0);
  });

  it('rejects with an AbortError when the signal aborts, and throws at once for an aborted one', async () => {
    const e = new EventEmitter();
    const controller = new AbortController();
    const iterator = on(e, 'data', { signal: controller.signal });
    const waiting = iterator.next();
    controller.abort();
    expectAbortError(await rejection(waiting));
    expect(e.listenerCount('data')).to.equal(0);
    let thrown: unknown;
    try {
      on(e, 'data', { signal: controller.signal });
    } catch (error) {
      thrown = error;
    }
    expectAbortError(thrown);
  });

  it('return() on an EventTarget removes the listener it added (Node 16 leaves it: documented difference)', async () => {
    const target = new EventTarget();
    const iterator = on(target, 'ping');
    target.dispatchEvent(new Event('ping'));
    expect((await iterator.next()).done).to.equal(false);
    await iterator.return!();
    target.dispatchEvent(new Event('ping'));
    expect(await iterator.next()).to.deep.equal({ value: undefined, done: true });
  });
});

describe('events.getEventListeners and events.setMaxListeners', () => {
  it('lists the listeners of an EventEmitter, once listeners unwrapped', () => {
    const e = new EventEmitter();
    const a = (): void => {};
    const b = (): void => {};
    e.on('x', a).once('x', b);
    expect(getEventListeners(e, 'x')).to.deep.equal([a, b]);
  });

  it('throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM for an EventTarget, whose listeners a page cannot list', () => {
    expectThrowsNodeError(() => getEventListeners(new EventTarget(), 'x'), {
      type: TypeError,
      code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      message:
        'The feature events.getEventListeners(EventTarget) is unavailable on the current platform, which is being used to run Node.js',
    });
  });

  it('throws ERR_INVALID_ARG_TYPE for anything else', () => {
    expectThrowsNodeError(() => getEventListeners({} as never, 'x'), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object',
    });
  });

  it('sets the limit of each target, or the default without targets', () => {
    const a = new EventEmitter();
    const target = new EventTarget();
    try {
      setMaxListeners(2, a, target);
      expect(a.getMaxListeners()).to.equal(2);
      expect((target as unknown as Record<symbol, unknown>)[EventEmitter.kMaxEventTargetListeners]).to.equal(2);
      setMaxListeners(5);
      expect(EventEmitter.defaultMaxListeners).to.equal(5);
      expectThrowsNodeError(() => setMaxListeners(-1), {
        type: RangeError,
        code: 'ERR_OUT_OF_RANGE',
        message: 'The value of "n" is out of range. It must be a non-negative number. Received -1',
      });
    } finally {
      EventEmitter.defaultMaxListeners = 10;
    }
  });
});
