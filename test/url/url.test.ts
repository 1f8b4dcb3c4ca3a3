// Unit tests of polynode's url beyond the differential fuzz: the WHATWG classes, file URL
// helpers and their errors, domainTo*, format(URL, options), urlToHttpOptions. Expected
// values were taken from real Node 16.13.1.
import { expect } from 'chai';
import url, * as named from '../../src/url/index.js';
import querystring from '../../src/querystring/index.js';
import punycode from '../../src/punycode/index.js';
import { expectThrowsNodeError } from '../support/node-error.js';

describe('url.URL and url.URLSearchParams', () => {
  it('are the platform classes', () => {
    expect(named.URL).to.equal(globalThis.URL);
    expect(named.URLSearchParams).to.equal(globalThis.URLSearchParams);
    expect(url.URL).to.equal(globalThis.URL);
  });
});

describe('url.Url', () => {
  it('starts with every property null, in Node order', () => {
    const u = new (named.Url as unknown as new () => Record<string, unknown>)();
    expect(Object.keys(u)).to.deep.equal(['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href']);
    expect(Object.values(u).every((v) => v === null)).to.equal(true);
  });
  it('url.parse returns a Url given a Url', () => {
    const u = url.parse('http://a/b');
    expect(u).to.be.instanceOf(named.Url);
    expect(url.parse(u)).to.equal(u);
  });
  it('parse throws ERR_INVALID_ARG_TYPE for a number', () => {
    expectThrowsNodeError(() => url.parse(5 as unknown as string), {
      type: TypeError, code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "url" argument must be of type string. Received type number (5)',
    });
  });
  it('format throws ERR_INVALID_ARG_TYPE for a number', () => {
    expectThrowsNodeError(() => url.format(5), {
      type: TypeError, code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "urlObject" argument must be one of type object or string. Received type number (5)',
    });
  });
  it('parses a full URL as Node does', () => {
    const u = url.parse('https://user:pw@EXAMPLE.com:8080/p/a/t/h?query=string#hash', true);
    expect(u.host).to.equal('example.com:8080');
    expect(u.auth).to.equal('user:pw');
    expect(u.query).to.deep.equal({ query: 'string' });
    expect(u.href).to.equal('https://user:pw@example.com:8080/p/a/t/h?query=string#hash');
  });
});

describe('url.format with a WHATWG URL', () => {
  const u = new URL('https://user:pa ss@xn--tda.com:8080/p/a?q=1#frag');
  it('writes the whole URL by default', () => {
    expect(url.format(u)).to.equal('https://user:pa%20ss@xn--tda.com:8080/p/a?q=1#frag');
  });
  it('honours auth, fragment, search and unicode', () => {
    expect(url.format(u, { auth: false, fragment: false, search: false, unicode: true })).to.equal('https://ü.com:8080/p/a');
    expect(url.format(new URL('foo:bar?x#y'), { search: false })).to.equal('foo:bar#y');
  });
  it('throws ERR_INVALID_ARG_TYPE for non-object options', () => {
    expectThrowsNodeError(() => url.format(u, 5 as never), {
      type: TypeError, code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options" argument must be of type object. Received type number (5)',
    });
  });
});

describe('url.fileURLToPath', () => {
  it('decodes the path of a file URL', () => {
    expect(url.fileURLToPath('file:///a/b%20c')).to.equal('/a/b c');
    expect(url.fileURLToPath('file://localhost/etc')).to.equal('/etc');
  });
  it('throws ERR_INVALID_FILE_URL_PATH for an encoded slash', () => {
    expectThrowsNodeError(() => url.fileURLToPath(new URL('file:///a/%2F')), {
      type: TypeError, code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
    });
  });
  it('throws ERR_INVALID_URL_SCHEME for http:', () => {
    expectThrowsNodeError(() => url.fileURLToPath('http://x/'), {
      type: TypeError, code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
    });
  });
  it('throws ERR_INVALID_URL for an unparsable string, with its input', () => {
    const error = expectThrowsNodeError(() => url.fileURLToPath('nope'), { type: TypeError, code: 'ERR_INVALID_URL', message: 'Invalid URL' });
    expect((error as Error & { input: string }).input).to.equal('nope');
  });
  it('throws ERR_INVALID_ARG_TYPE for a number', () => {
    expectThrowsNodeError(() => url.fileURLToPath(5 as never), {
      type: TypeError, code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
    });
  });
  it('throws ERR_INVALID_FILE_URL_HOST for a host', () => {
    expectThrowsNodeError(() => url.fileURLToPath('file://h/x'), {
      type: TypeError, code: 'ERR_INVALID_FILE_URL_HOST', message: 'File URL host must be "localhost" or empty on linux',
    });
  });
});

