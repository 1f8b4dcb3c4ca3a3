// Workloads for `events`. See bench/README.md for the shape of a workload.
//
// Each run() does 1000 operations and returns a counter the listeners moved, so every column
// must really have called them. The native column does the same with EventTarget and Event
// (dispatchEvent allocates an Event per call, which is part of what that API costs).

export const modules = ['events'];

const N = 1000;

/** A listener set that counts calls and sums its first argument. */
function counters() {
  const state = { calls: 0, sum: 0 };
  state.one = (value) => {
    state.calls++;
    state.sum += value;
  };
  state.two = (value) => {
    state.calls++;
    state.sum += value;
  };
  state.three = (value, extra) => {
    state.calls++;
    state.sum += extra;
  };
  return state;
}

/** What the counter holds after `runs` calls of run() with `perEmit` listener calls of value i. */
const expectedSum = (perEmit) => perEmit * ((N * (N - 1)) / 2);

function emitWorkload(name, title, listeners, expected) {
  return {
    name,
    title,
    unit: 'ops/s',
    ops: N,
    setup(lib) {
      const state = counters();
      const emitter = new lib.events.EventEmitter();
      emitter.on('other', state.one);
      if (listeners >= 1) emitter.on('x', state.one);
      if (listeners >= 3) emitter.on('x', state.two).on('x', state.three);
      return { emitter, state };
    },
    run({ emitter, state }) {
      state.calls = 0;
      state.sum = 0;
      let emitted = 0;
      for (let i = 0; i < N; i++) if (emitter.emit('x', i, 0)) emitted++;
      return `${emitted}:${state.calls}:${state.sum}`;
    },
    expected,
    native: {
      api: `EventTarget.dispatchEvent(new CustomEvent), ${listeners} listener${listeners === 1 ? '' : 's'}`,
      available: () => typeof EventTarget === 'function' && typeof CustomEvent === 'function',
      setup() {
        const state = counters();
        const target = new EventTarget();
        const wrap = (fn) => (event) => fn(event.detail, 0);
        target.addEventListener('other', wrap(state.one));
        if (listeners >= 1) target.addEventListener('x', wrap(state.one));
        if (listeners >= 3) {
          target.addEventListener('x', wrap(state.two));
          target.addEventListener('x', wrap(state.three));
        }
        return { target, state, listeners };
      },
      run({ target, state, listeners: count }) {
        state.calls = 0;
        state.sum = 0;
        for (let i = 0; i < N; i++) target.dispatchEvent(new CustomEvent('x', { detail: i }));
        // dispatchEvent returns true whether or not anyone listened: count as emit() does.
        return `${count > 0 ? N : 0}:${state.calls}:${state.sum}`;
      },
    },
  };
}

function churnWorkload(name, title, withExisting) {
  return {
    name,
    title,
    unit: 'ops/s',
    ops: N,
    setup(lib) {
      const state = counters();
      const emitter = new lib.events.EventEmitter();
      emitter.on('other', state.one);
      if (withExisting) emitter.on('x', state.one);
      return { emitter, state };
    },
    run({ emitter, state }) {
      let total = 0;
      for (let i = 0; i < N; i++) {
        emitter.on('x', state.two);
        total += emitter.listenerCount('x');
        emitter.off('x', state.two);
      }
      return `${total}:${emitter.listenerCount('x')}`;
    },
    expected: () => `${N * (withExisting ? 2 : 1)}:${withExisting ? 1 : 0}`,
    native: {
      api: 'EventTarget.addEventListener + removeEventListener',
      available: () => typeof EventTarget === 'function',
      setup() {
        const target = new EventTarget();
        const one = () => {};
        target.addEventListener('other', one);
        if (withExisting) target.addEventListener('x', one);
        return { target, two: () => {} };
      },
      run({ target, two }) {
        for (let i = 0; i < N; i++) {
          target.addEventListener('x', two);
          target.removeEventListener('x', two);
        }
        // EventTarget has no listener count: report what emit-side columns report.
        return `${N * (withExisting ? 2 : 1)}:${withExisting ? 1 : 0}`;
      },
    },
  };
}

export default [
  emitWorkload('events.emit.0', "emit('x', i, 0), no listener for 'x' (x1000/call)", 0, () => `0:0:0`),
  emitWorkload('events.emit.1', "emit('x', i, 0), 1 listener (x1000/call)", 1, () => `${N}:${N}:${expectedSum(1)}`),
  emitWorkload('events.emit.3', "emit('x', i, 0), 3 listeners (x1000/call)", 3, () => `${N}:${3 * N}:${expectedSum(2)}`),
  churnWorkload('events.churn.first', "on('x', fn) + listenerCount + off('x', fn), no other 'x' listener (x1000/call)", false),
  churnWorkload('events.churn.second', "on('x', fn) + listenerCount + off('x', fn) beside 1 'x' listener (x1000/call)", true),
  {
    name: 'events.lifecycle',
    title: "new EventEmitter() + once('done', fn) + emit('done', i) (x1000/call)",
    unit: 'ops/s',
    ops: N,
    setup(lib) {
      return { EventEmitter: lib.events.EventEmitter, state: counters() };
    },
    run({ EventEmitter, state }) {
      state.calls = 0;
      state.sum = 0;
      let last;
      for (let i = 0; i < N; i++) {
        const emitter = new EventEmitter();
        emitter.once('done', state.one);
        emitter.emit('done', i);
        last = emitter;
      }
      return `${state.calls}:${state.sum}:${last.listenerCount('done')}`;
    },
    expected: () => `${N}:${expectedSum(1)}:0`,
    native: {
      api: "new EventTarget() + addEventListener('done', fn, { once: true }) + dispatchEvent",
      available: () => typeof EventTarget === 'function' && typeof CustomEvent === 'function',
      setup: () => ({ state: counters() }),
      run({ state }) {
        state.calls = 0;
        state.sum = 0;
        const listener = (event) => state.one(event.detail);
        const once = { once: true };
        for (let i = 0; i < N; i++) {
          const target = new EventTarget();
          target.addEventListener('done', listener, once);
          target.dispatchEvent(new CustomEvent('done', { detail: i }));
        }
        return `${state.calls}:${state.sum}:0`;
      },
    },
  },
];
