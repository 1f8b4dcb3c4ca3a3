// AsyncLocalStorage across `await`, with the await-lowering build step
// (polynode/async-lowering, bundlers/async-lowering.ts): this file's name ends in `.lowered.test.ts`, so the test
// build runs it through the step, as an app built with polynode's `asyncContext` option would
// be. Every async function, async generator and `for await` below is then a generator driven
// by `Promise.prototype.then`, and the store must be Node 16's after every `await`.
//
// Expectations are Node 16's getStore() results from the study's scenario table
// (/work/shared/notes/async-context-and-workers.md, A4): the rows that need the step (S9–S12,
// S26b, S29b, S33b, S34, S35, S37, S39). async_local_storage.test.ts asserts the same rows
// *without* the step (the documented limitation).
import { expect } from 'chai';
import { AsyncLocalStorage } from '../../src/async_hooks/index.js';
import process from '../../src/process/index.js';
import * as timers from '../../src/timers/index.js';
import * as timersPromises from '../../src/timers/promises/index.js';
import { uninstall } from '../../src/internal/async-context/index.js';

const nativeSetTimeout = globalThis.setTimeout;
/** A promise resolved by a platform timer created outside any patch (captures nothing). */
const timer = (ms: number) => new Promise<void>((resolve) => nativeSetTimeout(resolve, ms));

afterEach(() => {
  uninstall();
});

