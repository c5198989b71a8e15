// The WordPress plugin against a real WordPress (Debian's `wordpress` package with MariaDB, PHP-FPM
// and nginx, started by site.mjs on loopback ports and removed afterwards), driven in Chromium:
// upload and activate the zip as an administrator, publish posts as an Author with every block,
// shortcode and pasted tag (block and classic posts), hostile values, the settings page through its
// real form, the block editor's inserter and sidebar, uninstall, and a debug.log with no notice
// from the plugin; the pre-rendered form (issue 12): PHP's filling of the build's templates byte for
// byte against prerender() and the CLI, the article in the served HTML (visible without
// JavaScript), and the bundle's take-over without a layout shift. Every wait is on a condition.
//
//   npm run test:wordpress          (after `npm run build`; `.ci/run` runs it on a fresh machine)
//
// Without the Debian packages the suite is skipped, except under CI=true, where it fails.
/* global wp -- the block editor's global, in code run inside the editor page. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { parse as parseHtml } from 'node-html-parser';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/browsers.mjs';
import { findPrograms, runningSite, startSite } from './site.mjs';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const ZIP = join(root, 'dist/knee-pain-widgets-wordpress.zip');
const SETUP = join(here, 'setup.php');
const PLUGIN_PHP = join(here, 'plugin-php.php');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const { missing } = findPrograms();
if (!CHROMIUM) missing.push('Chromium');
const skip = missing.length > 0 && process.env.CI !== 'true' ? `missing ${missing.join(', ')} (install them as .ci/run does)` : false;

/** Time allowed for one wait on a condition; generous for a loaded 2-core machine. */
const WAIT = Number(process.env.KP_WP_WAIT) || 60_000;

let site;
let browser;
let logins;
let unzipped;
/** Messages the plugin's own pages and the front end logged as errors, by page. */
const consoleErrors = [];
/** Requests that tried to leave the machine. */
const offsite = [];

/** The plugin's data as the zip ships it (includes/widgets.php), read by PHP itself. */
let data;

async function php(...args) {
  return JSON.parse(await site.php(SETUP, args.map(String)));
}

/** A new page in a browser context, with console errors and off-site requests recorded. */
async function newPage(context, label) {
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  page.setDefaultTimeout(WAIT);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      // WordPress's own screens fetch avatars and news; what readers' pages fetch is counted.
      if (label === 'reader') offsite.push(request.url());
      void request.abort();
    } else {
      void request.continue();
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push({ label, url: page.url(), text: message.text() });
  });
  page.on('pageerror', (error) => consoleErrors.push({ label, url: page.url(), text: String(error) }));
  return page;
}

