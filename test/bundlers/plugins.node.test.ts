// The alias map (polynode/aliases), the option checks every plugin shares, the import-map helper,
// and the plugins' options observed on real (small, in-memory) esbuild and Rollup builds.
// The built dist/bundlers/ files are loaded at run time: bundling them into this test would move
// their import.meta.url, from which they find polynode's dist/.
import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MODULES } from '../../src/modules.js';
import { findRepoRoot } from '../support/repo-root.js';

const ROOT = findRepoRoot();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = async (name: string): Promise<any> => import(pathToFileURL(join(ROOT, `dist/bundlers/${name}.js`)).href);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const dev = async (name: string): Promise<any> => import(name);

describe('polynode/aliases', () => {
  it('maps every registry id, bare and node:-prefixed, to polynode/<id> and nothing else', async () => {
    const { ALIASES, BUILTIN_IDS } = await load('aliases');
    expect(BUILTIN_IDS).to.deep.equal(MODULES.map((m) => m.id));
    const expected: Record<string, string> = {};
    for (const { id } of MODULES) expected[id] = expected[`node:${id}`] = `polynode/${id}`;
    expect(ALIASES).to.deep.equal(expected);
    for (const id of ['fs/promises', 'stream/web', 'util/types', 'timers/promises', '_stream_readable', 'path/win32']) {
      expect(ALIASES[`node:${id}`]).to.equal(`polynode/${id}`);
    }
  });

  it('points every alias at an existing built entry file', async () => {
    const { BUILTIN_IDS, entryFile } = await load('aliases');
    for (const id of BUILTIN_IDS as string[]) expect(existsSync(entryFile(id)), id).to.equal(true);
    expect(entryFile('fs/promises')).to.equal(join(ROOT, 'dist/fs/promises/index.js'));
  });

  it('applies include, exclude, protocolImports and globals', async () => {
    const { resolveOptions } = await load('aliases');
    const some = resolveOptions({ include: ['buffer', 'node:events', 'fs'], exclude: ['fs'], protocolImports: false, globals: { process: false, global: false } });
    expect(some.ids).to.deep.equal(['buffer', 'events']);
    expect([...some.aliases.keys()]).to.deep.equal(['buffer', 'events']);
    expect([...some.globals.keys()]).to.deep.equal(['Buffer', 'setImmediate', 'clearImmediate']);
    expect([...resolveOptions({ globals: false }).globals.keys()]).to.deep.equal([]);
    expect(resolveOptions().aliases.size).to.equal(MODULES.length * 2);
  });

  it('throws a TypeError naming a bad option', async () => {
    const { resolveOptions } = await load('aliases');
    expect(() => resolveOptions({ include: ['buffer', 'left-pad'] })).to.throw(TypeError, '"left-pad" in the "include" option is not a Node builtin id');
    expect(() => resolveOptions({ exclude: 'fs' })).to.throw(TypeError, 'the "exclude" option must be an array');
    expect(() => resolveOptions({ globals: 'yes' })).to.throw(TypeError, 'the "globals" option must be a boolean or an object');
  });

  it('matches exactly the aliased specifiers with aliasPattern', async () => {
    const { aliasPattern, resolveOptions } = await load('aliases');
    const pattern: RegExp = aliasPattern(resolveOptions());
    for (const yes of ['fs', 'node:fs', 'fs/promises', 'node:stream/web', '_stream_wrap']) expect(pattern.test(yes), yes).to.equal(true);
    for (const no of ['fsx', 'fs/', 'node:', 'events/', 'polynode/fs', 'node:nope', 'string_decoder/']) expect(pattern.test(no), no).to.equal(false);
  });
});

