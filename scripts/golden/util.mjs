// Run under real Node 16.13.1 (scripts/node16.sh scripts/golden/util.mjs): writes
// test/golden/node16-util.json, what Node's util.inspect prints for every value of
// test/util/values.mjs under every option set, and what util.format / formatWithOptions
// return for its format calls. test/util/inspect.test.ts compares polynode with it.
import { readFileSync, writeFileSync } from 'fs';
import { format, formatWithOptions, inspect, types, stripVTControlCharacters, toUSVString, getSystemErrorMap } from 'util';
import { UTIL_VALUES, OPTION_SETS, FORMAT_CASES, FORMAT_WITH_OPTIONS_CASES, STRING_CASES } from '../../test/util/values.mjs';

if (process.version !== 'v16.13.1') {
  console.error(`run this with scripts/node16.sh (got ${process.version})`);
  process.exit(1);
}

const attempt = (run) => {
  try {
    return { output: run() };
  } catch (error) {
    return { error: String(error) };
  }
};

const inspectEntries = UTIL_VALUES.map(({ label, make }) => {
  const outputs = {};
  for (const { label: set, options } of OPTION_SETS) {
    const result = attempt(() => (options === undefined ? inspect(make()) : inspect(make(), options)));
    outputs[set] = result.output ?? { error: result.error };
  }
  return { label, outputs };
});

const formatEntries = FORMAT_CASES.map(({ label, make }) => ({ label, ...attempt(() => format(...make())) }));
const formatWithOptionsEntries = FORMAT_WITH_OPTIONS_CASES.map(({ label, options, make }) => ({
  label,
  ...attempt(() => formatWithOptions(options, ...make())),
}));

// util.types: the predicates that answer true for each value.
const typeEntries = UTIL_VALUES.map(({ label, make }) => ({
  label,
  true: Object.keys(types).filter((name) => types[name](make())),
}));
const strings = STRING_CASES.map((text) => ({ text, stripped: stripVTControlCharacters(text), usv: toUSVString(text) }));

const golden = {
  node: process.version,
  optionSets: OPTION_SETS.map(({ label }) => label),
  inspect: inspectEntries,
  format: formatEntries,
  formatWithOptions: formatWithOptionsEntries,
  types: typeEntries,
  strings,
  errnoMap: [...getSystemErrorMap()],
};
const target = new URL('../../test/golden/node16-util.json', import.meta.url);
const text = `${JSON.stringify(golden, null, 1)}\n`;
// --check: compare with the checked-in file instead of writing it (a test does this).
if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === text;
  if (!same) console.error('test/golden/node16-util.json differs from what Node 16.13.1 prints: run npm run golden');
  process.exit(same ? 0 : 1);
}
writeFileSync(target, text);
console.log(`wrote ${inspectEntries.length} values x ${OPTION_SETS.length} option sets, ${formatEntries.length + formatWithOptionsEntries.length} format calls`);
