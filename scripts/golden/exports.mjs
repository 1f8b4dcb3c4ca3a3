// Run under real Node 16.13.1 (npm run golden; --check only compares): writes test/golden/node16-exports.json,
// the export names of every public builtin module and their kinds, as seen by
// `import * as ns from '<id>'` (named exports), the kind of the default export, and the
// names only the default object has (non-enumerable properties such as zlib's legacy
// Z_* constants, which `require()` users reach). Constants keep their value so stub
// modules can be scaffolded with Node's values.
// The export-name parity test compares polynode's modules with this file.
import { builtinModules } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { describeExport } from '../../test/support/export-kind.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

// Public ids: everything without a leading underscore, plus the legacy _stream_* ids.
const ids = builtinModules.filter((id) => !id.startsWith('_') || id.startsWith('_stream_')).sort();

// A function's own built-in properties are not exports.
const FUNCTION_OWN = new Set(['length', 'name', 'prototype', 'arguments', 'caller']);
function defaultOnlyNames(value, named) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return [];
  return Object.getOwnPropertyNames(value)
    .filter((name) => !named.has(name) && !(typeof value === 'function' && FUNCTION_OWN.has(name)))
    .sort();
}

// The description plus, for a constant, its value in JSON form (symbols by description).
function describe(value, api) {
  const d = describeExport(value);
  if (MACHINE_DATA.test(api)) return d;
  if (d.kind === 'object') return isPlainData(value, 0) ? { ...d, value } : d;
  if (d.kind !== 'constant') return d;
  if (typeof value === 'symbol') return { ...d, value: value.description };
  // JSON has no bigint, undefined, Infinity or NaN: those are kept as their String().
  if (typeof value === 'bigint' || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
    return { ...d, value: String(value) };
  }
  return { ...d, value };
}

// Plain data (arrays and plain objects of strings, numbers and booleans, three levels deep
// at most: http.STATUS_CODES, os.constants …) is recorded with its value too.
function isPlainData(value, depth) {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (typeof value !== 'object' || depth > 2) return false;
  const proto = Object.getPrototypeOf(value);
  if (!(Array.isArray(value) || proto === Object.prototype || proto === null)) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  return Object.values(value).every((item) => isPlainData(item, depth + 1));
}

// Values that describe this machine or this Node process rather than Node itself
// (and the 200 KB of tls.rootCertificates): their kind is kept, their value is not.
const MACHINE_DATA = /^(process\.|module\.(_cache|_pathCache|globalPaths)$|tls\.rootCertificates$)/;

// Load `events` before anything else: loading `domain` flips events.usingDomains to true,
// and a program that never uses domains sees false.
await import('events');

const modules = {};
for (const id of ids) {
  const ns = await import(id);
  const names = Object.keys(ns).filter((name) => name !== 'default').sort();
  const hidden = defaultOnlyNames(ns.default, new Set(names));
  modules[id] = {
    default: describeExport(ns.default),
    exports: Object.fromEntries(names.map((name) => [name, describe(ns[name], `${id}.${name}`)])),
    // When the default export is also a named one (events: EventEmitter), its name.
    defaultIs: names.find((name) => typeof ns.default === 'function' && ns[name] === ns.default) ?? null,
    defaultOnly: Object.fromEntries(hidden.map((name) => [name, describe(ns.default[name], `${id}.${name}`)])),
  };
}

const out = new URL('../../test/golden/node16-exports.json', import.meta.url);
const json = JSON.stringify({ node: process.version, modules }, null, 1) + '\n';
// --check: compare with the checked-in file instead of writing it (a test does this).
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  if (!same) console.error('test/golden/node16-exports.json differs from what Node 16.13.1 reports: run npm run golden');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${ids.length} modules, ${Object.values(modules).reduce((n, m) => n + Object.keys(m.exports).length, 0)} names`);
