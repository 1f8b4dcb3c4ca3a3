// polynode/polyfills/stdio in a page of its own (an iframe started by stdio.test.ts): real
// stdout/stderr/stdin streams, stdin fed by the page. Reports on window.stdioResults.
import { feedStdin } from '../../polyfills/stdio.js';
import process, { stdout as namedStdout } from '../../src/process/index.js';
import { Readable, Writable } from '../../src/stream/index.js';
import { createInterface } from '../../src/readline/index.js';
import { Buffer } from '../../src/buffer/index.js';

async function main() {
  const printed: string[] = [];
  const errors: string[] = [];
  console.log = (...args: unknown[]) => void printed.push(args.join(' '));
  console.error = (...args: unknown[]) => void errors.push(args.join(' '));

  const classes = {
    stdoutWritable: process.stdout instanceof Writable,
    stderrWritable: process.stderr instanceof Writable,
    stdinReadable: process.stdin instanceof Readable,
    namedIsSame: namedStdout === process.stdout,
    fds: [process.stdin.fd, process.stdout.fd, process.stderr.fd],
    isTTY: [process.stdin.isTTY, process.stdout.isTTY],
  };

  const returns = [process.stdout.write('a'), process.stdout.write('b\nc\n'), process.stdout.write(Buffer.from('d\n'))];
  process.stdout.write('68', 'hex');
  process.stdout.write('\n');
  process.stderr.write('oops\n');
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));

  const piped = Readable.from(['x\n', 'y', '\n']);
  await new Promise<void>((resolve) => {
    piped.on('end', resolve);
    piped.pipe(process.stdout, { end: false });
  });
  const afterPipe = [process.stdout.writable, process.stdout.writableEnded];

  const lines: string[] = [];
  const rl = createInterface({ input: process.stdin });
  rl.on('line', (line) => lines.push(line));
  const closed = new Promise<void>((resolve) => rl.on('close', resolve));
  feedStdin('line one\nline tw');
  feedStdin(new TextEncoder().encode('o\r\nlast'));
  await new Promise((resolve) => setTimeout(resolve, 5));
  const beforeEnd = lines.slice();
  feedStdin(null);
  await closed;

  let badFeed = '';
  try {
    feedStdin(42 as never);
  } catch (error) {
    badFeed = `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
  return { classes, returns, printed, errors, afterPipe, beforeEnd, lines, badFeed };
}

(window as unknown as { stdioResults: unknown }).stdioResults = main();
