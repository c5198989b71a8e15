/**
 * Pieces the three story files share: controls for the common attributes and the `--kp-*` custom
 * properties, and decorators that put a widget on a dark page or in a column of a given width.
 * Not a story file itself (the glob only picks up `*.stories.ts`).
 */
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { LANGUAGES } from '../src/shared/language.ts';
import { TOKEN_NAMES } from '../src/shared/tokens.ts';

/** Custom properties every widget reads (from the design tokens), with the control that suits each. */
const CSS_PROPERTIES = Object.fromEntries(
  TOKEN_NAMES.map((name) => [name, name.startsWith('--kp-color') ? 'color' : 'text'] as const),
) as Record<string, 'color' | 'text'>;

export type CssPropertyArgs = { [name: `--kp-${string}`]: string | undefined };

/** Args every widget has: the two shared attributes and the custom properties. */
export type CommonArgs = CssPropertyArgs & {
  'heading-level'?: number | string;
  theme?: string;
  /** The widget's language; unset, it follows the page (the Storybook canvas is English). */
  lang?: string;
  'language-switch'?: boolean;
};

/**
 * Controls for `heading-level`, `theme` and the custom properties. Descriptions, types and defaults
 * come from the Custom Elements Manifest; this only picks the kind of control.
 */
export const commonArgTypes: ArgTypes<CommonArgs> = {
  'heading-level': { control: { type: 'select' }, options: [2, 3, 4, 5, 6] },
  theme: { control: { type: 'inline-radio' }, options: ['light', 'dark', 'auto'] },
  // The languages the widgets have (src/content/locales.ts), and one they lack, to see the fallback.
  lang: { control: { type: 'select' }, options: [undefined, ...LANGUAGES, 'fr'] },
  'language-switch': { control: { type: 'boolean' } },
  ...(Object.fromEntries(
    Object.entries(CSS_PROPERTIES).map(([name, type]) => [name, { control: { type } }]),
  ) as ArgTypes<CssPropertyArgs>),
};

/**
 * The custom properties that are set, as an inline `style` value (for example
 * `--kp-color-brand: #2e7d32`), or `undefined` so no empty `style=""` shows up in the code panel.
 */
export function cssProperties(args: CssPropertyArgs): string | undefined {
  const set = Object.entries(args).filter(
    ([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '',
  );
  return set.length ? set.map(([name, value]) => `${name}: ${String(value)}`).join('; ') : undefined;
}

/**
 * A comma-separated id list for `causes` or `tips`. The check-box control gives an array (in the
 * order the boxes were ticked); a story that needs a bad value gives a plain string.
 */
export function idList(value: readonly string[] | string | undefined): string | undefined {
  const text = typeof value === 'string' ? value : value?.join(',');
  return text ? text : undefined;
}

/** Puts the story on a dark page, as a site with a dark design would. */
export const onDarkPage: Decorator = (story) => html`
  <div style=${styleMap({ background: '#0d1117', color: '#e6edf3', padding: '24px', borderRadius: '8px' })}>
    ${story()}
  </div>
`;

/**
 * Puts the story in a column `width` wide (a dashed outline shows the column), like a sidebar or
 * a main content column on a clinic site. The widgets lay themselves out by this width, not by the
 * width of the window (CSS container queries).
 */
export function inColumn(width: string): Decorator {
  return (story) => html`
    <div style=${styleMap({ inlineSize: width, maxInlineSize: 'none', outline: '1px dashed #8a94a3', outlineOffset: '4px' })}>
      ${story()}
    </div>
  `;
}
