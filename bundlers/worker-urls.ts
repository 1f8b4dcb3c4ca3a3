/**
 * The module URLs behind workers, as the Rollup and esbuild adapters find them. Internal.
 *
 * @packageDocumentation
 */
import { isPolynodeFile } from './aliases.js';

/** `new URL('./x.js', import.meta.url)` with a relative literal, as polynode's worker modules write it. */
const MODULE_URL = /new URL\((['"])(\.{1,2}\/[^'"]+?\.m?js)\1,\s*import\.meta\.url\)/g;

/**
 * The same URL as the first argument of `new Worker(…)` or `fork(…)` in your code (the forms
 * `worker_threads` and `child_process` users write); `$1` keeps the call's head.
 */
const WORKER_MODULE_URL = /(\bnew\s+Worker\s*\(\s*|\bfork\s*\(\s*)new URL\((['"])(\.{1,2}\/[^'"]+?\.m?js)\2,\s*import\.meta\.url\)/g;

/**
 * Replaces each worker module URL of `code` by `url(relativeFile)`: in polynode's own files every
 * `new URL('./x.js', import.meta.url)` (the worker bootstrap), in other files only those passed
 * to `new Worker(…)` or `fork(…)`. Returns null when nothing changed.
 */
export function rewriteWorkerURLs(code: string, id: string, url: (relativeFile: string) => string): string | null {
  if (!code.includes('import.meta.url')) return null;
  const next = isPolynodeFile(id)
    ? code.replace(MODULE_URL, (_match, _quote: string, file: string) => url(file))
    : code.replace(WORKER_MODULE_URL, (_match, head: string, _quote: string, file: string) => head + url(file));
  return next === code ? null : next;
}
