// Unit tests of `path`, `path/posix` and `path/win32`: the object identities Node has on
// Linux, the errors, and the examples of Node's documentation (results taken from real
// Node 16.13.1). The random cases are in differential.test.ts.
import { expect } from 'chai';
import path, * as pathNs from '../../src/path/index.js';
import posixDefault, * as posixNs from '../../src/path/posix/index.js';
import win32Default, * as win32Ns from '../../src/path/win32/index.js';
import { cwd } from '../../src/process/index.js';
import { stubInfo } from '../../src/internal/unavailable.js';
import { expectThrowsNodeError } from '../support/node-error.js';

const FUNCTIONS = [
  'resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', '_makeLong',
  'dirname', 'basename', 'extname', 'format', 'parse',
] as const;

describe('path: the module objects', () => {
  it('the default export of path is path.posix, as in Node on Linux', () => {
    expect(path).to.equal(path.posix);
    expect(path).to.equal(pathNs.posix);
    expect(posixDefault).to.equal(path.posix);
  });

  it('path.posix.win32 === path.win32 and path.win32.posix === path.posix', () => {
    expect(path.posix.win32).to.equal(path.win32);
    expect(path.win32.posix).to.equal(path.posix);
    expect(path.win32.win32).to.equal(path.win32);
    expect(path.posix.posix).to.equal(path.posix);
    expect(win32Default).to.equal(path.win32);
    expect(posixNs.win32).to.equal(win32Default);
    expect(win32Ns.posix).to.equal(posixDefault);
  });

  it('every named export is the member of its default export', () => {
    for (const [ns, object] of [[pathNs, path], [posixNs, posixDefault], [win32Ns, win32Default]] as const) {
      for (const name of FUNCTIONS) {
        expect(ns[name], name).to.be.a('function');
        expect(ns[name], name).to.equal(object[name]);
      }
      expect(ns.sep).to.equal(object.sep);
      expect(ns.delimiter).to.equal(object.delimiter);
    }
  });

  it("has Node's separators and delimiters", () => {
    expect([path.sep, path.delimiter]).to.deep.equal(['/', ':']);
    expect([path.win32.sep, path.win32.delimiter]).to.deep.equal(['\\', ';']);
  });

  it('_makeLong is toNamespacedPath', () => {
    expect(path._makeLong).to.equal(path.toNamespacedPath);
    expect(path.win32._makeLong).to.equal(path.win32.toNamespacedPath);
  });

  it('the win32 and posix functions are different', () => {
    expect(path.win32.join).not.to.equal(path.posix.join);
  });
});

describe('path: errors', () => {
  const notString = (name: string, received: string) => ({
    type: TypeError,
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "${name}" argument must be of type string. ${received}`,
  });

  it('throws ERR_INVALID_ARG_TYPE for a path that is not a string', () => {
    for (const p of [path.posix, path.win32]) {
      expectThrowsNodeError(() => p.join('a', 1 as never), notString('path', 'Received type number (1)'));
      expectThrowsNodeError(() => p.normalize(null as never), notString('path', 'Received null'));
      expectThrowsNodeError(() => p.dirname(undefined as never), notString('path', 'Received undefined'));
      expectThrowsNodeError(() => p.basename({} as never), notString('path', 'Received an instance of Object'));
      expectThrowsNodeError(() => p.extname(true as never), notString('path', 'Received type boolean (true)'));
      expectThrowsNodeError(() => p.parse(['a'] as never), notString('path', 'Received an instance of Array'));
      expectThrowsNodeError(() => p.isAbsolute(1n as never), notString('path', 'Received type bigint (1n)'));
      expectThrowsNodeError(() => p.resolve('a', 1 as never), notString('path', 'Received type number (1)'));
    }
  });

  it('names the from, to and ext arguments', () => {
    expectThrowsNodeError(() => path.relative(1 as never, 'a'), notString('from', 'Received type number (1)'));
    expectThrowsNodeError(() => path.win32.relative('a', 2 as never), notString('to', 'Received type number (2)'));
    expectThrowsNodeError(() => path.basename('a', 2 as never), notString('ext', 'Received type number (2)'));
  });

  it('resolve stops at the first absolute path from the right, unvalidated arguments left of it', () => {
    expect(path.resolve(1 as never, '/a')).to.equal('/a');
    expect(path.win32.resolve(1 as never, 'C:\\a')).to.equal('C:\\a');
  });

  it('toNamespacedPath returns a non-string unchanged', () => {
    expect(path.toNamespacedPath(1 as never)).to.equal(1);
    expect(path.win32.toNamespacedPath(1 as never)).to.equal(1);
  });

  it('format throws ERR_INVALID_ARG_TYPE for a value that is not an object', () => {
    const notObject = (received: string) => ({
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "pathObject" argument must be of type object. ${received}`,
    });
    expectThrowsNodeError(() => path.format(null as never), notObject('Received null'));
    expectThrowsNodeError(() => path.format('a' as never), notObject("Received type string ('a')"));
    expectThrowsNodeError(() => path.win32.format(['a'] as never), notObject('Received an instance of Array'));
  });
});

