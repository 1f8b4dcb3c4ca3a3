// Creates src/<id>/index.ts for every registry id that has no source file yet: each export
// name Node 16.13.1 has (test/golden/node16-exports.json), as a stub from
// src/internal/unavailable.ts, with Node's own value for constants and plain data tables
// (http.STATUS_CODES, os.constants …). Existing files are never touched, so this is safe to
// re-run; an issue that builds a module replaces its stubs by hand.
//   node scripts/scaffold-stubs.mjs [--force id …]   (--force rewrites the named ids)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MODULES, sourceFile } from './lib/registry.mjs';

const golden = JSON.parse(readFileSync(new URL('../test/golden/node16-exports.json', import.meta.url), 'utf8'));
const forced = new Set(process.argv.includes('--force') ? process.argv.slice(process.argv.indexOf('--force') + 1) : []);

// An object export that is another module's default export: `fs.promises` is fs/promises.
const NAMESPACE_OF = {
  'fs.promises': 'fs/promises',
  'path.posix': 'path/posix',
  'path.win32': 'path/win32',
  'util.types': 'util/types',
  'stream.promises': 'stream/promises',
  'dns.promises': 'dns/promises',
};
// The legacy ids whose default export is a class of `stream`.
const STREAM_CLASS_OF = {
  _stream_duplex: 'Duplex',
  _stream_passthrough: 'PassThrough',
  _stream_readable: 'Readable',
  _stream_transform: 'Transform',
  _stream_writable: 'Writable',
};
// process describes the machine it runs on; these are the values a page reports until
// [process, timers, path, url & the small modules] decides them for real.
const PROCESS_CONSTANTS = {
  _eventsCount: 0,
  _exiting: false,
  arch: 'x64',
  argv0: 'node',
  debugPort: 9229,
  execPath: '/usr/local/bin/node',
  pid: 1,
  platform: 'browser',
  ppid: 0,
  title: 'browser',
  version: 'v16.13.1',
};

const camel = (id) => id.replace(/^_+/, '').replace(/[/_](\w)/g, (_, c) => c.toUpperCase());
const apiName = (id, name) => `${STREAM_CLASS_OF[id] ? `stream.${STREAM_CLASS_OF[id]}` : id.replace('/', '.')}.${name}`;

function literal(desc, api) {
  if (desc.type === 'symbol') {
    return desc.value.startsWith('nodejs.') ? `Symbol.for(${JSON.stringify(desc.value)})` : `Symbol(${JSON.stringify(desc.value)})`;
  }
  if (desc.type === 'undefined') return 'undefined';
  if (desc.type === 'bigint') return `${desc.value}n`;
  if (desc.type === 'number' && typeof desc.value === 'string') return desc.value; // Infinity, NaN
  if (desc.type === 'null') return 'null';
  if (!('value' in desc)) throw new Error(`no value recorded for ${api}`);
  return JSON.stringify(desc.value);
}

const TS_TYPE = { boolean: 'boolean', number: 'number', string: 'string', null: 'unknown', undefined: 'undefined', symbol: 'unique symbol', bigint: 'bigint' };

