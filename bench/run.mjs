#!/usr/bin/env node
// `npm run bench`: polynode, its peers and the browser's native APIs side by side, in real
// headless browsers. See bench/README.md.
//
//   npm run bench -- [--quick] [--browser chromium|firefox|all] [--filter TEXT]... [--samples N]
//                    [--sample-ms MS] [--warmup-ms MS] [--columns a,b,…] [--out PATH] [--timeout S]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { version as esbuildVersion } from 'esbuild';
import { COLUMNS, COLUMN_NAMES, REPO_ROOT, getDistDir, packageVersion, setDistDir } from './lib/columns.mjs';
import { buildColdBundle, buildColumnBundle } from './lib/build.mjs';
import { startServer } from './lib/server.mjs';
import { BROWSERS, browserAvailable } from './lib/browsers.mjs';
import { progressLine, ratiosOf, toMarkdown } from './lib/report.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
/** Browsers currently open, closed on Ctrl-C too. */
const openBrowsers = new Set();
const WORKLOADS_DIR = join(BENCH_DIR, 'workloads');

const HELP = `Usage: npm run bench -- [options]

  --browser NAME     chromium (default), firefox, or all
  --quick            a fast smoke run: 3 samples of ~25 ms, short warm-up
  --samples N        samples per cell (default 9; --quick: 3)
  --sample-ms MS     length of one sample (default 100; --quick: 25)
  --warmup-ms MS     warm-up per cell before calibrating (default 100; --quick: 20)
  --filter TEXT      only workloads whose name contains TEXT (repeatable: any of them)
  --columns LIST     comma-separated subset of: ${COLUMN_NAMES.join(', ')}
  --out PATH         write PATH.md and PATH.json (default bench/results/latest)
  --dist DIR         the polynode column's build (default: this repository's dist/)
  --timeout S        give up on a browser after S seconds without a report (default 300)
  -h, --help         this text

Needs a built dist/ (npm run build) for the polynode column.`;

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function parseOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        browser: { type: 'string', default: 'chromium' },
        quick: { type: 'boolean', default: false },
        samples: { type: 'string' },
        'sample-ms': { type: 'string' },
        'warmup-ms': { type: 'string' },
        filter: { type: 'string', multiple: true, default: [] },
        columns: { type: 'string' },
        out: { type: 'string', default: join(BENCH_DIR, 'results', 'latest') },
        timeout: { type: 'string', default: '300' },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail(`${error.message}\n\n${HELP}`);
  }
  if (parsed.help) {
    console.log(HELP);
    process.exit(0);
  }
  const number = (text, fallback, name) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) fail(`--${name} needs a positive number, got ${text}`);
    return value;
  };
  if (parsed.dist) setDistDir(parsed.dist);
  const browsers = parsed.browser === 'all' ? Object.keys(BROWSERS) : [parsed.browser];
  for (const name of browsers) if (!BROWSERS[name]) fail(`unknown browser ${parsed.browser} (chromium, firefox or all)`);
  const columns = parsed.columns ? parsed.columns.split(',').map((s) => s.trim()).filter(Boolean) : COLUMN_NAMES;
  for (const name of columns) if (!COLUMN_NAMES.includes(name)) fail(`unknown column ${name} (${COLUMN_NAMES.join(', ')})`);
  return {
    browsers,
    quick: parsed.quick,
    samples: Math.round(number(parsed.samples, parsed.quick ? 3 : 9, 'samples')),
    sampleMs: number(parsed['sample-ms'], parsed.quick ? 25 : 100, 'sample-ms'),
    warmupMs: number(parsed['warmup-ms'], parsed.quick ? 20 : 100, 'warmup-ms'),
    filters: parsed.filter.map((f) => f.toLowerCase()),
    columns: COLUMN_NAMES.filter((name) => columns.includes(name)),
    out: resolve(parsed.out.replace(/\.(md|json)$/, '')),
    timeoutMs: number(parsed.timeout, 300, 'timeout') * 1000,
  };
}

