// `npm test`: the one command that proves polynode works.
//   1. browsers present (Debian's chromium + firefox-esr, installed when missing);
//   2. the Node 16.13.1 oracle present (for the golden-file freshness tests);
//   3. type-check (library, browser tests, Node-only tests; after the build, the .d.ts against
//      @types/node 16);
//   4. build dist/ and the test bundles (Rollup warnings are errors);
//   5. Mocha in Node (the browser tests against src/, plus the Node-only tests);
//   6. Karma: the browser tests against src/ and against dist/, in Chromium and Firefox.
// Its last line is "N passed, N failed": every test in every environment. It exits 1 when
// anything failed, including a step before the tests.
import { spawn } from 'node:child_process';

const steps = [];
const counts = []; // { env, passed, failed }

/** Runs a command with its output shown; resolves with the output and exit code. */
function run(label, command, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'], env: { ...process.env, ...env } });
    let output = '';
    if (capture) {
      for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', (chunk) => {
          output += chunk;
          (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
        });
      }
    }
    child.on('close', (code) => {
      steps.push({ label, code, seconds: (Date.now() - started) / 1000 });
      resolve({ code: code ?? 1, output });
    });
  });
}

async function step(label, command, args, options) {
  console.log(`\n── ${label} ──`);
  const result = await run(label, command, args, options);
  if (result.code !== 0) console.log(`✖ ${label} failed (exit ${result.code})`);
  return result;
}

const npx = (bin, args, options) => step(`${bin} ${args.join(' ')}`, `node_modules/.bin/${bin}`, args, options);

async function main() {
  const prerequisites = [
    () => step('browsers', 'scripts/ensure-browsers.sh', []),
    () => step('Node 16.13.1 oracle', 'scripts/node16.sh', ['--install']),
    () => npx('tsc', ['-p', 'tsconfig.json']),
    () => npx('tsc', ['-p', 'tsconfig.node-test.json']),
    () => step('build', 'npm', ['run', '--silent', 'build']),
    // After the build: a worker fixture imports dist/ on purpose (a second copy of a module).
    () => npx('tsc', ['-p', 'tsconfig.test.json']),
    // The built .d.ts against @types/node 16, and the globals' types (test/types, need dist/).
    () => npx('tsc', ['-p', 'test/types/tsconfig.json']),
    () => npx('tsc', ['-p', 'test/types/tsconfig.globals.json']),
    () => step('build tests', 'npm', ['run', '--silent', 'build:test']),
  ];
  for (const prerequisite of prerequisites) {
    if ((await prerequisite()).code !== 0) return false;
  }

  const mocha = await npx('mocha', ['--config', '.mocharc.json', '--reporter', 'dot'], { capture: true });
  const passing = Number(/(\d+) passing/.exec(mocha.output)?.[1] ?? 0);
  const failing = Number(/(\d+) failing/.exec(mocha.output)?.[1] ?? 0);
  counts.push({ env: `Node ${process.version}`, passed: passing, failed: failing || (mocha.code !== 0 ? 1 : 0) });

  const karma = await npx('karma', ['start', 'karma.conf.js'], { capture: true, env: { CI: process.env.CI ?? '1' } });
  const perBrowser = [...karma.output.matchAll(/^karma: (.+?): (\d+) passed, (\d+) failed$/gm)];
  for (const [, name, passed, failed] of perBrowser) {
    const env = /chrom/i.test(name) ? `Chromium (${name})` : /firefox/i.test(name) ? `Firefox (${name})` : name;
    counts.push({ env, passed: Number(passed), failed: Number(failed) });
  }
  const total = /^(\d+) passed, (\d+) failed/m.exec(karma.output);
  const browserFailed = Number(total?.[2] ?? 1);
  const listedFailed = perBrowser.reduce((n, m) => n + Number(m[3]), 0);
  // Failures Karma counted outside any one browser (a browser that never started …).
  if (browserFailed > listedFailed || (karma.code !== 0 && listedFailed === 0)) {
    counts.push({ env: 'Karma (outside a browser)', passed: 0, failed: Math.max(1, browserFailed - listedFailed) });
  }
  return true;
}

const prerequisitesPassed = await main();
console.log('\n── summary ──');
for (const { label, code, seconds } of steps) console.log(`${code === 0 ? '✔' : '✖'} ${label} (${seconds.toFixed(1)} s)`);
for (const { env, passed, failed } of counts) console.log(`${env}: ${passed} passed, ${failed} failed`);
const passed = counts.reduce((n, c) => n + c.passed, 0);
const failed = counts.reduce((n, c) => n + c.failed, 0) + (prerequisitesPassed ? 0 : 1);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
