// The ordering of process.nextTick, promises, queueMicrotask, setImmediate and setTimeout:
// every scenario of ordering-scenarios.mjs, run with polynode's process and timers, must
// give the sequence real Node 16.13.1 gave (test/golden/node16-ordering.json), except the
// one scenario that documents where a page cannot follow Node.
import { expect } from 'chai';
import golden from '../golden/node16-ordering.json';
import process from '../../src/process/index.js';
import * as timers from '../../src/timers/index.js';
import { SCENARIOS, runScenarios } from './ordering-scenarios.mjs';

const GOLDEN = golden.scenarios as Record<string, string[]>;

describe('process.nextTick and timers: ordering compared with Node 16.13.1', () => {
  let results: Record<string, string[]>;
  before(async function () {
    this.timeout(20000);
    results = await runScenarios({
      nextTick: process.nextTick,
      queueMicrotask: (callback) => globalThis.queueMicrotask(callback),
      setTimeout: timers.setTimeout,
      clearTimeout: timers.clearTimeout,
      setInterval: timers.setInterval,
      clearInterval: timers.clearInterval,
      setImmediate: timers.setImmediate,
      clearImmediate: timers.clearImmediate,
    });
  });

  it('has a Node sequence for every scenario', () => {
    expect(SCENARIOS.map((s) => s.name).sort()).to.deep.equal(Object.keys(GOLDEN).sort());
  });

  for (const scenario of SCENARIOS) {
    it(scenario.name, () => {
      if (scenario.polynode) {
        expect(GOLDEN[scenario.name], 'Node still orders this differently').not.to.deep.equal(scenario.polynode);
        expect(results[scenario.name]).to.deep.equal(scenario.polynode);
      } else {
        expect(results[scenario.name]).to.deep.equal(GOLDEN[scenario.name]);
      }
    });
  }
});