/** Every workload file (bench/workloads/*.js, `_*` are helpers), imported here for its metadata. */
async function loadWorkloadFiles(filters) {
  const files = readdirSync(WORKLOADS_DIR)
    .filter((name) => name.endsWith('.js') && !name.startsWith('_'))
    .sort();
  const modules = [];
  const seen = new Set();
  for (const name of files) {
    const file = join(WORKLOADS_DIR, name);
    const module = basename(name, '.js');
    const exports = await import(pathToFileURL(file).href);
    const list = exports.default;
    if (!Array.isArray(list)) fail(`${relative(REPO_ROOT, file)}: the default export must be the list of workloads`);
    const ids = exports.modules ?? [module];
    const workloads = [];
    for (const w of list) {
      const where = `${relative(REPO_ROOT, file)}: workload ${w?.name ?? '?'}`;
      if (typeof w?.name !== 'string' || typeof w.setup !== 'function' || typeof w.run !== 'function') {
        fail(`${where}: needs name, setup(lib) and run(state)`);
      }
      if (seen.has(w.name)) fail(`${where}: duplicate name`);
      seen.add(w.name);
      if (w.unit !== 'MB/s' && w.unit !== 'ops/s') fail(`${where}: unit must be 'MB/s' or 'ops/s'`);
      if (w.unit === 'MB/s' && !(w.bytes > 0)) fail(`${where}: an MB/s workload needs bytes (per call)`);
      if (w.native && (typeof w.native.setup !== 'function' || typeof w.native.run !== 'function')) {
        fail(`${where}: native needs setup() and run(state)`);
      }
      const lower = w.name.toLowerCase();
      if (filters.length && !filters.some((f) => lower.includes(f))) continue;
      workloads.push({
        name: w.name,
        title: w.title ?? w.name,
        unit: w.unit,
        bytes: w.bytes,
        ops: w.ops ?? (w.unit === 'ops/s' ? 1 : undefined),
        nativeApi: w.native?.api,
        cold: w.cold,
      });
    }
    if (workloads.length) modules.push({ module, file, ids, workloads });
  }
  return modules;
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: REPO_ROOT, encoding: 'utf8' });
    return { commit, dirty: status.trim().length > 0 };
  } catch {
    return null;
  }
}

function distBuiltAt() {
  try {
    return statSync(join(getDistDir(), 'buffer', 'index.js')).mtime.toISOString();
  } catch {
    return null;
  }
}

const escapeScript = (json) => json.replace(/</g, '\\u003c');

