import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { CAUSE_IDS, en } from '../../content/index.js';
import '../../index.js';
import type { CauseToggleEvent } from '../../shared/events.js';
import { emulateForcedColors, isRendered, shadow, spyOnWarn, text } from '../../test/helpers.js';
import { triageProblems, type TierText } from '../../test/triage.js';
import type { UrgencyId } from '../../content/index.js';
import { contrastRatio } from '../../shared/validate.js';
import type { KneePainCauses } from './knee-pain-causes.js';

/**
 * Facts from the article (and the urgent-care guidance), written independently of the content
 * file, so a change to the content that drops one fails here.
 */
const ARTICLE_FACTS: Record<string, string[]> = {
  'bakers-cyst': ['popliteal synovial cyst', 'cartilage', 'swelling', 'tightness', 'straighten', 'on their own'],
  'athletic-injury': [
    'hamstring',
    'PCL',
    'stretch',
    'warm',
    'cool',
    'over-exercising',
    'beyond your limits',
    'footwear',
    'earlier injuries',
    'Overuse',
  ],
  'clot-or-tumor': ['tumor', 'soft tissue or bone', 'no weight on the knee', 'bend', 'new tissue', 'blood clot', 'Baker’s cyst'],
  'nerve-artery-compression': [
    'athletes',
    'enlarged muscles',
    'popliteal artery',
    'blood flow',
    'swelling',
    'spasm',
    'cold and tingling',
    'blood vessels',
    'peroneal nerve entrapment',
    'running',
    'shooting pain',
  ],
};

/** The brand colour the demo site sets, which once made the emergency link unreadable in dark. */
const SITE_BRAND = '#17634d';

/** The rendered urgent block as the triage checks read it: each tier's label, action and items. */
function renderedTiers(el: KneePainCauses): Record<UrgencyId, TierText> {
  const levels = [...shadow(el).querySelectorAll<HTMLElement>('[part=urgent] [part=urgent-level]')];
  return Object.fromEntries(
    levels.map((level) => {
      const [label, action] = [...level.querySelectorAll(':scope > p:first-child > strong')].map((n) => text(n));
      const items = [...level.querySelectorAll(':scope > .signs > li, :scope > p:not(:first-child)')].map((n) => text(n));
      return [level.className, { label, action, items }];
    }),
  ) as Record<UrgencyId, TierText>;
}

/** `rgb(r, g, b)` as `#rrggbb`, for contrastRatio(). */
function hex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Media emulation needs the DevTools protocol, which only the Chromium launcher speaks here. */
const CAN_EMULATE_MEDIA = /Chrome/.test(navigator.userAgent);

const summaries = (el: KneePainCauses) => [...shadow(el).querySelectorAll('summary')];
const details = (el: KneePainCauses) => [...shadow(el).querySelectorAll('details')];