describe('polynode/importmap', () => {
  it('maps bare, node: and polynode/ ids under the base URL, adding the final slash', async () => {
    const { importMap } = await load('importmap');
    const map = importMap('https://cdn.example/polynode/dist');
    expect(map.imports['node:buffer']).to.equal('https://cdn.example/polynode/dist/buffer/index.js');
    expect(map.imports['fs/promises']).to.equal('https://cdn.example/polynode/dist/fs/promises/index.js');
    expect(map.imports['polynode/util/types']).to.equal('https://cdn.example/polynode/dist/util/types/index.js');
    expect(Object.keys(map.imports)).to.have.length(MODULES.length * 3);
    expect(Object.keys(importMap('./x/', { include: ['events'], protocolImports: false }).imports)).to.deep.equal(['events', 'polynode/events']);
    expect(() => importMap('')).to.throw(TypeError);
  });

  it('writes the map with writeImportMap, and ships one for this version (polynode/importmap.json)', async () => {
    const { importMap, writeImportMap } = await load('importmap');
    const dir = mkdtempSync(join(tmpdir(), 'polynode-importmap-'));
    try {
      await writeImportMap(join(dir, 'map.json'), '/static/polynode/');
      expect(JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8'))).to.deep.equal(importMap('/static/polynode/'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const shipped = JSON.parse(readFileSync(join(ROOT, 'dist/importmap.json'), 'utf8'));
    expect(shipped).to.deep.equal(importMap(`https://cdn.jsdelivr.net/npm/polynode@${version}/dist/`));
  });
});

describe('polynode/esbuild and polynode/rollup options on real builds', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(ROOT, 'build/polynode-plugin-test-'));
    writeFileSync(join(dir, 'uses.js'), "import { EventEmitter } from 'node:events';\nexport const b = Buffer.from('x');\nexport const e = EventEmitter;\n");
    writeFileSync(join(dir, 'shadows.js'), "const Buffer = { from: () => 'mine' };\nexport const b = Buffer.from('x');\n");
    writeFileSync(join(dir, 'events.js'), "import EventEmitter from 'events';\nexport const e = EventEmitter;\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const esbuildBundle = async (entry: string, options: object): Promise<{ text: string; inputs: string[] }> => {
    const { build } = await dev('esbuild');
    const { default: polynode } = await load('esbuild');
    const result = await build({ entryPoints: [join(dir, entry)], bundle: true, write: false, format: 'esm', metafile: true, logLevel: 'silent', plugins: [polynode(options)] });
    return { text: result.outputFiles[0].text as string, inputs: Object.keys(result.metafile.inputs) };
  };

  it('esbuild: injects Buffer from polynode where it is a free variable, resolves node: ids to polynode', async () => {
    const { inputs } = await esbuildBundle('uses.js', {});
    expect(inputs.some((f) => f.endsWith('dist/bundlers/runtime/Buffer.js'))).to.equal(true);
    expect(inputs.some((f) => f.endsWith('dist/events/index.js'))).to.equal(true);
  });

  it('esbuild: injects nothing where Buffer is declared, and nothing with globals: false', async () => {
    // esbuild parses every inject file; only a used one puts polynode's Buffer in the output.
    const bufferCode = /function Buffer\(|class Buffer\b|kMaxLength/;
    expect((await esbuildBundle('uses.js', {})).text).to.match(bufferCode);
    expect((await esbuildBundle('shadows.js', {})).text).to.not.match(bufferCode);
    expect((await esbuildBundle('uses.js', { globals: false })).text).to.not.match(bufferCode);
  });

  it('esbuild: an excluded id falls back to the same-named npm package (events@3.3.0)', async () => {
    const ours = await esbuildBundle('events.js', {});
    expect(ours.inputs.some((f) => f.endsWith('dist/events/index.js'))).to.equal(true);
    const theirs = await esbuildBundle('events.js', { exclude: ['events'] });
    expect(theirs.inputs.some((f) => f.endsWith('node_modules/events/events.js'))).to.equal(true);
  });

  it('esbuild: protocolImports: false leaves node: ids to esbuild (which cannot bundle them)', async () => {
    let error: unknown;
    await esbuildBundle('uses.js', { protocolImports: false }).catch((e: unknown) => (error = e));
    expect(String(error)).to.include('node:events');
  });

  it('esbuild: asyncContext: true lowers await to generators', async () => {
    writeFileSync(join(dir, 'async.js'), 'export async function f(p) { return await p; }\n');
    expect((await esbuildBundle('async.js', {})).text).to.match(/async function f/);
    const lowered = (await esbuildBundle('async.js', { asyncContext: true })).text;
    expect(lowered).to.not.match(/async function f/);
    expect(lowered).to.match(/__async/);
  });

  it('rollup: resolves before other plugins (a same-named package never wins) and injects per module', async () => {
    const { rollup } = await dev('rollup');
    const { default: polynode } = await load('rollup');
    const { nodeResolve } = await dev('@rollup/plugin-node-resolve');
    const bundle = await rollup({ input: [join(dir, 'uses.js'), join(dir, 'shadows.js'), join(dir, 'events.js')], plugins: [nodeResolve({ browser: true, preferBuiltins: false }), polynode()], onwarn() {} });
    const ids = bundle.cache!.modules.map((m: { id: string }) => m.id);
    await bundle.close();
    expect(ids.some((f: string) => f.endsWith('dist/events/index.js'))).to.equal(true);
    expect(ids.some((f: string) => f.includes('node_modules/events/'))).to.equal(false);
    expect(ids.some((f: string) => f.endsWith('dist/bundlers/runtime/Buffer.js'))).to.equal(true);
    const shadows = bundle.cache!.modules.find((m: { id: string }) => m.id.endsWith('shadows.js'))!;
    expect(shadows.code).to.not.include('runtime/Buffer');
  });

  it('rollup: replaces process.env.NODE_ENV by nodeEnv and leaves other process.env reads to polynode', async () => {
    writeFileSync(join(dir, 'env.js'), 'export const mode = process.env.NODE_ENV;\nexport const other = process.env.OTHER;\n');
    const { rollup } = await dev('rollup');
    const { default: polynode } = await load('rollup');
    const bundle = await rollup({ input: join(dir, 'env.js'), plugins: [polynode({ nodeEnv: 'staging' })], onwarn() {} });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    expect(output[0].code).to.include('const mode = "staging"').and.to.include('process.env.OTHER');
    expect(output[0].code).to.not.include('process.env.NODE_ENV');
  });

  /**
   * Builds `<dir>/main.js` with the real webpack 5 (`mode`) and PolynodePlugin (`options`) into
   * `<dir>/<out>/main.js`, as an ES module; `adjust` may change the compiler's options after the
   * plugin applied. Returns that file's text.
   */
  async function webpackBuild(dir: string, out: string, mode: 'development' | 'production', options: Record<string, unknown>, adjust?: (compiler: any) => void): Promise<string> {
    const { default: webpack } = await dev('webpack');
    const { PolynodePlugin } = await load('webpack');
    const compiler = webpack({
      mode,
      devtool: false,
      context: dir,
      entry: './main.js',
      target: 'web',
      output: { path: join(dir, out), filename: 'main.js', library: { type: 'module' } },
      experiments: { outputModule: true },
      optimization: { minimize: false },
      performance: { hints: false },
      plugins: [new PolynodePlugin(options)],
    });
    adjust?.(compiler);
    const stats = await new Promise<any>((ok, fail) => compiler.run((error: Error | null, result: unknown) => (error ? fail(error) : ok(result))));
    await new Promise((ok) => compiler.close(ok));
    expect(stats.hasErrors(), stats.toString({ all: false, errors: true })).to.equal(false);
    return readFileSync(join(dir, out, 'main.js'), 'utf8');
  }

  it('webpack: asyncContext: true lowers await to generators in your modules (a post loader), not in polynode\'s', async function () {
    this.timeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'polynode-webpack-async-'));
    writeFileSync(join(dir, 'main.js'), "import { AsyncLocalStorage } from 'node:async_hooks';\nexport async function f(x) { await x; return new AsyncLocalStorage(); }\n");
    try {
      const out = await webpackBuild(dir, 'out', 'development', { asyncContext: true });
      const mine = out.slice(out.indexOf('./main.js'));
      expect(mine).to.include('__async(').and.to.not.match(/async function f\b/);
      // polynode's own modules keep their async functions (not passed through the loader).
      expect(out).to.match(/\basync function\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('webpack: new Worker(new URL(…)) with Worker renamed from node:worker_threads is bundled as a worker entry', async function () {
    this.timeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'polynode-webpack-worker-'));
    writeFileSync(join(dir, 'main.js'), "import { Worker as NodeWorker } from 'node:worker_threads';\nexport const start = () => new NodeWorker(new URL('./w.js', import.meta.url));\n");
    writeFileSync(join(dir, 'w.js'), "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('w.js ran');\n");
    const workerEntries = (code: string) => (code.match(/\/\* worker import \*\//g) ?? []).length;
    try {
      // polynode's bootstrap and w.js; with webpack's defaults only the bootstrap (its `Worker` is the global).
      expect(workerEntries(await webpackBuild(dir, 'polynode', 'production', {}))).to.equal(2);
      const defaultsOnly = (compiler: any) => (compiler.options.module.parser.javascript.worker = ['...']);
      expect(workerEntries(await webpackBuild(dir, 'defaults', 'production', {}, defaultsOnly))).to.equal(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('vite: keeps .js assets (fork()ed modules) as files, not data: URLs, unless build.assetsInlineLimit is set', async () => {
    const { default: polynode } = await load('vite');
    const [main] = polynode();
    const config = main.config.call({ meta: {} }, {}, { command: 'build', mode: 'production' });
    const limit = config.build.assetsInlineLimit;
    expect(limit('/app/child.js')).to.equal(false);
    expect(limit('/app/child.mjs?url')).to.equal(false);
    expect(limit('/app/logo.png')).to.equal(undefined);
    const own = main.config.call({ meta: {} }, { build: { assetsInlineLimit: 0 } }, { command: 'build', mode: 'production' });
    expect(own.build?.assetsInlineLimit).to.equal(undefined);
  });

  it('vite: leaves its dev-server client without an injected process import', async () => {
    const { default: polynode } = await load('vite');
    const globals = polynode().find((plugin: { name: string }) => plugin.name === 'polynode:globals');
    const code = 'typeof process !== "undefined" && process.platform;\n';
    const { parseAst } = await dev('rollup/parseAst');
    const transform = (id: string) => globals.transform.handler.call({ parse: (text: string) => parseAst(text) }, code, id);
    expect(transform('/app/node_modules/vite/dist/client/client.mjs')).to.equal(null);
    // Your own module with the same line gets polynode's process.
    expect(transform('/app/src/main.js').code).to.include('polynode/process');
  });

  it('rollup: emits a Worker or fork() module URL in your code as a chunk, and leaves other new URL() calls alone', async () => {
    const { rollup } = await dev('rollup');
    const { default: polynode } = await load('rollup');
    const dir = mkdtempSync(join(tmpdir(), 'polynode-rollup-worker-'));
    writeFileSync(join(dir, 'w.js'), 'export const w = 1;\n');
    writeFileSync(join(dir, 'c.js'), 'export const c = 2;\n');
    writeFileSync(join(dir, 'main.js'), [
      "const worker = new Worker(new URL('./w.js', import.meta.url));",
      "const child = fork(new URL('./c.js', import.meta.url));",
      "const image = new URL('./w.js', import.meta.url);",
      'export { worker, child, image };',
    ].join('\n'));
    try {
      const bundle = await rollup({ input: join(dir, 'main.js'), plugins: [polynode({ globals: false })], onwarn() {} });
      const { output } = await bundle.generate({ format: 'es' });
      await bundle.close();
      const names = output.map((file: { fileName: string }) => file.fileName).sort();
      expect(names.some((name: string) => /^w-.*\.js$/.test(name))).to.equal(true);
      expect(names.some((name: string) => /^c-.*\.js$/.test(name))).to.equal(true);
      const main = output.find((file: { fileName: string }) => file.fileName === 'main.js').code as string;
      // Rollup writes a file URL as `new URL('<chunk>', import.meta.url).href`.
      expect(main).to.match(/new Worker\(new URL\(new URL\('w-[\w-]+\.js', import\.meta\.url\)\.href\)\)/);
      expect(main).to.match(/fork\(new URL\(new URL\('c-[\w-]+\.js', import\.meta\.url\)\.href\)\)/);
      expect(main).to.include("new URL('./w.js', import.meta.url)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('esbuild: builds a Worker or fork() module URL in your code next to the output and points the URL at it', async () => {
    const { build } = await dev('esbuild');
    const { default: polynode } = await load('esbuild');
    const dir = mkdtempSync(join(tmpdir(), 'polynode-esbuild-worker-'));
    writeFileSync(join(dir, 'w.js'), "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage(1);\n");
    writeFileSync(join(dir, 'main.js'), "import { Worker } from 'node:worker_threads';\nexport const worker = () => new Worker(new URL('./w.js', import.meta.url));\n");
    try {
      await build({ entryPoints: [join(dir, 'main.js')], bundle: true, format: 'esm', outdir: join(dir, 'out'), logLevel: 'silent', plugins: [polynode()] });
      const out = readFileSync(join(dir, 'out/main.js'), 'utf8');
      const name = /new URL\("\.\/(w-[0-9a-f]{8}\.js)", import\.meta\.url\)/.exec(out)?.[1];
      expect(name, 'the worker URL in main.js').to.be.a('string');
      expect(existsSync(join(dir, 'out', name!))).to.equal(true);
      // polynode's bootstrap, referenced by worker_threads, is built the same way.
      const bootstrap = /new URL\("\.\/(index-[0-9a-f]{8}\.js)", import\.meta\.url\)/.exec(out)?.[1];
      expect(bootstrap, 'the bootstrap URL in main.js').to.be.a('string');
      expect(readFileSync(join(dir, 'out', bootstrap!), 'utf8')).to.include('polynode.worker.state');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
