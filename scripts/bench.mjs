// `npm run bench`: how long the real drop-in bundle takes to put the widgets on a page, in Debian's
// Chromium. Measured, not asserted: speed is tracked by this benchmark, not by timed unit tests.
//
// For each scenario it loads a generated page many times (fresh tab each time, cache disabled)
// and reports the median and 90th percentile of:
//   script   the bundle's <script>: evaluating it (Lit included), upgrading the tags already in the
//            page and their first render (Lit renders in microtasks, before the next script runs)
//   render   whatever first rendering is still pending after that
//   total    navigation start to every widget rendered
// Usage: npm run bench [-- --runs 20]   (needs `npm run build` first)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './browsers.mjs';
import { createStaticServer, listen, ROOT } from './static-server.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const SCENARIOS = {
  'one of each (an article page)': 1,
  '200 of each (a stress page)': 200,
};

if (!existsSync(join(ROOT, 'dist', 'knee-pain-widgets.js'))) {
  console.error('bench: dist/knee-pain-widgets.js not found. Run "npm run build" first.');
  process.exit(1);
}

// The one list of widgets (src/widgets.ts), from the build checked for above.
const { WIDGET_TAGS } = await import('../dist/lib/widgets.js');

/** A page with `n` of each widget, timing marks around the bundle, and a promise for "all rendered". */
function benchPage(params) {
  const n = Number(params.get('n') ?? 1);
  // One of each widget; the call to action with both links, as a clinic would set it.
  const attributes = { 'pt-cta': ' phone="617-555-0123" booking-url="https://example.com/book"' };
  const tags = WIDGET_TAGS.map((tag) => `<${tag}${attributes[tag] ?? ''}></${tag}>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
${tags.repeat(n)}
<script>performance.mark('script-start')</script>
<script src="/dist/knee-pain-widgets.js"></script>
<script>
  performance.mark('script-end');
  window.__done = Promise.all([...document.querySelectorAll('${WIDGET_TAGS.join(',')}')].map((el) => el.updateComplete))
    .then(() => { performance.mark('rendered'); });
</script>
</body></html>`;
}

const server = createStaticServer({ routes: { '/bench.html': benchPage } });
const port = await listen(server);
const browser = await puppeteer.launch({ executablePath: CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const fmt = (ms) => `${ms.toFixed(1).padStart(6)} ms`;

try {
  console.log(`Chromium ${(await browser.version()).replace(/^\D+/, '')}, ${RUNS} runs each, cache disabled\n`);
  for (const [name, n] of Object.entries(SCENARIOS)) {
    const samples = { script: [], render: [], total: [] };
    for (let i = 0; i < RUNS; i += 1) {
      const tab = await browser.newPage();
      await tab.setCacheEnabled(false);
      await tab.goto(`http://127.0.0.1:${port}/bench.html?n=${n}`, { waitUntil: 'load' });
      const t = await tab.evaluate(async () => {
        await window.__done;
        const at = (mark) => performance.getEntriesByName(mark)[0].startTime;
        return { start: at('script-start'), end: at('script-end'), rendered: at('rendered') };
      });
      samples.script.push(t.end - t.start);
      samples.render.push(t.rendered - t.end);
      samples.total.push(t.rendered);
      await tab.close();
    }
    console.log(`${name} (${n * 3} elements)`);
    for (const [label, values] of Object.entries(samples)) {
      console.log(`  ${label.padEnd(7)} median ${fmt(quantile(values, 0.5))}   p90 ${fmt(quantile(values, 0.9))}`);
    }
    console.log('');
  }
} finally {
  await browser.close();
  server.close();
}
