#!/usr/bin/env node
// `npm run size`: what polynode costs in a browser bundle, min+gzip.
//
//   npm run size [-- --json]
//
// Every size is an esbuild bundle (browser platform, ESM output, --minify), then gzip level 9
// (node:zlib). Two tables:
//   - each module entry, dist/<id>/index.js, bundled alone with every export kept;
//   - single named imports (SINGLE_IMPORTS below), `import { Buffer } from 'polynode/buffer'`,
//     tree-shaken the way an application bundler would.
// Beside polynode: the peers where one is installed (buffer@6.0.3 for `{ Buffer }`,
// string_decoder@1.3.0 …, the same table as `npm run bench`) and @jspm/core's nodelibs/browser.
// Builtin ids (`buffer`, `node:buffer`, `polynode/buffer`) resolve to each column's module, also
// inside the modules themselves. Needs a built dist/ (`npm run build`).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { COLUMNS, REPO_ROOT, NotProvided, builtinIdOf, getDistDir, packageVersion } from '../bench/lib/columns.mjs';
import { columnPlugin } from '../bench/lib/build.mjs';

/** Single imports measured on their own. Add rows freely. */
const SINGLE_IMPORTS = [
  { name: 'Buffer', from: 'buffer' },
  { name: 'StringDecoder', from: 'string_decoder' },
  { name: 'EventEmitter', from: 'events' },
  { name: 'createHash', from: 'crypto' },
  { name: 'randomBytes', from: 'crypto' },
  { name: 'inflateSync', from: 'zlib' },
  { name: 'gzipSync', from: 'zlib' },
  { name: 'Readable', from: 'stream' },
  { name: 'promisify', from: 'util' },
  { name: 'join', from: 'path' },
  { name: 'parse', from: 'querystring' },
];

const COMPARED = ['polynode', 'peers', 'jspm'];

/** The module ids with an entry in dist/, from package.json's "exports" (`./x` -> dist/x/index.js). */
function entryIds() {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  const ids = [];
  for (const [key, value] of Object.entries(pkg.exports ?? {})) {
    const target = typeof value === 'string' ? value : value?.default;
    const match = /^\.\/dist\/(.+)\/index\.js$/.exec(target ?? '');
    if (key.startsWith('./') && match && match[1] === key.slice(2)) ids.push(match[1]);
  }
  return ids.sort();
}

/** min and min+gzip bytes of a bundle of `contents` in `column`, or { error }. */
async function measure(column, contents) {
  try {
    const out = await build({
      stdin: { contents, resolveDir: REPO_ROOT, sourcefile: 'size-entry.js', loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
      define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
      plugins: [columnPlugin(column)],
    });
    const code = out.outputFiles[0].contents;
    return { min: code.length, gzip: gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length };
  } catch (error) {
    const errors = error.errors ?? [];
    const missing = errors.length > 0 && errors.every((e) => e.detail?.notProvided);
    return { error: errors.map((e) => e.text).join('; ') || String(error.message ?? error), missing };
  }
}

/**
 * Every export of `id`, default included when the module has one. polynode's entry is the file
 * itself (also entries that are no builtin, like `polyfills`); the others' by builtin id.
 */
async function measureWhole(column, id) {
  if (column.name !== 'polynode' && !builtinIdOf(id)) return { error: `${id} is no builtin`, missing: true };
  const spec = JSON.stringify(column.name === 'polynode' ? join(getDistDir(), id, 'index.js') : id);
  const result = await measure(column, `export * from ${spec};\nexport { default } from ${spec};`);
  if (result.error && /default/.test(result.error)) return measure(column, `export * from ${spec};`);
  return result;
}

const bytes = (n) => n.toLocaleString('en-US');
const cell = (r) => (r == null || r.error ? '—' : `${bytes(r.gzip)} (${bytes(r.min)})`);

async function main() {
  const json = process.argv.includes('--json');
  const columns = COMPARED.map((name) => COLUMNS.find((c) => c.name === name));
  const polynode = columns[0];
  const started = Date.now();

  // Fail early, clearly, without a build.
  try {
    polynode.resolve('buffer');
  } catch (error) {
    if (error instanceof NotProvided) {
      console.error(`size: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  const entries = await Promise.all(
    entryIds().map(async (id) => {
      const [ours, peers, jspm] = await Promise.all(columns.map((column) => measureWhole(column, id)));
      return { id, polynode: ours, peers, jspm };
    }),
  );
  const singles = await Promise.all(
    SINGLE_IMPORTS.map(async ({ name, from }) => {
      // polynode by its package name, as an application imports it; the others by builtin id.
      const contentsFor = (column) =>
        `export { ${name} } from ${JSON.stringify(column.name === 'polynode' ? `polynode/${from}` : from)};`;
      const [ours, peers, jspm] = await Promise.all(columns.map((column) => measure(column, contentsFor(column))));
      return { import: `import { ${name} } from 'polynode/${from}'`, name, from, polynode: ours, peers, jspm };
    }),
  );
  const elapsedMs = Date.now() - started;

  const versions = {
    peers: ['buffer', 'string_decoder'].map(packageVersion).filter(Boolean),
    jspm: packageVersion('@jspm/core'),
  };
  if (json) {
    const clean = (r) => (r?.error ? (r.missing ? null : { error: r.error }) : r);
    console.log(
      JSON.stringify(
        {
          date: new Date().toISOString(),
          method: 'esbuild --minify (ESM, browser), then gzip -9 (node:zlib); bytes',
          versions,
          entries: entries.map((e) => ({ id: e.id, polynode: clean(e.polynode), peers: clean(e.peers), jspm: clean(e.jspm) })),
          singleImports: singles.map((s) => ({ import: s.import, polynode: clean(s.polynode), peers: clean(s.peers), jspm: clean(s.jspm) })),
          elapsedMs,
        },
        null,
        2,
      ),
    );
    return;
  }

  const lines = [];
  lines.push(
    '# polynode bundle sizes (`npm run size`)',
    '',
    `esbuild --minify (ESM, browser platform), then gzip -9. Cells: **min+gzip bytes (minified bytes)**; — = no such module there. ` +
      `peers = ${versions.peers.join(', ')} (by the bench's PEERS table); jspm = ${versions.jspm} nodelibs/browser.`,
    '',
    '## Single imports (tree-shaken)',
    '',
    '| import | polynode | peers | jspm |',
    '| --- | ---: | ---: | ---: |',
  );
  for (const s of singles) lines.push(`| \`${s.import}\` | ${cell(s.polynode)} | ${cell(s.peers)} | ${cell(s.jspm)} |`);
  lines.push('', '## Whole modules (`dist/<id>/index.js`, every export kept)', '', '| module | polynode | peers | jspm |', '| --- | ---: | ---: | ---: |');
  for (const e of entries) lines.push(`| \`${e.id}\` | ${cell(e.polynode)} | ${cell(e.peers)} | ${cell(e.jspm)} |`);
  const total = entries.reduce((sum, e) => sum + (e.polynode.gzip ?? 0), 0);
  lines.push('', `${entries.length} entries, ${bytes(total)} bytes min+gzip in all (each counted alone, shared code counted each time). Measured in ${elapsedMs} ms.`);
  const failures = [...entries.map((e) => [e.id, e.polynode]), ...singles.map((s) => [s.import, s.polynode])].filter(([, r]) => r.error);
  if (failures.length) {
    lines.push('', 'polynode bundles that failed:', '', ...failures.map(([what, r]) => `- ${what}: ${r.error}`));
  }
  console.log(lines.join('\n'));
  if (failures.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
