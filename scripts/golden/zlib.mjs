// Run under real Node 16.13.1 (scripts/node16.sh scripts/golden/zlib.mjs; --check only
// compares): runs the shared cases of test/zlib/cases.mjs through Node's own zlib and
// writes test/golden/node16-zlib.json:
//   errors: the outcome of every error/edge case (class, message, errno, code, or bytes);
//   combos: per compression setting, the FNV hash of Node's output for every input;
//   stored: Node's full output (hex) for input i under COMBOS[storedCombo(i)], which
//           polynode must inflate back to the input;
//   brotliStreams: streamed brotli (random pieces, flush() calls, reset, errors);
//   zlibStreams: streamed deflate/gzip/raw (random pieces, flush() of every kind, params()).
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { COMBOS, brotliStreamCases, comboName, zlibStreamCases, errorCases, hashBytes, makeInputs, storedCombo, toHex } from '../../test/zlib/cases.mjs';

const require = createRequire(import.meta.url);
const zlib = require('zlib');
const { Buffer } = require('buffer');

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const inputs = makeInputs();
const errors = {};
for (const [name, run] of Object.entries(errorCases())) errors[name] = run({ zlib, Buffer });
const combos = {};
for (const combo of COMBOS) {
  combos[comboName(combo)] = inputs.map((input) => hashBytes(zlib[combo.method](input, combo.options))).join('');
}
const stored = inputs.map((input, i) => {
  const combo = COMBOS[storedCombo(i)];
  return toHex(zlib[combo.method](input, combo.options));
});

const brotliStreams = {};
for (const [name, run] of Object.entries(brotliStreamCases())) brotliStreams[name] = await run({ zlib, Buffer });
const zlibStreams = {};
for (const [name, run] of Object.entries(zlibStreamCases())) zlibStreams[name] = await run({ zlib, Buffer });

const out = new URL('../../test/golden/node16-zlib.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, zlib: process.versions.zlib, inputs: inputs.length, errors, combos, stored, brotliStreams, zlibStreams }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  if (!same) console.error('test/golden/node16-zlib.json differs from what Node 16.13.1 computes: run scripts/node16.sh scripts/golden/zlib.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${Object.keys(errors).length} error cases, ${COMBOS.length} combos x ${inputs.length} inputs`);
