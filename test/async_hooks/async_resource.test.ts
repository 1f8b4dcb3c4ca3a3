// polynode's async_hooks.AsyncResource, createHook and the async ids. Shapes and error
// messages were checked against real Node 16.13.1 (scripts/node16.sh).
import { expect } from 'chai';
import { AsyncResource, createHook, executionAsyncId, executionAsyncResource, triggerAsyncId } from '../../src/async_hooks/index.js';
import { uninstall } from '../../src/internal/async-context/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

afterEach(() => uninstall());

describe('async_hooks.AsyncResource', () => {
  it('validates like Node 16: type must be a string, triggerAsyncId a safe integer ≥ -1', () => {
    expectThrowsNodeError(() => new AsyncResource(1 as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "type" argument must be of type string. Received type number (1)' });
    expectThrowsNodeError(() => new AsyncResource('x', { triggerAsyncId: -2 }), { type: RangeError, code: 'ERR_INVALID_ASYNC_ID', message: 'Invalid triggerAsyncId value: -2' });
    expect(() => new AsyncResource('')).to.not.throw();
  });

  it('has ids: asyncId() is new, triggerAsyncId() is the executionAsyncId() of its creation (1 at the top level)', () => {
    const a = new AsyncResource('A');
    const b = new AsyncResource('B');
    expect(b.asyncId()).to.equal(a.asyncId() + 1);
    expect(a.triggerAsyncId()).to.equal(1);
    expect(new AsyncResource('C', { triggerAsyncId: 7 }).triggerAsyncId()).to.equal(7);
    expect(new AsyncResource('D', 9).triggerAsyncId()).to.equal(9);
    a.runInAsyncScope(() => {
      expect(executionAsyncId()).to.equal(a.asyncId());
      expect(triggerAsyncId()).to.equal(1);
      expect(executionAsyncResource()).to.equal(a);
      expect(new AsyncResource('E').triggerAsyncId()).to.equal(a.asyncId());
    });
    expect(executionAsyncId()).to.equal(1);
    expect(triggerAsyncId()).to.equal(0);
    expect(typeof executionAsyncResource()).to.equal('object');
  });

  it('runInAsyncScope passes thisArg and arguments and returns the result', () => {
    const r = new AsyncResource('X');
    expect(r.runInAsyncScope(function (this: unknown, a: number, b: number) {
      return [this, a + b];
    }, 'self', 1, 2)).to.deep.equal(['self', 3]);
  });

  it("bind: Node 16's bound function (length, asyncResource, this defaults to the resource)", () => {
    const r = new AsyncResource('X');
    const bound = r.bind(function f(this: unknown, _a: number, _b: number) {
      return this;
    });
    expect(bound.length).to.equal(2);
    expect(bound.name).to.equal('bound runInAsyncScope');
    expect(bound.asyncResource).to.equal(r);
    expect(Object.getOwnPropertyDescriptor(bound, 'asyncResource')).to.deep.include({ enumerable: true, writable: true, configurable: true });
    expect(bound(1, 2)).to.equal(r);
    expect(r.bind(function (this: unknown) { return this; }, 'me')()).to.equal('me');
    expectThrowsNodeError(() => r.bind(1 as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "fn" argument must be of type function. Received type number (1)' });
    const s = AsyncResource.bind(function named() { return 1; });
    expect(s()).to.equal(1);
    expect(s.asyncResource).to.be.instanceOf(AsyncResource);
  });

  it('emitDestroy returns the resource', () => {
    const r = new AsyncResource('X');
    expect(r.emitDestroy()).to.equal(r);
  });
});

describe('async_hooks.createHook', () => {
  it('throws ERR_ASYNC_CALLBACK for a callback that is not a function', () => {
    expectThrowsNodeError(() => createHook({ init: 1 as never }), { type: TypeError, code: 'ERR_ASYNC_CALLBACK', message: 'hook.init must be a function' });
    expectThrowsNodeError(() => createHook({ destroy: 'x' as never }), { type: TypeError, code: 'ERR_ASYNC_CALLBACK', message: 'hook.destroy must be a function' });
  });

  it('enable()/disable() return the hook; an enabled hook sees AsyncResource init, before, after and destroy (only those)', async () => {
    const events: string[] = [];
    const hook = createHook({
      init: (id, type, trigger) => events.push(`init ${type} ${trigger}`),
      before: () => events.push('before'),
      after: () => events.push('after'),
      destroy: () => events.push('destroy'),
    });
    expect(hook.constructor.name).to.equal('AsyncHook');
    expect(hook.enable()).to.equal(hook);
    const r = new AsyncResource('Thing');
    r.runInAsyncScope(() => events.push('body'));
    r.emitDestroy();
    await Promise.resolve().then(() => {});
    expect(hook.disable()).to.equal(hook);
    new AsyncResource('Ignored').emitDestroy();
    expect(events).to.deep.equal(['init Thing 1', 'before', 'body', 'after', 'destroy']);
  });
});
