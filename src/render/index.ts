/**
 * Pre-rendering: the widgets as HTML with declarative shadow DOM, so the article is in the page
 * before (and without) any JavaScript, and nothing moves when the drop-in bundle takes over.
 *
 * Node only, never in the browser bundle (nothing in `src/index.ts` imports this folder; the
 * package entry `knee-pain-widgets/render` resolves under Node's condition only). `@lit-labs/ssr`
 * is a dependency for it, so the CLI and static-site builds work from an installed package.
 *
 * One function makes the markup, {@link prerender}. Everything else is built on it:
 * - the CLI, `npx knee-pain-widgets render <tag> --attribute value …` (bin/knee-pain-widgets.mjs);
 * - `npm run build` (scripts/prerendered.mjs), which writes beside the bundle in `dist/`:
 *   - `knee-pain-widgets.css`: every widget's styles in one file, for the linked-stylesheet form
 *     (a strict `style-src 'self'` refuses the inline `<style>` of the default form); see
 *     {@link stylesheet};
 *   - `knee-pain-widgets.prerender.json`: the pre-rendered templates below, made by
 *     {@link prerender} itself and checked against it (./templates.ts), for the snippet builder
 *     (filled in the browser by ./fill.ts) and the WordPress plugin (filled in PHP);
 * - the tests: filled templates are byte for byte what {@link prerender} makes, for the bad-input
 *   fuzz values too, and parse to exactly the DOM the bundle renders.
 *
 * The markup. `<tag ATTRIBUTES><template shadowrootmode="open">STYLES CONTENT</template></tag>`:
 * - ATTRIBUTES as given, names lower-cased, the first of two with the same name kept (as the HTML
 *   parser does), each ` name` when empty or ` name="value"` with the value escaped;
 * - STYLES: `<style>…</style>` with the widget's own styles (default), or
 *   `<link rel="stylesheet" href="…">` pointing at `knee-pain-widgets.css` (option `stylesheet`);
 * - CONTENT: what the element renders in the browser, from the same templates after the same
 *   minification as the bundle (./minify.ts) and without Lit's hydration comments, so the bundle's
 *   first render produces exactly this DOM. The bundle does not hydrate: an element that finds a
 *   declarative shadow root keeps it on screen, then replaces it with its own render in one step
 *   (see KpElement.createRenderRoot).
 * Bad attribute values are handled as the elements handle them (one console.warn, safe fallback).
 * Escaping, everywhere: `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;` `&#39;` (what
 * Lit's server renderer does), nothing else changes.
 *
 * ## dist/knee-pain-widgets.prerender.json (format 1), for servers without Node
 *
 * ```
 * { "format": 1, "version": "0.1.0", "languages": ["en", "es"], "stylesheet": "knee-pain-widgets.css",
 *   "styles":      { "<tag>": "<inline CSS>" },          // STYLES is "<style>" + this + "</style>"
 *   "styleHashes": { "<tag>": "'sha256-…'" },            // CSP sources allowing those <style>s
 *   "widgets": { "<tag>": {
 *     "attributes": [every attribute the element reads],
 *     "filled":     [those the templates cover],
 *     "choices":    { "theme": ["light", "dark", "auto"], "layout": ["grid", "list"] },  // fallback first
 *     "defaults":   { "<lang>": { "locale": "en", "clinicName"?, "buttonLabel"?, "reviewed"?: { "byOn", "by", "on" } } },
 *     "templates":  { "<lang>": { "<variant>": "CONTENT with {{placeholders}}" } } } } }
 * ```
 *
 * To pre-render `<tag>` with attributes (an ordered list of name/value text pairs) from it:
 * 1. `widgets[tag]` missing: do not pre-render (print the plain tag).
 * 2. Normalise the attributes as for ATTRIBUTES above; a name outside
 *    `/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/` means: do not pre-render.
 * 3. Any name in `attributes` but not in `filled` that is given and not blank (for `causes` and
 *    `tips`: whose comma-separated list names anything) means: do not pre-render. (The templates do
 *    not hold chosen subsets of causes or tips.) Attributes the element does not read (`id`,
 *    `class`, `style`, …) are only written on the tag.
 * 4. Language: the primary subtag of `lang` (trimmed, cut at `-` or `_`, lower-cased) if it is in
 *    `languages`, else `languages[0]`. `texts = defaults[language]`.
 * 5. The values, decided exactly as the elements decide (the functions named are in
 *    ../shared/validate.ts and ../shared/reviewed.ts; "trim" is JavaScript's, which also removes
 *    U+00A0, U+FEFF, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000):
 *    - `{{level}}`: `heading-level` as a number, rounded, clamped to 2–6 (`clampHeadingLevel`);
 *      not a number or blank: 2. `{{sublevel}}`: level + 1, at most 6. (They sit in tag names:
 *      `<h{{level}} …>`; only these digits may go there.)
 *    - `{{theme}}`, `{{layout}}`: the trimmed, lower-cased value if it is one of `choices[name]`,
 *      else `choices[name][0]`.
 *    - `{{emergencyNumber}}`: the digits of `emergency-number` if there are 1 to 6, else `911`.
 *    - `{{clinicName}}`, `{{buttonLabel}}`: the trimmed attribute, or `texts.clinicName` /
 *      `texts.buttonLabel` when that is empty.
 *    - `{{bookingUrl}}`: `booking-url` trimmed and parsed as a WHATWG URL; only `http:`/`https:`
 *      with a host that is a DNS name (`[0-9a-z_-]` labels between dots, a final dot allowed), an
 *      IPv4 address or a bracketed IPv6 address (`toSafeHttpUrl`); the URL's serialisation
 *      (`href`). Otherwise there is no Book link.
 *    - `{{phoneHref}}`, `{{phoneDisplay}}` (`parsePhone`): the trimmed `phone` may hold only digits,
 *      white space and `( ) . + - /`, with 7 to 15 digits; `tel:` + (`+` if it starts with one) +
 *      the digits; shown as `(617) 555-0123` for 10 digits without `+`, else as written with runs
 *      of white space made one space. Otherwise there is no Call link.
 *    - `{{reviewed}}` (the "Reviewed by … on …" line): the date is `reviewed-on` if it is a real
 *      `YYYY-MM-DD` date (year 1000 or later) that is not after today anywhere on Earth (UTC+14),
 *      written in the long form of `dateLocale(lang, texts.locale)` (ICU's long date style in UTC:
 *      "March 3, 2026", "3 de marzo de 2026"); the name is `reviewed-by` with runs of white space
 *      made one space and trimmed; then `texts.reviewed.byOn`, `.by` or `.on` (by which of the two
 *      there are) with `{name}` and `{date}` replaced. Neither: no line.
 * 6. The variant key: of `open`, `book`, `call`, `reviewed`, `switch`, in this order, those that
 *    hold, joined by one space (`""` when none): `open` if the element reads `open` and it is on;
 *    `book` / `call` if there is a Book / Call link; `reviewed` if there is a line; `switch` if the
 *    element reads `language-switch` and it is on. A boolean attribute is on when present and not
 *    `false` (trimmed, any case).
 * 7. CONTENT: `templates[language][key]` with every `{{name}}` replaced by its escaped value in one
 *    pass, so a value holding `{{…}}` is never read again (PHP: `strtr($template, $map)` with
 *    all ten keys, each value escaped with `strtr($v, ['&' => '&amp;', '<' => '&lt;', '>' =>
 *    '&gt;', '"' => '&quot;', "'" => '&#39;'])`; `htmlspecialchars` writes `&#039;` or `&apos;`,
 *    which browsers read the same but which is not byte for byte the same).
 * 8. Print `<tag ATTRIBUTES><template shadowrootmode="open">STYLES CONTENT</template>` then any
 *    children of the tag (a fallback link for browsers without declarative shadow DOM), then
 *    `</tag>`. STYLES is the inline `<style>` from `styles[tag]`, or a `<link>` to
 *    `knee-pain-widgets.css` (then also link it in the page's `<head>`, for Firefox).
 * The result is what `npx knee-pain-widgets render <tag> --name value …` prints (plus its newline):
 * a server test can compare the two byte for byte. The WordPress plugin's implementation in PHP is
 * wordpress/includes/prerender.php (test/wordpress/wordpress.test.mjs compares it with this
 * renderer); it prints the plain tag wherever PHP cannot be sure to decide a value as the browser
 * does (a booking URL not already in WHATWG serialised form, a date in a locale the build did not
 * prepare).
  */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import type { LitElement, TemplateResult } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';
