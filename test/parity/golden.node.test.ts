// The golden files are only as good as their match with real Node 16.13.1: regenerate them
// with the oracle (scripts/node16.sh) and compare with what is checked in.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';

describe('golden files from real Node 16.13.1', () => {
  it('node16-exports.json is what Node 16.13.1 reports today', () => {
    // No --no-warnings here: that flag itself adds process.noProcessWarnings to the exports.
    const run = spawnSync('scripts/node16.sh', ['scripts/golden/exports.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).not.to.contain('differs');
    expect(run.status).to.equal(0);
  });
});
