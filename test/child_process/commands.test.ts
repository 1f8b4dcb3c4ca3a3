// child_process beyond the golden scenarios: registered commands through spawn/execFile/
// exec, `node <script>` through spawn, the sync variants, kill with a signal, the async
// context of events, and that nothing is started at import.
import { expect } from 'chai';
import * as cp from '../../src/child_process/index.js';
import cpDefault from '../../src/child_process/index.js';
import { AsyncLocalStorage } from '../../src/async_hooks/index.js';
import { liveWorkerCount } from '../../src/internal/worker/spawn.js';
import { promisify } from '../../src/util/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

const inBrowser = typeof (globalThis as { Worker?: unknown }).Worker === 'function' && typeof (globalThis as { document?: unknown }).document === 'object';
const browserIt = inBrowser ? it : it.skip;
const child = new URL('./child.fixture.js', import.meta.url);

const execP = (command: string, options: Record<string, unknown> = {}) =>
  new Promise<{ error: any; stdout: unknown; stderr: unknown }>((resolve) =>
    cp.exec(command, options, (error: any, stdout: unknown, stderr: unknown) => resolve({ error, stdout, stderr })),
  );

describe('child_process registered commands', () => {
  let unregister: (() => void)[] = [];
  beforeEach(() => {
    unregister = [
      cp.registerCommand('greet', async ({ args, env, stdout, stderr }) => {
        stdout.write(`hello ${args.join('+')} ${env.WHO ?? ''}\n`);
        stderr.write('warned\n');
        return args.includes('fail') ? 5 : 0;
      }),
      cp.registerCommand('upper', ({ stdin, stdout }) =>
        new Promise<number>((resolve) => {
          let text = '';
          stdin.setEncoding('utf8');
          stdin.on('data', (chunk: string) => (text += chunk));
          stdin.on('end', () => {
            stdout.write(text.toUpperCase());
            resolve(0);
          });
        }),
      ),
      cp.registerCommand('throws', () => {
        throw new Error('handler failed');
      }),
      cp.registerCommand('forever', ({ signal }) => new Promise<number>((resolve) => signal.addEventListener('abort', () => resolve(0)))),
    ];
  });
  afterEach(() => unregister.forEach((fn) => fn()));

  it('creates no worker at import', () => {
    expect(liveWorkerCount()).to.equal(0);
    expect(cpDefault.spawn).to.equal(cp.spawn);
  });

  it("exec: the command's stdout and stderr, exit 0", async () => {
    const { error, stdout, stderr } = await execP('greet a "b c"', { env: { WHO: 'you' } });
    expect(error).to.equal(null);
    expect(stdout).to.equal('hello a+b c you\n');
    expect(stderr).to.equal('warned\n');
  });

  it('exec: a non-zero exit code is "Command failed" with code, killed, signal, cmd', async () => {
    const { error, stdout } = await execP('greet fail');
    expect(error.message).to.equal('Command failed: greet fail\nwarned\n');
    expect(Object.keys(error)).to.deep.equal(['killed', 'code', 'signal', 'cmd']);
    expect([error.code, error.killed, error.signal, error.cmd]).to.deep.equal([5, false, null, 'greet fail']);
    expect(stdout).to.equal('hello fail \n');
  });

  it('util.promisify(exec / execFile): { stdout, stderr }; a failure rejects with both; promise.child', async () => {
    const exec = promisify(cp.exec) as unknown as (command: string) => Promise<{ stdout: string; stderr: string }> & { child: unknown };
    const running = exec('greet x');
    expect(running.child).to.be.instanceOf(cp.ChildProcess);
    expect(await running).to.deep.equal({ stdout: 'hello x \n', stderr: 'warned\n' });
    const failed = await exec('greet fail').then(() => null, (error: any) => error);
    expect([failed.message, failed.code, failed.stdout, failed.stderr]).to.deep.equal(['Command failed: greet fail\nwarned\n', 5, 'hello fail \n', 'warned\n']);
    const execFile = promisify(cp.execFile) as unknown as (file: string, args: string[]) => Promise<{ stdout: string; stderr: string }>;
    expect(await execFile('greet', ['y'])).to.deep.equal({ stdout: 'hello y \n', stderr: 'warned\n' });
    expect(cpDefault.exec).to.equal(cp.exec);
  });

  it('exec: shell operators are not supported (exit 2, a message on stderr)', async () => {
    const { error, stderr } = await execP('greet | upper');
    expect(error.code).to.equal(2);
    expect(stderr).to.equal("/bin/sh: 1: polynode: shell operator '|' is not supported in the browser\n");
  });

  it("spawn: events spawn, exit(code, null), close(code, null); stdin is piped to the command", async () => {
    const events: string[] = [];
    const child = cp.spawn('upper');
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (text: string) => (out += text));
    child.on('spawn', () => events.push('spawn'));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.stdin!.end('shout');
    await new Promise((resolve) => child.on('close', (code, signal) => resolve(events.push(`close ${code} ${signal}`))));
    expect(events).to.deep.equal(['spawn', 'exit 0 null', 'close 0 null']);
    expect(out).to.equal('SHOUT');
    expect(child.pid).to.be.a('number');
    expect(child.spawnargs).to.deep.equal(['upper']);
  });

  it('execFile: a throwing handler prints its stack on stderr and exits 1', async () => {
    const result = await new Promise<any[]>((resolve) => cp.execFile('throws', [], (...args: any[]) => resolve(args)));
    expect(result[0].code).to.equal(1);
    expect(result[2]).to.match(/handler failed/);
  });

  it("kill('SIGKILL') aborts the handler's signal and reports exit(null, 'SIGKILL')", async () => {
    const child = cp.spawn('forever');
    await new Promise((resolve) => child.on('spawn', resolve));
    expect(child.kill('SIGKILL')).to.equal(true);
    const [code, signal] = await new Promise<unknown[]>((resolve) => child.on('exit', (...args: any[]) => resolve(args)));
    expect([code, signal, child.killed, child.signalCode]).to.deep.equal([null, 'SIGKILL', true, 'SIGKILL']);
    expect(child.kill()).to.equal(false);
  });

  it("kill() with an unknown signal throws ERR_UNKNOWN_SIGNAL", () => {
    const child = cp.spawn('forever');
    expectThrowsNodeError(() => child.kill('SIGNOPE'), { type: TypeError, code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE' });
    child.kill();
  });

  it('the sync variants throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM naming the function', () => {
    for (const name of ['execSync', 'execFileSync', 'spawnSync'] as const) {
      expectThrowsNodeError(() => (cp[name] as (...args: unknown[]) => unknown)('greet'), {
        type: TypeError,
        code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        message: `The feature child_process.${name} is unavailable on the current platform, which is being used to run Node.js`,
      });
    }
  });

  it('a timeout kills the command with killSignal', async () => {
    const result = await new Promise<any[]>((resolve) => cp.execFile('forever', [], { timeout: 20, killSignal: 'SIGINT' }, (...args: any[]) => resolve(args)));
    expect([result[0].killed, result[0].signal, result[0].code]).to.deep.equal([true, 'SIGINT', null]);
  });
});

describe('child_process.fork and spawn of node scripts in workers', function () {
  this.timeout(20000);

  browserIt("spawn('node', [script]) runs the module without IPC, with stdio pipes", async () => {
    const subprocess = cp.spawn('node', [child.href, 'exit3']);
    expect(subprocess.connected).to.equal(false);
    let out = '';
    subprocess.stdout!.setEncoding('utf8').on('data', (text: string) => (out += text));
    const code = await new Promise((resolve) => subprocess.on('close', resolve));
    // The child's process.send() exists only with IPC: without it, it throws and exits 1.
    expect(code).to.equal(1);
  });

  browserIt("exec('node -e …') runs code with require()", async () => {
    const { error, stdout } = await execP(`node -e "process.stdout.write(require('path').join('a', 'b'))"`);
    expect(error).to.equal(null);
    expect(stdout).to.equal('a/b');
  });

  browserIt('emits the events of a forked child in the async context it was created in', async () => {
    const als = new AsyncLocalStorage<string>();
    const seen: unknown[] = [];
    const subprocess = als.run('creator', () => cp.fork(child, ['natural']));
    als.run('other', () => {
      for (const event of ['spawn', 'message', 'exit']) subprocess.on(event, () => seen.push([event, als.getStore()]));
    });
    await new Promise((resolve) => subprocess.on('close', resolve));
    expect(seen).to.deep.equal([
      ['spawn', 'creator'],
      ['message', 'creator'],
      ['exit', 'creator'],
    ]);
  });

  browserIt('an AbortSignal kills the child and emits an AbortError', async () => {
    const controller = new AbortController();
    const subprocess = cp.fork(child, ['idle'], { signal: controller.signal });
    await new Promise((resolve) => subprocess.once('message', resolve));
    const errors: unknown[] = [];
    subprocess.on('error', (error) => errors.push(error));
    controller.abort();
    const [code, signal] = await new Promise<unknown[]>((resolve) => subprocess.on('exit', (...args: any[]) => resolve(args)));
    expect([code, signal]).to.deep.equal([null, 'SIGTERM']);
    expect((errors[0] as Error).name).to.equal('AbortError');
    expect(liveWorkerCount()).to.equal(0);
  });

  browserIt('send() of a sendHandle throws ERR_INVALID_HANDLE_TYPE', async () => {
    const subprocess = cp.fork(child, ['idle']);
    expectThrowsNodeError(() => subprocess.send('x', {}), { type: TypeError, code: 'ERR_INVALID_HANDLE_TYPE', message: 'This handle type cannot be sent' });
    subprocess.kill();
    await new Promise((resolve) => subprocess.on('close', resolve));
  });
});