// Registers the elements in the server's registry (Lit's Node build provides one).
import '../index.js';
import { WIDGETS, WIDGET_TAGS, type WidgetTag } from '../widgets.js';
import { ATTRIBUTE_NAME, attributeText, escapeHtml, hostAttributes } from './fill.js';
import { minifyCss, minifyTemplatePart } from './minify.js';

/** An attribute value: text; `true` or `''` for a present boolean; `false`, null or undefined to leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

/** Attributes of one widget, as an object or as [name, value] pairs (the order is kept). */
export type Attributes = Readonly<Record<string, AttributeValue>> | Iterable<readonly [string, AttributeValue]>;

export interface PrerenderOptions {
  /**
   * Where the widgets' stylesheet (`dist/knee-pain-widgets.css`) is served, to link it instead of
   * inlining a `<style>` element: for pages whose Content-Security-Policy allows `style-src 'self'`
   * but no inline styles. Put the same link in the page's `<head>` too: Firefox does not wait for
   * a stylesheet linked inside a shadow root before painting (see docs/performance.md).
   */
  stylesheet?: string;
}

/** The widget's name in the stylesheet file; also the name the build gives it in `dist/`. */
export const STYLESHEET_FILE = 'knee-pain-widgets.css';

type WidgetClass = (typeof WIDGETS)[number]['element'] & typeof LitElement;

