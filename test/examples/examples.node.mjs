// The framework recipes in examples/ (React 19, Vue 3, Svelte 5, Angular, Preact), built the way
// an app ships (production) and run in Chromium: the README's framework section shows these very
// files, so what it tells developers is what works. For each framework:
//
// - the production build succeeds, and the typed app compiles with the framework's own checker
//   (tsc, vue-tsc, svelte-check, ng build's strict templates), wrong attribute types included as
//   expected errors (see the *wrong-types* files);
// - the elements upgrade; a value bound from state (the clinic name) reaches the shadow DOM and
//   follows a change;
// - a boolean bound false → true → false switches data-layer off / on / off, measured by
//   window.dataLayer after a real click on Book; the framework's kp-cta-click handler fires once per
//   click; the `open` property opens and closes every cause;
// - unmounting and mounting the app again upgrades fresh elements with no error, and nothing is
//   logged on the way (no error, no widget warning).
//
// Needs `npm run build` first (the examples install this package from dist/ through file:..) and
// the examples' own install (`node test/examples/install.mjs`, run by `npm run test:examples`).
// Builds and type checks run two at a time (the machine has two cores) while the browser tests of
// finished builds go on.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/browsers.mjs';
import { createStaticServer, listen } from '../../scripts/static-server.mjs';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const BIN = new URL('node_modules/.bin/', EXAMPLES).pathname;

/** How each recipe is built and type-checked, and where its built page is. */
const FRAMEWORKS = [
  {
    name: 'React 19',
    dir: 'react',
    build: ['vite', 'build', '--config', 'react/vite.config.ts', '--logLevel', 'warn'],
    check: [['tsc', '-p', 'react']],
    page: 'react/dist/index.html',
  },
  {
    name: 'Preact',
    dir: 'preact',
    build: ['vite', 'build', '--config', 'preact/vite.config.ts', '--logLevel', 'warn'],
    check: [['tsc', '-p', 'preact']],
    page: 'preact/dist/index.html',
  },
  {
    name: 'Vue 3',
    dir: 'vue',
    build: ['vite', 'build', '--config', 'vue/vite.config.ts', '--logLevel', 'warn'],
    check: [['vue-tsc', '-p', 'vue']],
    page: 'vue/dist/index.html',
  },
  {
    name: 'Svelte 5',
    dir: 'svelte',
    build: ['vite', 'build', '--config', 'svelte/vite.config.ts', '--logLevel', 'warn'],
    // svelte-check has no expect-error for markup: check.mjs runs it on the wrong types and
    // requires an error on each marked line.
    check: [
      ['svelte-check', '--workspace', 'svelte', '--fail-on-warnings'],
      ['node', 'svelte/wrong-types/check.mjs'],
    ],
    page: 'svelte/dist/index.html',
  },
  {
    name: 'Angular 21',
    dir: 'angular',
    // ng build compiles the templates with strictTemplates: the typed app is checked as it builds
    // ($event of (kp-cta-click) is a CtaClickEvent).
    build: ['ng', 'build', '--configuration', 'production', '--progress=false'],
    cwd: 'angular',
    check: [],
    page: 'angular/dist/browser/index.html',
  },
];

// ---- Builds and type checks, two at a time -------------------------------------------------------

