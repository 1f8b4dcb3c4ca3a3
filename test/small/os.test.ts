import { expect } from 'chai';
import golden from '../golden/node16-exports.json';
import os, * as named from '../../src/os/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';
import process from '../../src/process/index.js';

// os reports what polynode's process reports ('browser'), in Node and in browsers alike.
const host = process as unknown as { platform: string; pid: number; env: { HOME?: unknown } };
const expectedPlatform = host.platform;

describe('os', () => {
  it("has Node 16.13.1's os.constants (the golden data)", () => {
    const expected = (golden.modules as unknown as Record<string, { exports: Record<string, { value?: unknown }> }>).os!.exports.constants!.value;
    expect(os.constants).to.deep.equal(expected);
    expect(os.constants.signals.SIGTERM).to.equal(15);
    expect(os.constants.errno.ENOENT).to.equal(2);
    expect(os.constants.priority.PRIORITY_HIGHEST).to.equal(-20);
    expect(os.constants.dlopen.RTLD_NOW).to.equal(2);
  });

  it('reports fixed POSIX values', () => {
    expect(os.EOL).to.equal('\n');
    expect(os.devNull).to.equal('/dev/null');
    expect(os.arch()).to.equal('x64');
    expect(os.tmpdir()).to.equal('/tmp');
    expect(os.loadavg()).to.deep.equal([0, 0, 0]);
    expect(os.endianness()).to.equal(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE');
    expect((os as unknown as Record<string, unknown>).availableParallelism).to.equal(undefined);
    expect((os as unknown as Record<string, unknown>).machine).to.equal(undefined);
  });

  it("reports polynode's process.platform ('browser') and the matching type", () => {
    expect(expectedPlatform).to.equal('browser');
    expect(os.platform()).to.equal('browser');
    expect(os.type()).to.equal('Browser');
  });

  it('derives cpus, memory, hostname and uptime from the browser, in Node shapes', () => {
    const cpus = os.cpus();
    const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
    expect(cpus.length).to.equal(nav?.hardwareConcurrency && nav.hardwareConcurrency > 0 ? nav.hardwareConcurrency : 1);
    expect(cpus[0]).to.deep.equal({ model: 'Browser CPU', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
    expect(os.totalmem()).to.be.a('number').above(0);
    expect(os.freemem()).to.be.a('number').above(0).and.at.most(os.totalmem());
    expect(os.hostname()).to.be.a('string').and.not.equal('');
    expect(os.uptime()).to.be.a('number').at.least(0);
    expect(os.release()).to.match(/^[\d.]+$/);
    expect(os.version()).to.be.a('string');
  });

  it('turns the value functions into their value in a template string, as Node does', () => {
    expect(`${os.arch as unknown as string}`).to.equal('x64');
    expect(`${os.tmpdir as unknown as string}`).to.equal('/tmp');
    expect(`${os.platform as unknown as string}`).to.equal(expectedPlatform);
  });

  it('lists only the loopback interface', () => {
    expect(os.networkInterfaces()).to.deep.equal({
      lo: [
        { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
        { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
      ],
    });
  });

  it("gives userInfo in Node's shape, with encodings", () => {
    const info = os.userInfo();
    expect(Object.keys(info)).to.deep.equal(['uid', 'gid', 'username', 'homedir', 'shell']);
    expect(info.homedir).to.equal(os.homedir());
    const hex = os.userInfo({ encoding: 'hex' });
    expect(hex.username).to.equal('75736572');
    const buf = os.userInfo({ encoding: 'buffer' });
    expect(String(buf.username)).to.equal('user');
  });

  it('keeps its own priority and validates like Node', () => {
    expect(os.getPriority()).to.equal(0);
    os.setPriority(-5);
    expect(os.getPriority(0)).to.equal(-5);
    os.setPriority(0, 0);
    expect(os.getPriority()).to.equal(0);
    expectThrowsNodeError(() => os.setPriority(0, 100), { type: RangeError, code: 'ERR_OUT_OF_RANGE', message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100' });
    expectThrowsNodeError(() => os.setPriority('a' as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: `The "priority" argument must be of type number. Received type string ('a')` });
    expectThrowsNodeError(() => os.getPriority('a' as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: `The "pid" argument must be of type number. Received type string ('a')` });
    expectThrowsNodeError(() => os.getPriority(1.5), { type: RangeError, code: 'ERR_OUT_OF_RANGE', message: 'The value of "pid" is out of range. It must be an integer. Received 1.5' });
    expectThrowsNodeError(() => os.setPriority(0, 1.5), { type: RangeError, code: 'ERR_OUT_OF_RANGE', message: 'The value of "priority" is out of range. It must be an integer. Received 1.5' });
  });

  it("throws Node's ESRCH SystemError for another process", () => {
    for (const [call, syscall] of [[() => os.setPriority(999999, 0), 'uv_os_setpriority'], [() => os.getPriority(999999), 'uv_os_getpriority']] as const) {
      let error: (Error & { code?: string; info?: unknown; errno?: number; syscall?: string }) | undefined;
      try {
        call();
      } catch (e) {
        error = e as typeof error;
      }
      expect(error).to.be.instanceOf(Error);
      expect(error!.name).to.equal('SystemError');
      expect(error!.code).to.equal('ERR_SYSTEM_ERROR');
      expect(error!.message).to.equal(`A system error occurred: ${syscall} returned ESRCH (no such process)`);
      expect(String(error)).to.equal(`SystemError [ERR_SYSTEM_ERROR]: ${error!.message}`);
      expect(error!.info).to.deep.equal({ errno: -3, code: 'ESRCH', message: 'no such process', syscall });
      expect(error!.errno).to.equal(-3);
      expect(error!.syscall).to.equal(syscall);
      expect(Object.keys(error!)).to.deep.equal(['code', 'info', 'errno', 'syscall']);
    }
  });

  it('has the named exports on the default object', () => {
    for (const [name, value] of Object.entries(named)) if (name !== 'default') expect((os as Record<string, unknown>)[name], name).to.equal(value);
  });
});
