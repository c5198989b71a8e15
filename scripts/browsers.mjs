// Where this machine's browsers are, how to start Chromium headless, and how to start the driver
// WebKit needs: shared by the test runner (web-test-runner.config.mjs), the benchmark and the
// screenshot script. Browsers come from the operating system; nothing here downloads one.
// Environment variables override the search.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

const first = (paths) => paths.find((p) => p && existsSync(p));

export const CHROMIUM = first([
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]);

export const FIREFOX = first([
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
]);

export const WEBKIT_DRIVER = first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);

export const MINIBROWSER = first([
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
]);

export const XVFB = first(['/usr/bin/Xvfb']);

/**
 * Headless Chromium as root in a container, with no background traffic (the network here is
 * closed; without these flags Chromium keeps trying to reach its own services).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// ---- Starting WebKit: MiniBrowser is driven through WebKitWebDriver, on a display ----------------

/** Child processes started here (Xvfb, WebKitWebDriver); stopped when the process ends. */
const children = [];
const stopChildren = () => {
  for (const child of children.reverse()) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
};
/** Keeps `child` to stop it at exit; the exit and signal handlers are set on the first one only. */
function track(child) {
  if (children.length === 0) {
    process.on('exit', stopChildren);
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.on(signal, () => {
        stopChildren();
        process.exit(130);
      });
    }
  }
  children.push(child);
  return child;
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
  track(xvfb);
  const socket = `/tmp/.X11-unix/X${n}`;
  for (let i = 0; i < 100 && !existsSync(socket); i += 1) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return existsSync(socket) ? `:${n}` : undefined;
}

/**
 * Starts WebKitWebDriver (and an Xvfb display for it when there is none) on a free-looking port of
 * this process: `{ port }`, or `{ error }` when there is no display. Both are stopped when the
 * process exits. Used by the test runner (test-browsers.mjs) and the benchmark.
 */
export async function startWebKitDriver() {
  const display = await ensureDisplay();
  if (!display) return { error: 'no display (install xvfb)' };
  const port = 4400 + (process.pid % 1000);
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  track(driver);
  await waitForPort(port);
  return { port };
}
