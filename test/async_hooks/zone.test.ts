// polynode's AsyncLocalStorage next to zone.js (devDependency), loaded before and after
// polynode (study rows Z1, Z2): zone.js's zones and our stores must both stay right.
// zone.js replaces the page's Promise, so each order runs in its own iframe (a fixture
// bundle); in Node (no DOM) the suite is skipped.
import { expect } from 'chai';
import { EXPECTED, type ZoneResults } from './zone/scenarios.js';

const inBrowser = typeof document !== 'undefined';

/** Loads `fixture` (a module next to this file) in a fresh iframe and returns what it reports. */
async function runInFrame(fixture: string): Promise<{ results: ZoneResults; zonePromise: boolean; thenPatched: boolean }> {
  const frame = document.createElement('iframe');
  const url = new URL(fixture, import.meta.url).href;
  frame.srcdoc = `<!doctype html><script type="module" src="${url}"></script>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.appendChild(frame);
  try {
    await loaded;
    const win = frame.contentWindow as unknown as { zoneResults?: Promise<ZoneResults>; Promise: PromiseConstructor };
    for (let i = 0; i < 200 && win.zoneResults === undefined; i++) await new Promise((r) => setTimeout(r, 10));
    if (win.zoneResults === undefined) throw new Error(`${fixture} did not start`);
    const results = await win.zoneResults;
    const then = win.Promise.prototype.then as unknown as Record<symbol, unknown>;
    return {
      results,
      zonePromise: win.Promise.name === 'ZoneAwarePromise',
      thenPatched: then[Symbol.for('polynode.asyncContext.original')] !== undefined,
    };
  } finally {
    frame.remove();
  }
}

describe('async_hooks with zone.js', function () {
  before(function () {
    if (!inBrowser) this.skip();
  });
  this.timeout(20000);

  it('Z1: zone.js loaded before polynode: zones and stores both right', async () => {
    const { results, zonePromise, thenPatched } = await runInFrame('./zone-before.fixture.js');
    expect(zonePromise, 'zone.js replaced Promise').to.equal(true);
    expect(thenPatched, 'polynode patched the Promise in use').to.equal(true);
    expect(results).to.deep.equal(EXPECTED);
  });

  it('Z2: zone.js loaded after polynode installed its patches: zones and stores both right', async () => {
    const { results, zonePromise, thenPatched } = await runInFrame('./zone-after.fixture.js');
    expect(zonePromise, 'zone.js replaced Promise').to.equal(true);
    expect(thenPatched, "the Promise in use carries polynode's then patch").to.equal(true);
    expect(results).to.deep.equal(EXPECTED);
  });
});
