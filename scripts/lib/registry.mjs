// Loads src/modules.ts (the module registry) from Node scripts: esbuild strips the types,
// and the result is imported from a data: URL. The registry imports nothing, so this is safe.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(new URL('../../src/modules.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const registry = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** @type {readonly import('../../src/modules.ts').ModuleInfo[]} */
export const MODULES = registry.MODULES;

/** The source folder of a module id: every id is `src/<id>/index.ts`, built to `dist/<id>/index.js`. */
export const sourceFile = (id) => `src/${id}/index.ts`;
export const distFile = (id) => `dist/${id}/index.js`;
