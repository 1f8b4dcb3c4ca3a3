// EventEmitter's rules, one test each. The traces of test/events/golden.test.ts compare the
// same behaviour with real Node 16.13.1; these spell the rules out and cover what a trace
// cannot (identity, the module's bindings, TypeScript subclassing).
import { expect } from 'chai';
import events, * as namespace from '../../src/events/index.js';
import { EventEmitter, captureRejectionSymbol, errorMonitor } from '../../src/events/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('events.EventEmitter: construction and inheritance', () => {
  it('is the default export and its own EventEmitter property', () => {
    expect(events).to.equal(EventEmitter);
    expect(EventEmitter.EventEmitter).to.equal(EventEmitter);
    expect(EventEmitter.name).to.equal('EventEmitter');
  });

  it('gives each instance _events (null prototype), _eventsCount and _maxListeners, in that order', () => {
    const e = new EventEmitter();
    expect(Object.keys(e)).to.deep.equal(['_events', '_eventsCount', '_maxListeners']);
    expect(Object.getPrototypeOf(e._events)).to.equal(null);
    expect(e._eventsCount).to.equal(0);
    expect(e._maxListeners).to.equal(undefined);
  });

  it('works the old way: EventEmitter.call(this) and a prototype chain made by hand (util.inherits)', () => {
    function Legacy(this: { name?: string }, name: string) {
      EventEmitter.call(this);
      this.name = name;
    }
    Legacy.prototype = Object.create(EventEmitter.prototype, {
      constructor: { value: Legacy, writable: true, configurable: true },
    }) as object;
    const legacy = new (Legacy as unknown as new (name: string) => EventEmitter & { name: string })('old');
    const seen: unknown[] = [];
    legacy.on('ping', (value) => seen.push(value));
    expect(legacy.emit('ping', 1)).to.equal(true);
    expect(seen).to.deep.equal([1]);
    expect(legacy).to.be.instanceOf(EventEmitter);
    expect(Object.keys(legacy)).to.deep.equal(['_events', '_eventsCount', '_maxListeners', 'name']);
  });

  it('works with Object.setPrototypeOf on an existing object', () => {
    const target = { kind: 'plain' };
    EventEmitter.call(target);
    Object.setPrototypeOf(target, EventEmitter.prototype);
    const emitter = target as unknown as EventEmitter;
    let calls = 0;
    emitter.once('x', () => calls++);
    emitter.emit('x');
    emitter.emit('x');
    expect(calls).to.equal(1);
  });

  it('can be extended by a TypeScript class, whose methods keep returning this', () => {
    class Job extends EventEmitter {
      start(): this {
        return this.emit('start', 'job') ? this : this;
      }
    }
    const job = new Job();
    const seen: string[] = [];
    expect(job.on('start', (name: string) => seen.push(name))).to.equal(job);
    job.start();
    expect(seen).to.deep.equal(['job']);
  });

  it('throws ERR_INVALID_ARG_TYPE for a truthy non-boolean captureRejections option', () => {
    expectThrowsNodeError(() => new EventEmitter({ captureRejections: 1 as unknown as boolean }), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
    });
  });
});

describe('events.EventEmitter: adding, emitting, removing', () => {
  it('keeps a single function, then an array, then a single function again in _events', () => {
    const e = new EventEmitter();
    const a = (): void => {};
    const b = (): void => {};
    e.on('x', a);
    expect(e._events!.x).to.equal(a);
    e.on('x', b);
    expect(e._events!.x).to.deep.equal([a, b]);
    e.off('x', a);
    expect(e._events!.x).to.equal(b);
    expect(e._eventsCount).to.equal(1);
  });

  it('emits over a copy: a listener removed during emit still runs in that round', () => {
    const e = new EventEmitter();
    const order: string[] = [];
    const second = (): void => {
      order.push('second');
    };
    e.on('x', () => {
      order.push('first');
      e.off('x', second);
    });
    e.on('x', second);
    e.emit('x');
    e.emit('x');
    expect(order).to.deep.equal(['first', 'second', 'first']);
  });

  it("announces 'newListener' before adding and 'removeListener' after removing", () => {
    const e = new EventEmitter();
    const log: string[] = [];
    const fn = (): void => {};
    e.on('newListener', (name: string, listener: unknown) => log.push(`new ${name} ${listener === fn} count ${e.listenerCount(name)}`));
    e.on('removeListener', (name: string, listener: unknown) => log.push(`removed ${name} ${listener === fn} count ${e.listenerCount(name)}`));
    e.once('x', fn);
    e.off('x', fn);
    expect(log).to.deep.equal(['new removeListener false count 0', 'new x true count 0', 'removed x true count 0']);
  });

  it('wraps once listeners: rawListeners has the wrapper, listeners the original, off(original) removes it', () => {
    const e = new EventEmitter();
    const fn = (): string => 'done';
    e.once('x', fn);
    const [wrapper] = e.rawListeners('x') as [(() => unknown) & { listener?: unknown }];
    expect(wrapper).not.to.equal(fn);
    expect(wrapper.listener).to.equal(fn);
    expect(e.listeners('x')).to.deep.equal([fn]);
    e.off('x', fn);
    expect(e.listenerCount('x')).to.equal(0);
    e.once('y', fn);
    const [direct] = e.rawListeners('y') as [() => unknown];
    expect(direct()).to.equal('done');
    expect(direct()).to.equal(undefined);
    expect(e.listenerCount('y')).to.equal(0);
  });

  it('throws ERR_INVALID_ARG_TYPE for a listener that is not a function, naming what it got', () => {
    const e = new EventEmitter();
    expectThrowsNodeError(() => e.on('x', undefined as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "listener" argument must be of type function. Received undefined',
    });
    expectThrowsNodeError(() => e.once('x', {} as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "listener" argument must be of type function. Received an instance of Object',
    });
    expectThrowsNodeError(() => e.removeListener('x', 'str' as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: "The \"listener\" argument must be of type function. Received type string ('str')",
    });
  });
});

