// What the forked child of the scenarios does, by process.argv[2]. Shared by the browser
// fixture (child.fixture.ts, run by polynode's bootstrap) and by the Node 16 golden script
// (which writes a one-line ESM file calling it). Uses only the global `process`.
export function runChild(process) {
  const mode = process.argv[2];
  if (mode === 'exit3') {
    process.send('hi');
    process.stdout.write('out\n');
    process.exit(3);
  } else if (mode === 'hypotenuse') {
    // §16.10.4: the book's child.
    process.on('message', (message) => {
      process.send({ hypotenuse: Math.hypot(message.x, message.y) });
    });
  } else if (mode === 'idle') {
    process.on('message', () => {});
    setInterval(() => {}, 1000);
    process.send('ready');
  } else if (mode === 'natural') {
    process.send('n');
  } else if (mode === 'throw') {
    throw new TypeError('boom');
  } else if (mode === 'disconnect') {
    process.send('bye');
    process.disconnect();
  } else if (mode === 'echo-stdin') {
    let text = '';
    process.stdin.on('data', (chunk) => (text += chunk));
    process.stdin.on('end', () => process.stdout.write(`[${text.toUpperCase()}]`));
  } else if (mode === 'argv') {
    process.send({ argv: process.argv.slice(2), env: process.env.CP_TEST ?? null, connected: process.connected, pid: typeof process.pid });
  } else if (mode === 'json') {
    process.on('message', (message) => {
      process.send(message);
      process.disconnect();
    });
  } else if (mode === 'sigterm') {
    process.on('SIGTERM', () => {
      process.send('got SIGTERM');
      process.exit(7);
    });
    process.send('ready');
  }
}
