import { expect } from 'chai';
import golden from '../golden/node16-util.json';
import { UTIL_VALUES, STRING_CASES } from './values.mjs';
import { expectThrowsNodeError } from '../support/node-error.js';
import * as util from '../../src/util/index.js';
import utilDefault from '../../src/util/index.js';
import * as types from '../../src/util/types/index.js';
import { formatWarning, setWarningHandler, type Warning } from '../../src/internal/warnings.js';

const data = golden as unknown as {
  types: { label: string; true: string[] }[];
  strings: { text: string; stripped: string; usv: string }[];
  errnoMap: [number, [string, string]][];
};

const TYPE_NAMES = Object.keys(types).filter((name) => name !== 'default');

/** Where a browser cannot answer as V8 does (see each function's TSDoc). */
const TYPE_EXCEPTIONS: Record<string, string> = {};

describe('util.types: every predicate on every value equals Node 16.13.1', () => {
  UTIL_VALUES.forEach(({ label, make }, index) => {
    it(`classifies ${label}`, () => {
      const expected = data.types[index]!;
      expect(expected.label).to.equal(label);
      const actual = TYPE_NAMES.filter((name) => (types as unknown as Record<string, (v: unknown) => boolean>)[name]!(make()));
      if (TYPE_EXCEPTIONS[label]) return;
      expect(actual.sort()).to.deep.equal([...expected.true].sort());
    });
  });

  it('recognises values from another realm (an iframe) by brand', function () {
    if (typeof document === 'undefined') this.skip();
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    try {
      const other = frame.contentWindow as unknown as Record<string, any>;
      const run = (source: string): unknown => other.eval(source);
      expect(types.isDate(run('new Date(0)'))).to.equal(true);
      expect(types.isMap(run('new Map()'))).to.equal(true);
      expect(types.isSet(run('new Set()'))).to.equal(true);
      expect(types.isRegExp(run('/x/'))).to.equal(true);
      expect(types.isRegExp(run('RegExp.prototype'))).to.equal(false);
      expect(types.isUint8Array(run('new Uint8Array(1)'))).to.equal(true);
      expect(types.isArrayBuffer(run('new ArrayBuffer(1)'))).to.equal(true);
      expect(types.isNativeError(run('new TypeError("x")'))).to.equal(true);
      expect(types.isPromise(run('Promise.resolve()'))).to.equal(true);
      expect(types.isAsyncFunction(run('(async () => {})'))).to.equal(true);
      expect(types.isGeneratorFunction(run('(function* () {})'))).to.equal(true);
      expect(types.isBoxedPrimitive(run('new String("s")'))).to.equal(true);
      expect(types.isWeakMap(run('new WeakMap()'))).to.equal(true);
      expect(util.isArray(run('[]'))).to.equal(true);
      expect(util.inspect(run('new Map([[1, {a: [2]}]])'))).to.equal("Map(1) { 1 => { a: [ 2 ] } }");
    } finally {
      frame.remove();
    }
  });

  it('is not fooled by Symbol.toStringTag where a brand check exists', () => {
    const fake = (tag: string): object => ({ [Symbol.toStringTag]: tag });
    expect(types.isDate(fake('Date'))).to.equal(false);
    expect(types.isMap(fake('Map'))).to.equal(false);
    expect(types.isTypedArray(fake('Uint8Array'))).to.equal(false);
    expect(types.isNativeError(fake('Error'))).to.equal(false);
    expect(types.isArrayBuffer(fake('ArrayBuffer'))).to.equal(false);
  });

  it('recognises a module namespace by its shape (bundlers turn namespaces into plain objects, so the shape is built here)', () => {
    expect(types.isModuleNamespaceObject(Object.create(null))).to.equal(false);
    expect(types.isModuleNamespaceObject(Object.freeze({ __proto__: null, [Symbol.toStringTag]: 'Module' }))).to.equal(false);
    const shaped = Object.preventExtensions(Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'Module' }));
    expect(types.isModuleNamespaceObject(shaped)).to.equal(true);
  });
});

