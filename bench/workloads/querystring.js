// Workloads for `querystring` (parse, stringify). See bench/README.md.
import { prng, cached } from './_data.js';

export const modules = ['querystring'];

const N = 1000;
const KEYS = ['q', 'page', 'sort', 'id', 'lang', 'utm_source', 'filter[]', 'a b', 'caf\u00e9'];
const VALUES = ['1', 'hello', 'hello world', 'a&b', '100%', 'x=y', '\u00fcber', '\u65e5\u672c', '', 'asc', 'some-longer-value_with.chars~'];

function makeObject(r) {
  const obj = {};
  const n = r.int(1, 8);
  for (let i = 0; i < n; i++) {
    const key = KEYS[r.int(0, KEYS.length - 1)] + (r() < 0.5 ? String(i) : '');
    obj[key] = r() < 0.15 ? [VALUES[r.int(0, VALUES.length - 1)], VALUES[r.int(0, VALUES.length - 1)]] : VALUES[r.int(0, VALUES.length - 1)];
  }
  return obj;
}

const objects = () => cached('qs:objects', () => { const r = prng(41); return Array.from({ length: N }, () => makeObject(r)); });
// Query strings as browsers send them: '+' for spaces, percent-encoded UTF-8, repeated keys.
const strings = () => cached('qs:strings', () => {
  const r = prng(42);
  return objects().map((o) => Object.keys(o).map((k) => {
    const enc = (s) => encodeURIComponent(s).replace(/%20/g, r() < 0.5 ? '+' : '%20');
    const v = o[k];
    return Array.isArray(v) ? v.map((x) => `${enc(k)}=${enc(x)}`).join('&') : `${enc(k)}=${enc(v)}`;
  }).join('&'));
});

export default [
  {
    name: 'querystring.parse',
    title: 'querystring.parse(s), 1000 query strings (x1000/call)',
    unit: 'ops/s',
    ops: N,
    setup: (lib) => ({ parse: lib.querystring.parse, inputs: strings() }),
    run: ({ parse, inputs }) => {
      let out = '';
      for (let i = 0; i < inputs.length; i++) {
        const obj = parse(inputs[i]);
        for (const key in obj) out += key + '=' + obj[key] + ';';
        out += '\n';
      }
      return out;
    },
  },
  {
    name: 'querystring.stringify',
    title: 'querystring.stringify(obj), 1000 objects (x1000/call)',
    unit: 'ops/s',
    ops: N,
    setup: (lib) => ({ stringify: lib.querystring.stringify, inputs: objects() }),
    run: ({ stringify, inputs }) => {
      let out = '';
      for (let i = 0; i < inputs.length; i++) out += stringify(inputs[i]) + '\n';
      return out;
    },
  },
];
