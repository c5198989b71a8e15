/**
 * Fills the build-time pre-rendered templates (`dist/knee-pain-widgets.prerender.json`, made by
 * ./templates.ts from {@link ../render/index.ts prerender}) with a clinic's values. For pages that
 * cannot run the server renderer: the snippet builder in the browser, and (ported to PHP) the
 * WordPress plugin. The result is byte for byte what `prerender()` returns for the same attributes;
 * the tests check that over the bad-input fuzz generators.
 *
 * Browser-safe: no DOM, no Node API, no Lit. Every value is validated with the functions the
 * elements themselves use (../shared/validate.ts, ../shared/boolean.ts) and HTML-escaped.
 */
import { booleanFromAttribute } from '../shared/boolean.js';
import { dateLocale, formatCalendarDate, reviewedText, type ReviewedTemplates } from '../shared/reviewed.js';
import {
  clampHeadingLevel,
  isFutureDate,
  oneOf,
  parseEmergencyNumber,
  parseIdList,
  parseIsoDate,
  parsePhone,
  toSafeHttpUrl,
} from '../shared/validate.js';

/** The placeholders a template may hold; each is replaced by an HTML-escaped value. */
export type Placeholder =
  | 'level'
  | 'sublevel'
  | 'theme'
  | 'layout'
  | 'emergencyNumber'
  | 'clinicName'
  | 'buttonLabel'
  | 'bookingUrl'
  | 'phoneHref'
  | 'phoneDisplay'
  | 'reviewed';

/**
 * The structural switches, in the order variant keys list them: `open` (every cause open), `book`
 * and `call` (the call to action's links), `reviewed` (the "Reviewed by … on …" line), `switch`
 * (the language switch).
 */
export const SWITCHES = ['open', 'book', 'call', 'reviewed', 'switch'] as const;
export type Switch = (typeof SWITCHES)[number];

/** What one language gives the filling: its locale and the texts that are not attributes. */
export interface LanguageTexts {
  /** The content's locale (`en`, `es-US`): dates are formatted in it unless `lang` refines it. */
  locale: string;
  /** Shown when `clinic-name` is blank. */
  clinicName?: string;
  /** Shown when `button-label` is blank. */
  buttonLabel?: string;
  /** The reviewed line's three wordings, with `{name}` and `{date}`. */
  reviewed?: ReviewedTemplates;
}

/** One widget's entry in the templates file. */
export interface WidgetTemplates {
  /** Every attribute the element reads. */
  attributes: string[];
  /**
   * The attributes the templates cover. Any other attribute the element reads, set to a value that
   * is not blank, cannot be filled in: `fill()` returns `undefined` (render on a server, or use the
   * plain tag).
   */
  filled: string[];
  /** Accepted words of word-valued attributes (`theme`, `layout`), the fallback first. */
  choices: Record<string, string[]>;
  /** Per language: see {@link LanguageTexts}. */
  defaults: Record<string, LanguageTexts>;
  /**
   * Per language, per variant: the shadow root's content after the styles. The variant key lists
   * the switches that are on (see {@link SWITCHES}), space-separated in that order; the empty key
   * is none.
   */
  templates: Record<string, Record<string, string>>;
}

/** The whole templates file, `dist/knee-pain-widgets.prerender.json`. */
export interface PrerenderTemplates {
  format: 1;
  version: string;
  /** Languages with templates; the first is the fallback. */
  languages: string[];
  /** File name of the stylesheet, beside the bundle, for the linked form. */
  stylesheet: string;
  /** Per widget: the inline `<style>` content. */
  styles: Record<string, string>;
  /** Per widget: the CSP `style-src` source that allows its inline `<style>` (`'sha256-…'`). */
  styleHashes: Record<string, string>;
  widgets: Record<string, WidgetTemplates>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes text or a quoted attribute value: the five characters Lit's server renderer escapes. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Attribute names that may be written into markup (HTML's rule, nothing exotic). */
export const ATTRIBUTE_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

/**
 * The attributes as they will be read: names lower-cased, and of two with the same name only the
 * first (as the HTML parser keeps it). `undefined` if a name cannot be written into markup.
 */
export function hostAttributes(pairs: readonly (readonly [string, string])[]): [string, string][] | undefined {
  const seen = new Map<string, string>();
  for (const [name, value] of pairs) {
    if (!ATTRIBUTE_NAME.test(name)) return undefined;
    const key = name.toLowerCase();
    if (!seen.has(key)) seen.set(key, String(value));
  }
  return [...seen];
}

