// Takes docs/hostile-css.png: the widgets on a host page with hostile CSS
// (test/integration/pages/hostile.html), rendered by the real drop-in bundle in Chromium.
// Needs a build (dist/knee-pain-widgets.js) and Chromium; CHROME_PATH overrides /usr/bin/chromium.
//   node scripts/screenshot-hostile.mjs
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'hostile-css.png');
const page = '/test/integration/pages/hostile.html';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

if (!existsSync(join(root, 'dist', 'knee-pain-widgets.js'))) {
  console.error('screenshot-hostile: dist/knee-pain-widgets.js not found. Run "npm run build" first.');
  process.exit(1);
}

// A static server for the repository: what a host page sees is plain files.
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path));
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
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
  await tab.goto(`http://127.0.0.1:${port}${page}`, { waitUntil: 'load' });
  await tab.evaluate(async () => {
    const tags = ['knee-pain-causes', 'relief-tips', 'pt-cta'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
  });
  mkdirSync(join(root, 'docs'), { recursive: true });
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`screenshot-hostile: wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
