import { expect } from '@open-wc/testing';
import {
  BUNDLE,
  closePages,
  expectCleanLog,
  loadScript,
  openPage,
  part,
  whenDefined,
  widgets,
  type Page,
} from '../../src/test/helpers.js';

const keys = (page: Page) => new Set(Object.keys(page.win));
const added = (page: Page, before: Set<string>) => Object.keys(page.win).filter((k) => !before.has(k)).sort();

describe('no globals', () => {
  afterEach(closePages);

  it('loading, rendering and using the widgets adds nothing to window (dataLayer only when asked for)', async () => {
    const page = await openPage('blank.html');
    const before = keys(page);
    await loadScript(page, BUNDLE);
    await whenDefined(page);

    const main = page.doc.getElementById('main')!;
    main.innerHTML =
      '<knee-pain-causes theme="auto"></knee-pain-causes><relief-tips layout="list"></relief-tips>' +
      '<pt-cta id="plain" phone="617-555-0123" booking-url="https://example.com/book"></pt-cta>' +
      '<pt-cta id="tracked" data-layer phone="617-555-0123" booking-url="https://example.com/book"></pt-cta>';
    const [causes, , plain, tracked] = await widgets(main);
    main.addEventListener('click', (e) => e.preventDefault()); // stay on the page

    // Normal use: open and close a cause, follow the urgent-care link, click Book and Call.
    part(causes, 'summary').click();
    part(causes, 'summary').click();
    causes.shadowRoot!.querySelector<HTMLElement>('[part=cause-body] a[href="#urgent"]')?.click();
    part(plain, 'book').click();
    part(plain, 'call').click();
    await causes.updateComplete;

    const leaked = added(page, before);
    expect(leaked, 'new window properties').to.deep.equal([]);
    expect('dataLayer' in page.win, 'no dataLayer without data-layer').to.equal(false);

    // A <pt-cta data-layer> click creates window.dataLayer (Google Tag Manager's queue), nothing else.
    part(tracked, 'book').click();
    const now = added(page, before);
    expect(now).to.deep.equal(['dataLayer']);
    // The click, and perhaps a kp_widget_view if the widget has been on screen for a second by now.
    const layer = (page.win as unknown as { dataLayer: { event: string }[] }).dataLayer;
    const clicks = layer.filter((entry) => entry.event === 'kp_cta_click');
    expect(clicks).to.have.length(1);
    expect(clicks[0]).to.deep.include({ event: 'kp_cta_click', action: 'book', href: 'https://example.com/book' });
    expect(layer.every((entry) => ['kp_cta_click', 'kp_widget_view'].includes(entry.event))).to.equal(true);
    expectCleanLog(page.log);
  });

  it("adds nothing to window or Symbol, not even Lit's own globals (the build strips them)", async () => {
    const page = await openPage('blank.html');
    const before = keys(page);
    const symbolKeys = Object.getOwnPropertyNames(page.win.Symbol);
    await loadScript(page, BUNDLE);
    await whenDefined(page);
    expect(added(page, before), 'new window properties').to.deep.equal([]);
    const newSymbols = Object.getOwnPropertyNames(page.win.Symbol).filter((k) => !symbolKeys.includes(k));
    expect(newSymbols, 'new properties on Symbol').to.deep.equal([]);
    expectCleanLog(page.log);
  });
});
