// Workloads for `util`. See bench/README.md for the shape of a workload.
// Expected results are what real Node 16.13.1 prints for the same inputs (scripts/node16.sh);
// @jspm/core's util (the `jspm` column) is browserify's older inspect, so its strings differ
// and the table marks them ≠.
export const modules = ['util'];

/** A nested object of the kind people log: arrays, nested objects, strings, numbers, a date. */
function nestedObject() {
  return {
    id: 42,
    name: 'polynode',
    tags: ['buffer', 'events', 'util', 'stream'],
    owner: { login: 'someone', site: { url: 'https://example.com', verified: true } },
    created: new Date(0),
    sizes: [16954, 3401, 9276, 1508, 25458, 812, 77],
    nested: { a: { b: { c: { d: 'deep' } } } },
    flags: { ok: true, count: 3, ratio: 0.25, missing: null, nothing: undefined },
  };
}

const INSPECTED =
  "{\n  id: 42,\n  name: 'polynode',\n  tags: [ 'buffer', 'events', 'util', 'stream' ],\n  owner: {\n    login: 'someone',\n    site: { url: 'https://example.com', verified: true }\n  },\n  created: 1970-01-01T00:00:00.000Z,\n  sizes: [\n    16954, 3401,\n     9276, 1508,\n    25458,  812,\n       77\n  ],\n  nested: { a: { b: [Object] } },\n  flags: {\n    ok: true,\n    count: 3,\n    ratio: 0.25,\n    missing: null,\n    nothing: undefined\n  }\n}";

/** Class instances, dates and a RegExp: what logging a model object looks like. */
function instances() {
  class Person {
    constructor(name, born) {
      this.name = name;
      this.born = born;
      this.tags = ['admin', 'ops'];
    }
  }
  const day = 86400000;
  return { people: [new Person('ada', new Date(0)), new Person('bob', new Date(day)), new Person('cy', new Date(2 * day))], pattern: /^[a-z]+$/gi, error: null };
}

const INSPECTED_INSTANCES =
  "{\n  people: [\n    Person {\n      name: 'ada',\n      born: 1970-01-01T00:00:00.000Z,\n      tags: [Array]\n    },\n    Person {\n      name: 'bob',\n      born: 1970-01-02T00:00:00.000Z,\n      tags: [Array]\n    },\n    Person {\n      name: 'cy',\n      born: 1970-01-03T00:00:00.000Z,\n      tags: [Array]\n    }\n  ],\n  pattern: /^[a-z]+$/gi,\n  error: null\n}";

const FORMATTED = "GET /api/items?limit=10 200 12.5ms - 42 items {\"cache\":\"hit\"} { user: 'ada', admin: false }";

export default [
  {
    name: 'util.inspect.nested',
    title: 'util.inspect(nested object) x100, default options',
    unit: 'ops/s',
    ops: 100,
    setup: (lib) => ({ inspect: lib.util.inspect, value: nestedObject() }),
    run: ({ inspect, value }) => {
      let out = '';
      for (let i = 0; i < 100; i++) out = inspect(value);
      return out;
    },
    expected: () => INSPECTED,
  },
  {
    name: 'util.inspect.instances',
    title: 'util.inspect(class instances, Dates, a RegExp) x100, default options',
    unit: 'ops/s',
    ops: 100,
    setup: (lib) => ({ inspect: lib.util.inspect, value: instances() }),
    run: ({ inspect, value }) => {
      let out = '';
      for (let i = 0; i < 100; i++) out = inspect(value);
      return out;
    },
    expected: () => INSPECTED_INSTANCES,
  },
  {
    name: 'util.format.args',
    title: "util.format('%s %s %d %fms - %i items %j', …, extra object) x1000",
    unit: 'ops/s',
    ops: 1000,
    setup: (lib) => ({ format: lib.util.format, extra: { user: 'ada', admin: false }, json: { cache: 'hit' } }),
    run: ({ format, extra, json }) => {
      let out = '';
      for (let i = 0; i < 1000; i++) out = format('%s %s %d %fms - %i items %j', 'GET', '/api/items?limit=10', 200, 12.5, 42, json, extra);
      return out;
    },
    expected: () => FORMATTED,
  },
];
