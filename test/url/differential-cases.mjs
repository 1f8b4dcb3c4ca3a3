// The differential properties of `url` (legacy API), `querystring` and `punycode`: random
// inputs drawn by fast-check from a fixed seed, run through a module's public API. Real
// Node 16.13.1 runs them in scripts/golden/url.mjs and records a hash of every outcome in
// test/golden/node16-url.json; test/url/differential.test.ts draws the same inputs, runs
// them through polynode and compares outcome by outcome.
//
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
// Host names keep to characters every engine's IDNA maps the same way as Node 16's ICU
// (see the note in src/url/index.ts).
import { outcome, hash } from '../buffer/differential-cases.mjs';

export { hash };
export const SEED = 0x0c1a55;

const LEAD_WS = ['', '', '', ' ', '\t', '\n', '\u00a0', '\ufeff', '  \r\n'];
const SCHEMES = [
  '', '', 'http:', 'http:', 'HTTP:', 'https:', 'ftp:', 'file:', 'FILE:', 'javascript:', 'JavaScript:', 'mailto:', 'ws:',
  'wss:', 'gopher:', 'foo:', 'a+b.c-d:', 'xmpp:', '1:', 'git+ssh:', 'http', 'c:', 'ht tp:', 'h_t:', 'file', 'javascript',
];
const SLASHES = ['', '//', '//', '//', '/', '///', '\\\\', '/\\', '\\', '////'];
const AUTHS = [
  '', '', '', 'user@', 'user:pass@', 'a@b@', 'us%40er:p%3Ass@', ':@', '@', 'u%zz@', '\u00fc@', 'a b@', 'x:y:z@', 'a/b@',
  'A%20B@', 'u\\v@', '%F0%9F%92%A9@',
];
const HOSTS = [
  '', 'example.com', 'example.com', 'EXAMPLE.COM', 'a.b.c', '127.0.0.1', '[::1]', '[2001:DB8::1]', '[::1', '::1]', 'a_b',
  'a+b', 'ex ample.com', 'a%b', 'a<b', 'b\u00fccher.de', 'M\u00dcNCHEN.de', '\u65e5\u672c.jp', '\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444',
  'xn--nxasmq6b.com', 'xn--zz', 'xn--', 'xn--a-', 'a\u3002b', 'fa\u00df.de', 'a\u00a0b', 'x'.repeat(260), '..', 'a..b',
  "a'b", 'a|b', 'a{b', 'a;b', 'a^b', 'localhost', 'a.b-c.d', '-a.b', 'a\tb', 'a"b', 'a`b', 'a}b', 'www.\u00e9cole.fr',
  '[a b]', '[v1.x]', 'a\\b', 'h\u00e9h\u00e9',
];
const PORTS = ['', '', '', ':', ':80', ':8080', ':0', ':65536', ':abc', ':-1', ':8a', '::', ':1:2'];
const SEGMENTS = [
  '/', '/', '/', 'a', 'b', '..', '.', '%2e%2E', '%zz', '%41', 'a b', '\\', '\\\\', '%20', '\u00fc', '@', ':', ';x', '"',
  '<>', '{}', '|', '^', '`', "'", '\t', '\x01', '\x7f', '~', '*', 'index.html', '%', '%2f', '\u2028', '\ud83d\ude00',
];
const QUERIES = [
  '', '', '', '?', '?a=1', '?a=1&b=2&a=3', '?q=a b', '?x=%zz+y', '??', '?a\\b', '?\u00fc=1', '?a=%E4', '?a+b=c+d',
  '?=&=', '?a[]=1&a[]=2', '?x=<y>', "?'\"",
];
const HASHES = ['', '', '', '#', '#frag', '#a b', '#x?y', '##', '#\\', '#\u00fc', '#a"b', '#%zz'];
const TRAIL_WS = ['', '', '', ' ', '\r\n', '\u00a0 ', '\ufeff', '\t'];
const URL_CHARS = [
  ...'abcAZ09:/?#@[]%.-+_~!$&\'()*,;=\\ \t\n"<>^`{|}', '\u00a0', '\ufeff', '\u00fc', '\x00', '\x1f', '\u3002',
  'http:', '//', 'javascript:', 'xn--', '%2', '%41',
];

