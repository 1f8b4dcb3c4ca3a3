// Type-level test (tsc -p test/types/tsconfig.globals.json): the globals polynode/polyfills installs
// are typed by polynode/globals, with no import and no @types/node.
/// <reference path="../../dist/bundlers/globals.d.ts" />

const bytes: Buffer = Buffer.from('abc', 'utf8');
const hex: string = bytes.toString('hex');
const same: boolean = Buffer.isBuffer(bytes) && global === globalThis;
process.nextTick((value: number) => value.toFixed(), 1);
const env: string | undefined = process.env.NODE_ENV;
const version: string = process.version;
const immediate = setImmediate(() => {});
clearImmediate(immediate);

export { hex, same, env, version };
