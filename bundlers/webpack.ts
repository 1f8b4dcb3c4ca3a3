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
 * - `new Worker(new URL('./w.js', import.meta.url))` with `Worker` from `worker_threads`,
 *   `node:worker_threads` or `polynode/worker_threads` (added to `module.parser.javascript.worker`)
 *   and polynode's own bootstrap are bundled by webpack 5 as worker entries; `fork(new URL('./child.js', import.meta.url))` is copied as an
 *   asset (an import-free module: the child's globals come from the bootstrap);
 * - `asyncContext: true` adds a `post` loader running the await-lowering step
 *   (polynode/async-lowering) on every module but polynode's.
 *
 * @packageDocumentation
 */
import { fileURLToPath } from 'node:url';
import type { Compiler, WebpackPluginInstance } from 'webpack';
import { isPolynodeFile, resolveOptions, type PolynodeOptions } from './aliases.js';

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
    const options = compiler.options;
    // webpack bundles `new Worker(new URL(…))` as a worker entry when `Worker` comes from one of
    // these imports; its defaults name only the bare `worker_threads`.
    const parser = ((options.module.parser ??= {}).javascript ??= {}) as { worker?: unknown };
    if (parser.worker !== false) {
      const ours = ['Worker from node:worker_threads', 'Worker from polynode/worker_threads'];
      parser.worker = Array.isArray(parser.worker) ? [...(parser.worker as string[]), ...ours] : ['...', ...ours];
    }
    if (resolved.asyncContext) {
      // Last in the chain (`post`): it lowers what the other loaders produced; polynode's own
      // files are already written for the browser.
      options.module.rules.push({
        test: /\.[cm]?[jt]sx?$/,
        exclude: (file: string) => isPolynodeFile(file),
        enforce: 'post',
        use: [{ loader: fileURLToPath(new URL('./webpack-async-loader.js', import.meta.url)) }],
      });
    }
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
