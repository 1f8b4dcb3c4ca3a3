// Random pairs of nested structures for the deep-equality differential test.
//
// fast-check draws a *recipe* (plain JSON: arrays, numbers, strings) and a mutation seed
// from a fixed seed; `buildPair` turns them into two independently built values, the second
// one built from a copy of the recipe with one node changed ("near-equal": a leaf changed,
// key order swapped, a prototype changed, -0/+0, NaN, boxed vs primitive, a hole filled, a
// Map key copied …), or unchanged. Real Node 16.13.1 judges every pair in
// scripts/golden/comparisons.mjs (test/golden/node16-comparisons.json);
// test/assert/comparisons.test.ts draws the same pairs and compares polynode's verdicts.
//
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
// Everything here must behave the same in Node 16, Chromium and Firefox.

export const SEED = 0xdee9e0;

/** The primitives leaves are made of (by index, so recipes stay JSON). */
function primitives() {
  return [
    0, -0, 1, -1, '1', '0', '', 'a', 'b', NaN, null, undefined, true, false,
    1n, 0n, Symbol.for('s'), Symbol.for('t'), Infinity, -Infinity, ' ', '1.0', 2, '2',
  ];
}

/** For each primitive index, the index of a near one. */
const NEAR = [1, 0, 4, 2, 2, 0, 0, 8, 7, 5, 11, 10, 2, 0, 2, 0, 17, 16, 19, 18, 0, 2, 23, 22];

const FLOATS = [0, -0, NaN, 1.5, -1, Infinity, 3];
const TYPED = ['Uint8Array', 'Int8Array', 'Uint16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array'];
const ERRORS = ['Error', 'TypeError', 'RangeError'];
const FLAGS = ['', 'g', 'i', 'gi', 'y', 'm'];
const SOURCES = ['a', 'a+', '[0-9]', '(?:)', 'a|b'];
const KEYS = ['a', 'b', 'c', '0', '1', 'length', 'x y', '__proto__x'];
const PROTOS = ['object', 'null', 'Foo', 'Bar', 'Array'];

let classCache;
/** Classes shared by both sides of every pair (a class per build would differ by prototype). */
function classes() {
  if (!classCache) {
    class Foo {}
    class Bar {}
    class Baz extends Foo {}
    classCache = { Foo, Bar, Baz };
  }
  return classCache;
}

/** The arbitrary of [recipe, mutation seed], from the caller's fast-check. */
export function pairArbitrary(fc) {
  const prim = fc.tuple(fc.constant('p'), fc.integer({ min: 0, max: NEAR.length - 1 }));
  const leaf = fc.oneof(
    { arbitrary: prim, weight: 8 },
    { arbitrary: fc.tuple(fc.constant('date'), fc.integer({ min: -5, max: 5 })), weight: 1 },
    {
      arbitrary: fc.tuple(fc.constant('re'), fc.integer({ min: 0, max: SOURCES.length - 1 }), fc.integer({ min: 0, max: FLAGS.length - 1 }), fc.integer({ min: 0, max: 2 })),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(fc.constant('err'), fc.integer({ min: 0, max: ERRORS.length - 1 }), fc.constantFrom('boom', 'bang', ''), fc.boolean()),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(fc.constant('typed'), fc.integer({ min: 0, max: TYPED.length - 1 }), fc.array(fc.integer({ min: 0, max: FLOATS.length - 1 }), { maxLength: 4 })),
      weight: 1,
    },
    { arbitrary: fc.tuple(fc.constant('ab'), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }), fc.boolean()), weight: 1 },
    { arbitrary: fc.tuple(fc.constant('boxed'), fc.integer({ min: 0, max: NEAR.length - 1 })), weight: 1 },
    { arbitrary: fc.tuple(fc.constant('weak'), fc.boolean()), weight: 1 },
  );
  const levels = [leaf];
  for (let depth = 1; depth <= 3; depth++) {
    const inner = levels[depth - 1];
    const entries = fc.array(fc.tuple(fc.integer({ min: 0, max: KEYS.length - 1 }), inner), { maxLength: 4 });
    levels.push(
      fc.oneof(
        { arbitrary: leaf, weight: 4 },
        {
          arbitrary: fc.tuple(fc.constant('obj'), entries, fc.integer({ min: 0, max: PROTOS.length - 1 }), fc.integer({ min: 0, max: 7 })),
          weight: 4,
        },
        {
          arbitrary: fc.tuple(fc.constant('arr'), fc.array(fc.oneof({ arbitrary: inner, weight: 5 }, { arbitrary: fc.constant(['hole']), weight: 1 }), { maxLength: 5 }), fc.integer({ min: 0, max: 5 })),
          weight: 3,
        },
        { arbitrary: fc.tuple(fc.constant('map'), fc.array(fc.tuple(inner, inner), { maxLength: 3 })), weight: 2 },
        { arbitrary: fc.tuple(fc.constant('set'), fc.array(inner, { maxLength: 4 })), weight: 2 },
        { arbitrary: fc.tuple(fc.constant('cycle'), fc.integer({ min: 0, max: 3 })), weight: 1 },
        { arbitrary: fc.tuple(fc.constant('getter'), inner), weight: 1 },
      ),
    );
  }
  return fc.tuple(levels[3], fc.integer({ min: 0, max: 0x7fffffff }));
}