/** Runs `bin args…` in examples/ (or a folder of it); resolves with its output, rejects with it on a non-zero exit. */
function run([bin, ...args], cwd = '') {
  return new Promise((resolve, reject) => {
    const child = spawn(bin === 'node' ? process.execPath : BIN + bin, args, {
      cwd: new URL(cwd, EXAMPLES),
      env: { ...process.env, NODE_ENV: 'production', NG_CLI_ANALYTICS: 'false', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${bin} ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

const queue = [];
let running = 0;
const SLOTS = 2;
/** Queues a command; at most SLOTS run at once. */
function schedule(command, cwd) {
  return new Promise((resolve, reject) => {
    queue.push({ command, cwd, resolve, reject });
    pump();
  });
}
function pump() {
  while (running < SLOTS && queue.length > 0) {
    const { command, cwd, resolve, reject } = queue.shift();
    running += 1;
    const started = Date.now();
    run(command, cwd)
      .then((output) => resolve({ output, ms: Date.now() - started }), reject)
      .finally(() => {
        running -= 1;
        pump();
      });
  }
}

/** Builds first, the longest (Angular's) first, since the browser tests wait for them; then the type checks. */
function startJobs() {
  const byLength = [...FRAMEWORKS].sort((a, b) => Number(b.dir === 'angular') - Number(a.dir === 'angular'));
  const builds = new Map(byLength.map((f) => [f.dir, schedule(f.build, f.cwd)]));
  const checks = new Map(FRAMEWORKS.map((f) => [f.dir, Promise.all(f.check.map((c) => schedule(c)))]));
  // Failures are reported by the tests that await them; keep Node from calling them unhandled.
  for (const p of [...builds.values(), ...checks.values()]) p.catch(() => {});
  return { builds, checks };
}

// ---- The browser ---------------------------------------------------------------------------------

/** Patience for a condition in the page; a hang guard, not a pass condition. */
const WAIT = { timeout: 60_000, polling: 'raf' };

/**
 * Installed before the app's scripts: counts kp-cta-click at the document (what the element
 * emitted, to compare with what the framework's handler saw) and keeps a click on Book from
 * leaving the page (after every listener has run, so the element still reports it).
 */
function pageProbe() {
  window.kpEmitted = 0;
  window.kpTest = {
    clinic: () => document.querySelector('pt-cta')?.shadowRoot?.querySelector('[part=message] strong')?.textContent,
    causesOpen: () => [...(document.querySelector('knee-pain-causes')?.shadowRoot?.querySelectorAll('details') ?? [])].map((d) => d.open),
    clicks: () => document.querySelector('output').textContent.split(',').map((s) => s.trim()).filter(Boolean),
  };
  document.addEventListener('kp-cta-click', () => (window.kpEmitted += 1));
  window.addEventListener('click', (event) => {
    if (event.composedPath().some((n) => n instanceof HTMLAnchorElement && n.getAttribute('part') === 'book')) event.preventDefault();
  });
}

/** Waits for `fn(...args)` to be true in the page. */
const until = (page, fn, ...args) => page.waitForFunction(fn, WAIT, ...args);

/** Lets the framework render what a click scheduled (two animation frames). */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const clicksSeen = (page) => page.evaluate(() => window.kpTest.clicks());
// Book and Call clicks only: with data-layer on, a kp_widget_view may join them while the test runs.
const layerLength = (page) => page.evaluate(() => (window.dataLayer ?? []).filter((e) => e?.event === 'kp_cta_click').length);

let browser;
let server;
let origin;
let jobs;

before(async () => {
  assert.ok(existsSync(new URL('../../dist/lib/frameworks/react.d.ts', import.meta.url)), 'run `npm run build` first');
  assert.ok(existsSync(BIN + 'vite'), 'install the examples first: node test/examples/install.mjs');
  assert.ok(CHROMIUM, 'Chromium not found (install the chromium package, or set CHROME_PATH)');
  jobs = startJobs();
  server = createStaticServer();
  origin = `http://127.0.0.1:${await listen(server, 0)}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the README shows these recipes (scripts/readme-examples.mjs --check)', async () => {
  await run(['node', new URL('../../scripts/readme-examples.mjs', import.meta.url).pathname, '--check']);
});

for (const framework of FRAMEWORKS) {
  describe(framework.name, () => {
    let page;
    const logged = [];

    test('production build', async (t) => {
      const { ms } = await jobs.builds.get(framework.dir);
      t.diagnostic(`built in ${(ms / 1000).toFixed(1)} s`);
      assert.ok(existsSync(new URL(framework.page, EXAMPLES)), `${framework.page} was written`);
    });

    if (framework.check.length > 0) {
      test('type check of the typed app, wrong attribute types rejected', async (t) => {
        const results = await jobs.checks.get(framework.dir);
        t.diagnostic(`checked in ${(Math.max(...results.map((r) => r.ms)) / 1000).toFixed(1)} s`);
      });
    }

    test('the elements upgrade and render', async () => {
      await jobs.builds.get(framework.dir);
      const context = await browser.createBrowserContext();
      page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') logged.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
      await page.evaluateOnNewDocument(pageProbe);
      await page.goto(`${origin}/examples/${framework.page}`);
      await until(page, () => !!document.querySelector('pt-cta')?.shadowRoot?.querySelector('[part=book]'));
      await until(page, () => (document.querySelector('knee-pain-causes')?.shadowRoot?.querySelectorAll('[part=cause]').length ?? 0) > 0);
      const defined = await page.evaluate(() => ['knee-pain-causes', 'relief-tips', 'pt-cta'].map((t) => !!customElements.get(t)));
      assert.deepEqual(defined, [true, true, true]);
    });

    test('a clinic name bound from state reaches the shadow DOM and follows a change', async () => {
      assert.equal(await page.evaluate(() => window.kpTest.clinic()), 'Northside Physical Therapy');
      await page.locator('::-p-aria(Clinic name)').fill('Southside Physio');
      await until(page, () => window.kpTest.clinic() === 'Southside Physio');
    });

    test('data-layer bound false → true → false: Book pushes to window.dataLayer only while true; the handler fires once per click', async (t) => {
      let on = false;
      let clicks = 0;
      for (const wanted of [false, true, false]) {
        if (wanted !== on) {
          await page.locator('::-p-aria(Send clicks to Tag Manager)').click();
          await until(page, (w) => document.querySelector('pt-cta').dataLayer === w, wanted);
          on = wanted;
        }
        const how = await page.evaluate(() => {
          const el = document.querySelector('pt-cta');
          return `attribute ${JSON.stringify(el.getAttribute('data-layer'))}, property ${JSON.stringify(el.dataLayer)}`;
        });
        t.diagnostic(`data-layer ${wanted}: ${how}`);
        const before = await layerLength(page);
        await page.locator('pt-cta >>> [part=book]').click();
        clicks += 1;
        await until(page, (n) => window.kpTest.clicks().length >= n, clicks);
        await settle(page);
        assert.deepEqual(await clicksSeen(page), Array(clicks).fill('book'), 'the framework handler ran once per click, with the detail');
        assert.equal(await page.evaluate(() => window.kpEmitted), clicks, 'the element emitted once per click');
        assert.equal((await layerLength(page)) - before, wanted ? 1 : 0, `window.dataLayer with data-layer ${wanted}`);
      }
    });

    test('open bound false → true → false opens and closes every cause', async () => {
      const opened = () => page.evaluate(() => window.kpTest.causesOpen());
      assert.ok((await opened()).length > 0 && (await opened()).every((o) => !o), 'all closed');
      await page.locator('::-p-aria(Open every cause)').click();
      await until(page, () => window.kpTest.causesOpen().every(Boolean));
      await page.locator('::-p-aria(Open every cause)').click();
      await until(page, () => !window.kpTest.causesOpen().some(Boolean));
    });

    test('unmount and mount again: fresh elements upgrade, nothing logged', async () => {
      await page.locator('::-p-aria(Unmount)').click();
      await until(page, () => !document.querySelector('pt-cta'));
      await page.locator('::-p-aria(Mount)').click();
      await until(page, () => !!document.querySelector('pt-cta')?.shadowRoot?.querySelector('[part=book]'));
      await until(page, () => window.kpTest.clinic() === 'Northside Physical Therapy');
      assert.deepEqual(logged, [], 'no error or warning in the console');
      await page.browserContext().close();
    });
  });
}
