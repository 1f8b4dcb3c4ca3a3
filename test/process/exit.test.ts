// process.exit: 'exit' first, with the exit code, then process.reallyExit(code), which
// stops polynode's ticks, timers and immediates. A test page shares one process across its
// suites, so reallyExit is replaced by a spy here, and the stopping itself is checked on the
// tick queue (ticks.ts) with its test-only restart.
import { expect } from 'chai';
import process, * as named from '../../src/process/index.js';
import { queueTick, restartTicks, runTicks, stopTicks, ticksStopped } from '../../src/internal/ticks.js';

describe('process.exit', () => {
  it("sets exitCode, emits 'exit' with it, then calls reallyExit(code)", () => {
    const seen: unknown[] = [];
    const reallyExit = process.reallyExit;
    process.reallyExit = (code: unknown) => seen.push(`reallyExit ${String(code)}`);
    process.once('exit', (code: unknown) => seen.push(`exit ${String(code)} ${String(process._exiting)}`));
    try {
      process.exit(3);
    } finally {
      process.reallyExit = reallyExit;
      process._exiting = false;
      delete process.exitCode;
    }
    expect(seen).to.deep.equal(['exit 3 true', 'reallyExit 3']);
    expect(named._exiting).to.equal(false);
  });

  it('after the exit, queued and later ticks never run', () => {
    const seen: string[] = [];
    queueTick(() => seen.push('before'), []);
    stopTicks();
    queueTick(() => seen.push('after'), []);
    runTicks();
    expect(ticksStopped()).to.equal(true);
    restartTicks();
    expect(seen).to.deep.equal([]);
  });
});
