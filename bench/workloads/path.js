// Workloads for `path` (the POSIX flavour, what `path` is in Node on Linux). See
// bench/README.md for the shape of a workload.
//
// Each run() makes 1000 calls on 1000 seeded, realistic paths (module paths, `..` and `.`
// segments, doubled and trailing slashes) and returns the 1000 results, so every column's
// output is compared. `resolve` always gets an absolute first segment: the columns' notions
// of the current directory differ (path-browserify asks a `process` global).
import { prng, cached } from './_data.js';

export const modules = ['path'];

const N = 1000;
const WORDS = ['usr', 'local', 'lib', 'node_modules', 'src', 'index.js', 'package.json', 'a', 'build', 'dist', 'test', 'components', 'utils.ts', 'README.md', 'img.png'];

/** 1000 paths; `messy` mixes in `.`, `..`, doubled and trailing slashes. */
function makePaths(seed, messy) {
  const rand = prng(seed);
  const out = [];
  for (let i = 0; i < N; i++) {
    const n = rand.int(1, 7);
    let p = rand() < 0.6 ? '/' : '';
    for (let j = 0; j < n; j++) {
      if (j > 0) p += messy && rand() < 0.1 ? '//' : '/';
      const r = rand();
      p += messy && r < 0.12 ? '..' : messy && r < 0.2 ? '.' : WORDS[rand.int(0, WORDS.length - 1)];
    }
    if (messy && rand() < 0.2) p += '/';
    out.push(p);
  }
  return out;
}

const clean = () => cached('path:clean', () => makePaths(41, false));
const messy = () => cached('path:messy', () => makePaths(42, true));
const relativeParts = () => cached('path:relParts', () => makePaths(43, true).map((p) => p.replace(/^\/+/, '')));

/** A workload calling `call(pathModule, i)` for i in 0..999, results kept in one array. */
function workload(name, title, call) {
  return {
    name,
    title,
    unit: 'ops/s',
    ops: N,
    setup: (lib) => ({ path: lib.path, out: new Array(N) }),
    run({ path, out }) {
      for (let i = 0; i < N; i++) out[i] = call(path, i);
      return out;
    },
  };
}

export default [
  workload('path.join', 'join(a, b, c), 3 segments (x1000/call)', (path, i) => path.join(clean()[i], relativeParts()[i], 'x.js')),
  workload('path.resolve', "resolve('/abs', rel), relative segments with '..' (x1000/call)", (path, i) => path.resolve('/home/user/project', relativeParts()[i])),
  workload('path.normalize.clean', 'normalize(p), already normal (x1000/call)', (path, i) => path.normalize(clean()[i])),
  workload('path.normalize.messy', "normalize(p), with '.', '..', '//' (x1000/call)", (path, i) => path.normalize(messy()[i])),
  workload('path.relative', 'relative(from, to), absolute (x1000/call)', (path, i) => path.relative(`/${clean()[i]}`, `/${clean()[(i * 7) % N]}`)),
  workload('path.parse', 'parse(p) (x1000/call)', (path, i) => {
    const r = path.parse(messy()[i]);
    return `${r.root}|${r.dir}|${r.base}|${r.ext}|${r.name}`;
  }),
  workload('path.basename', "basename(p) and basename(p, '.js') (x1000/call)", (path, i) => path.basename(clean()[i]) + path.basename(messy()[i], '.js')),
  workload('path.dirname', 'dirname(p) (x1000/call)', (path, i) => path.dirname(messy()[i])),
  workload('path.extname', 'extname(p) (x1000/call)', (path, i) => path.extname(clean()[i])),
];
