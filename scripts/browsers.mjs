// Where this machine's browsers are, and how to start Chromium headless: shared by the test runner
// (web-test-runner.config.mjs) and the screenshot script. Browsers come from the operating system;
// nothing here downloads one. Environment variables override the search.
import { existsSync } from 'node:fs';

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
