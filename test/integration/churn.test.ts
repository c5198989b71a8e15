import { expect } from '@open-wc/testing';
import {
  BUNDLE,
  closePages,
  expectCleanLog,
  expectRendered,
  loadScript,
  openPage,
  part,
  whenDefined,
  widgets,
  type Page,
  type Widget,
} from '../../src/test/helpers.js';

interface Counts {
  listeners: number;
  listenerTypes: string[];
  observers: number;
  intervals: number;
}
const counts = (page: Page): Counts => (page.win as unknown as { __kpCounts: () => Counts }).__kpCounts();

const CYCLES = 1000;

describe('DOM churn', () => {
  afterEach(closePages);

  it('the instrumentation counts global listeners, observers and timers (control)', async () => {
    const page = await openPage('churn.html');
    const { win, doc } = page;
    const before = counts(page);
    const noop = () => undefined;
    const mql = win.matchMedia('(min-width: 1px)');
    const observers = [
      new win.MutationObserver(noop),
      new win.ResizeObserver(noop),
      new win.IntersectionObserver(noop),
    ];

    win.addEventListener('resize', noop);
    doc.addEventListener('visibilitychange', noop, { capture: true });
    mql.addEventListener('change', noop);
    observers[0].observe(doc.body, { childList: true });
    observers[1].observe(doc.body);
    observers[2].observe(doc.body);
    const timer = win.setInterval(noop, 60000);
    expect(counts(page)).to.include({ listeners: before.listeners + 3, observers: 3, intervals: 1 });

    win.removeEventListener('resize', noop);
    doc.removeEventListener('visibilitychange', noop, true);
    mql.removeEventListener('change', noop);
    for (const observer of observers) observer.disconnect();
    win.clearInterval(timer);
    expect(counts(page)).to.deep.equal(before);
  });

  it(`survives ${CYCLES} disconnect/reconnect cycles: renders once, keeps state, leaks nothing`, async () => {
    const page = await openPage('churn.html');
    const { doc } = page;
    const baseline = counts(page);
    await loadScript(page, BUNDLE);
    await whenDefined(page);
    expect(counts(page), 'loading the bundle adds nothing global').to.deep.equal(baseline);

    const main = doc.getElementById('main')!;
    const elsewhere = doc.getElementById('elsewhere')!;
    main.innerHTML =
      '<knee-pain-causes></knee-pain-causes><relief-tips theme="auto"></relief-tips>' +
      '<pt-cta phone="617-555-0123" booking-url="https://example.com/book"></pt-cta>';
    const els = await widgets(main);
    const [causes, , cta] = els;
    const whileConnected = counts(page);

    // State a reader or the site sets: an opened cause, properties with non-default values.
    const details = causes.shadowRoot!.querySelector<HTMLDetailsElement>('[part=cause]')!;
    part(causes, 'summary').click();
    expect(details.open, 'the first cause opened').to.equal(true);
    cta.clinicName = 'Churn Clinic';
    cta.buttonLabel = 'Book now';
    causes.emergencyNumber = '112';
    await Promise.all(els.map((el) => el.updateComplete));
    const nodesBefore = els.map((el) => [...el.shadowRoot!.querySelectorAll('*')]);
    const htmlBefore = els.map((el) => el.shadowRoot!.innerHTML);

    for (let i = 0; i < CYCLES; i += 1) {
      for (const el of els) {
        el.remove();
        // Mostly back in place; every tenth cycle moved elsewhere in the document.
        (i % 10 === 9 ? elsewhere : main).append(el);
      }
      if (i % 100 === 99) {
        // Let microtasks, update cycles and timers run while detached and while attached.
        for (const el of els) el.remove();
        await new Promise((r) => setTimeout(r, 0));
        for (const el of els) main.append(el);
        await Promise.all(els.map((el) => el.updateComplete));
      }
    }
    await Promise.all(els.map((el) => el.updateComplete));

    expect(counts(page), `global listeners/observers/timers after ${CYCLES} cycles`).to.deep.equal(whileConnected);
    els.forEach((el, n) => {
      expectRendered(el);
      expect(el.shadowRoot!.innerHTML, `<${el.localName}> shadow content unchanged`).to.equal(htmlBefore[n]);
      const nodes = [...el.shadowRoot!.querySelectorAll('*')];
      expect(nodes.length, `<${el.localName}> node count`).to.equal(nodesBefore[n].length);
      const same = nodes.every((node, k) => node === nodesBefore[n][k]);
      expect(same, `<${el.localName}> same nodes, not re-created`).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('[part=base]')).to.have.length(1);
    });
    expect(causes.shadowRoot!.querySelectorAll('[part=cause]')).to.have.length(4);
    expect(details.open, 'the opened cause is still open').to.equal(true);
    expect(causes.emergencyNumber).to.equal('112');
    const emergencyLink = part(causes, 'urgent').querySelector('a[href="tel:112"]');
    expect(emergencyLink, 'emergency number still shown').to.not.equal(null);
    expect(cta.clinicName).to.equal('Churn Clinic');
    expect(part(cta, 'message').textContent).to.include('Churn Clinic');
    expect(part(cta, 'book').textContent!.trim()).to.equal('Book now');

    // One click, one event: no listener was added twice by the reconnections.
    const ctaEvents: string[] = [];
    const toggles: unknown[] = [];
    cta.addEventListener('kp-cta-click', (e) => ctaEvents.push((e as CustomEvent<{ action: string }>).detail.action));
    causes.addEventListener('kp-cause-toggle', (e) => toggles.push((e as CustomEvent).detail));
    cta.addEventListener('click', (e) => e.preventDefault()); // stay on the page
    part(cta, 'book').click();
    expect(ctaEvents, 'kp-cta-click after one click on Book').to.deep.equal(['book']);
    part(cta, 'call').click();
    expect(ctaEvents, 'kp-cta-click after one click on Call').to.deep.equal(['book', 'call']);
    part(causes, 'summary').click();
    expect(toggles, 'kp-cause-toggle after one click').to.deep.equal([{ id: 'bakers-cyst', open: false }]);

    for (const el of els) el.remove();
    await new Promise((r) => setTimeout(r, 0));
    const after = counts(page);
    expect(after, 'net global listeners/observers/timers after removal').to.deep.equal(baseline);
    expectCleanLog(page.log);
  });

  it('a widget re-inserted with pending changes renders them once', async () => {
    const page = await openPage('churn.html');
    await loadScript(page, BUNDLE);
    await whenDefined(page);
    const main = page.doc.getElementById('main')!;
    main.innerHTML = '<relief-tips></relief-tips>';
    const [tips] = (await widgets(main)) as Widget[];
    // Changed while detached: the update happens, once, whether or not it is connected.
    tips.remove();
    tips.tips = 'rice,stretch';
    main.append(tips);
    tips.remove();
    main.append(tips);
    await tips.updateComplete;
    expect(tips.shadowRoot!.querySelectorAll('[part=tip]')).to.have.length(2);
    expect(tips.shadowRoot!.querySelectorAll('[part=list]')).to.have.length(1);
    expectRendered(tips);
    expectCleanLog(page.log);
  });
});
