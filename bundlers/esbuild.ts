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
 *   `for await` are lowered to generators (polynode/async-lowering's step);
 * - workers: esbuild leaves `new URL('./w.js', import.meta.url)` alone, so the plugin bundles
 *   each module behind `new Worker(new URL('./w.js', import.meta.url))` or
 *   `fork(new URL('./child.js', import.meta.url))` in your code, and polynode's own worker
 *   bootstrap, as a separate build next to the output (`<name>-<hash>.js`, same options,
 *   this plugin included) and points the URL at it. Needs `outdir` or `outfile` and `write`.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import type { BuildOptions, Message, Plugin, PluginBuild } from 'esbuild';
import { aliasPattern, resolveOptions, type PolynodeOptions } from './aliases.js';
import { ASYNC_LOWERING_SUPPORTED } from './async-lowering.js';
import { rewriteWorkerURLs } from './worker-urls.js';

export type { GlobalName, PolynodeOptions } from './aliases.js';

/** The worker modules of one top-level build: file → output name, and the builds running. */
interface WorkerBuilds {
  names: Map<string, string>;
  running: Promise<Message[]>[];
}

/** The polynode plugin for esbuild. */
export default function polynode(options: PolynodeOptions = {}): Plugin {
  return createPlugin(options, undefined);
}

function createPlugin(options: PolynodeOptions, shared: WorkerBuilds | undefined): Plugin {
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
      if (resolved.ids.length > 0) {
        build.onResolve({ filter: aliasPattern(resolved) }, (args) => {
          const file = resolved.aliases.get(args.path);
          return file === undefined ? undefined : { path: file, sideEffects: false };
        });
      }
      setupWorkers(build, options, shared);
    },
  };
}

/**
 * Bundles the modules behind worker URLs as builds of their own. Output names are fixed before
 * a build starts (a hash of the file's path), so a worker that refers to itself or to the
 * bootstrap that loads it (polynode's module graph does) needs no build to finish first.
 */
function setupWorkers(build: PluginBuild, options: PolynodeOptions, shared: WorkerBuilds | undefined): void {
  const initial = build.initialOptions;
  const outdir = initial.outdir ?? (initial.outfile ? dirname(initial.outfile) : undefined);
  if (outdir === undefined || initial.write === false || initial.bundle !== true) return;
  const builds: WorkerBuilds = shared ?? { names: new Map(), running: [] };
  const start = (file: string): string => {
    let name = builds.names.get(file);
    if (name !== undefined) return name;
    const hash = createHash('sha256').update(file).digest('hex').slice(0, 8);
    name = `${basename(file, extname(file))}-${hash}`;
    builds.names.set(file, name);
    const nested: BuildOptions = {
      entryPoints: { [name]: file },
      bundle: true,
      format: 'esm',
      splitting: false,
      outdir: resolve(initial.absWorkingDir ?? process.cwd(), outdir),
      platform: initial.platform ?? 'browser',
      target: initial.target,
      minify: initial.minify,
      sourcemap: initial.sourcemap,
      define: initial.define,
      absWorkingDir: initial.absWorkingDir,
      logLevel: 'silent',
      plugins: [createPlugin(options, builds)],
    };
    builds.running.push(build.esbuild.build(nested).then((result) => result.errors, (failure: { errors?: Message[] }) => failure.errors ?? []));
    return name;
  };
  build.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
    if (args.namespace !== 'file') return undefined;
    const code = await readFile(args.path, 'utf8');
    const next = rewriteWorkerURLs(code, args.path, (file) => `new URL(${JSON.stringify(`./${start(resolve(dirname(args.path), file))}.js`)}, import.meta.url)`);
    return next === null ? undefined : { contents: next, loader: 'js', resolveDir: dirname(args.path) };
  });
  if (shared === undefined) {
    // The top-level build ends when every worker build (nested ones included) has.
    build.onEnd(async (result) => {
      for (let i = 0; i < builds.running.length; i++) result.errors.push(...(await builds.running[i]!));
    });
  }
}

export { polynode };