describe('<knee-pain-causes>', () => {
  it('renders the intro, the urgent block, all four causes in article order and the disclaimer', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes></knee-pain-causes>`);
    const root = shadow(el);
    expect(text(root.querySelector('h2'))).to.equal(en.causes.heading);
    expect(text(root.querySelector('[part=intro]'))).to.contain('physical therapist');
    expect(details(el).map((d) => d.dataset.id)).to.deep.equal([...CAUSE_IDS]);
    expect(text(root.querySelector('[part=disclaimer]'))).to.equal(en.disclaimer);
    await expect(el).to.be.accessible();
  });

  for (const id of CAUSE_IDS) {
    it(`renders every fact of the "${id}" cause`, async () => {
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes causes=${id} open></knee-pain-causes>`);
      const cause = en.causes.items.find((item) => item.id === id)!;
      const body = text(shadow(el).querySelector('[part=cause-body]'));
      for (const paragraph of cause.paragraphs) expect(body).to.contain(paragraph);
      for (const fact of ARTICLE_FACTS[id]) expect(body.toLowerCase()).to.contain(fact.toLowerCase());
      expect(text(shadow(el).querySelector('summary'))).to.contain(cause.summary);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the urgent-care block visible with every cause collapsed, outside any <details>', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes></knee-pain-causes>`);
    const urgent = shadow(el).querySelector<HTMLElement>('[part=urgent]')!;
    expect(details(el).every((d) => !d.open)).to.equal(true);
    expect(urgent.closest('details') === null).to.equal(true);
    expect(isRendered(urgent)).to.equal(true);
    // Every sign in its tier, none in a calmer one, as the reader sees it (not just as written).
    expect(triageProblems(renderedTiers(el))).to.deep.equal([]);
    // Tiers are named in words (not by colour alone), and those words come first for screen readers.
    const levels = [...urgent.querySelectorAll('[part=urgent-level]')].map((level) => text(level));
    expect(levels.map((level) => level.split(':')[0])).to.deep.equal(['Emergency', 'Get care today', 'See a doctor soon']);
    // One idea per list item.
    expect(urgent.querySelectorAll('[part=urgent-level] .signs > li').length).to.equal(
      en.urgent.levels.reduce((n, level) => n + level.signs.length, 0),
    );
    const links = [...urgent.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
    expect(links.length).to.be.at.least(2);
    for (const link of links) {
      expect(link.getAttribute('href')).to.equal('tel:911');
      expect(text(link)).to.equal('911');
    }
  });

  it('makes the urgent block a region named by its heading, reachable from the landmarks list', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes></knee-pain-causes>`);
    const urgent = shadow(el).querySelector<HTMLElement>('[part=urgent]')!;
    expect(urgent.localName).to.equal('section');
    const labelledBy = urgent.getAttribute('aria-labelledby')!;
    const label = shadow(el).getElementById(labelledBy);
    expect(label === null).to.equal(false);
    expect(text(label)).to.equal(en.urgent.heading);
    expect(label!.closest('[part=subheading]') === urgent.querySelector('[part=subheading]')).to.equal(true);
    // Chromium and WebKit report the computed role and name; Firefox does not expose them to pages.
    const computed = urgent as HTMLElement & { computedRole?: string; computedName?: string };
    if (computed.computedRole) expect(computed.computedRole).to.equal('region');
    if (computed.computedName) expect(computed.computedName).to.equal(en.urgent.heading);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps the urgent block readable with a site brand colour in the ${theme} theme`, async () => {
      const el = await fixture<KneePainCauses>(
        html`<knee-pain-causes theme=${theme} open style="--kp-color-brand: ${SITE_BRAND}"></knee-pain-causes>`,
      );
      const root = shadow(el);
      const surface = getComputedStyle(root.querySelector('[part=base]')!).backgroundColor;
      const urgentColor = getComputedStyle(root.querySelector('[part=urgent]')!).borderTopColor;
      const links = [
        ...root.querySelectorAll<HTMLAnchorElement>('[part=urgent] a'),
        ...root.querySelectorAll<HTMLAnchorElement>('a.to-urgent'),
      ];
      expect(links.length).to.equal(1 + 1 + 3);
      for (const link of links) {
        const color = getComputedStyle(link).color;
        // The urgent colour, not the site's brand colour, and AA on the surface.
        expect(color, text(link)).to.equal(urgentColor);
        expect(contrastRatio(hex(color), hex(surface))!, text(link)).to.be.at.least(4.5);
        // Focus rings are drawn in var(--_brand): inside the block that is the urgent colour too.
        const style = getComputedStyle(link);
        expect(style.getPropertyValue('--_brand'), `${text(link)} focus ring`).to.equal(style.getPropertyValue('--_urgent'));
      }
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the urgent block readable with a site brand colour in the auto theme', async () => {
    const el = await fixture<KneePainCauses>(
      html`<knee-pain-causes theme="auto" open style="--kp-color-brand: ${SITE_BRAND}"></knee-pain-causes>`,
    );
    await expect(el).to.be.accessible();
  });

  it('links the Baker’s cyst, clot and compression causes to the urgent block and moves focus there', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes open></knee-pain-causes>`);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part=cause-body] a')];
    const owners = links.map((a) => a.closest('details')!.dataset.id);
    expect(owners).to.deep.equal(['bakers-cyst', 'clot-or-tumor', 'nerve-artery-compression']);
    for (const link of links) {
      (shadow(el).activeElement as HTMLElement | null)?.blur();
      link.click();
      expect(shadow(el).activeElement === shadow(el).querySelector('[part=urgent]')).to.equal(true);
    }
  });

  it('shows a subset of causes in the order given, ignoring case and spaces', async () => {
    const el = await fixture<KneePainCauses>(
      html`<knee-pain-causes causes=" Clot-or-Tumor , bakers-cyst"></knee-pain-causes>`,
    );
    expect(details(el).map((d) => d.dataset.id)).to.deep.equal(['clot-or-tumor', 'bakers-cyst']);
  });

  it('opens every cause with `open`, and follows the property', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes open></knee-pain-causes>`);
    expect(details(el).every((d) => d.open)).to.equal(true);
    await expect(el).to.be.accessible();
    el.open = false;
    await el.updateComplete;
    expect(details(el).some((d) => d.open)).to.equal(false);
  });

  it('toggles a cause from the keyboard (Tab, Enter, Space) and reports each toggle', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div><button>before</button><knee-pain-causes causes="bakers-cyst,athletic-injury"></knee-pain-causes></div>
    `);
    const el = wrapper.querySelector('knee-pain-causes')!;
    await el.updateComplete;
    const events: CauseToggleEvent[] = [];
    document.addEventListener('kp-cause-toggle', (e) => events.push(e));
    wrapper.querySelector('button')!.focus();
    // Tab past the emergency number link (if the engine tabs to links) to the first summary.
    for (let i = 0; i < 4 && shadow(el).activeElement?.localName !== 'summary'; i += 1) {
      await sendKeys({ press: 'Tab' });
    }
    expect(shadow(el).activeElement === summaries(el)[0]).to.equal(true);

    await sendKeys({ press: 'Enter' });
    await aTimeout(0);
    expect(details(el)[0].open).to.equal(true);
    // ' ' rather than 'Space': Firefox's WebDriver BiDi only knows the key by its character.
    await sendKeys({ press: ' ' });
    await aTimeout(0);
    expect(details(el)[0].open).to.equal(false);
    expect(events.map((e) => e.detail)).to.deep.equal([
      { id: 'bakers-cyst', open: true },
      { id: 'bakers-cyst', open: false },
    ]);
    expect(events.every((e) => e.bubbles && e.composed)).to.equal(true);
  });

  it('fires kp-cause-toggle on a mouse click, heard on document', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes></knee-pain-causes>`);
    const heard = oneEvent(document, 'kp-cause-toggle');
    summaries(el)[2].click();
    const event = (await heard) as CauseToggleEvent;
    expect(event.detail).to.deep.equal({ id: 'clot-or-tumor', open: true });
  });

  it('does not report toggles made by the `open` property', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes></knee-pain-causes>`);
    let count = 0;
    el.addEventListener('kp-cause-toggle', () => (count += 1));
    el.open = true;
    await el.updateComplete;
    await aTimeout(50);
    expect(count).to.equal(0);
  });

  it('uses the emergency number given, as text and as a tel: link', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes emergency-number="112"></knee-pain-causes>`);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part=urgent] a')];
    expect(links.length).to.be.at.least(2);
    for (const link of links) {
      expect(link.getAttribute('href')).to.equal('tel:112');
      expect(text(link)).to.equal('112');
    }
    expect(text(shadow(el).querySelector('[part=urgent]'))).not.to.contain('911');
  });

  it('puts its heading at the level given; sub-headings one deeper', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes heading-level="4"></knee-pain-causes>`);
    const root = shadow(el);
    expect(root.querySelector('[part=heading]')!.localName).to.equal('h4');
    expect([...root.querySelectorAll('[part=subheading]')].map((h) => h.localName)).to.deep.equal(['h5', 'h5']);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, with dark colours', async () => {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes theme="dark" open></knee-pain-causes>`);
    const base = shadow(el).querySelector('[part=base]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 26, 32)');
    await expect(el).to.be.accessible();
  });

  describe('bad input', () => {
    let warn: ReturnType<typeof spyOnWarn>;
    beforeEach(() => (warn = spyOnWarn()));
    afterEach(() => warn.restore());

    it('ignores unknown cause ids with one warning; all unknown shows all', async () => {
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes causes="nope,bakers-cyst"></knee-pain-causes>`);
      expect(details(el).map((d) => d.dataset.id)).to.deep.equal(['bakers-cyst']);
      expect(warn.messages).to.have.length(1);
      expect(warn.messages[0]).to.contain('<knee-pain-causes>').and.contain('causes="nope,bakers-cyst"');
      expect(warn.messages[0]).to.contain('bakers-cyst, athletic-injury, clot-or-tumor, nerve-artery-compression');

      el.causes = 'x,y';
      await el.updateComplete;
      expect(details(el)).to.have.length(4);
      expect(warn.messages).to.have.length(2);
    });

    it('clamps heading-level outside 2–6 and defaults a non-number to 2, warning each time', async () => {
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes heading-level="9"></knee-pain-causes>`);
      expect(shadow(el).querySelector('[part=heading]')!.localName).to.equal('h6');
      expect(warn.messages[0]).to.contain('heading-level="9"').and.contain('2 to 6').and.contain('using 6');
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=heading]')!.localName).to.equal('h2');
      el.setAttribute('heading-level', 'big');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=heading]')!.localName).to.equal('h2');
      expect(warn.messages).to.have.length(3);
    });

    it('falls back to the light theme for an unknown theme', async () => {
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes theme="neon"></knee-pain-causes>`);
      expect(getComputedStyle(shadow(el).querySelector('[part=base]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(warn.messages).to.have.length(1);
      expect(warn.messages[0]).to.contain('theme="neon"').and.contain('light, dark, auto');
    });

    it('falls back to 911 for an emergency number with no digits', async () => {
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes emergency-number="call us"></knee-pain-causes>`);
      expect(shadow(el).querySelector('[part=urgent] a')!.getAttribute('href')).to.equal('tel:911');
      expect(warn.messages).to.have.length(1);
      expect(warn.messages[0]).to.contain('emergency-number="call us"');
    });

    it('warns once per bad value, not on every render', async () => {
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes theme="neon"></knee-pain-causes>`);
      el.open = true;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.messages).to.have.length(1);
    });
  });

  describe('slots', () => {
    it('replaces the defaults with slotted content and never renders unslotted children', async () => {
      // Plain markup as a site owner pastes it (lit-analyzer rightly flags unslotted children in
      // templates, so this is a string), with the <br> WordPress's editor adds.
      const el = await fixture<KneePainCauses>(`
        <knee-pain-causes>
          <p class="fallback">Read our article on knee pain.</p>
          <h3 slot="heading">Our own heading</h3>
          <p slot="intro">Our own intro.</p>
          <span slot="disclaimer">Our own disclaimer.</span>
          <br>
        </knee-pain-causes>
      `);
      const root = shadow(el);
      // The default heading stays in the slot as fallback content, but is not rendered.
      expect(isRendered(root.querySelector('[part=heading]'))).to.equal(false);
      expect(isRendered(el.querySelector('[slot=heading]'))).to.equal(true);
      expect(isRendered(el.querySelector('[slot=intro]'))).to.equal(true);
      expect(isRendered(el.querySelector('[slot=disclaimer]'))).to.equal(true);
      const fallback = el.querySelector('.fallback')!;
      expect(fallback.assignedSlot === null).to.equal(true);
      expect(isRendered(fallback)).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('print', () => {
    afterEach(async () => {
      if (CAN_EMULATE_MEDIA) await emulateMedia({ media: 'screen', colorScheme: 'light' });
    });

    it('every engine keeps the print rule that expands closed causes (so it is supported)', async () => {
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes></knee-pain-causes>`);
      const printRules = shadow(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
        .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
      // An engine drops a rule whose selector it does not understand, so this fails where
      // ::details-content is unsupported.
      expect(printRules.some((css) => css.includes('::details-content') && css.includes('content-visibility'))).to.equal(true);
      expect(printRules.some((css) => css.includes('attr(href)'))).to.equal(true);
    });

    it('prints every cause expanded, even the closed ones (where the engine can emulate print)', async function () {
      if (!CAN_EMULATE_MEDIA) return this.skip();
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes></knee-pain-causes>`);
      // checkVisibility, not geometry: engines lay out a closed <details> body on demand.
      const body = shadow(el).querySelector('[part=cause-body]')!;
      expect(body.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(body.checkVisibility()).to.equal(true);
    });

    it('follows the reader’s colour scheme with theme="auto"', async function () {
      if (!CAN_EMULATE_MEDIA) return this.skip();
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes theme="auto"></knee-pain-causes>`);
      const base = shadow(el).querySelector('[part=base]')!;
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 26, 32)');
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });

  it('keeps borders and the focus ring visible in forced-colors mode (where it can be emulated)', async function () {
    const el = await fixture<KneePainCauses>(html`<knee-pain-causes></knee-pain-causes>`);
    if (!(await emulateForcedColors(true))) return this.skip();
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const part of ['base', 'urgent', 'cause']) {
        const style = getComputedStyle(shadow(el).querySelector(`[part=${part}]`)!);
        expect(parseFloat(style.borderTopWidth), `${part} border width`).to.be.greaterThan(0);
        expect(style.borderTopStyle, `${part} border style`).to.equal('solid');
        expect(style.borderTopColor, `${part} border colour`).not.to.equal(style.backgroundColor);
      }
      const summary = summaries(el)[0];
      summary.focus();
      const ring = getComputedStyle(summary);
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      expect(ring.outlineColor).not.to.equal(getComputedStyle(shadow(el).querySelector('[part=base]')!).backgroundColor);
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('is typed in HTMLElementTagNameMap', () => {
    const el = document.createElement('knee-pain-causes');
    el.emergencyNumber = '999';
    expect(el.emergencyNumber).to.equal('999');
  });
});