const classOf = (tag: string): WidgetClass | undefined =>
  WIDGETS.find((w) => w.tag === tag)?.element as WidgetClass | undefined;

/** Whether `tag` is one of the widgets. */
export const isWidgetTag = (tag: string): tag is WidgetTag => (WIDGET_TAGS as readonly string[]).includes(tag);

/** The attributes a widget reads (its observed attributes), in the element's own order. */
export function widgetAttributes(tag: WidgetTag): readonly string[] {
  return classOf(tag)!.observedAttributes;
}

/**
 * What kind of value each attribute takes: `boolean` (present or absent; `"false"` is off) or
 * `text`. From the element's own property declarations, so the CLI's flags follow the elements.
 */
export function attributeKinds(tag: WidgetTag): Map<string, 'boolean' | 'text'> {
  const read = new Set(widgetAttributes(tag));
  const kinds = new Map<string, 'boolean' | 'text'>([...read].map((name) => [name, 'text']));
  for (const [property, declaration] of classOf(tag)!.elementProperties) {
    const name = typeof declaration.attribute === 'string' ? declaration.attribute : String(property).toLowerCase();
    if (declaration.attribute !== false && read.has(name) && declaration.type === Boolean) kinds.set(name, 'boolean');
  }
  return kinds;
}

/**
 * Attributes as the browser will read them: [name, text] pairs, names lower-cased, the first of two
 * with the same name kept, `true` as present-and-empty, `false`/null/undefined left out.
 */
