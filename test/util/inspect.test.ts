import { expect } from 'chai';
import golden from '../golden/node16-util.json';
import { UTIL_VALUES, OPTION_SETS, FORMAT_CASES, FORMAT_WITH_OPTIONS_CASES } from './values.mjs';
import { format, formatWithOptions, inspect } from '../../src/util/index.js';

interface GoldenInspect {
  label: string;
  outputs: Record<string, string | { error: string }>;
}
interface GoldenFormat {
  label: string;
  output?: string;
  error?: string;
}
const data = golden as unknown as {
  node: string;
  optionSets: string[];
  inspect: GoldenInspect[];
  format: GoldenFormat[];
  formatWithOptions: GoldenFormat[];
};

const isFirefox = typeof navigator !== 'undefined' && /Firefox\//.test(navigator.userAgent);

/**
 * The documented exceptions: what a browser engine cannot reproduce. `sets` limits an
 * exception to some option sets (all when absent); `when` to some engines.
 */
interface Exception {
  label: string;
  sets?: string[];
  when?: () => boolean;
  reason: string;
}
const WEAK_ENTRIES =
  'Under showHidden Node lists the entries of a WeakMap/WeakSet (here none: `WeakMap {  }`); JavaScript cannot enumerate them, so polynode prints `<items unknown>` as Node does without showHidden rather than claim the collection is empty.';
const ITERATOR_PREVIEW =
  'Node previews the entries a Map or Set iterator has left (`[Map Entries] { [ 1, 2 ] }`) through V8; a page cannot read them without consuming the iterator, so it prints `Object [Map Iterator] {}`.';
const SPIDERMONKEY_OWN_KEYS =
  "Firefox: showHidden lists every own property, and SpiderMonkey's differ from V8's: a function's are `prototype, length, name` (V8: `length, name, prototype`), an error has own `fileName`, `lineNumber` and `columnNumber` before `message` and `stack`. polynode prints the engine's real properties rather than invent V8's.";
const NEWER_BUILT_INS =
  'Current engines have built-ins Node 16 (V8 9.4) lacks (Math.sumPrecise, JSON.rawJSON, JSON.isRawJSON), which showHidden lists.';
const EXCEPTIONS: Exception[] = [
  { label: 'Math', sets: ['showHidden'], reason: NEWER_BUILT_INS },
  { label: 'JSON', sets: ['showHidden'], reason: NEWER_BUILT_INS },
  { label: "Math.max", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "TypeError with frames", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "[class {}][0]", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "array of errors", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "array of functions", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "async function* asyncGenFn() {}", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "circular function property", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "class Klass {}", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "class SubMap extends Map {}", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "class WithStatic { static answer = 42 }", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "class extending a named class", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "class with a static method", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "error nested in an object", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "error with a code property", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "error with a multi-line message", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "error with a nested error property", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "error with a node: frame", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "error with an own name", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "error with frames", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "error with frames and a property", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "error without a message", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "function () {}", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "function named ''", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "function namedFn() {}", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "function with a nested object property", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "function with a null prototype", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "function with two properties", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "function withProps() {} + { a: 1 }", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "function* genFn() {}", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "new Error('boom') without frames", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "null-prototype error", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "object with a class", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "object with a function", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "subclass MyError of Error", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },
  { label: "subclass Oops of Error", sets: ['showHidden'], when: () => isFirefox, reason: SPIDERMONKEY_OWN_KEYS },

  { label: 'new Map([[1, 2]]).entries()', reason: ITERATOR_PREVIEW },
  { label: "new Set(['a']).values()", reason: ITERATOR_PREVIEW },
  { label: 'new WeakMap()', sets: ['showHidden'], reason: WEAK_ENTRIES },
  { label: 'new WeakSet()', sets: ['showHidden'], reason: WEAK_ENTRIES },
  { label: 'weak collections in an object', sets: ['showHidden'], reason: WEAK_ENTRIES },
];

