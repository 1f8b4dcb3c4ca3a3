// Builds the Node-side bundler integration (bundlers/*.ts) into dist/bundlers/:
//   polynode/aliases, polynode/vite, polynode/webpack, polynode/rollup, polynode/esbuild,
//   polynode/importmap (+ dist/importmap.json), and dist/bundlers/runtime/<Global>.js, the
//   browser modules the plugins inject `Buffer`, `process`, `global`, `setImmediate` and
//   `clearImmediate` from. Runs after the library build (npm run build), which empties dist/.
//
// The plugins' one dependency, @rollup/plugin-inject (scope analysis for Rollup and Vite), is
// bundled in, so polynode gains no run-time dependency; the bundlers themselves stay imports.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const out = new URL('dist/bundlers/', root);
const ENTRIES = ['aliases', 'vite', 'webpack', 'webpack-async-loader', 'rollup', 'esbuild', 'importmap', 'async-lowering'];

if (!existsSync(new URL('dist/buffer/index.js', root))) throw new Error('dist/ is not built: run the library build first');
mkdirSync(out, { recursive: true });

await build({
  absWorkingDir: new URL('.', root).pathname,
  entryPoints: ENTRIES.map((name) => `bundlers/${name}.ts`),
  outdir: 'dist/bundlers',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node18',
  // Chunks sit next to the entries: the code resolves dist/<id>/index.js from import.meta.url.
  chunkNames: '[name]-[hash]',
  external: ['vite', 'webpack', 'rollup', 'esbuild'],
  // picomatch (under @rollup/pluginutils) is CommonJS and requires Node's path module.
  banner: { js: "import { createRequire as __polynodeCreateRequire } from 'node:module';\nconst require = __polynodeCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'eof',
});

// One file per global; each exports exactly the global's name (what esbuild's inject needs).
const runtime = new URL('runtime/', out);
mkdirSync(runtime, { recursive: true });
const RUNTIME = {
  Buffer: "export { Buffer } from '../../buffer/index.js';\n",
  process: "import process from '../../process/index.js';\nexport { process };\n",
  global: 'const global = globalThis;\nexport { global };\n',
  setImmediate: "export { setImmediate } from '../../timers/index.js';\n",
  clearImmediate: "export { clearImmediate } from '../../timers/index.js';\n",
};
for (const [name, code] of Object.entries(RUNTIME)) {
  writeFileSync(new URL(`${name}.js`, runtime), `// Injected by polynode's bundler plugins where code uses \`${name}\` as a free variable.\n${code}`);
  writeFileSync(new URL(`${name}.d.ts`, runtime), name === 'global' ? 'declare const global: typeof globalThis;\nexport { global };\n' : code.replace('.js', '.js'));
}

// polynode/globals (types only): the globals polynode/polyfills installs, for projects without
// @types/node (`/// <reference types="polynode/globals" />` or "types": ["polynode/globals"]).
writeFileSync(
  new URL('globals.d.ts', out),
  `// The globals polynode/polyfills (and the CDN script) install, typed as polynode's own values.
// Use these instead of @types/node, not with it (both declare the same globals).
import type { Buffer as PolynodeBuffer } from '../buffer/index.js';
import type { Process } from '../process/index.js';
import type { clearImmediate as polynodeClearImmediate, setImmediate as polynodeSetImmediate } from '../timers/index.js';

declare global {
  /** polynode's Buffer (polynode/buffer). */
  var Buffer: typeof PolynodeBuffer;
  type Buffer = PolynodeBuffer;
  /** polynode's one process object (polynode/process). */
  var process: Process;
  /** Node's name for globalThis. */
  var global: typeof globalThis;
  /** polynode's setImmediate (polynode/timers): no 4 ms clamp. */
  var setImmediate: typeof polynodeSetImmediate;
  /** polynode's clearImmediate (polynode/timers). */
  var clearImmediate: typeof polynodeClearImmediate;
}
export {};
`,
);

// Declarations: tsc writes them under build/bundlers-types/bundlers/, placed next to the JavaScript.
execFileSync(new URL('node_modules/.bin/tsc', root).pathname, ['-p', 'bundlers/tsconfig.json'], { cwd: new URL('.', root).pathname, stdio: 'inherit' });
const types = new URL('build/bundlers-types/bundlers/', root);
for (const file of readdirSync(types)) if (file.endsWith('.d.ts')) cpSync(new URL(file, types), new URL(file, out));

// polynode/importmap.json: the import map for this version on jsDelivr.
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const { importMap } = await import(new URL('importmap.js', out).href);
writeFileSync(new URL('dist/importmap.json', root), `${JSON.stringify(importMap(`https://cdn.jsdelivr.net/npm/polynode@${version}/dist/`), null, 2)}\n`);
console.log(`dist/bundlers: ${ENTRIES.join(', ')}; dist/importmap.json`);
