// The child_process scenarios run by real Node 16 (scripts/golden/child_process.mjs writes
// test/golden/node16-child_process.json) and by polynode (golden.test.ts compares). Each
// scenario takes the child_process module and `{ child }` (the fork target: a path in Node,
// a URL in the browser) and resolves to a JSON-able description. `fork: true` scenarios need
// Web Workers (browser only for polynode).

export const MISSING = 'polynode-no-such-command';

/** What an error looks like from outside. */
export function describeError(error) {
  if (!(error instanceof Error)) return { notAnError: String(error) };
  const out = { name: error.name, message: error.message, string: String(error), keys: Object.keys(error) };
  for (const key of ['errno', 'code', 'syscall', 'path', 'spawnargs', 'cmd', 'killed', 'signal']) {
    if (key in error) out[key] = error[key];
  }
  return out;
}

function thrown(fn) {
  try {
    fn();
    return { threw: false };
  } catch (error) {
    return describeError(error);
  }
}

/** Records a child's events until 'close' (stdout/stderr as "data seen" + the text). */
export function record(child, { stderrText = true } = {}) {
  return new Promise((resolve) => {
    const events = [];
    let stdout = '';
    let stderr = '';
    child.on('spawn', () => events.push('spawn'));
    child.on('message', (m) => events.push(`message ${JSON.stringify(m)}`));
    child.on('disconnect', () => events.push('disconnect'));
    child.on('error', (e) => events.push(['error', describeError(e)]));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    if (child.stdout) {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d) => {
        if (stdout === '') events.push('stdout');
        stdout += d;
      });
    }
    if (child.stderr) {
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d) => {
        if (stderr === '') events.push('stderr');
        stderr += d;
      });
    }
    child.on('close', (code, signal) => {
      events.push(`close ${code} ${signal}`);
      resolve({
        events,
        stdout,
        stderr: stderrText ? stderr : stderr.length > 0,
        pid: typeof child.pid,
        exitCode: child.exitCode,
        signalCode: child.signalCode,
        killed: child.killed,
        connected: child.connected,
        spawnfile: child.spawnfile === MISSING ? 'MISSING' : typeof child.spawnfile,
      });
    });
  });
}

