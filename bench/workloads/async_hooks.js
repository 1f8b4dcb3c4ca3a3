// Workloads for `async_hooks`: what AsyncLocalStorage costs on promise-heavy code.
// See bench/README.md for the shape of a workload.
//
// The engine patches `Promise.prototype.then` for the whole page once an AsyncLocalStorage
// is used, so a "native" column in the same page would be measured with the patch too: there
// is none. The first workload runs before polynode's column has used an AsyncLocalStorage
// (setup() of the second one does): it is the cost of the untouched platform. Read the rows
// against each other:
//   async_hooks.then.before   no AsyncLocalStorage used yet: the platform's own `then`
//   async_hooks.then.empty    patches installed, code outside any run(): empty context
//   async_hooks.then.run      the same chain inside als.run(): every reaction switches context
// Each run() builds a chain of 1000 `.then` reactions and awaits its end.

export const modules = ['async_hooks'];

const N = 1000;

/** A 1000-step then chain; returns the sum it carried (and the store seen at the end). */
function chain(getStore) {
  let p = Promise.resolve(0);
  for (let i = 0; i < N; i++) p = p.then((v) => v + i);
  return p.then((v) => `${v}:${getStore()}`);
}

const SUM = (N * (N - 1)) / 2;

export default [
  {
    name: 'async_hooks.then.before',
    title: `1000 chained .then, no AsyncLocalStorage used yet (async)`,
    unit: 'ops/s',
    ops: N,
    async: true,
    setup(lib) {
      return { als: new lib.async_hooks.AsyncLocalStorage() };
    },
    run({ als }) {
      return chain(() => als.getStore());
    },
    expected: () => `${SUM}:undefined`,
  },
  {
    name: 'async_hooks.then.empty',
    title: `1000 chained .then, patches installed, outside run() (async)`,
    unit: 'ops/s',
    ops: N,
    async: true,
    setup(lib) {
      const als = new lib.async_hooks.AsyncLocalStorage();
      als.run('installed', () => {});
      return { als };
    },
    run({ als }) {
      return chain(() => als.getStore());
    },
    expected: () => `${SUM}:undefined`,
  },
  {
    name: 'async_hooks.then.run',
    title: `1000 chained .then inside als.run() (async)`,
    unit: 'ops/s',
    ops: N,
    async: true,
    setup(lib) {
      return { als: new lib.async_hooks.AsyncLocalStorage() };
    },
    run({ als }) {
      return als.run('A', () => chain(() => als.getStore()));
    },
    expected: () => `${SUM}:A`,
  },
];