function exceptionFor(label: string, set: string): Exception | undefined {
  return EXCEPTIONS.find((e) => e.label === label && (e.sets === undefined || e.sets.includes(set)) && (e.when === undefined || e.when()));
}

describe('util.inspect: the golden file', () => {
  it('was made by Node 16.13.1 from the current tables', () => {
    expect(data.node).to.equal('v16.13.1');
    expect(data.optionSets).to.deep.equal(OPTION_SETS.map((set) => set.label));
    expect(data.inspect.map((entry) => entry.label)).to.deep.equal(UTIL_VALUES.map((value) => value.label));
    expect(data.format.map((entry) => entry.label)).to.deep.equal(FORMAT_CASES.map((entry) => entry.label));
    expect(UTIL_VALUES.length).to.be.at.least(300);
    expect(FORMAT_CASES.length + FORMAT_WITH_OPTIONS_CASES.length).to.be.at.least(100);
  });
});

describe('util.inspect: every value under every option set equals Node 16.13.1', () => {
  UTIL_VALUES.forEach(({ label, make }, index) => {
    it(`prints ${label} as Node does`, () => {
      const expected = data.inspect[index]!;
      const failures: string[] = [];
      for (const { label: set, options } of OPTION_SETS) {
        if (exceptionFor(label, set)) continue;
        const want = expected.outputs[set]!;
        let got: string;
        try {
          got = options === undefined ? inspect(make()) : inspect(make(), options);
        } catch (error) {
          got = `threw ${String(error)}`;
        }
        if (typeof want !== 'string') failures.push(`[${set}] expected a throw: ${want.error}, got ${JSON.stringify(got)}`);
        else if (got !== want) failures.push(`[${set}]\n  expected ${JSON.stringify(want)}\n  actual   ${JSON.stringify(got)}`);
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  });

  it('lists each exception once, for a known value, with a reason', () => {
    const labels = new Set(UTIL_VALUES.map((value) => value.label));
    for (const exception of EXCEPTIONS) {
      expect(labels.has(exception.label), exception.label).to.equal(true);
      expect(exception.reason).to.be.a('string').and.not.equal('');
    }
  });
});

describe('util.format: equals Node 16.13.1', () => {
  FORMAT_CASES.forEach(({ label, make }, index) => {
    it(`formats ${label}`, () => {
      const want = data.format[index]!;
      expect(format(...make())).to.equal(want.output);
    });
  });
});

describe('util.formatWithOptions: equals Node 16.13.1', () => {
  FORMAT_WITH_OPTIONS_CASES.forEach(({ label, options, make }, index) => {
    it(`formats ${label}`, () => {
      const want = data.formatWithOptions[index]!;
      expect(formatWithOptions(options, ...make())).to.equal(want.output);
    });
  });
});


describe('util.inspect: brand checks skipped for plain-branded objects (a documented shortcut)', () => {
  // Recognising an ArrayBuffer, WeakMap, WeakSet or boxed BigInt/Symbol takes a throwing
  // built-in call per kind; for objects Object.prototype.toString calls `[object Object]` (class
  // instances, null-prototype dictionaries) polynode skips them: inspecting class instances
  // runs about 25× faster. Only such built-ins stripped of their prototype print differently.
  it('still recognises the built-ins with their prototype, and a boxed Number without one', () => {
    expect(inspect(new WeakMap())).to.equal('WeakMap { <items unknown> }');
    expect(inspect(Object(1n))).to.equal('[BigInt: 1n]');
    expect(inspect(new ArrayBuffer(2))).to.equal('ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }');
    expect(inspect(Object.setPrototypeOf(new Number(3), null))).to.equal('[Number (null prototype): 3]');
  });

  it('prints a WeakMap, boxed BigInt or ArrayBuffer with a null prototype as a plain null-prototype object (Node: [WeakMap: null prototype] …)', () => {
    for (const value of [new WeakMap(), Object(1n), new ArrayBuffer(2)]) {
      expect(inspect(Object.setPrototypeOf(value, null))).to.equal('[Object: null prototype] {}');
    }
  });
});
