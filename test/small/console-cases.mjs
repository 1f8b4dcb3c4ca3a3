// Console calls shared by scripts/golden/console.mjs (run with Node 16.13.1's Console) and
// test/small/console.test.ts (run with polynode's). Each case gets a fresh Console over two
// fake streams and returns nothing; what the streams receive is the trace compared.
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.

/** Two fake writable streams and what they received, as [stream, chunk] pairs. */
export function makeStreams() {
  const writes = [];
  const stream = (tag) => ({
    write(chunk) {
      writes.push([tag, String(chunk)]);
      return true;
    },
    listenerCount() {
      return 0;
    },
    once() {
      return this;
    },
    on() {
      return this;
    },
    removeListener() {
      return this;
    },
  });
  return { stdout: stream('out'), stderr: stream('err'), writes };
}

/** Replaces durations (`12.345ms`, `1.234s`, `1:02.345 (m:ss.mmm)`) and stack frames, which differ run to run. */
export function normalize(writes) {
  return writes.map(([tag, chunk]) => [
    tag,
    chunk
      .replace(/\d+:\d+(:\d+)?\.\d{3} \((h:m)?m:ss\.mmm\)|\d+\.\d{3}s|\d+(\.\d+)?ms/g, '<time>')
      .split('\n')
      .filter((line) => !/^\s+at /.test(line))
      .join('\n'),
  ]);
}

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

