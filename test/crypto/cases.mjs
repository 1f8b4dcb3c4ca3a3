// The differential cases of `crypto` (hashes, HMAC, KDFs, argument errors): inputs drawn
// from a fixed-seed generator, run through the public API of a crypto module. Real Node
// 16.13.1 runs them in scripts/golden/crypto.mjs and records a hash of every outcome in
// test/golden/node16-crypto.json; test/crypto/differential.test.ts runs the same inputs
// through polynode and compares outcome by outcome.
//
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
import { describe as describeValue, hash, outcome } from '../buffer/differential-cases.mjs';

export { hash };
export const SEED = 0xc0ffee16;
export const RUNS = 300;

/** The digests polynode computes, by canonical name. */
export const ALGORITHMS = [
  'md5', 'md5-sha1', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256', 'ripemd160', 'blake2b512', 'blake2s256',
];

/** Other names OpenSSL (and so Node) gives the same digests. */
const ALIASES = {
  md5: ['MD5', 'RSA-MD5', 'md5WithRSAEncryption', 'ssl3-md5', 'Md5'],
  sha1: ['SHA1', 'RSA-SHA1', 'RSA-SHA1-2', 'sha1WithRSAEncryption', 'ssl3-sha1'],
  sha224: ['SHA224', 'RSA-SHA224', 'sha224WithRSAEncryption'],
  sha256: ['SHA256', 'RSA-SHA256', 'rsa-sha256', 'sha256WithRSAEncryption', 'Sha256'],
  sha384: ['SHA384', 'RSA-SHA384', 'sha384WithRSAEncryption'],
  sha512: ['SHA512', 'RSA-SHA512', 'sha512WithRSAEncryption'],
  'sha512-224': ['SHA512-224', 'RSA-SHA512/224', 'sha512-224WithRSAEncryption'],
  'sha512-256': ['SHA512-256', 'RSA-SHA512/256', 'sha512-256WithRSAEncryption'],
  'sha3-224': ['SHA3-224', 'RSA-SHA3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-224'],
  'sha3-256': ['SHA3-256', 'RSA-SHA3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-256'],
  'sha3-384': ['SHA3-384', 'RSA-SHA3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-384'],
  'sha3-512': ['SHA3-512', 'RSA-SHA3-512', 'id-rsassa-pkcs1-v1_5-with-sha3-512'],
  shake128: ['SHAKE128'],
  shake256: ['SHAKE256'],
  ripemd160: ['RIPEMD160', 'ripemd', 'rmd160', 'RSA-RIPEMD160', 'ripemd160WithRSA'],
  blake2b512: ['BLAKE2B512', 'BLAKE2b512'],
  blake2s256: ['BLAKE2S256'],
  'md5-sha1': ['MD5-SHA1'],
};

const IN_ENCODINGS = [
  undefined, 'utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'UTF-16LE', 'latin1', 'binary', 'ascii', 'base64',
  'base64url', 'hex', 'HEX', 'buffer', 'bogus', null, '',
];
const OUT_ENCODINGS = [
  undefined, 'buffer', 'hex', 'HEX', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'utf16le', 'ascii',
  'utf8', 'bogus', null, '',
];

/** A small deterministic generator (xorshift32), the same in every engine. */
export function rng(seed) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick };
}

function randomString(r) {
  const kind = r.int(5);
  const n = r.int(kind === 4 ? 300 : 40);
  let out = '';
  for (let i = 0; i < n; i++) {
    switch (kind) {
      case 0: out += String.fromCharCode(r.int(0x10000)); break;
      case 1: out += String.fromCharCode(r.pick([0x20 + r.int(95), 0x80 + r.int(0x780), 0x800 + r.int(0xf7ff), 0xd83d, 0xde00])); break;
      case 2: out += r.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n*']); break;
      case 3: out += r.pick([...'0123456789abcdefABCDEF g']); break;
      default: out += String.fromCharCode(0x20 + r.int(95));
    }
  }
  return out;
}