describe('util.promisify', () => {
  it('resolves with the first value and rejects with the error', async () => {
    const ok = util.promisify((a: number, cb: (e: unknown, v?: number) => void) => cb(null, a * 2));
    expect(await ok(21)).to.equal(42);
    const fail = util.promisify((cb: (e: unknown) => void) => cb(new Error('no')));
    let caught: unknown;
    await fail().catch((e: unknown) => (caught = e));
    expect((caught as Error).message).to.equal('no');
  });

  it('rejects when the original throws, and passes this', async () => {
    const thrower = util.promisify(() => {
      throw new Error('sync');
    });
    let caught: unknown;
    await thrower().catch((e: unknown) => (caught = e));
    expect((caught as Error).message).to.equal('sync');
    const obj = { v: 3, get: util.promisify(function (this: { v: number }, cb: (e: null, v: number) => void) { cb(null, this.v); }) };
    expect(await obj.get()).to.equal(3);
  });

  it('keeps name, length, own properties and prototype, and marks the result as its own custom form', () => {
    function named(a: unknown, b: unknown, cb: unknown): void {
      void a, b, cb;
    }
    (named as unknown as { extra: number }).extra = 1;
    const p = util.promisify(named);
    expect(p.name).to.equal('named');
    expect(p.length).to.equal(3);
    expect((p as unknown as { extra: number }).extra).to.equal(1);
    expect(Object.getPrototypeOf(p)).to.equal(Function.prototype);
    expect((p as unknown as Record<symbol, unknown>)[util.promisify.custom]).to.equal(p);
    expect(util.promisify(p)).to.equal(p);
  });

  it('uses util.promisify.custom, which is Symbol.for("nodejs.util.promisify.custom")', () => {
    expect(util.promisify.custom).to.equal(Symbol.for('nodejs.util.promisify.custom'));
    const custom = (): Promise<number> => Promise.resolve(1);
    const original = Object.assign(() => {}, { [util.promisify.custom]: custom });
    expect(util.promisify(original)).to.equal(custom);
  });

  it('throws ERR_INVALID_ARG_TYPE for a non-function, and for a non-function custom form', () => {
    expectThrowsNodeError(() => util.promisify(1 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "original" argument must be of type function. Received type number (1)',
    });
    expectThrowsNodeError(() => util.promisify(Object.assign(() => {}, { [util.promisify.custom]: 'x' })), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "util.promisify.custom" property must be of type function. Received type string ('x')`,
    });
  });
});

describe('util.callbackify', () => {
  const call = (fn: (...args: unknown[]) => void, ...args: unknown[]): Promise<unknown[]> =>
    new Promise((resolve) => fn(...args, (...results: unknown[]) => resolve(results)));

  it('calls back with (null, value) and (reason)', async () => {
    expect(await call(util.callbackify(async (x: number) => x + 1), 1)).to.deep.equal([null, 2]);
    const error = new Error('r');
    expect(await call(util.callbackify(() => Promise.reject(error)))).to.deep.equal([error]);
  });

  it('wraps a falsy rejection in ERR_FALSY_VALUE_REJECTION with the reason', async () => {
    for (const reason of [null, undefined, 0, '', false]) {
      const [error] = (await call(util.callbackify(() => Promise.reject(reason)))) as [Error & { reason: unknown; code: string }];
      expect(error.code).to.equal('ERR_FALSY_VALUE_REJECTION');
      expect(error.message).to.equal('Promise was rejected with falsy value');
      expect(error.reason).to.equal(reason);
    }
  });

  it('is named originalCallbackified with one more parameter, and calls back asynchronously', async () => {
    const fn = util.callbackify(async function original(a: unknown) {
      return a;
    });
    expect(fn.name).to.equal('originalCallbackified');
    expect(fn.length).to.equal(2);
    let sync = true;
    const done = call(fn, 1).then((r) => [r, sync]);
    sync = false;
    expect(await done).to.deep.equal([[null, 1], false]);
  });

  it('throws ERR_INVALID_ARG_TYPE for a non-function and for a missing callback', () => {
    expectThrowsNodeError(() => util.callbackify(1 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "original" argument must be of type function. Received type number (1)',
    });
    expectThrowsNodeError(() => util.callbackify(async () => 1)(), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The last argument must be of type function. Received undefined',
    });
  });
});

describe('util.inherits', () => {
  it('links the prototypes and sets super_', () => {
    function Base(): void {}
    Base.prototype.hello = () => 'hi';
    function Child(): void {}
    util.inherits(Child, Base);
    expect((Child as unknown as { super_: unknown }).super_).to.equal(Base);
    expect(new (Child as unknown as new () => { hello(): string })().hello()).to.equal('hi');
  });

  it("throws Node's errors for missing constructors and prototypes", () => {
    expectThrowsNodeError(() => util.inherits(null, function () {}), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "ctor" argument must be of type function. Received null',
    });
    expectThrowsNodeError(() => util.inherits(function () {}, undefined), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "superCtor" argument must be of type function. Received undefined',
    });
    expectThrowsNodeError(() => util.inherits(function () {}, {}), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "superCtor.prototype" property must be of type object. Received undefined',
    });
  });
});

describe('util.deprecate', () => {
  // Warnings reach the handler of src/internal/warnings.ts, or console.warn one microtask
  // later when there is none (as in the [dist] run, whose util has its own copy of the
  // handler slot): both are collected, as Node prints them.
  let printed: string[];
  let previous: ReturnType<typeof setWarningHandler>;
  let warn: typeof console.warn;
  beforeEach(() => {
    printed = [];
    previous = setWarningHandler((warning: Warning) => printed.push(formatWarning(warning)));
    warn = console.warn;
    console.warn = (...args: unknown[]) => printed.push(args.join(' '));
  });
  afterEach(() => {
    setWarningHandler(previous);
    console.warn = warn;
  });
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 3; i++) await Promise.resolve();
  };

  it('warns once per wrapper, and once per code across wrappers', async () => {
    const a = util.deprecate((x: number) => x * 2, 'a is old', 'DEP_TEST_1');
    expect(a(2)).to.equal(4);
    a(3);
    util.deprecate(() => 0, 'other text', 'DEP_TEST_1')();
    const b = util.deprecate(() => 1, 'no code');
    b();
    b();
    await settle();
    expect(printed).to.deep.equal([
      '(node:1) [DEP_TEST_1] DeprecationWarning: a is old',
      '(node:1) DeprecationWarning: no code',
    ]);
  });

  it('keeps constructors working, with the prototype', async () => {
    class Old {
      v = 1;
    }
    const Wrapped = util.deprecate(Old, 'Old is old', 'DEP_TEST_2');
    const made = new Wrapped();
    expect(made).to.be.instanceOf(Old);
    expect(made.v).to.equal(1);
    expect(Wrapped.prototype).to.equal(Old.prototype);
    await settle();
    expect(printed).to.deep.equal(['(node:1) [DEP_TEST_2] DeprecationWarning: Old is old']);
  });

  it('throws ERR_INVALID_ARG_TYPE for a non-string code', () => {
    expectThrowsNodeError(() => util.deprecate(() => {}, 'm', 1 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "code" argument must be of type string. Received type number (1)',
    });
  });
});

describe('util.debuglog', () => {
  it('is disabled without NODE_DEBUG, and calls back with the logger on first use', () => {
    let received: unknown;
    const log = util.debuglog('polynode_test', (fn) => (received = fn));
    expect(log.enabled).to.equal(false);
    log('nothing %d', 1);
    expect(received).to.be.a('function');
    expect(Object.keys(log)).to.deep.equal(['enabled']);
    expect(util.debug).to.equal(util.debuglog);
  });
});

describe('util strings and system errors', () => {
  it('stripVTControlCharacters and toUSVString equal Node 16.13.1', () => {
    STRING_CASES.forEach((text, i) => {
      expect(util.stripVTControlCharacters(text), JSON.stringify(text)).to.equal(data.strings[i]!.stripped);
      expect(util.toUSVString(text), JSON.stringify(text)).to.equal(data.strings[i]!.usv);
    });
    expectThrowsNodeError(() => util.stripVTControlCharacters(1 as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "str" argument must be of type string. Received type number (1)',
    });
  });

  it('getSystemErrorMap equals Node 16.13.1 on Linux, and getSystemErrorName names errnos', () => {
    expect([...util.getSystemErrorMap()]).to.deep.equal(data.errnoMap);
    expect(util.getSystemErrorName(-2)).to.equal('ENOENT');
    expect(util.getSystemErrorName(-99999)).to.equal('Unknown system error -99999');
    expectThrowsNodeError(() => util.getSystemErrorName(1), {
      type: RangeError,
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "err" is out of range. It must be a negative integer. Received 1',
    });
    expectThrowsNodeError(() => util.getSystemErrorName('1' as never), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "err" argument must be of type number. Received type string ('1')`,
    });
  });

  it('_errnoException and _exceptionWithHostPort build Node-shaped errors', () => {
    const e = util._errnoException(-2, 'open', 'x');
    expect(e.message).to.equal('open ENOENT x');
    expect(Object.keys(e)).to.deep.equal(['errno', 'code', 'syscall']);
    const h = util._exceptionWithHostPort(-111, 'connect', '1.2.3.4', 80, 'x');
    expect(h.message).to.equal('connect ECONNREFUSED 1.2.3.4:80 - Local (x)');
    expect([h.errno, h.code, h.syscall, h.address, h.port]).to.deep.equal([-111, 'ECONNREFUSED', 'connect', '1.2.3.4', 80]);
  });
});

