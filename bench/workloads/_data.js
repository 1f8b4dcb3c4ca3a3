// Deterministic inputs for the workloads. Files whose name starts with `_` are helpers, not
// modules: the harness never runs them on their own.
//
// Every generator is seeded, so every run, every column and every browser sees the same bytes.
// Inputs are cached on globalThis: all the column bundles loaded into one page share the same
// strings and arrays (one copy in memory, the same flat string representation for everyone).
// Columns get their own Buffer copies in their setup(), never the shared arrays themselves.

export const KiB = 1024;
export const MiB = 1024 * 1024;

/** A small, fast, seeded PRNG (xorshift32 with a splitmix-style seed scramble). */
export function prng(seed) {
  let x = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  /** An integer in [lo, hi]. */
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return next;
}

const CACHE_KEY = Symbol.for('polynode.bench.data');

/** Memoizes make() under key for the whole page (shared by every bundle in it). */
export function cached(key, make) {
  const store = (globalThis[CACHE_KEY] ??= new Map());
  if (!store.has(key)) store.set(key, make());
  return store.get(key);
}

/** n random bytes. */
export function randomBytes(n, seed = 1) {
  return cached(`bytes:${n}:${seed}`, () => {
    const rand = prng(seed);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = (rand() * 256) | 0;
    return out;
  });
}

const WORD_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * An ASCII text of exactly n characters: words of letters and digits separated by spaces,
 * punctuation and newlines (only printable characters, no `~`, which needles use).
 */
export function asciiText(n, seed = 2) {
  return cached(`ascii:${n}:${seed}`, () => {
    const rand = prng(seed);
    const parts = [];
    let length = 0;
    let piece = '';
    while (length < n) {
      const wordLength = rand.int(1, 10);
      for (let i = 0; i < wordLength; i++) piece += WORD_CHARS[(rand() * WORD_CHARS.length) | 0];
      const r = rand();
      piece += r < 0.8 ? ' ' : r < 0.9 ? ', ' : r < 0.97 ? '. ' : '\n';
      if (piece.length >= 4096) {
        parts.push(piece);
        length += piece.length;
        piece = '';
      }
    }
    parts.push(piece);
    return parts.join('').slice(0, n);
  });
}

/**
 * A string whose UTF-8 encoding is exactly `bytes` long: about 55 % ASCII, 20 % two-byte
 * (Latin, Greek, Cyrillic), 17 % three-byte (CJK, symbols) and 8 % four-byte (emoji) characters,
 * by character count. Only well-formed UTF-16 (no lone surrogates).
 */
export function mixedText(bytes, seed = 3) {
  return cached(`mixed:${bytes}:${seed}`, () => {
    const rand = prng(seed);
    const parts = [];
    let codes = [];
    let left = bytes;
    const flush = () => {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    };
    while (left > 0) {
      const r = rand();
      let cp;
      if (r < 0.55) {
        cp = rand() < 0.15 ? 0x20 : 0x61 + ((rand() * 26) | 0);
      } else if (r < 0.75) {
        cp = rand() < 0.5 ? 0xe0 + ((rand() * 32) | 0) : 0x410 + ((rand() * 64) | 0);
      } else if (r < 0.92) {
        cp = rand() < 0.8 ? 0x4e00 + ((rand() * 0x5000) | 0) : 0x2190 + ((rand() * 0x60) | 0);
      } else {
        cp = 0x1f300 + ((rand() * 0x350) | 0);
      }
      const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (size > left) continue; // near the end: draw again until a character fits
      codes.push(cp);
      left -= size;
      if (codes.length === 4096) flush();
    }
    flush();
    return parts.join('');
  });
}

/**
 * A JSON text of exactly n ASCII characters: an array of records with the same keys (ids,
 * names, e-mail addresses, tags, numbers, booleans, ISO dates, nested objects), the kind of
 * document an API returns; the last record's `note` is padded to land on n exactly.
 */
export function jsonText(n, seed = 6) {
  return cached(`json:${n}:${seed}`, () => {
    const rand = prng(seed);
    const word = (min, max) => {
      let text = '';
      for (let i = rand.int(min, max); i > 0; i--) text += WORD_CHARS[(rand() * 36) | 0].toLowerCase();
      return text;
    };
    const TAGS = ['admin', 'beta', 'billing', 'eu', 'us', 'mobile', 'desktop', 'trial', 'vip', 'legacy'];
    const parts = [];
    let length = 1; // the opening bracket
    for (let id = 1; ; id++) {
      const record = {
        id,
        uuid: `${word(8, 8)}-${word(4, 4)}-${word(4, 4)}-${word(4, 4)}-${word(12, 12)}`,
        name: `${word(3, 9)} ${word(4, 11)}`,
        email: `${word(3, 10)}@${word(4, 8)}.com`,
        active: rand() < 0.7,
        score: Math.round(rand() * 100000) / 100,
        tags: TAGS.filter(() => rand() < 0.25),
        created: new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 1.5e11)).toISOString(),
        address: { city: word(4, 10), zip: String(rand.int(10000, 99999)), country: ['DE', 'FR', 'US', 'JP', 'BR'][rand.int(0, 4)] },
        note: '',
      };
      const text = JSON.stringify(record);
      // Room for this record, its comma, the closing bracket, and a last padded record.
      if (length + text.length + 1 + 1 > n - 400) {
        const pad = n - length - (parts.length ? 1 : 0) - text.length - 1;
        parts.push(JSON.stringify({ ...record, note: 'x'.repeat(Math.max(0, pad)) }));
        break;
      }
      parts.push(text);
      length += text.length + (parts.length > 1 ? 1 : 0);
    }
    const json = `[${parts.join(',')}]`;
    if (json.length !== n) throw new Error(`jsonText: made ${json.length} characters, wanted ${n}`);
    return json;
  });
}

/** A string of n characters in U+0000..U+00FF (every byte value). */
export function latin1Text(n, seed = 4) {
  return cached(`latin1:${n}:${seed}`, () => {
    const bytes = randomBytes(n, seed);
    const parts = [];
    for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode(...bytes.subarray(i, i + 8192)));
    return parts.join('');
  });
}

/**
 * Cuts [0, total) into `count` consecutive [start, end) ranges of uneven sizes (about
 * total / count each, ± 40 %), so that chunk boundaries fall inside multi-byte characters and
 * base64 groups.
 */
export function chunkRanges(total, count, seed = 5) {
  return cached(`ranges:${total}:${count}:${seed}`, () => {
    const rand = prng(seed);
    const average = total / count;
    const cuts = [0];
    for (let i = 1; i < count; i++) {
      const jitter = Math.round((rand() - 0.5) * 0.8 * average);
      cuts.push(Math.max(cuts[i - 1] + 1, Math.min(total - (count - i), Math.round(i * average) + jitter)));
    }
    cuts.push(total);
    const ranges = [];
    for (let i = 0; i < count; i++) ranges.push([cuts[i], cuts[i + 1]]);
    return ranges;
  });
}
