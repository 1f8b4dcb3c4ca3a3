/**
 * Pieces shared by the Rollup and Vite adapters (both speak Rollup's plugin API). Internal.
 *
 * @packageDocumentation
 */
import { dirname, resolve } from 'node:path';
import inject from '@rollup/plugin-inject';
import type { Plugin, TransformPluginContext } from 'rollup';
import { isPolynodeFile, type Resolved } from './aliases.js';
import { asyncLoweringPlugin } from './async-lowering.js';

/** `process.env.NODE_ENV` as an expression (not a property of something, not assigned to). */
const NODE_ENV = /(?<![\w$.])process\.env\.NODE_ENV(?![\w$])(?!\s*=(?!=))/g;

/**
 * Replaces `process.env.NODE_ENV` by a string literal, as webpack's `mode` and esbuild do, so
 * `if (process.env.NODE_ENV !== 'production')` blocks drop out; every other `process.env` read
 * still reaches polynode's process object (which is why Vite's `process.env → {}` is turned off).
 */
export function nodeEnvPlugin(nodeEnv: string): Plugin {
  const literal = JSON.stringify(nodeEnv);
  return {
    name: 'polynode:node-env',
    transform: {
      order: 'post',
      handler(code, id) {
        if (!code.includes('process.env.NODE_ENV') || isPolynodeFile(id)) return null;
        const next = code.replace(NODE_ENV, literal);
        // Same-length edits are not possible, so no source map is claimed for this step.
        return next === code ? null : { code: next, map: null };
      },
    },
  };
}

/**
 * Adds `import { Buffer } from '…'` (and the others) to exactly the modules whose code uses one
 * of the globals as a free variable; scope analysis is @rollup/plugin-inject's. Runs after
 * @rollup/plugin-commonjs (order `post`), so CommonJS modules are already ES modules.
 */
export function injectPlugin(resolved: Resolved): Plugin | null {
  if (resolved.globals.size === 0) return null;
  const modules = Object.fromEntries([...resolved.globals].map(([name, target]) => [name, [...target] as [string, string]]));
  const inner = inject({ modules, exclude: [/\0/] }) as Plugin;
  const transform = inner.transform as (this: TransformPluginContext, code: string, id: string) => unknown;
  return {
    name: 'polynode:globals',
    transform: {
      order: 'post',
      handler(code, id) {
        if (isPolynodeFile(id) || /\.(css|json|html|svg)(\?|$)/.test(id)) return null;
        return transform.call(this, code, id) as ReturnType<Extract<Plugin['transform'], (...args: never[]) => unknown>>;
      },
    },
  };
}

/** `new URL('./x.js', import.meta.url)` with a relative literal, as polynode's worker modules write it. */
const MODULE_URL = /new URL\((['"])(\.{1,2}\/[^'"]+?\.m?js)\1,\s*import\.meta\.url\)/g;

/**
 * polynode's worker bootstrap and the module URLs of `fork`/`Worker` are written
 * `new URL('./bootstrap.js', import.meta.url)`; Rollup leaves such URLs alone, so the file would
 * be missing from the output. This emits each as a chunk of its own (with its imports bundled)
 * and points the URL at it. Only polynode's own files are rewritten.
 */
export function workerAssetsPlugin(): Plugin {
  return {
    name: 'polynode:worker-assets',
    transform(code, id) {
      if (!isPolynodeFile(id) || !code.includes('import.meta.url')) return null;
      let changed = false;
      const next = code.replace(MODULE_URL, (_match, _quote: string, file: string) => {
        changed = true;
        const ref = this.emitFile({ type: 'chunk', id: resolve(dirname(id), file) });
        return `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return changed ? { code: next, map: null } : null;
    },
  };
}

/** The await-lowering step (polynode/async-lowering) on every module but polynode's own. */
export function asyncContextPlugin(): Plugin {
  return asyncLoweringPlugin({ include: (id) => /\.[cm]?[jt]sx?$/.test(id) && !isPolynodeFile(id) });
}
