// The implementations compared by `npm run bench` ("columns"), and how each one resolves a Node
// builtin id. A column is an esbuild bundle of a workload file in which every import of a
// builtin (`buffer`, `node:buffer`, `buffer/`, `polynode/buffer`) resolves to that column's
// module. To add a column, add an entry here (see bench/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(REPO_ROOT, 'package.json'));

/** Node builtin ids, as Node names them (`fs/promises`, `_stream_duplex` …). */
export const BUILTIN_IDS = new Set(builtinModules.filter((id) => !id.startsWith('node:')));

/**
 * The npm packages behind the `peers` column, by builtin id (the browserify family, the
 * packages bundlers used to inject). Add a row when a module gets a peer as a devDependency.
 */
export const PEERS = {
  buffer: 'buffer',
  string_decoder: 'string_decoder',
  events: 'events',
  path: 'path-browserify',
  url: 'url',
  punycode: 'punycode', // 1.4.1, url@0.11's own dependency
  querystring: 'querystring-es3',
  util: 'util',
  stream: 'stream-browserify',
  crypto: 'crypto-browserify',
  zlib: 'browserify-zlib',
  assert: 'assert', // 2.1.0, browserify-zlib's own dependency (and node-stdlib-browser's assert)
  vm: 'vm-browserify', // crypto-browserify's asn1.js requires it
};

/**
 * The folder of an installed package, found the way Node looks for it (node_modules up from the
 * repository), without going through its "exports" (which may not list package.json).
 */
export function packageDir(name) {
  for (let dir = REPO_ROOT; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** `name@version` of an installed package, or null. */
export function packageVersion(name) {
  const dir = packageDir(name);
  if (!dir) return null;
  try {
    const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return `${json.name}@${json.version}`;
  } catch {
    return null;
  }
}

/** A module this column does not have: the column is left out of that workload file's page. */
export class NotProvided extends Error {}

/**
 * Each column: `name`, a one-line `describe()` for the report, and `resolve(id)`: the absolute
 * path of the file that provides builtin `id` in this column, `EMPTY` for an empty module, or a
 * thrown NotProvided when the column has no such module.
 */
export const EMPTY = Symbol('empty module');

/** Where the polynode column's modules come from: dist/, or another build (`--dist DIR`). */
let distDir = join(REPO_ROOT, 'dist');
export function setDistDir(dir) {
  distDir = resolve(dir);
}
export const getDistDir = () => distDir;

export const COLUMNS = [
  {
    name: 'polynode',
    describe: () =>
      distDir === join(REPO_ROOT, 'dist') ? "this repository's dist/ (`npm run build`)" : `the build in ${distDir}`,
    resolve(id) {
      const file = join(distDir, id, 'index.js');
      if (!existsSync(file)) throw new NotProvided(`${relative(REPO_ROOT, file)} not found: run \`npm run build\``);
      return file;
    },
  },
  {
    name: 'peers',
    describe: () =>
      Object.entries(PEERS)
        .map(([id, pkg]) => `${id}: ${packageVersion(pkg) ?? `${pkg} (not installed)`}`)
        .join(', '),
    resolve(id) {
      const pkg = PEERS[id];
      if (!pkg) throw new NotProvided(`no peer package for \`${id}\` (bench/lib/columns.mjs PEERS)`);
      try {
        return require.resolve(`${pkg}/`);
      } catch {
        throw new NotProvided(`peer package \`${pkg}\` for \`${id}\` is not installed`);
      }
    },
  },
  {
    name: 'jspm',
    describe: () => `${packageVersion('@jspm/core') ?? '@jspm/core (not installed)'} nodelibs/browser`,
    resolve(id) {
      const base = packageDir('@jspm/core');
      if (!base) throw new NotProvided('@jspm/core is not installed');
      const file = join(base, 'nodelibs', 'browser', `${id}.js`);
      if (!existsSync(file)) throw new NotProvided(`@jspm/core has no nodelibs/browser/${id}.js`);
      return file;
    },
  },
  {
    // readable-stream 4 on its own, as an app that installs it from npm gets it (with the
    // buffer, events, process and string_decoder packages it depends on): the engine polynode's
    // `stream` is built on, so the stream rows show what polynode's wiring costs or saves.
    // Only in workload files that bench `stream` (`onlyWith`).
    name: 'rs4',
    onlyWith: 'stream',
    describe: () => `${packageVersion('readable-stream') ?? 'readable-stream (not installed)'} standalone, with its npm dependencies`,
    resolve(id) {
      if (id === 'stream') {
        const dir = packageDir('readable-stream');
        if (!dir) throw new NotProvided('readable-stream is not installed');
        return join(dir, 'lib', 'ours', 'browser.js'); // its package.json "browser" entry
      }
      // The files a bundler picks for the browser (process's "browser" field: browser.js).
      const pkg = { buffer: 'buffer/', events: 'events/', process: 'process/browser.js', string_decoder: 'string_decoder/' }[id];
      if (!pkg) throw new NotProvided(`the rs4 column has no \`${id}\``);
      try {
        return require.resolve(pkg);
      } catch {
        throw new NotProvided(`\`${pkg}\` is not installed`);
      }
    },
  },
  {
    // The browser's own APIs: runs each workload's `native` variant; builtins are empty modules.
    name: 'native',
    describe: () => 'browser built-ins (each row names the API)',
    resolve: () => EMPTY,
  },
];

export const COLUMN_NAMES = COLUMNS.map((column) => column.name);

/** The builtin id named by an import specifier, or null when it names no builtin. */
export function builtinIdOf(specifier, { polynodeSelf = false } = {}) {
  let id = specifier;
  if (id.startsWith('node:')) id = id.slice(5);
  else if (polynodeSelf && id.startsWith('polynode/')) id = id.slice('polynode/'.length);
  if (id.endsWith('/')) id = id.slice(0, -1); // `buffer/`: the npm spelling of the same module
  if (BUILTIN_IDS.has(id)) return id;
  if (specifier.startsWith('polynode/') && polynodeSelf && existsSync(join(distDir, id, 'index.js'))) return id;
  return null;
}
