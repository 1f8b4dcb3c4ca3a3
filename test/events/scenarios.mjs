// EventEmitter scenarios, run the same way under real Node 16.13.1 (scripts/golden/events.mjs
// writes each trace to test/golden/node16-events.json) and in our tests with polynode's
// events (test/events/golden.test.ts compares the traces, in Node and in both browsers).
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
//
// A scenario gets `E` (the module's default export: EventEmitter carrying the statics, what
// `require('events')` gives) and `env`, and returns a trace: an array of strings saying which
// listeners ran in which order with which arguments, what calls returned and what they
// threw (class, name, code, message). Nothing here may use a Node API: only EventEmitter,
// EventTarget, Event, AbortController, promises and timers.
//
// env.captureWarnings() starts collecting process warnings; it returns an array that fills
// with the lines Node prints for them (`(node:1) Name: message`), and a stop() method.

/** One value, written for a trace. */
export function fmt(value) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'symbol' || typeof value === 'bigint') return `${String(value)}${typeof value === 'bigint' ? 'n' : ''}`;
  if (typeof value === 'function') return value.label ?? `fn:${value.name}`;
  if (Array.isArray(value)) return `[${value.map(fmt).join(',')}]`;
  if (value instanceof Error) return describeError(value);
  if (value !== null && typeof value === 'object') {
    if (typeof Event === 'function' && value instanceof Event) return `Event(${value.type})`;
    if (value.label) return value.label;
    return `{${Object.keys(value).map((key) => `${key}:${fmt(value[key])}`).join(',')}}`;
  }
  return String(value);
}

/** An error as a trace line: its class, name, code and message. */
export function describeError(error) {
  if (!(error instanceof Error)) return `non-error ${fmt(error)}`;
  return `${error.constructor.name}|${error.name}|${error.code}|${error.message}`;
}

/** Runs `fn` and writes what it returned or threw. */
function attempt(trace, label, fn) {
  try {
    const result = fn();
    trace.push(`${label} -> ${fmt(result)}`);
  } catch (error) {
    trace.push(`${label} threw ${describeError(error)}`);
  }
}

/** Waits for a promise and writes how it settled. */
async function settle(trace, label, promise) {
  try {
    trace.push(`${label} resolved ${fmt(await promise)}`);
  } catch (error) {
    trace.push(`${label} rejected ${describeError(error)}`);
  }
}

/** A listener that writes `label(args)` (and `this === emitter` when that is not so). */
function listener(trace, label, body) {
  const fn = function (...args) {
    trace.push(`${label}(${args.map(fmt).join(',')})${this !== undefined && this !== fn.emitter && fn.emitter ? ' this!' : ''}`);
    return body ? body.apply(this, args) : undefined;
  };
  fn.label = label;
  return fn;
}

