/**
 * The cipher engines behind `createCipheriv`/`createDecipheriv`: AES (over @noble/ciphers'
 * block function) in ECB, CBC, CFB, CFB8, CFB1, OFB, CTR and GCM; ChaCha20 and
 * ChaCha20-Poly1305 (@noble/ciphers); triple DES in ECB and CBC (des.ts). Every engine is
 * incremental, with OpenSSL's EVP buffering rules (block modes hold back a partial block,
 * and a decrypting padded mode holds back the last whole block until `final`), so output
 * equals Node's for any chunking. Private to `crypto`.
 *
 * @packageDocumentation
 */
import { unsafe as aes } from '@noble/ciphers/aes.js';
import { chacha20 } from '@noble/ciphers/chacha.js';
import { GHASH } from '@noble/ciphers/_polyval.js';
import { poly1305 } from '@noble/ciphers/_poly1305.js';
import { tripleDes } from './des.js';

/** A block cipher working in place on `size`-byte blocks. */
interface BlockCipher {
  size: number;
  encrypt(block: Uint8Array, offset: number): void;
  decrypt(block: Uint8Array, offset: number): void;
}

const rd = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24);
const wr = (b: Uint8Array, o: number, v: number): void => {
  b[o] = v;
  b[o + 1] = v >>> 8;
  b[o + 2] = v >>> 16;
  b[o + 3] = v >>> 24;
};

/** AES with a 16, 24 or 32-byte key (noble's round functions on little-endian words). */
function aesCipher(key: Uint8Array): BlockCipher {
  const xk = aes.expandKeyLE(key.slice());
  let xd: Uint32Array | undefined;
  return {
    size: 16,
    encrypt(b, o) {
      const r = aes.encrypt(xk, rd(b, o), rd(b, o + 4), rd(b, o + 8), rd(b, o + 12));
      wr(b, o, r.s0);
      wr(b, o + 4, r.s1);
      wr(b, o + 8, r.s2);
      wr(b, o + 12, r.s3);
    },
    decrypt(b, o) {
      xd ??= aes.expandKeyDecLE(key.slice());
      const r = aes.decrypt(xd, rd(b, o), rd(b, o + 4), rd(b, o + 8), rd(b, o + 12));
      wr(b, o, r.s0);
      wr(b, o + 4, r.s1);
      wr(b, o + 8, r.s2);
      wr(b, o + 12, r.s3);
    },
  };
}

function desCipher(key: Uint8Array): BlockCipher {
  return { size: 8, ...tripleDes(key) };
}

/** OpenSSL's EVP error for a failed final step (with the fields Node copies onto it). */
export interface EvpFailure {
  fn: 'EVP_EncryptFinal_ex' | 'EVP_DecryptFinal_ex';
  reason: 'bad decrypt' | 'wrong final block length' | 'data not multiple of block length';
}

/** Thrown by an engine's `final` when OpenSSL would fail; cipher.ts turns it into Node's error. */
export class EngineFailure extends Error {
  constructor(readonly failure: EvpFailure | 'auth') {
    super('cipher failure');
  }
}

/** An incremental cipher: `update` returns what is ready, `final` the rest (and checks). */
export interface Engine {
  update(input: Uint8Array): Uint8Array;
  final(): Uint8Array;
  /** Padding on or off (block modes only). */
  setPadding?(on: boolean): void;
  /** AEAD: more additional data, before any text. False when it is too late. */
  aad?(data: Uint8Array): boolean;
  /** AEAD: the tag after an encryption's `final`, `length` bytes. */
  tag?(): Uint8Array;
  /** AEAD: the expected tag for a decryption. */
  expectTag?(tag: Uint8Array): void;
}

const EMPTY = new Uint8Array(0);

