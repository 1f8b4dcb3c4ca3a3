// A Node-style program, written once for three runners: real Node 16 (scripts/golden/bundlers.mjs),
// the classic-script page (polynode.min.js: globals + polynode.require) and the import-map page
// (`import … from 'node:…'`). It is a classic script: it defines one global function.
// eslint-disable-next-line no-unused-vars
function runNodeStyle(require, Buffer, process) {
  return new Promise(function (resolve) {
    var EventEmitter = require('events');
    var createHash = require('crypto').createHash;
    var lines = [];
    var emitter = new EventEmitter();
    emitter.once('data', function (chunk) {
      lines.push('event: ' + chunk.toString('hex') + ' ' + Buffer.isBuffer(chunk));
    });
    // nextTick is queued before the promise job: polynode keeps that order in a page. (Queued the
    // other way round from a macrotask, Node still runs the tick first; a page cannot, since
    // polynode's tick queue is a microtask — reported in docs/bundlers.md.)
    process.nextTick(function () {
      lines.push('nextTick');
      emitter.emit('data', Buffer.from('tick'));
      lines.push('sha256: ' + createHash('sha256').update('polynode').digest('hex'));
      lines.push('md5: ' + createHash('md5').update(Buffer.from([1, 2, 3])).digest('base64'));
      lines.push('buffer: ' + Buffer.from('héllo').toString('base64') + ' ' + Buffer.byteLength('€'));
      lines.push('util: ' + require('util').format('%s:%d', 'x', 1) + ' ' + require('node:path').join('/a', '../b'));
      lines.push('version: ' + process.version + ' ' + (require('node:events') === EventEmitter));
      setTimeout(function () { resolve(lines); }, 0);
    });
    Promise.resolve().then(function () { lines.push('promise'); });
    lines.push('sync');
  });
}
