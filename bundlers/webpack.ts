/**
 * `polynode/webpack`: makes webpack 5 build Node-style code for the browser with polynode.
 *
 * ```js
 * // webpack.config.js
 * import { PolynodePlugin } from 'polynode/webpack';
 * export default { entry: './src/main.js', plugins: [new PolynodePlugin()] };
 * ```
 *
 * - every builtin id is a `resolve.alias` entry (exact match, `id$`), not a `resolve.fallback`:
 *   an alias is applied before `node_modules` is searched, so a same-named package (`url@0.11`,
 *   `events`, `buffer` …) cannot win; `node:` ids are aliased too (webpack would otherwise
 *   reject the scheme);
 * - the globals go through webpack's `ProvidePlugin`, which adds a require only to the modules
 *   that use the name as a free variable;
 * - `process.env.NODE_ENV`: webpack's own `optimization.nodeEnv` (from `mode`) replaces exactly
 *   that expression; other `process.env` reads reach polynode's `process.env`;
 * - polynode's worker bootstrap (`new URL('./bootstrap.js', import.meta.url)`) is emitted by
 *   webpack 5 itself (asset modules / `new Worker(new URL(…))`).
 *
 * @packageDocumentation
 */
import type { Compiler, WebpackPluginInstance } from 'webpack';
import { resolveOptions, type PolynodeOptions } from './aliases.js';

export type { GlobalName, PolynodeOptions } from './aliases.js';

/** The polynode plugin for webpack 5. */
export class PolynodePlugin implements WebpackPluginInstance {
  readonly #options: PolynodeOptions;

  constructor(options: PolynodeOptions = {}) {
    // Checked now, so a bad option fails where it is written.
    resolveOptions(options);
    this.#options = options;
  }

  /** Called by webpack with the compiler. */
  apply(compiler: Compiler): void {
    const resolved = resolveOptions(this.#options);
    if (resolved.asyncContext) {
      throw new Error('polynode/webpack: the asyncContext option is not available for webpack yet (use polynode/esbuild or polynode/rollup)');
    }
    const options = compiler.options;
    const alias: Record<string, string> = {};
    for (const [specifier, file] of resolved.aliases) alias[`${specifier}$`] = file;
    const current = options.resolve.alias;
    if (Array.isArray(current)) {
      // Array form: ours first, so they are tried before the user's broader patterns.
      options.resolve.alias = [...Object.entries(alias).map(([name, file]) => ({ name, alias: file })), ...current];
    } else {
      options.resolve.alias = { ...alias, ...(current ?? {}) };
    }
    // webpack 5 reads `node:` as a URL scheme before aliases apply; strip it for aliased ids.
    const { NormalModuleReplacementPlugin, ProvidePlugin } = compiler.webpack;
    if ([...resolved.aliases.keys()].some((key) => key.startsWith('node:'))) {
      new NormalModuleReplacementPlugin(/^node:/, (resource: { request: string }) => {
        if (resolved.aliases.has(resource.request)) resource.request = resolved.aliases.get(resource.request)!;
      }).apply(compiler);
    }
    if (resolved.globals.size > 0) {
      const provide: Record<string, [string, string]> = {};
      for (const [name, [file, exported]] of resolved.globals) provide[name] = [file, exported];
      new ProvidePlugin(provide).apply(compiler);
    }
  }
}

/** `polynode()` for symmetry with the other adapters: the same as `new PolynodePlugin(options)`. */
export default function polynode(options: PolynodeOptions = {}): PolynodePlugin {
  return new PolynodePlugin(options);
}

export { polynode };
