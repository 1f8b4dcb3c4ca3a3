// The bundler fixture harness (Node only), used by test/bundlers/bundlers.node.test.ts:
//   - builds fixtures/app with the real Vite (build, and a dev server), webpack 5, Rollup 4 and
//     esbuild, each with its polynode plugin, into build/bundler-fixtures/<bundler>/;
//   - serves those folders and the CDN pages (test/bundlers/cdn/) over HTTP with COOP/COEP and a
//     strict Content-Security-Policy without 'unsafe-eval';
//   - opens every page in Debian's Chromium (playwright-core) and Firefox (started directly,
//     headless, as bench/lib/browsers.mjs does: playwright cannot drive Debian's Firefox) and
//     collects what each page POSTs to /__report.
// Nothing is downloaded; the bundlers are the devDependencies, imported at run time.
import { spawn } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium-flags.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const APP = join(ROOT, 'fixtures/app');
export const OUT = join(ROOT, 'build/bundler-fixtures');
const require = createRequire(join(ROOT, 'package.json'));
const load = (specifier) => import(pathToFileURL(require.resolve(specifier)).href);
const plugin = (name) => import(pathToFileURL(join(ROOT, `dist/bundlers/${name}.js`)).href);

/** The strict policy every page is served with: no eval, scripts only from the page's origin. */
export const CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'";

/** Page path → the hash source its inline import map is allowed by. */
const PAGE_SCRIPT_HASHES = new Map();

/** Page path → what its script-src adds to the strict policy (the brotli page compiles WebAssembly). */
const PAGE_SCRIPT_SOURCES = new Map([['/cdn/brotli.html', "'wasm-unsafe-eval'"]]);

const MODULE_PAGE = '<!doctype html>\n<meta charset="utf-8">\n<title>polynode fixture</title>\n<script type="module" src="./browser.js"></script>\n';

async function buildVite() {
  const { build } = await load('vite');
  const { default: polynode } = await plugin('vite');
  await build({
    root: APP,
    configFile: false,
    logLevel: 'warn',
    plugins: [polynode()],
    base: './',
    build: {
      outDir: join(OUT, 'vite'),
      emptyOutDir: true,
      minify: false,
      modulePreload: false,
      rollupOptions: { input: { main: join(APP, 'index.html'), workers: join(APP, 'workers.html') } },
    },
  });
}

async function buildWebpack() {
  const { default: webpack } = await load('webpack');
  const { PolynodePlugin } = await plugin('webpack');
  const dir = join(OUT, 'webpack');
  const compiler = webpack({
    mode: 'production',
    context: APP,
    entry: { main: './browser.js', workers: './workers-browser.js' },
    target: 'web',
    devtool: false,
    output: { path: dir, filename: '[name].js', clean: true },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [new PolynodePlugin()],
  });
  const stats = await new Promise((ok, fail) => compiler.run((error, result) => (error ? fail(error) : ok(result))));
  await new Promise((ok) => compiler.close(ok));
  if (stats.hasErrors()) throw new Error(`webpack: ${stats.toString({ all: false, errors: true })}`);
  writeFileSync(join(dir, 'index.html'), MODULE_PAGE.replace('type="module" src="./browser.js"', 'src="./main.js"'));
  writeFileSync(join(dir, 'workers.html'), MODULE_PAGE.replace('type="module" src="./browser.js"', 'src="./workers.js"'));
}

async function buildRollup() {
  const { rollup } = await load('rollup');
  const { default: polynode } = await plugin('rollup');
  const { nodeResolve } = await load('@rollup/plugin-node-resolve');
  const { default: commonjs } = await load('@rollup/plugin-commonjs');
  const { default: json } = await load('@rollup/plugin-json');
  const dir = join(OUT, 'rollup');
  rmSync(dir, { recursive: true, force: true });
  const warnings = [];
  const bundle = await rollup({
    input: { browser: join(APP, 'browser.js'), workers: join(APP, 'workers-browser.js') },
    plugins: [polynode(), nodeResolve({ browser: true, preferBuiltins: false }), commonjs(), json()],
    onwarn: (warning) => {
      // Circular requires inside readable-stream and similar packages are theirs, not ours.
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warnings.push(`${warning.code}: ${warning.message}`);
    },
  });
  await bundle.write({ dir, format: 'es' });
  await bundle.close();
  if (warnings.length) throw new Error(`rollup warnings:\n${warnings.join('\n')}`);
  writeFileSync(join(dir, 'index.html'), MODULE_PAGE);
  writeFileSync(join(dir, 'workers.html'), MODULE_PAGE.replace('./browser.js', './workers.js'));
}

