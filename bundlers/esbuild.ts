/**
 * `polynode/esbuild`: makes esbuild bundle Node-style code for the browser with polynode.
 *
 * ```js
 * import { build } from 'esbuild';
 * import polynode from 'polynode/esbuild';
 * await build({ entryPoints: ['src/main.js'], bundle: true, outdir: 'out', format: 'esm', plugins: [polynode()] });
 * ```
 *
 * - every builtin id (bare, `node:`, subpaths, `_stream_*`) resolves to polynode in an
 *   `onResolve` callback, which esbuild asks before it looks in `node_modules`;
 * - the globals go through esbuild's own `inject`, which adds an import only to the modules that
 *   use the name as a free variable;
 * - `process.env.NODE_ENV`: esbuild's own rule for `platform: 'browser'` (`"production"` when
 *   minifying, else `"development"`, or your `define`); other `process.env` reads reach polynode's;
 * - `asyncContext: true` sets esbuild's `supported` so async functions, async generators and
 *   `for await` are lowered to generators (polynode/async-lowering's step).
 *
 * @packageDocumentation
 */
import type { Plugin } from 'esbuild';
import { aliasPattern, resolveOptions, type PolynodeOptions } from './aliases.js';
import { ASYNC_LOWERING_SUPPORTED } from './async-lowering.js';

export type { GlobalName, PolynodeOptions } from './aliases.js';

/** The polynode plugin for esbuild. */
export default function polynode(options: PolynodeOptions = {}): Plugin {
  const resolved = resolveOptions(options);
  return {
    name: 'polynode',
    setup(build) {
      const initial = build.initialOptions;
      // esbuild reads these after every plugin's setup has run.
      if (resolved.globals.size > 0) {
        initial.inject = [...(initial.inject ?? []), ...[...resolved.globals.values()].map(([file]) => file)];
      }
      if (resolved.asyncContext) {
        initial.supported = { ...initial.supported, ...ASYNC_LOWERING_SUPPORTED };
      }
      if (resolved.ids.length === 0) return;
      build.onResolve({ filter: aliasPattern(resolved) }, (args) => {
        const file = resolved.aliases.get(args.path);
        return file === undefined ? undefined : { path: file, sideEffects: false };
      });
    },
  };
}

export { polynode };
