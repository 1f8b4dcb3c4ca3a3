// The scenarios of test/stream/scenarios.mjs, run with polynode's stream and compared trace
// by trace with what real Node 16.13.1 wrote (scripts/golden/stream.mjs ->
// test/golden/node16-stream.json): event order, return values, backpressure, errors (class,
// code, message), pipeline, finished, abort signals, async iteration, consumers.
import { expect } from 'chai';
import golden from '../golden/node16-stream.json';
import stream from '../../src/stream/index.js';
import * as consumers from '../../src/stream/consumers/index.js';
import promises from '../../src/stream/promises/index.js';
import { SCENARIOS } from './scenarios.mjs';

const GOLDEN = golden.scenarios as Record<string, string[]>;

/**
 * Where the engine (readable-stream 4.8, which is Node 18.19's stream code) differs from Node
 * 16.13.1 on purpose-free details: Node's trace, then ours, both checked, so a change in
 * either shows up here.
 */
const KNOWN_DIFFERENCES: Record<string, { why: string; ours: string[] }> = {
  'pipeline: destroy(err) in the middle destroys every stream': {
    why: "Node 18's pipeline waits for every stream to close before calling back; Node 16 calls back first",
    ours: ['w write "a" buffer', 't close destroyed=true', 'r close destroyed=true', 'w close destroyed=true', 'done Error|Error|undefined|boom'],
  },
  'pipeline without a callback throws ERR_INVALID_CALLBACK': {
    why: 'Node 18 replaced ERR_INVALID_CALLBACK with ERR_INVALID_ARG_TYPE for a missing pipeline callback',
    ours: ['TypeError|ERR_INVALID_ARG_TYPE|The "streams[stream.length - 1]" propert'],
  },
  'async iteration with early break destroys the stream': {
    why: "Node 18 destroys a stream left by an early break with an AbortError ('error' is emitted); Node 16 destroys it without one",
    ours: ['got a', 'r error AbortError|AbortError|ABORT_ERR|The operation was aborted', 'r close', 'destroyed true'],
  },
};

describe('stream: scenarios compared with Node 16.13.1', () => {
  it('has a Node trace for every scenario and a scenario for every Node trace', () => {
    expect(SCENARIOS.map((s) => s.name).sort()).to.deep.equal(Object.keys(GOLDEN).sort());
    expect(SCENARIOS.length).to.be.at.least(30);
  });

  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const trace = await scenario.run(stream, { consumers, promises });
      const known = KNOWN_DIFFERENCES[scenario.name];
      if (known) {
        expect(trace, known.why).to.deep.equal(known.ours);
        expect(GOLDEN[scenario.name], known.why).to.not.deep.equal(known.ours);
      } else expect(trace).to.deep.equal(GOLDEN[scenario.name]);
    });
  }
});
