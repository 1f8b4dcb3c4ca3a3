// Builds the CDN scripts from the built library (run after it, by npm run build):
//   dist/polynode.js      one classic <script>: installs the globals (polynode/polyfills) and
//   dist/polynode.min.js  defines `polynode` = { require, builtinModules, version }, where
//                         `polynode.require(id)` returns what `require(id)` returns in Node for
//                         every builtin id, `node:` ids included (module.createRequire's rules
//                         and errors: MODULE_NOT_FOUND, ERR_UNKNOWN_BUILTIN_MODULE).
// The ES modules for <script type="module"> are dist/<id>/index.js themselves, with the import
// map of polynode/importmap (see scripts/build-bundlers.mjs).
// No eval or new Function is produced (the pages run under a CSP without 'unsafe-eval').
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const entry = `
import './polyfills/index.js';
import { builtinModules, createRequire } from './module/index.js';
/** require() for builtin ids, as a CommonJS module at the page root would have it. */
export const require = createRequire('/index.js');
export { builtinModules };
export const version = ${JSON.stringify(version)};
`;

// brotli's WebAssembly (80 + 266 KB gzipped) stays out of the classic script: it is
// dist/polynode.brotli.js, a classic script to load before polynode.js on pages that use brotli
// (src/zlib/brotli/engine.ts reads the modules it registers).
const withoutBrotliWasm = {
  name: 'without-brotli-wasm',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(decoder|encoder)-wasm\.js$/ }, (args) => ({ path: args.path, namespace: 'no-brotli-wasm' }));
    build.onLoad({ filter: /.*/, namespace: 'no-brotli-wasm' }, () => ({ contents: 'export const WASM_BASE64 = "";', loader: 'js' }));
  },
};
{
  const { WASM_BASE64: decoder } = await import(new URL('dist/zlib/brotli/decoder-wasm.js', root).href);
  const { WASM_BASE64: encoder } = await import(new URL('dist/zlib/brotli/encoder-wasm.js', root).href);
  const outfile = new URL('dist/polynode.brotli.js', root);
  writeFileSync(
    outfile,
    `/*! polynode ${version}: brotli 1.0.9 (MIT license) as WebAssembly, for dist/polynode.js: load this first. */\n` +
      `(globalThis[Symbol.for('polynode.brotli.wasm')] ??= {}).decoder = ${JSON.stringify(decoder)};\n` +
      `globalThis[Symbol.for('polynode.brotli.wasm')].encoder = ${JSON.stringify(encoder)};\n`,
  );
  const bytes = readFileSync(outfile);
  console.log(`dist/polynode.brotli.js: ${(bytes.length / 1024).toFixed(0)} KiB, ${(gzipSync(bytes).length / 1024).toFixed(0)} KiB gzip`);
}

for (const minify of [false, true]) {
  const outfile = `dist/polynode${minify ? '.min' : ''}.js`;
  await build({
    absWorkingDir: new URL('.', root).pathname,
    stdin: { contents: entry, resolveDir: 'dist', sourcefile: 'polynode-cdn.js', loader: 'js' },
    outfile,
    bundle: true,
    format: 'iife',
    globalName: 'polynode',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: true,
    legalComments: minify ? 'linked' : 'eof',
    // import.meta.url (polynode's worker spawner finds its bootstrap with it) is the URL the
    // ES module would have next to this script: <dist>/internal/worker/spawn.js.
    define: { 'import.meta.url': '__polynodeModuleUrl' },
    banner: {
      js: `/*! polynode ${version}: Node.js v16.13.1 core modules for the browser. MIT license. */
var __polynodeModuleUrl = new URL('internal/worker/spawn.js', (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) || self.location.href).href;`,
    },
    logLevel: 'warning',
    plugins: [withoutBrotliWasm],
  });
  const bytes = readFileSync(new URL(outfile, root));
  if (/\beval\(|new Function\(/.test(bytes.toString())) console.warn(`${outfile}: contains eval/new Function`);
  console.log(`${outfile}: ${(statSync(new URL(outfile, root)).size / 1024).toFixed(0)} KiB, ${(gzipSync(bytes).length / 1024).toFixed(0)} KiB gzip`);
}
