import { expect } from 'chai';
import perfHooks, { performance, createHistogram, monitorEventLoopDelay, PerformanceEntry, PerformanceMark, PerformanceObserver } from '../../src/perf_hooks/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

describe('perf_hooks.performance', () => {
  it('has methods that work when destructured', () => {
    const { now, mark, measure, clearMarks, clearMeasures, getEntriesByName, getEntriesByType, getEntries, toJSON, eventLoopUtilization, timerify } = performance;
    expect(now()).to.be.a('number').above(0);
    const m = mark('polynode-a');
    expect(m.name).to.equal('polynode-a');
    expect(m.entryType).to.equal('mark');
    const ms = measure('polynode-m', 'polynode-a');
    expect(ms.entryType).to.equal('measure');
    expect(getEntriesByName('polynode-a')).to.have.length(1);
    expect(getEntriesByType('measure').some((e) => e.name === 'polynode-m')).to.equal(true);
    expect(getEntries().length).to.be.at.least(2);
    clearMarks('polynode-a');
    clearMeasures('polynode-m');
    expect(getEntriesByName('polynode-a')).to.have.length(0);
    expect(Object.keys(toJSON())).to.deep.equal(['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
    expect(Object.keys(eventLoopUtilization())).to.deep.equal(['idle', 'active', 'utilization']);
    expect(timerify((a: number) => a * 2)(3)).to.equal(6);
  });

  it("reports timeOrigin and Node's nodeTiming shape", () => {
    expect(performance.timeOrigin).to.be.a('number').above(1e12);
    expect(Object.keys(performance.nodeTiming)).to.deep.equal(['name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete', 'idleTime']);
  });

  it('timerify names, caches and validates like Node', () => {
    function foo(a: number) {
      return a * 2;
    }
    const t = performance.timerify(foo);
    expect(t.name).to.equal('timerified foo');
    expect(t.length).to.equal(1);
    expect(performance.timerify(foo)).to.equal(t);
    expect(performance.timerify(t)).to.equal(t);
    const h = createHistogram();
    performance.timerify(() => 1, { histogram: h })();
    expect(h.max).to.be.above(0);
    expectThrowsNodeError(() => performance.timerify(5 as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "fn" argument must be of type function. Received type number (5)' });
    expectThrowsNodeError(() => performance.timerify(() => 1, { histogram: 5 as never }), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.histogram" property must be an instance of RecordableHistogram. Received type number (5)',
    });
  });

  it('exposes the platform classes', () => {
    expect(typeof PerformanceEntry).to.equal('function');
    expect(typeof PerformanceObserver).to.equal('function');
    expect(new (PerformanceMark as unknown as new (n: string, o: object) => { detail: unknown })('a', { detail: 1 }).detail).to.equal(1);
    expect(perfHooks.constants.NODE_PERFORMANCE_GC_MAJOR).to.equal(2);
  });
});

describe('perf_hooks.createHistogram', () => {
  it("starts empty with Node's values", () => {
    const h = createHistogram();
    expect([h.min, h.max, h.mean, h.stddev, h.exceeds]).to.deep.equal([9223372036854776000, 0, NaN, NaN, 0]);
    expect([...h.percentiles]).to.deep.equal([[100, 0]]);
    expect(h.percentile(50)).to.equal(0);
  });

  it('records values with the statistics Node reports', () => {
    const h = createHistogram();
    for (const v of [1, 5, 100, 1000]) h.record(v);
    h.record(2n);
    h.reset();
    for (const v of [1, 5, 100, 1000]) h.record(v);
    expect([h.min, h.max, h.mean]).to.deep.equal([1, 1000, 276.5]);
    expect(h.stddev).to.be.closeTo(419.5881909682397, 1e-9);
    expect([h.percentile(50), h.percentile(99)]).to.deep.equal([5, 1000]);
    expect([...h.percentiles]).to.deep.equal([[0, 1], [50, 5], [75, 100], [87.5, 1000], [100, 1000]]);
  });

  it('validates like Node 16', () => {
    const h = createHistogram();
    expectThrowsNodeError(() => h.record(0), { type: RangeError, code: 'ERR_OUT_OF_RANGE', message: 'The value of "val" is out of range. It must be a safe integer greater than 0. Received 0' });
    expectThrowsNodeError(() => h.record(1.5), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "val" argument must be of type bigint or integer. Received type number (1.5)' });
    expectThrowsNodeError(() => h.percentile(0), { type: RangeError, code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'percentile' is invalid. Received 0" });
    expectThrowsNodeError(() => h.percentile('a' as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: `The "percentile" argument must be of type number. Received type string ('a')` });
  });

  it('recordDelta records the time between calls', () => {
    const h = createHistogram();
    h.recordDelta();
    expect(h.max).to.equal(0);
    h.recordDelta();
    expect(h.min).to.be.above(0);
  });
});

describe('perf_hooks.monitorEventLoopDelay', () => {
  it('validates its options like Node', () => {
    expectThrowsNodeError(() => monitorEventLoopDelay({ resolution: 0 }), {
      type: RangeError,
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "options.resolution" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
    });
    expectThrowsNodeError(() => monitorEventLoopDelay(5 as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)' });
  });

  it('samples the delay while enabled', async () => {
    const m = monitorEventLoopDelay({ resolution: 5 });
    expect(m.enable()).to.equal(true);
    expect(m.enable()).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(m.disable()).to.equal(true);
    expect(m.disable()).to.equal(false);
    expect(m.max).to.be.above(0);
    expect(m.min).to.be.at.most(m.max);
  });
});
