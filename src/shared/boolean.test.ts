import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../index.js';
import type { KneePainCauses } from '../elements/knee-pain-causes/knee-pain-causes.js';
import type { PtCta } from '../elements/pt-cta/pt-cta.js';
import { preventNavigation, shadow, spyOnWarn } from '../test/helpers.js';
import { WIDGETS } from '../widgets.js';
import {
  BOOLEAN_ACCEPTED,
  booleanConverter,
  booleanFromAttribute,
  booleanProperty,
  booleanText,
  isPlainBoolean,
  toBoolean,
} from './boolean.js';

type Widget = ReactiveElement & Record<string, unknown>;

/** Every boolean property of every widget: declared with booleanConverter, whoever added it. */
const BOOLEANS = WIDGETS.flatMap(({ tag, element }) =>
  [...(element as unknown as typeof ReactiveElement).elementProperties]
    .filter(([, declaration]) => declaration.converter === booleanConverter)
    .map(([key, declaration]) => ({
      tag,
      property: String(key),
      attribute: typeof declaration.attribute === 'string' ? declaration.attribute : String(key).toLowerCase(),
    })),
);

/** Renders `<tag>` with nothing set, then applies `set` and waits for the update. */
async function withValue(tag: string, set: (el: Widget) => void) {
  const el = document.createElement(tag) as Widget;
  document.body.append(el);
  await el.updateComplete;
  const spy = spyOnWarn();
  try {
    set(el);
    await el.updateComplete;
  } finally {
    spy.restore();
    el.remove();
  }
  return { el, warnings: spy.messages };
}

