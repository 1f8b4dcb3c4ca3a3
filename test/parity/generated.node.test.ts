// The files derived from src/modules.ts (package.json "exports", the README's module table,
// test/support/module-loaders.ts) must match it: scripts/generate.mjs --check says so.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MODULES } from '../../src/modules.js';

describe('files generated from the module registry', () => {
  it('are up to date (npm run generate)', () => {
    const run = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
  });

  it('package.json exports every id as polynode/<id> and hides ./internal/*', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
    for (const { id } of MODULES) {
      expect(pkg.exports[`./${id}`], id).to.deep.equal({ types: `./dist/${id}/index.d.ts`, default: `./dist/${id}/index.js` });
    }
    expect(pkg.exports['./internal/*']).to.equal(null);
  });

  it('dist/<id>/index.js and its declarations exist for every id', () => {
    for (const { id } of MODULES) {
      expect(() => readFileSync(`dist/${id}/index.js`), id).not.to.throw();
      expect(() => readFileSync(`dist/${id}/index.d.ts`), id).not.to.throw();
    }
  });
});
