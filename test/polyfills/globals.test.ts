// polyfills/globals installs Node's globals only where they are missing.
import { expect } from 'chai';
import { Buffer } from '../../src/buffer/index.js';

describe('polyfills/globals', () => {
  const scope = globalThis as Record<string, unknown>;
  // What was there before the import (read when the suite runs: an earlier suite of the
  // same page may have installed them already).
  const original: { Buffer?: unknown; global?: unknown } = {};

  before(async () => {
    original.Buffer = scope.Buffer;
    original.global = scope.global;
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

  it('does not make the globals enumerable', () => {
    if (original.Buffer === undefined) expect(Object.keys(globalThis)).not.to.include('Buffer');
  });
});