/** A fresh emitter whose listeners check `this`. */
function make(E, trace, ...labels) {
  const e = new E();
  const fns = labels.map((label) => {
    const fn = listener(trace, label);
    fn.emitter = e;
    return fn;
  });
  return [e, ...fns];
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const labels = (list) => list.map(fmt).join(',');
const shape = (e) => {
  const events = e._events;
  if (events === undefined) return 'undefined';
  const proto = Object.getPrototypeOf(events) === null ? 'null-proto' : 'proto!';
  const entries = Reflect.ownKeys(events).map((key) => {
    const value = events[key];
    return `${String(key)}=${Array.isArray(value) ? `[${labels(value)}]${value.warned ? 'w' : ''}` : fmt(value)}`;
  });
  return `${proto}{${entries.join(' ')}} count=${e._eventsCount} max=${e._maxListeners}`;
};

const INVALID_LISTENERS = [1, null, undefined, {}, 'abcdefghijklmnopqrstuvwxyz0123', Symbol('s'), [], 10n, true];

export const SCENARIOS = [
  // ----- module shape -------------------------------------------------------------------
  {
    name: 'module: the default export is EventEmitter with Node statics',
    run(E) {
      const t = [];
      t.push(`typeof ${typeof E}, E.EventEmitter === E ${E.EventEmitter === E}`);
      t.push(`statics ${Object.keys(E).join(',')}`);
      t.push(`hidden ${Object.getOwnPropertyNames(E).filter((k) => !Object.keys(E).includes(k)).sort().join(',')}`);
      t.push(`prototype ${Object.keys(E.prototype).join(',')}`);
      t.push(`on===addListener ${E.prototype.on === E.prototype.addListener}, off===removeListener ${E.prototype.off === E.prototype.removeListener}`);
      t.push(`errorMonitor ${String(E.errorMonitor)}, captureRejectionSymbol ${E.captureRejectionSymbol === Symbol.for('nodejs.rejection')}`);
      t.push(`kMax ${String(E.kMaxEventTargetListeners)} ${String(E.kMaxEventTargetListenersWarned)}`);
      t.push(`defaults ${E.defaultMaxListeners} ${E.captureRejections}`);
      const d1 = Object.getOwnPropertyDescriptor(E, 'defaultMaxListeners');
      const d2 = Object.getOwnPropertyDescriptor(E, 'captureRejections');
      t.push(`accessors ${typeof d1.get} ${typeof d1.set} ${d1.enumerable} ${typeof d2.get} ${typeof d2.set} ${d2.enumerable}`);
      t.push(`lengths E=${E.length} emit=${E.prototype.emit.length} on=${E.prototype.on.length} once=${E.once.length} on=${E.on.length} init=${E.init.length} listenerCount=${E.listenerCount.length} getEventListeners=${E.getEventListeners.length}`);
      return t;
    },
  },
  {
    name: 'module: a new emitter has _events, _eventsCount, _maxListeners and the capture flag',
    run(E) {
      const e = new E();
      return [
        `keys ${Object.keys(e).join(',')}`,
        `symbols ${Object.getOwnPropertySymbols(e).map((s) => s.description).join(',')}`,
        shape(e),
        `getMaxListeners ${e.getMaxListeners()}`,
        `proto data ${E.prototype._events} ${E.prototype._eventsCount} ${E.prototype._maxListeners}`,
        `instanceof ${e instanceof E}`,
      ];
    },
  },
  // ----- on / emit ------------------------------------------------------------------------
  {
    name: 'emit: calls listeners in order with the arguments and the emitter as this',
    run(E) {
      const t = [];
      const [e, a, b, c] = make(E, t, 'a', 'b', 'c');
      e.on('x', a).on('x', b).addListener('x', c);
      attempt(t, 'emit x 1 2', () => e.emit('x', 1, 2));
      attempt(t, 'emit x no args', () => e.emit('x'));
      attempt(t, 'emit x 5 args', () => e.emit('x', 1, 'two', null, undefined, 5));
      attempt(t, 'emit y', () => e.emit('y', 1));
      t.push(shape(e));
      return t;
    },
  },
  {
    name: 'emit: with no listeners returns false, also before any listener was added',
    run(E) {
      const t = [];
      const e = new E();
      attempt(t, 'emit x', () => e.emit('x'));
      const bare = Object.create(E.prototype);
      attempt(t, 'bare emit x', () => bare.emit('x'));
      attempt(t, 'bare listeners', () => bare.listeners('x'));
      attempt(t, 'bare listenerCount', () => bare.listenerCount('x'));
      attempt(t, 'bare eventNames', () => bare.eventNames());
      attempt(t, 'bare removeListener', () => bare.removeListener('x', () => {}) === bare);
      attempt(t, 'bare removeAllListeners', () => bare.removeAllListeners() === bare);
      const f = listener(t, 'f');
      bare.on('x', f);
      t.push(shape(bare));
      attempt(t, 'bare emit x after on', () => bare.emit('x', 1));
      return t;
    },
  },
  {
    name: 'emit: a listener gets exactly the arguments given (arguments.length)',
    run(E) {
      const t = [];
      const e = new E();
      e.on('x', function () {
        t.push(`length ${arguments.length}`);
      });
      e.once('x', function () {
        t.push(`once length ${arguments.length}`);
      });
      e.emit('x');
      e.emit('x', undefined);
      e.emit('x', 1, 2, 3, 4, 5, 6, 7);
      return t;
    },
  },
  {
    name: 'emit: a throwing listener stops the emit and the error propagates',
    run(E) {
      const t = [];
      const [e, a, c] = make(E, t, 'a', 'c');
      e.on('x', a);
      e.on('x', () => {
        throw new RangeError('boom');
      });
      e.on('x', c);
      attempt(t, 'emit', () => e.emit('x', 1));
      return t;
    },
  },
  {
    name: 'emit: symbol and numeric event names',
    run(E) {
      const t = [];
      const s = Symbol('sym');
      const [e, a, b] = make(E, t, 'a', 'b');
      e.on(s, a);
      e.on(1, b);
      attempt(t, 'emit sym', () => e.emit(s, 'v'));
      attempt(t, "emit '1'", () => e.emit('1', 'v'));
      attempt(t, 'emit 1', () => e.emit(1, 'v'));
      t.push(`names ${e.eventNames().map(String).join(',')}`);
      e.off(s, a);
      t.push(`names ${e.eventNames().map(String).join(',')}`);
      return t;
    },
  },
  {
    name: 'emit: removal during emit does not change the current round',
    run(E) {
      const t = [];
      const e = new E();
      const b = listener(t, 'b');
      const a = listener(t, 'a', () => e.removeListener('x', b));
      const c = listener(t, 'c', () => e.removeListener('x', c));
      e.on('x', a);
      e.on('x', b);
      e.on('x', c);
      e.emit('x', 1);
      t.push(shape(e));
      e.emit('x', 2);
      t.push(shape(e));
      return t;
    },
  },
  {
    name: 'emit: listeners added during emit run from the next emit',
    run(E) {
      const t = [];
      const e = new E();
      const late = listener(t, 'late');
      let added = false;
      e.on('x', listener(t, 'a', () => {
        if (!added) {
          added = true;
          e.on('x', late);
          e.prependListener('x', listener(t, 'early'));
        }
      }));
      e.on('x', listener(t, 'b'));
      e.emit('x', 1);
      e.emit('x', 2);
      return t;
    },
  },
  {
    name: 'emit: the only listener removing itself; removeAllListeners during emit',
    run(E) {
      const t = [];
      const e = new E();
      const solo = listener(t, 'solo', () => e.off('x', solo));
      e.on('x', solo);
      attempt(t, 'emit 1', () => e.emit('x', 1));
      attempt(t, 'emit 2', () => e.emit('x', 2));
      e.on('y', listener(t, 'y1', () => e.removeAllListeners('y')));
      e.on('y', listener(t, 'y2'));
      e.on('y', listener(t, 'y3'));
      attempt(t, 'emit y', () => e.emit('y'));
      attempt(t, 'emit y again', () => e.emit('y'));
      t.push(shape(e));
      return t;
    },
  },
  {
    name: 'emit: recursion from inside a listener',
    run(E) {
      const t = [];
      const e = new E();
      let depth = 0;
      e.on('x', listener(t, 'a', (n) => {
        if (n < 3) e.emit('x', n + 1);
      }));
      e.on('x', listener(t, 'b'));
      e.once('x', listener(t, 'once', () => depth++));
      e.emit('x', 1);
      t.push(`once ran ${depth}`);
      return t;
    },
  },
  // ----- prepend / once ------------------------------------------------------------------
  {
    name: 'prependListener and prependOnceListener put listeners first',
    run(E) {
      const t = [];
      const [e, a, b, c, d] = make(E, t, 'a', 'b', 'c', 'd');
      e.on('x', a);
      e.prependListener('x', b);
      e.prependOnceListener('x', c);
      e.on('x', d);
      t.push(`listeners ${labels(e.listeners('x'))}`);
      e.emit('x', 1);
      e.emit('x', 2);
      t.push(shape(e));
      return t;
    },
  },
  {
    name: 'once: runs once, then is gone; the wrapper is in rawListeners',
    run(E) {
      const t = [];
      const [e, a] = make(E, t, 'a');
      e.once('x', a);
      const raw = e.rawListeners('x');
      t.push(`raw name ${raw[0].name} length ${raw[0].length} listener ${fmt(raw[0].listener)} same ${raw[0] === a}`);
      t.push(`raw own ${Object.getOwnPropertyNames(raw[0]).sort().join(',')}`);
      t.push(`listeners ${labels(e.listeners('x'))} count ${e.listenerCount('x')}`);
      attempt(t, 'emit 1', () => e.emit('x', 1));
      attempt(t, 'emit 2', () => e.emit('x', 2));
      t.push(shape(e));
      return t;
    },
  },
  {
    name: 'once: removed by the original function, by the wrapper, or by calling the wrapper',
    run(E) {
      const t = [];
      const [e, a, b, c] = make(E, t, 'a', 'b', 'c');
      e.once('x', a);
      e.on('x', b);
      e.off('x', a);
      t.push(`after off(a) ${labels(e.rawListeners('x'))}`);
      e.once('y', c);
      const wrapper = e.rawListeners('y')[0];
      e.removeListener('y', wrapper);
      t.push(`after off(wrapper) count ${e.listenerCount('y')}`);
      e.once('z', c);
      const w2 = e.rawListeners('z')[0];
      attempt(t, 'call wrapper', () => w2('direct'));
      attempt(t, 'call wrapper again', () => w2('again'));
      t.push(`z count ${e.listenerCount('z')}`);
      e.emit('x', 1);
      return t;
    },
  },
  {
    name: 'once: the wrapper returns what the listener returns and keeps this',
    run(E) {
      const t = [];
      const e = new E();
      e.once('x', function () {
        t.push(`this ok ${this === e}`);
        return 42;
      });
      attempt(t, 'call raw', () => e.rawListeners('x')[0].call({ label: 'other' }, 1));
      return t;
    },
  },
  {
    name: 'once: re-emitting the same event inside a once listener',
    run(E) {
      const t = [];
      const e = new E();
      e.once('x', listener(t, 'once', (n) => {
        if (n < 3) e.emit('x', n + 1);
      }));
      e.on('x', listener(t, 'on'));
      e.emit('x', 1);
      return t;
    },
  },
  {
    name: 'once: the same function added twice with once and on',
    run(E) {
      const t = [];
      const [e, a] = make(E, t, 'a');
      e.on('x', a);
      e.once('x', a);
      e.on('x', a);
      t.push(`raw ${e.rawListeners('x').map((f) => (f === a ? 'a' : 'wrap')).join(',')}`);
      e.off('x', a);
      t.push(`after off ${e.rawListeners('x').map((f) => (f === a ? 'a' : 'wrap')).join(',')}`);
      e.off('x', a);
      t.push(`after off ${e.rawListeners('x').map((f) => (f === a ? 'a' : 'wrap')).join(',')}`);
      e.emit('x', 1);
      t.push(shape(e));
      return t;
    },
  },
  // ----- removeListener ------------------------------------------------------------------
  {
    name: 'removeListener: removes the last-added match; unknown listeners are a no-op',
    run(E) {
      const t = [];
      const [e, a, b, c] = make(E, t, 'a', 'b', 'c');
      e.on('x', a).on('x', b).on('x', a).on('x', c);
      e.removeListener('x', a);
      t.push(shape(e));
      attempt(t, 'remove unknown', () => e.removeListener('x', () => {}) === e);
      attempt(t, 'remove other event', () => e.removeListener('nope', a) === e);
      t.push(shape(e));
      e.off('x', b).off('x', c);
      t.push(shape(e));
      e.off('x', a);
      t.push(shape(e));
      return t;
    },
  },
  {
    name: "removeListener: 'removeListener' events carry the name and the original listener",
    run(E) {
      const t = [];
      const [e, a, b] = make(E, t, 'a', 'b');
      e.on('removeListener', listener(t, 'removed'));
      e.on('x', a);
      e.once('x', b);
      e.once('y', a);
      e.off('x', b);
      e.off('x', a);
      e.emit('y', 1);
      t.push(shape(e));
      return t;
    },
  },
  {
    name: "removeListener: removing the 'removeListener' listener itself",
    run(E) {
      const t = [];
      const [e, a] = make(E, t, 'a');
      const r = listener(t, 'r');
      e.on('removeListener', r);
      e.on('x', a);
      e.off('removeListener', r);
      e.off('x', a);
      t.push(shape(e));
      const r2 = listener(t, 'r2');
      e.on('removeListener', r2);
      e.off('removeListener', r2);
      t.push(shape(e));
      return t;
    },
  },
  {
    name: 'removeListener: back to a single function, then to a fresh _events when empty',
    run(E) {
      const t = [];
      const [e, a, b] = make(E, t, 'a', 'b');
      const before = e._events;
      e.on('x', a);
      e.on('x', b);
      t.push(shape(e));
      e.off('x', a);
      t.push(`${shape(e)} single ${e._events.x === b}`);
      e.off('x', b);
      t.push(`${shape(e)} same object ${e._events === before}`);
      return t;
    },
  },
  // ----- newListener ---------------------------------------------------------------------
  {
    name: "newListener: emitted before the listener is added, with the original of once",
    run(E) {
      const t = [];
      const [e, a, b] = make(E, t, 'a', 'b');
      e.on('newListener', function (name, fn) {
        t.push(`newListener ${String(name)} ${fmt(fn)} count-before ${this.listenerCount(name)}`);
      });
      e.on('x', a);
      e.once('x', b);
      e.prependListener('y', a);
      e.prependOnceListener(Symbol.for('z'), b);
      t.push(shape(e));
      return t;
    },
  },
  {
    name: 'newListener: a listener added from inside newListener goes before the new one',
    run(E) {
      const t = [];
      const [e, a, b] = make(E, t, 'a', 'b');
      let once = true;
      e.on('newListener', (name) => {
        if (name === 'x' && once) {
          once = false;
          e.on('x', b);
        }
      });
      e.on('x', a);
      t.push(`listeners ${labels(e.listeners('x'))}`);
      return t;
    },
  },
  {
    name: "newListener: adding 'newListener' listeners",
    run(E) {
      const t = [];
      const e = new E();
      const n1 = listener(t, 'n1');
      const n2 = listener(t, 'n2');
      e.on('newListener', n1);
      e.on('newListener', n2);
      e.on('x', () => {});
      return t;
    },
  },
  // ----- removeAllListeners ---------------------------------------------------------------
  {
    name: 'removeAllListeners(name) announces each removal, last to first',
    run(E) {
      const t = [];
      const [e, a, b, c] = make(E, t, 'a', 'b', 'c');
      e.on('removeListener', listener(t, 'removed'));
      e.on('x', a).once('x', b).on('x', c);
      e.on('y', a);
      attempt(t, 'removeAllListeners x', () => e.removeAllListeners('x') === e);
      t.push(shape(e));
      attempt(t, 'removeAllListeners nope', () => e.removeAllListeners('nope') === e);
      return t;
    },
  },
  {
    name: 'removeAllListeners() announces every event in key order, removeListener last',
    run(E) {
      const t = [];
      const [e, a, b] = make(E, t, 'a', 'b');
      const s = Symbol('s');
      e.on('b', a);
      e.on('removeListener', listener(t, 'removed'));
      e.on(s, b);
      e.on('2', a);
      e.on('a', b).on('a', a);
      e.on('1', b);
      attempt(t, 'removeAllListeners()', () => e.removeAllListeners() === e);
      t.push(shape(e));
      return t;
    },
  },
  {
    name: "removeAllListeners without a 'removeListener' listener",
    run(E) {
      const t = [];
      const [e, a, b] = make(E, t, 'a', 'b');
      e.on('x', a).on('x', b).on('y', a);
      e.removeAllListeners('x');
      t.push(shape(e));
      e.removeAllListeners('y');
      t.push(shape(e));
      e.on('x', a).on('y', b);
      e.removeAllListeners();
      t.push(shape(e));
      e.on('undefined', a);
      e.removeAllListeners(undefined);
      t.push(shape(e));
      return t;
    },
  },
  // ----- reading --------------------------------------------------------------------------
  {
    name: 'listeners and rawListeners return copies',
    run(E) {
      const t = [];
      const [e, a, b] = make(E, t, 'a', 'b');
      e.on('x', a).once('x', b);
      const list = e.listeners('x');
      list.push(b);
      const raw = e.rawListeners('x');
      raw.length = 0;
      t.push(`listeners ${labels(e.listeners('x'))} raw ${e.rawListeners('x').length}`);
      t.push(`single ${labels(e.listeners('x'))} ${e.listeners('nope').length} ${e.rawListeners('nope').length}`);
      e.off('x', a);
      t.push(`one once ${labels(e.listeners('x'))} raw-is-wrapper ${e.rawListeners('x')[0] !== b}`);
      return t;
    },
  },
  {
    name: 'listenerCount, eventNames and the static listenerCount',
    run(E) {
      const t = [];
      const [e, a, b] = make(E, t, 'a', 'b');
      const s = Symbol('s');
      e.on('x', a).on('x', b).on(s, a).once('y', b);
      t.push(`counts ${e.listenerCount('x')} ${e.listenerCount(s)} ${e.listenerCount('y')} ${e.listenerCount('z')}`);
      t.push(`names ${e.eventNames().map(String).join(',')}`);
      t.push(`static ${E.listenerCount(e, 'x')} ${E.listenerCount({ listenerCount: () => 7 }, 'x')} ${E.listenerCount({}, 'x')}`);
      t.push(`static on object with _events ${E.listenerCount({ _events: { x: [a, b, a] } }, 'x')}`);
      e.removeAllListeners();
      t.push(`names after ${e.eventNames().length}`);
      return t;
    },
  },
  {
    name: 'methods return the emitter for chaining',
    run(E) {
      const e = new E();
      const f = () => {};
      return [
        ['on', e.on('x', f)],
        ['addListener', e.addListener('x', f)],
        ['prependListener', e.prependListener('x', f)],
        ['once', e.once('x', f)],
        ['prependOnceListener', e.prependOnceListener('x', f)],
        ['off', e.off('x', f)],
        ['removeListener', e.removeListener('x', f)],
        ['removeAllListeners', e.removeAllListeners('x')],
        ['setMaxListeners', e.setMaxListeners(3)],
      ].map(([name, result]) => `${name} ${result === e}`);
    },
  },
  // ----- listener validation --------------------------------------------------------------
  {
    name: 'every method that takes a listener throws ERR_INVALID_ARG_TYPE for a non-function',
    run(E) {
      const t = [];
      const e = new E();
      for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off']) {
        for (const value of INVALID_LISTENERS) attempt(t, `${method}(${fmt(value)})`, () => e[method]('x', value));
      }
      t.push(shape(e));
      return t;
    },
  },
  {
    name: 'listener errors name functions, classes and null-prototype objects',
    run(E) {
      const t = [];
      const e = new E();
      class Foo {}
      for (const value of [new Foo(), Object.create(null), Object.assign(Object.create(null), { a: 1 }), new Map(), -0, NaN, '', "it's", 'a\nb']) {
        attempt(t, `on(${typeof value})`, () => e.on('x', value));
      }
      return t;
    },
  },
  // ----- max listeners ---------------------------------------------------------------------
  {
    name: 'setMaxListeners / getMaxListeners and their errors',
    run(E) {
      const t = [];
      const e = new E();
      t.push(`default ${e.getMaxListeners()}`);
      e.setMaxListeners(3);
      t.push(`set 3 ${e.getMaxListeners()} ${e._maxListeners}`);
      e.setMaxListeners(0);
      t.push(`set 0 ${e.getMaxListeners()} ${e._maxListeners}`);
      e.setMaxListeners(Infinity);
      t.push(`set Infinity ${e.getMaxListeners()}`);
      e.setMaxListeners(1.5);
      t.push(`set 1.5 ${e.getMaxListeners()}`);
      for (const value of ['1', -1, NaN, -1e10, null, undefined, {}, [1, 2], -Infinity, 5n, { a: 1, b: 'x' }, () => {}]) {
        attempt(t, `setMaxListeners(${fmt(value)})`, () => e.setMaxListeners(value));
      }
      return t;
    },
  },
  {
    name: 'a new emitter created with _maxListeners 0 keeps undefined',
    run(E) {
      function Sub() {
        this._maxListeners = 0;
        E.call(this);
      }
      Object.setPrototypeOf(Sub.prototype, E.prototype);
      const s = new Sub();
      function Sub2() {
        this._maxListeners = 4;
        E.call(this);
      }
      Object.setPrototypeOf(Sub2.prototype, E.prototype);
      const s2 = new Sub2();
      return [`${s._maxListeners} ${s.getMaxListeners()}`, `${s2._maxListeners} ${s2.getMaxListeners()}`];
    },
  },
  {
    name: 'defaultMaxListeners: read, set, validated',
    run(E) {
      const t = [];
      t.push(`default ${E.defaultMaxListeners}`);
      try {
        E.defaultMaxListeners = 2;
        const e = new E();
        t.push(`new emitter ${e.getMaxListeners()} own ${e._maxListeners}`);
        for (const value of [-1, 'a', NaN, null, {}]) {
          attempt(t, `set ${fmt(value)}`, () => {
            E.defaultMaxListeners = value;
          });
        }
        t.push(`still ${E.defaultMaxListeners}`);
        E.defaultMaxListeners = 0;
        t.push(`zero ${E.defaultMaxListeners}`);
      } finally {
        E.defaultMaxListeners = 10;
      }
      t.push(`restored ${E.defaultMaxListeners}`);
      return t;
    },
  },
  {
    name: 'leak warning: Node text, once per event name, for strings and symbols',
    async run(E, env) {
      const t = [];
      const warnings = env.captureWarnings();
      try {
        const e = new E();
        e.setMaxListeners(2);
        for (let i = 0; i < 4; i++) e.on('x', () => {});
        t.push(shape(e).replace(/fn:/g, ''));
        for (let i = 0; i < 3; i++) e.on(Symbol('q'), () => {});
        const q = Symbol('q');
        for (let i = 0; i < 3; i++) e.on(q, () => {});
        for (let i = 0; i < 3; i++) e.prependListener('p', () => {});
        t.push(`sync ${warnings.length}`);
        await tick();
        t.push(...warnings);
      } finally {
        warnings.stop();
      }
      return t;
    },
  },
  {
    name: 'leak warning: names the emitter class; 0 and Infinity disable it; default limit 10',
    async run(E, env) {
      const t = [];
      const warnings = env.captureWarnings();
      try {
        class Foo extends E {}
        const f = new Foo();
        f.setMaxListeners(1);
        f.on('a', () => {}).on('a', () => {});
        function Old() {
          E.call(this);
        }
        Object.setPrototypeOf(Old.prototype, E.prototype);
        Object.defineProperty(Old.prototype, 'constructor', { value: Old, writable: true, configurable: true });
        const o = new Old();
        o.setMaxListeners(1);
        o.on('b', () => {}).on('b', () => {});
        const plain = {};
        Object.assign(plain, E.prototype);
        E.call(plain);
        plain.setMaxListeners(1);
        plain.on('c', () => {}).on('c', () => {});
        const bare = Object.create(null);
        Object.assign(bare, E.prototype);
        bare.setMaxListeners(1);
        bare.on('d', () => {}).on('d', () => {});
        const zero = new E();
        zero.setMaxListeners(0);
        for (let i = 0; i < 20; i++) zero.on('z', () => {});
        const inf = new E();
        inf.setMaxListeners(Infinity);
        for (let i = 0; i < 20; i++) inf.on('z', () => {});
        const dflt = new E();
        for (let i = 0; i < 10; i++) dflt.on('ten', () => {});
        t.push(`after 10 ${warnings.length}`);
        dflt.on('ten', () => {});
        await tick();
        t.push(...warnings);
      } finally {
        warnings.stop();
      }
      return t;
    },
  },
  {
    name: 'leak warning: again after the list collapsed to one listener and grew',
    async run(E, env) {
      const t = [];
      const warnings = env.captureWarnings();
      try {
        const e = new E();
        e.setMaxListeners(1);
        const a = () => {};
        const b = () => {};
        e.on('x', a).on('x', b);
        e.on('x', a);
        e.off('x', a).off('x', a);
        t.push(`collapsed ${typeof e._events.x}`);
        e.on('x', a);
        await tick();
        t.push(...warnings);
      } finally {
        warnings.stop();
      }
      return t;
    },
  },
  // ----- 'error' ------------------------------------------------------------------------
  {
    name: "error: an unhandled Error is thrown as it is",
    run(E) {
      const t = [];
      const e = new E();
      const err = new TypeError('bad');
      try {
        e.emit('error', err, 'extra');
      } catch (thrown) {
        t.push(`same ${thrown === err} ${describeError(thrown)}`);
      }
      class MyError extends Error {}
      attempt(t, 'subclass', () => e.emit('error', new MyError('mine')));
      return t;
    },
  },
  {
    name: 'error: an unhandled non-Error becomes ERR_UNHANDLED_ERROR with context',
    run(E) {
      const t = [];
      const e = new E();
      class Foo {
        constructor() {
          this.x = 1;
        }
      }
      const values = [
        'boom',
        undefined,
        null,
        42,
        -0,
        10n,
        Symbol('s'),
        true,
        { a: 1, b: 'x' },
        [1, 2],
        [],
        {},
        new Foo(),
        Object.assign(Object.create(null), { k: 'v' }),
        { nested: { deep: { deeper: { deepest: 1 } } } },
        { message: 'looks like an error', code: 'E_FAKE' },
        "it's",
        'line\nbreak',
        function named() {},
        { list: [1, 'two', { three: 3 }] },
        { 'quoted-key': 1, valid_key: 2 },
      ];
      for (const value of values) {
        try {
          e.emit('error', value);
          t.push('no throw');
        } catch (thrown) {
          t.push(`${describeError(thrown)} context-same ${Object.is(thrown.context, value)} keys ${Object.keys(thrown).join(',')}`);
        }
      }
      try {
        e.emit('error');
      } catch (thrown) {
        t.push(`no args: ${describeError(thrown)} has context ${'context' in thrown}`);
      }
      return t;
    },
  },
  {
    name: "error: with an 'error' listener nothing is thrown",
    run(E) {
      const t = [];
      const [e, h] = make(E, t, 'handler');
      e.on('error', h);
      attempt(t, 'emit error', () => e.emit('error', 'x', 2));
      attempt(t, 'emit error Error', () => e.emit('error', new Error('e')));
      return t;
    },
  },
  {
    name: 'error: errorMonitor listeners run first, with and without error listeners',
    run(E) {
      const t = [];
      const [e, m, h] = make(E, t, 'monitor', 'handler');
      e.on(E.errorMonitor, m);
      attempt(t, 'emit unhandled', () => e.emit('error', new Error('first')));
      e.on('error', h);
      attempt(t, 'emit handled', () => e.emit('error', 'second', 'extra'));
      attempt(t, 'emit other', () => e.emit('x', 1));
      t.push(`names ${e.eventNames().map(String).join(',')}`);
      return t;
    },
  },
  {
    name: "error: emit('error') on an emitter without _events throws",
    run(E) {
      const t = [];
      const bare = Object.create(E.prototype);
      attempt(t, 'Error', () => bare.emit('error', new Error('bare')));
      attempt(t, 'string', () => bare.emit('error', 'bare'));
      return t;
    },
  },
  {
    name: 'error: a throwing errorMonitor listener',
    run(E) {
      const t = [];
      const [e, h] = make(E, t, 'handler');
      e.on(E.errorMonitor, () => {
        throw new Error('monitor threw');
      });
      e.on('error', h);
      attempt(t, 'emit', () => e.emit('error', new Error('x')));
      return t;
    },
  },
  // ----- inheritance --------------------------------------------------------------------
  {
    name: 'inheritance: EventEmitter.call(this) with Object.setPrototypeOf (util.inherits)',
    run(E) {
      const t = [];
      function Foo(name) {
        E.call(this);
        this.name = name;
      }
      Object.setPrototypeOf(Foo.prototype, E.prototype);
      Object.setPrototypeOf(Foo, E);
      Foo.super_ = E;
      const f = new Foo('f');
      t.push(`instanceof ${f instanceof E} keys ${Object.keys(f).join(',')}`);
      f.on('x', listener(t, 'a'));
      f.once('x', listener(t, 'b'));
      attempt(t, 'emit', () => f.emit('x', 1));
      t.push(`statics via Foo ${Foo.defaultMaxListeners} ${typeof Foo.once}`);
      return t;
    },
  },
  {
    name: 'inheritance: class extends EventEmitter with options',
    run(E) {
      const t = [];
      class Foo extends E {
        constructor(options) {
          super(options);
          this.extra = true;
        }
      }
      const f = new Foo();
      t.push(`keys ${Object.keys(f).join(',')}`);
      f.on('x', listener(t, 'a'));
      attempt(t, 'emit', () => f.emit('x', 1));
      attempt(t, 'bad option', () => new Foo({ captureRejections: 'yes' }));
      return t;
    },
  },
  {
    name: 'inheritance: EventEmitter.call on a plain object, and init twice',
    run(E) {
      const t = [];
      const o = {};
      E.call(o);
      t.push(`keys ${Object.keys(o).join(',')} ${shape(o)}`);
      const e = new E();
      const f = () => {};
      e.on('x', f);
      E.init.call(e);
      t.push(`init keeps own _events ${e.listenerCount('x')}`);
      const child = Object.create(e);
      E.init.call(child);
      t.push(`init on child of an emitter: own ${Object.prototype.hasOwnProperty.call(child, '_events')} count ${child.listenerCount('x')}`);
      return t;
    },
  },
  {
    name: 'inheritance: once goes through an overridden on, and prependOnceListener through prependListener',
    run(E) {
      const t = [];
      class Foo extends E {
        on(name, fn) {
          t.push(`Foo.on ${String(name)} wrapper ${typeof fn.listener}`);
          return super.on(name, fn);
        }
        prependListener(name, fn) {
          t.push(`Foo.prependListener ${String(name)}`);
          return super.prependListener(name, fn);
        }
        removeListener(name, fn) {
          t.push(`Foo.removeListener ${String(name)}`);
          return super.removeListener(name, fn);
        }
      }
      const f = new Foo();
      f.once('x', listener(t, 'a'));
      f.prependOnceListener('x', listener(t, 'b'));
      f.emit('x', 1);
      f.on('y', listener(t, 'c'));
      f.removeAllListeners('y');
      return t;
    },
  },
  {
    name: 'inheritance: emit goes through an overridden emit for newListener and removeListener',
    run(E) {
      const t = [];
      class Foo extends E {
        emit(name, ...args) {
          t.push(`Foo.emit ${String(name)} ${args.length}`);
          return super.emit(name, ...args);
        }
      }
      const f = new Foo();
      f.on('newListener', () => {});
      f.on('removeListener', () => {});
      const a = () => {};
      f.on('x', a);
      f.off('x', a);
      f.on(E.errorMonitor, () => {});
      f.on('error', () => {});
      f.emit('error', 1);
      return t;
    },
  },
  // ----- captureRejections --------------------------------------------------------------
  {
    name: "captureRejections: a rejected promise from a listener becomes 'error'",
    async run(E) {
      const t = [];
      const e = new E({ captureRejections: true });
      e.on('x', async (v) => {
        t.push(`x ${v}`);
        throw new Error(`async ${v}`);
      });
      e.on('error', function (err) {
        t.push(`error ${describeError(err)} this ${this === e} args ${arguments.length}`);
      });
      attempt(t, 'emit', () => e.emit('x', 1));
      t.push('after emit');
      await tick();
      t.push(`symbols ${Object.getOwnPropertySymbols(e).map((s) => `${s.description}=${e[s]}`).join(',')}`);
      return t;
    },
  },
  {
    name: 'captureRejections: the nodejs.rejection method receives the error, the name and the arguments',
    async run(E) {
      const t = [];
      const e = new E({ captureRejections: true });
      e[Symbol.for('nodejs.rejection')] = function (err, name, ...args) {
        t.push(`rejection ${describeError(err)} ${String(name)} ${fmt(args)} this ${this === e}`);
      };
      e.on('x', () => Promise.reject(new RangeError('nope')));
      e.on('x', () => Promise.resolve(1));
      e.on('x', () => 5);
      e.emit('x', 'a', 'b');
      await tick();
      return t;
    },
  },
  {
    name: 'captureRejections: off by default; EventEmitter.captureRejections switches the default',
    async run(E) {
      const t = [];
      const plain = new E();
      let rejected;
      plain.on('x', () => (rejected = Promise.reject(new Error('not captured'))));
      plain.on('error', () => t.push('error on plain!'));
      plain.emit('x');
      rejected.catch(() => t.push('caught by the test'));
      try {
        E.captureRejections = true;
        t.push(`static now ${E.captureRejections}`);
        const e = new E();
        e.on('x', async () => {
          throw new Error('captured');
        });
        e.on('error', (err) => t.push(`error ${err.message}`));
        e.emit('x');
        const off = new E({ captureRejections: false });
        t.push(`explicit false keeps the default ${Object.getOwnPropertySymbols(off).map((s) => off[s]).join(',')}`);
        await tick();
        for (const value of [1, 'true', null, undefined]) {
          attempt(t, `set ${fmt(value)}`, () => {
            E.captureRejections = value;
          });
        }
      } finally {
        E.captureRejections = false;
      }
      t.push(`restored ${E.captureRejections}`);
      return t;
    },
  },
  {
    name: 'captureRejections: the option must be a boolean when truthy',
    run(E) {
      const t = [];
      for (const value of [1, 'yes', {}, [], Symbol('s'), 0, '', null, false, true]) {
        attempt(t, `captureRejections ${fmt(value)}`, () => Object.getOwnPropertySymbols(new E({ captureRejections: value })).map((s) => s.description).join(','));
      }
      attempt(t, 'options 5', () => new E(5) instanceof E);
      attempt(t, 'options null', () => new E(null) instanceof E);
      return t;
    },
  },
  {
    name: "captureRejections: a thenable whose then throws emits 'error' at once",
    run(E) {
      const t = [];
      const e = new E({ captureRejections: true });
      e.on('x', () => ({
        get then() {
          throw new Error('then getter');
        },
      }));
      e.on('error', (err) => t.push(`error ${err.message}`));
      attempt(t, 'emit', () => e.emit('x'));
      return t;
    },
  },
  {
    name: "captureRejections: an 'error' listener's own rejection is not captured again",
    async run(E) {
      const t = [];
      const e = new E({ captureRejections: true });
      let fromErrorListener;
      e.on('x', async () => {
        throw new Error('first');
      });
      e.on('error', (err) => {
        t.push(`error ${err.message}`);
        fromErrorListener = Promise.reject(new Error('second'));
        fromErrorListener.catch(() => t.push('second caught by the test'));
        return fromErrorListener;
      });
      e.emit('x');
      await tick();
      await tick();
      t.push(`capture flag back ${Object.getOwnPropertySymbols(e).map((s) => e[s]).join(',')}`);
      return t;
    },
  },
  // ----- static once --------------------------------------------------------------------
  {
    name: 'once(): resolves with the arguments and removes its listeners',
    async run(E) {
      const t = [];
      const e = new E();
      const p = E.once(e, 'x');
      t.push(`counts ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      e.emit('x', 1, 'two');
      t.push(`after emit ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      await settle(t, 'once', p);
      const q = E.once(e, 'y');
      e.emit('y');
      await settle(t, 'once no args', q);
      return t;
    },
  },
  {
    name: "once(): rejects on 'error' first and removes its listeners",
    async run(E) {
      const t = [];
      const e = new E();
      const p = E.once(e, 'x');
      e.emit('error', new Error('failed'));
      t.push(`after ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      await settle(t, 'once', p);
      const q = E.once(e, 'x');
      e.emit('error', 'not an error');
      await settle(t, 'once string', q);
      return t;
    },
  },
  {
    name: "once(): waiting for 'error' itself resolves with it",
    async run(E) {
      const t = [];
      const e = new E();
      const p = E.once(e, 'error');
      t.push(`count ${e.listenerCount('error')}`);
      e.emit('error', new Error('wanted'));
      await settle(t, 'once error', p);
      return t;
    },
  },
  {
    name: 'once(): an AbortSignal aborted before or during the wait',
    async run(E) {
      const t = [];
      const e = new E();
      const early = new AbortController();
      early.abort();
      await settle(t, 'aborted before', E.once(e, 'x', { signal: early.signal }));
      const ac = new AbortController();
      const p = E.once(e, 'x', { signal: ac.signal });
      t.push(`counts ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      ac.abort();
      t.push(`after abort ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      await settle(t, 'aborted during', p);
      const ok = new AbortController();
      const q = E.once(e, 'x', { signal: ok.signal });
      e.emit('x', 'v');
      ok.abort();
      await settle(t, 'resolved then aborted', q);
      return t;
    },
  },
  {
    name: 'once(): invalid signal, options and emitter',
    async run(E) {
      const t = [];
      const e = new E();
      for (const signal of [1, null, 'x', {}]) await settle(t, `signal ${fmt(signal)}`, E.once(e, 'x', { signal }));
      await settle(t, 'emitter {}', E.once({}, 'x'));
      await settle(t, 'emitter 1', E.once(1, 'x'));
      const pending = E.once(e, 'x', null);
      e.emit('x', 'options null');
      await settle(t, 'options null', pending);
      return t;
    },
  },
  {
    name: 'once(): on an EventTarget resolves with the event',
    async run(E) {
      const t = [];
      const target = new EventTarget();
      const p = E.once(target, 'foo');
      target.dispatchEvent(new Event('foo'));
      target.dispatchEvent(new Event('foo'));
      await settle(t, 'EventTarget', p);
      const ac = new AbortController();
      const q = E.once(target, 'bar', { signal: ac.signal });
      ac.abort();
      await settle(t, 'EventTarget aborted', q);
      const r = E.once(target, 'error');
      target.dispatchEvent(new Event('error'));
      await settle(t, 'EventTarget error event', r);
      return t;
    },
  },
  {
    name: 'once(): waits for the next event only, listeners added in order',
    async run(E) {
      const t = [];
      const [e, a] = make(E, t, 'a');
      e.on('x', a);
      const p = E.once(e, 'x');
      e.on('x', listener(t, 'b'));
      e.emit('x', 1);
      e.emit('x', 2);
      await settle(t, 'once', p);
      return t;
    },
  },
  // ----- static on ------------------------------------------------------------------------
  {
    name: 'on(): buffers events emitted before next() and yields them in order',
    async run(E) {
      const t = [];
      const e = new E();
      const it = E.on(e, 'x');
      t.push(`counts ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      e.emit('x', 1);
      e.emit('x', 2, 'b');
      e.emit('x');
      await settle(t, 'next', it.next());
      await settle(t, 'next', it.next());
      await settle(t, 'next', it.next());
      const pending = it.next();
      e.emit('x', 'later');
      await settle(t, 'pending next', pending);
      await settle(t, 'return', it.return());
      t.push(`counts after return ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      await settle(t, 'next after return', it.next());
      return t;
    },
  },
  {
    name: 'on(): several pending next() calls are resolved in order',
    async run(E) {
      const t = [];
      const e = new E();
      const it = E.on(e, 'x');
      const a = it.next();
      const b = it.next();
      const c = it.next();
      e.emit('x', 'A');
      e.emit('x', 'B');
      await settle(t, 'a', a);
      await settle(t, 'b', b);
      const r = it.return();
      await settle(t, 'c after return', c);
      await settle(t, 'return', r);
      return t;
    },
  },
  {
    name: "on(): 'error' rejects the pending next() and ends the iteration",
    async run(E) {
      const t = [];
      const e = new E();
      const it = E.on(e, 'x');
      const p = it.next();
      e.emit('error', new Error('iter failed'));
      t.push(`counts ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      await settle(t, 'pending', p);
      await settle(t, 'next', it.next());
      return t;
    },
  },
  {
    name: "on(): 'error' with buffered events: the events first, then the error, then done",
    async run(E) {
      const t = [];
      const e = new E();
      const it = E.on(e, 'x');
      e.emit('x', 1);
      e.emit('x', 2);
      e.emit('error', new Error('after two'));
      await settle(t, 'next', it.next());
      await settle(t, 'next', it.next());
      await settle(t, 'next', it.next());
      await settle(t, 'next', it.next());
      return t;
    },
  },
  {
    name: 'on(): for await with break calls return() and removes the listeners',
    async run(E) {
      const t = [];
      const e = new E();
      const it = E.on(e, 'x');
      e.emit('x', 1);
      e.emit('x', 2);
      e.emit('x', 3);
      for await (const args of it) {
        t.push(`got ${fmt(args)}`);
        if (args[0] === 2) break;
      }
      t.push(`counts ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      await settle(t, 'next after break', it.next());
      return t;
    },
  },
  {
    name: 'on(): throw(error) removes the listeners and the next next() rejects',
    async run(E) {
      const t = [];
      const e = new E();
      const it = E.on(e, 'x');
      attempt(t, 'throw(Error)', () => it.throw(new Error('thrown in')));
      t.push(`counts ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      await settle(t, 'next', it.next());
      await settle(t, 'next', Promise.race([it.next(), tick().then(() => 'still pending')]));
      const it2 = E.on(e, 'x');
      for (const value of ['no', null, undefined, { message: 'x' }]) attempt(t, `throw(${fmt(value)})`, () => it2.throw(value));
      it2.return();
      return t;
    },
  },
  {
    name: 'on(): an AbortSignal aborted before (throws) or during (rejects)',
    async run(E) {
      const t = [];
      const e = new E();
      const early = new AbortController();
      early.abort();
      attempt(t, 'aborted before', () => E.on(e, 'x', { signal: early.signal }));
      attempt(t, 'signal 1', () => E.on(e, 'x', { signal: 1 }));
      attempt(t, 'emitter {}', () => E.on({}, 'x'));
      const ac = new AbortController();
      const it = E.on(e, 'x', { signal: ac.signal });
      e.emit('x', 'kept');
      const first = it.next();
      const second = it.next();
      ac.abort();
      t.push(`counts ${e.listenerCount('x')} ${e.listenerCount('error')}`);
      await settle(t, 'first', first);
      await settle(t, 'second', second);
      await settle(t, 'third', it.next());
      return t;
    },
  },
  {
    name: 'on(): the iterator object',
    run(E) {
      const e = new E();
      const it = E.on(e, 'x');
      const asyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
      const t = [
        `own ${Object.getOwnPropertyNames(it).join(',')}`,
        `proto ${Object.getPrototypeOf(it) === asyncIteratorProto}`,
        `self ${it[Symbol.asyncIterator]() === it}`,
        `return is promise ${it.return() instanceof Promise}`,
      ];
      return t;
    },
  },
  {
    name: "on(): waiting for 'error' events",
    async run(E) {
      const t = [];
      const e = new E();
      const it = E.on(e, 'error');
      t.push(`count ${e.listenerCount('error')}`);
      e.emit('error', new Error('one'));
      e.emit('error', 'two');
      await settle(t, 'next', it.next());
      await settle(t, 'next', it.next());
      await it.return();
      t.push(`count after ${e.listenerCount('error')}`);
      return t;
    },
  },
  {
    name: 'on(): an EventTarget',
    async run(E) {
      const t = [];
      const target = new EventTarget();
      const it = E.on(target, 'ping');
      target.dispatchEvent(new Event('ping'));
      target.dispatchEvent(new Event('ping'));
      await settle(t, 'next', it.next());
      await settle(t, 'next', it.next());
      await settle(t, 'return', it.return());
      // Not compared: an event dispatched after return(). Node 16 wraps the listener it
      // adds to an EventTarget and then removes the unwrapped one, so the listener stays
      // and keeps buffering; polynode removes it (test/events/statics.test.ts).
      await settle(t, 'after return', it.next());
      return t;
    },
  },
  // ----- other statics --------------------------------------------------------------------
  {
    name: 'getEventListeners on an EventEmitter, and its errors',
    run(E) {
      const t = [];
      const [e, a, b] = make(E, t, 'a', 'b');
      e.on('x', a).once('x', b);
      attempt(t, 'emitter', () => E.getEventListeners(e, 'x'));
      attempt(t, 'none', () => E.getEventListeners(e, 'y'));
      attempt(t, 'duck', () => E.getEventListeners({ listeners: (n) => [`dummy ${n}`] }, 'z'));
      attempt(t, '{}', () => E.getEventListeners({}, 'x'));
      attempt(t, '1', () => E.getEventListeners(1, 'x'));
      // The engine's own TypeError: its message differs from engine to engine.
      try {
        E.getEventListeners(null, 'x');
      } catch (error) {
        t.push(`null threw ${error.constructor.name} code ${error.code}`);
      }
      return t;
    },
  },
  {
    name: 'setMaxListeners(n, ...targets) and setMaxListeners(n)',
    run(E) {
      const t = [];
      const a = new E();
      const b = new E();
      try {
        E.setMaxListeners(3, a, b);
        t.push(`targets ${a.getMaxListeners()} ${b.getMaxListeners()} default ${E.defaultMaxListeners}`);
        E.setMaxListeners(4);
        t.push(`default ${E.defaultMaxListeners} new ${new E().getMaxListeners()}`);
        E.setMaxListeners();
        t.push(`no args ${E.defaultMaxListeners}`);
        const target = new EventTarget();
        attempt(t, 'EventTarget', () => E.setMaxListeners(5, target));
        // Node's own EventTarget starts with its limit (10) under the same symbol names.
        const marks = Object.getOwnPropertySymbols(target).filter((s) => s.description.startsWith('events.'));
        t.push(`EventTarget marks ${marks.slice(-2).map((s) => `${s.description}=${target[s]}`).join(',')}`);
        attempt(t, 'target {}', () => E.setMaxListeners(2, {}));
        attempt(t, 'target 1', () => E.setMaxListeners(2, 1));
        attempt(t, 'n -1', () => E.setMaxListeners(-1, a));
        attempt(t, "n 'x'", () => E.setMaxListeners('x'));
        attempt(t, 'a partly applied list', () => E.setMaxListeners(7, a, {}, b));
        t.push(`after partial ${a.getMaxListeners()} ${b.getMaxListeners()}`);
      } finally {
        E.defaultMaxListeners = 10;
      }
      return t;
    },
  },
  {
    name: 'init() and the capture flag on emitters that share a prototype',
    run(E) {
      const t = [];
      const e = new E({ captureRejections: true });
      const child = Object.create(e);
      E.call(child);
      t.push(`child capture ${Object.getOwnPropertySymbols(child).map((s) => child[s]).join(',')} parent ${Object.getOwnPropertySymbols(e).map((s) => e[s]).join(',')}`);
      attempt(t, 'init bad option', () => E.init.call({}, { captureRejections: 'x' }));
      return t;
    },
  },
];
