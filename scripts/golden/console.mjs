// Run under real Node 16.13.1: `scripts/node16.sh scripts/golden/console.mjs` (`--check` only
// compares). Runs every case of test/small/console-cases.mjs against Node's own Console over
// two fake streams and writes what each stream received (durations and stack frames
// normalised) to test/golden/node16-console.json; test/small/console.test.ts runs the same
// cases with polynode's Console and compares.
import { Console } from 'console';
import { readFileSync, writeFileSync } from 'fs';
import { CASES, makeStreams, normalize } from '../../test/small/console-cases.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

// Node's console warns through process warnings (unknown labels): keep them off the terminal.
for (const printer of process.listeners('warning')) process.off('warning', printer);

/** The Console of a case, built the way the case says. */
export function makeConsole(ConsoleClass, options = {}) {
  const streams = makeStreams();
  const { noStderr, legacy, ...rest } = options;
  const console = legacy
    ? new ConsoleClass(streams.stdout, streams.stderr)
    : new ConsoleClass({ stdout: streams.stdout, ...(noStderr ? {} : { stderr: streams.stderr }), ...rest });
  return { console, writes: streams.writes };
}

const cases = {};
for (const testCase of CASES) {
  if (testCase.name in cases) throw new Error(`duplicate case name: ${testCase.name}`);
  const { console: c, writes } = makeConsole(Console, testCase.options);
  testCase.run(c);
  cases[testCase.name] = normalize(writes);
}

const out = new URL('../../test/golden/node16-console.json', import.meta.url);
const json = `${JSON.stringify({ node: process.version, cases }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'test/golden/node16-console.json is up to date' : 'test/golden/node16-console.json differs from Node 16');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${Object.keys(cases).length} cases to test/golden/node16-console.json`);
