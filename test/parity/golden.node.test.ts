// The golden files are only as good as their match with real Node 16.13.1: each generator
// runs again under the oracle (scripts/node16.sh) in --check mode and must find the
// checked-in file unchanged.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';

// No --no-warnings/--no-deprecation: those flags change what Node reports (they add
// process.noProcessWarnings, and silence warnings the assert golden records).
const GENERATORS = [
  'exports', 'errors', 'buffer', 'events', 'util', 'comparisons', 'assert', 'path', 'ordering',
  'url', 'console', 'stream', 'zlib', 'crypto', 'readline', 'crypto-ciphers', 'child_process', 'stream-chapter', 'bundlers',
];
// errors.mjs reads Node's own error constructors, which need --expose-internals.
const NODE_FLAGS: Record<string, string[]> = { errors: ['--expose-internals'] };

describe('golden files from real Node 16.13.1', () => {
  for (const name of GENERATORS) {
    it(`scripts/golden/${name}.mjs --check finds its golden file up to date`, function () {
      this.timeout(120000);
      const run = spawnSync('scripts/node16.sh', [...(NODE_FLAGS[name] ?? []), `scripts/golden/${name}.mjs`, '--check'], { encoding: 'utf8' });
      expect(run.stdout + run.stderr).not.to.match(/differs|out of date|not deterministic/);
      expect(run.status, run.stderr).to.equal(0);
    });
  }
});
