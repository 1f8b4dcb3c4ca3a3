import { expect } from 'chai';
import tty, { isatty, ReadStream, WriteStream } from '../../src/tty/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

describe('tty', () => {
  it('isatty is false for every descriptor', () => {
    expect([isatty(0), isatty(1), isatty(2), isatty('a'), isatty(-1)]).to.deep.equal([false, false, false, false, false]);
    expect(tty.isatty).to.equal(isatty);
  });

  it("throws Node's ERR_TTY_INIT_FAILED when constructing a stream", () => {
    for (const make of [() => new ReadStream(0), () => new WriteStream(1), () => new WriteStream(99), () => (ReadStream as unknown as (fd: number) => unknown)(99)]) {
      let error: (Error & { info?: unknown; errno?: number; syscall?: string; code?: string }) | undefined;
      try {
        make();
      } catch (e) {
        error = e as typeof error;
      }
      expect(error).to.be.instanceOf(Error);
      expect(error!.name).to.equal('SystemError');
      expect(error!.code).to.equal('ERR_TTY_INIT_FAILED');
      expect(String(error)).to.equal('SystemError [ERR_TTY_INIT_FAILED]: TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
      expect(error!.info).to.deep.equal({ errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
      expect([error!.errno, error!.syscall]).to.deep.equal([-22, 'uv_tty_init']);
      expect(Object.keys(error!)).to.deep.equal(['code', 'info', 'errno', 'syscall']);
    }
  });

  it('throws ERR_INVALID_FD for a bad descriptor', () => {
    expectThrowsNodeError(() => new ReadStream('a' as never), { type: RangeError, code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: a' });
    expectThrowsNodeError(() => new WriteStream(-1), { type: RangeError, code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: -1' });
  });
});
