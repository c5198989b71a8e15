import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { shadow } from '../test/helpers.js';

/**
 * The colour defaults documented in each element's JSDoc (and so in custom-elements.json, the
 * README and Storybook) are the colours the widgets really paint, in both themes.
 */

interface CssProperty {
  name: string;
  description?: string;
}

/** Where each colour token can be read off a rendered widget. */
const PROBES: Record<string, { selector: string; property: string }> = {
  '--kp-color-text': { selector: '[part=base]', property: 'color' },
  '--kp-color-surface': { selector: '[part=base]', property: 'background-color' },
  '--kp-color-border': { selector: '[part=base]', property: 'border-top-color' },
  '--kp-color-muted': { selector: '[part=disclaimer]', property: 'color' },
  '--kp-color-urgent': { selector: '[part=urgent]', property: 'border-top-color' },
  '--kp-color-brand': { selector: '[part=book]', property: 'background-color' },
  '--kp-color-on-brand': { selector: '[part=book]', property: 'color' },
};

const rgb = (hex: string) => {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  return `rgb(${parseInt(h.slice(0, 2), 16)}, ${parseInt(h.slice(2, 4), 16)}, ${parseInt(h.slice(4, 6), 16)})`;
};

/** "Default `#0a5ca8` (dark: `#8cc3ff`)" or "Default `#7d8997` (both themes)" → both colours. */
function documented(description = ''): { light: string; dark: string } | undefined {
  const light = /Default `(#[\da-f]{3,6})`/i.exec(description)?.[1];
  if (!light) return undefined;
  const dark = /dark: `(#[\da-f]{3,6})`/i.exec(description)?.[1] ?? (/both themes/.test(description) ? light : undefined);
  return dark ? { light, dark } : undefined;
}

describe('documented colour defaults', () => {
  it('match what every widget paints, in the light and the dark theme', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
      tagName?: string;
      cssProperties?: CssProperty[];
    }[];
    let checked = 0;
    for (const theme of ['light', 'dark'] as const) {
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <knee-pain-causes theme=${theme}></knee-pain-causes>
          <pt-cta theme=${theme} booking-url="https://example.com/book"></pt-cta>
        </div>
      `);
      for (const declaration of declarations.filter((d) => d.tagName)) {
        for (const prop of declaration.cssProperties ?? []) {
          const colours = documented(prop.description);
          const probe = PROBES[prop.name];
          if (!colours || !probe) continue;
          const host = [...page.children].find((el) => shadow(el).querySelector(probe.selector))!;
          const painted = getComputedStyle(shadow(host).querySelector(probe.selector)!).getPropertyValue(probe.property);
          expect(painted, `<${declaration.tagName}> ${prop.name} in the ${theme} theme`).to.equal(rgb(colours[theme]));
          checked += 1;
        }
      }
    }
    // Every documented colour of every element, in both themes.
    expect(checked).to.equal(2 * 3 * 7);
  });
});
