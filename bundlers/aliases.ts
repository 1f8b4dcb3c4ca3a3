/**
 * The one alias map every polynode bundler plugin is an adapter over, derived from the module
 * registry (`src/modules.ts`) when polynode is built: every Node 16 builtin id, bare and
 * `node:`-prefixed, subpaths (`fs/promises`, `stream/web`, `util/types`, `timers/promises` …)
 * and the legacy `_stream_*` ids, mapped to the polynode entry that implements it.
 *
 * ```js
 * import { ALIASES } from 'polynode/aliases';
 * ALIASES['node:fs/promises']; // 'polynode/fs/promises'
 * ```
 *
 * @packageDocumentation
 */
import { fileURLToPath } from 'node:url';
import { MODULES } from '../src/modules.js';

/** Every builtin module id polynode provides, as Node spells it (no `node:`), sorted. */
export const BUILTIN_IDS: readonly string[] = Object.freeze(MODULES.map((entry) => entry.id));

/**
 * Specifier → package entry: `'buffer'` and `'node:buffer'` → `'polynode/buffer'`, for every id
 * of {@link BUILTIN_IDS}. Plain data, for tools polynode has no plugin for (an import map, Jest's
 * `moduleNameMapper`, a custom resolver).
 */
export const ALIASES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(BUILTIN_IDS.flatMap((id) => [[id, `polynode/${id}`], [`node:${id}`, `polynode/${id}`]])),
);

/**
 * The absolute file of polynode's built entry for a builtin id (`dist/<id>/index.js` of this
 * installed copy). The plugins alias to these files rather than to `polynode/<id>`, so a module
 * deep in `node_modules` resolves to the same copy whatever the package manager's layout.
 */
export function entryFile(id: string): string {
  return fileURLToPath(new URL(`../${id}/index.js`, import.meta.url));
}

/** The folder of polynode's built files (`dist/`), whose modules never get globals injected. */
export const DIST_DIR: string = fileURLToPath(new URL('../', import.meta.url));

/** Options shared by every polynode bundler plugin. */
export interface PolynodeOptions {
  /**
   * Only these builtin ids are aliased (no `node:`; `'fs'` does not imply `'fs/promises'`).
   * Default: every id of {@link BUILTIN_IDS}.
   */
  include?: readonly string[];
  /** These builtin ids are left to the bundler's own resolution. Default: none. */
  exclude?: readonly string[];
  /**
   * Which globals are injected into the modules that use them: `true` (default) for all of
   * `Buffer`, `process`, `global`, `setImmediate`, `clearImmediate`; `false` for none; or an
   * object turning single names off (`{ process: false }`).
   */
  globals?: boolean | Partial<Record<GlobalName, boolean>>;
  /** Whether `node:`-prefixed ids are aliased too. Default `true`. */
  protocolImports?: boolean;
  /**
   * Lower `async`/`await` to generators so AsyncLocalStorage keeps its store across `await`
   * (see async_hooks). Default `false`. polynode/esbuild sets esbuild's `supported` flags;
   * polynode/rollup and polynode/vite run esbuild's transform on each module (esbuild must be
   * installed; under Vite, your modules, not pre-bundled packages); polynode/webpack adds a
   * `post` loader doing the same.
   */
  asyncContext?: boolean;
}

/** The globals a plugin can inject. */
export type GlobalName = 'Buffer' | 'process' | 'global' | 'setImmediate' | 'clearImmediate';

/** Every global a plugin can inject. */
export const GLOBAL_NAMES: readonly GlobalName[] = Object.freeze(['Buffer', 'process', 'global', 'setImmediate', 'clearImmediate'] as const);

/** What a plugin does, worked out once from {@link PolynodeOptions}. */
export interface Resolved {
  /** The builtin ids aliased, without `node:`. */
  readonly ids: readonly string[];
  /** Specifier (bare and, with protocolImports, `node:`) → absolute entry file. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Global name → [absolute file, export name], for the names injected. */
  readonly globals: ReadonlyMap<GlobalName, readonly [string, string]>;
  readonly asyncContext: boolean;
}

/**
 * The file a global is injected from: `dist/bundlers/runtime/<name>.js`, whose one export is
 * named as the global (esbuild's `inject` needs exactly that; the others accept it too).
 */
export function globalFile(name: GlobalName): string {
  return fileURLToPath(new URL(`./runtime/${name}.js`, import.meta.url));
}

/** Checks the options and works out the aliases and globals; throws a TypeError on a bad option. */
export function resolveOptions(options: PolynodeOptions = {}): Resolved {
  const known = new Set(BUILTIN_IDS);
  for (const key of ['include', 'exclude'] as const) {
    const list = options[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new TypeError(`polynode: the "${key}" option must be an array of builtin ids`);
    for (const id of list) {
      if (typeof id !== 'string' || !known.has(id.replace(/^node:/, ''))) {
        throw new TypeError(`polynode: "${String(id)}" in the "${key}" option is not a Node builtin id polynode knows`);
      }
    }
  }
  const strip = (id: string) => id.replace(/^node:/, '');
  const include = options.include ? new Set(options.include.map(strip)) : known;
  const exclude = new Set((options.exclude ?? []).map(strip));
  const ids = BUILTIN_IDS.filter((id) => include.has(id) && !exclude.has(id));
  const aliases = new Map<string, string>();
  for (const id of ids) {
    aliases.set(id, entryFile(id));
    if (options.protocolImports !== false) aliases.set(`node:${id}`, entryFile(id));
  }
  const wanted = options.globals ?? true;
  if (typeof wanted !== 'boolean' && (typeof wanted !== 'object' || wanted === null)) {
    throw new TypeError('polynode: the "globals" option must be a boolean or an object of booleans');
  }
  const globals = new Map<GlobalName, readonly [string, string]>();
  for (const name of GLOBAL_NAMES) {
    const on = typeof wanted === 'boolean' ? wanted : wanted[name] !== false;
    if (on) globals.set(name, [globalFile(name), name]);
  }
  return { ids, aliases, globals, asyncContext: options.asyncContext === true };
}

/** A RegExp matching exactly the aliased specifiers (for bundlers whose aliases are patterns). */
export function aliasPattern(resolved: Resolved): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const ids = [...resolved.ids].sort((a, b) => b.length - a.length).map(escape);
  const hasNode = [...resolved.aliases.keys()].some((key) => key.startsWith('node:'));
  return new RegExp(`^${hasNode ? '(?:node:)?' : ''}(${ids.join('|')})$`);
}

/** Whether a module is one of polynode's own built files (no globals are injected there). */
export function isPolynodeFile(file: string): boolean {
  return file.replace(/\\/g, '/').startsWith(DIST_DIR.replace(/\\/g, '/'));
}
