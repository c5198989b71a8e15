// Starts the browsers for web-test-runner (web-test-runner.config.mjs): Chromium, Firefox and WebKit
// as installed by the operating system (scripts/browsers.mjs says where they are found), plus the
// Xvfb display and WebKitWebDriver that WebKit needs, stopped when the run ends. Locally, an engine
// that is not installed is skipped with a notice; with CI=true it is an error.
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteerCore from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS, FIREFOX, MINIBROWSER, startWebKitDriver, WEBKIT_DRIVER } from './browsers.mjs';

/**
 * The launchers for the engines in `wanted` (comma-separated; `KP_BROWSERS` or all three). Exits
 * with a message when no engine can run, or when one is missing and `ci` is true.
 */
export async function testBrowsers({ ci = false, wanted = process.env.KP_BROWSERS ?? 'chromium,firefox,webkit' } = {}) {
  const want = new Set(wanted.split(',').map((s) => s.trim().toLowerCase()));
  const browsers = [];
  const skipped = [];

  if (want.has('chromium')) {
    if (CHROMIUM) {
      browsers.push(
        chromeLauncher({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS } }),
      );
    } else skipped.push('Chromium (not found; install the chromium package)');
  }

  if (want.has('firefox')) {
    if (FIREFOX) {
      // Playwright cannot drive a stock Firefox; puppeteer-core talks WebDriver BiDi to it.
      browsers.push(
        chromeLauncher({
          puppeteer: puppeteerCore,
          launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
        }),
      );
    } else skipped.push('Firefox (not found; install the firefox-esr package)');
  }

  if (want.has('webkit')) {
    if (WEBKIT_DRIVER && MINIBROWSER) {
      const started = await startWebKitDriver();
      if (started.port) {
        browsers.push(
          webdriverLauncher({
            automationProtocol: 'webdriver',
            hostname: '127.0.0.1',
            port: started.port,
            logLevel: 'error',
            capabilities: {
              browserName: 'MiniBrowser',
              'wdio:enforceWebDriverClassic': true,
              'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
            },
          }),
        );
      } else skipped.push(`WebKit (${started.error})`);
    } else skipped.push('WebKit (not found; install the webkit2gtk-driver and xvfb packages)');
  }

  if (skipped.length > 0) {
    const message = `Browsers skipped: ${skipped.join('; ')}.`;
    if (ci) {
      console.error(`${message}\nWith CI=true every engine must run. See README, "Running the tests".`);
      process.exit(1);
    }
    console.warn(`\n⚠ ${message}\n  Tests run in: ${browsers.length ? 'the others' : 'nothing'}.\n`);
  }
  if (browsers.length === 0) {
    console.error('No browser found to run the tests in. See README, "Running the tests".');
    process.exit(1);
  }
  return browsers;
}
