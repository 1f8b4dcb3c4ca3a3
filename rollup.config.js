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
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { build as esbuildBuild } from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const list = (dir) => readdirSync(dir, { recursive: true }).map((f) => String(f).replaceAll('\\', '/'));

// Entries made only of imports and re-exports render as "empty" chunks; that is expected
// for exactly these.
const REEXPORT_ONLY = new Set(['polyfills/index']);

// readable-stream (the engine behind `stream`) has circular requires among its own files,
// as Node's lib/internal/streams has; Rollup warns about each. Exactly those are allowed.
// (In the dist build of the tests the built copies, under dist/vendor/, are bundled again.)
const isEngineFile = (id) => /[/\\](node_modules|dist[/\\]vendor)[/\\]readable-stream[/\\]/.test(id ?? '');
// web-streams-polyfill's CommonJS build, wrapped the same way, so `stream/web` imports it
// without running it (its ES build defines classes at module level).
const isPonyfillFile = (id) => /[/\\]node_modules[/\\]web-streams-polyfill[/\\]dist[/\\]ponyfill\.js/.test(id ?? '');
const engineCycle = (warning) =>
  warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.length > 0 && warning.ids.every((id) => isEngineFile(id.replace(/^\0/, '')));

function failOnWarnings(warning) {
  const chunk = /Generated an empty chunk: "(.+)"/.exec(warning.message)?.[1];
  if (warning.code === 'EMPTY_BUNDLE' && REEXPORT_ONLY.has(chunk)) return;
  if (engineCycle(warning)) return;
  throw new Error(`Rollup warning treated as an error: ${warning.code}: ${warning.message}`);
}

// The engine's requires resolve to polynode's own modules: one Buffer, one EventEmitter, one
// nextTick, Node's error codes, the platform's AbortController. Only inside readable-stream.
const ENGINE_ALIASES = {
  buffer: 'src/buffer/index.ts',
  events: 'src/events/index.ts',
  'process/': 'src/stream/engine/process.ts',
  'string_decoder/': 'src/string_decoder/index.ts',
  'abort-controller': 'src/stream/engine/abort-controller.ts',
};
// readable-stream's own error table (lib/ours/errors.js) is replaced by Node 16's codes.
const ENGINE_ERRORS = /[/\\]readable-stream[/\\]lib[/\\]ours[/\\]errors(\.js)?$/;
function engineAliases() {
  return {
    name: 'polynode-engine-aliases',
    resolveId(source, importer) {
      if (!isEngineFile(importer)) return null;
      if (Object.hasOwn(ENGINE_ALIASES, source)) return resolve(root, ENGINE_ALIASES[source]);
      const from = dirname(importer.replace(/^\0/, '').replace(/\?.*$/, ''));
      if (source.startsWith('.') && ENGINE_ERRORS.test(resolve(from, source))) return resolve(root, 'src/stream/engine/errors.ts');
      return null;
    },
  };
}

// @rollup/plugin-commonjs wraps each engine file in a `requireX()` function run on first use;
// the module-level `var x = requireX()` it writes is marked pure, so importing `stream` and
// using nothing runs (and bundles) nothing.
function pureEngineRequires() {
  return {
    name: 'polynode-pure-engine-requires',
    transform(code, id) {
      const file = id.replace(/^\0/, '');
      if (!isEngineFile(file) && !isPonyfillFile(file)) return null;
      const next = code.replace(/^(var \w+ = )(require\w+\(\);)$/gm, '$1/*@__PURE__*/ $2');
      return next === code ? null : { code: next, map: null };
    },
  };
}

