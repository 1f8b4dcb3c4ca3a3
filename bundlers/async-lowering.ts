/**
 * `polynode/async-lowering`: the await-lowering build step of [async_hooks], for any build.
 *
 * Async functions, async generators and `for await` are rewritten as generators driven by
 * `Promise.prototype.then`, so that AsyncLocalStorage keeps its store across every `await` in
 * the browser. Why: a native `await` on a native promise resumes from a job the JavaScript
 * engine queues without ever reading `then`, so polynode's patched `then`
 * (src/internal/async-context) cannot see it, and the code after the `await` runs with no
 * store. After lowering, each resumption is a `.then(step)` registered while the async
 * function's context is current, and the patch restores that context. esbuild does the
 * rewriting: its transform with these three syntax features marked unsupported emits small
 * `__async`, `__asyncGenerator` and `__forAwait` helpers per file.
 *
 * Cost: a lowered `await` is a generator step plus one `then` (the patch wraps both
 * callbacks); a file grows by the helpers (about 1 KB before minification).
 *
 * The bundler plugins' `asyncContext: true` option applies the same step (polynode/vite,
 * polynode/rollup, polynode/esbuild, polynode/webpack). esbuild must be installed; it is loaded on first use.
 *
 * ```js
 * // rollup.config.js or vite.config.js: only your own code
 * import { asyncLoweringPlugin } from 'polynode/async-lowering';
 * export default { plugins: [asyncLoweringPlugin({ include: /\/src\/.*\.[jt]s$/ })] };
 * // any other build: one module at a time
 * import { lowerAsyncSyntax } from 'polynode/async-lowering';
 * const { code, map } = await lowerAsyncSyntax(source, { filename: 'app.js', sourcemap: true });
 * ```
 *
 * @packageDocumentation
 */
import type { Plugin } from 'rollup';

/** esbuild's `supported` option that lowers every async construct to generators. */
export const ASYNC_LOWERING_SUPPORTED: Readonly<Record<'async-await' | 'async-generator' | 'for-await', false>> = Object.freeze({
  'async-await': false,
  'async-generator': false,
  'for-await': false,
});

/** Whether `code` may contain an async construct worth lowering (a cheap text check). */
export function mayNeedAsyncLowering(code: string): boolean {
  return /\basync\b|\bawait\b/.test(code);
}

/** Options of {@link lowerAsyncSyntax}. */
export interface LowerAsyncOptions {
  /** The module's file name, for messages and the source map. */
  filename?: string;
  /** How esbuild parses the source (default `'js'`). */
  loader?: 'js' | 'ts' | 'jsx' | 'tsx';
  /** Return a source map (default false). */
  sourcemap?: boolean;
  /** esbuild's `target` for everything else (default `'es2022'`: nothing else is lowered). */
  target?: string;
}

type EsbuildModule = typeof import('esbuild');
let esbuildModule: Promise<EsbuildModule> | undefined;

function loadEsbuild(): Promise<EsbuildModule> {
  // A variable specifier: bundling this file must not pull esbuild in.
  const specifier = 'esbuild';
  esbuildModule ??= (import(specifier) as Promise<EsbuildModule>).catch((error: unknown) => {
    esbuildModule = undefined;
    throw new Error(`polynode: the await-lowering step needs the esbuild package (npm install --save-dev esbuild): ${String(error)}`);
  });
  return esbuildModule;
}

/**
 * Lowers the async syntax of one module. Code without `async`/`await` comes back unchanged
 * (`map: null`).
 */
export async function lowerAsyncSyntax(code: string, options: LowerAsyncOptions = {}): Promise<{ code: string; map: string | null }> {
  const { filename, loader = 'js', sourcemap = false, target = 'es2022' } = options;
  if (!mayNeedAsyncLowering(code)) return { code, map: null };
  const { transform } = await loadEsbuild();
  const result = await transform(code, {
    loader,
    format: 'esm',
    target,
    supported: ASYNC_LOWERING_SUPPORTED,
    sourcefile: filename,
    sourcemap: sourcemap ? 'external' : false,
    minify: false,
    legalComments: 'inline',
    logLevel: 'silent',
  });
  return { code: result.code, map: sourcemap ? result.map : null };
}

/** Options of {@link asyncLoweringPlugin}. */
export interface AsyncLoweringPluginOptions {
  /** The modules to lower: a RegExp or a function of the module id (default: every .js/.mjs/.cjs/.ts/.jsx/.tsx file). */
  include?: RegExp | ((id: string) => boolean);
}

/**
 * A Rollup (and Vite) plugin applying {@link lowerAsyncSyntax} to the modules `include`
 * accepts, after the other transforms (TypeScript, JSX, CommonJS) ran.
 */
export function asyncLoweringPlugin(options: AsyncLoweringPluginOptions = {}): Plugin {
  const include = options.include ?? /\.[cm]?[jt]sx?$/;
  const accepts = typeof include === 'function' ? include : (id: string) => include.test(id);
  return {
    name: 'polynode:async-lowering',
    transform: {
      order: 'post',
      async handler(code, id) {
        const file = id.replace(/\?.*$/, '');
        if (id.startsWith('\0') || !accepts(file) || !mayNeedAsyncLowering(code)) return null;
        const result = await lowerAsyncSyntax(code, { filename: file, sourcemap: true });
        return { code: result.code, map: result.map };
      },
    },
  };
}
