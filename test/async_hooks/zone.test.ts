// polynode's AsyncLocalStorage next to zone.js (devDependency), loaded before and after
// polynode (study rows Z1, Z2): zone.js's zones and our stores must both stay right.
// zone.js replaces the page's Promise, so each order runs in its own iframe (a fixture
// bundle); in Node (no DOM) the suite is skipped.
import { expect } from 'chai';
import { EXPECTED, type ZoneResults } from './zone/scenarios.js';
import { runInFrame } from '../support/frame.js';

const inBrowser = typeof document !== 'undefined';

/** Runs a zone fixture next to this file in its own iframe: its results, and what its page looks like. */
async function runZoneFixture(fixture: string): Promise<{ results: ZoneResults; zonePromise: boolean; thenPatched: boolean }> {
  let zonePromise = false;
  let thenPatched = false;
  const results = await runInFrame<ZoneResults>(new URL(fixture, import.meta.url).href, 'zoneResults', (win) => {
    const PromiseCtor = (win as unknown as { Promise: PromiseConstructor }).Promise;
    zonePromise = PromiseCtor.name === 'ZoneAwarePromise';
    thenPatched = (PromiseCtor.prototype.then as unknown as Record<symbol, unknown>)[Symbol.for('polynode.asyncContext.original')] !== undefined;
  });
  return { results, zonePromise, thenPatched };
}

describe('async_hooks with zone.js', function () {
  before(function () {
    if (!inBrowser) this.skip();
  });
  this.timeout(20000);

  it('Z1: zone.js loaded before polynode: zones and stores both right', async () => {
    const { results, zonePromise, thenPatched } = await runZoneFixture('./zone-before.fixture.js');
    expect(zonePromise, 'zone.js replaced Promise').to.equal(true);
    expect(thenPatched, 'polynode patched the Promise in use').to.equal(true);
    expect(results).to.deep.equal(EXPECTED);
  });

  it('Z2: zone.js loaded after polynode installed its patches: zones and stores both right', async () => {
    const { results, zonePromise, thenPatched } = await runZoneFixture('./zone-after.fixture.js');
    expect(zonePromise, 'zone.js replaced Promise').to.equal(true);
    expect(thenPatched, "the Promise in use carries polynode's then patch").to.equal(true);
    expect(results).to.deep.equal(EXPECTED);
  });
});
