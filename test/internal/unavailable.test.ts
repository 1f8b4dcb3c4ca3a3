import { expect } from 'chai';
import {
  kStub,
  notImplemented,
  notImplementedClass,
  stubInfo,
  stubObject,
  unavailable,
  unavailableClass,
} from '../../src/internal/unavailable.js';
import { expectThrowsNodeError } from '../support/node-error.js';

describe('internal/unavailable', () => {
  it('notImplemented() makes a function that throws ERR_METHOD_NOT_IMPLEMENTED naming the API', () => {
    const readFile = notImplemented('fs.readFile');
    expect(readFile.name).to.equal('readFile');
    expectThrowsNodeError(() => readFile('/x'), {
      type: Error,
      code: 'ERR_METHOD_NOT_IMPLEMENTED',
      message: 'The fs.readFile method is not implemented',
    });
  });

  it('unavailable() makes a function that throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM naming the API', () => {
    const createServer = unavailable('net.createServer');
    expectThrowsNodeError(() => createServer(), {
      type: TypeError,
      code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      message: 'The feature net.createServer is unavailable on the current platform, which is being used to run Node.js',
    });
  });

  it('class stubs throw when constructed and keep the class name', () => {
    const Server = unavailableClass('net.Server');
    const Stats = notImplementedClass('fs.Stats');
    expect(Server.name).to.equal('Server');
    expect(Stats.name).to.equal('Stats');
    expectThrowsNodeError(() => new (Server as unknown as new () => object)(), {
      type: TypeError,
      code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      message: /^The feature net\.Server is unavailable/,
    });
    expectThrowsNodeError(() => new (Stats as unknown as new () => object)(), {
      type: Error,
      code: 'ERR_METHOD_NOT_IMPLEMENTED',
      message: 'The fs.Stats method is not implemented',
    });
  });

  it('every stub carries a marker that stubInfo() reads, hidden from enumeration', () => {
    const fn = notImplemented('fs.watch');
    const obj = stubObject('http.globalAgent', 'unavailable');
    expect(stubInfo(fn)).to.deep.equal({ api: 'fs.watch', reason: 'not-implemented' });
    expect(stubInfo(obj)).to.deep.equal({ api: 'http.globalAgent', reason: 'unavailable' });
    expect(Object.keys(obj)).to.deep.equal([]);
    expect(kStub).to.equal(Symbol.for('polynode.stub'));
  });

  it('stubInfo() is undefined for real values', () => {
    for (const value of [() => 1, class {}, {}, [], null, undefined, 0, 'x', Symbol('s')]) {
      expect(stubInfo(value)).to.equal(undefined);
    }
  });

  it('a stub object stays writable (code sets properties on process.env-like objects)', () => {
    const env = stubObject('process.env', 'not-implemented');
    env.NODE_ENV = 'test';
    expect(env.NODE_ENV).to.equal('test');
  });
});