/** ECB or CBC with OpenSSL's buffering and PKCS#7 padding. */
function blockMode(cipher: BlockCipher, iv: Uint8Array | null, encrypting: boolean): Engine {
  const b = cipher.size;
  const chain = iv ? iv.slice() : undefined;
  const buf = new Uint8Array(b);
  let bufLen = 0;
  const held = new Uint8Array(b);
  let heldUsed = false;
  let padding = true;

  const process = (data: Uint8Array): void => {
    for (let o = 0; o < data.length; o += b) {
      if (!chain) {
        if (encrypting) cipher.encrypt(data, o);
        else cipher.decrypt(data, o);
      } else if (encrypting) {
        for (let i = 0; i < b; i++) data[o + i]! ^= chain[i]!;
        cipher.encrypt(data, o);
        chain.set(data.subarray(o, o + b));
      } else {
        const next = data.slice(o, o + b);
        cipher.decrypt(data, o);
        for (let i = 0; i < b; i++) data[o + i]! ^= chain[i]!;
        chain.set(next);
      }
    }
  };

  /** EVP_EncryptUpdate's core: every whole block of buffer ‖ input; the rest stays buffered. */
  const evpUpdate = (input: Uint8Array): Uint8Array => {
    const total = bufLen + input.length;
    const whole = total - (total % b);
    if (whole === 0) {
      buf.set(input, bufLen);
      bufLen = total;
      return EMPTY;
    }
    const out = new Uint8Array(whole);
    out.set(buf.subarray(0, bufLen));
    out.set(input.subarray(0, whole - bufLen), bufLen);
    const rest = input.subarray(whole - bufLen);
    buf.set(rest);
    bufLen = rest.length;
    process(out);
    return out;
  };

  return {
    setPadding(on) {
      padding = on;
    },
    update(input) {
      if (input.length === 0) return EMPTY;
      if (encrypting || !padding) return evpUpdate(input);
      // EVP_DecryptUpdate: the last whole block stays back, it may hold the padding.
      const before = heldUsed ? held.slice() : undefined;
      let out = evpUpdate(input);
      if (bufLen === 0) {
        held.set(out.subarray(out.length - b));
        heldUsed = true;
        out = out.subarray(0, out.length - b);
      } else {
        heldUsed = false;
      }
      if (!before) return out;
      const joined = new Uint8Array(b + out.length);
      joined.set(before);
      joined.set(out, b);
      return joined;
    },
    final() {
      if (encrypting) {
        if (!padding) {
          if (bufLen) throw new EngineFailure({ fn: 'EVP_EncryptFinal_ex', reason: 'data not multiple of block length' });
          return EMPTY;
        }
        const n = b - bufLen;
        const out = new Uint8Array(b);
        out.set(buf.subarray(0, bufLen));
        out.fill(n, bufLen);
        process(out);
        return out;
      }
      if (!padding) {
        if (bufLen) throw new EngineFailure({ fn: 'EVP_DecryptFinal_ex', reason: 'data not multiple of block length' });
        return EMPTY;
      }
      if (bufLen || !heldUsed) throw new EngineFailure({ fn: 'EVP_DecryptFinal_ex', reason: 'wrong final block length' });
      const n = held[b - 1]!;
      let bad = n === 0 || n > b;
      for (let i = 0; !bad && i < n; i++) if (held[b - 1 - i] !== n) bad = true;
      if (bad) throw new EngineFailure({ fn: 'EVP_DecryptFinal_ex', reason: 'bad decrypt' });
      return held.slice(0, b - n);
    },
  };
}

/** XOR with a keystream made `blockSize` bytes at a time by `fill` (which fills whole blocks). */
function keystreamXor(blockSize: number, fill: (out: Uint8Array) => void): (input: Uint8Array) => Uint8Array {
  const ks = new Uint8Array(blockSize);
  let pos = blockSize;
  return (input) => {
    const out = new Uint8Array(input.length);
    let i = 0;
    while (pos < blockSize && i < input.length) out[i] = input[i++]! ^ ks[pos++]!;
    const bulk = (input.length - i) - ((input.length - i) % blockSize);
    if (bulk > 0) {
      const stream = new Uint8Array(bulk);
      fill(stream);
      for (let j = 0; j < bulk; j++, i++) out[i] = input[i]! ^ stream[j]!;
    }
    if (i < input.length) {
      fill(ks);
      pos = 0;
      while (i < input.length) out[i] = input[i++]! ^ ks[pos++]!;
    }
    return out;
  };
}

/** Adds 1 to the big-endian counter in `block[from..16)`, wrapping. */
function increment(block: Uint8Array, from: number): void {
  for (let i = 15; i >= from; i--) {
    block[i] = (block[i]! + 1) & 0xff;
    if (block[i] !== 0) break;
  }
}

/** AES in counter mode from `counter` (a 128-bit counter, or 32-bit when `from` is 12: GCM). */
function ctrFill(cipher: BlockCipher, counter: Uint8Array, from: number): (out: Uint8Array) => void {
  return (out) => {
    for (let o = 0; o < out.length; o += 16) {
      out.set(counter, o);
      cipher.encrypt(out, o);
      increment(counter, from);
    }
  };
}

