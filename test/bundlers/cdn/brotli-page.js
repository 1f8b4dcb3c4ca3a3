// The CDN brotli page: polynode.brotli.js registered the WebAssembly for polynode.min.js, and this
// page's Content-Security-Policy allows 'wasm-unsafe-eval'. Reports Node 16's bytes for one input.
(function () {
  var result = { page: location.pathname };
  try {
    var zlib = polynode.require('zlib');
    var packed = zlib.brotliCompressSync('hello world hello world');
    result.lines = [packed.toString('hex'), zlib.brotliDecompressSync(packed).toString()];
  } catch (error) {
    result.error = String((error && error.stack) || error);
  }
  fetch('/__report', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(result) });
})();
