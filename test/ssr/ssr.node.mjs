// Server-side rendering check (Node, no browser): every element renders to declarative-shadow-DOM
// HTML with @lit-labs/ssr from the npm build, which proves the elements touch no DOM or `window`
// in their constructors, in render() or at module top level, and that their output holds the
// article and validated links. Run by `npm test` (see package.json "test:ssr"); a later step will
// use the same renderer to pre-render the widgets into pages.
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
