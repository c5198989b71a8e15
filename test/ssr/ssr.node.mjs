// Server-side rendering check (Node, no browser): every element renders to declarative-shadow-DOM
// HTML with @lit-labs/ssr from the npm build, which proves the elements touch no DOM or `window`
// in their constructors, in render() or at module top level, and that their output holds the
// article and validated links. Run by `npm test` (see package.json "test:ssr"). The second half
// checks the pre-renderer built on it (src/render, `prerender`): what its markup looks like; the
// browser tests in test/render/ check what it does in a page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

// Loaded after @lit-labs/ssr has installed its DOM shim, exactly as a server would.
await import('../../dist/lib/index.js');

const ssr = async (template) => collectResult(render(template));

test('<knee-pain-causes> renders the urgent block and all causes on the server', async () => {
  const out = await ssr(html`<knee-pain-causes emergency-number="112" heading-level="3"></knee-pain-causes>`);
  assert.match(out, /<template shadowroot(mode)?="open"/);
  assert.match(out, /When to get help now/);
  assert.match(out, /href="tel:112"/);
  assert.match(out, /<h3 part="heading"/);
  for (const id of ['bakers-cyst', 'athletic-injury', 'clot-or-tumor', 'nerve-artery-compression']) {
    assert.match(out, new RegExp(`data-id="${id}"`));
  }
});

test('<relief-tips> renders the six tips on the server', async () => {
  const out = await ssr(html`<relief-tips layout="list"></relief-tips>`);
  assert.equal(out.match(/part="tip"/g)?.length, 6);
  assert.match(out, /Rest, Ice, Compression and Elevation/);
});

test('<pt-cta> renders validated links on the server, and none from bad input', async () => {
  const good = await ssr(
    html`<pt-cta clinic-name="Northside PT" phone="617-555-0123" booking-url="https://example.com/book"></pt-cta>`,
  );
  assert.match(good, /href="https:\/\/example.com\/book"/);
  assert.match(good, /href="tel:6175550123"/);
  assert.match(good, /Northside PT/);

  const warnings = [];
  const original = console.warn;
  console.warn = (message) => warnings.push(String(message));
  try {
    const bad = await ssr(html`<pt-cta booking-url="javascript:alert(1)" phone="nope"></pt-cta>`);
    assert.doesNotMatch(bad, /href="javascript:/i);
    assert.doesNotMatch(bad, /part="book"|part="call"/);
  } finally {
    console.warn = original;
  }
  assert.equal(warnings.length, 2);
});

test('a widget renders in the language of its own lang attribute on the server', async () => {
  const out = await ssr(html`<knee-pain-causes lang="es-MX"></knee-pain-causes><pt-cta lang="fr"></pt-cta>`);
  assert.match(out, /Dolor detrás de la rodilla: por qué duele/);
  assert.match(out, /lang="es"/);
  // An unsupported language falls back to English.
  assert.match(out, /Don’t ignore pain behind your knee/);
});

test('the package maps knee-pain-widgets/<tag>.js to each per-element entry point', async () => {
  const { WIDGET_TAGS } = await import('../../dist/lib/widget-list.js');
  for (const tag of WIDGET_TAGS) {
    assert.match(import.meta.resolve(`knee-pain-widgets/${tag}.js`), new RegExp(`/dist/lib/define/${tag}\\.js$`));
  }
  assert.match(import.meta.resolve('knee-pain-widgets/knee-pain-widgets.js'), /\/dist\/knee-pain-widgets\.js$/);
});

// ---- The pre-renderer (knee-pain-widgets/render) --------------------------------------------------

const { prerender, stylesheet, STYLESHEET_FILE } = await import('../../dist/lib/render/index.js');
const quiet = (fn) => {
  const original = console.warn;
  const warnings = [];
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    return { out: fn(), warnings };
  } finally {
    console.warn = original;
  }
};

