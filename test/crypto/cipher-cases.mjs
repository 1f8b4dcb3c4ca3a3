// The differential cases of `crypto`'s ciphers: random keys, IVs, plaintexts, AAD, tag
// lengths, paddings and chunkings from a fixed seed, run through a crypto module's public
// API. Real Node 16.13.1 runs them in scripts/golden/crypto-ciphers.mjs and records a hash
// of every outcome in test/golden/node16-crypto-ciphers.json;
// test/crypto/cipher-differential.test.ts runs the same inputs through polynode.
//
// Plain JavaScript on purpose: Node 16 runs it directly, Rollup bundles it into the tests.
import { describe as describeValue, hash } from '../buffer/differential-cases.mjs';
import { rng } from './cases.mjs';

export { hash };
export const SEED = 0xc1f3e516;
export const RUNS = 60;

/** The cipher names served, and a few other spellings OpenSSL accepts. */
export const CIPHERS = [
  'aes-128-cbc', 'aes-128-cfb', 'aes-128-cfb1', 'aes-128-cfb8', 'aes-128-ctr', 'aes-128-ecb', 'aes-128-gcm', 'aes-128-ofb',
  'aes-192-cbc', 'aes-192-cfb', 'aes-192-cfb1', 'aes-192-cfb8', 'aes-192-ctr', 'aes-192-ecb', 'aes-192-gcm', 'aes-192-ofb',
  'aes-256-cbc', 'aes-256-cfb', 'aes-256-cfb1', 'aes-256-cfb8', 'aes-256-ctr', 'aes-256-ecb', 'aes-256-gcm', 'aes-256-ofb',
  'aes128', 'aes192', 'aes256', 'chacha20', 'chacha20-poly1305', 'des-ede3', 'des-ede3-cbc', 'des3',
  'AES-256-GCM', 'id-aes128-GCM', 'Aes-128-Cbc', 'DES-EDE3-CBC',
];

const INFO = {
  cbc: { key: 0, iv: 16, block: 16 }, ecb: { key: 0, iv: 0, block: 16 }, gcm: { key: 0, iv: 12, aead: 'gcm' },
  cfb: { key: 0, iv: 16 }, cfb1: { key: 0, iv: 16 }, cfb8: { key: 0, iv: 16 }, ctr: { key: 0, iv: 16 }, ofb: { key: 0, iv: 16 },
};

/** Key length, IV length, block size and AEAD kind of a cipher name. */
function spec(name) {
  const n = name.toLowerCase();
  if (n === 'chacha20') return { key: 32, iv: 16 };
  if (n === 'chacha20-poly1305') return { key: 32, iv: 12, aead: 'chacha' };
  if (n === 'des-ede3') return { key: 24, iv: 0, block: 8 };
  if (n === 'des-ede3-cbc' || n === 'des3') return { key: 24, iv: 8, block: 8 };
  const m = /^(?:id-)?aes-?(128|192|256)(?:-(\w+))?$/.exec(n);
  const info = { ...INFO[m[2] ?? 'cbc'] };
  info.key = Number(m[1]) / 8;
  return info;
}

const OUT_ENCODINGS = [undefined, 'buffer', 'hex', 'base64', 'latin1', 'binary', 'ucs2', 'utf8', 'HEX'];

function bytes(r, n) {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = r.int(256);
  return out;
}

/** Cut points splitting `length` bytes into random chunks (some empty). */
function cuts(r, length) {
  const n = r.int(5);
  const points = [];
  for (let i = 0; i < n; i++) points.push(r.int(length + 1));
  return points.sort((a, b) => a - b);
}

