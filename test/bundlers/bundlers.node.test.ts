// polynode as the alias target of Vite (build and dev server), webpack 5, Rollup 4 and esbuild,
// and as a CDN script / import map: the fixture app (fixtures/app) is built with each real
// bundler and its polynode plugin, run in Debian's Chromium and Firefox, and its lines compared
// with the same program under real Node 16.13.1 (test/golden/node16-bundlers.json, written by
// scripts/golden/bundlers.mjs). Every page is served under a CSP without 'unsafe-eval'.
// The bundlers and the harness are loaded at run time (test/bundlers/harness.mjs), not bundled.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findRepoRoot } from '../support/repo-root.js';


interface Report {
  page: string;
  lines?: string[];
  checks?: Record<string, unknown>;
  error?: string | null;
}
interface Server {
  origin: string;
  expect(page: string): Promise<Report>;
  reset(): void;
  close(): Promise<void>;
}
type Runner = (urls: string[], done: Promise<unknown>, log?: (line: string) => void) => Promise<unknown>;
interface Harness {
  buildAll(): Promise<Record<string, number>>;
  startServer(): Promise<Server>;
  startViteDev(server: Server): Promise<{ url: string; close(): Promise<void> }>;
  inChromium: Runner;
  inFirefox: Runner;
  firefoxAvailable(): boolean;
  within<T>(ms: number, promise: Promise<T>, what: () => string): Promise<T>;
}

const ROOT = findRepoRoot();
const GOLDEN = JSON.parse(readFileSync(join(ROOT, 'test/golden/node16-bundlers.json'), 'utf8')) as { lines: string[]; cdn: string[]; workers: string[]; brotli: string[] };

/** Every page: how the test names it, its path on the test server (the dev server's is its own). */
const BUNDLES = [
  { name: 'Vite 8 (vite build)', page: '/vite/', nodeEnv: 'production' },
  { name: 'Vite 8 (dev server)', page: '/vite-dev/', nodeEnv: 'development' },
  { name: 'webpack 5', page: '/webpack/', nodeEnv: 'production' },
  { name: 'Rollup 4', page: '/rollup/', nodeEnv: 'production' },
  { name: 'esbuild', page: '/esbuild/', nodeEnv: 'development' },
] as const;
/**
 * The worker page (fixtures/app/workers.html): a worker_threads.Worker and a fork()ed child from
 * `new URL('./…', import.meta.url)`: Vite and webpack turn them into a worker bundle and an
 * asset themselves, polynode/rollup and polynode/esbuild into chunks / builds of their own;
 * polynode's own bootstrap goes through the same path. The test server serves only the
 * bundlers' output, so every file a worker needs must have been emitted.
 */
const WORKER_PAGES = [
  { name: 'Vite 8 (vite build)', page: '/vite/workers.html' },
  { name: 'Vite 8 (dev server)', page: '/vite-dev/workers.html' },
  { name: 'webpack 5', page: '/webpack/workers.html' },
  { name: 'Rollup 4', page: '/rollup/workers.html' },
  { name: 'esbuild', page: '/esbuild/workers.html' },
] as const;
const CDN_PAGES = [
  { name: 'the classic <script src="polynode.min.js"> page', page: '/cdn/script.html' },
  { name: 'the import-map page', page: '/cdn/importmap.html' },
] as const;
/** The classic script with dist/polynode.brotli.js, on a page whose CSP allows 'wasm-unsafe-eval'. */
const CDN_BROTLI_PAGE = '/cdn/brotli.html';
const BROWSERS = ['chromium', 'firefox'] as const;

