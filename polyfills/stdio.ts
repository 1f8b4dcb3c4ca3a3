/**
 * Makes `process.stdout`, `process.stderr` and `process.stdin` real Node streams, and gives
 * the page a way to type into stdin.
 *
 * Without it they are light objects (see `polynode/process`), so that `process` stays small.
 * With it, stdout and stderr are `stream.Writable`s (line-buffered onto `console.log` /
 * `console.error`: `pipe()`, `pipeline()`, backpressure, `'finish'` all behave as in Node)
 * and stdin is a `stream.Readable`: `readline`, `for await (const chunk of process.stdin)` and
 * `process.stdin.on('data')` read what the page passes to {@link feedStdin}. This entry pulls
 * in polynode's `stream` engine (about 46 KB min+gzip with Buffer and events).
 *
 * Browser: stdin ends as soon as it is read if nothing was fed before (as `node < /dev/null`);
 * after a first `feedStdin(chunk)` (an empty string is enough) it stays open until
 * `feedStdin(null)`. Not a TTY: `isTTY` is false and `setRawMode()` does nothing.
 *
 * @example
 * ```js
 * import { feedStdin } from 'polynode/polyfills/stdio';
 * import readline from 'polynode/readline';
 * feedStdin('');                          // keep stdin open for later input
 * const rl = readline.createInterface({ input: process.stdin });
 * rl.on('line', (line) => console.log('got', line));
 * form.onsubmit = () => feedStdin(field.value + '\n');
 * ```
 *
 * @packageDocumentation
 */
import { Readable, Writable } from '../src/stream/index.js';
import { installStdioStreams, type StdioEngine } from '../src/process/stdio.js';

const feed = installStdioStreams({ Readable, Writable } as unknown as StdioEngine);

/**
 * Feeds `process.stdin`: a string (UTF-8) or bytes become a chunk for its readers; `null`
 * ends it. Throws `ERR_INVALID_ARG_TYPE` for anything else.
 */
export function feedStdin(chunk: string | Uint8Array | null): void {
  feed(chunk);
}
