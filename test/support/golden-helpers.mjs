// Helpers shared by the golden scripts (run under real Node 16.13.1) and the tests that
// compare with them (bundled for Node and the browsers): they must give identical results in
// every engine. Plain JavaScript on purpose, like the case tables that import them.

/** 32-bit FNV-1a of a string's UTF-16 units, as 7 base-36 digits: one golden hash per case. */
export function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** mulberry32: a small seeded PRNG giving floats in [0, 1), identical in every engine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
