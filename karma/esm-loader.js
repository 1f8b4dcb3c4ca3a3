// Classic (non-module) script, listed first in Karma's `files`. It imports the test bundles
// itself and starts Mocha only when all of them have finished evaluating: Karma's own
// module loading starts Mocha without waiting for a module's top-level await, which would
// silently drop the tests declared after it.
//
// The same tests are built twice, against src/ (build/test/src) and against the built
// dist/ (build/test/dist). Each set is loaded with its top-level suites renamed
// "[src] …" / "[dist] …", so a failure says which one failed.
(function (karma) {
  var start = karma.loaded;
  karma.loaded = function () {}; // the call from Karma's context page is ignored

  var sets = ['src', 'dist'];
  var depth = 0;
  var prefix = '';
  var describe = window.describe;
  function wrap(original) {
    return function (title, fn) {
      var name = depth === 0 && prefix ? '[' + prefix + '] ' + title : title;
      return original.call(this, name, function () {
        depth++;
        try {
          return fn.apply(this, arguments);
        } finally {
          depth--;
        }
      });
    };
  }
  window.describe = wrap(describe);
  window.describe.skip = wrap(describe.skip);
  window.describe.only = wrap(describe.only);

  var entries = [];
  sets.forEach(function (set) {
    var root = (karma.config && karma.config.testRoot) || 'build/test';
    var pattern = new RegExp('^/base/' + root + '/' + set + '/(?!chunks/).+\\.test\\.js$');
    Object.keys(karma.files)
      .filter(function (f) { return pattern.test(f); })
      .sort()
      .forEach(function (f) { entries.push({ set: set, file: f }); });
  });

  entries
    .reduce(function (done, entry) {
      return done.then(function () {
        prefix = entry.set;
        return import(entry.file);
      });
    }, Promise.resolve())
    .then(
      function () {
        if (entries.length === 0) karma.error('esm-loader: no test bundles found');
        else start.call(karma);
      },
      function (err) {
        karma.error('esm-loader: failed to import a test bundle: ' + err + '\n' + ((err && err.stack) || ''));
      }
    );
})(window.__karma__);
