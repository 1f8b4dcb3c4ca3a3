// polynode/polyfills/stdio with nothing fed: stdin ends as soon as it is read, as with
// `node < /dev/null` (an iframe started by stdio.test.ts).
import '../../polyfills/stdio.js';
import process from '../../src/process/index.js';

async function main() {
  const chunks: unknown[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return { chunks, ended: process.stdin.readableEnded };
}

(window as unknown as { stdioResults: unknown }).stdioResults = main();
