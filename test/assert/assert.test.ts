// assert against real Node 16.13.1: every failing assertion of test/assert/failures.mjs runs
// through polynode's assert, and what its error says (String(err), message, actual,
// expected, operator, generatedMessage, code, name) must equal what Node's said
// (test/golden/node16-assert.json, written by scripts/golden/assert.mjs).
import { expect } from 'chai';
import golden from '../golden/node16-assert.json';
import { FAILURES, runFailure, type FailureFields } from './failures.mjs';
import assert, { AssertionError, CallTracker, strict } from '../../src/assert/index.js';
import assertStrict, * as strictModule from '../../src/assert/strict/index.js';

const expected = golden.cases as Record<string, FailureFields>;

/** Cases whose outcome differs from Node's on purpose, with the reason. */
const EXCEPTIONS: Record<string, string> = {};

describe('assert: failures as Node 16.13.1 reports them', () => {
  for (const [name, fn] of FAILURES) {
    if (name in EXCEPTIONS) continue;
    it(name, async () => {
      const ours = JSON.parse(JSON.stringify(await runFailure(assert, fn))) as FailureFields;
      expect(ours).to.deep.equal(expected[name]);
    });
  }
  it('covers at least 100 failing assertions, all recorded from Node', () => {
    expect(FAILURES.length).to.be.at.least(100);
    expect(Object.keys(expected)).to.have.members(FAILURES.map(([name]) => name));
  });
});

describe('assert: module shape', () => {
  it('the default export is assert.ok carrying every member', () => {
    expect(assert).to.equal(assert.ok);
    expect(assert.strict).to.equal(strict);
    expect(strict.strict).to.equal(strict);
    expect(strict.equal).to.equal(assert.strictEqual);
    expect(strict.deepEqual).to.equal(assert.deepStrictEqual);
    expect(strict.notEqual).to.equal(assert.notStrictEqual);
    expect(strict.notDeepEqual).to.equal(assert.notDeepStrictEqual);
    expect(strict.ok).to.equal(assert.ok);
  });
  it('assert/strict exports assert.strict and its members', () => {
    expect(assertStrict).to.equal(strict);
    expect(strictModule.equal).to.equal(assert.strictEqual);
    expect(strictModule.deepEqual).to.equal(assert.deepStrictEqual);
    expect(strictModule.AssertionError).to.equal(AssertionError);
  });
  it('passing assertions return undefined', async () => {
    expect(assert.ok(1)).to.equal(undefined);
    assert.equal(1, '1');
    assert.deepEqual({ a: 1 }, { a: '1' });
    assert.deepStrictEqual(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]]));
    assert.throws(() => {
      throw new TypeError('x');
    }, TypeError);
    assert.throws(() => {
      throw new TypeError('x');
    }, { name: 'TypeError', message: /x/ });
    assert.doesNotThrow(() => 1);
    assert.match('abc', /b/);
    assert.doesNotMatch('abc', /x/);
    assert.ifError(null);
    await assert.rejects(Promise.reject(new Error('x')), /x/);
    await assert.doesNotReject(Promise.resolve(1));
    strict(true);
  });
});

describe('assert.AssertionError', () => {
  it('has Node\'s name, code and own keys', () => {
    const error = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('AssertionError');
    expect(Object.keys(error)).to.deep.equal(['generatedMessage', 'code', 'actual', 'expected', 'operator']);
    expect(String(error)).to.equal('AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
  });
});

describe('assert.CallTracker', () => {
  it('reports and verifies calls as Node does', () => {
    const tracker = new CallTracker();
    function foo(): number {
      return 1;
    }
    const wrapped = tracker.calls(foo, 2);
    expect(wrapped()).to.equal(1);
    const report = tracker.report();
    expect(report).to.have.length(1);
    expect(report[0]!.message).to.equal('Expected the foo function to be executed 2 time(s) but was executed 1 time(s).');
    expect(report[0]!.operator).to.equal('foo');
    expect(() => tracker.verify()).to.throw('Function(s) were not called the expected number of times');
    wrapped();
    expect(tracker.report()).to.deep.equal([]);
    tracker.verify();
  });
});