// pako (the engine behind `zlib`) is used in two halves: deflate (zlib's compressor) and
// inflate. Each half is its own module, `polynode-vendor:pako-deflate` / `-inflate`: pako's ES
// build tree-shaken by esbuild to the functions of that half, wrapped in one function that runs
// it on first call (pako builds its tables when its module body runs). So `gzipSync` bundles no
// inflate code, and importing `zlib` runs none of pako.
const PAKO_HALVES = {
  deflate: ['ZStream', 'zlibDeflate', 'zlibDeflateEnd', 'zlibDeflateInit2', 'zlibDeflateReset', 'zlibDeflateSetDictionary'],
  inflate: ['ZStream', 'zlibInflate', 'zlibInflateEnd', 'zlibInflateInit2', 'zlibInflateReset', 'zlibInflateSetDictionary'],
};
// Node 16.13.1's zlib is Chromium's fork of zlib 1.2.11 (on x86 with SSE4.2, as Node's
// builds run). pako 3 follows canonical zlib 1.2.12+ and also carries a multiplicative 4-byte
// hash modelled on Chromium's. Five facts of Chromium's fork, patched into the deflate half so
// that its bytes equal Node 16's (measured against the Node 16 binary; the golden test's
// BYTE_EQUAL list holds the settings):
//  - strings are hashed with CRC-32C (the SSE4.2 `crc32` instruction on the little-endian
//    word, initial value 0, no inversion), not zlib's rolling hash: 4 bytes at levels 1-5,
//    3 bytes (the word's top byte cleared) at levels 6-9, by the current level;
//  - but fill_window, inserting the strings a flush left at the end of the window once more
//    input arrives, still uses zlib's rolling hash (so those strings sit in buckets the CRC
//    lookups never visit);
//  - the hash table has 2^15 entries when the stream starts at levels 1-5 whatever the
//    memLevel, and 2^max(15, memLevel + 7) otherwise (pako's `legacyHash` flag, which
//    src/zlib/engine.ts sets for levels 0 and 6-9, tells them apart);
//  - fill_window zeroes up to 258 bytes (WIN_INIT) past the data until the window has been
//    written once, as zlib does: the 4-byte hash reads one byte past the lookahead at the end
//    of the input, and must read a zero there, not an older byte;
//  - zlib 1.2.11's deflate_stored (level 0) refills the window with one byte less input
//    after a stored block (1.2.12 changed this line).
const PAKO_DEFLATE_PRELUDE = `
  // CRC-32C (Castagnoli, reflected 0x82F63B78) with initial value 0 and no inversion is linear,
  // so the CRC of a little-endian word is the XOR of one table entry per byte position
  // (crc32cByte[k][b]: the CRC of byte b followed by 3 - k zero bytes): independent lookups.
  const crc32cByte = [0, 1, 2, 3].map(() => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    crc32cByte[3][n] = c;
  }
  for (let k = 2; k >= 0; k--) {
    for (let n = 0; n < 256; n++) {
      const c = crc32cByte[k + 1][n];
      crc32cByte[k][n] = crc32cByte[3][c & 255] ^ (c >>> 8);
    }
  }
  const [crc32c0, crc32c1, crc32c2, crc32c3] = crc32cByte;
`;
const WIN_INIT_ZEROING = `  } while (s.lookahead < MIN_LOOKAHEAD && s.strm.avail_in !== 0);
  if (s.high_water < s.window_size) {
    const end = s.strstart + s.lookahead;
    if (s.high_water < end) {
      const count = Math.min(s.window_size - end, 258);
      s.window.fill(0, end, end + count);
      s.high_water = end + count;
    } else if (s.high_water < end + 258) {
      const count = Math.min(end + 258 - s.high_water, s.window_size - s.high_water);
      s.window.fill(0, s.high_water, s.high_water + count);
      s.high_water += count;
    }
  }`;
const FILL_WINDOW_INSERTS = `    if (!s.legacy_hash) {
      if (s.lookahead + s.insert > MIN_MATCH) {
        str = s.strstart - s.insert;
        while (s.insert) {
          INSERT_STRING(s, str);
          str++;
          s.insert--;
          if (s.lookahead + s.insert <= MIN_MATCH) break;
        }
      }
    } else if (s.lookahead + s.insert >= MIN_MATCH) {
      str = s.strstart - s.insert;
      s.ins_h = s.window[str];
      s.ins_h = HASH(s, s.ins_h, s.window[str + 1]);
      while (s.insert) {
        INSERT_STRING(s, str);
        str++;
        s.insert--;
        if (s.lookahead + s.insert < MIN_MATCH) break;
      }
    }`;
