// Karma: the Mocha tests, bundled by Rollup into build/test/{src,dist} (npm run build:test),
// in Debian's Chromium and Firefox ESR, headless, one run. KARMA_BROWSERS picks browsers
// (ChromiumHeadlessCI, FirefoxHeadlessCI, SafariCI on macOS); CHROME_BIN / FIREFOX_BIN
// choose the binaries. This file is an ES module: Karma loads it with require(), which
// takes ES modules on Node 20.19+.
import { createRequire } from 'node:module';
import { CHROMIUM_FLAGS } from './scripts/lib/chromium-flags.mjs';

const require = createRequire(import.meta.url);
process.env.CHROME_BIN ||= process.env.CHROMIUM_BIN || '/usr/bin/chromium';
process.env.FIREFOX_BIN ||= '/usr/bin/firefox-esr';

// Where `npm run build:test` put the bundles (TEST_OUT, as in rollup.config.js).
const testRoot = (process.env.TEST_OUT || 'build/test').replace(/\/+$/, '');

const browsers = (process.env.KARMA_BROWSERS || 'ChromiumHeadlessCI,FirefoxHeadlessCI')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

// Firefox phones home at start-up; on a closed network that is only noise and delay.
const QUIET_FIREFOX_PREFS = {
  'app.normandy.enabled': false,
  'app.update.disabledForTesting': true,
  'app.update.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.search.update': false,
  'browser.newtabpage.enabled': false,
  'browser.startup.page': 0,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': 'data:,',
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'dom.push.connection.enabled': false,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
};

export default (config) => {
  const plugins = [
    'karma-mocha',
    'karma-mocha-reporter',
    'karma-chrome-launcher',
    'karma-firefox-launcher',
    'karma-sourcemap-loader',
    require('./karma/summary-reporter.cjs'),
  ];
  // macOS CI: Safari through karma-safarinative-launcher, when it is installed there.
  if (browsers.includes('SafariCI')) plugins.push('karma-safarinative-launcher');

  config.set({
    frameworks: ['mocha'],
    plugins,
    files: [
      'karma/esm-loader.js',
      { pattern: `${testRoot}/**/*.js`, included: false, watched: false },
      { pattern: `${testRoot}/**/*.map`, included: false, watched: false },
    ],
    exclude: [`${testRoot}/node/**`],
    preprocessors: { [`${testRoot}/**/*.js`]: ['sourcemap'] },
    // Cross-origin isolation, so SharedArrayBuffer and Atomics.wait work (worker tests).
    customHeaders: [
      { match: '.*', name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
      { match: '.*', name: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
    ],
    client: { mocha: { timeout: 10000 }, captureConsole: true, testRoot },
    reporters: ['mocha', 'summary'],
    mochaReporter: { output: process.env.KARMA_OUTPUT || 'minimal' },
    browsers,
    customLaunchers: {
      ChromiumHeadlessCI: {
        base: 'ChromiumHeadless',
        flags: [...CHROMIUM_FLAGS, '--remote-debugging-port=0'], // the base adds a fixed 9222 otherwise
      },
      FirefoxHeadlessCI: { base: 'FirefoxHeadless', prefs: QUIET_FIREFOX_PREFS },
      SafariCI: { base: 'SafariNative' },
    },
    concurrency: Infinity,
    singleRun: true,
    autoWatch: false,
    captureTimeout: 90000,
    browserNoActivityTimeout: 90000,
    browserDisconnectTimeout: 10000,
    browserDisconnectTolerance: 0,
    // Long property tests yield to the event loop, but a loaded machine can still delay pings.
    pingTimeout: 60000,
    failOnEmptyTestSuite: true,
    logLevel: config.LOG_WARN,
    colors: !process.env.CI && Boolean(process.stdout.isTTY),
  });
};
