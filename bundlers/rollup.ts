/**
 * `polynode/rollup`: makes Rollup 4 build Node-style code for the browser with polynode.
 *
 * ```js
 * // rollup.config.js
 * import polynode from 'polynode/rollup';
 * import commonjs from '@rollup/plugin-commonjs';
 * import { nodeResolve } from '@rollup/plugin-node-resolve';
 * export default { input: 'src/main.js', output: { dir: 'out', format: 'es' },
 *   plugins: [polynode(), nodeResolve({ browser: true, preferBuiltins: false }), commonjs()] };
 * ```
 *
 * - every builtin id (bare, `node:`, subpaths, `_stream_*`) resolves to polynode before any
 *   other plugin is asked (hook order `pre`), so a same-named package in `node_modules`
 *   (`events`, `buffer`, `url` …) never replaces it;
 * - `Buffer`, `process`, `global`, `setImmediate`, `clearImmediate` are imported into exactly
 *   the modules that use them as free variables (after @rollup/plugin-commonjs);
 * - `process.env.NODE_ENV` becomes a string literal (`nodeEnv`, default the build's
 *   `NODE_ENV` or `'production'`); other `process.env` reads reach polynode's `process.env`;
 * - polynode's worker bootstrap, and your `new Worker(new URL('./w.js', import.meta.url))` and
 *   `fork(new URL('./child.js', import.meta.url))` modules, are emitted as chunks of their own
 *   (the URL points at the chunk); use an ES output format (`es`), as workers import chunks.
 *
 * @packageDocumentation
 */
import type { Plugin } from 'rollup';
import { resolveOptions, type PolynodeOptions } from './aliases.js';
import { asyncContextPlugin, injectPlugin, nodeEnvPlugin, workerAssetsPlugin } from './shared.js';

export type { GlobalName, PolynodeOptions } from './aliases.js';

/** Options of polynode/rollup. */
export interface RollupOptions extends PolynodeOptions {
  /**
   * The string `process.env.NODE_ENV` is replaced by; `false` keeps the expression (it then
   * reads polynode's `process.env`). Default: the build's `NODE_ENV`, else `'production'`.
   */
  nodeEnv?: string | false;
}

/** The polynode plugins for Rollup (an array; Rollup flattens nested plugin arrays). */
export default function polynode(options: RollupOptions = {}): Plugin[] {
  const resolved = resolveOptions(options);
  const aliases: Plugin = {
    name: 'polynode',
    resolveId: {
      order: 'pre',
      handler(source) {
        const file = resolved.aliases.get(source);
        return file === undefined ? null : { id: file, moduleSideEffects: false };
      },
    },
  };
  const nodeEnv = options.nodeEnv === undefined ? (process.env.NODE_ENV ?? 'production') : options.nodeEnv;
  const plugins: Plugin[] = [aliases, workerAssetsPlugin()];
  if (nodeEnv !== false) plugins.push(nodeEnvPlugin(nodeEnv));
  const globals = injectPlugin(resolved);
  if (globals) plugins.push(globals);
  if (resolved.asyncContext) plugins.push(asyncContextPlugin());
  return plugins;
}

export { polynode };
