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
  type Widget,
} from '../../src/test/helpers.js';

describe('upgrade trap', () => {
  afterEach(closePages);

  it('properties set on the tags before the bundle is loaded are kept and rendered', async () => {
    const page = await openPage('upgrade.html');
    const pick = (tag: string) => page.doc.querySelector(tag) as unknown as Widget;
    const causes = pick('knee-pain-causes');
    const tips = pick('relief-tips');
    const cta = pick('pt-cta');
    expect(causes.shadowRoot, 'not upgraded yet').to.equal(null);

    // A site's own script runs first and configures the widgets through properties.
    causes.open = true;
    causes.emergencyNumber = '112';
    causes.headingLevel = 4;
    tips.tips = 'weight,rice';
    tips.layout = 'list';
    cta.clinicName = 'X';
    cta.bookingUrl = 'https://example.com/book';
    cta.phone = '+44 20 7946 0958';
    cta.buttonLabel = 'Book with X';
    cta.theme = 'dark';

    await loadScript(page, BUNDLE);
    await whenDefined(page);
    await widgets(page.doc);
    for (const el of [causes, tips, cta]) expectRendered(el);

    expect(causes.open).to.equal(true);
    expect(causes.hasAttribute('open'), 'open is reflected').to.equal(true);
    expect(causes.shadowRoot!.querySelectorAll('[part=cause]:not([open])'), 'every cause open').to.have.length(0);
    expect(part(causes, 'urgent').querySelector('a[href="tel:112"]')).to.not.equal(null);
    expect(part(causes, 'heading').localName).to.equal('h4');
    expect(causes.headingLevel).to.equal(4);

    expect(tips.tips).to.equal('weight,rice');
    const titles = [...tips.shadowRoot!.querySelectorAll('[part=tip-title]')].map((h) => h.textContent);
    expect(titles).to.have.length(2);
    expect(part(tips, 'list').classList.contains('list')).to.equal(true);

    expect(cta.clinicName).to.equal('X');
    expect(part(cta, 'message').querySelector('strong')!.textContent).to.equal('X');
    expect(part<HTMLAnchorElement>(cta, 'book').href).to.equal('https://example.com/book');
    expect(part(cta, 'book').textContent!.trim()).to.equal('Book with X');
    expect(part<HTMLAnchorElement>(cta, 'call').href).to.equal('tel:+442079460958');
    expect(part(cta, 'base').classList.contains('dark')).to.equal(true);
    expectCleanLog(page.log);
  });

  it('a property set before the upgrade wins over the attribute written in the HTML', async () => {
    const page = await openPage('blank.html');
    const main = page.doc.getElementById('main')!;
    main.innerHTML = '<pt-cta clinic-name="From the attribute"></pt-cta>';
    const cta = main.firstElementChild as Widget;
    cta.clinicName = 'From the property';
    await loadScript(page, BUNDLE);
    await whenDefined(page);
    await widgets(main);
    expect(cta.clinicName).to.equal('From the property');
    expect(part(cta, 'message').textContent).to.include('From the property');
    expectCleanLog(page.log);
  });
});
