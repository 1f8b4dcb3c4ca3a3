// Workloads for `crypto`: hashes, HMAC, pbkdf2Sync and AES on 1 MiB. See bench/README.md.
// The native column is WebCrypto (async: crypto.subtle.digest/sign/deriveBits/encrypt),
// which shows what the machine reaches, not what a synchronous API could.
import { MiB, randomBytes, cached } from './_data.js';
import { coldStart } from './_cold.js';

export const modules = ['crypto', 'buffer'];

const data = () => cached('crypto:data', () => randomBytes(MiB, 11));
const KEY = new Uint8Array(32).fill(7);
const IV16 = new Uint8Array(16).fill(9);
const IV12 = new Uint8Array(12).fill(5);
const hex = (bytes) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

function digest(algorithm, webName) {
  return {
    name: `crypto.createHash.${algorithm}`,
    title: `createHash('${algorithm}').update(1 MiB).digest('hex')`,
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ crypto: lib.crypto, input: lib.buffer.Buffer.from(data()) }),
    run: ({ crypto, input }) => crypto.createHash(algorithm).update(input).digest('hex'),
    native: webName && {
      api: `crypto.subtle.digest('${webName}') (async)`,
      available: () => typeof crypto !== 'undefined' && !!crypto.subtle,
      async: true,
      setup: () => ({ input: data() }),
      run: async ({ input }) => hex(await crypto.subtle.digest(webName, input)),
    },
  };
}

function aes(mode, keyBytes) {
  const name = `aes-256-${mode}`;
  return {
    name: `crypto.createCipheriv.${name}`,
    title: `createCipheriv('${name}').update(1 MiB) + final()${mode === 'gcm' ? ' + getAuthTag()' : ''}`,
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ crypto: lib.crypto, Buffer: lib.buffer.Buffer, input: lib.buffer.Buffer.from(data()) }),
    run({ crypto, Buffer, input }) {
      const c = crypto.createCipheriv(name, Buffer.from(KEY.subarray(0, keyBytes)), Buffer.from(mode === 'gcm' ? IV12 : IV16));
      const out = Buffer.concat([c.update(input), c.final()]);
      return mode === 'gcm' ? `${out.length}:${hex(c.getAuthTag())}` : `${out.length}:${hex(out.subarray(out.length - 16))}`;
    },
    native: {
      api: `crypto.subtle.encrypt('AES-${mode.toUpperCase()}') (async)`,
      available: () => typeof crypto !== 'undefined' && !!crypto.subtle,
      async: true,
      setup: async () => ({
        input: data(),
        key: await crypto.subtle.importKey('raw', KEY, { name: `AES-${mode.toUpperCase()}` }, false, ['encrypt']),
      }),
      async run({ input, key }) {
        const out = new Uint8Array(await crypto.subtle.encrypt(
          mode === 'gcm' ? { name: 'AES-GCM', iv: IV12 } : { name: 'AES-CBC', iv: IV16 }, key, input));
        // WebCrypto's GCM output ends with the 16-byte tag; CBC's is the ciphertext.
        return mode === 'gcm' ? `${out.length - 16}:${hex(out.subarray(out.length - 16))}` : `${out.length}:${hex(out.subarray(out.length - 16))}`;
      },
    },
  };
}

export default [
  coldStart({
    page: 'crypto',
    module: 'crypto',
    touch: "createHash('sha256').update('abc').digest('hex')",
    expected: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  }),
  digest('sha256', 'SHA-256'),
  digest('sha512', 'SHA-512'),
  digest('sha1', 'SHA-1'),
  digest('md5'),
  {
    name: 'crypto.createHmac.sha256',
    title: "createHmac('sha256', key).update(1 MiB).digest('hex')",
    unit: 'MB/s',
    bytes: MiB,
    setup: (lib) => ({ crypto: lib.crypto, key: lib.buffer.Buffer.from(KEY), input: lib.buffer.Buffer.from(data()) }),
    run: ({ crypto, key, input }) => crypto.createHmac('sha256', key).update(input).digest('hex'),
    native: {
      api: "crypto.subtle.sign('HMAC', SHA-256) (async)",
      available: () => typeof crypto !== 'undefined' && !!crypto.subtle,
      async: true,
      setup: async () => ({
        input: data(),
        key: await crypto.subtle.importKey('raw', KEY, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
      }),
      run: async ({ input, key }) => hex(await crypto.subtle.sign('HMAC', key, input)),
    },
  },
  {
    name: 'crypto.pbkdf2Sync.sha256',
    title: "pbkdf2Sync('password', 'salt', 1000, 32, 'sha256')",
    unit: 'ops/s',
    setup: (lib) => ({ crypto: lib.crypto }),
    run: ({ crypto }) => crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex'),
    native: {
      api: "crypto.subtle.deriveBits('PBKDF2', SHA-256) (async)",
      available: () => typeof crypto !== 'undefined' && !!crypto.subtle,
      async: true,
      setup: async () => ({
        key: await crypto.subtle.importKey('raw', new TextEncoder().encode('password'), 'PBKDF2', false, ['deriveBits']),
      }),
      run: async ({ key }) => hex(await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode('salt'), iterations: 1000 }, key, 256)),
    },
  },
  aes('gcm', 32),
  aes('cbc', 32),
];
