// Runs every test in the real engines this machine has: Chromium, Firefox and WebKit.
//
// Browsers come from the operating system (Debian: chromium, firefox-esr, webkit2gtk-driver, xvfb;
// see the README). npm tools cannot download browsers on every machine, so nothing here does.
// Locally, an engine that is not installed is skipped with a notice; with CI=true it is an error.
// KP_BROWSERS=chromium,firefox narrows a local run to some engines.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteerCore from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS, FIREFOX, MINIBROWSER, WEBKIT_DRIVER, XVFB } from './scripts/browsers.mjs';
import { integrationMiddleware } from './test/integration/middleware.mjs';

const CI = /^(1|true|yes)$/i.test(process.env.CI ?? '');

/**
 * A test command, `emulate-forced-colors` with `{ active: boolean }`, that turns on forced-colors
 * mode (Windows High Contrast) where the browser is driven over the DevTools protocol (Chromium).
 * Returns false elsewhere, so a test can tell emulation was not possible.
 */
function forcedColorsCommand() {
  // Emulation lasts only while its protocol session stays attached: keep one per test page.
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) return false;
      // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

const wanted = new Set(
  (process.env.KP_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim().toLowerCase()),
);

/** Child processes this config starts (Xvfb, WebKitWebDriver); stopped when the run ends. */
const children = [];
const stopChildren = () => {
  for (const child of children.reverse()) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
};
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

const waitForPort = (port, timeoutMs = 15000) =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`nothing listens on port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });

/** WebKit's MiniBrowser has no headless mode: give it a virtual display when there is none. */
async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  if (!XVFB) return undefined;
  let n = 90 + (process.pid % 500);
  while (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) n += 1;
  const xvfb = spawn(XVFB, [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  children.push(xvfb);
  const socket = `/tmp/.X11-unix/X${n}`;
  for (let i = 0; i < 100 && !existsSync(socket); i += 1) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return existsSync(socket) ? `:${n}` : undefined;
}

async function startWebKitDriver() {
  const display = await ensureDisplay();
  if (!display) return { error: 'no display (install xvfb)' };
  const port = 4400 + (process.pid % 1000);
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  children.push(driver);
  await waitForPort(port);
  return { port };
}

const browsers = [];
const skipped = [];

if (wanted.has('chromium')) {
  if (CHROMIUM) {
    browsers.push(
      chromeLauncher({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS } }),
    );
  } else skipped.push('Chromium (not found; install the chromium package)');
}

if (wanted.has('firefox')) {
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

if (wanted.has('webkit')) {
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
  if (CI) {
    console.error(`${message}\nWith CI=true every engine must run. See README, "Running the tests".`);
    process.exit(1);
  }
  console.warn(`\n⚠ ${message}\n  Tests run in: ${browsers.length ? 'the others' : 'nothing'}.\n`);
}
if (browsers.length === 0) {
  console.error('No browser found to run the tests in. See README, "Running the tests".');
  process.exit(1);
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  // WebKit over WebDriver can only send real keystrokes and clicks with one test file at a time.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 20000 } },
  middleware: [integrationMiddleware],
  // Tests run Lit's development build, whose extra checks catch mistakes; its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
      define: { __KP_VERSION__: '"0.0.0-test"' },
    }),
    forcedColorsCommand(),
  ],
};