async function buildEsbuild() {
  const { build } = await load('esbuild');
  const { default: polynode } = await plugin('esbuild');
  const dir = join(OUT, 'esbuild');
  rmSync(dir, { recursive: true, force: true });
  await build({
    entryPoints: [join(APP, 'browser.js'), join(APP, 'workers-browser.js')],
    outdir: dir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'error',
    plugins: [polynode()],
  });
  writeFileSync(join(dir, 'index.html'), MODULE_PAGE);
  writeFileSync(join(dir, 'workers.html'), MODULE_PAGE.replace('./browser.js', './workers-browser.js'));
}

/**
 * Makes `polynode` resolvable as an installed package (node_modules/polynode → the repository),
 * as it is in a user's project: polynode/vite aliases builtins to `polynode/<id>` so that Vite's
 * dependency pre-bundling shares one copy between your code and the packages.
 */
export function linkSelf() {
  const link = join(ROOT, 'node_modules/polynode');
  if (!existsSync(link)) symlinkSync('..', link, 'dir');
}

/** Each bundler's build of the fixture app, by the folder it writes under build/bundler-fixtures. */
export const BUILDERS = { vite: buildVite, webpack: buildWebpack, rollup: buildRollup, esbuild: buildEsbuild };

/** Builds the fixture app with every bundler (or those named); resolves with the seconds each took. */
export async function buildAll(names = Object.keys(BUILDERS)) {
  mkdirSync(OUT, { recursive: true });
  linkSelf();
  const seconds = {};
  for (const [name, build] of Object.entries(BUILDERS).filter(([key]) => names.includes(key))) {
    const started = Date.now();
    await build();
    seconds[name] = (Date.now() - started) / 1000;
  }
  // The CDN pages and the files they load, as a site would hold them.
  const cdn = join(OUT, 'cdn');
  rmSync(cdn, { recursive: true, force: true });
  cpSync(join(ROOT, 'test/bundlers/cdn'), cdn, { recursive: true });
  cpSync(join(ROOT, 'dist'), join(cdn, 'polynode'), { recursive: true, filter: (src) => !src.includes(`${sep}bundlers`) && !src.endsWith('.d.ts') && !src.endsWith('.map') });
  // The import-map page: the map is inline (browsers load no external import maps), allowed by
  // its hash in the CSP; still no 'unsafe-inline' and no 'unsafe-eval'.
  const { importMap } = await plugin('importmap');
  const mapText = JSON.stringify(importMap('./polynode/'));
  PAGE_SCRIPT_HASHES.set('/cdn/importmap.html', `'sha256-${createHash('sha256').update(mapText).digest('base64')}'`);
  writeFileSync(
    join(cdn, 'importmap.html'),
    `<!doctype html>\n<meta charset="utf-8">\n<title>polynode CDN: import map</title>\n<script type="importmap">${mapText}</script>\n<script src="./node-style.js"></script>\n<script type="module" src="./importmap-page.js"></script>\n`,
  );
  return seconds;
}

const MIME = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

/**
 * A static server for build/bundler-fixtures with the CSP and COOP/COEP on every response, and
 * POST /__report. `reports` maps a page path to a promise of what it reported.
 */