function normalize(attributes: Attributes): [string, string][] {
  const entries = Symbol.iterator in attributes ? [...(attributes as Iterable<readonly [string, AttributeValue]>)] : Object.entries(attributes);
  const texts: [string, string][] = [];
  for (const [name, value] of entries) {
    if (value === false || value === null || value === undefined) continue;
    texts.push([name, value === true ? '' : String(value)]);
  }
  const pairs = hostAttributes(texts);
  if (!pairs) throw new TypeError(`Not an attribute name: ${JSON.stringify(texts.find(([n]) => !ATTRIBUTE_NAME.test(n))?.[0])}`);
  return pairs;
}

// ---- Templates, minified as the bundle minifies them --------------------------------------------

const minifiedStrings = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/** The same template with its static parts minified (cached, so Lit's template cache still works). */
function minifyStrings(strings: TemplateStringsArray): TemplateStringsArray {
  let out = minifiedStrings.get(strings);
  if (!out) {
    const parts = strings.map((s, i) => minifyTemplatePart(s, i, i === strings.length - 1));
    out = Object.freeze(Object.assign(parts, { raw: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
    minifiedStrings.set(strings, out);
  }
  return out;
}

/** A render result with every nested template minified. */
function minifyResult(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(minifyResult);
  if (isTemplateResult(value)) {
    const result = value as TemplateResult;
    return { ...result, strings: minifyStrings(result.strings), values: result.values.map(minifyResult) };
  }
  return value;
}

// ---- Styles ------------------------------------------------------------------------------------

const cssOf = (tag: WidgetTag): string[] => classOf(tag)!.elementStyles.map((s) => minifyCss((s as CSSStyleSheet & { cssText: string }).cssText));

/** A widget's styles as the inline `<style>` content of its pre-rendered form. */
export function inlineStyles(tag: WidgetTag): string {
  return cssOf(tag).join('');
}

/**
 * The CSP source that allows one widget's inline `<style>` (`'sha256-…'`), for a policy that adds
 * hashes to `style-src` instead of linking the stylesheet file.
 */
export async function styleHash(tag: WidgetTag): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(inlineStyles(tag))));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** Splits minified CSS into its top-level rules (`selector{…}` or `@rule …{…}`). */
function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i += 1) {
    if (css[i] === '{') depth += 1;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (depth !== 0 || css.slice(start).trim()) throw new Error('stylesheet: unbalanced braces in the widget styles');
  return rules;
}

const isHostRule = (rule: string) => rule.startsWith(':host');

/**
 * `knee-pain-widgets.css`, for the linked form: one file for all three shadow roots, which does
 * nothing where else it is linked (the page's `<head>` links it too, see `PrerenderOptions`).
 * - The `:host` rules every widget shares come first, as they are (a document has no `:host`).
 * - Every other shared rule is nested under `:host(<tag>),…` for the three widgets, and each
 *   widget's own rules under `:host(<tag>)`: a widget's rules never reach another widget, and
 *   none reaches the page. Every rule gains the same weight, `:host(<tag>)`, so which rule wins
 *   inside a widget is unchanged (the tests compare every computed style with the bundle's).
 */
export function stylesheet(): string {
  const all = WIDGET_TAGS.map((tag) => cssOf(tag));
  const shared = all[0].filter((css) => all.every((list) => list.includes(css)));
  const sharedRules = shared.flatMap(topLevelRules);
  const hosts = WIDGET_TAGS.map((tag) => `:host(${tag})`).join(',');
  const own = WIDGET_TAGS.map((tag, i) => {
    const rules = all[i].filter((css) => !shared.includes(css)).flatMap(topLevelRules);
    if (rules.some(isHostRule)) throw new Error(`stylesheet: <${tag}>'s own styles have a :host rule; give it a place in stylesheet()`);
    return `:host(${tag}){${rules.join('')}}`;
  });
  return `${sharedRules.filter(isHostRule).join('')}${hosts}{${sharedRules.filter((r) => !isHostRule(r)).join('')}}${own.join('')}\n`;
}

const stylesMarkup = (tag: WidgetTag, options: PrerenderOptions): string =>
  options.stylesheet === undefined
    ? `<style>${inlineStyles(tag)}</style>`
    : `<link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">`;

