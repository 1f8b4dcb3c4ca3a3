// Rollup builds two things (TypeScript is only transpiled here, by esbuild; `tsc` type-checks
// and writes the .d.ts files, see package.json):
//
//   BUILD=lib   src/**/index.ts, src/modules.ts and polyfills/*.ts -> dist/, file for file
//               (preserveModules: src/buffer/index.ts -> dist/buffer/index.js,
//               polyfills/globals.ts -> dist/polyfills/globals.js).
//   BUILD=test  every test/**/*.test.ts (and *.worker.ts, *.fixture.ts) -> build/test/src/,
//               and the same tests with their imports of src/ redirected to the built dist/
//               -> build/test/dist/. *.node.test.ts files are built once, for Node only,
//               to build/test/node/. TEST_OUT=dir replaces build/test.
//
// Any Rollup warning fails the build.
import { readdirSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const list = (dir) => readdirSync(dir, { recursive: true }).map((f) => String(f).replaceAll('\\', '/'));

// Entries made only of imports and re-exports render as "empty" chunks; that is expected
// for exactly these.
const REEXPORT_ONLY = new Set(['polyfills/index']);

function failOnWarnings(warning) {
  const chunk = /Generated an empty chunk: "(.+)"/.exec(warning.message)?.[1];
  if (warning.code === 'EMPTY_BUNDLE' && REEXPORT_ONLY.has(chunk)) return;
  throw new Error(`Rollup warning treated as an error: ${warning.code}: ${warning.message}`);
}

const plugins = () => [
  json({ preferConst: true }),
  nodeResolve({ browser: true, preferBuiltins: false, extensions: ['.ts', '.js', '.mjs'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true }),
];

const lib = {
  input: [
    'src/modules.ts',
    ...list('src').filter((f) => f.endsWith('/index.ts')).map((f) => `src/${f}`),
    ...list('polyfills').filter((f) => f.endsWith('.ts')).map((f) => `polyfills/${f}`),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
  },
  // Unused exports must be droppable module by module: no module-level side effects.
  treeshake: { moduleSideEffects: true, propertyReadSideEffects: false },
  onwarn: failOnWarnings,
  plugins: plugins(),
};

// Test entries keyed by their path under test/ without ".ts".
function testEntries(filter) {
  return Object.fromEntries(
    list('test')
      .filter((f) => /\.(test|worker|fixture)\.ts$/.test(f) && filter(f))
      .map((f) => [f.replace(/\.ts$/, ''), `test/${f}`]),
  );
}

// Node-only tests use Node's modules and dev tools; those stay imports.
const nodeExternal = (id) =>
  id.startsWith('node:') || /^(rollup|@rollup\/|playwright-core|esbuild)(\/|$)/.test(id);

// In the dist build of the tests, imports of a public entry (`../src/x/index.js`,
// `src/modules.js`, `polyfills/*.js`) load the built `dist/…` file. Internal helpers stay on src/: the
// build keeps only the internal exports the modules use, and the tests use more.
function redirectSrcToDist() {
  const src = resolve(root, 'src');
  const polyfills = resolve(root, 'polyfills');
  return {
    name: 'redirect-src-to-dist',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const target = resolve(dirname(importer), source);
      if (target.startsWith(polyfills + '/')) return { id: resolve(root, 'dist', relative(root, target).replace(/\.ts$/, '.js')), external: false };
      if (!target.startsWith(src + '/')) return null;
      const rel = relative(src, target).replace(/\.ts$/, '.js');
      if (rel.startsWith('internal/') || !(rel.endsWith('/index.js') || rel === 'modules.js')) return null;
      return { id: resolve(root, 'dist', rel), external: false };
    },
  };
}

const testOutput = (dir) => ({
  dir,
  format: 'es',
  sourcemap: true,
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
});

// TEST_OUT moves the test bundles elsewhere (two builds side by side); Karma reads it too.
const testOut = process.env.TEST_OUT || 'build/test';

function tests() {
  // Stale bundles of deleted tests would otherwise still run.
  rmSync(testOut, { recursive: true, force: true });
  const isNodeOnly = (f) => f.endsWith('.node.test.ts');
  const configs = [
    {
      input: testEntries((f) => !isNodeOnly(f)),
      output: testOutput(`${testOut}/src`),
      onwarn: failOnWarnings,
      plugins: plugins(),
    },
    {
      input: testEntries((f) => !isNodeOnly(f)),
      output: testOutput(`${testOut}/dist`),
      onwarn: failOnWarnings,
      plugins: [redirectSrcToDist(), ...plugins()],
    },
    {
      input: testEntries(isNodeOnly),
      output: testOutput(`${testOut}/node`),
      external: nodeExternal,
      onwarn: failOnWarnings,
      plugins: plugins(),
    },
  ];
  return configs.filter((config) => Object.keys(config.input).length > 0);
}

const build = process.env.BUILD;
export default build === 'lib' ? lib : build === 'test' ? tests() : [lib, ...tests()];