// ---------------------------------------------------------------------------------------
// Building values from recipes
// ---------------------------------------------------------------------------------------

/** Builds the value a recipe describes; `stack` holds the containers being built (for cycles). */
export function build(recipe, stack = []) {
  const kind = recipe[0];
  switch (kind) {
    case 'p':
      return primitives()[recipe[1]];
    case 'hole':
      return undefined;
    case 'date':
      return new Date(recipe[1] === -5 ? NaN : recipe[1] * 1000);
    case 're': {
      const re = new RegExp(SOURCES[recipe[1]], FLAGS[recipe[2]]);
      re.lastIndex = recipe[3];
      return re;
    }
    case 'err': {
      const Ctor = globalThis[ERRORS[recipe[1]]];
      const error = new Ctor(recipe[2]);
      if (recipe[3]) error.extra = 1;
      return error;
    }
    case 'typed': {
      const name = TYPED[recipe[1]];
      const numbers = recipe[2].map((i) => FLOATS[i]);
      if (name === 'BigInt64Array') return new BigInt64Array(numbers.map((n) => (Number.isFinite(n) ? BigInt(Math.trunc(n)) : 7n)));
      return new globalThis[name](numbers);
    }
    case 'ab': {
      const bytes = new Uint8Array(recipe[1]);
      return recipe[2] ? new DataView(bytes.buffer) : bytes.buffer;
    }
    case 'boxed':
      return Object(primitives()[recipe[1]] ?? 0);
    case 'weak':
      return recipe[1] ? new WeakMap() : new WeakSet();
    case 'cycle':
      return stack.length === 0 ? null : stack[Math.max(0, stack.length - 1 - recipe[1])];
    case 'getter': {
      const holder = {};
      stack.push(holder);
      const inner = build(recipe[1], stack);
      stack.pop();
      Object.defineProperty(holder, 'value', { get: () => inner, enumerable: true });
      return holder;
    }
    case 'obj':
      return buildObject(recipe, stack);
    case 'arr': {
      const array = [];
      stack.push(array);
      recipe[1].forEach((item, i) => {
        if (item[0] === 'hole') array.length = i + 1;
        else array[i] = build(item, stack);
      });
      if (recipe[2] === 1) array.extra = 'x';
      if (recipe[2] === 2) array[Symbol.for('k')] = 1;
      stack.pop();
      return array;
    }
    case 'map': {
      const map = new Map();
      stack.push(map);
      for (const [key, value] of recipe[1]) map.set(build(key, stack), build(value, stack));
      stack.pop();
      return map;
    }
    case 'set': {
      const set = new Set();
      stack.push(set);
      for (const item of recipe[1]) set.add(build(item, stack));
      stack.pop();
      return set;
    }
    default:
      throw new Error(`unknown recipe ${kind}`);
  }
}

function buildObject(recipe, stack) {
  const [, entries, protoIndex, flags] = recipe;
  const { Foo, Bar } = classes();
  const proto = PROTOS[protoIndex];
  let object;
  if (proto === 'null') object = Object.create(null);
  else if (proto === 'Foo') object = new Foo();
  else if (proto === 'Bar') object = new Bar();
  else if (proto === 'Array') object = Object.create(Array.prototype);
  else object = {};
  stack.push(object);
  for (const [keyIndex, value] of entries) object[KEYS[keyIndex]] = build(value, stack);
  stack.pop();
  if (flags & 1) object[Symbol.for('sym')] = 1;
  if (flags & 2) Object.defineProperty(object, 'hidden', { value: flags, enumerable: false });
  if (flags & 4) Object.defineProperty(object, Symbol.toStringTag, { value: 'Tagged', enumerable: false });
  return object;
}

// ---------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------

