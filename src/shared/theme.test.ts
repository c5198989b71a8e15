import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../index.js';
import { shadow } from '../test/helpers.js';
import { WIDGET_TAGS } from '../widgets.js';
import { darkBrand, defaultColor, TOKEN_DOCS, TOKEN_NAMES } from './tokens.js';

/**
 * The design tokens (shared/tokens.ts) are the one home of the `--kp-*` custom properties: the JSDoc
 * on KpElement (and so custom-elements.json, the README and Storybook) says what they say, and the
 * widgets paint their defaults, in both themes. A site's brand colour reads in every theme.
 */

interface CssProperty {
  name: string;
  description?: string;
  inheritedFrom?: { name: string };
}

type Scheme = 'light' | 'dark';

/** Where each colour token can be read off a rendered widget, per theme. */
const PROBES: Record<string, { selector: string; property: string; theme?: Scheme }> = {
  '--kp-color-text': { selector: '[part=base]', property: 'color' },
  '--kp-color-surface': { selector: '[part=base]', property: 'background-color' },
  '--kp-color-border': { selector: '[part=base]', property: 'border-top-color' },
  '--kp-color-muted': { selector: '[part=disclaimer]', property: 'color' },
  '--kp-color-urgent': { selector: '[part=urgent]', property: 'border-top-color' },
  '--kp-color-brand': { selector: '[part=book]', property: 'background-color', theme: 'light' },
  '--kp-color-on-brand': { selector: '[part=book]', property: 'color', theme: 'light' },
  '--kp-color-brand-dark': { selector: '[part=book]', property: 'background-color', theme: 'dark' },
  '--kp-color-on-brand-dark': { selector: '[part=book]', property: 'color', theme: 'dark' },
};

/** `rgb(…)`, `rgba(…)` or `color(srgb …)` (what engines report for color-mix) as 0–255 channels. */
function channels(value: string): [number, number, number] {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(value);
  if (srgb) return [1, 2, 3].map((i) => Number(srgb[i]) * 255) as [number, number, number];
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(value);
  if (!rgb) throw new Error(`not a colour: ${value}`);
  return [1, 2, 3].map((i) => Number(rgb[i])) as [number, number, number];
}

const hexChannels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Whether a painted colour is `hex` (within one step per channel: engines round mixes differently). */
function sameColour(painted: string, hex: string): boolean {
  const a = channels(painted);
  const b = hexChannels(hex);
  return a.every((v, i) => Math.abs(v - b[i]) <= 1);
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast of two painted colours. */
function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/** Whether this engine's driver can switch the reader's colour scheme (tried, not assumed). */
async function canEmulateScheme(): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: 'dark' });
    const works = matchMedia('(prefers-color-scheme: dark)').matches;
    await emulateMedia({ colorScheme: 'light' });
    return works && matchMedia('(prefers-color-scheme: light)').matches;
  } catch {
    return false;
  }
}
// Chromium's driver can; asking the others logs a stack trace from the test runner for nothing.
const CAN_EMULATE_MEDIA = /Chrome/.test(navigator.userAgent) && (await canEmulateScheme());

