// Takes the README's screenshots with the real drop-in bundle in Debian's Chromium, so they can be
// redone after any change (`npm run screenshots`, after `npm run build`):
//   docs/demo.png         the demo clinic page (demo/index.html), top of the article
//   docs/demo-phone.png   the same page at phone width
//   docs/builder.png      the snippet builder
//   docs/hostile-css.png  the widgets on a host page with hostile CSS (test/integration/pages/hostile.html)
// CHROME_PATH overrides /usr/bin/chromium. `node scripts/screenshots.mjs demo` takes just one.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './browsers.mjs';
import { createStaticServer, listen, ROOT as root } from './static-server.mjs';

const SHOTS = {
  demo: { page: '/demo/index.html', width: 1280, height: 1000, fullPage: false },
  'demo-phone': { page: '/demo/index.html', width: 390, height: 1400, fullPage: false, scale: 2 },
  builder: { page: '/demo/builder.html', width: 1280, height: 1100, fullPage: false },
  'hostile-css': { page: '/test/integration/pages/hostile.html', width: 1100, height: 900, fullPage: true },
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SHOTS);

if (!existsSync(join(root, 'dist', 'knee-pain-widgets.js'))) {
  console.error('screenshots: dist/knee-pain-widgets.js not found. Run "npm run build" first.');
  process.exit(1);
}

// The one list of widgets (src/widgets.ts), from the build checked for above.
const { WIDGET_TAGS } = await import('../dist/lib/widgets.js');

const server = createStaticServer();
const port = await listen(server);

const browser = await puppeteer.launch({
  executablePath: CHROMIUM ?? '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
try {
  mkdirSync(join(root, 'docs'), { recursive: true });
  for (const name of wanted) {
    const shot = SHOTS[name];
    if (!shot) throw new Error(`screenshots: unknown shot "${name}" (known: ${Object.keys(SHOTS).join(', ')})`);
    const tab = await browser.newPage();
    await tab.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: shot.scale ?? 1 });
    await tab.goto(`http://127.0.0.1:${port}${shot.page}`, { waitUntil: 'load' });
    await tab.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
    }, WIDGET_TAGS);
    const out = join(root, 'docs', `${name}.png`);
    await tab.screenshot({ path: out, fullPage: shot.fullPage });
    await tab.close();
    console.log(`screenshots: wrote ${out}`);
  }
} finally {
  await browser.close();
  server.close();
}
