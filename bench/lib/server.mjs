// The bench pages' server: node:http on 127.0.0.1, a free port, every response cross-origin
// isolated (COOP/COEP, so performance.now() has fine resolution). Serves the page runtime, the
// column bundles and one HTML page per workload file from memory, and receives the pages'
// reports on POST /report.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

const HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * files: Map(pathname -> { type, body }) served on GET; onReport(message) -> response object,
 * answered as JSON. Returns { origin, close() }.
 */
export async function startServer({ files, runtimeFile, onReport }) {
  const runtime = await readFile(runtimeFile, 'utf8');
  const server = createServer((req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, { ...HEADERS, 'Content-Type': type });
      res.end(body);
    };
    const { pathname, search } = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'POST' && pathname === '/report') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        let reply;
        try {
          reply = onReport(JSON.parse(body)) ?? {};
        } catch (error) {
          reply = { error: String(error?.message ?? error) };
        }
        send(200, 'application/json; charset=utf-8', JSON.stringify(reply));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
    if (pathname === '/runtime.js') return send(200, 'text/javascript; charset=utf-8', runtime);
    if (pathname === '/favicon.ico') return send(204, 'text/plain', '');
    // The floor of a cold start: a fresh iframe loading a script that does nothing else.
    if (pathname === '/c/empty.js') return send(200, 'text/javascript; charset=utf-8', `parent.__polynodeColdDone('');\n// ${search}\n`);
    const file = files.get(pathname);
    if (!file) return send(404, 'text/plain', 'not found');
    // A file marked uniquePerQuery ends with its query as a comment: each load is a new script
    // source, so the engine cannot reuse the compiled code of an earlier load (cold starts).
    send(200, file.type, file.uniquePerQuery ? `${file.body}\n// ${search}\n` : file.body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}