async function logIn(page, user) {
  // Straight to the posts list: the dashboard's news widgets would try to reach the network.
  await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}/wp-admin/edit.php`)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('#user_login').fill(user.login);
  await page.locator('#user_pass').fill(user.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.locator('#wp-submit').click()]);
  assert.match(page.url(), /\/wp-admin\//, `${user.login} is logged in`);
}

/** Opens the block editor on a new post and waits until the plugin's blocks are registered. */
async function openEditor(page) {
  await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    (names) => window.wp?.blocks && names.every((n) => wp.blocks.getBlockType(n)) && wp.data.select('core/editor').getCurrentPostId(),
    { timeout: WAIT },
    data.widgets.map((w) => w.block),
  );
  // The welcome guide would cover the editor; turn it off the way its own close button does.
  await page.evaluate(() => {
    if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
}

/**
 * Publishes a post through the REST API from inside the editor, as the editor itself saves, with
 * the logged-in user's rights (for an Author, WordPress filters the content with kses).
 * `blocks` are [name, attributes, innerHTML?] made into markup by the editor's own serializer.
 */
async function publish(page, title, { blocks, html }) {
  if (!(await page.evaluate(() => Boolean(window.wp?.blocks && window.wp?.apiFetch)))) await openEditor(page);
  return page.evaluate(
    async (title, blocks, html) => {
      const content =
        html ??
        wp.blocks.serialize(
          blocks.map(([name, attributes, text]) =>
            name === 'core/html'
              ? wp.blocks.createBlock(name, { content: text })
              : name === 'core/shortcode'
                ? wp.blocks.createBlock(name, { text })
                : wp.blocks.createBlock(name, attributes),
          ),
        );
      const post = await wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data: { title, content, status: 'publish' } });
      const saved = await wp.apiFetch({ path: `/wp/v2/posts/${post.id}?context=edit` });
      return { id: post.id, link: post.link, raw: saved.content.raw, author: post.author };
    },
    title,
    blocks ?? null,
    html ?? null,
  );
}

/**
 * Opens a published post and waits until every widget on it has upgraded and rendered. Returns each
 * widget's tag, attributes, its rendered text and the links inside it (shadow DOM included).
 */
async function visit(page, link, count) {
  await page.goto(link, { waitUntil: 'load' });
  const tags = data.widgets.map((w) => w.tag);
  try {
    await page.waitForFunction(
      (tags, count) => {
        const found = [...document.querySelectorAll(tags.join(','))];
        return found.length === count && found.every((el) => customElements.get(el.localName) && el.shadowRoot?.textContent.trim());
      },
      { timeout: WAIT },
      tags,
      count,
    );
  } catch (error) {
    const found = await page.evaluate(
      (tags) => [...document.querySelectorAll(tags.join(','))].map((el) => `${el.outerHTML.slice(0, 160)} defined=${Boolean(customElements.get(el.localName))}`),
      tags,
    );
    throw new Error(`${link}: expected ${count} upgraded widgets, found ${found.length}:\n${found.join('\n')}`, { cause: error });
  }
  return page.evaluate((tags) => {
    const deepText = (root) => [...root.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : n.shadowRoot ? deepText(n.shadowRoot) : n.nodeType === 1 ? deepText(n) : '')).join(' ');
    return [...document.querySelectorAll(tags.join(','))].map((el) => ({
      tag: el.localName,
      attributes: Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)])),
      text: deepText(el.shadowRoot).replace(/\s+/g, ' '),
      links: [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.href),
      brand: getComputedStyle(el).getPropertyValue('--kp-color-brand').trim(),
      brandDark: getComputedStyle(el).getPropertyValue('--kp-color-brand-dark').trim(),
    }));
  }, tags);
}

/** Every element of the page, shadow roots included, checked for anything a payload could leave. */
async function injectionReport(page) {
  return page.evaluate(() => {
    const problems = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        for (const name of el.getAttributeNames()) {
          if (name.startsWith('on')) problems.push(`${el.localName}[${name}]`);
        }
        // The page's structured data holds the payload as JSON text, which no browser runs.
        const data = el.localName === 'script' && el.type === 'application/ld+json' && (() => {
          try {
            return JSON.parse(el.textContent) !== null;
          } catch {
            return false;
          }
        })();
        if (el.localName === 'script' && /kpPwned/.test(el.textContent) && !data) problems.push('inline script with the payload');
        if (el.localName === 'a' && el.hasAttribute('href') && !/^(https?|tel|mailto):$/.test(el.protocol)) problems.push(`a[href=${el.getAttribute('href')}]`);
        if ((el.getAttribute('style') ?? '').includes('url(')) problems.push(`${el.localName}[style=${el.getAttribute('style')}]`);
        if (['img', 'svg', 'iframe', 'object', 'embed'].includes(el.localName) && el.closest('.entry-content, .wp-block-post-content')) problems.push(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return { problems, pwned: window.__kpPwned ?? null };
  });
}

/**
 * Runs cases through the plugin's own PHP without WordPress (plugin-php.php): `prerender` fills the
 * templates (includes/prerender.php: markup, or null where it declines), `jsonld` writes the
 * structured data (includes/jsonld.php: the block, or null where it prints none).
 */
async function pluginPhp(mode, cases) {
  const plugin = join(unzipped, 'knee-pain-widgets');
  return new Promise((resolve, reject) => {
    const child = execFile('php', [PLUGIN_PHP, plugin, mode], { maxBuffer: 1 << 28 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
    child.stdin.end(JSON.stringify(cases));
  });
}
const phpPrerender = (cases) => pluginPhp('prerender', cases);
const phpJsonLd = (cases) => pluginPhp('jsonld', cases);

/** src/render/jsonld.ts as built (dist/lib/render/jsonld.js). */
const jsonLd = () => import(join(root, 'dist/lib/render/jsonld.js'));

/** The `application/ld+json` blocks in a page's HTML, as text. */
const jsonLdBlocks = (html) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[0]);

/** A clinic name that tries to end the block and start a script of its own. */
const HOSTILE_CLINIC = `</script><script>alert(1)</script> "Q" & 'S' <!--`;

/** Facts for the structured-data table: [facts, 'same' | 'none']. */
const JSONLD_NOW = Date.UTC(2026, 5, 1);
const FULL = { clinicName: 'Northside PT', phone: '(617) 555-0123', bookingUrl: 'https://northside.example/book', reviewedBy: 'Dana Ruiz, PT', reviewedOn: '2026-03-03' };
const JSONLD_CASES = [
  [{}],
  [FULL],
  [{ ...FULL, lang: 'es' }],
  [{ ...FULL, lang: 'es-MX', causes: 'clot-or-tumor, bakers-cyst, nope' }],
  [{ lang: 'ES-419' }],
  [{ lang: 'en-gb', causes: 'nope' }],
  [{ lang: 'en-US', causes: ' , ' }],
  [{ lang: 'fr', reviewedBy: 'X' }],
  [{ lang: 'not a tag!' }],
  [{ lang: ' es-MX ' }],
  [{ lang: 'es_MX' }],
  [{ lang: '' }],
  [{ clinicName: HOSTILE_CLINIC, reviewedBy: '</SCRIPT >', phone: '+44 20 7946 0958' }],
  [{ clinicName: 'A\u2028B\u2029C \u0001 🦵 \\ "x"', bookingUrl: 'https://northside.example/a?b=1&c=2#d' }],
  [{ clinicName: `  Many\n\t spaces  ${'x'.repeat(250)}` }],
  [{ clinicName: `${'x'.repeat(198)}🦵` }],
  [{ clinicName: 'A', phone: 'call us', bookingUrl: 'javascript:alert(1)' }],
  [{ phone: '617-555-0123', bookingUrl: 'https://northside.example/' }],
  [{ reviewedOn: '2026-02-30', reviewedBy: '  Dana Ruiz,\n PT, DPT ' }],
  [{ reviewedOn: ' 2024-02-29 ' }],
  [{ reviewedOn: '2999-01-01' }],
  [{ reviewedOn: '0999-01-01' }],
  [{ causes: 'BAKERS-CYST' }],
  // None: PHP cannot be sure to write what jsonLdScript() writes.
  [{ clinicName: `${'x'.repeat(199)}🦵` }, 'none'],
  [{ clinicName: 'A', bookingUrl: 'https://x.example/?q=</script>' }, 'none'],
  [{ clinicName: 'A', bookingUrl: 'HTTPS://Northside.example/' }, 'none'],
  [{ lang: 'eng-GB' }, 'none'],
  [{ lang: 'en-Latn-GB' }, 'none'],
  [{ causes: 'ba\u212Aers-cyst' }, 'none'],
];

/** The pre-renderer itself (dist/lib/render), without the warnings it prints for bad values. */
async function nodePrerender(tag, pairs) {
  const { prerender } = await import(join(root, 'dist/lib/render/index.js'));
  const warn = console.warn;
  console.warn = () => {};
  try {
    return prerender(tag, pairs);
  } finally {
    console.warn = warn;
  }
}

/**
 * What the bundle shows for a widget on a page in the language `page` (`<html lang>`): with its own
 * non-blank `lang`, what prerender() makes; without, the page's language, with the date in that
 * language's content locale (dateLocale() reads the element's own `lang` only), which is what
 * prerender() makes with `lang` set to that content locale, less that `lang` on the tag.
 */
async function nodePrerenderOnPage(tag, pairs, page) {
  const own = pairs.find(([name]) => name.toLowerCase() === 'lang');
  if (page === undefined || own?.[1].trim()) return nodePrerender(tag, pairs);
  const templates = JSON.parse(readFileSync(join(root, 'dist/knee-pain-widgets.prerender.json'), 'utf8'));
  const primary = page.trim().split(/[-_]/)[0].toLowerCase();
  const { locale } = templates.widgets[tag].defaults[templates.languages.includes(primary) ? primary : templates.languages[0]];
  const html = await nodePrerender(tag, own ? pairs.map((pair) => (pair === own ? [own[0], locale] : pair)) : [...pairs, ['lang', locale]]);
  // The tag's own attributes come first, so the first ` lang="…"` is the one added.
  const name = own ? own[0].toLowerCase() : 'lang';
  return html.replace(` ${name}="${locale}"`, !own ? '' : own[1] === '' ? ` ${name}` : ` ${name}="${own[1]}"`);
}

/** Review dates for the regional cases: a one-digit day, a leap day, September (setiembre in es-PE). */
const REGIONAL_DATES = ['2026-03-03', '2024-02-29', '1999-09-30'];

/** Cases for the byte-for-byte table: [tag, attributes, 'same' | 'plain', page language?]. */
const HOSTILE = '"><script>alert(1)</script>';
const PRERENDER_CASES = [
  ['knee-pain-causes', []],
  ['relief-tips', []],
  ['pt-cta', []],
  ['knee-pain-causes', [['lang', 'es']]],
  ['relief-tips', [['lang', 'es-MX'], ['layout', 'list']]],
  ['pt-cta', [['lang', 'ES'], ['booking-url', 'https://northside.example/book'], ['phone', '(617) 555-0123']]],
  ['knee-pain-causes', [['heading-level', '4'], ['open', ''], ['emergency-number', '112']]],
  ['relief-tips', [['heading-level', ' 7 '], ['theme', 'DARK']]],
  ['relief-tips', [['heading-level', '2.5'], ['theme', 'purple'], ['layout', 'rows']]],
  ['knee-pain-causes', [['theme', 'dark'], ['language-switch', ''], ['open', 'false']]],
  ['pt-cta', [['theme', 'dark'], ['booking-url', 'https://northside.example/book?x=1&y=2#top'], ['phone', '+44 20 7946 0958'], ['clinic-name', 'A & B']]],
  ['pt-cta', [['booking-url', 'https://northside.example'], ['phone', '617.555.0123'], ['button-label', ' Book now ']]],
  ['pt-cta', [['booking-url', 'http://localhost:8080/a/b;c'], ['phone', 'call me']]],
  ['knee-pain-causes', [['reviewed-by', 'Dana  Ruiz,\n PT'], ['reviewed-on', '2026-03-03']]],
  ['knee-pain-causes', [['lang', 'es'], ['reviewed-by', 'Dana Ruiz'], ['reviewed-on', '2024-02-29']]],
  ['relief-tips', [['lang', 'EN'], ['reviewed-on', ' 2026-03-03 ']]],
  ['relief-tips', [['reviewed-by', 'X'], ['reviewed-on', '2999-01-01']]],
  ['relief-tips', [['reviewed-by', ''], ['reviewed-on', '2023-02-29']]],
  ['pt-cta', [['clinic-name', HOSTILE], ['button-label', HOSTILE], ['booking-url', HOSTILE], ['phone', HOSTILE], ['theme', HOSTILE], ['heading-level', HOSTILE]]],
  ['knee-pain-causes', [['reviewed-by', HOSTILE], ['emergency-number', HOSTILE], ['class', HOSTILE], ['style', HOSTILE], ['lang', HOSTILE]]],
  ['pt-cta', [['booking-url', 'javascript:alert(1)'], ['phone', 'javascript:alert(1)']]],
  ['pt-cta', [['booking-url', ' JaVaScRiPt:alert(1)']]],
  ['pt-cta', [['clinic-name', '{{clinicName}} {{bookingUrl}}'], ['data-layer', ''], ['gtag', 'true'], ['pass-utm', '']]],
  ['knee-pain-causes', [['causes', ' , '], ['data-layer-topics', '']]],
  ['knee-pain-causes', [['id', 'x'], ['class', 'wp-block-knee-pain-widgets-causes'], ['STYLE', '--kp-color-brand: #17634d'], ['style', 'second']]],
  // Declined: the plain tag, which the bundle renders.
  ['knee-pain-causes', [['causes', 'bakers-cyst']], 'plain'],
  ['relief-tips', [['tips', 'stretch,rice']], 'plain'],
  ['pt-cta', [['booking-url', 'HTTPS://Northside.example/']], 'plain'],
  ['pt-cta', [['booking-url', 'https://northside.example/book?y="2"']], 'plain'],
  ['pt-cta', [['booking-url', 'https://northside.example/a/../b']], 'plain'],
  ['pt-cta', [['booking-url', 'https://northside.example:443/']], 'plain'],
  ['pt-cta', [['booking-url', 'https://bücher.example/']], 'plain'],
  ['pt-cta', [['booking-url', 'https://user:pw@northside.example/']], 'plain'],
  ['pt-cta', [['booking-url', 'https://northside.example/a b']], 'plain'],
  ['pt-cta', [['booking-url', 'https://192.168.0.1/']], 'plain'],
  ['pt-cta', [['booking-url', "https://northside.example/?q='x'"]], 'plain'],
  // Regional dates (issue 12): prepared at build time for every region Intl names.
  ...['es-MX', 'es-419', 'en-GB', 'en-AU', 'es-ES', 'es-mx', 'EN-gb', 'es-PE', 'es-HN', 'en-ZA', 'en-US', 'es-US', 'es-ZZ'].flatMap((lang) =>
    REGIONAL_DATES.map((date) => ['knee-pain-causes', [['lang', lang], ['reviewed-by', 'Dana Ruiz'], ['reviewed-on', date]]]),
  ),
  ['relief-tips', [['lang', 'es-419'], ['reviewed-on', '2026-03-03']]],
  // A region of another language: the content's locale.
  ['relief-tips', [['lang', 'fr-CA'], ['reviewed-on', '2026-03-03']]],
  // Widgets without their own lang on a page in another language: the page's words, the content
  // locale's date; no lang on the tag.
  ['knee-pain-causes', [['reviewed-by', 'Dana Ruiz'], ['reviewed-on', '2026-03-03']], 'same', 'es-MX'],
  ['relief-tips', [['reviewed-by', 'Dana Ruiz'], ['reviewed-on', '2024-02-29'], ['layout', 'list']], 'same', 'es'],
  ['pt-cta', [['booking-url', 'https://northside.example/book']], 'same', 'es-419'],
  ['knee-pain-causes', [['reviewed-on', '2026-03-03']], 'same', 'en-GB'],
  ['knee-pain-causes', [['reviewed-on', '2026-03-03']], 'same', 'fr-FR'],
  ['knee-pain-causes', [['lang', ' '], ['reviewed-on', '2026-03-03']], 'same', 'es-MX'],
  ['knee-pain-causes', [['lang', 'en'], ['reviewed-on', '2026-03-03']], 'same', 'es-MX'],
  ['knee-pain-causes', [['lang', 'eng-GB'], ['reviewed-on', '2026-03-03']], 'plain'],
  ['knee-pain-causes', [['lang', 'en-Latn-GB'], ['reviewed-on', '2026-03-03']], 'plain'],
  ['knee-pain-causes', [['lang', 'es-QQ'], ['reviewed-on', '2026-03-03']], 'plain'],
  ['knee-pain-causes', [['lang', 'en-GB-u-ca-buddhist'], ['reviewed-on', '2026-03-03']], 'plain'],
  ['relief-tips', [['heading-level', '0x4']], 'plain'],
  ['relief-tips', [['theme', 'DAR\u212A']], 'plain'],
];

/** More cases, drawn (with a fixed seed) from values the widgets accept, refuse and rewrite. */
function generatedCases(count) {
  const pools = {
    lang: ['en', 'es', 'ES-mx', 'es_MX', 'fr', '', ' es ', 'en-GB', 'EN'],
    'heading-level': ['2', '3', '4.5', '-1', '1e1', '.5', '', ' ', 'x', '6.4999', '+3', 'Infinity'],
    theme: ['light', 'Dark', ' auto ', 'x', '', '\u00A0dark\u3000'],
    layout: ['grid', 'LIST', 'rows', ''],
    'emergency-number': ['112', '9 1 1', '1234567', '', 'none'],
    open: ['', 'false', ' FALSE ', 'true', 'no'],
    'language-switch': ['', 'false', 'x'],
    'clinic-name': [`A "B" <C> & D's`, '  ', 'Ñandú\u2003Clinic', '{{reviewed}}'],
    'button-label': ['Book', '', ' x '],
    'booking-url': ['https://a.example/', 'https://a.example', 'http://a.example:8080/x?y#z', 'https://A.example/', 'ftp://x/', '/relative', 'https://a.example/%zz', 'https://a.example/%41', 'https://a.example/./x', 'https://xn--nxasmq6b.example/', 'http://a.example:80/', 'https://1.2.3/', '\u0001https://a.example/', 'htt\tps://a.example/'],
    phone: ['(617) 555-0123', '+1 617 555 0123', '555\u00A00123 99', '12345', '617-555-0123 ext 2', '+44  20\n7946 0958'],
    'reviewed-by': ['Dana Ruiz', ' ', 'A\u2028B', '{date}'],
    'reviewed-on': ['2026-03-03', '2026-02-29', '0999-01-01', '1000-01-01', '2999-01-01', ' 2024-02-29\n', '2026-3-3', '9999-12-31'],
    causes: ['', ' , ', 'x'],
    'data-layer': ['', 'false'],
    id: ['w1'],
  };
  const pages = [undefined, undefined, 'es-MX', 'es', 'en-GB', 'fr'];
  let seed = 12;
  const pick = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const tags = data.widgets.map((w) => w.tag);
  return Array.from({ length: count }, () => {
    const pairs = Object.entries(pools).flatMap(([name, values]) => (pick(3) === 0 ? [[name, values[pick(values.length)]]] : []));
    return [tags[pick(tags.length)], pairs, 'either', pages[pick(pages.length)]];
  });
}

