import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { en } from '../../content/index.js';
import '../../index.js';
import type { CtaClickEvent } from '../../shared/events.js';
import { isRendered, preventNavigation, shadow, spyOnWarn, text } from '../../test/helpers.js';
import type { PtCta } from './pt-cta.js';

const BOOK = 'https://clinic.example/book?src=knee';
const book = (el: PtCta) => shadow(el).querySelector<HTMLAnchorElement>('[part=book]');
const call = (el: PtCta) => shadow(el).querySelector<HTMLAnchorElement>('[part=call]');

/** Clicks the middle of an element with the real mouse (the browser's own input pipeline). */
async function realClick(target: Element, button: 'left' | 'middle' = 'left') {
  const rect = target.getBoundingClientRect();
  const position: [number, number] = [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
  await sendMouse({ type: 'click', position, button });
}

type Layer = { dataLayer?: unknown };
const clickEntries = (layer: unknown) => (layer as { event?: string }[]).filter((entry) => entry.event === 'kp_cta_click');

const IS_WEBKIT = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

describe('<pt-cta>', () => {
  let allowNavigation: () => void;
  let clicks: CtaClickEvent[];
  const record = (event: CtaClickEvent) => clicks.push(event);
  beforeEach(() => {
    allowNavigation = preventNavigation();
    clicks = [];
    document.addEventListener('kp-cta-click', record);
    delete (window as Layer).dataLayer;
  });
  afterEach(async () => {
    allowNavigation();
    document.removeEventListener('kp-cta-click', record);
    delete (window as Layer).dataLayer;
    await resetMouse();
  });

  it('shows the closing message with the article’s clinic by default, and no links without contacts', async () => {
    const el = await fixture<PtCta>(html`<pt-cta></pt-cta>`);
    const message = text(shadow(el).querySelector('[part=message]'));
    expect(message).to.contain('Blue Hills Sports & Spine Rehabilitation');
    for (const fact of ['depends on the cause', 'rest, ice and physical therapy', 'ignore', 'detailed history', 'thorough exam']) {
      expect(message.toLowerCase()).to.contain(fact);
    }
    expect(text(shadow(el).querySelector('[part=heading]'))).to.equal(en.cta.heading);
    expect(shadow(el).querySelectorAll('a')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('renders Book and Call as real links', async () => {
    const el = await fixture<PtCta>(html`
      <pt-cta clinic-name="Northside Physio" phone="617.555.0123" booking-url=${BOOK} button-label="Book a visit"></pt-cta>
    `);
    expect(book(el)!.getAttribute('href')).to.equal(BOOK);
    expect(text(book(el))).to.equal('Book a visit');
    expect(call(el)!.getAttribute('href')).to.equal('tel:6175550123');
    expect(text(call(el))).to.equal('Call (617) 555-0123');
    expect(text(shadow(el).querySelector('[part=message]'))).to.contain('Northside Physio');
    await expect(el).to.be.accessible();
  });

  it('keeps international numbers as written and dials them with +', async () => {
    const el = await fixture<PtCta>(html`<pt-cta phone="+44 20  7946 0958"></pt-cta>`);
    expect(call(el)!.getAttribute('href')).to.equal('tel:+442079460958');
    expect(text(call(el))).to.equal('Call +44 20 7946 0958');
  });

  it('fires kp-cta-click with the documented detail on a real click, bubbling to document', async () => {
    const el = await fixture<PtCta>(html`<pt-cta phone="617-555-0123" booking-url=${BOOK}></pt-cta>`);
    await realClick(book(el)!);
    await realClick(call(el)!);
    expect(clicks.map((e) => e.detail)).to.deep.equal([
      { action: 'book', href: BOOK, clinicName: 'Blue Hills Sports & Spine Rehabilitation' },
      { action: 'call', href: 'tel:6175550123', clinicName: 'Blue Hills Sports & Spine Rehabilitation' },
    ]);
    expect(clicks.every((e) => e.bubbles && e.composed)).to.equal(true);
    expect((window as Layer).dataLayer).to.equal(undefined);
  });

  it('counts a middle-click (open in new tab) too, but not a right-click', async () => {
    const el = await fixture<PtCta>(html`<pt-cta booking-url=${BOOK}></pt-cta>`);
    if (IS_WEBKIT) {
      // A real middle-click makes MiniBrowser open a second window even when the event is
      // cancelled, and that window then swallows the keyboard for the rest of the run. So in
      // WebKit the browser's own event is simulated; Chromium and Firefox get the real click.
      book(el)!.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
    } else {
      await realClick(book(el)!, 'middle');
    }
    book(el)!.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
    expect(clicks.map((e) => e.detail.action)).to.deep.equal(['book']);
  });

  it('follows the Book link from the keyboard (Enter)', async () => {
    const el = await fixture<PtCta>(html`<pt-cta booking-url=${BOOK}></pt-cta>`);
    book(el)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(clicks.map((e) => e.detail.action)).to.deep.equal(['book']);
  });

  it('pushes to window.dataLayer only with data-layer, creating it when missing', async () => {
    const el = await fixture<PtCta>(html`<pt-cta data-layer clinic-name="Northside Physio" booking-url=${BOOK}></pt-cta>`);
    await realClick(book(el)!);
    // Only the click: a kp_widget_view may join it once the widget has been on screen for a second.
    expect(clickEntries((window as Layer).dataLayer)).to.deep.equal([
      { event: 'kp_cta_click', action: 'book', href: BOOK, clinicName: 'Northside Physio' },
    ]);

    const existing: unknown[] = [{ event: 'gtm.js' }];
    (window as Layer).dataLayer = existing;
    el.dataLayer = false;
    await el.updateComplete;
    await realClick(book(el)!);
    expect(existing).to.have.length(1);
    expect(clicks).to.have.length(2);
  });

  it('appends to an existing dataLayer and survives one that is not an array', async () => {
    const el = await fixture<PtCta>(html`<pt-cta data-layer booking-url=${BOOK}></pt-cta>`);
    const existing: unknown[] = [{ event: 'gtm.js' }];
    (window as Layer).dataLayer = existing;
    await realClick(book(el)!);
    expect(existing[0]).to.deep.equal({ event: 'gtm.js' });
    expect(clickEntries(existing)).to.have.length(1);

    const warn = spyOnWarn();
    try {
      (window as Layer).dataLayer = 'not a queue';
      await realClick(book(el)!);
      expect(clicks).to.have.length(2);
      expect(warn.messages.join()).to.contain('<pt-cta>').and.contain('dataLayer');
    } finally {
      warn.restore();
    }
  });

  it('shows the clinic name as text, whatever it contains', async () => {
    const name = '<img src=x onerror="window.hacked=1">Clinic';
    const el = await fixture<PtCta>(html`<pt-cta clinic-name=${name}></pt-cta>`);
    expect(shadow(el).querySelector('img') === null).to.equal(true);
    expect(text(shadow(el).querySelector('[part=message] strong'))).to.equal('<img src=x onerror="window.hacked=1">Clinic');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('puts its heading at the level given and is accessible in the dark theme', async () => {
    const el = await fixture<PtCta>(html`<pt-cta heading-level="5" theme="dark" phone="6175550123" booking-url=${BOOK}></pt-cta>`);
    expect(shadow(el).querySelector('[part=heading]')!.localName).to.equal('h5');
    await expect(el).to.be.accessible();
  });

  it('stacks the links in a narrow column and puts them side by side in a wide one', async () => {
    const narrow = await fixture<HTMLDivElement>(
      html`<div style="width: 240px"><pt-cta phone="6175550123" booking-url=${BOOK}></pt-cta></div>`,
    );
    const wide = await fixture<HTMLDivElement>(
      html`<div style="width: 800px"><pt-cta phone="6175550123" booking-url=${BOOK}></pt-cta></div>`,
    );
    const top = (el: PtCta, part: 'book' | 'call') => shadow(el).querySelector(`[part=${part}]`)!.getBoundingClientRect().top;
    const n = narrow.querySelector('pt-cta')!;
    const w = wide.querySelector('pt-cta')!;
    expect(top(n, 'call')).to.be.greaterThan(top(n, 'book'));
    expect(top(w, 'call')).to.equal(top(w, 'book'));
    // Touch targets stay at least 44px tall.
    expect(book(n)!.getBoundingClientRect().height).to.be.at.least(44);
  });

  describe('bad input', () => {
    let warn: ReturnType<typeof spyOnWarn>;
    beforeEach(() => (warn = spyOnWarn()));
    afterEach(() => warn.restore());

    const badUrls = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '/book-online',
      'clinic.example/book',
      'ftp://clinic.example/book',
    ];
    for (const url of badUrls) {
      it(`shows no Book link for booking-url=${JSON.stringify(url)} and warns`, async () => {
        const el = await fixture<PtCta>(html`<pt-cta booking-url=${url}></pt-cta>`);
        expect(book(el) === null).to.equal(true);
        expect(shadow(el).querySelectorAll('a')).to.have.length(0);
        expect(warn.messages).to.have.length(1);
        expect(warn.messages[0]).to.contain('<pt-cta>').and.contain('booking-url=').and.contain('http or https');
      });
    }

    for (const phone of ['555-012', 'call us', '12345678901234567', 'javascript:alert(1)']) {
      it(`shows no Call link for phone=${JSON.stringify(phone)} and warns`, async () => {
        const el = await fixture<PtCta>(html`<pt-cta phone=${phone}></pt-cta>`);
        expect(call(el) === null).to.equal(true);
        expect(warn.messages).to.have.length(1);
        expect(warn.messages[0]).to.contain('<pt-cta>').and.contain(`phone="${phone}"`).and.contain('7 to 15 digits');
      });
    }

    it('does not warn about empty optional attributes', async () => {
      await fixture<PtCta>(html`<pt-cta phone="" booking-url=""></pt-cta>`);
      expect(warn.messages).to.have.length(0);
    });

    it('shows the default name and label for blank text attributes', async () => {
      const el = await fixture<PtCta>(html`<pt-cta clinic-name="  " button-label="" booking-url=${BOOK}></pt-cta>`);
      expect(text(shadow(el).querySelector('[part=message]'))).to.contain('Blue Hills Sports & Spine Rehabilitation');
      expect(text(book(el))).to.equal('Book an evaluation');
    });
  });

  it('renders slotted heading and message, and never the fallback link inside the tag', async () => {
    const el = await fixture<PtCta>(`
      <pt-cta booking-url="${BOOK}">
        <a class="fallback" href="${BOOK}">Book an evaluation</a>
        <h2 slot="heading">Talk to us</h2>
        <p slot="message">We see most patients within a week.</p>
      </pt-cta>
    `);
    expect(isRendered(el.querySelector('.fallback'))).to.equal(false);
    expect(isRendered(el.querySelector('[slot=heading]'))).to.equal(true);
    expect(isRendered(el.querySelector('[slot=message]'))).to.equal(true);
    expect(isRendered(shadow(el).querySelector('[part=heading]'))).to.equal(false);
    expect(isRendered(book(el))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is typed in HTMLElementTagNameMap', () => {
    const el = document.createElement('pt-cta');
    el.bookingUrl = BOOK;
    el.dataLayer = true;
    expect(el.bookingUrl).to.equal(BOOK);
  });
});
