// "Importing a module does nothing": bundling `import 'polynode/<id>'` with nothing used
// must give an empty bundle, for every id. The bundle is made by Rollup from the built
// dist/, with no sideEffects hints, so it is the code itself that has to be pure.
import { expect } from 'chai';
import { rollup, type Plugin } from 'rollup';
import { resolve } from 'node:path';
import { MODULES } from '../../src/modules.js';

function polynodeFromDist(): Plugin {
  return {
    name: 'polynode-from-dist',
    resolveId(source) {
      if (source === 'entry') return source;
      const match = /^polynode\/(.+)$/.exec(source);
      if (!match) return null;
      return match[1]!.startsWith('polyfills/') ? resolve('dist', `${match[1]}.js`) : resolve('dist', match[1]!, 'index.js');
    },
    load(id) {
      return id === 'entry' ? (globalThis as { __entry__?: string }).__entry__ ?? null : null;
    },
  };
}

async function bundle(code: string): Promise<string> {
  (globalThis as { __entry__?: string }).__entry__ = code;
  // polynode's own code gets no sideEffects hint: it has to be pure by itself. Vendored
  // dependencies (dist/vendor: @noble/hashes, pako …) compute tables at module level; like
  // every bundler that reads package.json's "sideEffects" (which lists only the polyfills),
  // the test treats them as droppable when nothing of theirs is used.
  const build = await rollup({
    input: 'entry',
    plugins: [polynodeFromDist()],
    treeshake: { moduleSideEffects: (id) => !/[/\\]dist[/\\]vendor[/\\]/.test(id) },
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code.trim();
}

describe('importing a module has no side effects', () => {
  for (const { id } of MODULES) {
    it(`import 'polynode/${id}' bundles to nothing`, async () => {
      expect(await bundle(`import 'polynode/${id}';`)).to.equal('');
    });
  }

  it('a named import keeps only what it uses (events.once leaves the EventEmitter class out)', async () => {
    const code = await bundle(`import { once } from 'polynode/events'; console.log(once);`);
    expect(code).to.contain('once');
    expect(code).not.to.contain('prependOnceListener');
    expect(code).not.to.contain('rawListeners');
  });

  it('polyfills/globals is the exception: it installs `global`', async () => {
    expect(await bundle(`import 'polynode/polyfills/globals';`)).to.contain('global');
  });
});