describe('util.inspect options and tables', () => {
  it('has inspect.custom, colors with aliases, styles and validated defaultOptions', () => {
    expect(util.inspect.custom).to.equal(Symbol.for('nodejs.util.inspect.custom'));
    expect(util.inspect.colors.red).to.deep.equal([31, 39]);
    expect(util.inspect.colors.grey).to.equal(util.inspect.colors.gray);
    expect(Object.keys(util.inspect.colors)).to.not.include('grey');
    expect(util.inspect.styles.number).to.equal('yellow');
    expect(util.inspect.defaultOptions).to.deep.equal({
      showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
      maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false,
    });
    expectThrowsNodeError(() => ((util.inspect as { defaultOptions: unknown }).defaultOptions = 1), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options" argument must be of type object. Received type number (1)',
    });
  });

  it('applies defaultOptions to later calls, and error messages follow them', () => {
    const saved = { ...util.inspect.defaultOptions };
    try {
      util.inspect.defaultOptions = { depth: 0 };
      expect(util.inspect({ a: { b: 1 } })).to.equal('{ a: [Object] }');
    } finally {
      util.inspect.defaultOptions = saved;
    }
    expect(util.inspect({ a: { b: 1 } })).to.equal('{ a: { b: 1 } }');
  });

  it('takes the legacy (value, showHidden, depth, colors) form', () => {
    expect(util.inspect([1], true)).to.equal('[ 1, [length]: 1 ]');
    expect(util.inspect({ a: { b: {} } }, false, 0)).to.equal('{ a: [Object] }');
    expect(util.inspect(1, false, 0, true)).to.equal('\u001b[33m1\u001b[39m');
  });

  it('uses changed styles and colours', () => {
    const saved = util.inspect.styles.number!;
    try {
      util.inspect.styles.number = 'red';
      expect(util.inspect(1, { colors: true })).to.equal('\u001b[31m1\u001b[39m');
    } finally {
      util.inspect.styles.number = saved;
    }
  });

  it('gives custom inspect methods util.inspect as the third argument', () => {
    const value = { [util.inspect.custom]: (_d: unknown, _o: unknown, inspect: unknown) => inspect === util.inspect };
    expect(util.inspect(value)).to.equal('true');
  });
});

