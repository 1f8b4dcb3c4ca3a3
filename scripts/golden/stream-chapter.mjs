// Run under real Node 16.13.1: `scripts/node16.sh scripts/golden/stream-chapter.mjs`
// (`--check` only compares). Runs the book chapter's §16.5 stream programs
// (test/stream/chapter-programs.mjs) with Node's own stream, zlib and crypto and writes their
// output to test/golden/node16-stream-chapter.json; test/stream/chapter.test.ts runs the same
// programs with polynode's modules in Node, Chromium and Firefox and compares.
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { runChapterPrograms } from '../../test/stream/chapter-programs.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const output = await runChapterPrograms({
  stream: require('stream'),
  zlib: require('zlib'),
  crypto: require('crypto'),
  Buffer,
  setImmediate,
});

const out = new URL('../../test/golden/node16-stream-chapter.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, output }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'test/golden/node16-stream-chapter.json is up to date' : 'test/golden/node16-stream-chapter.json differs from Node 16');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${output.length} lines to test/golden/node16-stream-chapter.json`);