export const SCENARIOS = [
  {
    name: 'spawn of a missing command: error then close(-2), no exit',
    run: (cp) => record(cp.spawn(MISSING, ['a', 'b'])),
  },
  {
    name: 'spawn of a missing command with stdio pipes',
    run: async (cp) => {
      const child = cp.spawn(MISSING, [], { stdio: 'pipe' });
      const streams = [child.stdin !== null, child.stdout !== null, child.stderr !== null];
      return { streams, ...(await record(child)) };
    },
  },
  {
    name: 'execFile of a missing command: ENOENT in the callback with cmd',
    run: (cp) =>
      new Promise((resolve) => {
        cp.execFile(MISSING, ['a', 'b c'], (error, stdout, stderr) => resolve({ error: describeError(error), stdout, stderr }));
      }),
  },
  {
    name: 'exec of a missing command: exit 127 and /bin/sh: 1: x: not found',
    run: (cp) =>
      new Promise((resolve) => {
        const events = [];
        const child = cp.exec(`${MISSING} a`, (error, stdout, stderr) => {
          resolve({ error: describeError(error), stdout, stderr, events, exitCode: child.exitCode });
        });
        child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
      }),
  },
  {
    name: 'exec with an encoding of buffer gives Buffers',
    run: (cp) =>
      new Promise((resolve) => {
        cp.exec(`${MISSING}`, { encoding: 'buffer' }, (error, stdout, stderr) => {
          resolve({ code: error.code, stdout: [stdout.constructor.name, stdout.length], stderr: [stderr.constructor.name, String(stderr)] });
        });
      }),
  },
  {
    name: 'argument errors',
    run: async (cp) => ({
      spawnNumber: thrown(() => cp.spawn(42)),
      spawnEmpty: thrown(() => cp.spawn('')),
      spawnArgs: thrown(() => cp.spawn('x', 'y')),
      forkNumber: thrown(() => cp.fork(42)),
      execNumber: thrown(() => cp.exec(42)),
      execFileNumber: thrown(() => cp.execFile(42)),
      forkNoIpc: thrown(() => cp.fork('x.js', [], { stdio: ['pipe', 'pipe', 'pipe'] })),
      forkSerialization: thrown(() => cp.fork('x.js', [], { serialization: 'xml' })),
    }),
  },
  {
    name: 'fork: spawn, stdout, message, disconnect, exit(3), close(3)',
    fork: true,
    run: (cp, { child }) => record(cp.fork(child, ['exit3'], { silent: true })),
  },
  {
    name: 'fork: a child with nothing left to do exits 0',
    fork: true,
    run: (cp, { child }) => record(cp.fork(child, ['natural'])),
  },
  {
    name: 'fork: the child disconnects',
    fork: true,
    run: (cp, { child }) => record(cp.fork(child, ['disconnect'])),
  },
  {
    name: 'fork: an uncaught error in the child prints on its stderr and exits 1',
    fork: true,
    run: (cp, { child }) => record(cp.fork(child, ['throw'], { silent: true }), { stderrText: false }),
  },
  {
    name: "fork: kill() gives exit(null, 'SIGTERM') and close",
    fork: true,
    run: async (cp, { child }) => {
      const subprocess = cp.fork(child, ['idle']);
      const result = record(subprocess);
      await new Promise((resolve) => subprocess.once('message', resolve));
      const returned = subprocess.kill();
      return { returned, killedAtOnce: subprocess.killed, ...(await result) };
    },
  },
  {
    name: "fork: kill() of a child listening for 'SIGTERM' delivers it",
    fork: true,
    run: async (cp, { child }) => {
      const subprocess = cp.fork(child, ['sigterm']);
      const result = record(subprocess);
      await new Promise((resolve) => subprocess.once('message', resolve));
      subprocess.kill('SIGTERM');
      return result;
    },
  },
  {
    name: 'fork: send() after the exit returns false and calls back with ERR_IPC_CHANNEL_CLOSED (or emits error)',
    fork: true,
    run: async (cp, { child }) => {
      const subprocess = cp.fork(child, ['natural']);
      await new Promise((resolve) => subprocess.on('exit', resolve));
      const out = {};
      out.returned = await new Promise((resolve) => {
        const value = subprocess.send('x', (error) => resolve([value, describeError(error)]));
      });
      out.emitted = await new Promise((resolve) => {
        subprocess.once('error', (error) => resolve(describeError(error)));
        subprocess.send('y');
      });
      out.disconnectAgain = await new Promise((resolve) => {
        subprocess.once('error', (error) => resolve(describeError(error)));
        subprocess.disconnect();
      });
      return out;
    },
  },
  {
    // Node 16 emits no 'close' when the parent disconnected the channel: the events are
    // recorded until 100 ms after 'exit'.
    name: 'fork: §16.10.4 the hypotenuse child; the parent disconnects',
    fork: true,
    run: (cp, { child }) =>
      new Promise((resolve) => {
        const events = [];
        const subprocess = cp.fork(child, ['hypotenuse']);
        subprocess.send({ x: 4, y: 3 });
        subprocess.on('message', (message) => {
          events.push(`message ${message.hypotenuse}`);
          subprocess.disconnect();
          events.push(`connected ${subprocess.connected}`);
        });
        subprocess.on('disconnect', () => events.push('disconnect'));
        subprocess.on('close', (code, signal) => events.push(`close ${code} ${signal}`));
        subprocess.on('exit', (code, signal) => {
          events.push(`exit ${code} ${signal}`);
          setTimeout(() => resolve(events), 100);
        });
      }),
  },
  {
    name: 'fork: JSON serialization (undefined dropped, Date to string, Map to {})',
    fork: true,
    run: (cp, { child }) =>
      new Promise((resolve) => {
        const subprocess = cp.fork(child, ['json']);
        subprocess.send({ a: undefined, d: new Date(0), m: new Map([[1, 2]]), n: [1, null] });
        subprocess.on('message', (message) => resolve(message));
      }),
  },
  {
    name: 'fork: advanced serialization keeps Map, Date, BigInt',
    fork: true,
    run: (cp, { child }) =>
      new Promise((resolve) => {
        const subprocess = cp.fork(child, ['json'], { serialization: 'advanced' });
        subprocess.send({ d: new Date(0), m: new Map([[1, 2]]), b: 10n });
        subprocess.on('message', (message) =>
          resolve({ date: message.d instanceof Date, map: message.m instanceof Map && message.m.get(1), bigint: typeof message.b }),
        );
      }),
  },
  {
    name: 'fork: args, env and connected in the child',
    fork: true,
    run: (cp, { child }) =>
      new Promise((resolve) => {
        const subprocess = cp.fork(child, ['argv', 'x', 'y'], { env: { CP_TEST: 'set' } });
        subprocess.on('message', (message) => {
          subprocess.kill();
          resolve(message);
        });
      }),
  },
  {
    name: 'fork: silent child reads what the parent writes to its stdin',
    fork: true,
    run: (cp, { child }) => {
      const subprocess = cp.fork(child, ['echo-stdin'], { silent: true });
      subprocess.stdin.write('hello ');
      subprocess.stdin.end('child');
      return record(subprocess);
    },
  },
];
