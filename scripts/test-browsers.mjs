// Starts the browsers for web-test-runner (web-test-runner.config.mjs): Chromium, Firefox and WebKit
// as installed by the operating system (scripts/browsers.mjs says where they are found), plus the
// Xvfb display and WebKitWebDriver that WebKit needs, stopped when the run ends. Locally, an engine
// that is not installed is skipped with a notice; with CI=true it is an error.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteerCore from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS, FIREFOX, MINIBROWSER, WEBKIT_DRIVER, XVFB } from './browsers.mjs';

/** Child processes this module starts (Xvfb, WebKitWebDriver); stopped when the run ends. */
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

const waitForPort = (port, timeoutMs = 60000) =>
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