function streamEngine(xor: (input: Uint8Array) => Uint8Array): Engine {
  return { update: xor, final: () => EMPTY };
}

/** CFB with a `segment` of 128 bits (cfb), 8 (cfb8) or 1 (cfb1). */
function cfbMode(cipher: BlockCipher, iv: Uint8Array, encrypting: boolean, segment: 128 | 8 | 1): Engine {
  const reg = iv.slice();
  const ks = new Uint8Array(16);
  let pos = 0;
  return streamEngine((input) => {
    const out = new Uint8Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const x = input[i]!;
      if (segment === 128) {
        if (pos === 0) {
          ks.set(reg);
          cipher.encrypt(ks, 0);
        }
        const y = x ^ ks[pos]!;
        reg[pos] = encrypting ? y : x;
        out[i] = y;
        pos = (pos + 1) & 15;
      } else if (segment === 8) {
        ks.set(reg);
        cipher.encrypt(ks, 0);
        const y = x ^ ks[0]!;
        reg.copyWithin(0, 1);
        reg[15] = encrypting ? y : x;
        out[i] = y;
      } else {
        let y = 0;
        for (let bit = 7; bit >= 0; bit--) {
          ks.set(reg);
          cipher.encrypt(ks, 0);
          const inBit = (x >>> bit) & 1;
          const outBit = inBit ^ (ks[0]! >>> 7);
          y |= outBit << bit;
          for (let j = 0; j < 15; j++) reg[j] = ((reg[j]! << 1) | (reg[j + 1]! >>> 7)) & 0xff;
          reg[15] = ((reg[15]! << 1) | (encrypting ? outBit : inBit)) & 0xff;
        }
        out[i] = y;
      }
    }
    return out;
  });
}

/** The 64-bit big-endian (or little-endian) lengths block of GCM (and ChaCha20-Poly1305). */
function lengths(a: number, c: number, littleEndian: boolean): Uint8Array {
  const block = new Uint8Array(16);
  const view = new DataView(block.buffer);
  if (littleEndian) {
    view.setUint32(0, a >>> 0, true);
    view.setUint32(4, Math.floor(a / 2 ** 32), true);
    view.setUint32(8, c >>> 0, true);
    view.setUint32(12, Math.floor(c / 2 ** 32), true);
  } else {
    const abits = a * 8;
    const cbits = c * 8;
    view.setUint32(0, Math.floor(abits / 2 ** 32));
    view.setUint32(4, abits >>> 0);
    view.setUint32(8, Math.floor(cbits / 2 ** 32));
    view.setUint32(12, cbits >>> 0);
  }
  return block;
}

/** What AEAD engines share: additional data first, then text MACed 16 bytes at a time. */
interface Mac {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
}

function aeadEngine(
  encrypting: boolean,
  xor: (input: Uint8Array) => Uint8Array,
  mac: Mac,
  finish: (mac: Mac, aadLength: number, textLength: number) => Uint8Array,
  tagLength: number,
): Engine {
  let aad: Uint8Array[] | undefined = [];
  let aadLength = 0;
  let textLength = 0;
  const pending = new Uint8Array(16);
  let pendingLength = 0;
  let tag: Uint8Array | undefined;
  let expected: Uint8Array | undefined;
  // Each MAC update pads to 16 bytes, so AAD goes in once, whole, and text in whole blocks.
  const startText = () => {
    if (!aad) return;
    const all = new Uint8Array(aadLength);
    let o = 0;
    for (const part of aad) {
      all.set(part, o);
      o += part.length;
    }
    if (all.length) mac.update(all);
    aad = undefined;
  };
  const absorb = (text: Uint8Array) => {
    textLength += text.length;
    let i = 0;
    if (pendingLength) {
      const take = Math.min(16 - pendingLength, text.length);
      pending.set(text.subarray(0, take), pendingLength);
      pendingLength += take;
      i = take;
      if (pendingLength === 16) {
        mac.update(pending);
        pendingLength = 0;
      }
    }
    const whole = (text.length - i) - ((text.length - i) % 16);
    if (whole) mac.update(text.subarray(i, i + whole));
    i += whole;
    if (i < text.length) {
      pending.set(text.subarray(i));
      pendingLength = text.length - i;
    }
  };
  return {
    aad(data) {
      if (!aad) return false;
      aad.push(data.slice());
      aadLength += data.length;
      return true;
    },
    update(input) {
      startText();
      const out = xor(input);
      absorb(encrypting ? out : input);
      return out;
    },
    final() {
      startText();
      if (pendingLength) mac.update(pending.subarray(0, pendingLength));
      const full = finish(mac, aadLength, textLength);
      if (encrypting) {
        tag = full.subarray(0, tagLength);
        return EMPTY;
      }
      let diff = expected === undefined ? 1 : 0;
      if (expected) for (let i = 0; i < expected.length; i++) diff |= expected[i]! ^ full[i]!;
      if (diff) throw new EngineFailure('auth');
      return EMPTY;
    },
    tag: () => tag!,
    expectTag(t) {
      expected = t.slice();
    },
  };
}

