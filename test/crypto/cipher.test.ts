// Unit tests of polynode's ciphers, keys, primes and the stream side: published test
// vectors (FIPS 197, SP 800-38A/D, RFC 8439, FIPS 46-3) and stream plumbing that the
// differential test does not cover (pipeline, pipe into a Writable).
import { expect } from 'chai';
import {
  createCipheriv, createDecipheriv, createHash, createHmac, createSecretKey, checkPrimeSync, generatePrimeSync, getCiphers,
} from '../../src/crypto/index.js';
import { Buffer } from '../../src/buffer/index.js';
import { Readable, Writable, Transform, pipeline } from '../../src/stream/index.js';

const hex = (s: string) => Buffer.from(s, 'hex');

describe('crypto.createCipheriv known answers', () => {
  it('encrypts the FIPS 197 AES-128 and AES-256 examples (ECB, one block)', () => {
    const c = createCipheriv('aes-128-ecb', hex('000102030405060708090a0b0c0d0e0f'), null).setAutoPadding(false);
    expect((c.update(hex('00112233445566778899aabbccddeeff')) as Buffer).toString('hex')).to.equal('69c4e0d86a7b0430d8cdb78070b4c55a');
    const d = createCipheriv('aes-256-ecb', hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'), null).setAutoPadding(false);
    expect((d.update(hex('00112233445566778899aabbccddeeff')) as Buffer).toString('hex')).to.equal('8ea2b7ca516745bfeafc49904b496089');
  });

  it('encrypts the SP 800-38A CBC-AES128 and CTR-AES128 first blocks', () => {
    const key = hex('2b7e151628aed2a6abf7158809cf4f3c');
    const plain = hex('6bc1bee22e409f96e93d7e117393172a');
    const cbc = createCipheriv('aes-128-cbc', key, hex('000102030405060708090a0b0c0d0e0f')).setAutoPadding(false);
    expect((cbc.update(plain) as Buffer).toString('hex')).to.equal('7649abac8119b246cee98e9b12e9197d');
    const ctr = createCipheriv('aes-128-ctr', key, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'));
    expect((ctr.update(plain) as Buffer).toString('hex')).to.equal('874d6191b620e3261bef6864990db6ce');
  });

  it('gives the SP 800-38D GCM test case 2 ciphertext and tag', () => {
    const c = createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
    expect((c.update(Buffer.alloc(16)) as Buffer).toString('hex')).to.equal('0388dace60b6a392f328c2b971b2fe78');
    c.final();
    expect(c.getAuthTag().toString('hex')).to.equal('ab6e47d42cec13bdf53a67b21257bddf');
  });

  it('gives the RFC 8439 section 2.8.2 ChaCha20-Poly1305 tag', () => {
    const key = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
    const c = createCipheriv('chacha20-poly1305', key, hex('070000004041424344454647'), { authTagLength: 16 });
    c.setAAD(hex('50515253c0c1c2c3c4c5c6c7'));
    const text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
    const out = c.update(text, 'utf8', 'hex') + c.final('hex');
    expect(out.slice(0, 32)).to.equal('d31a8d34648e60db7b86afbc53ef7ec2');
    expect(c.getAuthTag().toString('hex')).to.equal('1ae10b594f09e26a7e902ecbd0600691');
  });

  it('encrypts the classic DES example through des-ede3 with K1 = K2 = K3', () => {
    const k = '133457799bbcdff1';
    const c = createCipheriv('des-ede3', hex(k + k + k), null).setAutoPadding(false);
    expect((c.update(hex('0123456789abcdef')) as Buffer).toString('hex')).to.equal('85e813540f0ab405');
  });

  it('round-trips every served cipher over 1000 bytes fed in odd chunks', () => {
    const plain = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) & 255));
    for (const name of getCiphers()) {
      const keyLength = /256|chacha/.test(name) ? 32 : /192|des/.test(name) ? 24 : 16;
      const ivLength = /ecb|^des-ede3$/.test(name) ? 0 : /gcm|poly/.test(name) ? 12 : /des/.test(name) ? 8 : 16;
      const key = Buffer.alloc(keyLength, 9);
      const iv = ivLength ? Buffer.alloc(ivLength, 8) : null;
      const options = /poly/.test(name) ? { authTagLength: 16 } : undefined;
      const c = createCipheriv(name, key, iv, options);
      const parts: Buffer[] = [];
      for (let i = 0; i < plain.length; i += 37) parts.push(c.update(plain.subarray(i, i + 37)) as Buffer);
      parts.push(c.final() as Buffer);
      const d = createDecipheriv(name, key, iv, options);
      if (/gcm|poly/.test(name)) d.setAuthTag(c.getAuthTag());
      const back = Buffer.concat([d.update(Buffer.concat(parts)) as Buffer, d.final() as Buffer]);
      expect(back.equals(plain), name).to.equal(true);
    }
  });
});

describe('crypto streams', () => {
  it('hashes through stream.pipeline(readable, createHash(...))', (done) => {
    const hash = createHash('sha256');
    pipeline(Readable.from([Buffer.from('ab'), Buffer.from('c')]), hash, (err: unknown) => {
      expect(err ?? null).to.equal(null);
      expect((hash.read() as Buffer).toString('hex')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      done();
    });
  });

  it('is a Transform, built only when the stream side is touched', () => {
    const hash = createHash('md5');
    expect(Object.keys(hash)).to.not.include('_readableState');
    expect(hash).to.be.instanceOf(Transform);
    hash.update('a');
    expect(Object.keys(hash)).to.not.include('_readableState');
    expect(hash.writable).to.equal(true);
    expect(Object.keys(hash)).to.include('_readableState');
  });

  it('pipes a cipher into a decipher into a Writable', (done) => {
    const key = Buffer.alloc(32, 1);
    const iv = Buffer.alloc(16, 2);
    const got: Buffer[] = [];
    const sink = new Writable({ write(chunk, _enc, cb) { got.push(chunk as Buffer); cb(); } });
    pipeline(Readable.from(['hello ', 'stream ', 'world']), createCipheriv('aes-256-cbc', key, iv), createDecipheriv('aes-256-cbc', key, iv), sink, (err: unknown) => {
      expect(err ?? null).to.equal(null);
      expect(Buffer.concat(got).toString()).to.equal('hello stream world');
      done();
    });
  });

  it('pipes an Hmac out as one digest chunk', (done) => {
    const hmac = createHmac('sha256', createSecretKey(Buffer.from('Jefe')));
    hmac.on('data', (digest: Buffer) => {
      expect(digest.toString('hex')).to.equal('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
      done();
    });
    hmac.end('what do ya want for nothing?');
  });
});

describe('crypto primes', () => {
  it('checkPrimeSync tells Mersenne primes from their neighbours', () => {
    expect(checkPrimeSync(2n ** 89n - 1n)).to.equal(true);
    expect(checkPrimeSync(2n ** 89n + 1n)).to.equal(false);
    expect(checkPrimeSync(3215031751n)).to.equal(false); // a strong pseudoprime to bases 2, 3, 5, 7
  });

  it('generatePrimeSync gives a safe prime of the asked size', () => {
    const p = generatePrimeSync(48, { safe: true, bigint: true }) as bigint;
    expect(p.toString(2).length).to.equal(48);
    expect(checkPrimeSync(p) && checkPrimeSync((p - 1n) / 2n)).to.equal(true);
  });
});