describe('url.pathToFileURL', () => {
  it('escapes %, #, ?, backslash, newline and tab and keeps a trailing slash', () => {
    expect(url.pathToFileURL('/a b/%#?\\\n\t/').href).to.equal('file:///a%20b/%25%23%3F%5C%0A%09/');
  });
  it('resolves dots', () => {
    expect(url.pathToFileURL('/x/../y/./z').href).to.equal('file:///y/z');
  });
  it('returns a platform URL', () => {
    expect(url.pathToFileURL('/a')).to.be.instanceOf(URL);
  });
  it('throws ERR_INVALID_ARG_TYPE for null', () => {
    expectThrowsNodeError(() => url.pathToFileURL(null as never), {
      type: TypeError, code: 'ERR_INVALID_ARG_TYPE', message: 'The "path" argument must be of type string. Received null',
    });
  });
});

describe('url.domainToASCII and url.domainToUnicode', () => {
  it('convert valid domains', () => {
    expect(url.domainToASCII('español.com')).to.equal('xn--espaol-zwa.com');
    expect(url.domainToASCII('EXAMPLE.com')).to.equal('example.com');
    expect(url.domainToUnicode('xn--espaol-zwa.com')).to.equal('español.com');
  });
  it("return '' for invalid domains", () => {
    expect(url.domainToASCII('xn--iñvalid.com')).to.equal('');
    expect(url.domainToASCII('a b')).to.equal('');
    expect(url.domainToUnicode('xn--iñvalid.com')).to.equal('');
  });
  it('throw ERR_MISSING_ARGS without an argument', () => {
    expectThrowsNodeError(() => (url.domainToASCII as () => string)(), {
      type: TypeError, code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified',
    });
  });
});

describe('url.urlToHttpOptions', () => {
  it('gives http.request options', () => {
    expect(url.urlToHttpOptions(new URL('https://a%20b:c@[::1]:99/p?q#h'))).to.deep.equal({
      protocol: 'https:', hostname: '::1', hash: '#h', search: '?q', pathname: '/p', path: '/p?q',
      href: 'https://a%20b:c@[::1]:99/p?q#h', port: 99, auth: 'a b:c',
    });
  });
});

describe('querystring', () => {
  it('escape throws ERR_INVALID_URI for a lone surrogate at the end', () => {
    expectThrowsNodeError(() => querystring.escape('\ud800'), { type: URIError, code: 'ERR_INVALID_URI', message: 'URI malformed' });
  });
  it('parse gives a null-prototype object with arrays for repeated keys', () => {
    const parsed = querystring.parse('a=1&a=2&b+c=d');
    expect(Object.getPrototypeOf(parsed)).to.equal(null);
    expect({ ...parsed }).to.deep.equal({ a: ['1', '2'], 'b c': 'd' });
  });
  it('unescapeBuffer returns a Buffer', () => {
    expect(Array.from(querystring.unescapeBuffer('%41%zz'))).to.deep.equal([0x41, 0x25, 0x7a, 0x7a]);
  });
});

describe('punycode', () => {
  it('has version 2.1.0 and does nothing at import', () => {
    expect(punycode.version).to.equal('2.1.0');
  });
  it('throws RangeError with Node messages', () => {
    expect(() => punycode.decode('\u0080-')).to.throw(RangeError, 'Illegal input >= 0x80 (not a basic code point)');
    expect(() => punycode.decode('a-9')).to.throw(RangeError, 'Invalid input');
    expect(() => punycode.decode('99999999999')).to.throw(RangeError, 'Overflow: input needs wider integers to process');
  });
  it('round-trips domains', () => {
    expect(punycode.toASCII('mañana.com')).to.equal('xn--maana-pta.com');
    expect(punycode.toUnicode('xn--maana-pta.com')).to.equal('mañana.com');
  });
});