const RELATIVES = [
  '', '.', './', '..', '../', '../..', '../../..', '/x', '/x/../y', '//host/p', '//h', '//', 'a/b', 'a/./b/../c', '?q',
  '?', '#h', '#', 'http://other/', 'http:', 'http:x', 'https:y', 'mailto:x@y', 'file:///z', 'file:z', './c/../d', 'g;x',
  '../../../g', 'javascript:alert(1)', '\\x\\y', '?a#b', 'x?y#z', '//u@h:1/p?q#f', 'HTTP://A.COM', 'foo:bar', 'foo://h/x',
  '.', 'g.', '.g', '..g', 'g/', '/./g', '/../g', 'a@b', 'local2@domain2',
];

/** The arbitraries, built from the caller's fast-check (one copy of fast-check per bundle). */
function arbitraries(fc) {
  const pick = (list) => fc.constantFrom(...list);
  const pieces = fc
    .tuple(
      pick(LEAD_WS), pick(SCHEMES), pick(SLASHES), pick(AUTHS), pick(HOSTS), pick(PORTS),
      fc.array(pick(SEGMENTS), { maxLength: 6 }), pick(QUERIES), pick(HASHES), pick(TRAIL_WS),
    )
    .map(([lead, scheme, slashes, auth, host, port, segments, query, hashPart, trail]) =>
      lead + scheme + slashes + auth + host + port + segments.join('') + query + hashPart + trail);
  const noise = fc.array(pick(URL_CHARS), { maxLength: 30 }).map((parts) => parts.join(''));
  const mutated = fc.tuple(pieces, fc.nat(), pick(URL_CHARS)).map(([s, at, c]) => {
    const i = at % (s.length + 1);
    return s.slice(0, i) + c + s.slice(i);
  });
  const url = fc.oneof({ weight: 6, arbitrary: pieces }, { weight: 2, arbitrary: mutated }, { weight: 1, arbitrary: noise });
  const relative = fc.oneof({ weight: 3, arbitrary: pick(RELATIVES) }, { weight: 2, arbitrary: url });

  // querystring inputs
  const QS_CHARS = [
    ...'abcXYZ019&=+%;,:. -_~*', '%20', '%41', '%E4', '%zz', '%C3%BC', '%F0%9F', '\u00fc', '\ud83d\ude00', '\ud800', '&&',
    '==', '%2', '%%', '%25', '\u20ac', '\x00',
  ];
  const qsString = fc.array(pick(QS_CHARS), { maxLength: 30 }).map((p) => p.join(''));
  const sep = pick([undefined, undefined, undefined, '&', ';', '&&', 'ab', ',', '', null, 0, '&;']);
  const eq = pick([undefined, undefined, undefined, '=', ':', '==', '=>', '', null, 'ab']);
  const parseOptions = pick([undefined, undefined, 'max0', 'max1', 'max2', 'max-1', 'max1.5', 'upper', 'throws', 'maxstr']);
  const value = fc.oneof(
    { weight: 4, arbitrary: qsString },
    { weight: 2, arbitrary: pick([0, -0, 1.5, -7, NaN, Infinity, -Infinity, 1e21, -1e21, 1e-7, 2 ** 53, 12345678901234567890n, true, false, null, undefined, {}, [], 'x']) },
  );
  const qsValue = fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.array(value, { maxLength: 3 }) });
  const qsObject = fc.array(fc.tuple(qsString, qsValue), { maxLength: 5 });
  const stringifyOptions = pick([undefined, undefined, 'upper', 'identity']);

  // legacy Url-shaped objects for url.format
  const maybe = (list) => fc.option(pick(list), { nil: undefined, freq: 2 });
  const urlObject = fc.record({
    protocol: maybe(['http', 'http:', 'https:', 'file', 'file:', 'mailto:', 'foo', 'javascript:', '', null, 'FILE:', 'fileX']),
    slashes: maybe([true, false, null, 1]),
    auth: maybe(['user', 'user:pass', 'a@b', 'a b', '\u00fc:\u00e9', '', null, "!*'():", '\ud800']),
    host: maybe(['example.com', 'example.com:8080', '', null, '[::1]:80', 'a b']),
    hostname: maybe(['example.com', '::1', '[::1]', 'h\u00e9', '', null, 'a:b']),
    port: maybe(['80', 8080, '', null, 0]),
    pathname: maybe(['/a/b', 'a/b', '/a?b#c', '', null, '/x y', '??##', 'p']),
    search: maybe(['?q=1', 'q=1', '?a#b', '', null, '?']),
    query: fc.option(fc.oneof(pick(['a=1', '', 'x#y']), qsObject.map((entries) => Object.fromEntries(entries))), { nil: undefined, freq: 2 }),
    hash: maybe(['#f', 'f', '', null, '#a#b']),
  }, { requiredKeys: [] });

  // punycode inputs
  const UNI = ['a', 'b', 'Z', '-', '.', '\u00fc', '\u00e9', '\u00df', '\u65e5', '\u672c', '\u043f', '\ud83d\ude00', '\ud800', '\udc00', '\u3002', '@', '1', 'xn--', '\uffff', '\u0080'];
  const uniString = fc.oneof(
    fc.array(pick(UNI), { maxLength: 12 }).map((p) => p.join('')),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 10 }).map((c) => String.fromCharCode(...c)),
  );
  const PUNY = [...'abcdefghijklmnopqrstuvwxyz0123456789-', 'A', 'Z', '_', '.', '!', '\u00fc', '9999', 'zzzz', '\x00', ' '];
  const punyString = fc.array(pick(PUNY), { maxLength: 14 }).map((p) => p.join(''));
  return { url, relative, qsString, sep, eq, parseOptions, qsObject, stringifyOptions, urlObject, uniString, punyString };
}

