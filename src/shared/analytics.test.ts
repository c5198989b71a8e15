import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import type { KneePainCauses } from '../elements/knee-pain-causes/knee-pain-causes.js';
import type { PtCta } from '../elements/pt-cta/pt-cta.js';
import type { ReliefTips } from '../elements/relief-tips/relief-tips.js';
import { shadow, spyOnWarn, waitFor } from '../test/helpers.js';
import { ANALYTICS_EVENTS } from './analytics.js';
import { viewTiming } from './viewability.js';

// The payloads below are the ones documented in the README ("Measure") and in each element's
// @fires JSDoc. They are written out here by hand, not derived from ANALYTICS_EVENTS, so a change to
// the table that changes what is sent fails this test.
const BOOK = 'https://clinic.example/book?src=knee';

type AnalyticsWindow = { dataLayer?: unknown; gtag?: unknown };
const w = window as unknown as AnalyticsWindow;

interface Widgets {
  causes: KneePainCauses;
  tips: ReliefTips;
  cta: PtCta;
}

/** The three widgets, all on screen, with `attrs` on each (and `causesAttrs` on the causes). */
async function page(attrs: string, causesAttrs = ''): Promise<Widgets> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  // Markup from the test's own constant strings: attribute sets written as a page author would.
  wrapper.innerHTML = `
    <knee-pain-causes ${attrs} ${causesAttrs}></knee-pain-causes>
    <relief-tips ${attrs}></relief-tips>
    <pt-cta ${attrs} clinic-name="Northside Physio" phone="617-555-0123" booking-url="${BOOK}"></pt-cta>`;
  wrapper.style.cssText = 'position:fixed;inset:0;overflow:hidden;display:grid;grid-template-columns:1fr 1fr 1fr;font-size:6px';
  const [causes, tips, cta] = [...wrapper.children] as [KneePainCauses, ReliefTips, PtCta];
  await Promise.all([causes.updateComplete, tips.updateComplete, cta.updateComplete]);
  return { causes, tips, cta };
}

/** What a reader does: sees all three, opens and closes a cause, clicks Book and Call. */
async function use({ causes, cta }: Widgets, views: string[]): Promise<void> {
  await waitFor(() => views.length === 3, 'three kp-widget-view events');
  const summary = shadow(causes).querySelector<HTMLElement>('summary')!;
  summary.click();
  summary.click();
  shadow(cta).querySelector<HTMLAnchorElement>('[part=book]')!.click();
  shadow(cta).querySelector<HTMLAnchorElement>('[part=call]')!.click();
}

/**
 * Keeps link clicks from leaving the test page. Unlike a catch-all preventDefault, it lets a click
 * on a cause's summary open and close it, as it does for a reader.
 */
function preventLinkNavigation(): () => void {
  const stop = (event: Event) => {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
  };
  document.addEventListener('click', stop);
  return () => document.removeEventListener('click', stop);
}

const VIEWS = ['knee-pain-causes', 'relief-tips', 'pt-cta'].map((widget) => ({ event: 'kp_widget_view', widget }));
const CLICKS = [
  { event: 'kp_cta_click', action: 'book', href: BOOK, clinicName: 'Northside Physio' },
  { event: 'kp_cta_click', action: 'call', href: 'tel:6175550123', clinicName: 'Northside Physio' },
];
const TOGGLES = [
  { event: 'kp_cause_toggle', id: 'bakers-cyst', open: true },
  { event: 'kp_cause_toggle', id: 'bakers-cyst', open: false },
];

/** dataLayer entries with the views sorted (the three widgets are seen in the same moment). */
function sorted(entries: unknown): unknown[] {
  const list = [...(entries as { event: string; widget?: string }[])];
  const views = list.filter((e) => e.event === 'kp_widget_view').sort((a, b) => VIEWS.findIndex((v) => v.widget === a.widget) - VIEWS.findIndex((v) => v.widget === b.widget));
  return [...views, ...list.filter((e) => e.event !== 'kp_widget_view')];
}

