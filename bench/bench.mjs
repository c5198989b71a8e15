// `npm run bench`: what the widgets cost a clinic's page, measured in real browsers against the
// same content as static HTML. Not a test: nothing here passes or fails on a number (CI runs a short
// smoke run, `--smoke`, so the benchmark cannot rot). Needs `npm run build` first.
//
// It loads one article page (bench/pages.mjs: text, the three widgets mid-article, text and a
// footer below) in each snippet form, cold (a fresh browser context and no cache each time in
// Chromium; no-store responses everywhere), and reports per form and engine:
//   shift      loads in which anything moved: Chromium's layout-shift entries (CLS), and in every
//              engine the footer's position at each painted frame from the first to two frames
//              after the widgets are ready (Firefox and WebKit have no Layout Instability API)
//   render     median ms from navigation to the frame in which every widget's content is laid
//              out, and its ratio to the static page: rounds load every form once in a rotating
//              order, each form is paired with the static load of its round, and the 95% interval
//              comes from resampling those pairs (bootstrap)
//   cpu        Chromium's main-thread CPU time (thread time of every task, from a trace) from
//              navigation to content laid out (the same window as render) and to ready (the whole
//              load, take-over included), as ratios to the static page, with intervals. CPU time,
//              not wall time, so a busy machine stretches it less
//   per N      at N = 1, 10, 100 and 300 sets of the three widgets: render and cpu, and the extra
//              cost per widget instance over static HTML (is it linear?)
//   Lighthouse mobile scores (4x CPU slowdown, simulated slow 4G) for the demo page as `npm start`
//              serves it and for the bare article page in the recommended form and the script form
// It prints a table and writes bench/results.json (docs/performance.md shows the latest).
//
// Usage: npm run bench [-- --runs 60] [--engines chromium,firefox,webkit|none] [--no-lighthouse]
//        [--scaling 1,10,100,300] [--parts forms,scaling] [--forms prerendered,…] [--out file.json] [--merge]
// --merge keeps what the results file already holds for engines (and Lighthouse) not run this time,
// so a long run can be done one engine at a time.
//        npm run bench -- --smoke      (a few loads of everything in Chromium; writes no results)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS, FIREFOX, MINIBROWSER, startWebKitDriver, WEBKIT_DRIVER, XVFB } from '../scripts/browsers.mjs';
import { createStaticServer, listen, ROOT } from '../scripts/static-server.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    engines: { type: 'string' },
    smoke: { type: 'boolean' },
    lighthouse: { type: 'boolean', default: true },
    'no-lighthouse': { type: 'boolean' },
    scaling: { type: 'string' },
    out: { type: 'string' },
    merge: { type: 'boolean' },
    parts: { type: 'string' },
    forms: { type: 'string' },
  },
});
const SMOKE = Boolean(args.smoke);
const RUNS = Number(args.runs ?? (SMOKE ? 1 : 60));
const ENGINES = (args.engines ?? (SMOKE ? 'chromium' : 'chromium,firefox,webkit')).split(',').map((s) => s.trim());
const LIGHTHOUSE = !SMOKE && !args['no-lighthouse'];
const SCALING_N = (args.scaling ?? (SMOKE ? '1,10' : '1,10,100,300')).split(',').map(Number);
const PARTS = new Set((args.parts ?? 'forms,scaling').split(','));
const OUT = args.out ?? (SMOKE ? undefined : join(ROOT, 'bench', 'results.json'));
const VIEWPORT = { width: 412, height: 823 };
const LOAD_TIMEOUT = 120_000;

for (const file of ['dist/knee-pain-widgets.js', 'dist/lib/render/index.js']) {
  if (!existsSync(join(ROOT, file))) {
    console.error(`bench: ${file} not found. Run "npm run build" first.`);
    process.exit(1);
  }
}

const { articlePage, FORMS } = await import('./pages.mjs');
const { prerenderPage } = await import('../scripts/prerender-page.mjs');
// --forms picks some forms (static, the baseline, is always measured).
const FORM_NAMES = args.forms ? ['static', ...args.forms.split(',').map((s) => s.trim()).filter((f) => f !== 'static')] : Object.keys(FORMS);
for (const form of FORM_NAMES) {
  if (!FORMS[form]) {
    console.error(`bench: no form "${form}" (forms: ${Object.keys(FORMS).join(', ')})`);
    process.exit(1);
  }
}