/** A start tag's attributes: `name` alone for an empty value, otherwise `name="escaped value"`. */
export function attributeText(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
}

/** Replaces every `{{name}}` in one pass, so a value that contains `{{…}}` is never read again. */
const substitute = (template: string, values: Partial<Record<Placeholder, string>>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: Placeholder) => {
    const value = values[name];
    if (value === undefined) throw new Error(`fill: no value for ${whole}`);
    return escapeHtml(value);
  });

/** Options of {@link fill}. */
export interface FillOptions {
  /** Link the stylesheet at this address instead of inlining the styles (see `prerender`). */
  stylesheet?: string;
}

/**
 * The widget `tag` with `attributes` ([name, value] pairs; `''` for a present boolean), pre-rendered
 * from `templates`: the same string `prerender(tag, attributes, options)` returns. `undefined` when
 * the templates cannot express these attributes (an unknown tag, a chosen subset of causes or
 * tips, an attribute they do not cover): render on a server instead, or use the plain tag.
 */
export function fill(
  templates: PrerenderTemplates,
  tag: string,
  attributes: readonly (readonly [string, string])[],
  options: FillOptions = {},
): string | undefined {
  const widget = templates.widgets[tag];
  if (!widget) return undefined;
  const pairs = hostAttributes(attributes);
  if (!pairs) return undefined;
  const value = new Map(pairs);
  const given = (name: string) => value.get(name);
  for (const name of widget.attributes) {
    const text = given(name);
    if (text === undefined || widget.filled.includes(name)) continue;
    // An id list that names items is a subset the templates do not hold.
    if (name === 'causes' || name === 'tips' ? parseIdList(text).length > 0 : text.trim() !== '') return undefined;
  }

  // The language as the element picks it: the primary subtag of its own `lang`, else the first.
  const primary = (given('lang') ?? '').trim().split(/[-_]/)[0].toLowerCase();
  const language = templates.languages.includes(primary) ? primary : templates.languages[0];
  const byVariant = widget.templates[language];
  const texts = widget.defaults[language];
  if (!byVariant || !texts) return undefined;
  const reads = (name: string) => widget.attributes.includes(name);

  const level = clampHeadingLevel(given('heading-level')) ?? 2;
  const choice = (name: string) => oneOf(widget.choices[name] ?? [], given(name)) ?? widget.choices[name]?.[0] ?? '';
  const text = (name: string, fallback = '') => (given(name) ?? '').trim() || fallback;
  const book = reads('booking-url') ? toSafeHttpUrl(given('booking-url')) : undefined;
  const phone = reads('phone') ? parsePhone(given('phone')) : undefined;
  // The reviewed line, as the element words it: a valid, not future, date in the locale of the
  // element's own `lang` when that is a form of the content's language.
  const date = parseIsoDate(given('reviewed-on'));
  const shownDate = date && !isFutureDate(date) ? formatCalendarDate(date, dateLocale(given('lang'), texts.locale), texts.locale) : '';
  const reviewed = reads('reviewed-by') && texts.reviewed ? reviewedText(texts.reviewed, given('reviewed-by') ?? '', shownDate) : undefined;
  const values: Partial<Record<Placeholder, string>> = {
    level: String(level),
    sublevel: String(Math.min(level + 1, 6)),
    theme: choice('theme'),
    layout: choice('layout'),
    emergencyNumber: parseEmergencyNumber(given('emergency-number')) ?? '911',
    clinicName: text('clinic-name', texts.clinicName),
    buttonLabel: text('button-label', texts.buttonLabel),
    bookingUrl: book,
    phoneHref: phone?.href,
    phoneDisplay: phone?.display,
    reviewed,
  };

  const on: Record<Switch, boolean> = {
    open: reads('open') && booleanFromAttribute(given('open') ?? null),
    book: book !== undefined,
    call: phone !== undefined,
    reviewed: reviewed !== undefined,
    switch: reads('language-switch') && booleanFromAttribute(given('language-switch') ?? null),
  };
  const template = byVariant[SWITCHES.filter((name) => on[name]).join(' ')];
  if (template === undefined) return undefined;

  const styles =
    options.stylesheet === undefined
      ? `<style>${templates.styles[tag]}</style>`
      : `<link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">`;
  return `<${tag}${attributeText(pairs)}><template shadowrootmode="open">${styles}${substitute(template, values)}</template></${tag}>`;
}
