// The cases of test/readline/cases.mjs run with polynode's readline, stream and Buffer and
// compared with what real Node 16.13.1 gave (scripts/golden/readline.mjs ->
// test/golden/node16-readline.json): the 10,000-line inputs split at seeded random chunk
// boundaries (between `\r` and `\n`, inside multi-byte characters), and the event-order
// scenarios (line/pause/resume/close/history/SIGINT order, question and abort, async
// iteration, keypress parsing, terminal editing output, cursor helpers, errors).
import { expect } from 'chai';
import golden from '../golden/node16-readline.json';
import readline from '../../src/readline/index.js';
import stream from '../../src/stream/index.js';
import { Buffer } from '../../src/buffer/index.js';
import { SCENARIOS, SPLIT_CASES, runSplitCase, type CaseModules, type SplitResult } from './cases.mjs';

const m: CaseModules = { readline, stream, Buffer };
const SPLIT = golden.split as Record<string, SplitResult>;
const GOLDEN = golden.scenarios as Record<string, string[]>;

describe('readline: line splitting compared with Node 16.13.1', () => {
  it('has a Node result for every split case', () => {
    expect(SPLIT_CASES.map((c) => c.name).sort()).to.deep.equal(Object.keys(SPLIT).sort());
  });

  for (const c of SPLIT_CASES) {
    it(`gives Node's lines for ${c.name}`, async () => {
      const result = await runSplitCase(m, c);
      expect(result).to.deep.equal(SPLIT[c.name]);
    });
  }
});

describe('readline: event-order scenarios compared with Node 16.13.1', () => {
  it('has a Node trace for every scenario and a scenario for every Node trace', () => {
    expect(SCENARIOS.map((s) => s.name).sort()).to.deep.equal(Object.keys(GOLDEN).sort());
    expect(SCENARIOS.length).to.be.at.least(15);
  });

  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const trace = await scenario.run(m);
      expect(trace).to.deep.equal(GOLDEN[scenario.name]);
    });
  }
});