const FILL_WINDOW_ROLLING_INSERTS = `    if (s.lookahead + s.insert >= MIN_MATCH) {
      str = s.strstart - s.insert;
      let rolling = s.window[str];
      rolling = HASH(s, rolling, s.window[str + 1]);
      while (s.insert) {
        rolling = HASH(s, rolling, s.window[str + MIN_MATCH - 1]);
        s.prev[str & s.w_mask] = s.head[rolling];
        s.head[rolling] = str;
        str++;
        s.insert--;
        if (s.lookahead + s.insert < MIN_MATCH) break;
      }
    }`;
const PAKO_PATCHES = {
  deflate: [
    [
      `  if (s.legacy_hash) h = s.ins_h = HASH(s, s.ins_h, s.window[str + MIN_MATCH - 1]);
  else {
    const w = s.window;
    const value = w[str] | w[str + 1] << 8 | w[str + 2] << 16 | w[str + 3] << 24;
    h = s.ins_h = Math.imul(value, 66521) + 66521 >>> 16 & s.hash_mask;
  }`,
      `  const w = s.window;
  // 3-byte strings from level 6 up, 4 below: by the level now (params() may change it).
  const crc = crc32c0[w[str]] ^ crc32c1[w[str + 1]] ^ crc32c2[w[str + 2]];
  h = s.ins_h = (s.level >= 6 ? crc : crc ^ crc32c3[w[str + 3]]) & s.hash_mask;`,
    ],
    ['if (!s.legacy_hash && s.hash_bits < 15) s.hash_bits = 15;', 'if (s.hash_bits < 15 || !s.legacy_hash) s.hash_bits = 15;'],
    [FILL_WINDOW_INSERTS, FILL_WINDOW_ROLLING_INSERTS],
    ['  } while (s.lookahead < MIN_LOOKAHEAD && s.strm.avail_in !== 0);', WIN_INIT_ZEROING],
    ['have = s.window_size - s.strstart;', 'have = s.window_size - s.strstart - 1;'],
  ],
};
const PAKO_PRELUDES = { deflate: PAKO_DEFLATE_PRELUDE };
// The generated halves, made once per process (every build config uses them).
const pakoHalfSources = new Map();
function pakoHalves() {
  const prefix = 'polynode-vendor:pako-';
  return {
    name: 'polynode-pako-halves',
    resolveId: (source) => (source.startsWith(prefix) && Object.hasOwn(PAKO_HALVES, source.slice(prefix.length)) ? `\0pako-${source.slice(prefix.length)}` : null),
    load(id) {
      const half = /^\0pako-(\w+)$/.exec(id)?.[1];
      if (!half) return null;
      if (!pakoHalfSources.has(half)) pakoHalfSources.set(half, pakoHalfSource(half));
      return pakoHalfSources.get(half);
    },
  };
}

/** The module of one half: pako's functions of that half, patched, run on the loader's first call. */
async function pakoHalfSource(half) {
  const names = PAKO_HALVES[half];
  const result = await esbuildBuild({
    stdin: { contents: `export { ${names.join(', ')} } from 'pako';`, resolveDir: root, loader: 'js' },
    bundle: true, format: 'esm', target: 'es2022', write: false, legalComments: 'inline',
  });
  let text = result.outputFiles[0].text;
  for (const [pattern, replacement] of PAKO_PATCHES[half] ?? []) {
    const count = text.split(pattern).length - 1;
    if (count !== 1) throw new Error(`pako ${half}: expected one \`${pattern}\` to patch, found ${count}`);
    text = text.replace(pattern, replacement);
  }
  const exportStatement = /\nexport \{([^}]*)\};\s*$/.exec(text);
  if (!exportStatement) throw new Error(`pako ${half}: esbuild output has no export statement`);
  const entries = exportStatement[1].split(',').map((part) => part.trim().split(/\s+as\s+/)).map(([local, exported]) => `${exported ?? local}: ${local}`);
  const version = JSON.parse(readFileSync(resolve(root, 'node_modules/pako/package.json'), 'utf8')).version;
  const name = `loadPako${half[0].toUpperCase()}${half.slice(1)}`;
  return [
    `// pako ${version} (MIT; a port of zlib, zlib license): the ${half} half, generated by rollup.config.js.`,
    'let api;',
    `export function ${name}() {`,
    '  return api ??= (() => {',
    PAKO_PRELUDES[half] ?? '',
    text.slice(0, exportStatement.index),
    `    return { ${entries.join(', ')} };`,
    '  })();',
    '}',
  ].join('\n');
}

