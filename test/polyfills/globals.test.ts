// polyfills/globals installs Node's globals only where they are missing.
import { expect } from 'chai';
import { Buffer } from '../../src/buffer/index.js';
import process from '../../src/process/index.js';
import { setImmediate, clearImmediate } from '../../src/timers/index.js';

describe('polyfills/globals', () => {
  const scope = globalThis as Record<string, unknown>;
  // What was there before the import (read when the suite runs: an earlier suite of the
  // same page may have installed them already).
  const original: Record<string, unknown> = {};

  before(async () => {
    for (const name of ['Buffer', 'global', 'process', 'setImmediate', 'clearImmediate']) original[name] = scope[name];
    await import('../../polyfills/globals.js');
  });

  it('makes `global` the global object', () => {
    expect(scope.global).to.equal(original.global ?? globalThis);
    expect((scope.global as Record<string, unknown>).global).to.equal(scope.global);
  });

  it("installs polynode's Buffer where there was none, and keeps an existing one", () => {
    if (original.Buffer === undefined) expect(scope.Buffer).to.equal(Buffer); // a browser
    else expect(scope.Buffer).to.equal(original.Buffer); // Node: its own Buffer stays
    expect((scope.Buffer as typeof Buffer).from('hi').toString('hex')).to.equal('6869');
  });

  it("installs polynode's process, setImmediate and clearImmediate where missing, and keeps existing ones", () => {
    const ours: Record<string, unknown> = { process, setImmediate, clearImmediate };
    for (const name of Object.keys(ours)) {
      // A browser gets polynode's (unless an earlier suite of the page installed them: the
      // same values); in Node the natives stay.
      expect(scope[name], name).to.equal(original[name] ?? ours[name]);
    }
  });

  it('the installed setImmediate runs its callback with arguments', async () => {
    const value = await new Promise((resolve) => (scope.setImmediate as (cb: (v: string) => void, v: string) => void)(resolve, 'ran'));
    expect(value).to.equal('ran');
  });

  it('does not make the globals enumerable', () => {
    for (const name of ['Buffer', 'process', 'setImmediate', 'clearImmediate']) {
      if (original[name] === undefined) expect(Object.keys(globalThis)).not.to.include(name);
    }
  });
});