function randomBytes(r, max = 200) {
  const n = r.int(3) === 0 ? r.int(1100) : r.int(max);
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = r.int(256);
  return bytes;
}

/** A piece of data as `update` takes it, described as a plain object (rebuilt by `materialize`). */
function randomChunk(r) {
  if (r.int(2) === 0) return { type: 'string', value: randomString(r), encoding: r.pick(IN_ENCODINGS) };
  const bytes = randomBytes(r);
  return { type: r.pick(['Buffer', 'Uint8Array', 'DataView', 'Uint16Array', 'Int32Array', 'Float64Array', 'sliced']), bytes };
}

function materialize(lib, chunk) {
  if (chunk.type === 'string') return chunk.value;
  const { bytes } = chunk;
  const b = new Uint8Array(bytes.length + 3);
  b.set(bytes, 3);
  switch (chunk.type) {
    case 'Buffer': return lib.Buffer.from(bytes);
    case 'Uint8Array': return bytes.slice();
    case 'DataView': return new DataView(b.buffer, 3, bytes.length);
    case 'sliced': return lib.Buffer.from(b.buffer, 3, bytes.length);
    default: {
      const Ctor = { Uint16Array, Int32Array, Float64Array }[chunk.type];
      const n = Math.floor(bytes.length / Ctor.BYTES_PER_ELEMENT);
      return new Ctor(bytes.buffer, 0, n);
    }
  }
}

function nameFor(r, algorithm) {
  return r.int(3) === 0 ? r.pick(ALIASES[algorithm]) : algorithm;
}

function hashCase(r, algorithm) {
  const chunks = [];
  const n = r.int(5);
  for (let i = 0; i < n; i++) chunks.push(randomChunk(r));
  const xof = algorithm.startsWith('shake');
  return {
    name: nameFor(r, algorithm),
    options: xof && r.int(2) === 0 ? { outputLength: r.int(200) } : undefined,
    chunks,
    copyAt: r.int(3) === 0 ? r.int(n + 1) : -1,
    copyOptions: xof && r.int(2) === 0 ? { outputLength: r.int(100) } : undefined,
    encoding: r.pick(OUT_ENCODINGS),
  };
}

function runHash(lib, c) {
  return outcome(() => {
    let h = lib.createHash(c.name, c.options);
    const results = [];
    for (let i = 0; i < c.chunks.length; i++) {
      if (i === c.copyAt) {
        const copy = h.copy(c.copyOptions);
        results.push(describeValue(copy.digest(c.encoding)));
      }
      const chunk = c.chunks[i];
      const data = materialize(lib, chunk);
      if (chunk.type === 'string' && chunk.encoding !== undefined) h.update(data, chunk.encoding);
      else h.update(data);
    }
    results.push(describeValue(h.digest(c.encoding)));
    return results.join('|');
  });
}

function randomKey(r) {
  switch (r.int(4)) {
    case 0: return { type: 'string', value: randomString(r), encoding: r.pick([undefined, 'utf8', 'hex', 'base64', 'latin1', 'buffer']) };
    case 1: return { type: 'Buffer', bytes: randomBytes(r, 300) };
    case 2: return { type: 'ArrayBuffer', bytes: randomBytes(r, 200) };
    default: return { type: 'DataView', bytes: randomBytes(r, 150) };
  }
}

function materializeKey(lib, key) {
  if (key.type === 'string') return key.value;
  if (key.type === 'ArrayBuffer') return key.bytes.slice().buffer;
  return materialize(lib, key);
}

function hmacCase(r, algorithm) {
  const c = hashCase(r, algorithm);
  c.options = undefined;
  c.key = randomKey(r);
  c.twice = r.int(8) === 0;
  return c;
}

