// The await-lowering build step of [async_hooks]: async functions, async generators and
// `for await` rewritten as generators driven by `Promise.prototype.then`, so that
// AsyncLocalStorage keeps its store across every `await` in the browser.
//
// Why: a native `await` on a native promise resumes from a job the JavaScript engine queues
// without ever reading `then`, so polynode's patched `then` (src/internal/async-context)
// cannot see it and the code after the `await` runs in the empty context. After lowering,
// each resumption is a `.then(step)` registered while the async function's context is
// current, and the patch restores that context. esbuild does the rewriting: its transform
// with these three syntax features marked unsupported emits small `__async`,
// `__asyncGenerator` and `__forAwait` helpers per file.
//
// Cost: a lowered `await` is a generator step plus one `then` (the patch wraps both
// callbacks); the code grows by the helpers (about 1 KB per file before minification).
//
// esbuild is loaded on first use (a peer of the build, not of the page).

/** esbuild's `supported` option that lowers every async construct to generators. */
export const ASYNC_LOWERING_SUPPORTED = Object.freeze({
  'async-await': false,
  'async-generator': false,
  'for-await': false,
});

/** Whether `code` may contain an async construct worth lowering (a cheap text check). */
export function mayNeedAsyncLowering(code) {
  return /\basync\b|\bawait\b/.test(code);
}

/**
 * Lowers the async syntax of one JavaScript (or TypeScript, with `loader: 'ts'`) module.
 *
 * @param {string} code the module's source
 * @param {{ filename?: string, loader?: 'js' | 'ts' | 'jsx' | 'tsx', sourcemap?: boolean, target?: string }} [options]
 * @returns {Promise<{ code: string, map: string | null }>} the lowered code and its source map
 *   (`null` without `sourcemap: true` or when nothing needed lowering).
 */
export async function lowerAsyncSyntax(code, options = {}) {
  const { filename, loader = 'js', sourcemap = false, target = 'es2022' } = options;
  if (!mayNeedAsyncLowering(code)) return { code, map: null };
  const { transform } = await import('esbuild');
  const result = await transform(code, {
    loader,
    format: 'esm',
    target,
    supported: ASYNC_LOWERING_SUPPORTED,
    sourcefile: filename,
    sourcemap: sourcemap ? 'external' : false,
    // Keep names and layout: this is a syntax rewrite, not a minification.
    minify: false,
    keepNames: false,
    legalComments: 'inline',
    logLevel: 'silent',
  });
  return { code: result.code, map: sourcemap ? result.map : null };
}

/**
 * A Rollup (and Vite) plugin applying {@link lowerAsyncSyntax} to the modules `include`
 * accepts (a RegExp or a function of the module id; default: every .js/.mjs/.ts module).
 *
 * @param {{ include?: RegExp | ((id: string) => boolean) }} [options]
 */
export function asyncLoweringPlugin(options = {}) {
  const include = options.include ?? /\.(m?js|ts)$/;
  const accepts = typeof include === 'function' ? include : (id) => include.test(id);
  return {
    name: 'polynode-async-lowering',
    async transform(code, id) {
      const file = id.replace(/\?.*$/, '');
      if (id.startsWith('\0') || !accepts(file) || !mayNeedAsyncLowering(code)) return null;
      const result = await lowerAsyncSyntax(code, { filename: file, sourcemap: true });
      return { code: result.code, map: result.map };
    },
  };
}