describe('boolean attributes ("false" is off)', () => {
  it('reads absent and "false" (any case, trimmed) as off, anything else as on', () => {
    for (const off of [null, 'false', 'FALSE', ' False ', '\tfalse\n']) {
      expect(booleanFromAttribute(off), JSON.stringify(off)).to.equal(false);
    }
    for (const on of ['', ' ', 'true', 'TRUE', 'open', 'data-layer', 'yes', 'no', '0', 'off', 'falsey', 'f alse']) {
      expect(booleanFromAttribute(on), JSON.stringify(on)).to.equal(true);
    }
  });

  it('reads a property by the text the same value would have as an attribute', () => {
    expect([true, false, null, undefined].map(booleanText)).to.deep.equal(['', null, null, null]);
    expect([0, 1, 'x', ['a', 'b']].map(booleanText)).to.deep.equal(['0', '1', 'x', 'a,b']);
    const cases: [unknown, boolean][] = [
      [true, true],
      [false, false],
      [null, false],
      [undefined, false],
      ['false', false],
      [' FALSE', false],
      ['', true],
      ['true', true],
      ['no', true],
      [0, true],
      [1, true],
      [{}, true],
    ];
    for (const [value, expected] of cases) {
      expect(toBoolean(value), String(value)).to.equal(expected);
      expect(toBoolean(value), `${String(value)} as attribute`).to.equal(booleanFromAttribute(booleanText(value)));
    }
  });

  it('counts absent, empty, "true", "false" and the attribute’s own name as plain; nothing else', () => {
    for (const plain of [true, false, null, undefined, '', '  ', 'true', 'False', 'open', ' OPEN ']) {
      expect(isPlainBoolean(plain, 'open'), String(plain)).to.equal(true);
    }
    for (const unclear of ['yes', 'no', '0', '1', 'on', 'off', 'data-layer', 0, 1, {}]) {
      expect(isPlainBoolean(unclear, 'open'), String(unclear)).to.equal(false);
    }
  });

  it('reflects on as an empty attribute and off (including "false") as none', () => {
    const toAttribute = booleanConverter.toAttribute!;
    expect([true, false, 'false', 'true', '', null, undefined].map((v) => toAttribute(v as boolean))).to.deep.equal([
      '',
      null,
      null,
      '',
      '',
      null,
      null,
    ]);
  });

  it('builds the same declaration at run time as the literal form', () => {
    expect(booleanProperty('pass-utm')).to.deep.equal({ attribute: 'pass-utm', type: Boolean, converter: booleanConverter });
    expect(booleanProperty('open', { reflect: true }).reflect).to.equal(true);
  });

  it('finds the widgets’ boolean properties (open and data-layer at least)', () => {
    const names = BOOLEANS.map((b) => `${b.tag} ${b.attribute}`);
    expect(names).to.include.members(['knee-pain-causes open', 'pt-cta data-layer']);
  });

  it('lists every boolean in custom-elements.json under its real attribute name (declared as a literal)', async () => {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json is served (run `npm run analyze`)').to.equal(true);
    const manifest = (await response.json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string; fieldName?: string; type?: { text: string } }[] }[] }[];
    };
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    for (const { tag, property, attribute } of BOOLEANS) {
      const attributes = declarations.find((d) => d.tagName === tag)?.attributes ?? [];
      const entry = attributes.find((a) => a.fieldName === property);
      expect(
        entry?.name,
        `<${tag}> ${property}: declare it as an object literal with converter: booleanConverter, not booleanProperty() (see shared/boolean.ts); or the manifest is stale (npm run analyze)`,
      ).to.equal(attribute);
      expect(entry?.type?.text, `<${tag}> ${attribute} type`).to.equal('boolean');
    }
  });

  describe('in every widget, attribute and property alike', () => {
    const VALUES: unknown[] = ['false', 'FALSE', ' false ', '', 'true', 'yes', '0', 'off', true, false, null, 0, 1];

    for (const value of VALUES) {
      it(`reads and warns the same for ${JSON.stringify(value) ?? String(value)}`, async () => {
        expect(BOOLEANS.length).to.be.greaterThan(1);
        for (const { tag, property, attribute } of BOOLEANS) {
          const text = booleanText(value);
          const byAttribute = await withValue(tag, (el) => {
            if (text === null) el.removeAttribute(attribute);
            else el.setAttribute(attribute, text);
          });
          const byProperty = await withValue(tag, (el) => {
            el[property] = value;
          });
          const what = `<${tag}> ${attribute} = ${String(value)}`;
          expect(toBoolean(byAttribute.el[property]), `${what} (attribute)`).to.equal(toBoolean(value));
          expect(toBoolean(byProperty.el[property]), `${what} (property)`).to.equal(toBoolean(value));
          expect(byProperty.warnings, `${what}: same warnings both ways`).to.deep.equal(byAttribute.warnings);
          if (isPlainBoolean(value, attribute)) {
            expect(byAttribute.warnings, `${what}: no warning`).to.deep.equal([]);
          } else {
            expect(byAttribute.warnings, `${what}: one warning`).to.deep.equal([
              `<${tag}> ${attribute}="${text}" is not valid (accepted: ${BOOLEAN_ACCEPTED}); using on.`,
            ]);
          }
        }
      });
    }
  });

  describe('<pt-cta data-layer>', () => {
    type Layer = { dataLayer?: unknown[] };
    let allowNavigation: () => void;
    beforeEach(() => {
      allowNavigation = preventNavigation();
      delete (window as Layer).dataLayer;
    });
    afterEach(() => {
      allowNavigation();
      delete (window as Layer).dataLayer;
    });

    const bookClick = (el: PtCta) => shadow(el).querySelector<HTMLAnchorElement>('[part=book]')!.click();
    // Clicks only: a kp_widget_view may join them once the widget has been on screen for a second.
    const pushes = () => ((window as Layer).dataLayer ?? []).filter((entry) => (entry as { event?: string }).event === 'kp_cta_click').length;

    it('pushes nothing for data-layer="false", as every framework writes false', async () => {
      const el = await fixture<PtCta>(
        // A string fixture, parsed as a page would parse it (the text "false" is the point here).
        '<pt-cta data-layer="false" booking-url="https://clinic.example/book"></pt-cta>',
      );
      bookClick(el);
      expect(pushes()).to.equal(0);
      el.setAttribute('data-layer', 'true');
      await el.updateComplete;
      bookClick(el);
      expect(pushes()).to.equal(1);
      el.setAttribute('data-layer', 'False');
      await el.updateComplete;
      bookClick(el);
      expect(pushes()).to.equal(1);
    });

    it('pushes nothing when the property is the text "false" (Vue sets a static data-layer="false" so)', async () => {
      const el = await fixture<PtCta>(html`<pt-cta booking-url="https://clinic.example/book"></pt-cta>`);
      (el as unknown as { dataLayer: unknown }).dataLayer = 'false';
      await el.updateComplete;
      bookClick(el);
      expect(pushes()).to.equal(0);
      (el as unknown as { dataLayer: unknown }).dataLayer = '';
      await el.updateComplete;
      bookClick(el);
      expect(pushes()).to.equal(1);
    });
  });

  describe('<knee-pain-causes open>', () => {
    const openCount = (el: KneePainCauses) => shadow(el).querySelectorAll('details[open]').length;

    it('keeps every cause closed for open="false" and open for open', async () => {
      const el = await fixture<KneePainCauses>('<knee-pain-causes open="false"></knee-pain-causes>');
      expect(openCount(el)).to.equal(0);
      el.setAttribute('open', '');
      await el.updateComplete;
      expect(openCount(el)).to.equal(4);
    });

    it('reflects the property as the attribute, the text "false" as none', async () => {
      const el = await fixture<KneePainCauses>(html`<knee-pain-causes></knee-pain-causes>`);
      el.open = true;
      await el.updateComplete;
      expect(el.getAttribute('open')).to.equal('');
      expect(openCount(el)).to.equal(4);
      (el as unknown as { open: unknown }).open = 'false';
      await el.updateComplete;
      expect(el.hasAttribute('open')).to.equal(false);
      expect(openCount(el)).to.equal(0);
    });
  });
});