function runHmac(lib, c) {
  return outcome(() => {
    const options = c.key.type === 'string' && c.key.encoding !== undefined ? { encoding: c.key.encoding } : undefined;
    const h = lib.createHmac(c.name, materializeKey(lib, c.key), options);
    for (const chunk of c.chunks) {
      const data = materialize(lib, chunk);
      if (chunk.type === 'string' && chunk.encoding !== undefined) h.update(data, chunk.encoding);
      else h.update(data);
    }
    const first = describeValue(h.digest(c.encoding));
    return c.twice ? `${first}|${outcome(() => h.digest(c.encoding))}|${outcome(() => h.update('x'))}` : first;
  });
}

const KDF_DIGESTS = ALGORITHMS.filter((a) => a !== 'md5-sha1');

function bytesOut(value) {
  return value instanceof ArrayBuffer ? `AB:${describeValue(new Uint8Array(value))}` : describeValue(value);
}

function pbkdf2Case(r) {
  return {
    password: randomKey(r), salt: randomKey(r), iterations: 1 + r.int(40), keylen: r.int(100),
    digest: nameFor(r, r.pick(KDF_DIGESTS)),
  };
}

function hkdfCase(r) {
  return { key: randomKey(r), salt: randomKey(r), info: randomKey(r), length: r.int(200), digest: nameFor(r, r.pick(KDF_DIGESTS)) };
}

function scryptCase(r) {
  const options = {};
  if (r.int(4) !== 0) options[r.pick(['N', 'cost'])] = 2 ** (1 + r.int(6));
  if (r.int(2) === 0) options[r.pick(['r', 'blockSize'])] = 1 + r.int(4);
  if (r.int(2) === 0) options[r.pick(['p', 'parallelization'])] = 1 + r.int(2);
  if (r.int(6) === 0) options.maxmem = r.int(100000);
  if (!('N' in options) && !('cost' in options)) options.N = 16;
  return { password: randomKey(r), salt: randomKey(r), keylen: r.int(80), options };
}

