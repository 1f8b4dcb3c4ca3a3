// Run under real Node 16.13.1 with Node's internals exposed (npm run golden runs
//   scripts/node16.sh --expose-internals scripts/golden/errors.mjs):
// writes test/golden/node16-errors.json, what Node's own error constructors and validators
// produce for the shared tables in test/support/ (received-values.mjs, error-cases.mjs,
// validator-cases.mjs). test/internal/errors.test.ts and validators.test.ts compare
// polynode's src/internal/errors.ts, inspect-received.ts and validators.ts with it.
import { createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { inspect } from 'util';
import { RECEIVED_VALUES } from '../../test/support/received-values.mjs';
import { ERROR_CASES } from '../../test/support/error-cases.mjs';
import { VALIDATOR_CASES } from '../../test/support/validator-cases.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
let internals;
try {
  internals = { errors: require('internal/errors'), validators: require('internal/validators') };
} catch {
  console.error('run this with --expose-internals: scripts/node16.sh --expose-internals scripts/golden/errors.mjs');
  process.exit(1);
}
const { codes, AbortError } = internals.errors;
const validators = internals.validators;

/** What an error looks like from the outside. */
function describeError(error) {
  return {
    name: error.name,
    code: error.code,
    message: error.message,
    string: String(error),
    keys: Object.keys(error),
  };
}

// 1. Received values: the full inspect output and the three messages that describe a value.
const received = RECEIVED_VALUES.map(({ label, make, depth }) => {
  const entry = { label };
  if (depth !== undefined) {
    entry.depth = depth;
    entry.inspect = inspect(make(), { depth });
    return entry;
  }
  entry.inspect = inspect(make());
  entry.argType = String(new codes.ERR_INVALID_ARG_TYPE('value', 'string', make()));
  entry.argValue = String(new codes.ERR_INVALID_ARG_VALUE('value', make()));
  entry.outOfRange = String(new codes.ERR_OUT_OF_RANGE('value', '>= 0 && <= 10', make()));
  // util.format's %s, through a template that takes any value. Functions print their
  // source text there (String(fn)), which bundling may reformat: not recorded.
  if (typeof make() !== 'function') entry.unknownEncoding = String(new codes.ERR_UNKNOWN_ENCODING(make()));
  return entry;
});

// 2. Every code with representative arguments.
const errors = ERROR_CASES.map(({ label, code, variant, args }) => {
  const Code = variant ? codes[code][variant] : codes[code];
  if (typeof Code !== 'function') throw new Error(`Node 16 has no ${code}${variant ? `.${variant}` : ''}`);
  const error = new Code(...args());
  const extra = {};
  for (const key of Object.keys(error)) if (key !== 'code') extra[key] = inspect(error[key]);
  return { label: `${code}${variant ? ` (${variant})` : ''}: ${label}`, ...describeError(error), extra };
});

const abort = new AbortError();
const abortError = {
  ...describeError(abort),
  // Node 16's AbortError takes no arguments: a message passed in is ignored.
  withArguments: describeError(new AbortError('custom message', { cause: 1 })),
  constructorLength: AbortError.length,
  isError: abort instanceof Error,
};

// 3. Validators: what each call returns or throws.
const validatorResults = VALIDATOR_CASES.map(({ fn, args }) => {
  const list = args();
  const label = `${fn}(${list.map((arg) => inspect(arg, { breakLength: Infinity })).join(', ')})`;
  try {
    const returned = validators[fn](...list);
    return { label, fn, returned: returned === undefined ? null : returned };
  } catch (error) {
    return { label, fn, threw: describeError(error) };
  }
});

const out = new URL('../../test/golden/node16-errors.json', import.meta.url);
const golden = { node: process.version, received, errors, abortError, validators: validatorResults };
const text = JSON.stringify(golden, null, 1) + '\n';
// --check: compare with the checked-in file instead of writing it (a test does this).
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  if (!same) console.error('test/golden/node16-errors.json differs from what Node 16.13.1 reports: run npm run golden');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(
  `wrote ${received.length} received values, ${errors.length} error cases, ${validatorResults.length} validator calls`,
);