describe('util: the rest', () => {
  it('has the deprecated type checks of Node', () => {
    expect(util.isArray([])).to.equal(true);
    expect(util.isBoolean(false)).to.equal(true);
    expect(util.isNullOrUndefined(undefined)).to.equal(true);
    expect(util.isObject(() => {})).to.equal(false);
    expect(util.isPrimitive(Symbol())).to.equal(true);
    expect(util.isError(Object.create(Error.prototype))).to.equal(true);
    expect(util.isDate(new Date())).to.equal(true);
    expect(util.isRegExp(/x/)).to.equal(true);
    expect(util.isFunction(class {})).to.equal(true);
  });

  it('_extend copies own enumerable properties; TextEncoder/TextDecoder are the platform\'s', () => {
    expect(util._extend({ a: 1 }, { b: 2 })).to.deep.equal({ a: 1, b: 2 });
    expect(util._extend({ a: 1 }, null)).to.deep.equal({ a: 1 });
    expect(util.TextEncoder).to.equal(globalThis.TextEncoder);
    expect(util.TextDecoder).to.equal(globalThis.TextDecoder);
  });

  it('isDeepStrictEqual compares deeply and strictly', () => {
    expect(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).to.equal(true);
    expect(util.isDeepStrictEqual({ a: 1 }, { a: '1' })).to.equal(false);
  });

  it('the default export carries every named export', () => {
    for (const [name, value] of Object.entries(util)) {
      if (name === 'default') continue;
      expect((utilDefault as Record<string, unknown>)[name], name).to.equal(value);
    }
  });
});