/** Argument and state errors, each a call on the module. */
export const ERROR_CASES = [
  ['createHash unknown', (l) => l.createHash('nope')],
  ['createHash sha-256', (l) => l.createHash('sha-256')],
  ['createHash md4 unsupported name with bad option', (l) => l.createHash('nope', { outputLength: -1 })],
  ['createHash number', (l) => l.createHash(1)],
  ['createHash undefined', (l) => l.createHash()],
  ['createHash outputLength on sha256', (l) => l.createHash('sha256', { outputLength: 5 })],
  ['createHash outputLength equal on sha256', (l) => l.createHash('sha256', { outputLength: 32 }).digest('hex')],
  ['createHash outputLength -1', (l) => l.createHash('shake128', { outputLength: -1 })],
  ['createHash outputLength 1.5', (l) => l.createHash('shake128', { outputLength: 1.5 })],
  ['createHash outputLength string', (l) => l.createHash('shake128', { outputLength: '1' })],
  ['createHash outputLength 2^32', (l) => l.createHash('shake256', { outputLength: 2 ** 32 })],
  ['createHash options null', (l) => l.createHash('md5', null).digest('hex')],
  ['createHash options number', (l) => l.createHash('md5', 1).digest('hex')],
  ['digest twice', (l) => { const h = l.createHash('md5'); h.digest(); return h.digest(); }],
  ['update after digest', (l) => { const h = l.createHash('sha1'); h.digest(); h.update('a'); }],
  ['copy after digest', (l) => { const h = l.createHash('sha1'); h.digest(); h.copy(); }],
  ['update number', (l) => l.createHash('md5').update(1)],
  ['update null', (l) => l.createHash('md5').update(null)],
  ['update ArrayBuffer', (l) => l.createHash('md5').update(new ArrayBuffer(2))],
  ['update array', (l) => l.createHash('md5').update([1, 2])],
  ['update odd hex', (l) => l.createHash('md5').update('abc', 'hex')],
  ['update odd HEX', (l) => l.createHash('md5').update('abc', 'HEX')],
  ['update returns this', (l) => { const h = l.createHash('md5'); return h.update('a') === h; }],
  ['createHmac unknown', (l) => l.createHmac('nope', 'k')],
  ['createHmac number digest', (l) => l.createHmac(1, 'k')],
  ['createHmac number key', (l) => l.createHmac('sha256', 1)],
  ['createHmac null key', (l) => l.createHmac('sha256', null)],
  ['createHmac shake', (l) => l.createHmac('shake128', 'k')],
  ['createHmac bad encoding option', (l) => l.createHmac('sha256', 'k', { encoding: 1 })],
  ['createHmac unknown key encoding', (l) => l.createHmac('sha256', 'k', { encoding: 'bogus' })],
  ['hmac update after digest', (l) => { const h = l.createHmac('md5', 'k'); h.digest(); h.update('a'); }],
  ['hmac digest twice hex', (l) => { const h = l.createHmac('md5', 'k'); h.digest(); return h.digest('hex'); }],
  ['hmac digest twice bogus', (l) => { const h = l.createHmac('md5', 'k'); h.digest(); return h.digest('bogus'); }],
  ['hmac update number', (l) => l.createHmac('md5', 'k').update(1)],
  ['pbkdf2Sync unknown digest', (l) => l.pbkdf2Sync('p', 's', 1, 10, 'nope')],
  ['pbkdf2Sync iterations 0', (l) => l.pbkdf2Sync('p', 's', 0, 10, 'sha1')],
  ['pbkdf2Sync iterations string', (l) => l.pbkdf2Sync('p', 's', '1', 10, 'sha1')],
  ['pbkdf2Sync iterations 1.5', (l) => l.pbkdf2Sync('p', 's', 1.5, 10, 'sha1')],
  ['pbkdf2Sync keylen -1', (l) => l.pbkdf2Sync('p', 's', 1, -1, 'sha1')],
  ['pbkdf2Sync keylen 0', (l) => l.pbkdf2Sync('p', 's', 1, 0, 'sha1')],
  ['pbkdf2Sync no digest', (l) => l.pbkdf2Sync('p', 's', 1, 10)],
  ['pbkdf2Sync password number', (l) => l.pbkdf2Sync(1, 's', 1, 10, 'sha1')],
  ['pbkdf2Sync salt number', (l) => l.pbkdf2Sync('p', 1, 1, 10, 'sha1')],
  ['pbkdf2Sync shake', (l) => l.pbkdf2Sync('p', 's', 1, 10, 'shake128')],
  ['pbkdf2 no callback', (l) => l.pbkdf2('p', 's', 1, 10, 'sha1')],
  ['pbkdf2 callback as digest', (l) => l.pbkdf2('p', 's', 1, 10, () => {})],
  ['hkdfSync unknown digest', (l) => l.hkdfSync('nope', 'k', 's', 'i', 10)],
  ['hkdfSync too long', (l) => l.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1)],
  ['hkdfSync max length', (l) => bytesOut(l.hkdfSync('sha1', 'k', 's', 'i', 255 * 20)).length],
  ['hkdfSync info too long', (l) => l.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 10)],
  ['hkdfSync empty key', (l) => l.hkdfSync('sha256', '', 's', 'i', 10)],
  ['hkdfSync key number', (l) => l.hkdfSync('sha256', 1, 's', 'i', 10)],
  ['hkdfSync salt number', (l) => l.hkdfSync('sha256', 'k', 1, 'i', 10)],
  ['hkdfSync info number', (l) => l.hkdfSync('sha256', 'k', 's', 1, 10)],
  ['hkdfSync length -1', (l) => l.hkdfSync('sha256', 'k', 's', 'i', -1)],
  ['hkdfSync length 0', (l) => l.hkdfSync('sha256', 'k', 's', 'i', 0)],
  ['hkdfSync length string', (l) => l.hkdfSync('sha256', 'k', 's', 'i', '1')],
  ['hkdfSync digest number', (l) => l.hkdfSync(1, 'k', 's', 'i', 10)],
  ['hkdfSync shake', (l) => l.hkdfSync('shake128', 'k', 's', 'i', 10)],
  ['hkdf no callback', (l) => l.hkdf('sha256', 'k', 's', 'i', 10)],
  ['scryptSync N 15', (l) => l.scryptSync('p', 's', 16, { N: 15 })],
  ['scryptSync N and cost', (l) => l.scryptSync('p', 's', 16, { N: 16, cost: 16 })],
  ['scryptSync r and blockSize', (l) => l.scryptSync('p', 's', 16, { N: 16, r: 1, blockSize: 1 })],
  ['scryptSync p and parallelization', (l) => l.scryptSync('p', 's', 16, { N: 16, p: 1, parallelization: 1 })],
  ['scryptSync N 2^20', (l) => l.scryptSync('p', 's', 16, { N: 2 ** 20 })],
  ['scryptSync default memory limit', (l) => l.scryptSync('p', 's', 16, { N: 2 ** 15 })],
  ['scryptSync N 1', (l) => l.scryptSync('p', 's', 16, { N: 1 })],
  ['scryptSync N 2^16 r 1', (l) => l.scryptSync('p', 's', 16, { N: 2 ** 16, r: 1, maxmem: 2 ** 30 })],
  ['scryptSync maxmem 10', (l) => l.scryptSync('p', 's', 16, { N: 16, maxmem: 10 })],
  ['scryptSync maxmem -1', (l) => l.scryptSync('p', 's', 16, { N: 16, maxmem: -1 })],
  ['scryptSync maxmem 1.5', (l) => l.scryptSync('p', 's', 16, { N: 16, maxmem: 1.5 })],
  ['scryptSync N string', (l) => l.scryptSync('p', 's', 16, { N: '16' })],
  ['scryptSync r -1', (l) => l.scryptSync('p', 's', 16, { N: 16, r: -1 })],
  ['scryptSync p huge', (l) => l.scryptSync('p', 's', 16, { N: 16, r: 8, p: 2 ** 28 })],
  ['scryptSync keylen -1', (l) => l.scryptSync('p', 's', -1)],
  ['scryptSync keylen 1.5', (l) => l.scryptSync('p', 's', 1.5)],
  ['scryptSync keylen 0', (l) => l.scryptSync('p', 's', 0, { N: 16 })],
  ['scryptSync password number', (l) => l.scryptSync(1, 's', 1)],
  ['scryptSync options null', (l) => l.scryptSync('p', 's', 16, null)],
  ['scryptSync options number', (l) => l.scryptSync('p', 's', 16, 1)],
  ['scryptSync zeros mean defaults', (l) => l.scryptSync('p', 's', 16, { N: 0, r: 0, p: 0, maxmem: 0 })],
  ['scrypt no callback', (l) => l.scrypt('p', 's', 16, { N: 16 })],
  ['randomBytes -1', (l) => l.randomBytes(-1)],
  ['randomBytes 2^31', (l) => l.randomBytes(2 ** 31)],
  ['randomBytes string', (l) => l.randomBytes('1')],
  ['randomBytes NaN', (l) => l.randomBytes(NaN)],
  ['randomBytes 1.5', (l) => l.randomBytes(1.5).length],
  ['randomBytes 0', (l) => l.randomBytes(0).length],
  ['randomBytes 70000', (l) => l.randomBytes(70000).length],
  ['randomBytes bad callback', (l) => l.randomBytes(1, 1)],
  ['randomFillSync number', (l) => l.randomFillSync(1)],
  ['randomFillSync offset 5', (l) => l.randomFillSync(new Uint8Array(4), 5)],
  ['randomFillSync size + offset', (l) => l.randomFillSync(new Uint8Array(4), 1, 4)],
  ['randomFillSync offset -1', (l) => l.randomFillSync(new Uint8Array(4), -1)],
  ['randomFillSync offset string', (l) => l.randomFillSync(new Uint8Array(4), '1')],
  ['randomFillSync Uint16Array elements', (l) => l.randomFillSync(new Uint16Array(4), 1, 7)],
  ['randomFillSync Uint16Array fits', (l) => l.randomFillSync(new Uint16Array(4), 1, 3).length],
  ['randomFillSync ArrayBuffer', (l) => l.randomFillSync(new ArrayBuffer(4)).byteLength],
  ['randomFillSync keeps prefix', (l) => { const b = new Uint8Array(8); l.randomFillSync(b, 4, 0); return b; }],
  ['randomFill no callback', (l) => l.randomFill(new Uint8Array(4))],
  ['randomFill number', (l) => l.randomFill(1, () => {})],
  ['randomFill offset too big with callback', (l) => l.randomFill(new Uint16Array(4), 3, () => {})],
  ['randomFill size too big', (l) => l.randomFill(new Uint8Array(4), 0, 5, () => {})],
  ['randomInt max < min', (l) => l.randomInt(10, 1)],
  ['randomInt 1.5', (l) => l.randomInt(1.5)],
  ['randomInt 2^48+1', (l) => l.randomInt(2 ** 48 + 1)],
  ['randomInt 0', (l) => l.randomInt(0)],
  ['randomInt -1', (l) => l.randomInt(-1)],
  ['randomInt string', (l) => l.randomInt('1')],
  ['randomInt min string', (l) => l.randomInt('1', 5)],
  ['randomInt bad callback', (l) => l.randomInt(1, 2, 3)],
  ['randomInt range too big', (l) => l.randomInt(-(2 ** 48), 2 ** 48)],
  ['randomInt range 2^48-1', (l) => typeof l.randomInt(0, 2 ** 48 - 1)],
  ['randomInt 1', (l) => l.randomInt(1)],
  ['randomInt 5..6', (l) => l.randomInt(5, 6)],
  ['randomUUID number', (l) => l.randomUUID(1)],
  ['randomUUID null', (l) => l.randomUUID(null)],
  ['randomUUID bad option', (l) => l.randomUUID({ disableEntropyCache: 1 })],
  ['randomUUID shape', (l) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(l.randomUUID({ disableEntropyCache: true }))],
  ['timingSafeEqual lengths', (l) => l.timingSafeEqual(l.Buffer.from('a'), l.Buffer.from('ab'))],
  ['timingSafeEqual strings', (l) => l.timingSafeEqual('a', 'a')],
  ['timingSafeEqual second string', (l) => l.timingSafeEqual(l.Buffer.from('a'), 'a')],
  ['timingSafeEqual mixed views', (l) => l.timingSafeEqual(new Uint16Array(1), new Uint8Array(2))],
  ['timingSafeEqual ArrayBuffers', (l) => l.timingSafeEqual(new ArrayBuffer(1), new ArrayBuffer(1))],
  ['timingSafeEqual different', (l) => l.timingSafeEqual(l.Buffer.from('ab'), l.Buffer.from('ac'))],
  ['timingSafeEqual DataView', (l) => l.timingSafeEqual(new DataView(new ArrayBuffer(3)), new Uint8Array(3))],
  ['getHashes sorted', (l) => { const h = l.getHashes(); return h.join() === [...h].sort().join(); }],
  ['getHashes has sha256 and RSA-SHA256', (l) => l.getHashes().includes('sha256') && l.getHashes().includes('RSA-SHA256')],
  ['Hash is a function', (l) => typeof l.Hash],
  ['createHash instanceof Hash', (l) => l.createHash('md5') instanceof l.Hash],
  ['createHmac instanceof Hmac', (l) => l.createHmac('md5', 'k') instanceof l.Hmac],
];

