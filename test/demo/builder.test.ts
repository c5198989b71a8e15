import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { escapeHtml, formatSize, renderSnippet, buildConfig, SCRIPT_PLACEHOLDER, sizeOf } from '../../demo/snippet.js';
import { getArticle } from '../../src/content/index.js';
import { LANGUAGES, languageName } from '../../src/shared/language.js';
import { darkBrand } from '../../src/shared/tokens.js';
import { axeViolations, clickIn, closeFrames, openFrame, settle, TAGS, text, typeKeys, waitFor, widgetsReady, type Frame, type Widget } from '../../src/test/helpers.js';

const BUNDLE = new URL('/dist/knee-pain-widgets.js', location.origin).href;

let frame: Frame;

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = frame.doc.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in the builder`);
  return found;
};
const snippetText = () => $<HTMLTextAreaElement>('#snippet').value;
const preview = <T extends Widget = Widget>(tag: string) => $<T>(`#preview ${tag}`);
const shadow = (el: Element) => el.shadowRoot!;

/** Clicks into a text field (real click), selects what is there and types over it (real keys). */
async function typeInto(selector: string, text: string): Promise<HTMLInputElement> {
  const input = $<HTMLInputElement>(selector);
  await clickIn(frame, input);
  await waitFor(() => frame.doc.activeElement === input, `focus on ${selector}`);
  input.select();
  if (text) await typeKeys(text);
  else await sendKeys({ press: 'Backspace' });
  await settle(frame);
  return input;
}

/** Leaves the focused field with the Tab key, as a person would. */
async function tabAway(): Promise<void> {
  await sendKeys({ press: 'Tab' });
  await settle(frame);
}

/** The start tag of `tag` in the snippet. */
const startTag = (snippet: string, tag: string) => {
  // Only the start tag: a pre-rendered widget's line goes on with its shadow root. (A `>` inside an
  // attribute value is always escaped as &gt;.)
  const line = snippet.split('\n').find((l) => l.startsWith(`<${tag}`));
  return line?.slice(0, line.indexOf('>') + 1);
};

/** Opens the builder and waits for its first snippet, made with the pre-rendered templates (they load after the page). */
async function openBuilder() {
  frame = await openFrame({ src: '/demo/builder.html' });
  await widgetsReady(frame);
  await waitFor(() => snippetText() && $<HTMLTextAreaElement>('#snippet').dataset.prerendered === 'true', 'the first snippet, pre-rendered');
}

async function closeBuilder() {
  await resetMouse();
  closeFrames();
}