/** A small deterministic generator (xorshift32) for choosing mutations. */
function generator(seed) {
  let state = seed | 0 || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

/** Every node of a recipe, parents before children. */
function nodes(recipe, out = []) {
  out.push(recipe);
  switch (recipe[0]) {
    case 'obj':
      for (const entry of recipe[1]) nodes(entry[1], out);
      break;
    case 'arr':
    case 'set':
      for (const item of recipe[1]) nodes(item, out);
      break;
    case 'map':
      for (const [key, value] of recipe[1]) {
        nodes(key, out);
        nodes(value, out);
      }
      break;
    case 'getter':
      nodes(recipe[1], out);
      break;
    default:
  }
  return out;
}

function swapFirstTwo(list) {
  if (list.length >= 2) [list[0], list[1]] = [list[1], list[0]];
}

/** Changes one node of `recipe` in place, chosen by `pick`. */
function mutateNode(node, pick) {
  switch (node[0]) {
    case 'p':
      node[1] = pick(4) === 0 ? pick(NEAR.length) : NEAR[node[1]];
      if (pick(6) === 0) node[0] = 'boxed';
      break;
    case 'boxed':
      if (pick(2) === 0) node[0] = 'p';
      else node[1] = NEAR[node[1]];
      break;
    case 'hole':
      node[0] = 'p';
      node[1] = 11; // undefined
      break;
    case 'date':
      node[1] = pick(2) === 0 ? -5 : node[1] + 1;
      break;
    case 're':
      node[1 + pick(3)] = (node[1 + pick(3)] + 1) % 3;
      break;
    case 'err':
      [() => (node[1] = (node[1] + 1) % ERRORS.length), () => (node[2] = `${node[2]}!`), () => (node[3] = !node[3])][pick(3)]();
      break;
    case 'typed': {
      const choice = pick(3);
      if (choice === 0 || node[2].length === 0) node[1] = [1, 0, 2, 3, 5, 4, 6][node[1]];
      else if (choice === 1) node[2][pick(node[2].length)] = pick(FLOATS.length);
      else node[2].pop();
      break;
    }
    case 'ab':
      if (node[1].length > 0 && pick(2) === 0) node[1][pick(node[1].length)] ^= 1;
      else if (pick(2) === 0) node[2] = !node[2];
      else node[1].push(0);
      break;
    case 'weak':
      node[1] = pick(2) === 0 ? node[1] : !node[1];
      break;
    case 'cycle':
      node[1] = (node[1] + 1) % 4;
      break;
    case 'obj': {
      const choice = pick(5);
      if (choice === 0) swapFirstTwo(node[1]);
      else if (choice === 1) node[2] = [1, 0, 3, 2, 0][node[2]];
      else if (choice === 2) node[3] ^= 1 << pick(3);
      else if (choice === 3 && node[1].length > 0) node[1].pop();
      else node[1].push([pick(KEYS.length), ['p', pick(NEAR.length)]]);
      break;
    }
    case 'arr': {
      const choice = pick(4);
      const holes = node[1].map((item, i) => (item[0] === 'hole' ? i : -1)).filter((i) => i >= 0);
      if (choice === 0 && holes.length > 0) node[1][holes[0]] = ['p', 11];
      else if (choice === 1) node[2] = (node[2] + 1) % 3;
      else if (choice === 2 && node[1].length > 0) node[1].pop();
      else node[1].push(pick(2) === 0 ? ['hole'] : ['p', 11]);
      break;
    }
    case 'set':
      if (pick(2) === 0) swapFirstTwo(node[1]);
      else if (node[1].length > 0) node[1][pick(node[1].length)] = ['p', pick(NEAR.length)];
      else node[1].push(['p', pick(NEAR.length)]);
      break;
    case 'map':
      if (pick(2) === 0) swapFirstTwo(node[1]);
      else if (node[1].length > 0) node[1][pick(node[1].length)][pick(2)] = ['p', pick(NEAR.length)];
      else node[1].push([['p', pick(NEAR.length)], ['p', pick(NEAR.length)]]);
      break;
    case 'getter':
      mutateNode(node[1], pick);
      break;
    default:
  }
}

/** The recipe of the second value: a copy, with one node changed in 4 pairs of 5. */
export function mutate(recipe, seed) {
  const copy = JSON.parse(JSON.stringify(recipe));
  const pick = generator(seed);
  if (pick(5) === 0) return copy;
  const all = nodes(copy);
  mutateNode(all[pick(all.length)], pick);
  return copy;
}

/** Builds the two values of a drawn pair. */
export function buildPair([recipe, seed]) {
  return [build(recipe), build(mutate(recipe, seed))];
}

/** One character per pair: bit 0 is the loose verdict, bit 1 the strict one. */
export function verdict(loose, strict) {
  return String((loose ? 1 : 0) + (strict ? 2 : 0));
}
