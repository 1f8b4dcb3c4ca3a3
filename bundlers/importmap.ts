/**
 * `polynode/importmap`: import maps for polynode's ES modules loaded straight from a CDN (or any
 * static server holding polynode's `dist/`), so `<script type="module">` code can write
 * `import { Buffer } from 'node:buffer'` with no bundler.
 *
 * ```js
 * import { importMap, writeImportMap } from 'polynode/importmap';
 * await writeImportMap('public/importmap.json', 'https://cdn.jsdelivr.net/npm/polynode@0.1.0/dist/');
 * ```
 *
 * `polynode/importmap.json` is the same map, made at build time for this version on jsDelivr.
 *
 * @packageDocumentation
 */
import { writeFile } from 'node:fs/promises';
import { resolveOptions, type PolynodeOptions } from './aliases.js';

/** An import map (the JSON of `<script type="importmap">`). */
export interface ImportMap {
  imports: Record<string, string>;
}

/** The options of {@link importMap}: the module list options of the plugins. */
export type ImportMapOptions = Pick<PolynodeOptions, 'include' | 'exclude' | 'protocolImports'>;

/**
 * The import map for polynode's `dist/` folder served at `baseUrl` (absolute, or relative to the
 * page; a missing final `/` is added): every builtin id, bare and `node:`-prefixed, and
 * `polynode/<id>`, to `<baseUrl><id>/index.js`.
 */
export function importMap(baseUrl: string, options: ImportMapOptions = {}): ImportMap {
  if (typeof baseUrl !== 'string' || baseUrl === '') throw new TypeError('polynode: importMap(baseUrl) needs the URL of polynode\'s dist/ folder');
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const resolved = resolveOptions({ ...options, globals: false });
  const imports: Record<string, string> = {};
  for (const id of resolved.ids) {
    const url = `${base}${id}/index.js`;
    imports[id] = url;
    if (options.protocolImports !== false) imports[`node:${id}`] = url;
    imports[`polynode/${id}`] = url;
  }
  return { imports };
}

/** Writes {@link importMap}`(baseUrl, options)` to `file` as JSON. */
export async function writeImportMap(file: string, baseUrl: string, options: ImportMapOptions = {}): Promise<void> {
  await writeFile(file, `${JSON.stringify(importMap(baseUrl, options), null, 2)}\n`);
}