function parseOptionsFor(name) {
  switch (name) {
    case 'max0': return { maxKeys: 0 };
    case 'max1': return { maxKeys: 1 };
    case 'max2': return { maxKeys: 2 };
    case 'max-1': return { maxKeys: -1 };
    case 'max1.5': return { maxKeys: 1.5 };
    case 'maxstr': return { maxKeys: '1' };
    case 'upper': return { decodeURIComponent: (s) => s.toUpperCase() };
    case 'throws': return { decodeURIComponent: () => { throw new Error('no'); } };
    default: return undefined;
  }
}

function stringifyOptionsFor(name) {
  switch (name) {
    case 'upper': return { encodeURIComponent: (s) => `<${String(s).toUpperCase()}>` };
    case 'identity': return { encodeURIComponent: (s) => s };
    default: return undefined;
  }
}

/** A parsed query: its prototype (null or not) and its entries. */
function showQuery(obj) {
  return `${Object.getPrototypeOf(obj) === null ? 'null' : 'proto'}:${JSON.stringify(obj)}`;
}

/** A legacy Url: its own keys in order with their values, the query's prototype, its class. */
function showUrl(u) {
  if (typeof u !== 'object' || u === null) return `not-object:${typeof u}`;
  const q = u.query;
  const qshape = q && typeof q === 'object' ? (Object.getPrototypeOf(q) === null ? 'nullq' : 'protoq') : 'q';
  return `${u.constructor && u.constructor.name}|${qshape}|${JSON.stringify(u)}`;
}

/** Punycode errors: the library's own messages count; the engine's (String.fromCodePoint) only by class. */
function punyOutcome(fn) {
  try {
    return `R:${JSON.stringify(fn())}`;
  } catch (error) {
    const known = /^(Overflow|Illegal input|Invalid input)/.test(error.message);
    return `E:${error.name}${known ? ':' + error.message : ''}`;
  }
}

function toObject(entries) {
  const obj = {};
  for (const [k, v] of entries) obj[k] = v;
  return obj;
}

/**
 * The properties. Each: `name`, `arbitrary(fc)` and `run(lib, input)` returning the outcome
 * string, where `lib` is `{ url, querystring, punycode }`.
 */