function gcmMode(cipher: BlockCipher, iv: Uint8Array, encrypting: boolean, tagLength: number): Engine {
  const h = new Uint8Array(16);
  cipher.encrypt(h, 0);
  let j0: Uint8Array;
  if (iv.length === 12) {
    j0 = new Uint8Array(16);
    j0.set(iv);
    j0[15] = 1;
  } else {
    const g = new GHASH(h);
    g.update(iv);
    g.update(lengths(0, iv.length, false));
    j0 = g.digest();
  }
  const mask = j0.slice();
  cipher.encrypt(mask, 0);
  const counter = j0.slice();
  increment(counter, 12);
  return aeadEngine(encrypting, keystreamXor(16, ctrFill(cipher, counter, 12)), new GHASH(h, 1 << 16), (mac, a, c) => {
    mac.update(lengths(a, c, false));
    const s = mac.digest();
    for (let i = 0; i < 16; i++) s[i]! ^= mask[i]!;
    return s;
  }, tagLength);
}

/** ChaCha20's keystream with OpenSSL's 16-byte IV (32-bit little-endian counter ‖ 96-bit nonce). */
function chachaFill(key: Uint8Array, nonce: Uint8Array, counter: number): (out: Uint8Array) => void {
  return (out) => {
    out.fill(0);
    chacha20(key, nonce, out, out, counter);
    counter += out.length / 64;
  };
}

function chachaPolyMode(key: Uint8Array, iv: Uint8Array, encrypting: boolean, tagLength: number): Engine {
  // OpenSSL right-aligns a short nonce in the 12 bytes after the counter.
  const nonce = new Uint8Array(12);
  nonce.set(iv, 12 - iv.length);
  const polyKey = new Uint8Array(64);
  chachaFill(key, nonce, 0)(polyKey);
  const mac = poly1305.create(polyKey.subarray(0, 32)) as unknown as Mac;
  return aeadEngine(encrypting, keystreamXor(64, chachaFill(key, nonce, 1)), paddedMac(mac), (m, a, c) => {
    m.update(lengths(a, c, true));
    return m.digest();
  }, tagLength);
}

/** Poly1305 with RFC 8439's zero padding of the AAD and the text to 16 bytes. */
function paddedMac(mac: Mac): Mac {
  const zeros = new Uint8Array(16);
  return {
    update(data) {
      mac.update(data);
      if (data.length % 16 && data.length !== 16) mac.update(zeros.subarray(data.length % 16));
      return this;
    },
    digest: () => mac.digest(),
  };
}

/** What getCipherInfo reports, plus what the engine needs. */
export interface CipherSpec {
  name: string;
  nid: number;
  mode: 'cbc' | 'ecb' | 'cfb' | 'ofb' | 'ctr' | 'gcm' | 'stream';
  blockSize?: number;
  ivLength?: number;
  keyLength: number;
  /** Which engine. */
  kind: string;
}

let specs: Map<string, CipherSpec> | undefined;

/** Node 16's getCiphers() names that polynode serves, in Node's order. */
export const CIPHER_NAMES = [
  'aes-128-cbc', 'aes-128-cfb', 'aes-128-cfb1', 'aes-128-cfb8', 'aes-128-ctr', 'aes-128-ecb', 'aes-128-gcm', 'aes-128-ofb',
  'aes-192-cbc', 'aes-192-cfb', 'aes-192-cfb1', 'aes-192-cfb8', 'aes-192-ctr', 'aes-192-ecb', 'aes-192-gcm', 'aes-192-ofb',
  'aes-256-cbc', 'aes-256-cfb', 'aes-256-cfb1', 'aes-256-cfb8', 'aes-256-ctr', 'aes-256-ecb', 'aes-256-gcm', 'aes-256-ofb',
  'aes128', 'aes192', 'aes256', 'chacha20', 'chacha20-poly1305', 'des-ede3', 'des-ede3-cbc', 'des3',
];

