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
import { rewriteWorkerURLs } from './worker-urls.js';

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
 * Vite's own dev-server client (`/@vite/client`, `/@vite/env`): it tests `typeof process`,
 * and must not import polynode's process (in a worker it would load before the bootstrap).
 */
const VITE_CLIENT = /[\\/]vite[\\/]dist[\\/]client[\\/]/;

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
        if (isPolynodeFile(id) || /\.(css|json|html|svg)(\?|$)/.test(id) || VITE_CLIENT.test(id)) return null;
        return transform.call(this, code, id) as ReturnType<Extract<Plugin['transform'], (...args: never[]) => unknown>>;
      },
    },
  };
}

/**
 * Module URLs Rollup would leave alone (so the file would be missing from the output) become
 * chunks of their own, with their imports bundled, and the URL points at the chunk:
 * - in polynode's files, every `new URL('./x.js', import.meta.url)` (the worker bootstrap);
 * - in your code, `new Worker(new URL('./w.js', import.meta.url))` and
 *   `fork(new URL('./child.js', import.meta.url))`.
 */
export function workerAssetsPlugin(): Plugin {
  return {
    name: 'polynode:worker-assets',
    transform(code, id) {
      if (id.startsWith('\0')) return null;
      const next = rewriteWorkerURLs(code, id, (file) => `new URL(import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: resolve(dirname(id), file) })})`);
      return next === null ? null : { code: next, map: null };
    },
  };
}

/** The await-lowering step (polynode/async-lowering) on every module but polynode's own. */
export function asyncContextPlugin(): Plugin {
  return asyncLoweringPlugin({ include: (id) => /\.[cm]?[jt]sx?$/.test(id) && !isPolynodeFile(id) });
}
