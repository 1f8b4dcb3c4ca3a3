// child_process against Node 16.13.1: every scenario of cases.mjs (ENOENT and exit-127
// shapes, fork event orders, IPC errors, serialization) run with polynode and compared with
// test/golden/node16-child_process.json (scripts/golden/child_process.mjs). The fork
// scenarios need Web Workers: browsers only.
import { expect } from 'chai';
import golden from '../golden/node16-child_process.json';
import * as cp from '../../src/child_process/index.js';
import { SCENARIOS } from './cases.mjs';

const GOLDEN = golden.scenarios as Record<string, unknown>;
const inBrowser = typeof (globalThis as { Worker?: unknown }).Worker === 'function' && typeof (globalThis as { document?: unknown }).document === 'object';
const child = new URL('./child.fixture.js', import.meta.url);

describe('child_process: the Node 16 golden scenarios', function () {
  this.timeout(20000);

  it('covers every scenario of the golden file', () => {
    expect(SCENARIOS.map((s) => s.name)).to.deep.equal(Object.keys(GOLDEN));
  });

  for (const scenario of SCENARIOS) {
    const test = scenario.fork && !inBrowser ? it.skip : it;
    test(scenario.name, async () => {
      const result = await scenario.run(cp, { child });
      expect(JSON.parse(JSON.stringify(result))).to.deep.equal(GOLDEN[scenario.name]);
    });
  }
});
