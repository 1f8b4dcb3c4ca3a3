// Unit tests of polynode's crypto hashes, KDFs and randomness: published test vectors and
// the behaviour a differential test cannot pin down (random output, call-back timing).
import { expect } from 'chai';
import {
  createHash, createHmac, getHashes, hkdfSync, pbkdf2, pbkdf2Sync, randomBytes, randomFill, randomFillSync,
  randomInt, randomUUID, scryptSync,
} from '../../src/crypto/index.js';
import { Buffer } from '../../src/buffer/index.js';

describe('crypto.createHash', () => {
  it('computes the FIPS 180 "abc" vectors', () => {
    expect(createHash('sha1').update('abc').digest('hex')).to.equal('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(createHash('sha256').update('abc').digest('hex')).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(createHash('SHA3-256').update('abc').digest('hex')).to.equal(
      '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532');
  });

  it('computes the one-million-"a" vectors (RFC 1321 / FIPS 180 long messages), whole and in odd pieces at any alignment', () => {
    const expected: Record<string, string> = {
      md5: '7707d6ae4e027c70eea2a935c2296f21',
      sha1: '34aa973cd4c4daa4f61eeb2bdbad27316534016f',
      sha224: '20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67',
      sha256: 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    };
    // One buffer, read from offsets 0-3: whole blocks straight from the input at every alignment.
    const backing = Buffer.alloc(1_000_003, 'a');
    for (const [name, digest] of Object.entries(expected)) {
      for (let offset = 0; offset < 4; offset++) {
        const view = new Uint8Array(backing.buffer, backing.byteOffset + offset, 1_000_000);
        expect(createHash(name).update(view).digest('hex'), `${name} at offset ${offset}`).to.equal(digest);
      }
      const hash = createHash(name);
      for (let at = 0, step = 1; at < 1_000_000; at += step, step = (step * 7 + 3) % 300) hash.update(backing.subarray(at + 1, Math.min(at + step, 1_000_000) + 1));
      expect(hash.digest('hex'), `${name} in pieces`).to.equal(digest);
    }
  });

  it('copies a running hash without sharing its state', () => {
    const h = createHash('md5').update('a');
    const c = h.copy();
    c.update('b');
    expect(h.digest('hex')).to.equal('0cc175b9c0f1b6a831c399e269772661');
    expect(c.digest('hex')).to.equal('187ef4436122d1cc2f40dc2b92f0eba0');
  });

  it('returns a Buffer by default', () => {
    expect(Buffer.isBuffer(createHash('sha512').digest())).to.equal(true);
  });
});

describe('crypto.createHmac', () => {
  it('computes the RFC 4231 test case 2', () => {
    expect(createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex')).to.equal(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });
});

describe('crypto.getHashes', () => {
  it('lists only digests createHash accepts', () => {
    for (const name of getHashes()) expect(() => createHash(name).digest()).not.to.throw();
  });
});

describe('crypto KDFs', () => {
  it('pbkdf2Sync computes the RFC 6070 vector', () => {
    expect(pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex')).to.equal('ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
  });

  it('pbkdf2 calls back asynchronously', (done) => {
    let sync = true;
    pbkdf2('password', 'salt', 1, 20, 'sha1', (err, key) => {
      expect(sync).to.equal(false);
      expect(err).to.equal(null);
      expect(key!.toString('hex')).to.equal('0c60c80f961f0e71f3a9b524af6012062fe037a6');
      done();
    });
    sync = false;
  });

  it('hkdfSync computes the RFC 5869 test case 3 (empty salt and info)', () => {
    const ikm = Buffer.from('0b'.repeat(22), 'hex');
    expect(Buffer.from(hkdfSync('sha256', ikm, '', '', 42)).toString('hex')).to.equal(
      '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8');
  });

  it('scryptSync computes the RFC 7914 first vector', () => {
    expect(scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex')).to.equal(
      '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906');
  });
});

describe('crypto randomness', () => {
  it('randomBytes fills more than 64 KiB (several getRandomValues calls)', () => {
    const buf = randomBytes(200000);
    expect(buf.length).to.equal(200000);
    expect(buf.subarray(150000).some((b) => b !== 0)).to.equal(true);
  });

  it('randomFillSync fills only the asked part of a typed array', () => {
    const a = randomFillSync(new Uint32Array(8), 2, 3);
    expect([a[0], a[1], a[5], a[6], a[7]]).to.deep.equal([0, 0, 0, 0, 0]);
  });

  it('randomFill and randomBytes call back asynchronously', (done) => {
    let sync = true;
    randomBytes(4, (err, buf) => {
      expect(sync).to.equal(false);
      expect(err).to.equal(null);
      expect(buf.length).to.equal(4);
      randomFill(new Uint8Array(4), (err2: Error | null) => {
        expect(err2).to.equal(null);
        done();
      });
    });
    sync = false;
  });

  it('randomInt stays in [min, max)', () => {
    for (let i = 0; i < 500; i++) {
      const n = randomInt(-3, 4);
      expect(n >= -3 && n < 4 && Number.isInteger(n)).to.equal(true);
    }
  });

  it('randomUUID makes distinct version 4 UUIDs', () => {
    const a = randomUUID();
    expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomUUID()).not.to.equal(a);
  });
});