describe('demo/builder.html: snippet builder', () => {
  beforeEach(openBuilder);
  afterEach(closeBuilder);

  it('gives every form control a visible label', () => {
    const controls = [...frame.doc.querySelectorAll<HTMLInputElement>('#builder-form input, #builder-form select, #snippet')];
    expect(controls.length).to.be.greaterThan(12);
    for (const control of controls) {
      const labels = [...(control.labels ?? [])];
      expect(labels.length, `label for #${control.id || control.name}`).to.be.greaterThan(0);
      expect(labels.some((l) => l.getClientRects().length > 0 && l.textContent!.trim().length > 1), `visible label for ${control.id}`).to.equal(true);
    }
    // A check box per widget (from the widget list), the GTM opt-in and the language switch.
    for (const id of [...TAGS.map((tag) => `w-${tag}`), 'data-layer', 'brand-picker', 'language-switch']) {
      expect($<HTMLInputElement>(`#${id}`).labels!.length, id).to.equal(1);
    }
  });

  it('is accessible by axe in its first state and while showing a mistake', async () => {
    expect(await axeViolations(frame)).to.deep.equal([]);
    await typeInto('#booking-url', 'not a web address');
    await tabAway();
    expect($('#booking-url').getAttribute('aria-invalid')).to.equal('true');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('suggests the https:// address when the scheme is missing', async () => {
    const input = await typeInto('#booking-url', 'example.com/book');
    await tabAway();
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($('#booking-url-error').textContent).to.contain('Did you mean https://example.com/book?');
  });

  it('is accessible by axe on a wide screen, where form and preview sit side by side', async () => {
    closeFrames();
    frame = await openFrame({ src: '/demo/builder.html' }, 1280, 900);
    await widgetsReady(frame);
    const form = $('#builder-form').getBoundingClientRect();
    const previewBox = $('.preview').getBoundingClientRect();
    expect(previewBox.left).to.be.greaterThan(form.right);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('starts with a snippet that loads the bundle as a module from a placeholder address', () => {
    const snippet = snippetText();
    expect(snippet).to.contain(`<script type="module" src="${SCRIPT_PLACEHOLDER}"></script>`);
    expect(snippet).to.contain('upload dist/knee-pain-widgets.js to your site');
    for (const tag of TAGS) expect(snippet).to.contain(`<${tag} `);
    expect($<HTMLTextAreaElement>('#snippet').readOnly).to.equal(true);
  });

  it('updates the preview and the snippet as the clinic name is typed', async () => {
    await typeInto('#clinic-name', 'Maple Street Physio');
    const strong = shadow(preview('pt-cta')).querySelector('strong')!;
    expect(strong.textContent).to.equal('Maple Street Physio');
    expect(startTag(snippetText(), 'pt-cta')).to.contain('clinic-name="Maple Street Physio"');

    await typeInto('#phone', '(413) 555-0199');
    await typeInto('#booking-url', 'https://example.com/book-now');
    const root = shadow(preview('pt-cta'));
    expect(root.querySelector('[part=call]')!.getAttribute('href')).to.equal('tel:4135550199');
    expect(root.querySelector('[part=book]')!.getAttribute('href')).to.equal('https://example.com/book-now');
    const tag = startTag(snippetText(), 'pt-cta')!;
    expect(tag).to.contain('phone="(413) 555-0199"');
    expect(tag).to.contain('booking-url="https://example.com/book-now"');
  });

  it('flags a bad booking address with aria-invalid and a linked message, and clears it when fixed', async () => {
    const input = await typeInto('#booking-url', 'javascript:alert(1)');
    await tabAway();
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = $('#booking-url-error');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('booking-url-error');
    expect(error.textContent).to.match(/https:\/\//);
    expect(error.getClientRects().length).to.be.greaterThan(0);
    expect(snippetText()).not.to.contain('javascript:');
    expect(preview('pt-cta').hasAttribute('booking-url')).to.equal(false);

    await typeInto('#booking-url', 'https://example.com/book');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(error.textContent).to.equal('');
    expect(snippetText()).to.contain('booking-url="https://example.com/book"');
  });

  it('flags a bad phone number the same way', async () => {
    const input = await typeInto('#phone', 'call us!');
    await tabAway();
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('phone-error');
    expect($('#phone-error').textContent).to.match(/7 to 15 digits/);
    expect(startTag(snippetText(), 'pt-cta')).not.to.contain('phone=');
  });

  it('does not scold while a field is being typed for the first time', async () => {
    const input = await typeInto('#phone', '413');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect($('#phone-error').textContent).to.equal('');
  });

  it('escapes the clinic name in the snippet but shows it as typed', async () => {
    const name = `A "B" <C> & D's`;
    await typeInto('#clinic-name', name);
    expect(startTag(snippetText(), 'pt-cta')).to.contain('clinic-name="A &quot;B&quot; &lt;C&gt; &amp; D&#39;s"');
    expect(snippetText()).not.to.contain('<C>');
    expect(shadow(preview('pt-cta')).querySelector('strong')!.textContent).to.equal(name);
    expect(preview('pt-cta').getAttribute('clinic-name')).to.equal(name);
  });

  it('escapes every special character, in attribute values and link text', () => {
    expect(escapeHtml(`&<>"'`)).to.equal('&amp;&lt;&gt;&quot;&#39;');
    const snippet = renderSnippet(
      buildConfig({
        clinicName: `"><script>alert(1)</script>`,
        bookingUrl: `https://example.com/?a=1&b="2"`,
        phone: '413 555 0142',
        emergencyNumber: '911',
        widgets: { 'pt-cta': true },
      }),
    );
    expect(snippet).not.to.contain('<script>alert');
    expect(snippet).to.contain('clinic-name="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).to.contain('booking-url="https://example.com/?a=1&amp;b=%222%22"');
    expect(snippet).to.contain('<a href="https://example.com/?a=1&amp;b=%222%22">Book an evaluation</a>');
  });

  it('warns when the brand colour is too light for white button text, and puts it in the snippet', async () => {
    const brand = await typeInto('#brand', '#ffcc00');
    const warning = $('#brand-warning');
    expect(warning.getClientRects().length).to.be.greaterThan(0);
    expect(warning.textContent).to.contain('4.5:1');
    expect(warning.textContent).to.contain('#ffffff');
    expect(brand.getAttribute('aria-describedby')!.split(' ')).to.include('brand-warning');
    expect($<HTMLInputElement>('#brand-picker').value).to.equal('#ffcc00');
    for (const tag of TAGS) expect(startTag(snippetText(), tag)).to.contain('style="--kp-color-brand: #ffcc00"');
    expect(getComputedStyle(preview('pt-cta')).getPropertyValue('--kp-color-brand').trim()).to.equal('#ffcc00');

    await typeInto('#brand', '#17634d');
    expect(warning.textContent).to.equal('');
    expect(warning.getClientRects().length).to.equal(0);
  });

  it('adds who reviewed the health content and when to both health widgets, not to the CTA', async () => {
    await typeInto('#reviewed-by', 'Dana Ruiz, PT, DPT');
    const date = $<HTMLInputElement>('#reviewed-on');
    expect(date.max).to.match(/^\d{4}-\d{2}-\d{2}$/);
    date.value = '2026-03-03';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    date.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(frame);
    for (const tag of ['knee-pain-causes', 'relief-tips']) {
      const start = startTag(snippetText(), tag)!;
      expect(start, tag).to.contain('reviewed-by="Dana Ruiz, PT, DPT"').and.contain('reviewed-on="2026-03-03"');
      expect(start, tag).to.contain('emergency-number="911"');
      const line = shadow(preview(tag)).querySelector('[part=reviewed]')!;
      expect(line.textContent, tag).to.equal('Reviewed by Dana Ruiz, PT, DPT on March 3, 2026.');
    }
    expect(startTag(snippetText(), 'pt-cta')).not.to.contain('reviewed');
    expect($('#notes').textContent).not.to.contain('clinician');
  });

  it('refuses a review date in the future, with a linked message, and leaves it out', async () => {
    expect($('#notes').textContent).to.contain('clinician');
    const date = $<HTMLInputElement>('#reviewed-on');
    date.value = '2999-01-01';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    date.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(frame);
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(date.getAttribute('aria-describedby')!.split(' ')).to.include('reviewed-on-error');
    expect($('#reviewed-on-error').textContent).to.contain('future');
    expect(snippetText()).not.to.contain('reviewed-on=');
    expect(preview('relief-tips').hasAttribute('reviewed-on')).to.equal(false);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('checks the review date with the widgets’ own rules', () => {
    const config = (reviewedOn: string) =>
      buildConfig({ emergencyNumber: '911', reviewedBy: ' Sam  Lee ', reviewedOn, widgets: { causes: true, tips: true } });
    const ok = config('2024-02-29');
    expect(ok.errors).to.deep.equal({});
    for (const widget of ok.widgets) {
      expect(widget.attributes).to.deep.include.members([
        ['reviewed-by', 'Sam Lee'],
        ['reviewed-on', '2024-02-29'],
      ]);
    }
    for (const bad of ['2026-02-29', '03/03/2026', '2999-12-31']) {
      const result = config(bad);
      expect(result.errors.reviewedOn, bad).to.be.a('string');
      for (const widget of result.widgets) expect(widget.attributes.map(([name]) => name), bad).not.to.include('reviewed-on');
    }
  });

  it('checks a brand colour in both themes, with the dark brand derived or given', async () => {
    const warning = $('#brand-warning');
    const radio = (value: string) => $<HTMLInputElement>(`input[name=theme][value=${value}]`);
    // A dark green reads in the light theme; the dark theme derives a lighter one that reads too.
    await typeInto('#brand', '#17634d');
    for (const theme of ['dark', 'auto']) {
      await clickIn(frame, radio(theme));
      await settle(frame);
      expect(warning.textContent, theme).to.equal('');
    }
    expect($('#brand-dark-derived').textContent).to.contain(darkBrand('#17634d')!);
    await clickIn(frame, radio('dark'));
    await settle(frame);
    const book = shadow(preview('pt-cta')).querySelector('[part=book]');
    // The preview shows the Book button only with a booking address.
    if (book) expect(getComputedStyle(book).backgroundColor).to.not.equal('rgb(23, 99, 77)');

    // Given as the dark brand itself, the same green is too dark for dark-mode readers.
    await typeInto('#brand-dark', '#17634d');
    expect(warning.textContent).to.contain('dark theme').and.contain('4.5:1').and.contain('#17634d');
    for (const tag of TAGS) {
      expect(startTag(snippetText(), tag)).to.contain('style="--kp-color-brand: #17634d; --kp-color-brand-dark: #17634d"');
    }
    await typeInto('#brand-dark', '#7fd1b0');
    expect(warning.textContent).to.equal('');

    // A light brand colour cannot carry white text or be link text on white: warned in light and auto.
    await typeInto('#brand-dark', '');
    await typeInto('#brand', '#8cc3ff');
    await clickIn(frame, radio('auto'));
    await settle(frame);
    expect(warning.textContent).to.contain('light theme').and.not.contain('dark theme');
  });

  it('writes the chosen language on every widget, with the fallback links in it, and a switch on the first', async () => {
    const select = $<HTMLSelectElement>('#language');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', ...LANGUAGES]);
    expect([...select.options].slice(1).map((o) => o.textContent)).to.deep.equal(LANGUAGES.map(languageName));
    await typeInto('#booking-url', 'https://example.com/book');
    select.value = 'es';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(frame);
    for (const tag of TAGS) {
      expect(startTag(snippetText(), tag)).to.contain(' lang="es"');
      expect(shadow(preview(tag)).querySelector('[part=base]')!.getAttribute('lang')).to.equal('es');
    }
    expect(text(shadow(preview('knee-pain-causes')).querySelector('[part=heading]'))).to.equal(getArticle('es').causes.heading);
    expect(snippetText()).to.contain(`>${getArticle('es').cta.defaultButtonLabel}</a>`);

    await clickIn(frame, $('#language-switch'));
    await settle(frame);
    const tagsWithSwitch = TAGS.filter((tag) => startTag(snippetText(), tag)!.includes(' language-switch'));
    expect(tagsWithSwitch).to.deep.equal([TAGS[0]]);
    expect(shadow(preview(TAGS[0])).querySelector('[part=language-switch]')).to.not.equal(null);

    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(frame);
    for (const tag of TAGS) expect(startTag(snippetText(), tag)).not.to.contain(' lang=');
  });

  it('moves between the three tabs with the arrow keys, Home and End', async () => {
    const tab = (name: string) => $(`#tab-${name}`);
    const panel = (name: string) => $(`#panel-${name}`);
    await clickIn(frame, tab('any'));
    await waitFor(() => frame.doc.activeElement === tab('any'), 'focus on the first tab');
    expect(tab('any').getAttribute('aria-selected')).to.equal('true');

    await sendKeys({ press: 'ArrowRight' });
    expect(frame.doc.activeElement).to.equal(tab('wordpress'));
    expect(tab('wordpress').getAttribute('aria-selected')).to.equal('true');
    expect(tab('any').getAttribute('aria-selected')).to.equal('false');
    expect(panel('wordpress').hidden).to.equal(false);
    expect(panel('any').hidden).to.equal(true);
    expect(panel('wordpress').textContent).to.contain('Custom HTML block');
    expect(panel('wordpress').querySelectorAll('ol > li').length).to.be.greaterThan(2);

    await sendKeys({ press: 'End' });
    expect(frame.doc.activeElement).to.equal(tab('squarespace'));
    expect(panel('squarespace').hidden).to.equal(false);
    expect(panel('squarespace').textContent).to.contain('Code block');
    expect(panel('squarespace').textContent).to.match(/plan/i);

    await sendKeys({ press: 'ArrowRight' });
    expect(frame.doc.activeElement).to.equal(tab('any'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(frame.doc.activeElement).to.equal(tab('squarespace'));
    await sendKeys({ press: 'Home' });
    expect(frame.doc.activeElement).to.equal(tab('any'));
    expect(panel('any').hidden).to.equal(false);
    // Only the selected tab is in the Tab order.
    expect([...frame.doc.querySelectorAll('[role=tab]')].map((t) => (t as HTMLElement).tabIndex)).to.deep.equal([0, -1, -1]);
  });

  it('copies the snippet with the Clipboard API and says so politely', async () => {
    let copied: string | undefined;
    Object.defineProperty(frame.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    const status = $('#copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    await clickIn(frame, $('#copy'));
    await waitFor(() => status.textContent, 'the copy message');
    expect(copied).to.equal(snippetText());
    expect(status.textContent).to.equal('Copied');
  });

  it('falls back to selecting the snippet when the Clipboard API is missing', async () => {
    Object.defineProperty(frame.win.navigator, 'clipboard', { configurable: true, value: undefined });
    const status = $('#copy-status');
    await clickIn(frame, $('#copy'));
    await waitFor(() => status.textContent, 'the copy message');
    const textarea = $<HTMLTextAreaElement>('#snippet');
    expect(frame.doc.activeElement).to.equal(textarea);
    expect(textarea.selectionStart).to.equal(0);
    expect(textarea.selectionEnd).to.equal(textarea.value.length);
    expect(status.textContent).to.match(/Copied|Ctrl\+C/);
  });

  it('leaves out a widget whose checkbox is turned off with the keyboard', async () => {
    const box = $<HTMLInputElement>('#w-relief-tips');
    await clickIn(frame, $<HTMLInputElement>('#w-knee-pain-causes'));
    await sendKeys({ press: 'Tab' });
    await waitFor(() => frame.doc.activeElement === box, 'focus on the relief tips checkbox');
    await sendKeys({ press: ' ' });
    await settle(frame);
    expect(box.checked).to.equal(false);
    // Clicking the first checkbox turned causes off; the space bar turned tips off.
    expect(preview('relief-tips').hidden).to.equal(true);
    expect(preview('knee-pain-causes').hidden).to.equal(true);
    expect(preview('pt-cta').hidden).to.equal(false);
    expect(snippetText()).not.to.contain('<relief-tips');
    expect(snippetText()).not.to.contain('<knee-pain-causes');
    expect(snippetText()).to.contain('<pt-cta');
  });

  it('round trip: the snippet pasted into a blank page renders the same widgets', async () => {
    const name = `A "B" <C> & D's Clinic`;
    await typeInto('#clinic-name', name);
    await typeInto('#phone', '+44 20 7946 0958');
    await typeInto('#booking-url', 'https://example.com/book?src=site&x="1"');
    await typeInto('#emergency-number', '112');
    await typeInto('#brand', '#8cc3ff');
    await clickIn(frame, $('input[name=theme][value=dark]'));
    await clickIn(frame, $('#data-layer'));
    const level = $<HTMLSelectElement>('#heading-level');
    level.value = '3';
    level.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(frame);
    expect($<HTMLInputElement>('input[name=theme][value=dark]').checked).to.equal(true);
    expect($<HTMLInputElement>('#data-layer').checked).to.equal(true);

    const snippet = snippetText();
    expect(snippet).to.contain(' data-layer');
    const html = snippet.replace(SCRIPT_PLACEHOLDER, BUNDLE);
    expect(html).to.contain(`src="${BUNDLE}"`);

    const builder = frame;
    const pasted = await openFrame({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${html}</body></html>`,
    });
    await widgetsReady(pasted);

    const attrs = (el: Element) =>
      Object.fromEntries(el.getAttributeNames().filter((n) => n !== 'hidden').map((n) => [n, el.getAttribute(n)]));
    for (const tag of TAGS) {
      const original = builder.doc.querySelector(`#preview ${tag}`)!;
      const copy = pasted.doc.querySelector(tag)!;
      expect(copy, tag).not.to.equal(null);
      expect(attrs(copy), tag).to.deep.equal(attrs(original));
      const base = shadow(copy).querySelector('[part=base]')!;
      expect(base.classList.contains('dark'), `${tag} dark`).to.equal(true);
      expect(shadow(copy).querySelector('[part=heading]')!.tagName, `${tag} heading`).to.equal('H3');
      expect(getComputedStyle(copy).getPropertyValue('--kp-color-brand').trim()).to.equal('#8cc3ff');
    }

    const cta = pasted.doc.querySelector<Widget & { dataLayer: boolean }>('pt-cta')!;
    const root = shadow(cta);
    expect(root.querySelector('strong')!.textContent).to.equal(name);
    expect(root.querySelector('[part=book]')!.getAttribute('href')).to.equal('https://example.com/book?src=site&x=%221%22');
    expect(root.querySelector('[part=call]')!.getAttribute('href')).to.equal('tel:+442079460958');
    expect(cta.dataLayer).to.equal(true);
    // The same links the preview shows.
    const previewRoot = shadow(builder.doc.querySelector('#preview pt-cta')!);
    for (const part of ['book', 'call']) {
      expect(root.querySelector(`[part=${part}]`)!.getAttribute('href')).to.equal(
        previewRoot.querySelector(`[part=${part}]`)!.getAttribute('href'),
      );
    }
    const emergency = shadow(pasted.doc.querySelector('knee-pain-causes')!).querySelector('a[href^="tel:"]')!;
    expect(emergency.getAttribute('href')).to.equal('tel:112');
    // The relief tips' caution calls the same number.
    const caution = shadow(pasted.doc.querySelector('relief-tips')!).querySelector('[part=safety] a')!;
    expect(caution.getAttribute('href')).to.equal('tel:112');

    // The fallback links are in the markup, but unslotted, so the rendered widget hides them.
    const fallback = [...cta.querySelectorAll('a')];
    expect(fallback.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.com/book?src=site&x=%221%22',
      'tel:+442079460958',
    ]);
    for (const a of fallback) expect(a.getClientRects().length, a.href).to.equal(0);
  });

  it('round trip without the script: the fallback links are what readers see', async () => {
    // The plain tags (the text in the page has its own round trips below).
    await clickIn(frame, $('#prerender'));
    await waitFor(() => $<HTMLTextAreaElement>('#snippet').dataset.prerendered === 'false', 'the plain snippet');
    await typeInto('#booking-url', 'https://example.com/book');
    const html = snippetText().replace(/<script[^>]*><\/script>/, '');
    const pasted = await openFrame({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No script</title></head><body>${html}</body></html>`,
    });
    expect(pasted.win.customElements.get('pt-cta')).to.equal(undefined);
    const link = pasted.doc.querySelector('pt-cta a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/book');
    expect(link.textContent).to.equal('Book an evaluation');
    expect(link.getClientRects().length).to.be.greaterThan(0);
  });
});

describe('demo/builder.html: Measure (analytics, campaign tags, Tag Manager file, structured data)', () => {
  beforeEach(openBuilder);
  afterEach(closeBuilder);

  const box = (id: string) => $<HTMLInputElement>(`#${id}`);
  const tick = async (id: string) => {
    await clickIn(frame, box(id));
    await settle(frame);
  };
  /** The snippet as a browser parses it. */
  const parsed = () => new DOMParser().parseFromString(`<!doctype html><body>${snippetText()}`, 'text/html');
  const jsonLd = () => {
    const blocks = [...parsed().querySelectorAll('script[type="application/ld+json"]')];
    return blocks.map((b) => JSON.parse(b.textContent!) as Record<string, unknown>);
  };
  const download = () => $<HTMLAnchorElement>('#gtm-download');
  const containerFile = () => {
    const href = download().getAttribute('href')!;
    const prefix = 'data:application/json;charset=utf-8,';
    expect(href.startsWith(prefix)).to.equal(true);
    return JSON.parse(decodeURIComponent(href.slice(prefix.length))) as {
      exportFormatVersion: number;
      containerVersion: { trigger: { customEventFilter: { parameter: { key: string; value: string }[] }[] }[]; tag: { parameter: { key: string; value: string }[] }[] };
    };
  };
  const triggerEvents = () =>
    containerFile().containerVersion.trigger.map((t) => t.customEventFilter[0].parameter.find((p) => p.key === 'arg1')!.value);

  it('starts with nothing sent, topics off, and structured data on', () => {
    for (const id of ['data-layer', 'gtag', 'pass-utm', 'data-layer-topics']) expect(box(id).checked, id).to.equal(false);
    expect(box('json-ld').checked).to.equal(true);
    for (const id of ['gtag', 'pass-utm', 'data-layer-topics', 'measurement-id', 'json-ld']) {
      expect(box(id).labels!.length, id).to.equal(1);
    }
    for (const tag of TAGS) expect(startTag(snippetText(), tag)).not.to.match(/ (data-layer|gtag|pass-utm)/);
    expect(jsonLd()).to.have.length(1);
    expect(download().hidden).to.equal(true);
  });

  it('puts data-layer and gtag on all three widgets, pass-utm on the CTA, topics on the causes only', async () => {
    await typeInto('#booking-url', 'https://example.com/book');
    await tick('data-layer');
    await tick('gtag');
    await tick('pass-utm');
    for (const tag of TAGS) {
      const start = startTag(snippetText(), tag)!;
      expect(start, tag).to.contain(' data-layer').and.contain(' gtag');
      expect(start.includes(' pass-utm'), tag).to.equal(tag === 'pt-cta');
      expect(start, tag).not.to.contain('data-layer-topics');
      expect(preview(tag).hasAttribute('gtag'), tag).to.equal(true);
    }
    // Both routes at once count twice where GA4 runs through Tag Manager: the builder says so.
    expect($('#notes').textContent).to.contain('counted twice');

    await tick('data-layer-topics');
    expect(startTag(snippetText(), 'knee-pain-causes')).to.contain(' data-layer-topics');
    for (const tag of TAGS.filter((t) => t !== 'knee-pain-causes')) expect(startTag(snippetText(), tag)).not.to.contain('topics');

    // Without a destination, topics mean nothing and are left out.
    await tick('data-layer');
    await tick('gtag');
    expect(snippetText()).not.to.contain('data-layer-topics');
  });

  it('warns plainly while topics are on, in a message linked to the box, and stays accessible', async () => {
    const warning = $('#topics-warning');
    expect(warning.getClientRects().length).to.equal(0);
    await tick('data-layer-topics');
    expect(box('data-layer-topics').getAttribute('aria-describedby')!.split(' ')).to.include('topics-warning');
    expect(warning.getClientRects().length).to.be.greaterThan(0);
    expect(warning.textContent).to.contain('health').and.contain('Leave it off');
    expect(await axeViolations(frame)).to.deep.equal([]);
    await tick('data-layer-topics');
    expect(warning.textContent).to.equal('');
  });

  it('offers the Tag Manager file once Tag Manager is on and a measurement ID is given', async () => {
    expect(download().hidden).to.equal(true);
    expect($('#gtm-file-status').textContent).to.contain('Turn on');
    await tick('data-layer');
    expect($('#gtm-file-status').textContent).to.contain('measurement ID');

    await typeInto('#measurement-id', 'UA-1234-5');
    await tabAway();
    expect(box('measurement-id').getAttribute('aria-invalid')).to.equal('true');
    expect($('#measurement-id-error').textContent).to.contain('G-');
    expect(download().hidden).to.equal(true);

    await typeInto('#measurement-id', 'g-ab12cd34ef');
    expect(box('measurement-id').hasAttribute('aria-invalid')).to.equal(false);
    expect(download().hidden).to.equal(false);
    expect(download().getAttribute('download')).to.equal('knee-pain-widgets-gtm-container.json');
    const file = containerFile();
    expect(file.exportFormatVersion).to.equal(2);
    expect(triggerEvents()).to.deep.equal(['kp_widget_view', 'kp_cta_click']);
    for (const tag of file.containerVersion.tag) {
      expect(tag.parameter.find((p) => p.key === 'measurementIdOverride')!.value).to.equal('G-AB12CD34EF');
    }

    // Topics add the cause-toggle trigger; without them the file names no health topic.
    await tick('data-layer-topics');
    expect(triggerEvents()).to.deep.equal(['kp_widget_view', 'kp_cta_click', 'kp_cause_toggle']);
    await tick('data-layer-topics');
    expect(decodeURIComponent(download().getAttribute('href')!)).not.to.contain('cause');

    // The link is a real link: the keyboard reaches it.
    download().focus();
    expect(frame.doc.activeElement === download()).to.equal(true);
  });

  it('writes structured data from the filled-in form that no clinic name can break out of', async () => {
    const name = 'Clinic </script><script>window.hacked=1</script><!-- x';
    await typeInto('#clinic-name', name);
    await typeInto('#phone', '(413) 555-0142');
    await typeInto('#booking-url', 'https://example.com/book');
    await typeInto('#reviewed-by', 'Dana Ruiz, PT, DPT');
    const reviewedOn = box('reviewed-on');
    reviewedOn.value = '2026-03-03';
    reviewedOn.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(frame);

    const doc = parsed();
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.type)).to.deep.equal(['module', 'application/ld+json']);
    for (const tag of TAGS) expect(doc.querySelectorAll(tag), `${tag} after the block`).to.have.length(1);
    const [data] = jsonLd();
    expect(data['@type']).to.equal('MedicalWebPage');
    expect(data.inLanguage).to.equal('en');
    expect(data.lastReviewed).to.equal('2026-03-03');
    expect(data.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Dana Ruiz, PT, DPT' });
    expect(data.publisher).to.deep.equal({
      '@type': 'Physiotherapy',
      name,
      telephone: '(413) 555-0142',
      potentialAction: { '@type': 'ReserveAction', target: 'https://example.com/book' },
    });
    expect(snippetText()).not.to.contain('</script><script>window.hacked');

    // Pasted into a page, the block stays one inert element and the widgets still render.
    const pasted = await openFrame({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${snippetText().replace(SCRIPT_PLACEHOLDER, BUNDLE)}</body></html>`,
    });
    await widgetsReady(pasted);
    expect((pasted.win as unknown as { hacked?: number }).hacked).to.equal(undefined);
    expect(pasted.doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    for (const tag of TAGS) expect(pasted.doc.querySelector(tag)!.shadowRoot, tag).not.to.equal(null);
  });

  it('writes the structured data in the widgets’ language, and leaves it out when turned off or with the CTA alone', async () => {
    const other = LANGUAGES.find((code) => code !== 'en');
    if (other) {
      const select = $<HTMLSelectElement>('#language');
      select.value = other;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(frame);
      const [data] = jsonLd();
      expect(data.inLanguage).to.equal(other);
      expect((data.about as { name: string }).name).to.equal(getArticle(other).topic);
    }
    await tick('json-ld');
    expect(jsonLd()).to.have.length(0);
    await tick('json-ld');
    expect(jsonLd()).to.have.length(1);
    for (const tag of TAGS.filter((t) => t !== 'pt-cta')) await tick(`w-${tag}`);
    expect(jsonLd(), 'a page with only the call to action is not the article').to.have.length(0);
  });
});

describe('demo/builder.html: put the text in the page (pre-rendered snippet)', () => {
  beforeEach(openBuilder);
  afterEach(closeBuilder);

  /** The snippet pasted into a page of its own, with or without its script. */
  const paste = (withScript: boolean) =>
    openFrame({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${
        withScript ? snippetText().replace(SCRIPT_PLACEHOLDER, BUNDLE) : snippetText().replace(/<script[^>]*><\/script>/, '')
      }<p id="after">after</p></body></html>`,
    });

  it('is on by default: every widget carries its text and styles, and the size of the code is shown', async () => {
    const code = snippetText();
    expect($<HTMLInputElement>('#prerender').checked).to.equal(true);
    expect(code.match(/<template shadowrootmode="open"><style>/g), 'one styled shadow root per widget').to.have.length(TAGS.length);
    const plainSize = formatSize(sizeOf(renderSnippet(buildConfig({ widgets: Object.fromEntries(TAGS.map((t) => [t, true])), emergencyNumber: '911' }))));
    expect($('#snippet-size').textContent).to.equal(`Size of this code: ${formatSize(sizeOf(code))} (${plainSize} without the text in the page).`);
    expect($<HTMLTextAreaElement>('#snippet').getAttribute('aria-describedby')!.split(' ')).to.include('snippet-size');

    await clickIn(frame, $('#prerender'));
    await waitFor(() => $<HTMLTextAreaElement>('#snippet').dataset.prerendered === 'false', 'the plain snippet');
    expect(snippetText()).not.to.contain('shadowrootmode');
    expect($('#snippet-size').textContent).to.equal(`Size of this code: ${formatSize(sizeOf(snippetText()))}.`);
    expect(sizeOf(snippetText())).to.be.lessThan(sizeOf(code));
  });

  it('escapes what the clinic typed, and the text reads exactly as the widget shows it', async () => {
    const name = `A "B" <C> & D's {{clinicName}}`;
    await typeInto('#clinic-name', name);
    await typeInto('#reviewed-by', `Dr <b>Ng</b> & "co"`);
    const code = snippetText();
    expect(code).not.to.contain('<C>');
    expect(code).not.to.contain('<b>Ng');
    expect(startTag(code, 'pt-cta')).to.contain('clinic-name="A &quot;B&quot; &lt;C&gt; &amp; D&#39;s {{clinicName}}"');
    expect(code).to.contain('<strong>A &quot;B&quot; &lt;C&gt; &amp; D&#39;s {{clinicName}}</strong>');

    const pasted = await paste(false);
    const cta = pasted.doc.querySelector('pt-cta')!;
    expect(pasted.win.customElements.get('pt-cta')).to.equal(undefined);
    expect(shadow(cta).querySelector('[part=message] strong')!.textContent).to.equal(name);
    expect(shadow(cta).querySelector('[part=message] strong')!.textContent).to.equal(
      shadow(preview('pt-cta')).querySelector('[part=message] strong')!.textContent,
    );
    const reviewed = shadow(pasted.doc.querySelector('knee-pain-causes')!).querySelector('[part=reviewed]')!;
    expect(reviewed.textContent).to.equal(shadow(preview('knee-pain-causes')).querySelector('[part=reviewed]')!.textContent);
    expect(reviewed.querySelector('b')).to.equal(null);
  });

  it('without the script, readers get the whole article, styled', async () => {
    await typeInto('#booking-url', 'https://example.com/book');
    const pasted = await paste(false);
    for (const tag of TAGS) {
      const el = pasted.doc.querySelector(tag)!;
      const base = shadow(el).querySelector<HTMLElement>('[part=base]')!;
      expect(parseFloat(pasted.win.getComputedStyle(base).borderTopWidth), `<${tag}> styled`).to.be.greaterThan(0);
      expect(text(base), `<${tag}> text`).to.equal(text(shadow(preview(tag)).querySelector('[part=base]')));
    }
    const book = shadow(pasted.doc.querySelector('pt-cta')!).querySelector<HTMLAnchorElement>('[part=book]')!;
    expect(book.href).to.equal('https://example.com/book');
    expect(book.getClientRects().length).to.be.greaterThan(0);
  });

  it('with the script, the widgets are taken over: one copy each, the text of the preview, nothing moved', async () => {
    await typeInto('#phone', '(413) 555-0199');
    const pasted = await paste(true);
    const after = pasted.doc.getElementById('after')!;
    await widgetsReady(pasted);
    const top = after.getBoundingClientRect().top;
    for (const tag of TAGS) {
      const el = pasted.doc.querySelector(tag)!;
      expect(shadow(el).querySelectorAll('[part=base]'), `<${tag}> copies`).to.have.length(1);
      expect(shadow(el).querySelector('style'), `<${tag}> server styles replaced`).to.equal(null);
      expect(text(shadow(el)), `<${tag}> text`).to.equal(text(shadow(preview(tag))));
    }
    const call = shadow(pasted.doc.querySelector('pt-cta')!).querySelector<HTMLAnchorElement>('[part=call]')!;
    expect(call.getAttribute('href')).to.equal('tel:4135550199');
    expect(after.getBoundingClientRect().top).to.equal(top);
  });

  it("a site that blocks inline styles gets knee-pain-widgets.css linked beside its script", async () => {
    await clickIn(frame, $('#prerender-linked'));
    await waitFor(() => snippetText().includes('<link rel="stylesheet"'), 'the linked form');
    expect(snippetText()).not.to.contain('<style>');
    expect(snippetText().match(/<link rel="stylesheet" href="https:\/\/YOUR-SITE\.example\/knee-pain-widgets\.css">/g)).to.have.length(TAGS.length);
    await typeInto('#script-url', 'https://clinic.example/js/knee-pain-widgets.js');
    await waitFor(() => snippetText().includes('https://clinic.example/js/knee-pain-widgets.css'), 'the stylesheet beside the script');
    // Turning the text off turns the stylesheet choice off with it.
    await clickIn(frame, $('#prerender'));
    await waitFor(() => $<HTMLInputElement>('#prerender-linked').disabled, 'the stylesheet choice disabled');
    expect(snippetText()).not.to.contain('knee-pain-widgets.css');
  });
});