describe('design tokens', () => {
  afterEach(async () => {
    if (CAN_EMULATE_MEDIA) await emulateMedia({ colorScheme: 'light' });
  });

  it('are documented once, on KpElement, with the words of tokens.ts, for every widget', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
      name: string;
      tagName?: string;
      cssProperties?: CssProperty[];
    }[];
    const base = declarations.find((d) => d.name === 'KpElement')!;
    expect(base.cssProperties!.map((p) => [p.name, p.description])).to.deep.equal(
      TOKEN_NAMES.map((name) => [name, TOKEN_DOCS[name]]),
    );
    const widgets = declarations.filter((d) => d.tagName);
    expect(widgets.map((d) => d.tagName).sort()).to.deep.equal([...WIDGET_TAGS].sort());
    for (const widget of widgets) {
      const props = widget.cssProperties ?? [];
      expect(props.map((p) => p.name), widget.tagName).to.deep.equal([...TOKEN_NAMES]);
      for (const p of props) expect(p.inheritedFrom?.name, `${widget.tagName} ${p.name}`).to.equal('KpElement');
    }
  });

  it('derive the documented dark brand from the light one', () => {
    expect(darkBrand('#0a5ca8')).to.equal('#91b6d8');
    expect(TOKEN_DOCS['--kp-color-brand-dark']).to.contain('`#91b6d8`');
  });

  it('are the colours every widget paints, in the light and the dark theme', async () => {
    let checked = 0;
    for (const theme of ['light', 'dark'] as const) {
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <knee-pain-causes theme=${theme}></knee-pain-causes>
          <pt-cta theme=${theme} booking-url="https://example.com/book"></pt-cta>
        </div>
      `);
      for (const name of TOKEN_NAMES) {
        const probe = PROBES[name];
        const expected = defaultColor(name, theme);
        if (!probe || !expected || (probe.theme && probe.theme !== theme)) continue;
        const host = [...page.children].find((el) => shadow(el).querySelector(probe.selector))!;
        const painted = getComputedStyle(shadow(host).querySelector(probe.selector)!).getPropertyValue(probe.property);
        expect(sameColour(painted, expected), `${name} in the ${theme} theme: ${painted}, expected ${expected}`).to.equal(true);
        checked += 1;
      }
    }
    // Seven colours per theme: five shared, plus the brand pair of that theme.
    expect(checked).to.equal(14);
  });

  /** Contrast of the Book button's text and of the Call link, as painted. */
  async function brandContrast(brand: string, theme: string, extra = '') {
    const el = await fixture<HTMLElement>(html`
      <pt-cta
        theme=${theme}
        style="--kp-color-brand: ${brand};${extra}"
        booking-url="https://example.com/book"
        phone="413-555-0142"
      ></pt-cta>
    `);
    const root = shadow(el);
    const book = getComputedStyle(root.querySelector('[part=book]')!);
    const call = getComputedStyle(root.querySelector('[part=call]')!);
    const surface = getComputedStyle(root.querySelector('[part=base]')!).backgroundColor;
    return { button: contrast(book.color, book.backgroundColor), link: contrast(call.color, surface), buttonColour: book.backgroundColor };
  }

  /** The schemes a theme can show here: auto follows the reader, emulated where the engine can. */
  function schemes(theme: string): (Scheme | undefined)[] {
    if (theme !== 'auto') return [undefined];
    if (CAN_EMULATE_MEDIA) return ['light', 'dark'];
    return [matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'];
  }

  for (const [kind, brand] of [
    ['dark-ish', '#17634d'],
    ['light-ish', '#8cc3ff'],
  ] as const) {
    for (const theme of ['light', 'dark', 'auto']) {
      it(`keep a ${kind} site brand (${brand}) readable in the ${theme} theme`, async () => {
        for (const scheme of schemes(theme)) {
          if (scheme && CAN_EMULATE_MEDIA) await emulateMedia({ colorScheme: scheme });
          const used: Scheme = theme === 'auto' ? scheme! : (theme as Scheme);
          const { button, link, buttonColour } = await brandContrast(brand, theme);
          const what = `${theme} theme, ${used} scheme`;
          if (used === 'dark') {
            // The dark theme derives its brand from the site's, so dark-mode readers can read it.
            expect(sameColour(buttonColour, darkBrand(brand)!), `${what}: derived ${buttonColour}`).to.equal(true);
            expect(button, `${what}: Book button text`).to.be.at.least(4.5);
            expect(link, `${what}: Call link`).to.be.at.least(4.5);
          } else if (kind === 'dark-ish') {
            expect(sameColour(buttonColour, brand), `${what}: the site's own colour`).to.equal(true);
            expect(button, `${what}: Book button text`).to.be.at.least(4.5);
            expect(link, `${what}: Call link`).to.be.at.least(4.5);
          } else {
            // A light theme shows the site's colour as given; a light one on white cannot read, which
            // is why the snippet builder warns about it (test/demo/builder.test.ts).
            expect(sameColour(buttonColour, brand), `${what}: the site's own colour`).to.equal(true);
            expect(link, `${what}: a pale brand on white`).to.be.below(4.5);
          }
        }
      });
    }
  }

  it('let a site set its own dark brand and dark button text', async () => {
    const { buttonColour, button } = await brandContrast(
      '#17634d',
      'dark',
      ' --kp-color-brand-dark: #7fd1b0; --kp-color-on-brand-dark: #002014',
    );
    expect(sameColour(buttonColour, '#7fd1b0'), buttonColour).to.equal(true);
    expect(button).to.be.at.least(4.5);
  });
});