// ---- Rendering ---------------------------------------------------------------------------------

/**
 * Lit's hydration comments and its `<?>` mark for an empty text value: the bundle re-renders
 * instead of hydrating, so they are dropped. (Values are escaped, so none of this can come from a
 * value: a `<` in text is always `&lt;`.)
 */
const HYDRATION_MARKERS = /<!--\/?lit-(?:part|node)[^>]*?-->|<\?(?:lit\$\d+\$)?>/g;

/** Spaces left in a start tag where an event binding (`@click=${…}`) was: `href="…"  >`. */
const EVENT_BINDING_GAPS = /"\s+>/g;

/** The server renderer for the widgets: the bundle's (minified) templates, styles written by us. */
class WidgetRenderer extends LitElementRenderer {
  /**
   * Attributes reach the element through its own `attributeChangedCallback`, as in a browser (Lit's
   * server renderer only converts them to properties), so it warns about the same values.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    (this.element as unknown as { attributeChangedCallback(n: string, o: string | null, v: string | null): void }).attributeChangedCallback(name, old, value);
  }

  override renderShadow(renderInfo: RenderInfo) {
    const element = this.element as unknown as { render(): unknown };
    return [() => renderValue(minifyResult(element.render()), renderInfo)];
  }
}

/** Template strings `<tag></tag>` with one attribute binding per name, cached per name list. */
const hostTemplates = new Map<string, TemplateStringsArray>();
function hostStrings(tag: string, names: readonly string[]): TemplateStringsArray {
  const key = `${tag} ${names.join(' ')}`;
  let strings = hostTemplates.get(key);
  if (!strings) {
    const parts = names.length === 0 ? [`<${tag}></${tag}>`] : [`<${tag} ${names[0]}="`, ...names.slice(1).map((n) => `" ${n}="`), `"></${tag}>`];
    strings = Object.freeze(Object.assign(parts, { raw: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
    hostTemplates.set(key, strings);
  }
  return strings;
}

/** The shadow root's content only: what the element renders for these attributes (no styles). */
export function renderShadowContent(tag: WidgetTag, attributes: Attributes = {}): string {
  const read = new Set(widgetAttributes(tag));
  const pairs = normalize(attributes).filter(([name]) => read.has(name));
  const result: TemplateResult = { ['_$litType$']: 1, strings: hostStrings(tag, pairs.map(([n]) => n)), values: pairs.map(([, v]) => v) } as unknown as TemplateResult;
  const html = collectResultSync(render(result, { elementRenderers: [WidgetRenderer] }) as never);
  const open = '<template shadowroot="open" shadowrootmode="open">';
  const start = html.indexOf(open);
  const end = html.lastIndexOf(`</template></${tag}>`);
  if (start < 0 || end < start) throw new Error(`prerender: no shadow root rendered for <${tag}>`);
  return html.slice(start + open.length, end).replace(HYDRATION_MARKERS, '').replace(EVENT_BINDING_GAPS, '">');
}

/**
 * The widget `tag` with `attributes`, as HTML with a declarative shadow root holding its full,
 * styled content. Synchronous; the same attributes always give the same string.
 *
 * @throws TypeError for a tag that is not one of the widgets or an impossible attribute name
 *   (mistakes in the calling code, not in a site owner's values: those are handled as the elements
 *   handle them).
 */
export function prerender(tag: string, attributes: Attributes = {}, options: PrerenderOptions = {}): string {
  if (!isWidgetTag(tag)) throw new TypeError(`Not a widget: <${tag}>. Widgets: ${WIDGET_TAGS.join(', ')}.`);
  const pairs = normalize(attributes);
  const content = renderShadowContent(tag, pairs);
  return `<${tag}${attributeText(pairs)}><template shadowrootmode="open">${stylesMarkup(tag, options)}${content}</template></${tag}>`;
}

export { escapeHtml, WIDGET_TAGS, type WidgetTag };
