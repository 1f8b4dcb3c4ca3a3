// `npm start`: a small, read-only static server for the repository, whose front page is
// the status page (start/index.html). Node's http module only, no dependencies.
//
//   node scripts/serve.mjs [--port N]      PORT=N node scripts/serve.mjs
//
// The port is --port, else PORT, else 8080; when it is taken, a free port is used instead,
// and 0 always picks a free one. When ready it prints exactly one line:
//   polynode status page: http://localhost:<port>/
//
// Every response carries COOP/COEP (the page is cross-origin isolated, so SharedArrayBuffer
// and Atomics work). Only GET and HEAD; no directory listings; no dotfiles (.git …); no
// path that leaves the repository, by `..` (plain or percent-encoded) or by a symbolic link.
//
// Tests start it in-process: `const { url, close } = await startServer({ port: 0 })`.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the folder above scripts/. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Where `/` leads. */
const FRONT_PAGE = '/start/';

const MIME_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  // TypeScript sources (named by the source maps) and declarations: readable, never run.
  '.ts': 'text/plain; charset=utf-8',
  '.mts': 'text/plain; charset=utf-8',
};

/** Headers on every response, errors and redirects included. */
const COMMON_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  // A development server: after `npm run build`, a reload shows the new dist/.
  'Cache-Control': 'no-store',
};

/**
 * The path segments of a request target, decoded, or null when the target is not a plain
 * path inside the root: `..` or `.` segments (also percent-encoded), encoded slashes or
 * backslashes, NUL bytes, malformed escapes. Raw targets are checked as sent, because a
 * client other than a browser does not normalize `/../`.
 */
function pathSegments(target) {
  const pathname = target.split(/[?#]/, 1)[0];
  if (!pathname.startsWith('/')) return null;
  const segments = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const notFound = (res) => send(res, 404, 'Not found\n');

const FORBIDDEN = Symbol('forbidden');

/**
 * The real path of `path` (symbolic links resolved), FORBIDDEN when that lies outside
 * `root` (a link leading out of the repository), or null when there is no such file.
 */
async function resolveInside(root, path) {
  let real;
  try {
    real = await realpath(path);
  } catch {
    return null;
  }
  return real === root || real.startsWith(root + sep) ? real : FORBIDDEN;
}

/** Answers one request from the files under `root` (a real path). */
async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method not allowed: this server is read-only\n', { Allow: 'GET, HEAD' });
  }
  const segments = pathSegments(req.url ?? '');
  if (!segments) return send(res, 403, 'Forbidden\n');
  if (segments.every((s) => s === '')) return send(res, 302, `See ${FRONT_PAGE}\n`, { Location: FRONT_PAGE });
  // Dotfiles and dot-folders (.git, .env …) are not served.
  if (segments.some((s) => s.startsWith('.'))) return notFound(res);

  let file = await resolveInside(root, join(root, ...segments));
  if (file === FORBIDDEN) return send(res, 403, 'Forbidden\n');
  if (!file) return notFound(res);
  let info = await stat(file);
  if (info.isDirectory()) {
    // A folder is served only through its index.html, and only as `folder/`.
    if (segments[segments.length - 1] !== '') {
      // Rebuilt from the checked segments: `//folder` must not become a protocol-relative URL.
      const location = `/${segments.filter(Boolean).map(encodeURIComponent).join('/')}/`;
      return send(res, 301, `See ${location}\n`, { Location: location });
    }
    file = await resolveInside(root, join(file, 'index.html'));
    if (file === FORBIDDEN) return send(res, 403, 'Forbidden\n');
    if (!file) return notFound(res);
    info = await stat(file);
  }
  if (!info.isFile()) return notFound(res);

  res.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the server.
 * @param {{ port?: number, host?: string, root?: string }} [options]
 *   port: 0 for a free port; default 8080, and a free port when that one is taken.
 *   host: the address to listen on (default 127.0.0.1: this is a local development server).
 *   root: the folder to serve (default: the repository).
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startServer({ port = 8080, host = '127.0.0.1', root = REPO_ROOT } = {}) {
  const realRoot = await realpath(root);
  const server = createServer((req, res) => {
    handle(realRoot, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal server error\n');
      else res.destroy();
    });
  });
  try {
    await listen(server, port, host);
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port === 0) throw error;
    await listen(server, 0, host);
  }
  const actualPort = server.address().port;
  return {
    url: `http://localhost:${actualPort}/`,
    port: actualPort,
    close() {
      return new Promise((resolveClose) => {
        server.close(() => resolveClose());
        // Browsers keep connections alive; close them so close() does not wait for them.
        server.closeAllConnections();
      });
    },
  };
}

/** The port asked for on the command line (`--port N`, `--port=N`) or in PORT, or 8080. */
function requestedPort(argv, env) {
  let value = env.PORT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') value = argv[++i];
    else if (argv[i].startsWith('--port=')) value = argv[i].slice('--port='.length);
  }
  if (value === undefined || value === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`Invalid port: ${JSON.stringify(value)} (expected an integer from 0 to 65535)`);
  }
  return port;
}

async function main() {
  let port;
  try {
    port = requestedPort(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const server = await startServer({ port });
  console.log(`polynode status page: ${server.url}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run when executed directly (`node scripts/serve.mjs`), not when imported.
const thisFile = await realpath(fileURLToPath(import.meta.url));
const mainFile = process.argv[1] ? await realpath(process.argv[1]).catch(() => '') : '';
if (mainFile === thisFile) await main();