const plugins = () => [
  pakoHalves(),
  engineAliases(),
  json({ preferConst: true }),
  nodeResolve({ browser: true, preferBuiltins: false, extensions: ['.ts', '.js', '.mjs'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true }),
  commonjs({
    include: [/node_modules[/\\]readable-stream[/\\]/, /node_modules[/\\]web-streams-polyfill[/\\]dist[/\\]ponyfill\.js$/],
    strictRequires: true,
    transformMixedEsModules: false,
  }),
  pureEngineRequires(),
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
    // Bundled dependencies (readable-stream …) would land in dist/node_modules/, which npm
    // leaves out of a published package: they go to dist/vendor/ instead.
    entryFileNames: (chunk) => `${chunk.name.replace(/(^|\/)node_modules\//g, '$1vendor/')}.js`,
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

// Worker bootstrap (issue 8): src/internal/worker/spawn.ts starts
// `new Worker(new URL('./bootstrap/index.js', import.meta.url))`. The lib build keeps that file
// layout (dist/internal/worker/bootstrap/index.js sits next to spawn.js); a test bundle moves
// spawn's code into a chunk, so there the bootstrap is emitted as its own chunk and the URL
// points at it. Tests only.
function workerBootstrapChunk() {
  const spawnFile = /[/\\](src|dist)[/\\]internal[/\\]worker[/\\]spawn\.(ts|js)$/;
  const reference = /new URL\((['"])\.\/bootstrap\/index\.js\1, import\.meta\.url\)/g;
  return {
    name: 'polynode-worker-bootstrap',
    transform(code, id) {
      if (!spawnFile.test(id) || code.search(reference) === -1) return null;
      const ref = this.emitFile({ type: 'chunk', id: resolve(dirname(id), `bootstrap/index${id.slice(-3)}`), name: 'worker-bootstrap' });
      return { code: code.replace(reference, `new URL(import.meta.ROLLUP_FILE_URL_${ref})`), map: null };
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

// Test files named `*.lowered.test.ts` / `*.lowered.fixture.ts` go through the await-lowering
// build step ([async_hooks]) after TypeScript, as an app built with it would: the shipped one,
// dist/bundlers/async-lowering.js (polynode/async-lowering; the library build makes it first).
function loweredTests() {
  const lowered = /\.lowered\.(test|fixture)\.ts$/;
  return {
    name: 'polynode-lowered-tests',
    async transform(code, id) {
      if (!lowered.test(id)) return null;
      const { lowerAsyncSyntax } = await import('./dist/bundlers/async-lowering.js');
      return lowerAsyncSyntax(code, { filename: id, sourcemap: true });
    },
  };
}

function tests() {
  // Stale bundles of deleted tests would otherwise still run.
  rmSync(testOut, { recursive: true, force: true });
  const isNodeOnly = (f) => f.endsWith('.node.test.ts');
  const configs = [
    {
      input: testEntries((f) => !isNodeOnly(f)),
      output: testOutput(`${testOut}/src`),
      onwarn: failOnWarnings,
      plugins: [workerBootstrapChunk(), ...plugins(), loweredTests()],
    },
    {
      input: testEntries((f) => !isNodeOnly(f)),
      output: testOutput(`${testOut}/dist`),
      onwarn: failOnWarnings,
      plugins: [redirectSrcToDist(), workerBootstrapChunk(), ...plugins(), loweredTests()],
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