function cipherCase(r, name) {
  const s = spec(name);
  let ivLength = s.iv;
  if (s.aead === 'gcm' && r.int(3) === 0) ivLength = 1 + r.int(40);
  if (s.aead === 'chacha' && r.int(3) === 0) ivLength = 1 + r.int(12);
  const gcmTags = [4, 8, 12, 13, 14, 15, 16];
  let authTagLength;
  if (s.aead === 'chacha') authTagLength = 1 + r.int(16);
  else if (s.aead === 'gcm' && r.int(2) === 0) authTagLength = r.pick(gcmTags);
  const plainLength = r.int(3) === 0 ? r.int(600) : r.int(70);
  const padding = s.block && r.int(4) === 0 ? false : true;
  const plain = padding || !s.block ? bytes(r, plainLength) : bytes(r, plainLength - (plainLength % s.block));
  return {
    name,
    key: bytes(r, s.key),
    keyAsString: r.int(8) === 0,
    iv: s.iv === 0 ? (r.int(2) ? null : new Uint8Array(0)) : bytes(r, ivLength),
    authTagLength,
    aad: s.aead && r.int(3) !== 0 ? [bytes(r, r.int(40)), ...(r.int(3) === 0 ? [bytes(r, r.int(20))] : [])] : [],
    plain,
    padding,
    cutsIn: cuts(r, plain.length),
    cutsOut: cuts(r, plain.length + 16),
    inputAsHex: r.int(5) === 0,
    outEncoding: r.pick(OUT_ENCODINGS),
    tamper: r.int(5) === 0 ? r.int(3) : -1, // 0: flip a ciphertext byte, 1: flip a tag byte, 2: drop the last byte
    tamperAt: r.int(1000),
    garbage: s.block ? bytes(r, s.block * (1 + r.int(3))) : undefined,
  };
}

/** An outcome, errors with their class, code, message and OpenSSL fields. */
function describe(value) {
  if (value instanceof Error) {
    return `E:${value.name}:${value.code}:${value.message}:${value.library}:${value.function}:${value.reason}:${String(value)}`;
  }
  return describeValue(value);
}

function outcome(fn) {
  try {
    return describe(fn());
  } catch (error) {
    return describe(error);
  }
}

function split(data, points) {
  const parts = [];
  let at = 0;
  for (const p of points) {
    const q = Math.min(p, data.length);
    if (q >= at) {
      parts.push(data.subarray(at, q));
      at = q;
    }
  }
  parts.push(data.subarray(at));
  return parts;
}

function concat(list) {
  let n = 0;
  for (const b of list) n += b.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const b of list) {
    out.set(b, o);
    o += b.length;
  }
  return out;
}

const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const fromHex = (s) => Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));

/** Runs update over the pieces and final, with the case's encodings; returns [bytes, text of every call]. */
function pump(lib, cipher, pieces, c) {
  const results = [];
  const out = [];
  for (const piece of pieces) {
    const r = c.inputAsHex ? cipher.update(hex(piece), 'hex', c.outEncoding) : cipher.update(lib.Buffer.from(piece), undefined, c.outEncoding);
    results.push(describe(r));
    out.push(r);
  }
  const f = cipher.final(c.outEncoding);
  results.push(describe(f));
  out.push(f);
  return results.join(',');
}

function runCipher(lib, c) {
  const parts = [];
  const key = c.keyAsString ? lib.Buffer.from(c.key).toString('latin1') : lib.Buffer.from(c.key);
  const options = c.authTagLength === undefined ? undefined : { authTagLength: c.authTagLength };
  let ciphertext;
  let tag;
  parts.push(outcome(() => {
    const cipher = lib.createCipheriv(c.name, key, c.iv, options);
    if (!c.padding) cipher.setAutoPadding(false);
    for (const a of c.aad) cipher.setAAD(lib.Buffer.from(a));
    const out = [];
    for (const piece of split(c.plain, c.cutsIn)) out.push(cipher.update(lib.Buffer.from(piece)));
    out.push(cipher.final());
    ciphertext = concat(out);
    if (c.aad.length || options || /gcm|poly/i.test(c.name)) tag = new Uint8Array(cipher.getAuthTag());
    return `${hex(ciphertext)}/${tag ? hex(tag) : ''}`;
  }));
  if (ciphertext === undefined) return parts.join('|');
  // The same encryption with string output and hex input: every call's result.
  parts.push(outcome(() => {
    const cipher = lib.createCipheriv(c.name, key, c.iv, options);
    if (!c.padding) cipher.setAutoPadding(false);
    for (const a of c.aad) cipher.setAAD(lib.Buffer.from(a));
    return pump(lib, cipher, split(c.plain, c.cutsIn), c);
  }));
  let input = ciphertext.slice();
  let inputTag = tag && tag.slice();
  if (c.tamper === 0 && input.length) input[c.tamperAt % input.length] ^= 1;
  if (c.tamper === 1 && inputTag) inputTag[c.tamperAt % inputTag.length] ^= 0x80;
  if (c.tamper === 2 && input.length) input = input.subarray(0, input.length - 1);
  parts.push(outcome(() => {
    const decipher = lib.createDecipheriv(c.name, key, c.iv, options);
    if (!c.padding) decipher.setAutoPadding(false);
    for (const a of c.aad) decipher.setAAD(lib.Buffer.from(a));
    if (inputTag) decipher.setAuthTag(lib.Buffer.from(inputTag));
    const out = [];
    for (const piece of split(input, c.cutsOut)) out.push(decipher.update(lib.Buffer.from(piece)));
    out.push(decipher.final());
    return hex(concat(out));
  }));
  if (c.garbage) {
    parts.push(outcome(() => {
      const decipher = lib.createDecipheriv(c.name, key, c.iv, options);
      return hex(concat([decipher.update(lib.Buffer.from(c.garbage)), decipher.final()]));
    }));
  }
  return parts.join('|');
}

