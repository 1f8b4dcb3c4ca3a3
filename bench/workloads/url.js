// Workloads for the legacy `url` API (parse, resolve, format). See bench/README.md.
// The inputs are ordinary web URLs on which Node 16, url@0.11 and polynode agree, so every
// column's result can be compared.
import { prng, cached } from './_data.js';

export const modules = ['url'];

const N = 1000;
const HOSTS = ['example.com', 'www.example.org', 'API.Example.NET', 'localhost', '127.0.0.1', 'cdn.host.io', 'sub.domain.co.uk'];
const SCHEMES = ['http://', 'https://', 'https://', 'ftp://', 'http://'];
const WORDS = ['a', 'api', 'v1', 'users', 'images', 'index.html', 'search', 'x%20y', 'docs', '..', '.', 'item-42', 'ü'];
const KEYS = ['q', 'page', 'sort', 'id', 'lang', 'utm_source', 'a b'];

function makeUrl(r) {
  let s = SCHEMES[r.int(0, SCHEMES.length - 1)];
  if (r() < 0.15) s += 'user:pass@';
  s += HOSTS[r.int(0, HOSTS.length - 1)];
  if (r() < 0.3) s += ':' + r.int(1, 65535);
  const depth = r.int(0, 5);
  for (let i = 0; i < depth; i++) s += '/' + WORDS[r.int(0, WORDS.length - 1)];
  if (r() < 0.6) {
    const n = r.int(1, 4);
    for (let i = 0; i < n; i++) s += (i ? '&' : '?') + KEYS[r.int(0, KEYS.length - 1)] + '=' + r.int(0, 99999);
  }
  if (r() < 0.3) s += '#section-' + r.int(0, 9);
  return s;
}

function makeRelative(r) {
  const forms = ['../up/one', './same', 'child/leaf.html', '/abs/path?x=1', '?only=query', '#frag', '//other.host/p', 'mailto:a@b.c', '../../a/b/../c', 'g'];
  return forms[r.int(0, forms.length - 1)];
}

const urls = () => cached('url:urls', () => { const r = prng(31); return Array.from({ length: N }, () => makeUrl(r)); });
const pairs = () => cached('url:pairs', () => { const r = prng(32); return Array.from({ length: N }, () => [makeUrl(r), makeRelative(r)]); });

function describeParsed(u) {
  return `${u.protocol}|${u.auth}|${u.host}|${u.pathname}|${u.search}|${u.hash}|${u.href}`;
}

export default [
  {
    name: 'url.parse',
    title: 'url.parse(s), 1000 web URLs (x1000/call)',
    unit: 'ops/s',
    ops: N,
    setup: (lib) => ({ parse: lib.url.parse, inputs: urls() }),
    run: ({ parse, inputs }) => {
      let out = '';
      for (let i = 0; i < inputs.length; i++) out += describeParsed(parse(inputs[i])) + '\n';
      return out;
    },
  },
  {
    name: 'url.parse.query',
    title: 'url.parse(s, true), 1000 web URLs (x1000/call)',
    unit: 'ops/s',
    ops: N,
    setup: (lib) => ({ parse: lib.url.parse, inputs: urls() }),
    run: ({ parse, inputs }) => {
      let out = '';
      for (let i = 0; i < inputs.length; i++) {
        const u = parse(inputs[i], true);
        out += u.href + JSON.stringify(u.query) + '\n';
      }
      return out;
    },
  },
  {
    name: 'url.resolve',
    title: 'url.resolve(from, to), 1000 pairs (x1000/call)',
    unit: 'ops/s',
    ops: N,
    setup: (lib) => ({ resolve: lib.url.resolve, inputs: pairs() }),
    run: ({ resolve, inputs }) => {
      let out = '';
      for (let i = 0; i < inputs.length; i++) out += resolve(inputs[i][0], inputs[i][1]) + '\n';
      return out;
    },
  },
  {
    name: 'url.format',
    title: 'url.format(urlObject), 1000 parsed web URLs as plain objects (x1000/call)',
    unit: 'ops/s',
    ops: N,
    setup: (lib) => ({
      format: lib.url.format,
      inputs: urls().map((s) => {
        const u = lib.url.parse(s);
        return { protocol: u.protocol, slashes: u.slashes, auth: u.auth, hostname: u.hostname, port: u.port, pathname: u.pathname, search: u.search, hash: u.hash };
      }),
    }),
    run: ({ format, inputs }) => {
      let out = '';
      for (let i = 0; i < inputs.length; i++) out += format(inputs[i]) + '\n';
      return out;
    },
  },
];
