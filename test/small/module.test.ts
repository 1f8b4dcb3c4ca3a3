import { expect } from 'chai';
import moduleDefault, { Module, builtinModules, createRequire, _resolveFilename, _nodeModulePaths, _load } from '../../src/module/index.js';
import bufferModule from '../../src/buffer/index.js';
import eventsModule from '../../src/events/index.js';
import osModule from '../../src/os/index.js';
import { MODULES } from '../../src/modules.js';
import { expectThrowsNodeError } from '../support/node-error.js';

describe('module.createRequire', () => {
  const require = createRequire(import.meta.url);

  it("resolves 'buffer' to polynode's buffer module object", () => {
    expect(require('buffer')).to.equal(bufferModule);
    expect(require('node:buffer')).to.equal(bufferModule);
  });

  it('resolves every module id of the registry, with and without node:, synchronously', () => {
    for (const { id } of MODULES) {
      const value = require(id);
      expect(value, id).to.not.equal(undefined);
      expect(require(`node:${id}`), id).to.equal(value);
    }
    expect(require('events')).to.equal(eventsModule);
    expect(require('os')).to.equal(osModule);
    expect(require('module')).to.equal(moduleDefault);
  });

  it('require.resolve returns builtin ids as they are', () => {
    expect(require.resolve('buffer')).to.equal('buffer');
    expect(require.resolve('node:buffer')).to.equal('node:buffer');
    expect(require.resolve.paths('buffer')).to.equal(null);
  });

  it("throws Node's MODULE_NOT_FOUND error for an unknown id, with the require stack", () => {
    const r = createRequire('file:///a/b.js');
    let error: (Error & { code?: string; requireStack?: string[] }) | undefined;
    try {
      r('xx');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error).to.be.instanceOf(Error);
    expect(error!.message).to.equal("Cannot find module 'xx'\nRequire stack:\n- /a/b.js");
    expect(error!.code).to.equal('MODULE_NOT_FOUND');
    expect(error!.requireStack).to.deep.equal(['/a/b.js']);
    expect(Object.keys(error!)).to.deep.equal(['code', 'requireStack']);
    expect(String(error)).to.equal("Error: Cannot find module 'xx'\nRequire stack:\n- /a/b.js");
    expect(() => r.resolve('./x')).to.throw("Cannot find module './x'");
  });

  it('uses the page URL in the require stack when given an http(s) URL', () => {
    const r = createRequire('http://localhost/a/b.js');
    expect(() => r('zz')).to.throw("Cannot find module 'zz'\nRequire stack:\n- http://localhost/a/b.js");
  });

  it('throws ERR_UNKNOWN_BUILTIN_MODULE for an unknown node: id', () => {
    expectThrowsNodeError(() => require('node:xx'), { type: Error, code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: 'No such built-in module: node:xx' });
  });

  it('decodes file URLs and appends noop.js to a folder', () => {
    try {
      createRequire(new URL('file:///a/b%20c.js'))('zz');
    } catch (e) {
      expect((e as { requireStack: string[] }).requireStack).to.deep.equal(['/a/b c.js']);
    }
    try {
      createRequire('/a/b/')('zz');
    } catch (e) {
      expect((e as { requireStack: string[] }).requireStack).to.deep.equal(['/a/b/noop.js']);
    }
  });

  it("validates its argument and the id like Node", () => {
    const reason = "The argument 'filename' must be a file URL object, file URL string, or absolute path string.";
    expectThrowsNodeError(() => createRequire(5 as never), { type: TypeError, code: 'ERR_INVALID_ARG_VALUE', message: `${reason} Received 5` });
    expectThrowsNodeError(() => createRequire('rel'), { type: TypeError, code: 'ERR_INVALID_ARG_VALUE', message: `${reason} Received 'rel'` });
    expectThrowsNodeError(() => require(5 as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "id" argument must be of type string. Received type number (5)' });
    expectThrowsNodeError(() => require(''), { type: TypeError, code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'id' must be a non-empty string. Received ''" });
    expectThrowsNodeError(() => require.resolve(5 as never), { type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "request" argument must be of type string. Received type number (5)' });
  });

  it("has Node's keys", () => {
    expect(Object.keys(require)).to.deep.equal(['resolve', 'main', 'extensions', 'cache']);
  });
});

describe('module.Module', () => {
  it("makes records of Node's shape", () => {
    const m = new Module('id');
    expect(Object.keys(m)).to.deep.equal(['id', 'path', 'exports', 'filename', 'loaded', 'children']);
    expect(m.path).to.equal('.');
    expect(m.require('util')).to.equal(createRequire('/x.js')('util'));
  });

  it('is the default export and carries the statics', () => {
    expect(moduleDefault).to.equal(Module);
    const M = moduleDefault as unknown as Record<string, unknown>;
    expect(M.builtinModules).to.equal(builtinModules);
    expect((M.wrap as (s: string) => string)('x')).to.equal('(function (exports, require, module, __filename, __dirname) { x\n});');
    expect(M.isBuiltin).to.equal(undefined);
  });

  it('_resolveFilename, _load and _nodeModulePaths behave as in Node 16', () => {
    expect(_resolveFilename('buffer')).to.equal('buffer');
    expect(_resolveFilename('node:xx')).to.equal('node:xx');
    expect(() => _resolveFilename('xx')).to.throw("Cannot find module 'xx'");
    expect(_load('buffer')).to.equal(bufferModule);
    expect(_nodeModulePaths('/a/b')).to.deep.equal(['/a/b/node_modules', '/a/node_modules', '/node_modules']);
    expect(_nodeModulePaths('/')).to.deep.equal(['/node_modules']);
  });

  it("lists Node 16's builtin modules", () => {
    expect(builtinModules).to.have.length(65);
    expect(builtinModules).to.include('assert/strict');
  });
});