describe('async_hooks.AsyncLocalStorage with the await-lowering step', () => {
  it('this file really is lowered: an async function returns a promise without native async code', () => {
    async function probe() {
      await null;
    }
    // esbuild's lowering turns `probe` into a plain function calling its `__async` helper.
    expect(Object.prototype.toString.call(probe)).to.equal('[object Function]');
    expect(String(probe)).not.to.match(/^async/);
  });

  it('S9: after `await null` inside run("A", async …) the store is "A"', async () => {
    const als = new AsyncLocalStorage<string>();
    const seen = await als.run('A', async () => {
      await null;
      const first = als.getStore();
      await undefined;
      return [first, als.getStore()];
    });
    expect(seen).to.deep.equal(['A', 'A']);
    expect(als.getStore()).to.equal(undefined);
  });

  it('S10/S37: after awaiting a timer-resolved promise the store is "A", and the returned value carries it', async () => {
    const als = new AsyncLocalStorage<string>();
    const platform = await als.run('A', async () => {
      await timer(2);
      return als.getStore();
    });
    const polynode = await als.run('A', async () => {
      await new Promise((resolve) => timers.setTimeout(resolve, 1));
      await timersPromises.setTimeout(1);
      await timersPromises.setImmediate();
      return als.getStore();
    });
    expect([platform, polynode]).to.deep.equal(['A', 'A']);
  });

  it('S11: awaiting a promise created and resolved outside run gives "A"', async () => {
    const als = new AsyncLocalStorage<string>();
    const outside = Promise.resolve('x');
    const seen = await als.run('A', async () => {
      const value = await outside;
      return [value, als.getStore()];
    });
    expect(seen).to.deep.equal(['x', 'A']);
  });

  it('S12: awaiting a promise created in run("B") from inside run("A") gives "A"', async () => {
    const als = new AsyncLocalStorage<string>();
    const fromB = als.run('B', () => timer(1).then(() => als.getStore()));
    const seen = await als.run('A', async () => {
      const inB = await fromB;
      return [inB, als.getStore()];
    });
    expect(seen).to.deep.equal(['B', 'A']);
  });

  it('S26: enterWith("F") in the sync part of an async function: the caller sees "F" after the call, the function after its await', async () => {
    const als = new AsyncLocalStorage<string>();
    const seen: unknown[] = [];
    await new Promise<void>((resolve) =>
      nativeSetTimeout(() => {
        const fn = async () => {
          als.enterWith('F');
          await null;
          seen.push(als.getStore());
        };
        const pending = fn();
        seen.push(als.getStore());
        void pending.then(() => resolve());
      }, 0),
    );
    expect(seen).to.deep.equal(['F', 'F']);
  });

  it('S29b: after `await customThenable` the store is "A"', async () => {
    const als = new AsyncLocalStorage<string>();
    const thenable = { then: (resolve: (v: number) => void) => nativeSetTimeout(() => resolve(7), 1) };
    const seen = await als.run('A', async () => {
      const value = await thenable;
      return [value, als.getStore()];
    });
    expect(seen).to.deep.equal([7, 'A']);
  });

  it('S33: an async generator created in run("A"), next() in run("B"): "B" in the body and after its inner await', async () => {
    const als = new AsyncLocalStorage<string>();
    async function* gen() {
      const before = als.getStore();
      await timer(1);
      yield [before, als.getStore()];
    }
    const it = als.run('A', () => gen());
    const step = await als.run('B', () => it.next());
    expect(step).to.deep.equal({ value: ['B', 'B'], done: false });
  });

  it('S34: a `for await` body inside run("A") sees "A" on every iteration', async () => {
    const als = new AsyncLocalStorage<string>();
    async function* numbers() {
      for (let i = 0; i < 3; i++) {
        await timer(1);
        yield i;
      }
    }
    const seen = await als.run('A', async () => {
      const out: unknown[] = [];
      for await (const n of numbers()) out.push([n, als.getStore()]);
      for await (const n of [Promise.resolve('p'), 'q']) out.push([n, als.getStore()]);
      return out;
    });
    expect(seen).to.deep.equal([[0, 'A'], [1, 'A'], [2, 'A'], ['p', 'A'], ['q', 'A']]);
  });

  it('S35: two storages, a.run("A", () => b.run("b", async …)): both kept after an await', async () => {
    const a = new AsyncLocalStorage<string>();
    const b = new AsyncLocalStorage<string>();
    const seen = await a.run('A', () =>
      b.run('b', async () => {
        await timer(1);
        return [a.getStore(), b.getStore()];
      }),
    );
    expect(seen).to.deep.equal(['A', 'b']);
  });

  it('S36: outside after `await run("A", async …)`, and in the caller right after run() returns: undefined', async () => {
    const als = new AsyncLocalStorage<string>();
    let rightAfter: unknown = 'unset';
    const pending = als.run('A', async () => {
      await null;
      return als.getStore();
    });
    rightAfter = als.getStore();
    const inside = await pending;
    expect([rightAfter, inside, als.getStore()]).to.deep.equal([undefined, 'A', undefined]);
  });

  it('errors: a rejection awaited in run("A") is caught in "A"; a throw after await rejects the run promise', async () => {
    const als = new AsyncLocalStorage<string>();
    const caught = await als.run('A', async () => {
      try {
        await Promise.reject(new Error('boom'));
        return 'not reached';
      } catch (error) {
        return [(error as Error).message, als.getStore()];
      }
    });
    expect(caught).to.deep.equal(['boom', 'A']);
    let error: unknown;
    try {
      await als.run('A', async () => {
        await null;
        throw new RangeError('late');
      });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(RangeError);
    expect(als.getStore()).to.equal(undefined);
  });

  it('S39: 20 concurrent contexts × 100 mixed hops with lowered awaits, nested runs: 0 wrong reads, 0 leaks', async () => {
    const als = new AsyncLocalStorage<string>();
    const inner = new AsyncLocalStorage<number>();
    const hops: (() => Promise<unknown>)[] = [
      async () => null,
      () => timer(0),
      () => new Promise((resolve) => process.nextTick(resolve)),
      () => new Promise((resolve) => timers.setImmediate(resolve)),
      () => timersPromises.setTimeout(0),
      () => new Promise((resolve) => queueMicrotask(() => resolve(null))),
      () => Promise.all([Promise.resolve(), timer(0)]),
    ];
    let wrong = 0;
    let reads = 0;
    let leaks = 0;
    let probing = true;
    const probe = (async () => {
      // An unrelated async loop: it must never see a store.
      while (probing) {
        await timer(1);
        if (als.getStore() !== undefined || inner.getStore() !== undefined) leaks++;
      }
    })();
    const chain = async (i: number) => {
      for (let step = 0; step < 100; step++) {
        const hop = hops[(i + step) % hops.length]!;
        if (step % 10 === 5) {
          await inner.run(step, async () => {
            await hop();
            reads++;
            if (inner.getStore() !== step || als.getStore() !== `ctx${i}`) wrong++;
          });
        } else {
          await hop();
        }
        reads++;
        if (als.getStore() !== `ctx${i}` || inner.getStore() !== undefined) wrong++;
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => als.run(`ctx${i}`, () => chain(i))));
    probing = false;
    await probe;
    expect({ wrong, leaks, reads }).to.deep.equal({ wrong: 0, leaks: 0, reads: 2200 });
  });
});