/** The `<script>` tags that load the bundle on the current page. */
const bundleScripts = (page) =>
  page.$$eval('script[src*="knee-pain-widgets/assets/knee-pain-widgets.js"]', (scripts) => scripts.map((s) => s.getAttribute('src')));

describe('WordPress plugin in a real WordPress', { skip, timeout: 15 * 60_000 }, () => {
  let admin;
  let author;
  /** A logged-out visitor: what a patient reading the post gets. */
  let reader;

  before(async () => {
    assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build first`);
    site = (await runningSite()) ?? (await startSite());
    logins = await php('install');
    // A site kept running between runs may still hold the plugin from the last one.
    rmSync(join(site.paths.content, 'plugins/knee-pain-widgets'), { recursive: true, force: true });
    writeFileSync(site.paths.debugLog, '');
    unzipped = mkdtempSync(join(tmpdir(), 'kp-plugin-'));
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
      mkdirSync(dirname(join(unzipped, path)), { recursive: true });
      writeFileSync(join(unzipped, path), bytes);
    }
    const dataFile = join(unzipped, 'knee-pain-widgets/includes/widgets.php');
    const { stdout } = await run('php', ['-r', `define('ABSPATH', '/'); echo json_encode(require '${dataFile}');`]);
    data = JSON.parse(stdout);
    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
    admin = await newPage(await browser.createBrowserContext(), 'admin');
    author = await newPage(await browser.createBrowserContext(), 'author');
    reader = await newPage(await browser.createBrowserContext(), 'reader');
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
    if (unzipped) rmSync(unzipped, { recursive: true, force: true });
  });

  it('ships one folder whose PHP passes php -l, with matching versions and headers', async () => {
    const files = Object.keys(unzipSync(readFileSync(ZIP)));
    assert.ok(files.every((f) => f.startsWith('knee-pain-widgets/')), 'one top-level folder');
    for (const required of ['knee-pain-widgets.php', 'readme.txt', 'uninstall.php', 'assets/knee-pain-widgets.js', 'editor.js']) {
      assert.ok(files.includes(`knee-pain-widgets/${required}`), `${required} is in the zip`);
    }
    const phpFiles = files.filter((f) => f.endsWith('.php'));
    assert.ok(phpFiles.length >= 8);
    for (const file of phpFiles) {
      assert.match(await site.lint(join(unzipped, file)), /No syntax errors/, file);
    }
    const main = readFileSync(join(unzipped, 'knee-pain-widgets/knee-pain-widgets.php'), 'utf8');
    assert.match(main, new RegExp(`^ \\* Version:\\s+${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(main, /^ \* Requires at least:\s+6\.1$/m);
    assert.match(main, /^ \* Requires PHP:\s+7\.4$/m);
    assert.match(main, /^ \* License:\s+MIT$/m);
    const readme = readFileSync(join(unzipped, 'knee-pain-widgets/readme.txt'), 'utf8');
    assert.match(readme, new RegExp(`^Stable tag: ${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.doesNotMatch(readme + main, /__KP_/);
    assert.deepEqual(
      readFileSync(join(unzipped, 'knee-pain-widgets/assets/knee-pain-widgets.js')),
      readFileSync(join(root, 'dist/knee-pain-widgets.js')),
      'the bundle in the zip is the build’s',
    );
    for (const widget of data.widgets) {
      const block = JSON.parse(readFileSync(join(unzipped, `knee-pain-widgets/blocks/${widget.slug}/block.json`), 'utf8'));
      assert.equal(block.name, widget.block);
      assert.deepEqual(Object.keys(block.attributes).sort(), widget.attributes.map((a) => a.key).sort());
    }
  });

  it('fills the pre-rendered templates in PHP byte for byte as prerender() and the CLI do, or declines', async () => {
    const cases = [...PRERENDER_CASES, ...generatedCases(400)];
    const got = await phpPrerender(cases.map(([tag, pairs, , page]) => ({ tag, pairs, ...(page === undefined ? {} : { page }) })));
    let filled = 0;
    for (const [i, [tag, pairs, expect = 'same', page]] of cases.entries()) {
      const what = `<${tag}> ${JSON.stringify(pairs)}${page === undefined ? '' : ` on a page in ${page}`}`;
      if (expect === 'plain') {
        assert.equal(got[i], null, `${what}: the plugin prints the plain tag`);
        continue;
      }
      if (expect === 'either' && got[i] === null) continue;
      assert.equal(got[i], await nodePrerenderOnPage(tag, pairs, page), what);
      filled += 1;
    }
    assert.ok(filled > PRERENDER_CASES.length + 200, `most cases are pre-rendered (${filled} of ${cases.length})`);
    // The command a developer runs prints the same, plus a newline.
    const cli = [
      ['knee-pain-causes', [['lang', 'es'], ['open', ''], ['reviewed-by', 'Dana Ruiz'], ['reviewed-on', '2026-03-03'], ['heading-level', '3']]],
      ['pt-cta', [['clinic-name', HOSTILE], ['booking-url', 'https://northside.example/book'], ['phone', '(617) 555-0123'], ['theme', 'dark']]],
    ];
    const fromPhp = await phpPrerender(cli.map(([tag, pairs]) => ({ tag, pairs })));
    for (const [i, [tag, pairs]] of cli.entries()) {
      const args = pairs.flatMap(([name, value]) => (value === '' ? [`--${name}`] : [`--${name}`, value]));
      const { stdout } = await run(process.execPath, [join(root, 'bin/knee-pain-widgets.mjs'), 'render', tag, ...args]);
      assert.equal(`${fromPhp[i]}\n`, stdout, `render ${tag} ${args.join(' ')}`);
    }
  });

  it('writes the structured data in PHP byte for byte as jsonLdScript() does, or none', async () => {
    const got = await phpJsonLd(JSONLD_CASES.map(([facts]) => ({ ...facts, now: JSONLD_NOW / 1000 })));
    const { jsonLdScript } = await jsonLd();
    for (const [i, [facts, expect = 'same']] of JSONLD_CASES.entries()) {
      if (expect === 'none') assert.equal(got[i], null, JSON.stringify(facts));
      else assert.equal(got[i], jsonLdScript({ ...facts, now: JSONLD_NOW }), JSON.stringify(facts));
    }
  });

  it('installs from the zip through Plugins → Add New → Upload, and activates', async () => {
    await logIn(admin, logins.admin);
    await admin.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'domcontentloaded' });
    const input = await admin.waitForSelector('input#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: WAIT }), admin.locator('#install-plugin-submit').click()]);
    const activate = await admin.waitForSelector('a[href*="action=activate"][href*="knee-pain-widgets"]');
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), activate.click()]);
    await admin.waitForSelector('#message.updated, .notice-success');
    const state = await php('plugin-state');
    assert.ok(state.active.includes('knee-pain-widgets/knee-pain-widgets.php'), 'active');
    assert.equal(state.headers['knee-pain-widgets/knee-pain-widgets.php'].Version, version);
    // The Plugins screen links to the settings.
    assert.ok(await admin.$('tr[data-slug="knee-pain-widgets"] a[href*="page=knee-pain-widgets"]'));
  });

  it('gives the builder’s pinned script tag an integrity hash that real browsers accept for this bundle, and only for it', async () => {
    // The tag the snippet builder writes for the public CDN, pointed at the same bytes served here
    // by nginx (the plugin's copy): the browser checks the hash against what it really received.
    const { HOSTED } = await import(join(root, 'dist/hosted.js'));
    const { buildConfig, renderSnippet } = await import(join(root, 'demo/snippet.js'));
    const local = `${site.url}/wp-content/plugins/knee-pain-widgets/assets/knee-pain-widgets.js`;
    const page = (integrity) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title></head><body>${renderSnippet(buildConfig({ widgets: { 'knee-pain-causes': true } }), {
        src: local,
        integrity,
        version: HOSTED.version,
      })}</body></html>`;
    const good = page(HOSTED.integrity);
    assert.match(good, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
    writeFileSync(join(site.paths.content, 'uploads/sri-good.html'), good);
    writeFileSync(join(site.paths.content, 'uploads/sri-bad.html'), page(`sha384-${Buffer.alloc(48).toString('base64')}`));

    const context = await browser.createBrowserContext();
    const sri = await context.newPage();
    const refused = [];
    sri.on('console', (message) => refused.push(message.text()));
    await sri.goto(`${site.url}/wp-content/uploads/sri-good.html`, { waitUntil: 'load' });
    await sri.waitForFunction(() => customElements.get('knee-pain-causes') && document.querySelector('knee-pain-causes').shadowRoot?.textContent.trim(), { timeout: WAIT });
    await sri.goto(`${site.url}/wp-content/uploads/sri-bad.html`, { waitUntil: 'load' });
    await sri.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('knee-pain-widgets.js')), { timeout: WAIT });
    await sri.waitForFunction(() => document.readyState === 'complete', { timeout: WAIT });
    assert.equal(await sri.evaluate(() => Boolean(customElements.get('knee-pain-causes'))), false, 'a wrong hash is refused');
    assert.ok(refused.some((m) => /integrity/i.test(m)), 'the browser says why');
    await context.close();
  });

  it('lets an Author publish a block post with each block, each shortcode and pasted tags', async () => {
    await logIn(author, logins.author);
    await openEditor(author);
    const post = await publish(author, 'All widgets (blocks)', {
      blocks: [
        ['knee-pain-widgets/causes', { emergencyNumber: '112', open: true, headingLevel: '3' }],
        ['knee-pain-widgets/relief-tips', { layout: 'list', theme: 'dark', brandColor: '#17634d' }],
        ['knee-pain-widgets/cta', { clinicName: 'Northside Physical Therapy', phone: '(617) 555-0123', bookingUrl: 'https://northside.example/book', dataLayer: true }],
        ['core/shortcode', null, '[knee_pain_causes emergency-number="999"]'],
        ['core/shortcode', null, '[relief_tips layout="grid" theme="auto"]'],
        ['core/shortcode', null, '[pt_cta clinic-name="Shortcode Clinic" booking-url="https://shortcode.example/book" data-layer]'],
        [
          'core/html',
          null,
          '<knee-pain-causes emergency-number="000"></knee-pain-causes>\n<relief-tips tips="stretch,rice"></relief-tips>\n<pt-cta clinic-name="Pasted Clinic" phone="+44 20 7946 0958" booking-url="https://pasted.example/book" onclick="window.__kpPwned=1"><a href="https://pasted.example/book">Book an evaluation</a></pt-cta>',
        ],
      ],
    });
    assert.equal(post.author, logins.author.id);
    // The pasted tags survived the Author's post filter, minus the undocumented onclick.
    assert.match(post.raw, /<pt-cta clinic-name="Pasted Clinic" phone="\+44 20 7946 0958" booking-url="https:\/\/pasted\.example\/book">/);
    assert.match(post.raw, /<relief-tips tips="stretch,rice">/);
    assert.doesNotMatch(post.raw, /onclick/);

    const widgets = await visit(reader, post.link, 9);
    assert.deepEqual(
      widgets.map((w) => w.tag),
      ['knee-pain-causes', 'relief-tips', 'pt-cta', 'knee-pain-causes', 'relief-tips', 'pt-cta', 'knee-pain-causes', 'relief-tips', 'pt-cta'],
    );
    const [causes, tips, cta, scCauses, scTips, scCta, pCauses, pTips, pCta] = widgets;
    assert.equal(causes.attributes['emergency-number'], '112');
    assert.equal(causes.attributes['heading-level'], '3');
    assert.ok(causes.links.includes('tel:112'), 'the urgent block calls 112');
    assert.equal(causes.attributes.open, '');
    assert.match(causes.attributes.class, /wp-block-knee-pain-widgets-causes/);
    assert.equal(tips.attributes.layout, 'list');
    assert.equal(tips.attributes.theme, 'dark');
    assert.equal(tips.brand, '#17634d');
    assert.equal(cta.attributes['clinic-name'], 'Northside Physical Therapy');
    assert.equal(cta.attributes['data-layer'], '');
    assert.ok(cta.text.includes('Northside Physical Therapy'));
    assert.ok(cta.links.includes('https://northside.example/book'));
    assert.ok(cta.links.includes('tel:6175550123'));
    assert.ok(scCauses.links.includes('tel:999'));
    assert.equal(scTips.attributes.theme, 'auto');
    assert.equal(scCta.attributes['data-layer'], '');
    assert.ok(scCta.text.includes('Shortcode Clinic'));
    assert.ok(scCta.links.includes('https://shortcode.example/book'));
    assert.ok(pCauses.links.includes('tel:000'));
    assert.equal(pTips.attributes.tips, 'stretch,rice');
    assert.ok(pCta.text.includes('Pasted Clinic'));
    assert.ok(pCta.links.includes('tel:+442079460958'));

    // One script, from the plugin's folder, versioned; none on a page without widgets.
    const scripts = await bundleScripts(reader);
    assert.equal(scripts.length, 1);
    assert.match(scripts[0], new RegExp(`^${site.url}/wp-content/plugins/knee-pain-widgets/assets/knee-pain-widgets\\.js\\?ver=${version.replace(/\./g, '\\.')}$`));
    // A Book click reaches the dataLayer only for the widget that opted in.
    await reader.evaluate(() => {
      window.dataLayer = [];
      document.addEventListener('click', (e) => e.preventDefault(), true);
    });
    await reader.evaluate(() => {
      const [first] = document.querySelectorAll('pt-cta');
      first.shadowRoot.querySelector('a[href^="https:"]').click();
    });
    assert.equal(await reader.evaluate(() => window.dataLayer.filter((e) => e.event === 'kp_cta_click').length), 1);

    // The plugin knows every attribute the elements read: their own observedAttributes.
    const observed = await author.evaluate((tags) => Object.fromEntries(tags.map((t) => [t, [...customElements.get(t).observedAttributes].sort()])), data.widgets.map((w) => w.tag));
    for (const widget of data.widgets) {
      assert.deepEqual(widget.attributes.filter((a) => !a.plugin).map((a) => a.name).sort(), observed[widget.tag], widget.tag);
    }

    await reader.goto(`${site.url}/?p=1`, { waitUntil: 'load' });
    assert.equal((await bundleScripts(reader)).length, 0, 'no script on a post without widgets');
  });

  it('works in a classic post (no blocks, wpautop) with shortcodes and pasted tags', async () => {
    const post = await publish(author, 'All widgets (classic)', {
      html: [
        'Pain behind the knee has several causes.',
        '',
        '[knee_pain_causes emergency-number="112"]',
        '',
        'Some relief you can try at home:',
        '[relief_tips layout="list"]',
        '',
        '<pt-cta clinic-name="Classic Clinic" booking-url="https://classic.example/book">',
        '<a href="https://classic.example/book">Book an evaluation</a>',
        '</pt-cta>',
        '',
        '[pt_cta clinic-name="Classic Shortcode" phone="617-555-0199"]',
      ].join('\n'),
    });
    assert.doesNotMatch(post.raw, /<!-- wp:/, 'a classic post');
    const widgets = await visit(reader, post.link, 4);
    assert.deepEqual(widgets.map((w) => w.tag), ['knee-pain-causes', 'relief-tips', 'pt-cta', 'pt-cta']);
    assert.ok(widgets[0].links.includes('tel:112'));
    assert.equal(widgets[1].attributes.layout, 'list');
    assert.ok(widgets[2].text.includes('Classic Clinic'));
    assert.ok(widgets[2].links.includes('https://classic.example/book'));
    assert.ok(widgets[3].links.includes('tel:6175550199'));
    // wpautop wrapped the paragraphs, not the widgets' attributes.
    assert.ok(await reader.$('.wp-block-post-content p, .entry-content p'));
  });

  it('injects nothing from hostile values in blocks, shortcodes and pasted tags', async () => {
    const script = '"><script>window.__kpPwned=1</script>';
    const img = '<img src=x onerror="window.__kpPwned=2">';
    const post = await publish(author, 'Hostile values', {
      blocks: [
        [
          'knee-pain-widgets/cta',
          {
            clinicName: script,
            phone: '"><svg onload=window.__kpPwned=3>',
            bookingUrl: 'javascript:window.__kpPwned=4',
            // Survives the text cleaning, so only escaping stands between it and a new attribute.
            buttonLabel: 'Book" onmouseover="window.__kpPwned=16" x="',
            brandColor: 'red;background:url(javascript:alert(1))',
            theme: 'dark" onclick="window.__kpPwned=5',
            headingLevel: '2><script>window.__kpPwned=6</script>',
          },
        ],
        ['knee-pain-widgets/causes', { emergencyNumber: '<b>911</b>"onmouseover="window.__kpPwned=7', reviewedBy: img }],
        ['core/shortcode', null, `[relief_tips reviewed-by='Dana" onmouseover="window.__kpPwned=17']`],
        ['knee-pain-widgets/relief-tips', { tips: script, brandColor: '#fff" onmouseover="window.__kpPwned=8' }],
        ['core/shortcode', null, `[pt_cta clinic-name='${script}' booking-url="data:text/html,<script>window.__kpPwned=9</script>" phone="javascript:alert(1)"]`],
        ['core/shortcode', null, '[pt_cta booking-url=" JaVaScRiPt:window.__kpPwned=10" brand-color="url(x)"]'],
        ['core/shortcode', null, `[knee_pain_causes emergency-number='"><script>window.__kpPwned=11</script>' theme="<b>"]`],
        [
          'core/html',
          null,
          `<pt-cta booking-url="javascript:window.__kpPwned=12" clinic-name="&quot;&gt;&lt;script&gt;window.__kpPwned=13&lt;/script&gt;" style="background:url(javascript:alert(1))"></pt-cta><relief-tips onmouseover="window.__kpPwned=14"><script>window.__kpPwned=15</script></relief-tips>`,
        ],
      ],
    });
    const widgets = await visit(reader, post.link, 9);
    const report = await injectionReport(reader);
    assert.deepEqual(report.problems, []);
    assert.equal(report.pwned, null, 'no payload ran');
    for (const widget of widgets) {
      for (const link of widget.links) assert.match(link, /^(https?|tel):/, `${widget.tag} link ${link}`);
      assert.doesNotMatch(widget.attributes.style ?? '', /url\(|javascript|[<>"]/);
    }
    // Bad values fell back as the elements' own would: no Book link from a javascript: address.
    assert.ok(!widgets[0].links.some((l) => /^https?:/.test(l)));
    assert.equal(widgets[0].attributes.theme, undefined);
    assert.ok(!widgets[0].text.includes('<script'), 'markup in text shows as text or not at all');
  });

  /** The post of the pre-rendering tests: every widget in forms the plugin pre-renders, then a paragraph. */
  let prerendered;
  /** Widgets in that post, in order: which ones are pasted (their start tag is the Author's own). */
  const PRERENDERED = [
    { tag: 'knee-pain-causes' },
    { tag: 'knee-pain-causes' },
    { tag: 'relief-tips' },
    { tag: 'pt-cta' },
    { tag: 'relief-tips' },
    { tag: 'pt-cta', pasted: true },
    { tag: 'knee-pain-causes', pasted: true },
  ];

  /** Each widget's start tag in served HTML, with what follows it up to its `</template>` (if any). */
  const servedWidgets = (html) =>
    [...html.matchAll(new RegExp(`<(${data.widgets.map((w) => w.tag).join('|')})((?:\\s(?:[^>"']|"[^"]*"|'[^']*')*)?)>`, 'g'))].map((m) => {
      const after = html.slice(m.index + m[0].length);
      const shadow = after.startsWith('<template shadowrootmode="open">') ? after.slice(0, after.indexOf('</template>') + '</template>'.length) : null;
      const element = parseHtml(`${m[0]}</${m[1]}>`).firstChild;
      return { tag: m[1], start: m[0], shadow, attributes: Object.entries(element.attributes) };
    });

  it('serves each widget pre-rendered: the article in the page’s HTML, byte for byte as prerender() writes it, visible without JavaScript', async () => {
    prerendered = await publish(author, 'Pre-rendered widgets', {
      blocks: [
        ['knee-pain-widgets/causes', {}],
        ['knee-pain-widgets/causes', { lang: 'es', open: true, reviewedBy: 'Dana Ruiz, PT', reviewedOn: '2026-03-03' }],
        ['knee-pain-widgets/relief-tips', { headingLevel: '3', theme: 'dark', brandColor: '#17634d' }],
        ['knee-pain-widgets/cta', { clinicName: 'Northside "PT" & Rehab', bookingUrl: 'https://northside.example/book', phone: '(617) 555-0123' }],
        ['core/shortcode', null, '[relief_tips layout="list" lang="es" reviewed-by="Dana Ruiz"]'],
        ['core/html', null, '<pt-cta clinic-name="Pasted &amp; Co" phone="+44 20 7946 0958"><a href="tel:+442079460958">Call us</a></pt-cta>'],
        ['core/html', null, '<knee-pain-causes emergency-number="112" heading-level="3"></knee-pain-causes>'],
        ['core/html', null, '<p id="kp-below">After the widgets.</p>'],
      ],
    });
    const html = await (await fetch(prerendered.link)).text();
    const served = servedWidgets(html);
    assert.deepEqual(served.map((w) => w.tag), PRERENDERED.map((w) => w.tag));
    for (const [i, widget] of served.entries()) {
      const what = `widget ${i + 1}, ${widget.start}`;
      assert.ok(widget.shadow, `${what} is followed by its declarative shadow root`);
      const expected = await nodePrerender(widget.tag, widget.attributes);
      const end = `</${widget.tag}>`;
      if (PRERENDERED[i].pasted) {
        // A pasted tag keeps the Author's start tag; its shadow root is what prerender() writes.
        assert.equal(widget.shadow, expected.slice(expected.indexOf('<template'), -end.length), what);
      } else {
        assert.equal(widget.start + widget.shadow, expected.slice(0, -end.length), what);
      }
    }
    // The pasted call to action keeps its fallback link after the shadow root; blocks get one too.
    assert.match(html, /<\/template><a href="tel:\+442079460958">Call us<\/a><\/pt-cta>/);
    assert.match(html, /<\/template><a href="https:\/\/northside\.example\/book">Book an evaluation<\/a> <a href="tel:6175550123">Call \(617\) 555-0123<\/a><\/pt-cta>/);

    // Widgets the plugin cannot pre-render exactly are the plain tags, as before.
    const plain = await publish(author, 'Plain widgets', {
      blocks: [
        ['knee-pain-widgets/cta', { bookingUrl: 'https://Northside.example/Book' }],
        ['core/html', null, '<relief-tips tips="stretch,rice"></relief-tips><pt-cta clinic-name="Self-closing" />'],
        ['core/shortcode', null, '[knee_pain_causes causes="bakers-cyst"]'],
      ],
    });
    const plainWidgets = servedWidgets(await (await fetch(plain.link)).text());
    assert.deepEqual(plainWidgets.map((w) => [w.tag, w.shadow]), [['pt-cta', null], ['relief-tips', null], ['pt-cta', null], ['knee-pain-causes', null]]);
    // An Author still cannot paste a <template> of their own.
    const raw = await publish(author, 'Own template', { html: '<pt-cta><template shadowrootmode="open"><p>Fake</p></template></pt-cta>' });
    assert.doesNotMatch(raw.raw, /<template/);

    // Without JavaScript the article is on screen: headings and the causes' titles have boxes.
    const context = await browser.createBrowserContext();
    const page = await newPage(context, 'reader');
    await page.setJavaScriptEnabled(false);
    await page.goto(prerendered.link, { waitUntil: 'load' });
    const shown = await page.evaluate((tags) => {
      const box = (el) => {
        const r = el?.getBoundingClientRect();
        return r ? r.width * r.height : 0;
      };
      return {
        defined: tags.some((t) => customElements.get(t)),
        widgets: [...document.querySelectorAll(tags.join(','))].map((el) => ({
          tag: el.localName,
          heading: el.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim(),
          headingBox: box(el.shadowRoot?.querySelector('[part="heading"]')),
          summaries: [...(el.shadowRoot?.querySelectorAll('details summary') ?? [])].map((s) => box(s)),
        })),
      };
    }, data.widgets.map((w) => w.tag));
    await context.close();
    assert.equal(shown.defined, false, 'no script ran');
    assert.equal(shown.widgets.length, PRERENDERED.length);
    for (const widget of shown.widgets) {
      assert.ok(widget.heading && widget.headingBox > 0, `${widget.tag}: its heading is on screen`);
      if (widget.tag === 'knee-pain-causes') assert.ok(widget.summaries.length > 3 && widget.summaries.every((b) => b > 0), 'every cause title has a box');
    }
    assert.match(shown.widgets[1].heading, /rodilla/, 'the Spanish block is in Spanish');
  });

  /**
   * Opens `link` with the bundle held back, measures the pre-rendered widgets, lets the bundle take
   * them over and measures again: the states before and after, and every layout-shift entry seen.
   * The page stays open (its context is returned) for more checks.
   */
  async function takeOver(link) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    // Tall enough for the whole post: layout shifts are only reported for what is in the viewport.
    await page.setViewport({ width: 1400, height: 12_000 });
    page.setDefaultTimeout(WAIT);
    // The bundle is held back until the pre-rendered page has been measured.
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      const url = new URL(request.url());
      if (['http:', 'https:'].includes(url.protocol) && url.hostname !== '127.0.0.1') return void request.abort();
      if (url.pathname.endsWith('/knee-pain-widgets/assets/knee-pain-widgets.js')) await held;
      void request.continue();
    });
    page.on('pageerror', (error) => consoleErrors.push({ label: 'reader', url: page.url(), text: String(error) }));
    await page.evaluateOnNewDocument(() => {
      window.__kpShifts = [];
      new PerformanceObserver((list) => window.__kpShifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    const tags = data.widgets.map((w) => w.tag);
    const state = () =>
      page.evaluate((tags) => {
        const widgets = [...document.querySelectorAll(tags.join(','))];
        return {
          below: document.getElementById('kp-below').getBoundingClientRect().top + window.scrollY,
          viewport: window.innerHeight,
          texts: widgets.map((el) => [...el.shadowRoot.querySelectorAll('[part="base"]')].map((b) => b.textContent.replace(/\s+/g, ' ').trim())),
          styles: widgets.map((el) => el.shadowRoot.querySelectorAll('style, template').length),
          heights: widgets.map((el) => el.getBoundingClientRect().height),
        };
      }, tags);

    const navigation = page.goto(link, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('kp-below') && document.fonts.status === 'loaded');
    const before = await state();
    assert.ok(before.below < before.viewport, 'everything up to the paragraph is in the viewport');
    assert.equal(await page.evaluate((tags) => tags.some((t) => customElements.get(t)), tags), false, 'measured before the bundle ran');
    release();
    await navigation;
    await page.evaluate(async (tags) => {
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      for (const el of document.querySelectorAll(tags.join(','))) {
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      }
    }, tags);
    const after = await state();
    // Shifts seen since the page started, and what a new observer gets from the buffer.
    const shifts = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const seen = [...window.__kpShifts];
          const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.value)));
          observer.observe({ type: 'layout-shift', buffered: true });
          // Two frames, then the next task: buffered entries have been delivered by then.
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              setTimeout(() => {
                seen.push(...observer.takeRecords().map((e) => e.value));
                observer.disconnect();
                resolve(seen);
              }),
            ),
          );
        }),
    );
    return { context, page, tags, before, after, shifts };
  }

  /** What a take-over must keep: nothing moves, one copy of each widget's content, the same text. */
  function assertSteadyTakeOver({ before, after, shifts }) {
    assert.deepEqual(shifts, [], 'no layout-shift entry');
    assert.equal(after.below, before.below, 'the paragraph below the widgets did not move');
    assert.deepEqual(after.heights, before.heights);
    for (const [i, texts] of after.texts.entries()) {
      assert.equal(texts.length, 1, `widget ${i + 1} has one copy of its content`);
      assert.deepEqual(texts, before.texts[i], `widget ${i + 1} shows what was pre-rendered`);
      assert.equal(after.styles[i], 0, `widget ${i + 1}: the pre-rendered styles and template are gone`);
    }
    assert.ok(before.styles.every((n) => n === 1), 'each pre-rendered shadow root had its one <style>');
  }

  it('takes the pre-rendered widgets over without moving anything: one copy of the content, no layout shift, causes still open', async () => {
    const result = await takeOver(prerendered.link);
    const { context, page } = result;
    assertSteadyTakeOver(result);

    // The causes still open on a click (the taken-over element's own <details>).
    const summary = await page.evaluateHandle(() => document.querySelector('knee-pain-causes').shadowRoot.querySelector('details:not([open]) > summary'));
    const id = await summary.evaluate((s) => s.parentElement.dataset.id);
    await summary.click();
    await page.waitForFunction((id) => document.querySelector('knee-pain-causes').shadowRoot.querySelector(`details[data-id="${id}"]`).open, {}, id);
    await context.close();
  });

  it('serves a widget without its own lang pre-rendered in the site’s language (es_MX): Spanish words and date, no lang on the tag, a steady take-over', async () => {
    const post = await publish(author, 'Sitio en español', {
      blocks: [
        ['knee-pain-widgets/causes', { reviewedBy: 'Dana Ruiz, PT', reviewedOn: '2026-03-03' }],
        ['core/html', null, '<p id="kp-below">Después de los widgets.</p>'],
      ],
    });
    // The site's language, as Settings → General sets it. WordPress accepts only a language it has
    // a pack for, and Debian's WordPress ships none: a catalogue with its header entry only (no
    // translations) stands in for es_MX's. A .mo file: magic number, revision 0, one entry, the
    // offsets of its tables of originals and translations (length, position), no hash table,
    // then the strings: the empty original and the header.
    const pack = join(site.paths.content, 'languages/es_MX.mo');
    mkdirSync(dirname(pack), { recursive: true });
    const header = Buffer.from('Language: es_MX\nContent-Type: text/plain; charset=UTF-8\n\0');
    const mo = Buffer.alloc(45);
    [0x950412de, 0, 1, 28, 36, 0, 44, 0, 44, header.length - 1, 45].forEach((word, i) => mo.writeUInt32LE(word, i * 4));
    writeFileSync(pack, Buffer.concat([mo, header]));
    try {
      assert.equal(JSON.parse(await site.php(SETUP, ['set-option', 'WPLANG', JSON.stringify('es_MX')])), 'es_MX');
      const html = await (await fetch(post.link)).text();
      assert.match(html, /<html lang="es-MX"/, 'the theme writes the site’s language');
      const [widget] = servedWidgets(html);
      assert.equal(widget.tag, 'knee-pain-causes');
      assert.ok(widget.shadow, 'served pre-rendered');
      assert.ok(!widget.attributes.some(([name]) => name === 'lang'), 'no lang on the tag: the widget keeps following the page');
      // What prerender() makes with lang set to the site's language, host attributes aside.
      const expected = await nodePrerender(widget.tag, [...widget.attributes, ['lang', 'es-MX']]);
      assert.equal(widget.shadow, expected.slice(expected.indexOf('<template'), -'</knee-pain-causes>'.length));
      assert.match(widget.shadow, /rodilla/);
      assert.match(widget.shadow, /3 de marzo de 2026/);

      const result = await takeOver(post.link);
      assertSteadyTakeOver(result);
      assert.match(result.after.texts[0][0], /Dana Ruiz, PT.*3 de marzo de 2026/, 'the bundle shows the same Spanish line');
      await result.context.close();
    } finally {
      await site.php(SETUP, ['delete-option', 'WPLANG']);
      rmSync(pack, { force: true });
    }
  });

  it('saves the settings page through its real form; a widget that sets nothing uses them, a block’s own value wins', async () => {
    await admin.goto(`${site.url}/wp-admin/options-general.php?page=knee-pain-widgets`, { waitUntil: 'domcontentloaded' });
    const names = data.settings.map((s) => s.name);
    const values = {
      'clinic-name': 'Settings Clinic',
      phone: '(413) 555-0142',
      'booking-url': 'https://settings.example/book',
      'brand-color': '#17634d',
      'brand-color-dark': '#8fd6b8',
      'emergency-number': '112',
      'reviewed-by': 'Dana Ruiz, PT, DPT',
      'reviewed-on': '2026-03-03',
    };
    for (const [name, value] of Object.entries(values)) {
      if (!names.includes(name)) continue;
      const selector = `#knee-pain-widgets-${name}`;
      // Date inputs take the value as typed; set it as a person's date picker would.
      await admin.$eval(selector, (input, value) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    }
    await admin.select('#knee-pain-widgets-theme', 'dark');
    if (names.includes('data-layer')) await admin.locator('#knee-pain-widgets-data-layer').click();
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), admin.locator('#submit').click()]);
    await admin.waitForSelector('#setting-error-settings_updated');
    const saved = await php('option', 'knee_pain_widgets_settings');
    for (const [name, value] of Object.entries(values)) if (names.includes(name)) assert.equal(saved[name], value, name);
    assert.equal(saved.theme, 'dark');
    if (names.includes('data-layer')) assert.equal(saved['data-layer'], true);

    // A bad value is refused with the builder's words and the saved one is kept.
    await admin.$eval('#knee-pain-widgets-phone', (input) => {
      input.value = 'call us';
    });
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), admin.locator('#submit').click()]);
    const error = await admin.waitForSelector('#setting-error-invalid-phone');
    assert.match(await error.evaluate((e) => e.textContent), /7 to 15 digits/);
    assert.equal((await php('option', 'knee_pain_widgets_settings')).phone, values.phone);

    // Without the right nonce, options.php refuses the write.
    const status = await admin.evaluate(async (url) => {
      const body = new URLSearchParams({ option_page: 'knee_pain_widgets', action: 'update', _wpnonce: 'forged', 'knee_pain_widgets_settings[clinic-name]': 'Forged' });
      return (await fetch(`${url}/wp-admin/options.php`, { method: 'POST', body })).status;
    }, site.url);
    assert.notEqual(status, 200);
    assert.equal((await php('option', 'knee_pain_widgets_settings'))['clinic-name'], values['clinic-name']);
    // An Author cannot open the page.
    const response = await author.goto(`${site.url}/wp-admin/options-general.php?page=knee-pain-widgets`);
    assert.equal(response.status(), 403);

    await openEditor(author);
    const post = await publish(author, 'Site settings', {
      blocks: [
        ['knee-pain-widgets/cta', {}],
        ['knee-pain-widgets/cta', { clinicName: 'Own Clinic', theme: 'light', brandColor: '#7a1f5c', dataLayer: false }],
        ['core/shortcode', null, '[knee_pain_causes]'],
        ['core/html', null, '<pt-cta></pt-cta>'],
      ],
    });
    const [bare, own, causes, pasted] = await visit(reader, post.link, 4);
    for (const widget of [bare, pasted]) {
      assert.ok(widget.text.includes('Settings Clinic'), `${widget.tag} uses the site's clinic name`);
      assert.ok(widget.links.includes('https://settings.example/book'));
      assert.ok(widget.links.includes('tel:4135550142'));
      assert.equal(widget.attributes.theme, 'dark');
      assert.equal(widget.brand, '#17634d');
      if (names.includes('brand-color-dark')) assert.equal(widget.brandDark, '#8fd6b8');
      if (names.includes('data-layer')) assert.equal(widget.attributes['data-layer'], '');
    }
    assert.ok(own.text.includes('Own Clinic'));
    assert.ok(!own.text.includes('Settings Clinic'));
    assert.equal(own.attributes.theme, 'light');
    assert.equal(own.brand, '#7a1f5c');
    assert.equal(own.attributes['data-layer'], 'false', 'the block turned the site’s setting off');
    assert.ok(own.links.includes('https://settings.example/book'), 'fields the block leaves empty still use the site’s');
    assert.ok(causes.links.includes('tel:112'));
    if (names.includes('reviewed-by')) assert.ok(causes.text.includes('Dana Ruiz, PT, DPT'));
  });

  it('describes a single page with the widgets to search engines: one JSON-LD block, as jsonLdScript() builds it, hostile names kept inside, off when switched off, none on archives', async () => {
    const { jsonLdScript, medicalWebPage } = await jsonLd();
    const facts = { phone: '(617) 555-0123', bookingUrl: 'https://northside.example/book', reviewedBy: 'Dana Ruiz, PT', reviewedOn: '2026-03-03' };
    // Blocks and settings keep no tags in a name (sanitize_text_field); a pasted tag's attribute
    // is kept as the Author wrote it, character references and all.
    const escaped = HOSTILE_CLINIC.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const post = await publish(author, 'Structured data', {
      blocks: [
        ['knee-pain-widgets/causes', { reviewedBy: facts.reviewedBy, reviewedOn: facts.reviewedOn, causes: 'bakers-cyst' }],
        ['knee-pain-widgets/relief-tips', {}],
        ['core/html', null, `<pt-cta clinic-name="${escaped}" phone="${facts.phone}" booking-url="${facts.bookingUrl}"></pt-cta>`],
      ],
    });
    const html = await (await fetch(post.link)).text();
    const [cta] = servedWidgets(html).filter((w) => w.tag === 'pt-cta');
    const clinicName = Object.fromEntries(cta.attributes)['clinic-name'];
    assert.match(clinicName, /<\/script><script>/, 'the hostile name reaches the widget as typed');
    const blocks = jsonLdBlocks(html);
    assert.equal(blocks.length, 1, 'exactly one block');
    // The site's language is en-US; the causes widget shows only the cyst.
    const expected = { ...facts, lang: 'en-US', clinicName, causes: 'bakers-cyst' };
    assert.equal(blocks[0], jsonLdScript(expected), 'byte for byte what jsonLdScript() writes');
    assert.deepEqual(JSON.parse(blocks[0].slice(blocks[0].indexOf('>') + 1, -'</script>'.length)), medicalWebPage(expected));

    // In the browser: one block, its name intact, no script of the name's run.
    await visit(reader, post.link, 3);
    const seen = await reader.evaluate(() => ({
      blocks: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)),
      scripts: [...document.scripts].filter((s) => /alert\(1\)/.test(s.textContent) && s.type !== 'application/ld+json').length,
    }));
    assert.equal(seen.blocks.length, 1);
    assert.equal(seen.blocks[0].publisher.name, clinicName.replace(/\s+/g, ' ').trim());
    assert.equal(seen.scripts, 0);

    // Without a call to action on the page, the clinic comes from the site's settings.
    const settings = await php('option', 'knee_pain_widgets_settings');
    const causesOnly = await publish(author, 'Structured data from the settings', { blocks: [['knee-pain-widgets/causes', {}]] });
    const [fromSettings] = jsonLdBlocks(await (await fetch(causesOnly.link)).text());
    assert.equal(
      fromSettings,
      jsonLdScript({ lang: 'en-US', clinicName: settings['clinic-name'], phone: settings.phone, bookingUrl: settings['booking-url'], reviewedBy: settings['reviewed-by'], reviewedOn: settings['reviewed-on'] }),
    );
    // A page with only the call to action is not medical information: no block.
    const ctaOnly = await publish(author, 'Only the call to action', { blocks: [['knee-pain-widgets/cta', {}]] });
    assert.deepEqual(jsonLdBlocks(await (await fetch(ctaOnly.link)).text()), []);

    // Archives (the blog's front page, a category) describe no single page, though their excerpts
    // render the posts' widgets (the bundle is loaded for them).
    for (const archive of [`${site.url}/`, `${site.url}/?cat=1`]) {
      const text = await (await fetch(archive)).text();
      assert.match(text, /knee-pain-widgets\/assets\/knee-pain-widgets\.js/, `${archive} rendered widgets`);
      assert.deepEqual(jsonLdBlocks(text), [], archive);
    }

    // Switched off through the settings form: stored as off, no block; on again: back.
    const settingsPage = `${site.url}/wp-admin/options-general.php?page=knee-pain-widgets`;
    const toggle = async (on) => {
      await admin.goto(settingsPage, { waitUntil: 'domcontentloaded' });
      const box = await admin.waitForSelector('#knee-pain-widgets-structured-data');
      assert.equal(await box.evaluate((b) => b.checked), !on, 'the box shows the current state');
      await box.click();
      await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), admin.locator('#submit').click()]);
      await admin.waitForSelector('#setting-error-settings_updated');
      assert.equal((await php('option', 'knee_pain_widgets_settings'))['structured-data'], on);
    };
    await toggle(false);
    const off = await (await fetch(post.link)).text();
    assert.deepEqual(jsonLdBlocks(off), []);
    assert.equal(servedWidgets(off).length, 3, 'the widgets are still there');
    await toggle(true);
    assert.equal(jsonLdBlocks(await (await fetch(post.link)).text()).length, 1);

    // A site that never saved the setting has it on.
    await site.php(SETUP, ['delete-option', 'knee_pain_widgets_settings']);
    try {
      assert.equal(jsonLdBlocks(await (await fetch(post.link)).text()).length, 1, 'on by default');
      await admin.goto(settingsPage, { waitUntil: 'domcontentloaded' });
      assert.equal(await admin.$eval('#knee-pain-widgets-structured-data', (box) => box.checked), true, 'ticked by default');
    } finally {
      await site.php(SETUP, ['set-option', 'knee_pain_widgets_settings', JSON.stringify(settings)]);
    }
  });

  it('inserts each block from the editor’s inserter, previews sidebar changes, and publishes', async () => {
    await openEditor(author);
    await author.locator('.editor-post-title__input, [aria-label="Add title"]').fill('Made in the editor');
    const edits = {
      'knee-pain-widgets/causes': { label: 'Emergency phone number', value: '999', check: (el) => el.getAttribute('emergency-number') === '999' && !!el.shadowRoot.querySelector('a[href="tel:999"]') },
      'knee-pain-widgets/relief-tips': { label: 'Heading level of each widget’s title', select: '4', check: (el) => el.getAttribute('heading-level') === '4' && !!el.shadowRoot.querySelector('h4') },
      'knee-pain-widgets/cta': { label: 'Clinic name', value: 'Editor Clinic', check: (el) => el.shadowRoot.textContent.includes('Editor Clinic') },
    };
    for (const widget of data.widgets) {
      const edit = edits[widget.block];
      const title = await author.evaluate((name) => wp.blocks.getBlockType(name).title, widget.block);
      await author.locator('button[aria-label="Toggle block inserter"]').click();
      const search = await author.waitForSelector('.block-editor-inserter__search input, input[type="search"][placeholder="Search"]');
      await search.click({ count: 3 });
      await search.type(title);
      // The result for this block (the inserter names each item's class after the block).
      const option = await author.waitForSelector(`[role="option"].editor-block-list-item-${widget.block.replace('/', '-')}`);
      await option.click();
      // The block is in the canvas with the real, upgraded widget inside.
      const selector = `.wp-block[data-type="${widget.block}"] ${widget.tag}`;
      await author.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.textContent.trim(), { timeout: WAIT }, selector);
      assert.equal(await author.evaluate(() => wp.data.select('core/block-editor').getSelectedBlock()?.name), widget.block);
      // Open the sidebar's Block tab as a person would (the Settings button, then "Block").
      if ((await author.$eval('.edit-post-header__settings button[aria-label="Settings"]', (b) => b.getAttribute('aria-expanded'))) !== 'true') {
        await author.locator('.edit-post-header__settings button[aria-label="Settings"]').click();
      }
      const tab = await author.waitForSelector('::-p-xpath(//button[contains(@class, "edit-post-sidebar__panel-tab")][normalize-space()="Block"])');
      if (!(await tab.evaluate((b) => b.classList.contains('is-active')))) await tab.click();
      // Change one sidebar field, found by its label in its panel, and watch the preview follow.
      const group = widget.attributes.find((a) => a.label === edit.label).group;
      const toggle = await author.waitForSelector(`::-p-xpath(//button[contains(@class, "components-panel__body-toggle")][normalize-space()="${group}"])`);
      if ((await toggle.evaluate((b) => b.getAttribute('aria-expanded'))) !== 'true') await toggle.click();
      const label = await author.waitForSelector(`::-p-xpath(//label[normalize-space()="${edit.label}"])`);
      const id = await label.evaluate((l) => l.htmlFor);
      if (edit.select) {
        await author.select(`#${id}`, edit.select);
      } else {
        await author.locator(`#${id}`).fill(edit.value);
      }
      await author.waitForFunction(new Function('s', `const el = document.querySelector(s); return el && (${edit.check.toString()})(el);`), { timeout: WAIT }, selector);
    }
    // Publish as a person does: the Publish button, then the confirming one.
    await author.locator('button.editor-post-publish-panel__toggle').click();
    await author.locator('.editor-post-publish-panel button.editor-post-publish-button').click();
    await author.waitForFunction(() => wp.data.select('core/editor').isCurrentPostPublished() && !wp.data.select('core/editor').isSavingPost(), { timeout: WAIT });
    const link = await author.evaluate(() => wp.data.select('core/editor').getPermalink());
    const widgets = await visit(reader, link, 3);
    assert.ok(widgets[0].links.includes('tel:999'));
    assert.equal(widgets[1].attributes['heading-level'], '4');
    assert.ok(widgets[2].text.includes('Editor Clinic'));
  });

  it('keeps the front end and the plugin’s screens free of console errors and off-site requests', () => {
    // Readers' pages must be clean; on WordPress's own screens, errors that name the plugin count
    // (WordPress 6.1 itself logs failed avatar and news requests on a closed network).
    const ours = consoleErrors.filter((e) => e.label === 'reader' || /knee|kp-|pt-cta|relief-tips/i.test(e.text));
    assert.deepEqual(ours, []);
    assert.deepEqual(offsite, []);
  });

  it('removes its option when deleted from the Plugins screen (uninstall.php)', async () => {
    await admin.goto(`${site.url}/wp-admin/plugins.php`, { waitUntil: 'domcontentloaded' });
    await Promise.all([
      admin.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      admin.locator('tr[data-slug="knee-pain-widgets"] .deactivate a').click(),
    ]);
    admin.once('dialog', (dialog) => void dialog.accept());
    await admin.locator('tr[data-slug="knee-pain-widgets"] .delete a').click();
    await admin.waitForFunction(() => document.querySelector('tr.plugin-deleted-tr'), { timeout: WAIT });
    assert.equal(await php('option', 'knee_pain_widgets_settings'), null);
    assert.deepEqual((await php('plugin-state')).installed.filter((p) => p.startsWith('knee-pain-widgets/')), []);
  });

  it('leaves no PHP notice, warning or error from the plugin in debug.log', () => {
    const lines = readFileSync(site.paths.debugLog, 'utf8').split('\n').filter(Boolean);
    const fromPlugin = lines.filter((l) => /knee-pain-widgets|knee_pain_widgets/.test(l));
    assert.deepEqual(fromPlugin, []);
    // WordPress 6.1's own code predates PHP 8.2 and logs "Deprecated" lines about itself; anything
    // worse, from anywhere, fails.
    const serious = lines.filter((l) => /PHP (Notice|Warning|Fatal error|Parse error|Recoverable)/.test(l));
    assert.deepEqual(serious, []);
    const core = lines.filter((l) => /PHP Deprecated/.test(l) && !l.includes(`${'/usr/share/wordpress'}/`));
    assert.deepEqual(core, [], 'every deprecation comes from WordPress itself');
  });
});