/** Every property: a name and its list of cases, each run by `run(lib, case)` into an outcome string. */
export function properties() {
  const list = [];
  for (const algorithm of ALGORITHMS) {
    list.push({ name: `hash ${algorithm}`, draw: (r) => hashCase(r, algorithm), run: runHash });
  }
  for (const algorithm of ALGORITHMS.filter((a) => !a.startsWith('shake'))) {
    list.push({ name: `hmac ${algorithm}`, draw: (r) => hmacCase(r, algorithm), run: runHmac });
  }
  const kdf = (fn) => (lib, c) => outcome(() => bytesOut(fn(lib, c)));
  list.push({
    name: 'pbkdf2Sync',
    draw: pbkdf2Case,
    run: kdf((l, c) => l.pbkdf2Sync(materializeKey(l, c.password), materializeKey(l, c.salt), c.iterations, c.keylen, c.digest)),
  });
  list.push({
    name: 'hkdfSync',
    draw: hkdfCase,
    run: kdf((l, c) => l.hkdfSync(c.digest, materializeKey(l, c.key), materializeKey(l, c.salt), materializeKey(l, c.info), c.length)),
  });
  list.push({
    name: 'scryptSync',
    draw: scryptCase,
    run: kdf((l, c) => l.scryptSync(materializeKey(l, c.password), materializeKey(l, c.salt), c.keylen, c.options)),
  });
  return list;
}

