import { expect, fixture, html } from '@open-wc/testing';
import { en, TIP_IDS } from '../../content/index.js';
import '../../index.js';
import { isRendered, shadow, spyOnWarn, text } from '../../test/helpers.js';
import type { ReliefTips } from './relief-tips.js';

/** Facts from the article, written independently of the content file. */
const ARTICLE_FACTS: Record<string, string[]> = {
  'rehab-exercises': ['low-impact', 'swimming', 'cycling', 'strengthen the muscles'],
  stretch: ['nutrients', 'blood', 'standing hamstring and calf stretches', 'wall', 'Tai Chi', 'balance', 'stiff'],
  rice: ['Rest, Ice, Compression and Elevation', 'acute injury', 'compression bandage', 'raise your knee', 'ice packs', 'rest too much', 'weaken your muscles'],
  acupuncture: ['blood flow', 'inflammation', 'trigger', 'fascia', 'protects the muscles'],
  weight: ['overweight', 'small', 'knee joints'],
  'supportive-aids': ['shoe inserts', 'absorb shock', 'embarrassed', 'cane', 'pressure off your knee'],
};

const tips = (el: ReliefTips) => [...shadow(el).querySelectorAll<HTMLElement>('[part=tip]')];
const columns = (el: ReliefTips) =>
  getComputedStyle(shadow(el).querySelector('[part=list]')!).gridTemplateColumns.split(' ').length;

