// The classic-script page: polynode.min.js installed Buffer and process and defined polynode.require.
// Started from a timer, as the Node 16 golden run starts it.
setTimeout(function () {
  runNodeStyle(polynode.require, Buffer, process).then(
  function (lines) { report({ lines: lines, checks: { unknownId: requireError('nope'), unknownNodeId: requireError('node:nope'), brotliUnderStrictCsp: brotliError() } }); },
  function (error) { report({ error: String(error && error.stack || error) }); }
  );
}, 0);
function requireError(id) {
  try { polynode.require(id); return 'no error'; } catch (error) { return error.code + ': ' + error.message.split('\n')[0]; }
}
function report(result) {
  result.page = location.pathname;
  fetch('/__report', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(result) });
}
// This page's CSP has no 'wasm-unsafe-eval': brotli's WebAssembly cannot be compiled.
function brotliError() {
  try { polynode.require('zlib').brotliCompressSync('x'); return 'no error'; } catch (error) { return error.code + ': ' + error.message.split(':')[0]; }
}
