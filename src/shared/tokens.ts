/**
 * The design tokens: the one home of every public `--kp-*` custom property, its light and dark
 * defaults and what it is for. Everything else comes from here or is checked against it:
 * - `styles.ts` builds the widgets' token declarations from `TOKENS`;
 * - `theme.test.ts` checks that the `@cssprop` JSDoc on `KpElement` (and so custom-elements.json,
 *   the README's API and theming tables and Storybook) says what `TOKEN_DOCS` says, and that the
 *   widgets paint these colours in both themes;
 * - the snippet builder's contrast check reads the defaults and `darkBrand()` from here.
 *
 * `TOKEN_DOCS` and the helper functions are not used by the elements, so the bundle leaves them out.
 */

/** How much of the light brand colour the dark theme's default brand keeps (the rest is white). */
export const DARK_BRAND_MIX = 45;

/**
 * One custom property. `light`/`dark` are CSS values; `dark` is omitted where one value serves
 * both themes. `private` is the variable the stylesheets use (`var(--_brand)`), so a token's
 * default is written once.
 */
export interface Token {
  readonly name: `--kp-${string}`;
  /** Omitted for the font, whose default (`inherit`) is only valid on the property itself. */
  readonly private?: `--_${string}`;
  readonly light: string;
  readonly dark?: string;
  /** The property that overrides the dark value on its own (the light one is `name`). */
  readonly darkName?: `--kp-${string}`;
}

/**
 * The dark theme's default brand: the light brand (the site's, or ours) mixed with white. With at
 * least 55 % white every channel is at least 0.55, so the result reads at 5:1 or more on the dark
 * surface and under the dark on-brand text, whatever colour a site picks for its light theme.
 */
const DERIVED_DARK_BRAND = `color-mix(in srgb,var(--kp-color-brand,#0a5ca8) ${DARK_BRAND_MIX}%,#fff)`;

export const TOKENS: readonly Token[] = [
  { name: '--kp-color-brand', private: '--_brand', light: '#0a5ca8', dark: DERIVED_DARK_BRAND, darkName: '--kp-color-brand-dark' },
  { name: '--kp-color-on-brand', private: '--_on-brand', light: '#fff', dark: '#0b1b2d', darkName: '--kp-color-on-brand-dark' },
  { name: '--kp-color-text', private: '--_text', light: '#1b2330', dark: '#edf1f5' },
  { name: '--kp-color-muted', private: '--_muted', light: '#4a5566', dark: '#b7c1cc' },
  { name: '--kp-color-surface', private: '--_surface', light: '#fff', dark: '#161a20' },
  { name: '--kp-color-border', private: '--_border', light: '#7d8997' },
  { name: '--kp-color-urgent', private: '--_urgent', light: '#a51d24', dark: '#ff9d96' },
  { name: '--kp-font-family', light: 'inherit' },
  { name: '--kp-radius', private: '--_radius', light: '8px' },
  { name: '--kp-space', private: '--_space', light: '1em' },
];

/**
 * One declaration per token, for the widget's root box. A token with its own dark property picks
 * per theme with `light-dark()` (the theme sets `color-scheme`); any other takes the site's value in
 * every theme, else its own light/dark pair.
 */
export function tokenDeclarations(tokens: readonly Token[] = TOKENS): string {
  return tokens
    .filter((token) => token.private)
    .map(({ name, private: own, light, dark, darkName }) => {
      const value = darkName
        ? `light-dark(var(${name},${light}),var(${darkName},${dark}))`
        : `var(${name},${dark ? `light-dark(${light},${dark})` : light})`;
      return `${own}:${value};`;
    })
    .join('');
}

/** `var(--kp-…, default)` for a token used directly (the font). */
export function tokenValue(name: string): string {
  const token = TOKENS.find((t) => t.name === name);
  return token ? `var(${name},${token.light})` : '';
}

/** What each token is for, and its defaults in words: the text of the `@cssprop` JSDoc. */
export const TOKEN_DOCS: Readonly<Record<string, string>> = {
  '--kp-color-brand':
    'Links, focus rings, icons and the Book button in the light theme. Default `#0a5ca8`. The dark theme uses `--kp-color-brand-dark`.',
  '--kp-color-brand-dark': `The brand colour in the dark theme (and in \`auto\` for dark-mode readers). Default: \`--kp-color-brand\` mixed with ${100 - DARK_BRAND_MIX}% white (\`#91b6d8\` for the default blue), which reads at 5:1 or more on the dark surface whatever the brand colour.`,
  '--kp-color-on-brand': 'Text on the brand colour (the Book button) in the light theme. Default `#ffffff`.',
  '--kp-color-on-brand-dark': 'Text on the brand colour in the dark theme. Default `#0b1b2d`.',
  '--kp-color-text': 'Body text. Default `#1b2330` (dark: `#edf1f5`).',
  '--kp-color-muted': 'Secondary text such as summaries and the disclaimer. Default `#4a5566` (dark: `#b7c1cc`).',
  '--kp-color-surface': 'Background. Default `#ffffff` (dark: `#161a20`).',
  '--kp-color-border': 'Borders. Default `#7d8997` (both themes).',
  '--kp-color-urgent': 'The urgent-care block and cautions. Default `#a51d24` (dark: `#ff9d96`).',
  '--kp-font-family': 'Font. Default: inherited from the host page.',
  '--kp-radius': 'Corner radius. Default `8px`.',
  '--kp-space': 'Base spacing. Default `1em`.',
};

/** Every public custom property name, dark overrides included, in table order. */
export const TOKEN_NAMES: readonly string[] = Object.keys(TOKEN_DOCS);

/** A colour's default per theme as `#rrggbb`, for checks that need numbers (contrast, tests). */
export function defaultColor(name: string, theme: 'light' | 'dark'): string | undefined {
  const token = TOKENS.find((t) => t.name === name || t.darkName === name);
  if (!token || !token.name.startsWith('--kp-color')) return undefined;
  const value = theme === 'dark' ? (token.dark ?? token.light) : token.light;
  if (value === DERIVED_DARK_BRAND) return darkBrand(token.light);
  return expandHex(value);
}

/** `#rgb` or `#rrggbb` as lower-case `#rrggbb`, or `undefined`. */
export function expandHex(value: string): string | undefined {
  const m = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const h = m[1].toLowerCase();
  return `#${h.length === 3 ? [...h].map((c) => c + c).join('') : h}`;
}

/**
 * The dark brand the widgets derive from a light brand when `--kp-color-brand-dark` is not set:
 * the same `color-mix(in srgb, brand 45%, #fff)` the stylesheet computes, as `#rrggbb`.
 */
export function darkBrand(light: string): string | undefined {
  const hex = expandHex(light);
  if (!hex) return undefined;
  const mix = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    return Math.round((c * DARK_BRAND_MIX + 255 * (100 - DARK_BRAND_MIX)) / 100)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}