function table(): Map<string, CipherSpec> {
  if (specs) return specs;
  specs = new Map();
  const nids: Record<string, number[]> = {
    // ecb, cbc, ofb, cfb, cfb1, cfb8, ctr, gcm for 128, 192, 256
    128: [418, 419, 420, 421, 650, 653, 904, 895],
    192: [422, 423, 424, 425, 651, 654, 905, 898],
    256: [426, 427, 428, 429, 652, 655, 906, 901],
  };
  const modes = ['ecb', 'cbc', 'ofb', 'cfb', 'cfb1', 'cfb8', 'ctr', 'gcm'] as const;
  for (const bits of [128, 192, 256]) {
    modes.forEach((m, i) => {
      const spec: CipherSpec = {
        name: m === 'gcm' ? `id-aes${bits}-gcm` : `aes-${bits}-${m}`,
        nid: nids[bits]![i]!,
        mode: (m === 'cfb1' || m === 'cfb8' ? 'cfb' : m),
        blockSize: m === 'ecb' || m === 'cbc' ? 16 : 1,
        ivLength: m === 'ecb' ? undefined : m === 'gcm' ? 12 : 16,
        keyLength: bits / 8,
        kind: `aes-${m}`,
      };
      specs!.set(`aes-${bits}-${m}`, spec);
      if (m === 'cbc') specs!.set(`aes${bits}`, spec);
      if (m === 'gcm') specs!.set(`id-aes${bits}-gcm`, spec);
    });
  }
  specs.set('chacha20', { name: 'chacha20', nid: 1019, mode: 'stream', ivLength: 16, keyLength: 32, kind: 'chacha20' });
  specs.set('chacha20-poly1305', { name: 'chacha20-poly1305', nid: 1018, mode: 'stream', ivLength: 12, keyLength: 32, kind: 'chacha20-poly1305' });
  specs.set('des-ede3', { name: 'des-ede3', nid: 33, mode: 'ecb', blockSize: 8, keyLength: 24, kind: 'des-ecb' });
  const des3: CipherSpec = { name: 'des-ede3-cbc', nid: 44, mode: 'cbc', blockSize: 8, ivLength: 8, keyLength: 24, kind: 'des-cbc' };
  specs.set('des-ede3-cbc', des3);
  specs.set('des3', des3);
  return specs;
}

/** A cipher by any name OpenSSL (and Node) accepts for it, case-insensitive. */
export function lookupCipher(name: string): CipherSpec | undefined {
  return table().get(name.toLowerCase());
}

/** True for the AEAD ciphers (GCM and ChaCha20-Poly1305). */
export function isAead(spec: CipherSpec): boolean {
  return spec.mode === 'gcm' || spec.kind === 'chacha20-poly1305';
}

/** Builds the engine of `spec` (key and IV lengths already checked). */
export function createEngine(spec: CipherSpec, key: Uint8Array, iv: Uint8Array | null, encrypting: boolean, tagLength: number): Engine {
  const kind = spec.kind;
  if (kind === 'chacha20') {
    const counter = iv![0]! | (iv![1]! << 8) | (iv![2]! << 16) | (iv![3]! << 24);
    return streamEngine(keystreamXor(64, chachaFill(key.slice(), iv!.slice(4), counter >>> 0)));
  }
  if (kind === 'chacha20-poly1305') return chachaPolyMode(key.slice(), iv!, encrypting, tagLength);
  if (kind === 'des-ecb' || kind === 'des-cbc') return blockMode(desCipher(key), kind === 'des-cbc' ? iv : null, encrypting);
  const cipher = aesCipher(key);
  switch (kind) {
    case 'aes-ecb': return blockMode(cipher, null, encrypting);
    case 'aes-cbc': return blockMode(cipher, iv, encrypting);
    case 'aes-ctr': return streamEngine(keystreamXor(16, ctrFill(cipher, iv!.slice(), 0)));
    case 'aes-ofb': {
      const state = iv!.slice();
      return streamEngine(keystreamXor(16, (out) => {
        for (let o = 0; o < out.length; o += 16) {
          cipher.encrypt(state, 0);
          out.set(state, o);
        }
      }));
    }
    case 'aes-cfb': return cfbMode(cipher, iv!, encrypting, 128);
    case 'aes-cfb8': return cfbMode(cipher, iv!, encrypting, 8);
    case 'aes-cfb1': return cfbMode(cipher, iv!, encrypting, 1);
    default: return gcmMode(cipher, iv!, encrypting, tagLength);
  }
}
