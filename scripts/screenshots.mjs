// Takes the README's screenshots with the real drop-in bundle in Debian's Chromium, so they can be
// redone after any change (`npm run screenshots`, after `npm run build`):
//   docs/demo.png         the demo clinic page (demo/index.html), top of the article
//   docs/demo-phone.png   the same page at phone width
//   docs/builder.png      the snippet builder
//   docs/hostile-css.png  the widgets on a host page with hostile CSS (test/integration/pages/hostile.html)
// CHROME_PATH overrides /usr/bin/chromium. `node scripts/screenshots.mjs demo` takes just one.
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHOTS = {
  demo: { page: '/demo/index.html', width: 1280, height: 1000, fullPage: false },
  'demo-phone': { page: '/demo/index.html', width: 390, height: 1400, fullPage: false, scale: 2 },
  builder: { page: '/demo/builder.html', width: 1280, height: 1100, fullPage: false },
  'hostile-css': { page: '/test/integration/pages/hostile.html', width: 1100, height: 900, fullPage: true },
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SHOTS);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

if (!existsSync(join(root, 'dist', 'knee-pain-widgets.js'))) {
  console.error('screenshots: dist/knee-pain-widgets.js not found. Run "npm run build" first.');
  process.exit(1);
}

// A static server for the repository: what a host page sees is plain files.
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, path));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

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
    await tab.evaluate(async () => {
      const tags = ['knee-pain-causes', 'relief-tips', 'pt-cta'];
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
    });
    const out = join(root, 'docs', `${name}.png`);
    await tab.screenshot({ path: out, fullPage: shot.fullPage });
    await tab.close();
    console.log(`screenshots: wrote ${out}`);
  }
} finally {
  await browser.close();
  server.close();
}
