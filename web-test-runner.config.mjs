// Runs every test in the real engines this machine has: Chromium, Firefox and WebKit.
//
// Browsers come from the operating system (Debian: chromium, firefox-esr, webkit2gtk-driver, xvfb;
// see the README) and are started by scripts/test-browsers.mjs; npm tools cannot download browsers
// on every machine, so nothing here does. Locally, an engine that is not installed is skipped with
// a notice; with CI=true it is an error. KP_BROWSERS=chromium,firefox narrows a local run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testBrowsers } from './scripts/test-browsers.mjs';
import { integrationMiddleware } from './test/integration/middleware.mjs';
import { prerenderCommand, prerenderMiddleware } from './test/render/server.mjs';

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

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  browsers: await testBrowsers({ ci: CI }),
  // WebKit over WebDriver can only send real keystrokes and clicks with one test file at a time.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  // A whole file's deadline is a hang guard too: the builder file drives dozens of real keystrokes
  // and axe runs in WebKit, and on a loaded 2-core machine it was seen to need over 180 s.
  testsFinishTimeout: 600000,
  // Mocha's timeout only catches hangs: tests wait on conditions, never on the clock. It is generous
  // because two cores shared with other work make a WebKit test that drives real keys and runs axe
  // several times slower (seen: over 20 s for a test that takes 6 s on an idle machine).
  testFramework: { config: { timeout: 90000 } },
  middleware: [integrationMiddleware, prerenderMiddleware],
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
    prerenderCommand(),
  ],
};