describe('path: documented examples', () => {
  it('basename', () => {
    expect(path.posix.basename('/foo/bar/baz/asdf/quux.html')).to.equal('quux.html');
    expect(path.posix.basename('/foo/bar/baz/asdf/quux.html', '.html')).to.equal('quux');
    expect(path.win32.basename('C:\\foo.html', '.html')).to.equal('foo');
    expect(path.win32.basename('C:\\foo.HTML', '.html')).to.equal('foo.HTML');
  });

  it('dirname and extname', () => {
    expect(path.dirname('/foo/bar/baz/asdf/quux')).to.equal('/foo/bar/baz/asdf');
    expect(path.extname('index.coffee.md')).to.equal('.md');
    expect(path.extname('.index.md')).to.equal('.md');
    expect(path.extname('.index')).to.equal('');
  });

  it('format', () => {
    expect(path.posix.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' })).to.equal('/home/user/dir/file.txt');
    expect(path.win32.format({ dir: 'C:\\path\\dir', base: 'file.txt' })).to.equal('C:\\path\\dir\\file.txt');
    expect(path.format({ root: '/', name: 'file', ext: '.txt' })).to.equal('/file.txt');
  });

  it('join and normalize', () => {
    expect(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..')).to.equal('/foo/bar/baz/asdf');
    expect(path.join()).to.equal('.');
    expect(path.normalize('/foo/bar//baz/asdf/quux/..')).to.equal('/foo/bar/baz/asdf');
    expect(path.win32.normalize('C:////temp\\\\/\\/\\/foo/bar')).to.equal('C:\\temp\\foo\\bar');
    expect(path.win32.normalize('C:\\temp\\\\foo\\bar\\..\\')).to.equal('C:\\temp\\foo\\');
    expect(path.win32.join('//server', 'share', 'x')).to.equal('\\\\server\\share\\x');
  });

  it('parse', () => {
    expect(path.parse('/home/user/dir/file.txt')).to.deep.equal({ root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' });
    expect(path.win32.parse('C:\\path\\dir\\file.txt')).to.deep.equal({ root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt', ext: '.txt', name: 'file' });
    expect(Object.keys(path.parse('a'))).to.deep.equal(['root', 'dir', 'base', 'ext', 'name']);
  });

  it('relative', () => {
    expect(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb')).to.equal('../../impl/bbb');
    expect(path.win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb')).to.equal('..\\..\\impl\\bbb');
  });

  it('resolve with absolute segments', () => {
    expect(path.resolve('/foo/bar', './baz')).to.equal('/foo/bar/baz');
    expect(path.resolve('/foo/bar', '/tmp/file/')).to.equal('/tmp/file');
    expect(path.win32.resolve('C:\\a', 'D:\\b', 'c')).to.equal('D:\\b\\c');
    expect(path.win32.resolve('C:\\a', 'c:b')).to.equal('c:\\a\\b');
  });

  it('isAbsolute and toNamespacedPath', () => {
    expect(path.win32.isAbsolute('//server')).to.equal(true);
    expect(path.win32.isAbsolute('C:foo')).to.equal(false);
    expect(path.isAbsolute('C:\\foo')).to.equal(false);
    expect(path.win32.toNamespacedPath('C:\\a')).to.equal('\\\\?\\C:\\a');
    expect(path.win32.toNamespacedPath('\\\\server\\share\\f')).to.equal('\\\\?\\UNC\\server\\share\\f');
    expect(path.toNamespacedPath('/a')).to.equal('/a');
  });

  it("resolve starts from polynode's process.cwd(), or from '/' while that is a stub (Browser)", () => {
    const dir = stubInfo(cwd) === undefined ? (cwd as () => string)() : '/';
    expect(path.resolve()).to.equal(path.normalize(dir).replace(/(.)\/$/, '$1'));
    expect(path.resolve('a')).to.equal(path.join(dir, 'a'));
    if (dir === '/') {
      expect(path.win32.resolve('a')).to.equal('\\a');
      expect(path.win32.resolve('C:a')).to.equal('C:\\a');
    }
  });
});