/** The cases of one property, drawn from the seed and the property's name. */
export function draw(property, runs = RUNS) {
  let seed = SEED;
  for (let i = 0; i < property.name.length; i++) seed = Math.imul(seed ^ property.name.charCodeAt(i), 0x01000193) >>> 0;
  const r = rng(seed);
  const cases = [];
  for (let i = 0; i < runs; i++) cases.push(property.draw(r));
  return cases;
}

/** Outcomes of the error cases, by name. */
export function runErrors(lib) {
  const out = {};
  for (const [name, fn] of ERROR_CASES) out[name] = outcome(() => fn(lib));
  return out;
}

/** Callback forms: each resolves to a description of what the callback got and whether it came synchronously. */
export const ASYNC_CASES = [
  ['pbkdf2', (l, cb) => l.pbkdf2('pw', 'salt', 3, 20, 'sha256', cb)],
  ['pbkdf2 shake', (l, cb) => l.pbkdf2('pw', 'salt', 3, 20, 'shake256', cb)],
  ['pbkdf2 keylen 0', (l, cb) => l.pbkdf2('pw', 'salt', 3, 0, 'sha1', cb)],
  ['hkdf', (l, cb) => l.hkdf('sha512', 'key', 'salt', 'info', 100, cb)],
  ['hkdf length 0', (l, cb) => l.hkdf('sha512', 'key', 'salt', 'info', 0, cb)],
  ['scrypt', (l, cb) => l.scrypt('pw', 'salt', 32, { N: 32, r: 2, p: 2 }, cb)],
  ['scrypt without options', (l, cb) => l.scrypt('pw', 'salt', 8, cb)],
  ['randomBytes', (l, cb) => l.randomBytes(8, (err, buf) => cb(err, buf && buf.length))],
  ['randomFill', (l, cb) => l.randomFill(new Uint8Array(8), 2, 3, (err, buf) => cb(err, buf && buf.length))],
  ['randomFill empty', (l, cb) => l.randomFill(new Uint8Array(8), 8, (err, buf) => cb(err, buf && buf.length))],
  ['randomInt', (l, cb) => l.randomInt(3, 4, cb)],
];

/** Runs every callback case; resolves to their outcomes by name. */
export async function runAsync(lib) {
  const out = {};
  for (const [name, fn] of ASYNC_CASES) {
    out[name] = await new Promise((resolve) => {
      let sync = true;
      try {
        fn(lib, (err, value) => resolve(`${sync ? 'sync' : 'async'}:${err ? describeValue(err) : bytesOut(value)}`));
      } catch (error) {
        resolve(`threw:${describeValue(error)}`);
      }
      sync = false;
    });
  }
  return out;
}
