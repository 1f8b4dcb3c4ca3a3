import { expect } from 'chai';
import dc, { Channel, channel, hasSubscribers } from '../../src/diagnostics_channel/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

describe('diagnostics_channel', () => {
  it('returns the same channel for the same name, strings and symbols', () => {
    const a = channel('polynode:a');
    expect(channel('polynode:a')).to.equal(a);
    expect(a.name).to.equal('polynode:a');
    const s = Symbol('s');
    expect(channel(s).name).to.equal(s);
    expect(a).to.be.instanceOf(Channel);
    expect(Object.keys(a)).to.deep.equal(['_subscribers', 'name']);
    expect(dc.channel).to.equal(channel);
  });

  it('validates the name and the subscriber like Node 16', () => {
    expectThrowsNodeError(() => channel(5 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "channel" argument must be one of type string or symbol. Received type number (5)',
    });
    const c = channel('polynode:validate');
    expectThrowsNodeError(() => c.subscribe(5 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "subscription" argument must be of type function. Received type number (5)',
    });
    expect(hasSubscribers(5 as never)).to.equal(false);
  });

  it('publishes to subscribers with the message and the name, and switches prototypes', () => {
    const c = channel('polynode:pub');
    expect(c.hasSubscribers).to.equal(false);
    expect((c as unknown as { unsubscribe?: unknown }).unsubscribe).to.equal(undefined);
    const seen: unknown[] = [];
    const f = (message: unknown, name: string | symbol) => seen.push([message, name]);
    c.subscribe(f);
    expect(c.hasSubscribers).to.equal(true);
    expect(hasSubscribers('polynode:pub')).to.equal(true);
    expect(c).to.be.instanceOf(Channel);
    expect(Object.getPrototypeOf(c)).to.not.equal(Channel.prototype);
    c.publish(1);
    expect(seen).to.deep.equal([[1, 'polynode:pub']]);
    const active = c as unknown as { unsubscribe(f: unknown): unknown };
    expect(active.unsubscribe(f)).to.equal(undefined);
    expect(c.hasSubscribers).to.equal(false);
    expect(Object.getPrototypeOf(c)).to.equal(Channel.prototype);
    c.publish(2);
    expect(seen).to.have.length(1);
  });

  it('keeps calling subscribers after one throws', () => {
    const c = channel('polynode:throws');
    const seen: number[] = [];
    // Keep the error from reaching the test runner: swallow it where it is reported.
    const boom = () => {
      seen.push(1);
      throw Object.assign(new Error('boom'), { swallowed: true });
    };
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = () => {};
    try {
      c.subscribe(boom);
      c.subscribe(() => seen.push(2));
      c.publish('x');
    } finally {
      globalThis.queueMicrotask = original;
    }
    expect(seen).to.deep.equal([1, 2]);
  });

  it("has Node 16's Channel prototype", () => {
    expect(Object.getOwnPropertyNames(Channel.prototype)).to.deep.equal(['constructor', 'subscribe', 'hasSubscribers', 'publish']);
  });
});
