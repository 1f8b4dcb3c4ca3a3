// The two halves of pako that rollup.config.js generates (`pakoHalves`): pako's own functions,
// each half run on the first call of its loader.
declare module 'polynode-vendor:pako-deflate' {
  type Pako = typeof import('pako');
  export function loadPakoDeflate(): Pick<Pako, 'ZStream' | 'zlibDeflate' | 'zlibDeflateEnd' | 'zlibDeflateInit2' | 'zlibDeflateReset' | 'zlibDeflateSetDictionary'>;
}
declare module 'polynode-vendor:pako-inflate' {
  type Pako = typeof import('pako');
  export function loadPakoInflate(): Pick<Pako, 'ZStream' | 'zlibInflate' | 'zlibInflateEnd' | 'zlibInflateInit2' | 'zlibInflateReset' | 'zlibInflateSetDictionary'>;
}
