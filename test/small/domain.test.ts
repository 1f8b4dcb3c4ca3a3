import { expect } from 'chai';
import domainModule, { Domain, create, createDomain, _stack } from '../../src/domain/index.js';
import * as domainNs from '../../src/domain/index.js';
import { EventEmitter } from '../../src/events/index.js';

describe('domain', () => {
  it('creates EventEmitters with members', () => {
    const d = create();
    expect(d).to.be.instanceOf(Domain).and.instanceOf(EventEmitter);
    expect(Object.keys(d)).to.include('members');
    expect(createDomain).to.equal(create);
    expect(domainNs.active).to.equal(null);
  });

  it('run returns the value and makes the domain active meanwhile', () => {
    const d = create();
    const seen: unknown[] = [];
    const result = d.run((a: number) => {
      seen.push(domainNs.active === d, domainModule.active === d, _stack.length);
      return a * 2;
    }, 21);
    expect(result).to.equal(42);
    expect(seen).to.deep.equal([true, true, 1]);
    expect(domainNs.active).to.equal(null);
    expect(_stack).to.have.length(0);
  });

  it("routes a synchronous throw to 'error' with domainThrown", () => {
    const d = create();
    const errors: Array<Error & { domainThrown?: boolean; domain?: unknown }> = [];
    d.on('error', (e) => errors.push(e));
    expect(d.run(() => {
      throw new Error('sync');
    })).to.equal(undefined);
    expect(errors).to.have.length(1);
    expect(errors[0]!.domainThrown).to.equal(true);
    expect(errors[0]!.domain).to.equal(d);
    expect(Object.keys(errors[0]!)).to.deep.equal(['domainThrown']);
  });

  it("rethrows when the domain has no 'error' listener", () => {
    expect(() => create().run(() => {
      throw new Error('unhandled');
    })).to.throw('unhandled');
    expect(_stack).to.have.length(0);
  });

  it('intercept routes error-first callbacks and bind runs inside the domain', () => {
    const d = create();
    const errors: Array<Error & { domainThrown?: boolean; domainBound?: unknown }> = [];
    d.on('error', (e) => errors.push(e));
    const calls: unknown[] = [];
    const cb = (a: unknown) => calls.push(a);
    const intercepted = d.intercept(cb);
    intercepted(new Error('ie'));
    intercepted(null, 7);
    expect(calls).to.deep.equal([7]);
    expect(errors[0]!.domainThrown).to.equal(false);
    expect(errors[0]!.domainBound).to.equal(cb);
    expect(Object.keys(errors[0]!)).to.deep.equal(['domainBound', 'domainThrown']);
    const bound = d.bind(() => domainNs.active);
    expect(bound()).to.equal(d);
    expect((bound as unknown as { domain: unknown }).domain).to.equal(d);
  });

  it('add and remove track members', () => {
    const d = create();
    const e = new EventEmitter() as EventEmitter & { domain?: unknown };
    d.add(e);
    expect(d.members).to.deep.equal([e]);
    expect(e.domain).to.equal(d);
    d.remove(e);
    expect(d.members).to.deep.equal([]);
    expect(e.domain).to.equal(null);
  });
});