describe('<relief-tips>', () => {
  it('renders the treatment overview, six tips in article order and the disclaimer', async () => {
    const el = await fixture<ReliefTips>(html`<relief-tips></relief-tips>`);
    const root = shadow(el);
    expect(text(root.querySelector('[part=heading]'))).to.equal(en.relief.heading);
    const intro = text(root.querySelector('[part=intro]'));
    for (const fact of ['rest', 'physical therapy', 'anti-inflammatory', 'surgery']) expect(intro).to.contain(fact);
    expect(tips(el).map((tip) => text(tip.querySelector('[part=tip-title]')))).to.deep.equal(
      en.relief.items.map((tip) => tip.title),
    );
    expect(text(root.querySelector('[part=disclaimer]'))).to.equal(en.disclaimer);
    await expect(el).to.be.accessible();
  });

  for (const id of TIP_IDS) {
    it(`renders every fact of the "${id}" tip`, async () => {
      const el = await fixture<ReliefTips>(html`<relief-tips tips=${id}></relief-tips>`);
      const tip = en.relief.items.find((item) => item.id === id)!;
      const card = text(tips(el)[0]);
      for (const paragraph of tip.paragraphs) expect(card).to.contain(paragraph);
      if (tip.caution) expect(card).to.contain(tip.caution);
      for (const fact of ARTICLE_FACTS[id]) expect(card.toLowerCase()).to.contain(fact.toLowerCase());
    });
  }

  it('gives each tip a decorative icon hidden from assistive technology', async () => {
    const el = await fixture<ReliefTips>(html`<relief-tips></relief-tips>`);
    const icons = [...shadow(el).querySelectorAll('svg')];
    expect(icons).to.have.length(6);
    for (const icon of icons) {
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.querySelector('path')!.getAttribute('d')).to.match(/^M/);
    }
  });

  it('opens with a caution naming the two most serious signs, before any tip', async () => {
    const el = await fixture<ReliefTips>(html`<relief-tips></relief-tips>`);
    const root = shadow(el);
    const safety = root.querySelector<HTMLElement>('[part=safety]')!;
    expect(isRendered(safety)).to.equal(true);
    // Before the intro and the tips, right under the heading.
    expect(safety.previousElementSibling!.matches('slot[name=heading]')).to.equal(true);
    const words = text(safety);
    expect(words.startsWith(en.relief.safety.label)).to.equal(true);
    expect(words).to.match(/strains and overuse/).and.match(/calf is swollen, warm or red, get care today/);
    expect(words).to.match(/trouble breathing or chest pain, call 911 now/);
    const link = safety.querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('href')).to.equal('tel:911');
    expect(root.querySelectorAll('a[href^="tel:"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('uses its own emergency-number in the caution', async () => {
    const el = await fixture<ReliefTips>(html`<relief-tips emergency-number="112"></relief-tips>`);
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part=safety] a')!;
    expect(link.getAttribute('href')).to.equal('tel:112');
    expect(text(link)).to.equal('112');
    el.emergencyNumber = '000';
    await el.updateComplete;
    expect(link.getAttribute('href')).to.equal('tel:000');
    expect(text(shadow(el).querySelector('[part=safety]'))).to.contain('call 000 now');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps the caution’s link in the urgent colour with a site brand colour (${theme})`, async () => {
      const el = await fixture<ReliefTips>(
        html`<relief-tips theme=${theme} style="--kp-color-brand: #17634d"></relief-tips>`,
      );
      const root = shadow(el);
      const link = root.querySelector<HTMLAnchorElement>('[part=safety] a')!;
      const border = getComputedStyle(root.querySelector('[part=safety]')!).borderInlineStartColor;
      expect(getComputedStyle(link).color).to.equal(border);
      await expect(el).to.be.accessible();
    });
  }

  it('shows RICE’s warning not to rest too much as a caution', async () => {
    const el = await fixture<ReliefTips>(html`<relief-tips tips="rice"></relief-tips>`);
    const caution = shadow(el).querySelector('[part=caution]');
    expect(text(caution)).to.contain('rest too much');
  });

  it('keeps the order of the tips attribute', async () => {
    const el = await fixture<ReliefTips>(html`<relief-tips tips="weight, rice,stretch"></relief-tips>`);
    expect(tips(el).map((tip) => text(tip.querySelector('[part=tip-title]')))).to.deep.equal([
      'If you are overweight, lose weight',
      'RICE',
      'Stretch',
    ]);
  });

  it('lays cards out by the width of its container, not the viewport', async () => {
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 300px"><relief-tips></relief-tips></div>`);
    const wide = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><relief-tips></relief-tips></div>`);
    const middle = await fixture<HTMLDivElement>(html`<div style="width: 640px"><relief-tips></relief-tips></div>`);
    expect(columns(narrow.querySelector('relief-tips')!)).to.equal(1);
    expect(columns(middle.querySelector('relief-tips')!)).to.equal(2);
    expect(columns(wide.querySelector('relief-tips')!)).to.equal(3);
  });

  it('stacks the cards in one column with layout="list", whatever the width', async () => {
    const wide = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px"><relief-tips layout="list"></relief-tips></div>`,
    );
    expect(columns(wide.querySelector('relief-tips')!)).to.equal(1);
    await expect(wide.querySelector('relief-tips')).to.be.accessible();
  });

  it('puts its heading at the level given, tip titles one deeper', async () => {
    const el = await fixture<ReliefTips>(html`<relief-tips heading-level="3"></relief-tips>`);
    expect(shadow(el).querySelector('[part=heading]')!.localName).to.equal('h3');
    expect(new Set(tips(el).map((tip) => tip.querySelector('[part=tip-title]')!.localName))).to.deep.equal(
      new Set(['h4']),
    );
  });

  it('is accessible in the dark and auto themes', async () => {
    const dark = await fixture<ReliefTips>(html`<relief-tips theme="dark"></relief-tips>`);
    expect(getComputedStyle(shadow(dark).querySelector('[part=base]')!).color).to.equal('rgb(237, 241, 245)');
    await expect(dark).to.be.accessible();
    const auto = await fixture<ReliefTips>(html`<relief-tips theme="auto"></relief-tips>`);
    await expect(auto).to.be.accessible();
  });

  describe('bad input', () => {
    let warn: ReturnType<typeof spyOnWarn>;
    beforeEach(() => (warn = spyOnWarn()));
    afterEach(() => warn.restore());

    it('ignores unknown tip ids with one warning; all unknown shows all six', async () => {
      const el = await fixture<ReliefTips>(html`<relief-tips tips="rice,yoga"></relief-tips>`);
      expect(tips(el)).to.have.length(1);
      expect(warn.messages).to.have.length(1);
      expect(warn.messages[0]).to.contain('<relief-tips>').and.contain('tips="rice,yoga"').and.contain('supportive-aids');
      el.tips = 'yoga';
      await el.updateComplete;
      expect(tips(el)).to.have.length(6);
    });

    it('falls back to 911 in the caution for an emergency number with no digits, with one warning', async () => {
      const el = await fixture<ReliefTips>(html`<relief-tips emergency-number="call us"></relief-tips>`);
      expect(shadow(el).querySelector('[part=safety] a')!.getAttribute('href')).to.equal('tel:911');
      expect(warn.messages).to.have.length(1);
      expect(warn.messages[0]).to.contain('<relief-tips>').and.contain('emergency-number="call us"');
      expect(warn.messages[0]).to.contain('1 to 6 digits').and.contain('using 911');
    });

    it('falls back to the grid layout for an unknown layout', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px"><relief-tips layout="carousel"></relief-tips></div>`,
      );
      expect(columns(wrapper.querySelector('relief-tips')!)).to.equal(3);
      expect(warn.messages).to.have.length(1);
      expect(warn.messages[0]).to.contain('layout="carousel"').and.contain('grid, list').and.contain('using grid');
    });
  });

  it('renders slotted heading, intro and disclaimer, and not unslotted children', async () => {
    const el = await fixture<ReliefTips>(`
      <relief-tips>
        <p>Fallback text for visitors without JavaScript.</p>
        <h2 slot="heading">Feel better</h2>
        <p slot="intro">What our therapists recommend.</p>
        <p slot="disclaimer">Ask us first.</p>
      </relief-tips>
    `);
    expect(isRendered(shadow(el).querySelector('[part=heading]'))).to.equal(false);
    expect(isRendered(el.querySelector('[slot=heading]'))).to.equal(true);
    expect(isRendered(el.querySelector('[slot=intro]'))).to.equal(true);
    expect(isRendered(el.querySelector('[slot=disclaimer]'))).to.equal(true);
    expect(isRendered(el.querySelector('p:not([slot])'))).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