function scaffold(info) {
  const { id } = info;
  const spec = golden.modules[id];
  const reason = info.status === 'unavailable' ? 'unavailable' : 'not-implemented';
  const fnFactory = reason === 'unavailable' ? 'unavailable' : 'notImplemented';
  const classFactory = reason === 'unavailable' ? 'unavailableClass' : 'notImplementedClass';
  const stubDoc = reason === 'unavailable'
    ? 'Browser: unavailable; calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`.'
    : `Not built yet${info.issue ? ` (${info.issue})` : ''}; calling it throws \`ERR_METHOD_NOT_IMPLEMENTED\`.`;
  const imports = new Map(); // specifier -> Set of names (or 'default as x')
  const use = (from, name) => (imports.get(from) ?? imports.set(from, new Set()).get(from)).add(name);
  const body = [];

  const declare = (name, desc, exported) => {
    const api = apiName(id, name);
    const kw = exported ? 'export const' : 'const';
    if (desc.kind === 'constant') {
      const value = id === 'process' && name in PROCESS_CONSTANTS ? JSON.stringify(PROCESS_CONSTANTS[name]) : literal(desc, api);
      body.push(`/** Node's \`${api}\`. */`, `${kw} ${name}: ${TS_TYPE[desc.type]} = ${value};`);
    } else if (desc.kind === 'object' && NAMESPACE_OF[api]) {
      const local = `${camel(NAMESPACE_OF[api])}Namespace`;
      use(`../${'../'.repeat(id.split('/').length - 1)}${NAMESPACE_OF[api]}/index.js`, `default as ${local}`);
      body.push(`/** Node's \`${api}\`: the \`${NAMESPACE_OF[api]}\` module. */`, `${kw} ${name} = ${local};`);
    } else if (desc.kind === 'object' && 'value' in desc) {
      body.push(`/** Node's \`${api}\` (Node 16.13.1's values). */`, `${kw} ${name} = ${JSON.stringify(desc.value)};`);
    } else if (desc.kind === 'object') {
      use(internal, 'stubObject');
      body.push(`/** Node's \`${api}\`. ${stubDoc.replace('calling it throws', 'an empty object for now; its API throws')} */`,
        `${kw} ${name} = /*#__PURE__*/ stubObject('${api}', '${reason}');`);
    } else {
      const factory = desc.kind === 'class' ? classFactory : fnFactory;
      use(internal, factory);
      body.push(`/** Node's \`${api}\`. ${stubDoc.replace('calling it', desc.kind === 'class' ? 'constructing it' : 'calling it')} */`,
        `${kw} ${name} = /*#__PURE__*/ ${factory}('${api}');`);
    }
    body.push('');
  };

  const depth = id.split('/').length;
  const internal = `${'../'.repeat(depth)}internal/unavailable.js`;
  const membersFrom = `${'../'.repeat(depth)}internal/exports.js`;

  const named = Object.keys(spec.exports);
  const hidden = Object.keys(spec.defaultOnly);
  for (const name of named) declare(name, spec.exports[name], true);
  for (const name of hidden) declare(name, spec.defaultOnly[name], false);

  const all = [...named, ...hidden];
  const moduleVar = `${camel(id)}Module`;
  body.push(`/** Node's \`${id}\` module object: what \`import ${camel(id)} from '${id}'\` and \`require('${id}')\` give. */`);
  if (spec.default.kind === 'object') {
    body.push(`const ${moduleVar} = {\n${all.map((n) => `  ${n},`).join('\n')}\n};`, `export default ${moduleVar};`);
  } else {
    let target;
    if (spec.defaultIs) target = spec.defaultIs;
    else if (STREAM_CLASS_OF[id]) {
      target = STREAM_CLASS_OF[id];
      use('../stream/index.js', target);
    } else if (hidden.length === 1 && spec.defaultOnly[hidden[0]].kind === spec.default.kind) {
      target = hidden[0]; // _stream_wrap: the default export is its own StreamWrap member
    } else {
      target = `${camel(id)[0].toUpperCase()}${camel(id).slice(1)}`;
      const factory = spec.default.kind === 'class' ? classFactory : fnFactory;
      use(internal, factory);
      body.unshift(`/** Node's \`${id}\` export. ${stubDoc} */`, `const ${target} = /*#__PURE__*/ ${factory}('${id}');`, '');
    }
    if (all.length === 0) body.push(`export default ${target};`);
    else {
      use(membersFrom, 'withMembers');
      body.push(`export default /*#__PURE__*/ withMembers(${target}, {\n${all.map((n) => `  ${n},`).join('\n')}\n});`);
    }
  }

  const header = [
    '/**',
    ` * polynode's \`${id}\`: Node 16.13.1's \`${id}\` module for the browser.`,
    ` * ${info.note}`,
    ` * Status: ${info.status}.${info.status === 'planned' ? ` Every export exists; the stubs throw \`ERR_METHOD_NOT_IMPLEMENTED\` until ${info.issue ?? 'an issue'} builds them.` : ''}`,
    ' *',
    ' * @packageDocumentation',
    ' */',
  ];
  const importLines = [...imports].map(([from, names]) => {
    const [defaults, plain] = [[...names].filter((n) => n.startsWith('default as ')), [...names].filter((n) => !n.startsWith('default as '))];
    if (defaults.length) return `import ${defaults[0].slice('default as '.length)} from '${from}';`;
    return `import { ${plain.sort().join(', ')} } from '${from}';`;
  });
  return `${[...header, ...importLines, '', ...body].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function alias(info) {
  const target = `../${'../'.repeat(info.id.split('/').length - 1)}${info.aliasOf}/index.js`;
  return [
    '/**',
    ` * polynode's \`${info.id}\`: Node 16.13.1's \`${info.id}\`, the same module as \`${info.aliasOf}\`.`,
    ` * ${info.note}`,
    ' *',
    ' * @packageDocumentation',
    ' */',
    `export * from '${target}';`,
    `export { default } from '${target}';`,
    '',
  ].join('\n');
}

let written = 0;
for (const info of MODULES) {
  const file = sourceFile(info.id);
  if (existsSync(file) && !forced.has(info.id)) continue;
  if (!golden.modules[info.id]) throw new Error(`${info.id} is not in test/golden/node16-exports.json`);
  mkdirSync(dirname(file), { recursive: true });
  // sys is util under another name in Node; assert/strict is a different function, so only sys aliases.
  writeFileSync(file, info.id === 'sys' ? alias(info) : scaffold(info));
  written++;
}
console.log(`scaffolded ${written} module(s)`);