function pageHtml(module, columns, config) {
  const scripts = columns.map((column) => `<script src="/b/${module}/${column}.js"></script>`).join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>polynode bench: ${module}</title></head>
<body><p>polynode bench: ${module}. This page runs by itself and reports to the harness.</p>
<script src="/runtime.js"></script>
${scripts}
<script>__polynodeBench.start(${escapeScript(JSON.stringify(config))});</script>
</body></html>`;
}

/** Runs every module page in one browser; resolves to that browser's results. */
async function runBrowser(name, plan, options, server, files, sessions) {
  const spec = BROWSERS[name];
  const runId = `${name}-${randomBytes(4).toString('hex')}`;
  const result = { browser: name, version: null, environment: null, modules: [] };
  const log = (text) => console.error(`[${name}] ${text}`);

  const pages = plan.map((entry) => {
    const path = `/${runId}/${entry.module}/`;
    const config = {
      run: runId,
      page: entry.module,
      columns: entry.columns,
      workloads: entry.workloads.map((w) => w.name),
      samples: options.samples,
      sampleMs: options.sampleMs,
      warmupMs: options.warmupMs,
    };
    files.set(path, { type: 'text/html; charset=utf-8', body: pageHtml(entry.module, entry.columns, config) });
    return { ...entry, url: `${server.origin}${path}` };
  });

  let handle = null;
  let settle;
  const finished = new Promise((resolve, reject) => (settle = { resolve, reject }));
  let lastReport = Date.now();
  let pageIndex = 0;
  let moduleResult = null;

  const onMessage = (message) => {
    lastReport = Date.now();
    heard = true;
    const page = pages[pageIndex];
    if (message.page !== page.module) return { ignored: true };
    switch (message.type) {
      case 'hello': {
        result.environment ??= message.environment;
        moduleResult = {
          module: page.module,
          columns: page.columns,
          unavailable: { ...page.unavailable },
          workloads: [],
        };
        for (const { column, error } of message.missing) moduleResult.unavailable[column] = `the bundle failed to load: ${error}`;
        result.modules.push(moduleResult);
        return {};
      }
      case 'result': {
        const meta = page.workloads.find((w) => w.name === message.workload);
        const workload = {
          ...meta,
          expected: message.expected,
          expectedFrom: message.expectedFrom,
          expectedError: message.expectedError,
          referenceSize: message.referenceSize,
          loadavg1: loadavg()[0],
          columns: {},
        };
        for (const column of page.columns) workload.columns[column] = message.columns[column] ?? { status: 'absent' };
        workload.ratios = ratiosOf(workload);
        moduleResult.workloads.push(workload);
        log(progressLine(name, workload, page.columns).replace(`[${name}] `, ''));
        return {};
      }
      case 'log':
        log(`page: ${message.message}`);
        return {};
      case 'fatal':
        settle.reject(new Error(`the ${page.module} page failed: ${message.message}`));
        return {};
      case 'done': {
        pageIndex++;
        if (pageIndex < pages.length) return { next: pages[pageIndex].url };
        settle.resolve();
        return { next: null };
      }
      default:
        return {};
    }
  };
  sessions.set(runId, onMessage);

  // The first page must say hello within 90 s of the launch; after that, any report within
  // --timeout seconds keeps the run alive.
  let heard = false;
  const watchdog = setInterval(() => {
    const limit = heard ? options.timeoutMs : Math.min(options.timeoutMs, 90000);
    if (Date.now() - lastReport > limit) {
      settle.reject(new Error(`no report from the page for ${limit / 1000} s`));
    }
  }, 1000);
  try {
    log(`launching ${spec.binary()}${spec.note ? ` (${spec.note})` : ''}`);
    lastReport = Date.now();
    handle = await spec.launch(pages[0].url, { log });
    openBrowsers.add(handle);
    result.version = handle.version;
    handle.exited.then(() => settle.reject(new Error('the browser exited before the run ended')));
    await finished;
  } catch (error) {
    result.error = String(error?.message ?? error).split('\n')[0];
    log(`failed: ${error?.message ?? error}`);
  } finally {
    clearInterval(watchdog);
    sessions.delete(runId);
    await handle?.close();
    openBrowsers.delete(handle);
  }
  return result;
}

async function main() {
  const options = parseOptions();
  const modules = await loadWorkloadFiles(options.filters);
  if (!modules.length) fail(`no workload matches ${options.filters.map((f) => `"${f}"`).join(' or ')}`);

  // Bundles: one per workload file and column, in memory.
  const started = Date.now();
  const files = new Map();
  const plan = [];
  for (const entry of modules) {
    // A column with `onlyWith` joins only the workload files that bench that module.
    const wanted = options.columns.filter((name) => {
      const only = COLUMNS.find((c) => c.name === name)?.onlyWith;
      return !only || entry.ids.includes(only);
    });
    const builds = await Promise.all(
      wanted.map(async (name) => {
        const column = COLUMNS.find((c) => c.name === name);
        return [name, await buildColumnBundle({ column, workloadFile: entry.file, modules: entry.ids, resolveDir: WORKLOADS_DIR })];
      }),
    );
    const columns = [];
    const unavailable = {};
    for (const [name, built] of builds) {
      if (built.code) {
        columns.push(name);
        files.set(`/b/${entry.module}/${name}.js`, { type: 'text/javascript; charset=utf-8', body: built.code });
        // Cold-start workloads load a bundle of their own in fresh iframes (see bench/workloads/_cold.js).
        for (const workload of entry.workloads.filter((w) => w.cold)) {
          const cold = await buildColdBundle({ column: COLUMNS.find((c) => c.name === name), cold: workload.cold, resolveDir: WORKLOADS_DIR });
          if (cold.code) files.set(`/c/${entry.module}/${name}/${workload.name}.js`, { type: 'text/javascript; charset=utf-8', body: cold.code, uniquePerQuery: true });
        }
      } else {
        unavailable[name] = built.error;
        if (!built.notProvided || name === 'polynode') console.error(`bench: ${entry.module}/${name}: ${built.error}`);
      }
    }
    plan.push({ ...entry, columns, unavailable });
  }
  console.error(
    `bench: ${plan.reduce((n, e) => n + e.workloads.length, 0)} workloads in ${plan.map((e) => e.module).join(', ')}; ` +
      `bundled in ${Date.now() - started} ms; ${options.samples} samples × ~${options.sampleMs} ms per cell`,
  );

  const results = {
    date: new Date().toISOString(),
    config: {
      quick: options.quick,
      samples: options.samples,
      sampleMs: options.sampleMs,
      warmupMs: options.warmupMs,
      filters: options.filters,
      columns: options.columns,
    },
    environment: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      freeMemoryGiB: Math.round(freemem() / 2 ** 30),
      loadavg: { start: loadavg(), end: null },
      esbuild: esbuildVersion,
      playwright: packageVersion('playwright-core')?.split('@').pop() ?? '?',
      git: gitInfo(),
      distBuiltAt: distBuiltAt(),
    },
    columns: Object.fromEntries(COLUMNS.filter((c) => options.columns.includes(c.name)).map((c) => [c.name, c.describe()])),
    browsers: [],
  };

  const sessions = new Map();
  const server = await startServer({
    files,
    runtimeFile: join(BENCH_DIR, 'page', 'runtime.js'),
    onReport: (message) => sessions.get(message.run)?.(message) ?? { ignored: true },
  });
  let failed = false;
  const stop = async (signal) => {
    console.error(`bench: ${signal}, stopping`);
    await Promise.all([...openBrowsers].map((handle) => handle.close()));
    await server.close();
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    for (const name of options.browsers) {
      const available = browserAvailable(name);
      if (!available.ok) {
        console.error(`bench: ${available.message}`);
        if (options.browsers.length === 1 || name === 'chromium') failed = true;
        results.browsers.push({ browser: name, skipped: available.message, modules: [] });
        continue;
      }
      const browserResult = await runBrowser(name, plan, options, server, files, sessions);
      if (browserResult.error) failed = true;
      results.browsers.push(browserResult);
    }
  } finally {
    await server.close();
  }
  results.environment.loadavg.end = loadavg();

  const markdown = toMarkdown(results);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(`${options.out}.md`, `${markdown}\n`);
  writeFileSync(`${options.out}.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdown);
  console.error(`bench: wrote ${relative(process.cwd(), options.out)}.md and .json`);
  process.exitCode = failed ? 1 : 0;
}

main().catch(async (error) => {
  console.error(error);
  await Promise.all([...openBrowsers].map((handle) => handle.close().catch(() => {})));
  process.exit(1);
});
