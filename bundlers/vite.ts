/**
 * `polynode/vite`: makes Vite (7 with Rollup, 8 with Rolldown) build and serve Node-style code
 * for the browser with polynode, the same way in `vite build` and in the dev server.
 *
 * ```js
 * // vite.config.js
 * import polynode from 'polynode/vite';
 * export default { plugins: [polynode()] };
 * ```
 *
 * - every builtin id (bare, `node:`, subpaths, `_stream_*`) is one `resolve.alias` pattern,
 *   which Vite applies in the dev server, in dependency pre-bundling and in the build, before
 *   `node_modules` is searched (a same-named package never wins);
 * - globals are imported into exactly the modules that use them: Rolldown's `transform.inject`
 *   (Vite 8: build and pre-bundling) or esbuild's `inject` (Vite 7 pre-bundling), and
 *   @rollup/plugin-inject for your own modules in the dev server (and the Vite 7 build);
 * - `process.env.NODE_ENV` is replaced by the mode's value, but Vite's rewrite of every other
 *   `process.env` to `{}` is turned off (`keepProcessEnv`), so `process.env.X` reads polynode's;
 * - workers: `new Worker(new URL('./w.js', import.meta.url))` with `Worker` from
 *   `worker_threads` is bundled by Vite as a worker entry (its syntax check is by name), and
 *   polynode's own bootstrap the same way; a module URL for `fork(new URL('./child.js',
 *   import.meta.url))` is copied as an asset. JavaScript assets are kept as files rather than
 *   inlined as `data:` URLs (unless you set `build.assetsInlineLimit` yourself): a `data:`
 *   module cannot be imported under a CSP without `data:` in `script-src`.
 *
 * @packageDocumentation
 */
import type { Plugin, UserConfig } from 'vite';
import { aliasPattern, entryFile, resolveOptions, type GlobalName, type PolynodeOptions } from './aliases.js';
import { asyncContextPlugin, injectPlugin, nodeEnvPlugin } from './shared.js';

export type { GlobalName, PolynodeOptions } from './aliases.js';

/** The polynode plugins for Vite (an array; Vite flattens nested plugin arrays). */
export default function polynode(options: PolynodeOptions = {}): Plugin[] {
  const resolved = resolveOptions(options);
  // Injected from the package entries too (one pre-bundled copy in the dev server); `global`
  // from its one-line file (it imports nothing).
  const SOURCES: Record<GlobalName, readonly [string, string] | undefined> = {
    Buffer: ['polynode/buffer', 'Buffer'],
    process: ['polynode/process', 'default'],
    global: undefined,
    setImmediate: ['polynode/timers', 'setImmediate'],
    clearImmediate: ['polynode/timers', 'clearImmediate'],
  };
  const injected = new Map([...resolved.globals].map(([name, target]) => [name, SOURCES[name] ?? target] as const));
  const inject = Object.fromEntries([...injected].map(([name, target]) => [name, [...target] as [string, string]]));
  const entries = resolved.ids.map((id) => `polynode/${id}`);
  const files = new Map(resolved.ids.map((id) => [`polynode/${id}`, entryFile(id)]));
  let rolldown = false;
  let command: 'build' | 'serve' = 'serve';
  const main: Plugin = {
    name: 'polynode',
    enforce: 'pre',
    config(userConfig, env) {
      rolldown = Boolean((this as unknown as { meta?: { rolldownVersion?: string } } | undefined)?.meta?.rolldownVersion);
      command = env.command;
      const nodeEnv = JSON.stringify(process.env.NODE_ENV || env.mode);
      const config: UserConfig = {
        // To the package entries, not to files: in the dev server, Vite pre-bundles bare
        // `polynode/<id>` imports once, shared by your modules and the pre-bundled packages
        // (a file path would be bundled into each package's pre-bundle: two Buffers).
        resolve: resolved.ids.length ? { alias: [{ find: aliasPattern(resolved), replacement: 'polynode/$1' }] } : {},
        // Only for the build: the dev server's client would turn these defines into a fake
        // `globalThis.process` object; in dev Vite replaces `process.env.NODE_ENV` itself.
        define:
          env.command === 'build'
            ? { 'process.env.NODE_ENV': nodeEnv, 'global.process.env.NODE_ENV': nodeEnv, 'globalThis.process.env.NODE_ENV': nodeEnv }
            : {},
        environments: { client: { keepProcessEnv: true } },
      };
      // JavaScript assets (fork()ed modules) stay files; everything else keeps Vite's rule.
      if (userConfig.build?.assetsInlineLimit === undefined) {
        config.build = { assetsInlineLimit: (file: string) => (/\.[cm]?js(\?|$)/.test(file) ? false : undefined) };
      }
      config.optimizeDeps = { include: entries };
      if (resolved.globals.size > 0) {
        if (rolldown) {
          // Rolldown's own inject understands CommonJS modules, which a prepended import would break.
          config.optimizeDeps = { include: entries, rolldownOptions: { transform: { inject } } } as UserConfig['optimizeDeps'];
          config.build = { ...config.build, rolldownOptions: { transform: { inject } } } as UserConfig['build'];
        } else {
          // esbuild's inject takes files whose exports carry the global's name.
          config.optimizeDeps = { include: entries, esbuildOptions: { inject: [...resolved.globals.values()].map(([file]) => file) } } as UserConfig['optimizeDeps'];
        }
      }
      return config;
    },
    async resolveId(source, importer, options) {
      // `polynode/<id>` from anywhere (a package deep in node_modules, or polynode's own
      // repository): this copy's entry when normal resolution finds none.
      const file = files.get(source);
      if (file === undefined) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      return found ?? file;
    },
  };
  const plugins: Plugin[] = [main];
  const globals = injectPlugin({ ...resolved, globals: injected });
  if (globals) {
    // Vite 8 builds with Rolldown's inject (above); Vite 7 builds with Rollup and needs this.
    const handler = (globals.transform as { handler: (this: unknown, code: string, id: string) => unknown }).handler;
    plugins.push({
      name: globals.name,
      // Not `post`: Vite's import analysis (itself late) must still see the imports added here.
      transform: {
        handler(code, id) {
          if (rolldown && command === 'build') return null;
          return handler.call(this, code, id) as ReturnType<typeof handler>;
        },
      },
    } as Plugin);
  }
  // The dev server: `process.env.NODE_ENV` in your modules becomes the mode's value as in the build.
  const devNodeEnv = nodeEnvPlugin(process.env.NODE_ENV || 'development') as Plugin;
  plugins.push({ ...devNodeEnv, apply: 'serve' });
  if (resolved.asyncContext) plugins.push(asyncContextPlugin() as Plugin);
  return plugins;
}

export { polynode };