export const CASES = [
  { name: 'log strings', run: (c) => c.log('hello', 'world') },
  { name: 'log format %s %d %i %f %j %o %O %c %%', run: (c) => c.log('%s|%d|%i|%f|%j|%o|%O|%c|%%', 'a', 42.5, 42.5, '1.5', { a: 1 }, [1], { b: 2 }, 'color: red') },
  { name: 'log objects', run: (c) => c.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } }) },
  { name: 'log nothing', run: (c) => c.log() },
  { name: 'log primitives', run: (c) => c.log(1, -0, 1n, true, null, undefined, Symbol('s'), NaN) },
  { name: 'log multiline string', run: (c) => c.log('a\nb\nc') },
  { name: 'info and debug go to stdout', run: (c) => { c.info('info', 1); c.debug('debug', 2); } },
  { name: 'warn and error go to stderr', run: (c) => { c.warn('warn', { a: 1 }); c.error('error', [1]); } },
  { name: 'dirxml logs its arguments', run: (c) => c.dirxml({ a: 1 }, 'x') },
  { name: 'dir with defaults', run: (c) => c.dir({ a: { b: { c: { d: 1 } } }, s: 'str' }) },
  { name: 'dir with depth 0', run: (c) => c.dir({ a: { b: 1 } }, { depth: 0 }) },
  { name: 'dir with showHidden', run: (c) => c.dir([1, 2], { showHidden: true }) },
  { name: 'dir of a string', run: (c) => c.dir('str') },
  { name: 'dir ignores customInspect by default', run: (c) => c.dir({ inspect() { return 'custom'; }, x: 1 }) },
  { name: 'group indents by 2', run: (c) => { c.group('G1'); c.log('in 1'); c.group(); c.log('in 2\nsecond line'); c.groupEnd(); c.log('back 1'); c.groupEnd(); c.log('out'); } },
  { name: 'groupCollapsed acts as group', run: (c) => { c.groupCollapsed('C', 1); c.error('err in group'); c.groupEnd(); c.groupEnd(); c.log('ok'); } },
  { name: 'groupIndentation 4', options: { groupIndentation: 4 }, run: (c) => { c.group('a'); c.group('b'); c.warn('deep'); c.groupEnd(); c.groupEnd(); } },
  { name: 'groupIndentation 0', options: { groupIndentation: 0 }, run: (c) => { c.group('a'); c.log('flat'); } },
  { name: 'count', run: (c) => { c.count(); c.count(); c.count('x'); c.count('default'); c.countReset(); c.count(); c.count(1); c.count({}); } },
  { name: 'count inside a group', run: (c) => { c.group(); c.count('g'); } },
  { name: 'assert true writes nothing', run: (c) => c.assert(true, 'nope') },
  { name: 'assert false without message', run: (c) => c.assert(false) },
  { name: 'assert false with message and args', run: (c) => c.assert(0, 'bad %s', 'thing', 5) },
  { name: 'assert false with an object', run: (c) => c.assert(null, { a: 1 }) },
  { name: 'trace header', run: (c) => c.trace('here %d', 1) },
  { name: 'trace without arguments', run: (c) => c.trace() },
  { name: 'time and timeEnd', run: (c) => { c.time(); c.timeEnd(); c.time('x'); c.timeEnd('x'); } },
  { name: 'timeLog with data', run: (c) => { c.time('t'); c.timeLog('t', 'extra', { a: 1 }); c.timeLog('t'); c.timeEnd('t'); } },
  { name: 'timeEnd of an unknown label writes nothing to the stream', run: (c) => { c.timeEnd('nope'); c.timeLog('nope'); c.countReset('nope'); } },
  { name: 'table of an array of objects', run: (c) => c.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]) },
  { name: 'table of an array of primitives', run: (c) => c.table([1, 'two', null]) },
  { name: 'table of mixed rows', run: (c) => c.table([{ a: 1 }, 2, [3, 4], { b: { c: 1 } }]) },
  { name: 'table with properties', run: (c) => c.table([{ a: 1, b: 2, c: 3 }, { a: 4, c: 6 }], ['c', 'a']) },
  { name: 'table of an object of objects', run: (c) => c.table({ row1: { x: 1 }, row2: { y: 2 } }) },
  { name: 'table of a Map', run: (c) => c.table(new Map([['k', 'v'], [{ o: 1 }, [1, 2]]])) },
  { name: 'table of a Set', run: (c) => c.table(new Set([1, 'a', { b: 2 }])) },
  { name: 'table of a primitive logs it', run: (c) => { c.table(5); c.table('str'); c.table(null); } },
  { name: 'table of class instances', run: (c) => c.table([new Point(1, 2), new Point(3, 4)]) },
  { name: 'table with wide characters and long arrays', run: (c) => c.table([{ name: '漢字', list: [1, 2, 3, 4, 5] }, { name: 'ab', list: { a: 1, b: 2, c: 3 } }]) },
  { name: 'table inside a group', run: (c) => { c.group('T'); c.table([{ a: 1 }]); } },
  { name: 'table of an empty array', run: (c) => c.table([]) },
  { name: 'inspectOptions depth 0', options: { inspectOptions: { depth: 0 } }, run: (c) => { c.log({ a: { b: 1 } }); c.dir({ a: { b: 1 } }); } },
  { name: 'inspectOptions compact false', options: { inspectOptions: { compact: false } }, run: (c) => c.log('%o', { a: [1] }, { b: 1 }) },
  { name: 'colorMode true', options: { colorMode: true }, run: (c) => { c.log('s', 1, { a: 'x' }); c.warn(true); c.dir([null]); } },
  { name: 'colorMode false', options: { colorMode: false }, run: (c) => c.log(1, 'a') },
  { name: 'stderr defaults to stdout', options: { noStderr: true }, run: (c) => { c.error('to stdout'); c.warn('also'); } },
  { name: 'legacy constructor arguments', options: { legacy: true }, run: (c) => { c.log('legacy'); c.error('legacy err'); } },
  { name: 'methods are bound', run: (c) => { const { log, error, group, groupEnd, count } = c; group('b'); log('bound'); error('e'); count(); groupEnd(); log('end'); } },
  { name: 'errors are inspected with their stack', run: (c) => { const e = new Error('boom'); e.stack = 'Error: boom\n    at somewhere'; c.log(e); c.log('%s', e); } },
];
