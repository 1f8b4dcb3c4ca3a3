// Installs polynode's async-context patches (a first AsyncLocalStorage run) before zone.js
// is evaluated: zone-after.fixture.ts imports this module ahead of zone.js.
import { AsyncLocalStorage } from '../../../src/async_hooks/index.js';

new AsyncLocalStorage<string>().run('first', () => undefined);