// ---- Statistics ---------------------------------------------------------------------------------

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A small seeded PRNG (mulberry32), so the intervals are the same for the same samples. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The ratio of medians, form / static, over paired samples, with a 95% percentile bootstrap
 * interval (2,000 resamples of the pairs).
 */
function ratio(pairs) {
  const ok = pairs.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && b > 0);
  if (ok.length === 0) return undefined;
  const point = median(ok.map(([a]) => a)) / median(ok.map(([, b]) => b));
  const next = random(ok.length * 7919 + 17);
  const estimates = [];
  for (let i = 0; i < 2000; i += 1) {
    const sample = Array.from({ length: ok.length }, () => ok[Math.floor(next() * ok.length)]);
    estimates.push(median(sample.map(([a]) => a)) / median(sample.map(([, b]) => b)));
  }
  estimates.sort((x, y) => x - y);
  return { ratio: point, low: estimates[49], high: estimates[1949], pairs: ok.length };
}

// ---- Server ------------------------------------------------------------------------------------

const server = createStaticServer({
  // Like a real host: the bundle and the stylesheet may be cached (each load is still cold: a fresh
  // browser context), so a page that links the stylesheet five times fetches it once.
  cacheFiles: true,
  routes: {
    '/bench/article.html': (q) =>
      articlePage(q.get('form') ?? 'static', { n: Number(q.get('n') ?? 1), instrument: q.get('instrument') !== '0', bust: q.get('cold') }),
  },
  // The demo pages as `npm start` serves them: pre-rendered (scripts/serve.mjs).
  transformHtml: (html, url) => (url.pathname.startsWith('/demo/') && url.searchParams.get('prerender') !== '0' ? prerenderPage(html) : html),
});
const port = await listen(server);
const origin = `http://127.0.0.1:${port}`;
let loadCount = 0;
const pageUrl = (form, n = 1, extra = '') => `${origin}/bench/article.html?form=${form}&n=${n}&cold=${(loadCount += 1)}${extra}`;

// ---- Engines -----------------------------------------------------------------------------------

const readKp = () => window.__kp;

/**
 * Main-thread CPU time (ms) from navigation start to the page's `kp-laid-out` and `kp-ready` marks:
 * the thread time of every task on the thread that set the marks.
 */
function mainThreadCpu(trace) {
  const events = JSON.parse(new TextDecoder().decode(trace)).traceEvents;
  const mark = (name) => events.find((e) => e.name === name);
  const laid = mark('kp-laid-out');
  const ready = mark('kp-ready');
  if (!laid || !ready) return {};
  const starts = events.filter((e) => e.name === 'navigationStart' && e.pid === laid.pid).map((e) => e.ts);
  const start = Math.max(...starts);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === laid.pid && e.tid === laid.tid && e.ts >= start);
  const until = (ts) => tasks.reduce((sum, e) => sum + (e.ts < ts ? e.tdur ?? e.dur : 0), 0) / 1000;
  return { cpu: until(ready.ts), cpuLaidOut: until(laid.ts) };
}

/**
 * An engine driven by puppeteer: each load in a fresh browser context, waiting for the page's own
 * measurement. `before(page)` runs before navigation and `after(page)` adds to the result.
 */