export async function startServer() {
  const waiting = new Map();
  const expect = (page) => {
    if (!waiting.has(page)) {
      let settle;
      const promise = new Promise((ok) => (settle = ok));
      waiting.set(page, { promise, settle });
    }
    return waiting.get(page).promise;
  };
  const deliver = (report) => {
    expect(report.page);
    waiting.get(report.page).settle(report);
  };
  const reportHandler = (req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.writeHead(204).end();
      try {
        deliver(JSON.parse(body));
      } catch {}
    });
  };
  const headers = {
    'Content-Security-Policy': CSP,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cache-Control': 'no-store',
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (req.method === 'POST' && path === '/__report') return reportHandler(req, res);
    const file = normalize(join(OUT, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(OUT + sep) || !(await stat(file).then((s) => s.isFile(), () => false))) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    const extra = PAGE_SCRIPT_HASHES.get(path) ?? PAGE_SCRIPT_SOURCES.get(path);
    const csp = extra ? { 'Content-Security-Policy': CSP.replace("script-src 'self'", `script-src 'self' ${extra}`) } : {};
    res.writeHead(200, { ...headers, ...csp, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, expect, deliver, reset: () => waiting.clear(),
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}

/** The Vite dev server on the fixture app, reporting to `server` (its /__report is forwarded). */
export async function startViteDev(server) {
  const { createServer: createVite } = await load('vite');
  const { default: polynode } = await plugin('vite');
  // `vite build` (run before, in this process) sets NODE_ENV=production; the dev server would
  // take its mode from it, as it does when you run both from one script.
  const savedNodeEnv = process.env.NODE_ENV;
  delete process.env.NODE_ENV;
  const vite = await createVite({
    root: APP,
    configFile: false,
    logLevel: 'warn',
    cacheDir: join(OUT, 'vite-dev-cache'),
    plugins: [
      polynode(),
      {
        name: 'fixture-report',
        configureServer(dev) {
          dev.middlewares.use('/__report', (req, res) => {
            let body = '';
            req.setEncoding('utf8');
            req.on('data', (chunk) => (body += chunk));
            req.on('end', () => {
              res.writeHead(204).end();
              // The dev server serves the app at its root: `/` is the main page, `/workers.html` the worker page.
              const report = JSON.parse(body);
              server.deliver({ ...report, page: `/vite-dev${report.page}` });
            });
          });
        },
      },
    ],
    server: { port: 0, host: '127.0.0.1', strictPort: false, fs: { allow: [ROOT] }, headers: { 'Content-Security-Policy': CSP } },
    // `force`: a pre-bundle cached by an earlier run would hold an earlier build of polynode.
    optimizeDeps: { force: true, include: ['safe-buffer', 'inherits', 'through2', 'concat-stream', 'pump', 'end-of-stream', 'sha.js', 'create-hash', 'etag', 'cookie-signature', 'parseurl', 'semver', 'bn.js'] },
  });
  await vite.listen();
  if (savedNodeEnv !== undefined) process.env.NODE_ENV = savedNodeEnv;
  const address = vite.httpServer.address();
  // Warm up: the first requests wait for dependency pre-bundling, so the browsers get the final
  // pre-bundle (a page that loads a stale one would be reloaded by Vite's client).
  for (const file of ['', 'browser.js', 'program.js', 'uses-globals.js', 'workers.html', 'workers-browser.js', 'workers.js', 'worker-thread.js?worker_file&type=module']) {
    await fetch(`http://127.0.0.1:${address.port}/${file}`).then((reply) => reply.text());
  }
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: async () => {
      vite.httpServer.closeAllConnections?.();
      await within(10000, vite.close(), () => 'the Vite dev server to close').catch(() => {});
    },
  };
}

/** Opens every URL in Chromium at once; resolves when `done` settles, then closes it. */
export async function inChromium(urls, done, log = () => {}) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROME_BIN || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    await Promise.all(
      urls.map(async (url) => {
        const page = await browser.newPage();
        page.on('pageerror', (error) => log(`chromium ${url}: ${error.message}`));
        page.on('console', (message) => message.type() === 'error' && log(`chromium ${url}: ${message.text()}`));
        await page.goto(url);
      }),
    );
    return await done;
  } finally {
    await browser.close().catch(() => {});
  }
}

const FIREFOX_PREFS = [
  'app.update.auto", false', 'app.update.enabled", false', 'browser.shell.checkDefaultBrowser", false',
  'browser.startup.page", 0', 'datareporting.policy.dataSubmissionEnabled", false', 'toolkit.telemetry.enabled", false',
  'network.captive-portal-service.enabled", false', 'network.connectivity-service.enabled", false',
  'browser.tabs.warnOnClose", false', 'browser.sessionstore.resume_from_crash", false',
  // Background tabs run their timers at full speed (each fixture page is a tab).
  'dom.min_background_timeout_value", 0', 'dom.timeout.enable_budget_timer_throttling", false',
  'browser.link.open_newwindow", 3',
].map((pref) => `user_pref("${pref});`).join('\n');

/** Opens every URL as a tab of one headless Firefox; resolves when `done` settles, then ends it. */
export async function inFirefox(urls, done) {
  const bin = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';
  const profile = mkdtempSync(join(tmpdir(), 'polynode-bundlers-firefox-'));
  writeFileSync(join(profile, 'user.js'), `${FIREFOX_PREFS}\n`);
  const child = spawn(bin, ['--headless', '--no-remote', '--profile', profile, ...urls], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const exited = new Promise((ok) => child.once('exit', ok));
  try {
    return await done;
  } finally {
    const signal = (name) => {
      try {
        process.kill(-child.pid, name);
      } catch {}
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(profile, { recursive: true, force: true });
  }
}

export const firefoxAvailable = () => existsSync(process.env.FIREFOX_BIN || '/usr/bin/firefox-esr');

/** Resolves with `promise`, or rejects after `ms` naming what did not arrive. */
export function within(ms, promise, what) {
  let timer;
  return Promise.race([promise, new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`timed out waiting for ${what()}`)), ms)))]).finally(() => clearTimeout(timer));
}