export const PROPERTIES = [
  {
    name: 'url.parse(s)',
    arbitrary: (fc) => arbitraries(fc).url,
    run: ({ url }, s) => outcome(() => showUrl(url.parse(s))),
  },
  {
    name: 'url.parse(s, true)',
    arbitrary: (fc) => arbitraries(fc).url,
    run: ({ url }, s) => outcome(() => showUrl(url.parse(s, true))),
  },
  {
    name: 'url.parse(s, false, true) and (s, true, true)',
    arbitrary: (fc) => arbitraries(fc).url,
    run: ({ url }, s) => `${outcome(() => showUrl(url.parse(s, false, true)))}|${outcome(() => showUrl(url.parse(s, true, true)))}`,
  },
  {
    name: 'url.format(string) and url.format(url.parse(string))',
    arbitrary: (fc) => arbitraries(fc).url,
    run: ({ url }, s) => `${outcome(() => url.format(s))}|${outcome(() => url.format(url.parse(s, true)))}`,
  },
  {
    name: 'url.format(object)',
    arbitrary: (fc) => arbitraries(fc).urlObject,
    run: ({ url }, o) => outcome(() => url.format(o)),
  },
  {
    name: 'url.resolve(from, to) and url.resolveObject(from, to)',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      return fc.tuple(a.url, a.relative);
    },
    run: ({ url }, [from, to]) => `${outcome(() => url.resolve(from, to))}|${outcome(() => showUrl(url.resolveObject(from, to)))}`,
  },
  {
    name: 'querystring.parse(s, sep, eq, options)',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      return fc.tuple(a.qsString, a.sep, a.eq, a.parseOptions);
    },
    run: ({ querystring }, [s, sep, eq, options]) => outcome(() => showQuery(querystring.parse(s, sep, eq, parseOptionsFor(options)))),
  },
  {
    name: 'querystring.stringify(obj, sep, eq, options)',
    arbitrary: (fc) => {
      const a = arbitraries(fc);
      return fc.tuple(a.qsObject, a.sep, a.eq, a.stringifyOptions);
    },
    run: ({ querystring }, [entries, sep, eq, options]) =>
      outcome(() => querystring.stringify(toObject(entries), sep, eq, stringifyOptionsFor(options))),
  },
  {
    name: 'querystring.unescape, unescapeBuffer and escape',
    arbitrary: (fc) => arbitraries(fc).qsString,
    run: ({ querystring }, s) =>
      `${outcome(() => querystring.unescape(s))}|${outcome(() => querystring.unescapeBuffer(s, true))}|${outcome(() => querystring.unescapeBuffer(s))}|${outcome(() => querystring.escape(s))}`,
  },
  {
    name: 'querystring round trip: parse(stringify(obj))',
    arbitrary: (fc) => arbitraries(fc).qsObject,
    run: ({ querystring }, entries) => outcome(() => showQuery(querystring.parse(querystring.stringify(toObject(entries))))),
  },
  {
    name: 'punycode.encode/decode and ucs2 round trips',
    arbitrary: (fc) => arbitraries(fc).uniString,
    run: ({ punycode }, s) =>
      `${punyOutcome(() => punycode.encode(s))}|${punyOutcome(() => punycode.decode(punycode.encode(s)))}|${punyOutcome(() => punycode.ucs2.encode(punycode.ucs2.decode(s)))}|${punyOutcome(() => punycode.ucs2.decode(s))}`,
  },
  {
    name: 'punycode.decode of arbitrary ASCII',
    arbitrary: (fc) => arbitraries(fc).punyString,
    run: ({ punycode }, s) => `${punyOutcome(() => punycode.decode(s))}|${punyOutcome(() => punycode.toUnicode('xn--' + s + '.com'))}`,
  },
  {
    name: 'punycode.toASCII/toUnicode',
    arbitrary: (fc) => arbitraries(fc).uniString,
    run: ({ punycode }, s) =>
      `${punyOutcome(() => punycode.toASCII(s))}|${punyOutcome(() => punycode.toUnicode(s))}|${punyOutcome(() => punycode.toUnicode(punycode.toASCII(s)))}`,
  },
];