test('prerender(): the widget with its declarative shadow root, styles inlined, no hydration markers', () => {
  const out = prerender('pt-cta', { 'clinic-name': 'Northside PT', phone: '617-555-0123', 'booking-url': 'https://example.com/book' });
  assert.match(out, /^<pt-cta clinic-name="Northside PT" phone="617-555-0123" booking-url="https:\/\/example.com\/book"><template shadowrootmode="open"><style>:host\{/);
  assert.match(out, /<\/template><\/pt-cta>$/);
  assert.doesNotMatch(out, /shadowroot="|lit-part|lit-node|<\?|<!--/);
  assert.match(out, /<a part="book" class="book" href="https:\/\/example.com\/book">Book an evaluation<\/a>/);
  assert.match(out, /href="tel:6175550123">Call <span>\(617\) 555-0123<\/span><\/a>/);
  // The same attributes always give the same string.
  assert.equal(prerender('pt-cta', { 'clinic-name': 'Northside PT', phone: '617-555-0123', 'booking-url': 'https://example.com/book' }), out);
});

test('prerender(): values are escaped, booleans are present or absent, the first of two names counts', () => {
  const { out, warnings } = quiet(() =>
    prerender('pt-cta', [
      ['clinic-name', `"><script>alert(1)</script>&'`],
      ['CLINIC-NAME', 'second'],
      ['booking-url', 'javascript:alert(1)'],
      ['data-layer', true],
      ['pass-utm', false],
    ]),
  );
  assert.match(out, /^<pt-cta clinic-name="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&amp;&#39;" booking-url="javascript:alert\(1\)" data-layer>/);
  assert.match(out, /<strong>&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&amp;&#39;<\/strong>/);
  assert.doesNotMatch(out, /<script>|href="javascript/);
  assert.deepEqual(warnings.map((w) => w.slice(0, 22)), ['<pt-cta> booking-url="']);
});

test('prerender(): a linked stylesheet instead of inline styles, for a strict style-src', () => {
  const out = prerender('relief-tips', { tips: 'rice' }, { stylesheet: '/assets/knee-pain-widgets.css?v="1"' });
  assert.match(out, /<template shadowrootmode="open"><link rel="stylesheet" href="\/assets\/knee-pain-widgets.css\?v=&quot;1&quot;"><div part="base"/);
  assert.doesNotMatch(out, /<style>/);
  assert.equal(STYLESHEET_FILE, 'knee-pain-widgets.css');
});

test('stylesheet(): the :host rules, then every rule scoped to the widgets, so it does nothing to the page', () => {
  const css = stylesheet();
  assert.match(css, /^:host\{display:block/);
  for (const tag of ['knee-pain-causes', 'relief-tips', 'pt-cta']) assert.match(css, new RegExp(`:host\\(${tag}\\)\\{`));
  // At the top level, only :host selectors: the page's own elements are untouched where the
  // page links the file too.
  const selectors = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i += 1) {
    if (css[i] === '{' && depth++ === 0) selectors.push(css.slice(start, i));
    if (css[i] === '}' && --depth === 0) start = i + 1;
  }
  assert.ok(selectors.length >= 5);
  for (const selector of selectors) {
    for (const one of selector.split(',')) assert.match(one, /^:host(\([\w-]+\)|\(\[hidden\]\))?$/, `top-level selector ${one}`);
  }
});

test("prerender(): mistakes in the calling code throw; a site owner's bad values never do", () => {
  assert.throws(() => prerender('knee-pain', {}), /Not a widget: <knee-pain>/);
  assert.throws(() => prerender('pt-cta', { 'on"click': 'x' }), /Not an attribute name/);
  const { out } = quiet(() => prerender('knee-pain-causes', { 'heading-level': 'x', theme: '<b>', 'emergency-number': 'none' }));
  assert.match(out, /<h2 part="heading">/);
  assert.match(out, /class="root light"/);
  assert.match(out, /href="tel:911"/);
});

test('the pre-renderer is for Node only: the drop-in bundle holds none of it', async () => {
  const { readFile } = await import('node:fs/promises');
  const bundle = await readFile(new URL('../../dist/knee-pain-widgets.js', import.meta.url), 'utf8');
  for (const text of ['LitElementRenderer', 'prerender', 'shadowrootmode', 'lit-part']) {
    assert.equal(bundle.includes(text), false, `the bundle contains "${text}"`);
  }
  // And the package entry knee-pain-widgets/render resolves only under Node's condition.
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(Object.keys(pkg.exports['./render']), ['types', 'node']);
  assert.ok(pkg.dependencies['@lit-labs/ssr'], '@lit-labs/ssr is a dependency, for the CLI');
});