/** Every property: one per cipher name. */
export function properties() {
  return CIPHERS.map((name) => ({ name: `cipher ${name}`, draw: (r) => cipherCase(r, name), run: runCipher }));
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

const K16 = new Uint8Array(16).fill(1);
const K24 = new Uint8Array(24).fill(2);
const K32 = new Uint8Array(32).fill(3);
const IV16 = new Uint8Array(16).fill(4);
const IV12 = new Uint8Array(12).fill(5);
const enc = (l, name, key, iv, options) => l.createCipheriv(name, l.Buffer.from(key), iv && l.Buffer.from(iv), options);
const dec = (l, name, key, iv, options) => l.createDecipheriv(name, l.Buffer.from(key), iv && l.Buffer.from(iv), options);
const tags = (l, name, options, n) => { const d = dec(l, name, /poly/.test(name) ? K32 : K16, IV12, options); d.setAuthTag(l.Buffer.alloc(n)); return 'ok'; };

/** Argument, state and OpenSSL errors, each a call on the module. */
export const ERROR_CASES = [
  ['key 15 bytes', (l) => enc(l, 'aes-128-cbc', new Uint8Array(15), IV16)],
  ['key 17 bytes', (l) => enc(l, 'aes-128-cbc', new Uint8Array(17), IV16)],
  ['des key 16 bytes', (l) => enc(l, 'des-ede3-cbc', new Uint8Array(16), new Uint8Array(8))],
  ['iv 15 bytes', (l) => enc(l, 'aes-128-cbc', K16, new Uint8Array(15))],
  ['iv null for cbc', (l) => enc(l, 'aes-128-cbc', K16, null)],
  ['iv empty for cbc', (l) => enc(l, 'aes-128-cbc', K16, new Uint8Array(0))],
  ['iv for ecb', (l) => enc(l, 'aes-128-ecb', K16, IV16)],
  ['bad key and bad iv', (l) => enc(l, 'aes-128-cbc', new Uint8Array(3), new Uint8Array(3))],
  ['unknown cipher', (l) => enc(l, 'aes-128-xyz', K16, IV16)],
  ['unknown cipher bf-cbc', (l) => enc(l, 'nope', K16, IV16)],
  ['gcm empty iv', (l) => enc(l, 'aes-128-gcm', K16, new Uint8Array(0))],
  ['gcm iv 1', (l) => enc(l, 'aes-128-gcm', K16, new Uint8Array(1)).final().length],
  ['gcm tag length 5', (l) => enc(l, 'aes-128-gcm', K16, IV12, { authTagLength: 5 })],
  ['gcm tag length 17', (l) => enc(l, 'aes-128-gcm', K16, IV12, { authTagLength: 17 })],
  ['gcm tag length 0', (l) => enc(l, 'aes-128-gcm', K16, IV12, { authTagLength: 0 })],
  ['gcm tag length string', (l) => enc(l, 'aes-128-gcm', K16, IV12, { authTagLength: 'x' })],
  ['gcm tag length -1', (l) => enc(l, 'aes-128-gcm', K16, IV12, { authTagLength: -1 })],
  ['gcm short tag', (l) => { const c = enc(l, 'aes-128-gcm', K16, IV12, { authTagLength: 4 }); c.final(); return c.getAuthTag(); }],
  ['chacha no authTagLength', (l) => enc(l, 'chacha20-poly1305', K32, IV12)],
  ['chacha tag 17', (l) => enc(l, 'chacha20-poly1305', K32, IV12, { authTagLength: 17 })],
  ['chacha tag 0', (l) => enc(l, 'chacha20-poly1305', K32, IV12, { authTagLength: 0 })],
  ['chacha iv 13', (l) => enc(l, 'chacha20-poly1305', K32, new Uint8Array(13), { authTagLength: 16 })],
  ['chacha iv 0', (l) => enc(l, 'chacha20-poly1305', K32, new Uint8Array(0), { authTagLength: 16 })],
  ['chacha20 iv 12', (l) => enc(l, 'chacha20', K32, IV12)],
  ['decrypt cbc zeros', (l) => { const d = dec(l, 'aes-128-cbc', K16, IV16); d.update(new Uint8Array(16)); return d.final(); }],
  ['decrypt cbc 17 bytes', (l) => { const d = dec(l, 'aes-128-cbc', K16, IV16); d.update(new Uint8Array(17)); return d.final(); }],
  ['decrypt cbc nothing', (l) => dec(l, 'aes-128-cbc', K16, IV16).final()],
  ['decrypt cbc no padding 17', (l) => { const d = dec(l, 'aes-128-cbc', K16, IV16); d.setAutoPadding(false); d.update(new Uint8Array(17)); return d.final(); }],
  ['encrypt cbc no padding 17', (l) => { const d = enc(l, 'aes-128-cbc', K16, IV16); d.setAutoPadding(false); d.update(new Uint8Array(17)); return d.final(); }],
  ['encrypt ecb no padding empty', (l) => { const d = enc(l, 'aes-128-ecb', K16, null); d.setAutoPadding(false); return d.final(); }],
  ['setAutoPadding default', (l) => { const d = enc(l, 'aes-128-cbc', K16, IV16); d.setAutoPadding(); return d.update(new Uint8Array(16)).length + d.final().length; }],
  ['gcm decrypt without tag', (l) => { const d = dec(l, 'aes-128-gcm', K16, IV12); d.update(new Uint8Array(17)); return d.final(); }],
  ['gcm decrypt bad tag', (l) => { const d = dec(l, 'aes-128-gcm', K16, IV12); d.setAuthTag(new Uint8Array(16)); d.update(new Uint8Array(17)); return d.final(); }],
  ['gcm setAuthTag 3', (l) => tags(l, 'aes-128-gcm', undefined, 3)],
  ['gcm setAuthTag 4', (l) => tags(l, 'aes-128-gcm', undefined, 4)],
  ['gcm setAuthTag 17', (l) => tags(l, 'aes-128-gcm', undefined, 17)],
  ['gcm setAuthTag 16 with authTagLength 8', (l) => tags(l, 'aes-128-gcm', { authTagLength: 8 }, 16)],
  ['gcm setAuthTag 8 with authTagLength 8', (l) => tags(l, 'aes-128-gcm', { authTagLength: 8 }, 8)],
  ['chacha setAuthTag 16 with 16', (l) => tags(l, 'chacha20-poly1305', { authTagLength: 16 }, 16)],
  ['chacha setAuthTag 8 with 16', (l) => tags(l, 'chacha20-poly1305', { authTagLength: 16 }, 8)],
  ['setAuthTag twice', (l) => { const d = dec(l, 'aes-128-gcm', K16, IV12); d.setAuthTag(new Uint8Array(16)); d.setAuthTag(new Uint8Array(16)); }],
  ['setAuthTag on cipher', (l) => enc(l, 'aes-128-gcm', K16, IV12).setAuthTag(new Uint8Array(16))],
  ['setAuthTag on cbc', (l) => dec(l, 'aes-128-cbc', K16, IV16).setAuthTag(new Uint8Array(16))],
  ['setAuthTag number', (l) => dec(l, 'aes-128-gcm', K16, IV12).setAuthTag(1)],
  ['getAuthTag before final', (l) => enc(l, 'aes-128-gcm', K16, IV12).getAuthTag()],
  ['getAuthTag twice', (l) => { const c = enc(l, 'aes-128-gcm', K16, IV12); c.final(); return [c.getAuthTag(), c.getAuthTag()].join(); }],
  ['getAuthTag on cbc', (l) => { const c = enc(l, 'aes-128-cbc', K16, IV16); c.final(); return c.getAuthTag(); }],
  ['getAuthTag on decipher', (l) => { const c = dec(l, 'aes-128-gcm', K16, IV12); c.setAuthTag(new Uint8Array(16)); try { c.final(); } catch { /* auth fails */ } return c.getAuthTag(); }],
  ['final twice', (l) => { const c = enc(l, 'aes-128-cbc', K16, IV16); c.final(); return c.final(); }],
  ['update after final', (l) => { const c = enc(l, 'aes-128-cbc', K16, IV16); c.final(); return c.update('a'); }],
  ['setAutoPadding after final', (l) => { const c = enc(l, 'aes-128-cbc', K16, IV16); c.final(); return c.setAutoPadding(false); }],
  ['setAAD on cbc', (l) => enc(l, 'aes-128-cbc', K16, IV16).setAAD(new Uint8Array(1))],
  ['setAAD after update', (l) => { const c = enc(l, 'aes-128-gcm', K16, IV12); c.update('a'); return c.setAAD(new Uint8Array(1)); }],
  ['setAAD empty after update', (l) => { const c = enc(l, 'aes-128-gcm', K16, IV12); c.update('a'); return c.setAAD(new Uint8Array(0)); }],
  ['setAAD after final', (l) => { const c = enc(l, 'aes-128-gcm', K16, IV12); c.final(); return c.setAAD(new Uint8Array(1)); }],
  ['setAAD string', (l) => { const c = enc(l, 'aes-128-gcm', K16, IV12); c.setAAD('abc'); c.final(); return c.getAuthTag(); }],
  ['setAAD number', (l) => enc(l, 'aes-128-gcm', K16, IV12).setAAD(1)],
  ['setAAD returns this', (l) => { const c = enc(l, 'aes-128-gcm', K16, IV12); return c.setAAD(new Uint8Array(1)) === c; }],
  ['update number', (l) => enc(l, 'aes-128-cbc', K16, IV16).update(1)],
  ['update odd hex', (l) => enc(l, 'aes-128-cbc', K16, IV16).update('abc', 'hex')],
  ['update bogus input encoding', (l) => enc(l, 'aes-128-ctr', K16, IV16).update('héllo', 'bogus')],
  ['update default input encoding', (l) => enc(l, 'aes-128-ctr', K16, IV16).update('héllo')],
  ['update latin1 input', (l) => enc(l, 'aes-128-ctr', K16, IV16).update('héllo', 'latin1')],
  ['update bogus output encoding', (l) => enc(l, 'aes-128-ctr', K16, IV16).update('ab', 'hex', 'bogus')],
  ['update changes output encoding', (l) => { const c = enc(l, 'aes-128-ctr', K16, IV16); c.update('ab', 'utf8', 'hex'); return c.update('ab', 'utf8', 'base64'); }],
  ['final other output encoding', (l) => { const c = enc(l, 'aes-128-ctr', K16, IV16); c.update('ab', 'utf8', 'hex'); return c.final('base64'); }],
  ['utf8 output across chunks', (l) => { const d = dec(l, 'aes-128-ctr', K16, IV16); const ct = enc(l, 'aes-128-ctr', K16, IV16).update('€uro €', 'utf8'); return [d.update(ct.subarray(0, 2), undefined, 'utf8'), d.update(ct.subarray(2), undefined, 'utf8'), d.final('utf8')].join('|'); }],
  ['cipher number', (l) => l.createCipheriv(1, K16, IV16)],
  ['key number', (l) => l.createCipheriv('aes-128-cbc', 1, IV16)],
  ['key null', (l) => l.createCipheriv('aes-128-cbc', null, IV16)],
  ['iv number', (l) => l.createCipheriv('aes-128-cbc', l.Buffer.from(K16), 1)],
  ['iv undefined', (l) => l.createCipheriv('aes-128-cbc', l.Buffer.from(K16), undefined)],
  ['string key and iv', (l) => l.createCipheriv('aes-128-cbc', 'x'.repeat(16), 'y'.repeat(16)).final('hex')],
  ['hex key with encoding option', (l) => l.createCipheriv('aes-128-ecb', '00'.repeat(16), null, { encoding: 'hex' }).final('hex')],
  ['encoding option number', (l) => l.createCipheriv('aes-128-ecb', '00'.repeat(16), null, { encoding: 1 })],
  ['ArrayBuffer key', (l) => l.createCipheriv('aes-128-ecb', new ArrayBuffer(16), null).final('hex')],
  ['DataView iv', (l) => l.createCipheriv('aes-128-cbc', new Uint8Array(16), new DataView(new ArrayBuffer(16))).final('hex')],
  ['cbc authTagLength ignored', (l) => enc(l, 'aes-128-cbc', K16, IV16, { authTagLength: 16 }).final('hex')],
  ['Cipheriv without new', (l) => l.Cipheriv('aes-128-cbc', l.Buffer.from(K16), l.Buffer.from(IV16)).final('hex')],
  ['Decipheriv instanceof', (l) => dec(l, 'aes-128-cbc', K16, IV16) instanceof l.Decipheriv],
  ['update returns Buffer', (l) => l.Buffer.isBuffer(enc(l, 'aes-128-cbc', K16, IV16).update(new Uint8Array(20)))],
  ['getCiphers has aes-256-gcm', (l) => l.getCiphers().includes('aes-256-gcm') && l.getCiphers().includes('chacha20-poly1305')],
  ['getCiphers sorted', (l) => { const c = l.getCiphers(); return c.join() === [...c].sort().join(); }],
  ['getCipherInfo aes-128-gcm', (l) => l.getCipherInfo('aes-128-gcm')],
  ['getCipherInfo AES128', (l) => l.getCipherInfo('AES128')],
  ['getCipherInfo chacha', (l) => l.getCipherInfo('chacha20-poly1305')],
  ['getCipherInfo des3', (l) => l.getCipherInfo('des3')],
  ['getCipherInfo des-ede3', (l) => l.getCipherInfo('des-ede3')],
  ['getCipherInfo ecb', (l) => l.getCipherInfo('aes-256-ecb')],
  ['getCipherInfo nid 427', (l) => l.getCipherInfo(427)],
  ['getCipherInfo nope', (l) => l.getCipherInfo('nope')],
  ['getCipherInfo gcm ivLength 5', (l) => l.getCipherInfo('aes-128-gcm', { ivLength: 5 })],
  ['getCipherInfo cbc ivLength 5', (l) => l.getCipherInfo('aes-128-cbc', { ivLength: 5 })],
  ['getCipherInfo cbc ivLength 16', (l) => l.getCipherInfo('aes-128-cbc', { ivLength: 16 })],
  ['getCipherInfo cbc keyLength 5', (l) => l.getCipherInfo('aes-128-cbc', { keyLength: 5 })],
  ['getCipherInfo cbc keyLength 16', (l) => l.getCipherInfo('aes-128-cbc', { keyLength: 16 })],
  ['getCipherInfo object', (l) => l.getCipherInfo({})],
  ['getCipherInfo options number', (l) => l.getCipherInfo('aes-128-cbc', 1)],
  ['createCipher', (l) => l.default.createCipher('aes-256-cbc', 'password').final('hex')],
  ['createCipher ecb', (l) => { const c = l.default.createCipher('aes-128-ecb', l.Buffer.from('pw')); return c.update('hello world', 'utf8', 'hex') + c.final('hex'); }],
  ['createCipher des3', (l) => l.default.createCipher('des3', 'secret').update(l.Buffer.alloc(16)).toString('hex')],
  ['createDecipher round trip', (l) => { const c = l.default.createCipher('aes192', 'pw'); const ct = l.Buffer.concat([c.update('round trip'), c.final()]); const d = l.default.createDecipher('aes192', 'pw'); return d.update(ct, undefined, 'utf8') + d.final('utf8'); }],
  ['createSecretKey', (l) => { const k = l.createSecretKey(l.Buffer.from('abcd')); return [k.type, k.symmetricKeySize, k.asymmetricKeyType, k.export().toString('hex'), JSON.stringify(k.export({ format: 'jwk' })), k instanceof l.KeyObject].join(); }],
  ['createSecretKey hex', (l) => l.createSecretKey('0a0b', 'hex').export().toString('hex')],
  ['createSecretKey empty', (l) => l.createSecretKey(l.Buffer.alloc(0))],
  ['createSecretKey number', (l) => l.createSecretKey(1)],
  ['createSecretKey of a KeyObject', (l) => l.createSecretKey(l.createSecretKey(l.Buffer.alloc(3)))],
  ['export pem', (l) => l.createSecretKey(l.Buffer.alloc(3)).export({ format: 'pem' })],
  ['export number', (l) => l.createSecretKey(l.Buffer.alloc(3)).export(1)],
  ['new KeyObject bad type', (l) => new l.KeyObject('x', {})],
  ['new KeyObject bad handle', (l) => new l.KeyObject('secret', {})],
  ['KeyObject.from number', (l) => l.KeyObject.from(1)],
  ['hmac with KeyObject', (l) => l.createHmac('sha256', l.createSecretKey(l.Buffer.from('key'))).update('x').digest('hex')],
  ['cipher with KeyObject', (l) => l.createCipheriv('aes-128-ecb', l.createSecretKey(l.Buffer.alloc(16)), null).final('hex')],
  ['hkdf with KeyObject', (l) => l.Buffer.from(l.hkdfSync('sha256', l.createSecretKey(l.Buffer.from('key')), 'salt', 'info', 16)).toString('hex')],
  ['checkPrimeSync 7n', (l) => l.checkPrimeSync(7n)],
  ['checkPrimeSync 1n', (l) => l.checkPrimeSync(1n)],
  ['checkPrimeSync 0n', (l) => l.checkPrimeSync(0n)],
  ['checkPrimeSync 2n', (l) => l.checkPrimeSync(2n)],
  ['checkPrimeSync M61', (l) => l.checkPrimeSync(2n ** 61n - 1n)],
  ['checkPrimeSync M61+2', (l) => l.checkPrimeSync(2n ** 61n + 1n)],
  ['checkPrimeSync Carmichael 561', (l) => l.checkPrimeSync(561n)],
  ['checkPrimeSync M127', (l) => l.checkPrimeSync(2n ** 127n - 1n)],
  ['checkPrimeSync buffer 251', (l) => l.checkPrimeSync(l.Buffer.from([251]))],
  ['checkPrimeSync buffer 0x0101', (l) => l.checkPrimeSync(new Uint8Array([1, 1]))],
  ['checkPrimeSync -7n', (l) => l.checkPrimeSync(-7n)],
  ['checkPrimeSync number', (l) => l.checkPrimeSync(7)],
  ['checkPrimeSync checks -1', (l) => l.checkPrimeSync(7n, { checks: -1 })],
  ['checkPrimeSync options null', (l) => l.checkPrimeSync(7n, null)],
  ['generatePrimeSync 0', (l) => l.generatePrimeSync(0)],
  ['generatePrimeSync 1', (l) => l.generatePrimeSync(1)],
  ['generatePrimeSync 2', (l) => l.generatePrimeSync(2)],
  ['generatePrimeSync add too big', (l) => l.generatePrimeSync(8, { add: 1000n })],
  ['generatePrimeSync rem >= add', (l) => l.generatePrimeSync(16, { add: 12n, rem: 13n })],
  ['generatePrimeSync safe bad', (l) => l.generatePrimeSync(16, { safe: 1 })],
  ['generatePrimeSync bigint bad', (l) => l.generatePrimeSync(16, { bigint: 'yes' })],
  ['generatePrimeSync add string', (l) => l.generatePrimeSync(16, { add: '5' })],
  ['generatePrimeSync options number', (l) => l.generatePrimeSync(16, 1)],
  ['generatePrime no callback', (l) => l.generatePrime(16, {})],
  ['checkPrime no callback', (l) => l.checkPrime(7n, {})],
  ['getFips', (l) => l.getFips()],
  ['setFips false', (l) => l.setFips(false)],
  ['setFips true', (l) => l.setFips(true)],
  ['secureHeapUsed', (l) => JSON.stringify(l.secureHeapUsed())],
  ['webcrypto has subtle', (l) => typeof l.webcrypto.subtle.digest],
  ['webcrypto getRandomValues', (l) => l.webcrypto.getRandomValues(new Uint8Array(4)).length],
];

/** Outcomes of the error cases, by name. */
export function runErrors(lib) {
  const out = {};
  for (const [name, fn] of ERROR_CASES) out[name] = outcome(() => fn(lib));
  return out;
}

/** Properties of generated primes (random, so only their shape is compared). */
export function primeShapes(lib) {
  const out = {};
  const bits = (n) => n.toString(2).length;
  const asBig = (ab) => BigInt(`0x${hex(new Uint8Array(ab)) || '0'}`);
  for (const size of [3, 8, 16, 31, 64, 128]) {
    const p = lib.generatePrimeSync(size, { bigint: true });
    out[`bigint ${size}`] = `${typeof p}:${bits(p)}:${lib.checkPrimeSync(p)}`;
    const q = asBig(lib.generatePrimeSync(size));
    out[`buffer ${size}`] = `${bits(q)}:${lib.checkPrimeSync(q)}`;
  }
  for (const size of [8, 16, 32, 64]) {
    const p = lib.generatePrimeSync(size, { bigint: true, safe: true });
    out[`safe ${size}`] = `${bits(p)}:${lib.checkPrimeSync(p)}:${lib.checkPrimeSync((p - 1n) / 2n)}`;
  }
  for (const [size, add, rem] of [[16, 12n, 7n], [32, 1000n, 3n], [24, 6n, undefined], [64, 2n ** 20n, 12345n]]) {
    const p = lib.generatePrimeSync(size, { bigint: true, add, rem });
    out[`add ${size} ${add} ${rem}`] = `${bits(p)}:${lib.checkPrimeSync(p)}:${p % add}`;
  }
  return out;
}

/** Callback timing and the stream side, each resolving to a description. */
export const ASYNC_CASES = [
  ['checkPrime', (l, cb) => l.checkPrime(97n, cb)],
  ['checkPrime options', (l, cb) => l.checkPrime(98n, { checks: 10 }, cb)],
  ['generatePrime', (l, cb) => l.generatePrime(32, { bigint: true }, (err, p) => cb(err, err ? p : `${typeof p}:${p.toString(2).length}`))],
  ['generatePrime too small', (l, cb) => l.generatePrime(1, cb)],
  ['hash write end read', (l, cb) => { const h = l.createHash('sha256'); h.write('ab'); h.write(l.Buffer.from('cd')); h.end('ef'); cb(null, hex(h.read() ?? new Uint8Array(0))); }],
  ['hash pipe', (l, cb) => { const h = l.createHash('md5'); h.setEncoding('hex'); let s = ''; h.on('data', (d) => { s += d; }); h.on('end', () => cb(null, s)); h.end('piped'); }],
  ['hmac stream', (l, cb) => { const h = l.createHmac('sha1', 'k'); h.on('readable', () => { const d = h.read(); if (d) cb(null, hex(d)); }); h.write('a'); h.end('b'); }],
  ['hash digest after stream', (l, cb) => { const h = l.createHash('sha1'); h.on('finish', () => cb(null, h.digest('hex'))); h.end('x'); h.resume(); }],
  ['cipher stream', (l, cb) => { const c = enc(l, 'aes-128-cbc', K16, IV16); const out = []; c.on('data', (d) => out.push(d)); c.on('end', () => cb(null, hex(concat(out)))); c.write('hello '); c.write(l.Buffer.alloc(20, 1)); c.end('world'); }],
  ['decipher stream error', (l, cb) => { const d = dec(l, 'aes-128-cbc', K16, IV16); d.on('error', (e) => cb(null, describe(e))); d.on('data', () => {}); d.end(l.Buffer.alloc(16)); }],
  ['gcm stream then tag', (l, cb) => { const c = enc(l, 'aes-256-gcm', K32, IV12); const out = []; c.on('data', (d) => out.push(d)); c.on('end', () => cb(null, `${hex(concat(out))}/${hex(c.getAuthTag())}`)); c.end('stream me'); }],
];

/** Runs every async case; resolves to their outcomes by name. */
export async function runAsync(lib) {
  const out = {};
  for (const [name, fn] of ASYNC_CASES) {
    out[name] = await new Promise((resolve) => {
      let sync = true;
      try {
        fn(lib, (err, value) => resolve(`${sync ? 'sync' : 'async'}:${err ? describe(err) : describe(value)}`));
      } catch (error) {
        resolve(`threw:${describe(error)}`);
      }
      sync = false;
    });
  }
  return out;
}
