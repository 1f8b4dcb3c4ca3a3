// A Karma reporter that ends the run with one line per browser and a closing
// "N passed, N failed" (tests × browsers), which scripts/test.mjs adds to the other
// environments' counts. A configured browser that never reported, an error outside a test
// or a disconnect counts as a failure, so the line always agrees with the exit code.
function SummaryReporter(baseReporterDecorator, config) {
  baseReporterDecorator(this);
  const finished = new Map(); // browser id -> { name, result }
  // The 'mocha' reporter prints the details; this one prints only the summary.
  this.onBrowserLog = () => {};
  this.specSuccess = this.specFailure = this.specSkipped = () => {};
  this.onBrowserError = () => {};
  this.onBrowserComplete = (browser) => finished.set(browser.id, { name: browser.name, result: browser.lastResult });

  this.onRunComplete = (_browsers, results) => {
    for (const { name, result } of finished.values()) {
      this.write(`karma: ${name}: ${result.success} passed, ${result.failed} failed\n`);
    }
    let failed = results.failed;
    const problems = [];
    const missing = Math.max(0, (config.browsers || []).length - finished.size);
    if (missing) problems.push(`${missing} browser(s) did not run`);
    if (results.error) problems.push('a browser reported an error outside a test');
    if (results.disconnected) problems.push('a browser disconnected');
    if (!problems.length && results.exitCode !== 0 && failed === 0) problems.push(`karma exit code ${results.exitCode}`);
    if (problems.length) {
      this.write(`karma: ${problems.join('; ')} (counted as failures)\n`);
      failed += Math.max(1, missing);
    }
    const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
    this.write(`\n${results.success} passed, ${failed} failed${skipped}\n`);
  };
}
SummaryReporter.$inject = ['baseReporterDecorator', 'config'];
module.exports = { 'reporter:summary': ['type', SummaryReporter] };