describe("events.EventEmitter: 'error'", () => {
  it('throws the emitted Error itself when nobody listens', () => {
    const e = new EventEmitter();
    const error = new Error('boom');
    expect(() => e.emit('error', error)).to.throw().that.equals(error);
  });

  it('throws ERR_UNHANDLED_ERROR with the value as context for a non-Error', () => {
    const e = new EventEmitter();
    const thrown = expectThrowsNodeError(() => e.emit('error', { code: 42 }), {
      type: Error,
      code: 'ERR_UNHANDLED_ERROR',
      message: 'Unhandled error. ({ code: 42 })',
    }) as Error & { context?: unknown };
    expect(thrown.context).to.deep.equal({ code: 42 });
    expectThrowsNodeError(() => e.emit('error'), { type: Error, code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. (undefined)' });
  });

  it('runs errorMonitor listeners before the error listeners, and before throwing', () => {
    const e = new EventEmitter();
    const log: string[] = [];
    e.on(errorMonitor, (err: Error) => log.push(`monitor ${err.message}`));
    expect(() => e.emit('error', new Error('one'))).to.throw('one');
    e.on('error', (err: Error) => log.push(`handler ${err.message}`));
    expect(e.emit('error', new Error('two'))).to.equal(true);
    expect(log).to.deep.equal(['monitor one', 'monitor two', 'handler two']);
  });
});

describe('events.EventEmitter: captureRejections', () => {
  it("routes the rejection of an async listener to 'error'", async () => {
    const e = new EventEmitter({ captureRejections: true });
    const errors: string[] = [];
    e.on('job', async () => {
      await Promise.resolve();
      throw new Error('async failure');
    });
    e.on('error', (err: Error) => errors.push(err.message));
    e.emit('job');
    expect(errors).to.deep.equal([]);
    await tick();
    expect(errors).to.deep.equal(['async failure']);
  });

  it('hands the rejection to a Symbol.for(\'nodejs.rejection\') method when there is one', async () => {
    const e = new EventEmitter({ captureRejections: true });
    const seen: unknown[] = [];
    e[captureRejectionSymbol] = (error, name, ...args) => seen.push((error as Error).message, name, ...args);
    e.on('job', () => Promise.reject(new Error('nope')));
    e.emit('job', 1, 2);
    await tick();
    expect(seen).to.deep.equal(['nope', 'job', 1, 2]);
  });

  it('EventEmitter.captureRejections sets the default of new emitters and is validated', () => {
    try {
      EventEmitter.captureRejections = true;
      expect(EventEmitter.captureRejections).to.equal(true);
      expect(namespace.captureRejections).to.equal(true);
      expectThrowsNodeError(
        () => {
          EventEmitter.captureRejections = 'yes' as never;
        },
        {
          type: TypeError,
          code: 'ERR_INVALID_ARG_TYPE',
          message: "The \"EventEmitter.captureRejections\" property must be of type boolean. Received type string ('yes')",
        },
      );
    } finally {
      EventEmitter.captureRejections = false;
    }
    expect(namespace.captureRejections).to.equal(false);
  });
});

describe('events: module bindings', () => {
  it('defaultMaxListeners is a live binding that follows EventEmitter.defaultMaxListeners', () => {
    try {
      EventEmitter.defaultMaxListeners = 3;
      expect(namespace.defaultMaxListeners).to.equal(3);
      expect(new EventEmitter().getMaxListeners()).to.equal(3);
      expectThrowsNodeError(
        () => {
          EventEmitter.defaultMaxListeners = -1;
        },
        {
          type: RangeError,
          code: 'ERR_OUT_OF_RANGE',
          message: 'The value of "defaultMaxListeners" is out of range. It must be a non-negative number. Received -1',
        },
      );
    } finally {
      EventEmitter.defaultMaxListeners = 10;
    }
    expect(namespace.defaultMaxListeners).to.equal(10);
  });

  it("usingDomains is false, as in a Node program that never loads domain", () => {
    expect(EventEmitter.usingDomains).to.equal(false);
    expect(namespace.usingDomains).to.equal(false);
  });

  it('the statics are the named exports', () => {
    expect(EventEmitter.once).to.equal(namespace.once);
    expect(EventEmitter.on).to.equal(namespace.on);
    expect(EventEmitter.getEventListeners).to.equal(namespace.getEventListeners);
    expect(EventEmitter.setMaxListeners).to.equal(namespace.setMaxListeners);
    expect(EventEmitter.listenerCount).to.equal(namespace.listenerCount);
    expect(EventEmitter.init).to.equal(namespace.init);
    expect(EventEmitter.errorMonitor).to.equal(errorMonitor);
    expect(EventEmitter.captureRejectionSymbol).to.equal(Symbol.for('nodejs.rejection'));
  });
});
