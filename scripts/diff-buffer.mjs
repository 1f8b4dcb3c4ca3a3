// Developer tool: shows where polynode's buffer differs from Node 16.13.1 on the
// differential properties, outcome next to outcome. Needs dist/ (npm run build).
//   node scripts/diff-buffer.mjs <property substring> [max cases to show]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { PROPERTIES, SEED, hash } from '../test/buffer/differential-cases.mjs';
import { Buffer, atob, btoa, transcode } from '../dist/buffer/index.js';
import { StringDecoder } from '../dist/string_decoder/index.js';

const [filter = '', max = '8'] = process.argv.slice(2);
const golden = JSON.parse(readFileSync(new URL('../test/golden/node16-buffer.json', import.meta.url), 'utf8'));
const lib = { Buffer, StringDecoder, transcode, atob, btoa };
const show = (v) => JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? `<${Array.from(x).join(',')}>` : typeof x === 'bigint' ? `${x}n` : x === undefined ? 'undefined' : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
for (const property of PROPERTIES.filter((p) => p.name.includes(filter))) {
  const inputs = fc.sample(property.arbitrary(fc), { seed: SEED, numRuns: golden.runs });
  const hashes = golden.properties[property.name];
  const bad = [];
  inputs.forEach((input, i) => {
    if (hash(property.run(lib, input)) !== hashes.slice(i * 7, i * 7 + 7)) bad.push(i);
  });
  console.log(`\n## ${property.name}: ${bad.length} of ${inputs.length} differ`);
  const shown = bad.slice(0, Number(max));
  if (!shown.length) continue;
  const node = JSON.parse(execFileSync('scripts/node16.sh', ['--no-deprecation', 'scripts/golden/buffer.mjs', '--explain', property.name, shown.join(',')], { encoding: 'utf8' }));
  shown.forEach((i, k) => {
    console.log(`- case ${i}: ${show(inputs[i])}\n    node16:   ${node[k]}\n    polynode: ${property.run(lib, inputs[i])}`);
  });
}
