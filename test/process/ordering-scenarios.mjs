// Scenarios mixing process.nextTick, promises, queueMicrotask, setImmediate and setTimeout.
// Each one starts inside a setTimeout callback (a macrotask, where Node's order is fixed)
// and records its sequence. scripts/golden/ordering.mjs runs them with real Node 16.13.1
// (test/golden/node16-ordering.json); test/process/ordering.test.ts runs them with
// polynode's process and timers, in Node and in the browsers, and compares.
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
//
// Left out because Node itself is not deterministic there: setTimeout(0) against
// setImmediate scheduled from the main script or from an immediate (it depends on whether
// 1 ms has passed when the loop comes round).

/** The scenarios: `run(env, log)` records into `log` and calls nothing else; the runner waits. */
export const SCENARIOS = [
  {
    name: 'ticks run before promise callbacks and queueMicrotask, in FIFO order',
    run({ nextTick, queueMicrotask }, log) {
      log('sync');
      Promise.resolve().then(() => log('promise'));
      nextTick(() => log('tick 1'));
      queueMicrotask(() => log('microtask'));
      nextTick(() => log('tick 2'));
      log('sync end');
    },
  },
  {
    name: 'a tick queued by a tick runs before any promise callback',
    run({ nextTick }, log) {
      nextTick(() => {
        log('tick 1');
        Promise.resolve().then(() => log('promise from tick 1'));
        nextTick(() => log('tick 3 (from tick 1)'));
      });
      nextTick(() => log('tick 2'));
      Promise.resolve().then(() => log('promise'));
    },
  },
  {
    name: 'a tick queued by a promise callback runs after the promise callbacks queued before it',
    run({ nextTick }, log) {
      const p = Promise.resolve();
      p.then(() => {
        log('promise 1');
        nextTick(() => log('tick from promise 1'));
      });
      p.then(() => log('promise 2'));
    },
  },
  {
    name: 'nextTick passes its extra arguments',
    run({ nextTick }, log) {
      nextTick((a, b, c) => log(`tick ${a} ${b} ${c}`), 1, 'two', null);
      nextTick(() => log(`tick without arguments`));
    },
  },
  {
    name: 'an async function resumes after the ticks',
    run({ nextTick }, log) {
      (async () => {
        log('async start');
        await null;
        log('async after await');
        await null;
        log('async after second await');
      })();
      nextTick(() => log('tick'));
      log('sync end');
    },
  },
  {
    name: 'queueMicrotask inside a tick runs after all ticks',
    run({ nextTick, queueMicrotask }, log) {
      nextTick(() => {
        log('tick 1');
        queueMicrotask(() => log('microtask from tick 1'));
        nextTick(() => log('tick 3'));
      });
      nextTick(() => log('tick 2'));
    },
  },
  {
    name: 'each timer callback has its ticks and promises run before the next timer',
    run({ nextTick, setTimeout }, log) {
      setTimeout(() => {
        log('timeout a');
        Promise.resolve().then(() => log('promise from a'));
        nextTick(() => log('tick from a'));
      }, 0);
      setTimeout(() => {
        log('timeout b');
        nextTick(() => log('tick from b'));
      }, 0);
    },
  },
  {
    name: 'each immediate has its ticks and promises run before the next immediate',
    run({ nextTick, setImmediate }, log) {
      setImmediate(() => {
        log('immediate 1');
        Promise.resolve().then(() => log('promise from immediate 1'));
        nextTick(() => log('tick from immediate 1'));
      });
      setImmediate(() => {
        log('immediate 2');
        setImmediate(() => log('immediate 4 (from immediate 2)'));
      });
      setImmediate((x) => log(`immediate 3 ${x}`), 'arg');
    },
  },
  {
    name: 'setImmediate from a timer callback runs before setTimeout(0) from the same callback',
    run({ setTimeout, setImmediate }, log) {
      setTimeout(() => log('timeout'), 0);
      setImmediate(() => log('immediate'));
    },
  },
  {
    name: 'ticks and promises run before the immediate queued in the same callback',
    run({ nextTick, setImmediate, queueMicrotask }, log) {
      setImmediate(() => log('immediate'));
      queueMicrotask(() => log('microtask'));
      nextTick(() => {
        log('tick');
        setImmediate(() => log('immediate from tick'));
      });
    },
  },
  {
    name: 'setInterval repeats with ticks after each call, until cleared',
    run({ nextTick, setInterval, clearInterval }, log, done) {
      let n = 0;
      const interval = setInterval(() => {
        n += 1;
        log(`interval ${n}`);
        nextTick(() => log(`tick after interval ${n}`));
        if (n === 3) {
          clearInterval(interval);
          done();
        }
      }, 1);
    },
  },
  {
    name: 'clearTimeout and clearImmediate cancel before the callback runs',
    run({ setTimeout, clearTimeout, setImmediate, clearImmediate }, log) {
      const t = setTimeout(() => log('cleared timeout ran'), 0);
      const i = setImmediate(() => log('cleared immediate ran'));
      setImmediate(() => log('immediate kept'));
      clearTimeout(t);
      clearImmediate(i);
    },
  },
  {
    name: 'a promise chain started in a tick interleaves with later ticks only after all ticks',
    // The one known difference: Node runs a tick queued from a promise callback after the
    // whole microtask queue drained (chain 2 included); a page has no hook there, so
    // polynode's drain job is queued behind the microtasks queued so far (chain 2 is not yet).
    polynode: ['tick 2', 'outer promise', 'chain 1', 'tick from outer promise', 'chain 2'],
    run({ nextTick }, log) {
      nextTick(() => {
        Promise.resolve()
          .then(() => log('chain 1'))
          .then(() => log('chain 2'));
        nextTick(() => log('tick 2'));
      });
      Promise.resolve().then(() => {
        log('outer promise');
        nextTick(() => log('tick from outer promise'));
      });
    },
  },
];

/**
 * Runs every scenario in turn, each started from `env.setTimeout(…, 0)` and given 25 ms
 * (or until it calls `done`), and returns `{ name: sequence }`.
 */
export async function runScenarios(env) {
  const results = {};
  for (const scenario of SCENARIOS) {
    const log = [];
    await new Promise((resolve) => {
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        env.setTimeout(resolve, 25);
      };
      env.setTimeout(() => {
        scenario.run(env, (entry) => log.push(entry), finish);
        if (scenario.run.length < 3) finish();
      }, 0);
    });
    results[scenario.name] = log;
  }
  return results;
}