describe('analytics: what data-layer, gtag and data-layer-topics send', () => {
  let views: string[];
  const onView = (e: Event) => views.push((e as CustomEvent<{ widget: string }>).detail.widget);
  let allowNavigation: () => void;
  let gtagCalls: unknown[][];
  const gtag = (...args: unknown[]) => void gtagCalls.push(args);
  const dwell = viewTiming.dwell;

  beforeEach(() => {
    views = [];
    gtagCalls = [];
    // The one-second rule has its own tests (viewability.test.ts); here views count at once.
    viewTiming.dwell = 0;
    document.addEventListener('kp-widget-view', onView);
    allowNavigation = preventLinkNavigation();
    delete w.dataLayer;
    delete w.gtag;
  });
  afterEach(() => {
    viewTiming.dwell = dwell;
    document.removeEventListener('kp-widget-view', onView);
    allowNavigation();
    delete w.dataLayer;
    delete w.gtag;
  });

  it('sends nothing anywhere without data-layer or gtag, even when the page has both', async () => {
    w.dataLayer = [];
    w.gtag = gtag;
    await use(await page('', 'data-layer-topics'), views);
    expect(w.dataLayer).to.deep.equal([]);
    expect(gtagCalls).to.deep.equal([]);
  });

  it('data-layer: views and clicks, exactly as documented; cause toggles stay on the page', async () => {
    w.gtag = gtag;
    await use(await page('data-layer'), views);
    expect(sorted(w.dataLayer)).to.deep.equal([...VIEWS, ...CLICKS]);
    expect(gtagCalls, 'gtag is a separate opt-in').to.deep.equal([]);
  });

  it('data-layer with data-layer-topics on the causes: cause toggles too, with the cause id', async () => {
    await use(await page('data-layer', 'data-layer-topics'), views);
    expect(sorted(w.dataLayer)).to.deep.equal([...VIEWS, ...TOGGLES, ...CLICKS]);
  });

  it('gtag: the same events through window.gtag, with GA4 parameter names; no dataLayer is made', async () => {
    w.gtag = gtag;
    await use(await page('gtag', 'data-layer-topics="false"'), views);
    const byName = (name: string) => gtagCalls.filter((call) => call[1] === name);
    expect(byName('kp_widget_view').map((c) => c[2])).to.have.deep.members(VIEWS.map(({ widget }) => ({ widget })));
    expect(byName('kp_cta_click')).to.deep.equal([
      ['event', 'kp_cta_click', { action: 'book', link_url: BOOK, clinic_name: 'Northside Physio' }],
      ['event', 'kp_cta_click', { action: 'call', link_url: 'tel:6175550123', clinic_name: 'Northside Physio' }],
    ]);
    expect(gtagCalls).to.have.length(5);
    expect('dataLayer' in window).to.equal(false);
  });

  it('gtag with data-layer-topics: cause toggles as kp_cause_toggle { cause_id, open }', async () => {
    w.gtag = gtag;
    await use(await page('gtag', 'data-layer-topics'), views);
    expect(gtagCalls.filter((call) => call[1] === 'kp_cause_toggle')).to.deep.equal([
      ['event', 'kp_cause_toggle', { cause_id: 'bakers-cyst', open: true }],
      ['event', 'kp_cause_toggle', { cause_id: 'bakers-cyst', open: false }],
    ]);
  });

  it('gtag on a page without gtag: nothing is queued, defined or loaded', async () => {
    const scripts = document.scripts.length;
    const warn = spyOnWarn();
    try {
      await use(await page('gtag', 'data-layer-topics'), views);
    } finally {
      warn.restore();
    }
    expect('gtag' in window).to.equal(false);
    expect('dataLayer' in window).to.equal(false);
    expect(document.scripts.length).to.equal(scripts);
    expect(warn.messages).to.deep.equal([]);
  });

  it('data-layer-topics alone sends nothing', async () => {
    w.gtag = gtag;
    await use(await page('', 'data-layer-topics'), views);
    expect('dataLayer' in window).to.equal(false);
    expect(gtagCalls).to.deep.equal([]);
  });

  it('a gtag that throws costs one warning per event, and the click still reaches the page', async () => {
    w.gtag = () => {
      throw new Error('broken tag');
    };
    const clicks: Event[] = [];
    document.addEventListener('kp-cta-click', (e) => clicks.push(e), { once: true });
    const warn = spyOnWarn();
    try {
      const els = await page('gtag');
      await waitFor(() => views.length === 3, 'three views');
      shadow(els.cta).querySelector<HTMLAnchorElement>('[part=book]')!.click();
    } finally {
      warn.restore();
    }
    expect(views, 'the views reached the page').to.have.length(3);
    expect(clicks, 'the click reached the page').to.have.length(1);
    expect(warn.messages).to.have.length(4);
    expect(warn.messages[3]).to.contain('<pt-cta>').and.contain('kp_cta_click');
    for (const tag of ['knee-pain-causes', 'relief-tips', 'pt-cta']) {
      expect(warn.messages.filter((m) => m.includes(`<${tag}>`) && m.includes('kp_widget_view')), tag).to.have.length(1);
    }
  });

  it('never sends the campaign tags pass-utm adds (utm_term can be a search phrase)', async () => {
    const address = location.href;
    history.replaceState(null, '', `${location.pathname}?utm_source=news&utm_term=knee+clot`);
    try {
      const { cta } = await page('data-layer gtag pass-utm');
      w.gtag = gtag;
      const link = shadow(cta).querySelector<HTMLAnchorElement>('[part=book]')!;
      expect(link.href).to.contain('utm_term=knee+clot');
      link.click();
      const sent = JSON.stringify([w.dataLayer, gtagCalls]);
      expect(sent).not.to.contain('utm_');
      expect(sent).not.to.contain('knee+clot');
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('sends only the documented keys for every event (nothing typed, no location)', () => {
    expect(Object.fromEntries(Object.entries(ANALYTICS_EVENTS).map(([type, spec]) => [type, [spec.name, spec.params, !!spec.topic]]))).to.deep.equal({
      'kp-widget-view': ['kp_widget_view', { widget: 'widget' }, false],
      'kp-cta-click': ['kp_cta_click', { action: 'action', href: 'link_url', clinicName: 'clinic_name' }, false],
      'kp-cause-toggle': ['kp_cause_toggle', { id: 'cause_id', open: 'open' }, true],
    });
  });
});
