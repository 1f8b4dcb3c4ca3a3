// The scenarios of test/events/scenarios.mjs, run with polynode's events and compared trace
// by trace with what real Node 16.13.1 wrote (scripts/golden/events.mjs ->
// test/golden/node16-events.json): listener order, arguments, return values, errors (class,
// code, message), leak warnings, once/on promises and iterators.
import { expect } from 'chai';
import golden from '../golden/node16-events.json';
import EventEmitter from '../../src/events/index.js';
import { SCENARIOS, type ScenarioEnv } from './scenarios.mjs';

const GOLDEN = golden.scenarios as Record<string, string[]>;

/** Warnings, as printed: polynode prints them with console.warn while process.emitWarning is not built. */
const env: ScenarioEnv = {
  captureWarnings() {
    const lines = [] as unknown as string[] & { stop(): void };
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    };
    lines.stop = () => {
      console.warn = original;
    };
    return lines;
  },
};

describe('events: scenarios compared with Node 16.13.1', () => {
  it('has a Node trace for every scenario and a scenario for every Node trace', () => {
    expect(SCENARIOS.map((s) => s.name).sort()).to.deep.equal(Object.keys(GOLDEN).sort());
    expect(SCENARIOS.length).to.be.at.least(60);
  });

  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const trace = await scenario.run(EventEmitter, env);
      expect(trace).to.deep.equal(GOLDEN[scenario.name]);
    });
  }
});
