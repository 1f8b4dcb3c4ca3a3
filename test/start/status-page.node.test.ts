// `npm start`: the static server (scripts/serve.mjs) and the status page (start/) it serves.
// The server runs in-process on a random port; the page runs in Debian's Chromium through
// playwright-core (never a downloaded browser), against the built dist/.
import { expect } from 'chai';
import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { MODULES } from '../../src/modules.js';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium-flags.mjs';
import { findRepoRoot } from '../support/repo-root.js';

interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
interface ServeModule {
  startServer(options?: { port?: number; host?: string; root?: string }): Promise<RunningServer>;
}


const ROOT = findRepoRoot();
const SERVE_SCRIPT = join(ROOT, 'scripts', 'serve.mjs');

/** Loads the real scripts/serve.mjs at run time (not bundled: it finds the repository from its own location). */
async function loadServe(): Promise<ServeModule> {
  const url = pathToFileURL(SERVE_SCRIPT).href;
  return (await import(url)) as ServeModule;
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One raw HTTP request; `path` is sent exactly as given (no `/../` normalization). */
function get(port: number, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const CHROMIUM_ARGS = [...CHROMIUM_FLAGS];

describe('npm start: the static server (scripts/serve.mjs)', () => {
  let server: RunningServer;
  let serve: ServeModule;

  before(async () => {
    serve = await loadServe();
    server = await serve.startServer({ port: 0 });
  });

  after(async () => {
    await server?.close();
  });

  it('listens on a random port for port 0 and gives its localhost URL', () => {
    expect(server.port).to.be.a('number').above(0);
    expect(server.url).to.equal(`http://localhost:${server.port}/`);
  });

  it('sends COOP and COEP on every response: files, redirects and errors', async () => {
    for (const path of ['/dist/modules.js', '/', '/no/such/file.js', '/../package.json']) {
      const { headers } = await get(server.port, path);
      expect(headers['cross-origin-opener-policy'], path).to.equal('same-origin');
      expect(headers['cross-origin-embedder-policy'], path).to.equal('require-corp');
    }
  });

  it('redirects / to the status page, which is served as HTML', async () => {
    const root = await get(server.port, '/');
    expect(root.status).to.equal(302);
    expect(root.headers.location).to.equal('/start/');
    const page = await get(server.port, '/start/');
    expect(page.status).to.equal(200);
    expect(page.headers['content-type']).to.match(/^text\/html\b/);
    expect(page.body).to.contain('<title>polynode status</title>');
  });

  it('serves .js and .mjs as text/javascript, and .json, .map, .css with their types', async () => {
    const expected: Record<string, RegExp> = {
      '/dist/fs/promises/index.js': /^text\/javascript\b/,
      '/scripts/serve.mjs': /^text\/javascript\b/,
      '/dist/modules.js.map': /^application\/json\b/,
      '/test/golden/node16-exports.json': /^application\/json\b/,
      '/start/status.css': /^text\/css\b/,
    };
    for (const [path, type] of Object.entries(expected)) {
      const reply = await get(server.port, path);
      expect(reply.status, path).to.equal(200);
      expect(reply.headers['content-type'], path).to.match(type);
    }
  });

  it('serves the file bytes as they are on disk, and nothing for HEAD', async () => {
    const reply = await get(server.port, '/package.json');
    expect(reply.body).to.equal(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(Number(reply.headers['content-length'])).to.equal(Buffer.byteLength(reply.body));
    const head = await get(server.port, '/package.json', 'HEAD');
    expect(head.status).to.equal(200);
    expect(head.body).to.equal('');
  });

  it('refuses paths that climb out of the repository, plain or percent-encoded', async () => {
    const attempts = [
      '/../package.json',
      '/start/../../package.json',
      '/../../../../../../etc/passwd',
      '/%2e%2e/package.json',
      '/%2E%2E/%2E%2E/etc/passwd',
      '/start/..%2f..%2f..%2fetc%2fpasswd',
      '/start/..%5c..%5cpackage.json',
      '/dist/%00/modules.js',
      '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const { status, body } = await get(server.port, path);
      expect([403, 404], path).to.include(status);
      expect(body, path).not.to.contain('root:');
      expect(body, path).not.to.contain('"name": "polynode"');
    }
  });

  it('answers 404 for an unknown path', async () => {
    expect((await get(server.port, '/no/such/file.js')).status).to.equal(404);
    expect((await get(server.port, '/dist/no-such-module/index.js')).status).to.equal(404);
  });

  it('lists no directory: a folder without index.html is 404, and without its slash a redirect', async () => {
    expect((await get(server.port, '/src/')).status).to.equal(404);
    const noSlash = await get(server.port, '/src');
    expect(noSlash.status).to.equal(301);
    expect(noSlash.headers.location).to.equal('/src/');
    // `//src` must not redirect to the protocol-relative `//src/` (another host).
    expect((await get(server.port, '//src')).headers.location).to.equal('/src/');
  });

  it('does not serve dotfiles (.git, .mocharc.json)', async () => {
    expect((await get(server.port, '/.mocharc.json')).status).to.equal(404);
    expect((await get(server.port, '/.git/config')).status).to.equal(404);
  });

  it('is read-only: other methods than GET and HEAD get 405', async () => {
    const reply = await get(server.port, '/package.json', 'PUT');
    expect(reply.status).to.equal(405);
    expect(reply.headers.allow).to.equal('GET, HEAD');
  });

  it('refuses a symbolic link that leads out of the served folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'polynode-serve-outside-'));
    const served = mkdtempSync(join(tmpdir(), 'polynode-serve-root-'));
    const other = await serve.startServer({ port: 0, root: served });
    try {
      writeFileSync(join(outside, 'secret.txt'), 'secret');
      writeFileSync(join(served, 'inside.txt'), 'inside');
      mkdirSync(join(served, 'folder'));
      symlinkSync(join(outside, 'secret.txt'), join(served, 'leak.txt'));
      symlinkSync(outside, join(served, 'folder', 'out'));
      expect((await get(other.port, '/inside.txt')).body).to.equal('inside');
      for (const path of ['/leak.txt', '/folder/out/secret.txt']) {
        const reply = await get(other.port, path);
        expect(reply.status, path).to.equal(403);
        expect(reply.body, path).not.to.contain('secret');
      }
    } finally {
      await other.close();
      rmSync(outside, { recursive: true, force: true });
      rmSync(served, { recursive: true, force: true });
    }
  });

  it('falls back to a free port when the one asked for is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const other = await serve.startServer({ port: taken });
      expect(other.port).to.not.equal(taken);
      expect((await get(other.port, '/start/')).status).to.equal(200);
      await other.close();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('run directly, prints exactly one line with its URL when ready', async function () {
    this.timeout(20000);
    const child = spawn(process.execPath, [SERVE_SCRIPT, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += String(chunk);
          if (stdout.includes('\n')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before printing: ${stderr}`)));
      });
      const match = /^polynode status page: http:\/\/localhost:(\d+)\/\n$/.exec(stdout);
      expect(match, stdout).to.not.equal(null);
      expect((await get(Number(match![1]), '/start/')).status).to.equal(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(stdout.split('\n').filter(Boolean)).to.have.length(1);
    expect(stderr).to.equal('');
  });
});

describe('npm start: the status page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleProblems: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  before(async function () {
    this.timeout(90000);
    expect(existsSync(join(ROOT, 'dist', 'modules.js')), 'dist/ is built (npm run build)').to.equal(true);
    server = await (await loadServe()).startServer({ port: 0 });
    browser = await chromium.launch({ executablePath: process.env.CHROME_BIN || '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('requestfailed', (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-status="done"]', { state: 'attached', timeout: 60000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads with no console error or warning', () => {
    expect(consoleProblems).to.deep.equal([]);
  });

  it('throws no uncaught error', () => {
    expect(pageErrors).to.deep.equal([]);
  });

  it('makes no failed request (no network error, no status of 400 or more)', () => {
    expect(failedRequests).to.deep.equal([]);
  });

  it('is cross-origin isolated (the server sends COOP and COEP)', async () => {
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).to.equal(true);
  });

  it('lists every module id of the registry with its status, and nothing else', async () => {
    const rows = await page.$$eval('#modules tbody tr', (trs) =>
      trs.map((tr) => ({
        id: (tr as HTMLElement).dataset.id,
        status: (tr as HTMLElement).dataset.status,
        idText: tr.querySelector('th code')?.textContent,
        badge: tr.querySelector('.badge')?.textContent,
      })),
    );
    expect(rows.map((row) => row.id)).to.deep.equal(MODULES.map((info) => info.id));
    for (const info of MODULES) {
      const row = rows.find((r) => r.id === info.id)!;
      expect(row, info.id).to.deep.equal({ id: info.id, status: info.status, idText: info.id, badge: info.status });
    }
  });

  it('counts real exports for every module and smoke-checks every module that is not all stubs', async () => {
    const rows = await page.$$eval('#modules tbody tr', (trs) =>
      trs.map((tr) => ({
        id: (tr as HTMLElement).dataset.id!,
        result: (tr as HTMLElement).dataset.result!,
        exports: tr.querySelector('.exports .count')?.textContent ?? '',
      })),
    );
    for (const row of rows) {
      expect(row.exports, row.id).to.match(/^[\d,]+ \/ [\d,]+$/);
      const real = Number(row.exports.split(' / ')[0]!.replaceAll(',', ''));
      // Checked: pass or fail (failures are the next test's business). All stubs: skipped,
      // unless start/smoke.js has checks of its own for the module.
      expect(row.result, row.id).to.be.oneOf(real > 0 ? ['pass', 'fail'] : ['skipped', 'pass', 'fail']);
    }
    // constants is complete: every export name is real.
    const constants = rows.find((row) => row.id === 'constants')!;
    expect(constants.exports).to.match(/^(\d+) \/ \1$/);
  });

  it('reports no failure (data-failures="0")', async () => {
    const failing = await page.$$eval('#modules tbody tr[data-result="fail"]', (trs) =>
      trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
    const problems = await page.$$eval('#problem-list li', (lis) => lis.map((li) => li.textContent));
    expect({ failing, problems }).to.deep.equal({ failing: [], problems: [] });
    expect(await page.getAttribute('body', 'data-failures')).to.equal('0');
  });
});