async function puppeteerEngine(name, browser, { before = async () => {}, after = async () => ({}) } = {}) {
  return {
    name,
    version: (await browser.version()).replace(/^\D+/, ''),
    async load(url) {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.setViewport(VIEWPORT);
        await before(page);
        await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
        await page.waitForFunction('window.__kp && window.__kp.done', { timeout: LOAD_TIMEOUT, polling: 50 });
        const kp = await page.evaluate(readKp);
        return { ...kp, ...(await after(page)) };
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}

async function chromium() {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  return puppeteerEngine('chromium', browser, {
    before: async (page) => {
      await page.setCacheEnabled(false);
      await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    },
    after: async (page) => mainThreadCpu(await page.tracing.stop()),
  });
}

async function firefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  return puppeteerEngine('firefox', browser);
}

async function webkit() {
  const started = await startWebKitDriver();
  if (!started.port) throw new Error(`WebKit: ${started.error}`);
  const driverPort = started.port;
  const { remote } = await import('webdriverio');
  const browser = await remote({
    hostname: '127.0.0.1',
    port: driverPort,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
  await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height);
  return {
    name: 'webkit',
    version: String(browser.capabilities.browserVersion ?? ''),
    async load(url) {
      await browser.url(url);
      await browser.waitUntil(() => browser.execute(() => Boolean(window.__kp && window.__kp.done)), {
        timeout: LOAD_TIMEOUT,
        interval: 50,
      });
      return browser.execute(readKp);
    },
    close: () => browser.deleteSession(),
  };
}

const STARTERS = {
  chromium: CHROMIUM && chromium,
  firefox: FIREFOX && firefox,
  webkit: WEBKIT_DRIVER && MINIBROWSER && XVFB && webkit,
};

// ---- Measuring ---------------------------------------------------------------------------------

const failures = [];

async function measure(engine, url) {
  try {
    const r = await engine.load(url);
    if (!Number.isFinite(r.laidOut) || !Number.isFinite(r.ready)) throw new Error(`no timing in ${JSON.stringify(r)}`);
    return r;
  } catch (error) {
    failures.push(`${engine.name} ${url}: ${error.message.split('\n')[0]}`);
    return undefined;
  }
}

/** Every form, `runs` rounds, each round in a rotated order; returns the loads per form. */
async function compareForms(engine, runs) {
  const loads = Object.fromEntries(FORM_NAMES.map((f) => [f, []]));
  for (let round = 0; round < runs; round += 1) {
    const order = FORM_NAMES.map((_, i) => FORM_NAMES[(i + round) % FORM_NAMES.length]);
    for (const form of order) loads[form][round] = await measure(engine, pageUrl(form));
    process.stdout.write(`\r  ${engine.name}: round ${round + 1}/${runs}   `);
  }
  process.stdout.write('\r');
  const out = {};
  for (const form of FORM_NAMES) {
    const got = loads[form].filter(Boolean);
    const pairs = (key) => loads[form].map((r, i) => [r?.[key], loads.static[i]?.[key]]);
    out[form] = {
      loads: got.length,
      moved: got.filter((r) => r.moves > 0).length,
      ...(engine.name === 'chromium'
        ? { shifted: got.filter((r) => r.shifts > 0).length, cls: { mean: got.reduce((s, r) => s + r.cls, 0) / (got.length || 1), max: Math.max(0, ...got.map((r) => r.cls)) } }
        : {}),
      laidOutMs: median(got.map((r) => r.laidOut)),
      readyMs: median(got.map((r) => r.ready)),
      ...(engine.name === 'chromium' ? { cpuLaidOutMs: median(got.map((r) => r.cpuLaidOut)), cpuMs: median(got.map((r) => r.cpu)) } : {}),
      render: form === 'static' ? undefined : ratio(pairs('laidOut')),
      ready: form === 'static' ? undefined : ratio(pairs('ready')),
      cpuLaidOut: form === 'static' || engine.name !== 'chromium' ? undefined : ratio(pairs('cpuLaidOut')),
      cpu: form === 'static' || engine.name !== 'chromium' ? undefined : ratio(pairs('cpu')),
    };
  }
  return out;
}

/** Cost at N sets of the widgets, in Chromium: render and cpu per form, and per instance. */
async function scaling(engine, runs) {
  const forms = ['static', 'script-module', 'script-classic', 'prerendered'];
  const out = {};
  for (const n of SCALING_N) {
    const r = Math.max(SMOKE ? 1 : 3, Math.round(runs / Math.max(1, Math.sqrt(n))));
    const loads = Object.fromEntries(forms.map((f) => [f, []]));
    for (let round = 0; round < r; round += 1) {
      for (const form of forms.map((_, i) => forms[(i + round) % forms.length])) loads[form].push(await measure(engine, pageUrl(form, n)));
      process.stdout.write(`\r  ${engine.name}: N=${n} round ${round + 1}/${r}   `);
    }
    const instances = n * 3;
    const row = {};
    for (const form of forms) {
      const got = loads[form].filter(Boolean);
      const laid = median(got.map((x) => x.laidOut));
      const ready = median(got.map((x) => x.ready));
      const cpu = median(got.map((x) => x.cpu));
      row[form] = { loads: got.length, laidOutMs: laid, readyMs: ready, cpuMs: cpu };
    }
    for (const form of forms.filter((f) => f !== 'static')) {
      row[form].perInstanceReadyMs = (row[form].readyMs - row.static.readyMs) / instances;
      row[form].perInstanceCpuMs = (row[form].cpuMs - row.static.cpuMs) / instances;
    }
    row.static.perInstanceCpuMs = row.static.cpuMs / instances;
    out[n] = row;
  }
  process.stdout.write('\r');
  return out;
}

async function lighthouseScores() {
  const { default: lighthouse } = await import('lighthouse');
  // Lighthouse drives a Chromium it can reach over the DevTools port.
  const free = await new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address();
      probe.close(() => resolve(p));
    });
  });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${free}`] });
  const chrome = { port: free, kill: () => browser.close() };
  const pages = {
    'demo page (npm start: pre-rendered)': `${origin}/demo/`,
    'article, pre-rendered snippet': `${origin}/bench/article.html?form=prerendered&instrument=0`,
    'article, script snippet (type=module)': `${origin}/bench/article.html?form=script-module&instrument=0`,
  };
  const runs = 3;
  const out = {};
  try {
    for (const [name, url] of Object.entries(pages)) {
      const samples = [];
      for (let i = 0; i < runs; i += 1) {
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const a = lhr.audits;
        samples.push({
          benchmarkIndex: lhr.environment?.benchmarkIndex,
          scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round(c.score * 100)])),
          cls: a['cumulative-layout-shift'].numericValue,
          fcp: a['first-contentful-paint'].numericValue,
          lcp: a['largest-contentful-paint'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
          si: a['speed-index'].numericValue,
        });
        process.stdout.write(`\r  Lighthouse: ${name} ${i + 1}/${runs}        `);
      }
      // The run with the median performance score, as Lighthouse's own guidance suggests.
      const sorted = [...samples].sort((x, y) => x.scores.performance - y.scores.performance);
      out[name] = { median: sorted[sorted.length >> 1], runs: samples };
    }
  } finally {
    await chrome.kill();
  }
  process.stdout.write('\r');
  return out;
}

// ---- Report ------------------------------------------------------------------------------------

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const fmtRatio = (r) => (r ? `${r.ratio.toFixed(2)} (${r.low.toFixed(2)}–${r.high.toFixed(2)})` : '–');

function table(engine, rows) {
  const loads = Math.max(...Object.values(rows).map((r) => r.loads));
  const lines = [`\n${engine}: ${loads} cold loads per form; ratios to static HTML with 95% intervals`];
  const cpu = engine === 'chromium';
  lines.push(
    ['form'.padEnd(20), 'shifted (CLS)'.padEnd(15), 'moved', 'laid out', 'render ratio'.padEnd(17), 'ready', ...(cpu ? ['cpu to laid out'.padEnd(17), 'cpu to ready'] : [])].join(' | '),
  );
  for (const [form, r] of Object.entries(rows)) {
    lines.push(
      [
        form.padEnd(20),
        (cpu ? `${r.shifted}/${r.loads} (${fmt(r.cls.mean, 3)})` : 'n/a').padEnd(15),
        `${r.moved}/${r.loads}`.padEnd(5),
        `${fmt(r.laidOutMs)} ms`.padEnd(8),
        fmtRatio(r.render).padEnd(17),
        `${fmt(r.readyMs)} ms`.padEnd(8),
        ...(cpu ? [(r.cpuLaidOut ? fmtRatio(r.cpuLaidOut) : `${fmt(r.cpuLaidOutMs)} ms`).padEnd(17), r.cpu ? fmtRatio(r.cpu) : `${fmt(r.cpuMs)} ms`] : []),
      ].join(' | '),
    );
  }
  return lines.join('\n');
}

function scalingTable(rows) {
  const lines = ['\nchromium: N sets of the three widgets (median ms; extra per instance over static HTML)'];
  lines.push(['N'.padStart(4), 'form'.padEnd(15), 'laid out', 'ready', 'cpu', 'per instance: ready', 'cpu'].join(' | '));
  for (const [n, row] of Object.entries(rows)) {
    for (const [form, r] of Object.entries(row)) {
      lines.push(
        [
          String(n).padStart(4),
          form.padEnd(15),
          `${fmt(r.laidOutMs)}`.padStart(8),
          `${fmt(r.readyMs)}`.padStart(5),
          `${fmt(r.cpuMs)}`.padStart(5),
          (r.perInstanceReadyMs === undefined ? '' : `${fmt(r.perInstanceReadyMs, 3)} ms`).padStart(19),
          r.perInstanceCpuMs === undefined ? '' : `${fmt(r.perInstanceCpuMs, 3)} ms`,
        ].join(' | '),
      );
    }
  }
  return lines.join('\n');
}

/** The results as the Markdown tables of docs/performance.md. */
function markdown(r) {
  const out = [];
  const m = r.machine;
  out.push('<!-- Written by npm run bench from bench/results.json. Run it again rather than editing this. -->');
  out.push('');
  out.push(
    `Run on ${r.date.slice(0, 10)}: ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), ${m.os}, Node ${m.node}; load average ` +
      `${m.loadAverageAtStart.join(' / ')} at the start, ${m.loadAverageAtEnd?.join(' / ') ?? '?'} at the end. Browsers: ` +
      Object.entries(r.browsers).map(([k, v]) => `${k} ${v}`).join(', ') + `. Viewport ${r.config.viewport.width}×${r.config.viewport.height}.`,
  );
  for (const [engine, rows] of Object.entries(r.engines)) {
    const cpu = engine === 'chromium';
    const loads = Math.max(...Object.values(rows).map((x) => x.loads));
    out.push('', `**${engine}**, ${loads} cold loads per form (ratios: median of the form / median of static HTML, 95% interval)`, '');
    out.push(`| form | loads with a layout shift${cpu ? ' (mean CLS)' : ''} | loads in which the footer moved | content laid out | render ratio | ready (taken over) |${cpu ? ' CPU to laid out | CPU, whole load |' : ''}`);
    out.push(`| --- | --- | --- | --- | --- | --- |${cpu ? ' --- | --- |' : ''}`);
    for (const [form, x] of Object.entries(rows)) {
      out.push(
        `| ${form} | ${cpu ? `${x.shifted}/${x.loads} (${fmt(x.cls.mean, 3)})` : 'n/a (no Layout Instability API)'} | ${x.moved}/${x.loads} | ${fmt(x.laidOutMs)} ms | ${fmtRatio(x.render)} | ${fmt(x.readyMs)} ms |` +
          (cpu ? ` ${x.cpuLaidOut ? fmtRatio(x.cpuLaidOut) : `${fmt(x.cpuLaidOutMs)} ms`} | ${x.cpu ? fmtRatio(x.cpu) : `${fmt(x.cpuMs)} ms`} |` : ''),
      );
    }
  }
  if (r.scaling) {
    out.push('', '**Cost per instance** (Chromium; N sets of the three widgets; medians; extra over the same content as static HTML, per widget)', '');
    out.push('| N | form | content laid out | ready | CPU, whole load | extra per instance: ready | extra per instance: CPU |');
    out.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [n, row] of Object.entries(r.scaling)) {
      for (const [form, x] of Object.entries(row)) {
        out.push(
          `| ${n} | ${form} | ${fmt(x.laidOutMs)} ms | ${fmt(x.readyMs)} ms | ${fmt(x.cpuMs)} ms | ${x.perInstanceReadyMs === undefined ? '' : `${fmt(x.perInstanceReadyMs, 2)} ms`} | ${form === 'static' ? `(${fmt(x.perInstanceCpuMs, 2)} ms per widget in all)` : `${fmt(x.perInstanceCpuMs, 2)} ms`} |`,
        );
      }
    }
  }
  if (r.lighthouse) {
    out.push('', '**Lighthouse** (12.2.3, mobile: simulated slow 4G and 4× CPU slowdown), the run with the median performance score of 3', '');
    out.push('| page | performance / accessibility / best practices / SEO | CLS | FCP | LCP | TBT | all 3 runs (performance, TBT) |');
    out.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [page, { median: x, runs }] of Object.entries(r.lighthouse)) {
      const s = x.scores;
      out.push(
        `| ${page} | ${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo} | ${fmt(x.cls, 3)} | ${fmt(x.fcp)} ms | ${fmt(x.lcp)} ms | ${fmt(x.tbt)} ms | ${runs.map((y) => `${y.scores.performance} (${fmt(y.tbt)} ms)`).join(', ')} |`,
      );
    }
  }
  if (r.failures?.length) out.push('', `${r.failures.length} load(s) failed and are left out: ${r.failures.slice(0, 3).join('; ')}`);
  return out.join('\n');
}

// ---- Run ---------------------------------------------------------------------------------------

const started = new Date();
const results = {
  date: started.toISOString(),
  smoke: SMOKE,
  machine: {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
  },
  config: { runs: RUNS, viewport: VIEWPORT, scalingN: SCALING_N, bundleBytes: readFileSync(join(ROOT, 'dist/knee-pain-widgets.js')).length },
  forms: Object.fromEntries(FORM_NAMES.map((f) => [f, { label: FORMS[f].label, htmlBytes: Buffer.byteLength(articlePage(f, { instrument: false })) }])),
  browsers: {},
  engines: {},
};

try {
  for (const name of ENGINES) {
    if (!STARTERS[name]) {
      if (name !== 'none') console.warn(`bench: ${name} is not installed here; skipped.`);
      continue;
    }
    const engine = await STARTERS[name]();
    results.browsers[name] = engine.version;
    try {
      if (PARTS.has('forms')) {
        results.engines[name] = await compareForms(engine, RUNS);
        console.log(table(name, results.engines[name]));
      }
      if (name === 'chromium' && PARTS.has('scaling')) {
        results.scaling = await scaling(engine, Math.max(2, Math.round(RUNS / 4)));
        console.log(scalingTable(results.scaling));
      }
    } finally {
      await engine.close();
    }
  }
  if (LIGHTHOUSE && STARTERS.chromium) {
    results.lighthouse = await lighthouseScores();
    console.log('\nLighthouse (mobile), median of 3 runs: performance / accessibility / best practices / SEO');
    for (const [page, { median: m }] of Object.entries(results.lighthouse)) {
      const s = m.scores;
      console.log(
        `  ${page.padEnd(40)} ${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}   CLS ${fmt(m.cls, 3)}  FCP ${fmt(m.fcp)} ms  LCP ${fmt(m.lcp)} ms  TBT ${fmt(m.tbt)} ms`,
      );
    }
  }
} finally {
  server.close();
}

results.machine.loadAverageAtEnd = os.loadavg().map((x) => Number(x.toFixed(2)));
results.failures = failures;
if (failures.length > 0) console.error(`\n${failures.length} load(s) failed:\n  ${failures.slice(0, 10).join('\n  ')}`);
if (OUT) {
  if (args.merge && existsSync(OUT)) {
    const before = JSON.parse(readFileSync(OUT, 'utf8'));
    results.engines = { ...before.engines, ...results.engines };
    results.browsers = { ...before.browsers, ...results.browsers };
    results.scaling ??= before.scaling;
    results.lighthouse ??= before.lighthouse;
    results.runsBefore = [...(before.runsBefore ?? []), { date: before.date, machine: before.machine, engines: Object.keys(before.engines ?? {}) }];
  }
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${OUT.replace(`${ROOT}/`, '')}`);
  // docs/performance.md shows the latest results of the real file (between its markers).
  if (OUT === join(ROOT, 'bench', 'results.json')) {
    const doc = join(ROOT, 'docs', 'performance.md');
    const text = readFileSync(doc, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    if (text.includes(start) && text.includes(end)) {
      const before = text.slice(0, text.indexOf(start) + start.length);
      const after = text.slice(text.indexOf(end));
      writeFileSync(doc, `${before}\n${markdown(results)}\n${after}`);
      console.log('Updated docs/performance.md');
    }
  }
}
// The smoke run checks that everything still measures: every load succeeded and produced numbers.
if (SMOKE && failures.length > 0) process.exit(1);
process.exit(0);