describe('bundler integration: fixture apps built by real bundlers, run in Chromium and Firefox, equal to Node 16.13.1', function () {
  this.timeout(600_000);
  const reports: Record<string, Record<string, Report>> = { chromium: {}, firefox: {} };
  const failures: Record<string, string> = {};
  let harness: Harness;

  before(async function () {
    this.timeout(600_000);
    harness = (await import(pathToFileURL(join(ROOT, 'test/bundlers/harness.mjs')).href)) as Harness;
    await harness.buildAll();
    const server = await harness.startServer();
    const dev = await harness.startViteDev(server);
    try {
      const pages = [...[...BUNDLES, ...WORKER_PAGES, ...CDN_PAGES].map((p) => p.page), CDN_BROTLI_PAGE];
      const urls = pages.map((page) => (page.startsWith('/vite-dev/') ? dev.url + page.slice('/vite-dev/'.length) : `${server.origin}${page}`));
      for (const browser of BROWSERS) {
        if (browser === 'firefox' && !harness.firefoxAvailable()) continue;
        server.reset();
        const got = reports[browser]!;
        const done = Promise.all(pages.map((page) => server.expect(page).then((report) => (got[page] = report))));
        const run = browser === 'chromium' ? harness.inChromium : harness.inFirefox;
        const log: string[] = [];
        await harness
          .within(120_000, run(urls, done, (line) => log.push(line)), () => pages.filter((p) => !got[p]).join(', '))
          .catch((error: Error) => (failures[browser] = `${error.message}\n${log.join('\n')}`));
      }
    } finally {
      await dev.close();
      await server.close();
    }
  });

  const reportOf = (ctx: Mocha.Context, browser: string, page: string): Report => {
    if (browser === 'firefox' && !harness.firefoxAvailable()) ctx.skip();
    const report = reports[browser]![page];
    expect(report, `no report from ${page} in ${browser}: ${failures[browser] ?? ''}`).to.not.equal(undefined);
    expect(report!.error ?? null, 'the page threw').to.equal(null);
    return report!;
  };

  for (const browser of BROWSERS) {
    for (const bundle of BUNDLES) {
      describe(`${bundle.name} in ${browser}`, () => {
        it('prints, line for line, what the same program prints under Node 16.13.1', function () {
          expect(reportOf(this, browser, bundle.page).lines).to.deep.equal(GOLDEN.lines);
        });
        it("ran polynode's events, not the same-named npm package, and injected polynode's Buffer", function () {
          const { checks } = reportOf(this, browser, bundle.page);
          // events@3.3.0 from npm has no captureRejectionSymbol; the golden lines also check
          // buffer.transcode, url.fileURLToPath, util.stripVTControlCharacters, punycode 2.1.0,
          // process.version and StringDecoder without fillLast, which the npm copies lack.
          expect(checks).to.include({ eventsHasCaptureRejections: true, injectedBufferIsPolynodes: true });
        });
        it('injects Buffer and process into the modules that use them without installing globals', function () {
          expect(reportOf(this, browser, bundle.page).checks).to.include({ globalBufferUntouched: true, globalProcessUntouched: true, processPlatform: 'browser' });
        });
        it(`replaces process.env.NODE_ENV by "${bundle.nodeEnv}" and keeps other process.env reads working`, function () {
          expect(reportOf(this, browser, bundle.page).checks).to.include({ nodeEnv: bundle.nodeEnv, envRead: 'set' });
        });
      });
    }
    for (const workers of WORKER_PAGES) {
      it(`${workers.name} in ${browser}: a Worker and a fork() from module URLs run the bundled worker and the copied child as Node 16.13.1 does`, function () {
        expect(reportOf(this, browser, workers.page).lines).to.deep.equal(GOLDEN.workers);
      });
    }
    for (const cdn of CDN_PAGES) {
      it(`${cdn.name} runs a Node-style program (Buffer, nextTick, events, createHash) in ${browser} as Node 16.13.1 does, under a CSP without unsafe-eval`, function () {
        expect(reportOf(this, browser, cdn.page).lines).to.deep.equal(GOLDEN.cdn);
      });
    }
    it(`polynode.require throws Node's errors for unknown ids in ${browser}`, function () {
      expect(reportOf(this, browser, '/cdn/script.html').checks).to.deep.equal({
        unknownId: "MODULE_NOT_FOUND: Cannot find module 'nope'",
        unknownNodeId: 'ERR_UNKNOWN_BUILTIN_MODULE: No such built-in module: node:nope',
        // polynode.brotli.js is loaded, but the strict CSP forbids compiling WebAssembly.
        brotliUnderStrictCsp: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM: The feature brotli (WebAssembly could not be compiled',
      });
    });
    it(`the classic script with polynode.brotli.js compresses brotli to Node 16's bytes in ${browser} (CSP with 'wasm-unsafe-eval')`, function () {
      expect(reportOf(this, browser, CDN_BROTLI_PAGE).lines).to.deep.equal(GOLDEN.brotli);
    });
  }
});
