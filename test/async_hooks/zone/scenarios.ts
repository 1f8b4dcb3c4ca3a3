// The zone.js coexistence scenarios (study rows Z1/Z2), run inside an iframe by
// zone-before.fixture.ts / zone-after.fixture.ts so that zone.js, which replaces the page's
// `Promise`, never touches the page the other tests run in.
import { AsyncLocalStorage } from '../../../src/async_hooks/index.js';

interface ZoneLike {
  name: string;
  fork(spec: { name: string }): ZoneLike;
  run<T>(fn: () => T): T;
}
declare const Zone: { current: ZoneLike; root: ZoneLike };

/** What each scenario saw: zone names and stores, as `zone:store` strings. */
export type ZoneResults = Record<string, string[]>;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runZoneScenarios(): Promise<ZoneResults> {
  const als = new AsyncLocalStorage<string>();
  const results: ZoneResults = {};
  const seen = (key: string) => {
    const list = (results[key] ??= []);
    return () => list.push(`${Zone.current.name}:${als.getStore() ?? '-'}`);
  };

  // Z2: two promise reactions queued from two runs (zone.js drains its own queue inside one
  // native reaction: each callback must still get its own store).
  await Promise.all([
    als.run('C', () => Promise.resolve().then(seen('two runs'))),
    als.run('D', () => Promise.resolve().then(seen('two runs'))),
  ]);

  // Z1: zones and stores nest independently, through then chains and timers.
  const z1 = Zone.current.fork({ name: 'z1' });
  const z2 = Zone.current.fork({ name: 'z2' });
  await Promise.all([
    z1.run(() => als.run('A', () => Promise.resolve().then(seen('then in zone')).then(seen('then in zone')))),
    z2.run(() => als.run('B', () => delay(1).then(seen('timer in zone')))),
    z1.run(() => new Promise<void>((resolve) => als.run('E', () => setTimeout(() => (seen('setTimeout in zone')(), resolve()), 1)))),
    als.run('F', () => z2.run(() => Promise.resolve().then(() => delay(1)).then(seen('zone inside run')))),
  ]);

  // Outside everything: no store, the root zone.
  await Promise.resolve().then(seen('outside'));
  return results;
}

/** The results Node semantics (and zone.js alone) call for. */
export const EXPECTED: ZoneResults = {
  'two runs': ['<root>:C', '<root>:D'],
  'then in zone': ['z1:A', 'z1:A'],
  'timer in zone': ['z2:B'],
  'setTimeout in zone': ['z1:E'],
  'zone inside run': ['z2:F'],
  outside: ['<root>:-'],
};
