// Launching the browsers. Both open the first bench page and are closed by the harness; the
// pages drive themselves and report over HTTP (see page/runtime.js), so a launcher only has to
// open a URL and to close cleanly.
//
// - Chromium: Debian's /usr/bin/chromium (or CHROME_BIN) through playwright-core.
// - Firefox: Debian's /usr/bin/firefox-esr (or FIREFOX_BIN), started directly, headless, with a
//   throw-away profile. playwright-core 1.65's Firefox launcher cannot drive Debian's Firefox:
//   its default protocol (Juggler, `-juggler-pipe`) exists only in Playwright's own patched
//   Firefox builds (the process exits at once), and its WebDriver BiDi mode
//   (`channel: 'moz-firefox'`) connects but fails every new page on
//   `emulation.setMediaFeaturesOverride: unknown command` with Firefox ESR 153. Nothing is ever
//   downloaded.
import { spawn, execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './columns.mjs';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium-flags.mjs';

const require = createRequire(join(REPO_ROOT, 'package.json'));

export const CHROMIUM_ARGS = CHROMIUM_FLAGS;

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const BROWSERS = {
  chromium: {
    binary: () => process.env.CHROME_BIN || '/usr/bin/chromium',
    missing: (bin) =>
      `Chromium not found at ${bin}. Install Debian's package (apt-get install chromium) or set CHROME_BIN.`,
    async launch(url, { log }) {
      const { chromium } = require('playwright-core');
      const browser = await chromium.launch({ executablePath: this.binary(), args: CHROMIUM_ARGS });
      let exited = false;
      const gone = new Promise((resolve) => browser.on('disconnected', () => ((exited = true), resolve())));
      try {
        const page = await browser.newPage();
        page.on('pageerror', (error) => log(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') log(`console: ${message.text()}`);
        });
        await page.goto(url);
      } catch (error) {
        await browser.close().catch(() => {});
        throw error;
      }
      return {
        version: `Chromium ${browser.version()}`,
        exited: gone,
        close: async () => {
          if (!exited) await browser.close().catch(() => {});
        },
      };
    },
  },
  firefox: {
    note: "started directly, headless, throw-away profile: playwright-core 1.65 cannot drive Debian's Firefox",
    binary: () => process.env.FIREFOX_BIN || '/usr/bin/firefox-esr',
    missing: (bin) =>
      `Firefox not found at ${bin}: skipping it. Install Debian's package (apt-get install firefox-esr) or set FIREFOX_BIN.`,
    async launch(url) {
      const bin = this.binary();
      let version = 'Firefox';
      try {
        version = execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 20000 }).trim().replace(/^Mozilla /, '');
      } catch {}
      const profile = mkdtempSync(join(tmpdir(), 'polynode-bench-firefox-'));
      writeFileSync(join(profile, 'user.js'), FIREFOX_PREFS);
      // Own process group (detached), so closing ends Firefox's content processes too.
      const child = spawn(bin, ['--headless', '--no-remote', '--profile', profile, url], {
        detached: true,
        stdio: 'ignore',
        env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
      });
      let closed = false;
      return {
        version,
        exited,
        close: async () => {
          if (closed) return;
          closed = true;
          const signal = (name) => {
            try {
              process.kill(-child.pid, name);
            } catch {}
          };
          if (child.exitCode === null && child.signalCode === null) {
            signal('SIGTERM');
            const timer = setTimeout(() => signal('SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
          }
          signal('SIGKILL'); // any straggler left in the group
          rmSync(profile, { recursive: true, force: true });
        },
      };
    },
  },
};

export function browserAvailable(name) {
  const spec = BROWSERS[name];
  const bin = spec.binary();
  return executable(bin) ? { ok: true, bin } : { ok: false, bin, message: spec.missing(bin) };
}

// A quiet profile: no first-run pages, updates, telemetry or background network; no slow-script
// dialog (samples are long synchronous loops).
const FIREFOX_PREFS = `
user_pref("app.normandy.enabled", false);
user_pref("app.update.auto", false);
user_pref("app.update.enabled", false);
user_pref("browser.aboutwelcome.enabled", false);
user_pref("browser.newtabpage.enabled", false);
user_pref("browser.safebrowsing.blockedURIs.enabled", false);
user_pref("browser.safebrowsing.downloads.enabled", false);
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("browser.sessionstore.resume_from_crash", false);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("browser.startup.page", 0);
user_pref("browser.tabs.warnOnClose", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("dom.max_chrome_script_run_time", 0);
user_pref("dom.max_script_run_time", 0);
user_pref("extensions.update.enabled", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("startup.homepage_welcome_url", "");
user_pref("startup.homepage_welcome_url.additional", "");
user_pref("toolkit.startup.max_resumed_crashes", -1);
user_pref("toolkit.telemetry.enabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
`;
