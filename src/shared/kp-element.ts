import { adoptStyles, html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getArticle, type ArticleContent } from '../content/index.js';
import { BOOLEAN_ACCEPTED, booleanConverter, checkBooleans, toBoolean } from './boolean.js';
import { forward } from './analytics.js';
import { emit, type KpEventDetails } from './events.js';
import { heading } from './heading.js';
import { connectedWidgets, FALLBACK_LANGUAGE, inheritedLanguage, LANGUAGES, languageName, primaryTag, supported, unwatchLanguage, watchLanguage, type LanguageChangeDetail } from './language.js';
import { baseStyles } from './styles.js';
import { clampHeadingLevel, oneOf, parseIdList, THEMES, type HeadingLevel, type Theme } from './validate.js';
import { VERSION } from './version.js';
import { unwatchView, watchView } from './viewability.js';
import type { WidgetTag } from '../widgets.js';

/** Everything inside a widget's box (a pre-rendered root also holds its <style> or <link>). */
const ALL = '[part=base] *';

/** Pre-rendered widgets waiting to be taken over (see `KpElement.createRenderRoot`). */
const takeOvers: (() => void)[] = [];

/**
 * Takes over waiting widgets for a while, then leaves the rest to the next task: about 8 ms when a
 * few wait (an article page: no task long enough to block input), about 48 ms when many do (every
 * frame between two tasks lays out the whole long page again, so fewer, longer tasks cost less).
 */
function takeOverSome(): void {
  const until = performance.now() + (takeOvers.length > 12 ? 48 : 8);
  try {
    while (takeOvers.length > 0 && performance.now() < until) takeOvers.shift()!();
  } finally {
    if (takeOvers.length > 0) setTimeout(takeOverSome);
  }
}

/** Longest piece of a bad value quoted in a warning. */
const QUOTE_MAX = 80;

/**
 * What the three widgets share: `heading-level`, `theme`, the base styles, the article in the
 * reader's language, and one warning per bad attribute value. Not registered as an element.
 *
 * The slots, parts and custom properties below are declared here once; the manifest analyzer gives
 * them to each widget (custom-elements.json lists them under every element, `inheritedFrom`
 * KpElement). The custom properties' text is checked against `shared/tokens.ts` by theme.test.ts.
 *
 * @attribute lang - The widget's language (`en`, `es`; a region such as `es-MX` is fine). Without it
 *   the widget follows the nearest ancestor's `lang`, then `<html lang>`, then English, and changes
 *   language live when any of them changes. A language the widgets do not have gives English (with a
 *   warning when it is the widget's own `lang`).
 *
 * @fires {CustomEvent<{ widget: string }>} kp-widget-view - A reader has seen the widget: at least half
 *   of it (or, for a widget taller than the screen, half the screen) was on screen for one
 *   continuous second while the page was visible. Once per page view per widget; `widget` is the
 *   tag, such as `pt-cta`. Bubbles and is composed. With `data-layer` it is also pushed to
 *   `window.dataLayer` as `{ event: 'kp_widget_view', widget }`; with `gtag`, sent as
 *   `gtag('event', 'kp_widget_view', { widget })`.
 *
 * @fires {CustomEvent<{ lang: string }>} kp-language-change - A reader chose another language in the
 *   language switch; every widget on the page now shows it. Fired once, by the widget whose switch
 *   was used. Bubbles and is composed.
 *
 * @slot heading - Replaces the default heading. Put your own `<h2>`…`<h6>` here.
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - The default heading.
 * @csspart language-switch - The language switch (with `language-switch`).
 * @csspart language-button - Each language's button in it.
 *
 * @cssprop --kp-color-brand - Links, focus rings, icons and the Book button in the light theme. Default `#0a5ca8`. The dark theme uses `--kp-color-brand-dark`.
 * @cssprop --kp-color-brand-dark - The brand colour in the dark theme (and in `auto` for dark-mode readers). Default: `--kp-color-brand` mixed with 55% white (`#91b6d8` for the default blue), which reads at 5:1 or more on the dark surface whatever the brand colour.
 * @cssprop --kp-color-on-brand - Text on the brand colour (the Book button) in the light theme. Default `#ffffff`.
 * @cssprop --kp-color-on-brand-dark - Text on the brand colour in the dark theme. Default `#0b1b2d`.
 * @cssprop --kp-color-text - Body text. Default `#1b2330` (dark: `#edf1f5`).
 * @cssprop --kp-color-muted - Secondary text such as summaries and the disclaimer. Default `#4a5566` (dark: `#b7c1cc`).
 * @cssprop --kp-color-surface - Background. Default `#ffffff` (dark: `#161a20`).
 * @cssprop --kp-color-border - Borders. Default `#7d8997` (both themes).
 * @cssprop --kp-color-urgent - The urgent-care block and cautions. Default `#a51d24` (dark: `#ff9d96`).
 * @cssprop --kp-font-family - Font. Default: inherited from the host page.
 * @cssprop --kp-radius - Corner radius. Default `8px`.
 * @cssprop --kp-space - Base spacing. Default `1em`.
 */
export abstract class KpElement extends LitElement {
  /** The library version this class came from; the guarded define compares it on double loads. */
  static readonly kpVersion = VERSION;

  static override styles: CSSResultGroup = baseStyles;

  // A getter, not a field: web-component-analyzer (behind lit-analyzer) reads attribute names
  // from this form only. Lit merges the declarations of superclasses by itself.
  static override get properties(): PropertyDeclarations {
    return {
      // No `type`: the attribute's text is kept as typed, so a warning can quote it.
      headingLevel: { attribute: 'heading-level' },
      theme: {},
      dataLayer: { attribute: 'data-layer', type: Boolean, converter: booleanConverter },
      gtag: { type: Boolean, converter: booleanConverter },
      languageSwitch: { attribute: 'language-switch', type: Boolean, converter: booleanConverter },
    };
  }

  /**
   * Level of the widget's own heading, from 2 to 6; sub-headings go one level deeper. The host
   * page decides its outline: use the level that fits where the widget is placed. Values outside
   * 2–6 are clamped (with a warning).
   */
  headingLevel: number = 2;

  /**
   * Colour theme: `light` (default), `dark`, or `auto` (follows the reader's
   * `prefers-color-scheme`). Unknown values fall back to `light` with a warning.
   */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * Sends the widget's events to Google Tag Manager: each is pushed onto `window.dataLayer` (created
   * if missing) as `{ event, ...detail }`: `kp_widget_view` from every widget and `kp_cta_click` from
   * `<pt-cta>`. Cause toggles need `data-layer-topics` as well. Off when absent or `"false"`.
   */
  dataLayer = false;

  /**
   * Sends the widget's events to GA4 without Tag Manager, as `window.gtag('event', name, params)`
   * when the page has `gtag` (nothing is queued or loaded when it does not): `kp_widget_view`
   * `{ widget }` and, from `<pt-cta>`, `kp_cta_click` `{ action, link_url, clinic_name }`. Cause
   * toggles need `data-layer-topics` as well. Off when absent or `"false"`.
   */
  gtag = false;

  /**
   * Shows a small language switch at the top of the widget: one button for each other language
   * the widgets speak, named in its own language ("Español", "English"). Choosing one switches
   * every knee-pain widget on the page to it (their `lang` is set) for this page view only: nothing
   * is stored. Off when absent or `"false"`.
   */
  languageSwitch = false;

  /** The language shown (primary subtag), resolved from `lang` as described above. */
  protected language = FALLBACK_LANGUAGE;

  /** The last own `lang` warned about, so each bad value is reported once. */
  #warnedLang: string | null = null;

  /** What the live region says after this widget's switch was used (empty otherwise). */
  #announcement = '';

  /** The heading level actually used (validated `headingLevel`). */
  protected level: HeadingLevel = 2;

  /** The theme actually used (validated `theme`). */
  protected appliedTheme: Theme = 'light';

  /** The article text in the element's language (English unless a matching locale exists). */
  protected get article(): ArticleContent {
    return getArticle(this.language);
  }

  /**
   * Re-reads the language: the widget's own `lang`, else the page's (see language.ts). Called when
   * the widget connects, when its own `lang` changes and, through the one page-wide observer, when
   * any `lang` in the document changes. A new language re-renders the widget.
   * @internal
   */
  syncLanguage(): void {
    const own = this.getAttribute('lang');
    let language: string;
    if (own?.trim()) {
      language = supported(own) ?? FALLBACK_LANGUAGE;
      if (language !== primaryTag(own) && own !== this.#warnedLang) {
        this.#warnedLang = own;
        const accepted = LANGUAGES.map((code) => `${code} (${languageName(code)})`).join(', ');
        this.warnInvalid('lang', own, `a language the widgets have: ${accepted}`, 'English');
      }
    } else {
      language = typeof this.parentElement === 'undefined' ? FALLBACK_LANGUAGE : inheritedLanguage(this);
    }
    if (language === this.language) return;
    const old = this.language;
    this.#announcement = '';
    this.language = language;
    // A plain field, not a declared property (the manifest would list it as an attribute): the
    // update is asked for by name, so `languageChanged()` sees it in the changed properties.
    this.requestUpdate('language', old);
  }

  /** `lang` is observed too (besides the properties), so the widget's own language is live. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override connectedCallback(): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always defines it.
    super.connectedCallback();
    watchLanguage(this);
    this.syncLanguage();
    watchView(this, () => this.report('kp-widget-view', { widget: this.tag as WidgetTag }));
  }

  override disconnectedCallback(): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always defines it.
    super.disconnectedCallback();
    unwatchLanguage(this);
    unwatchView(this);
  }

  /**
   * Fires one of the widgets' events on the element and sends it on to `dataLayer` and `gtag` as
   * `data-layer` and `gtag` allow. `topics` is the element's consent to send events that name a
   * health topic (see analytics.ts); without it such events stay on the page.
   */
  protected report<K extends keyof KpEventDetails>(type: K, detail: KpEventDetails[K], topics = false): void {
    emit(this, type, detail);
    forward(this.tag, type, detail, { dataLayer: toBoolean(this.dataLayer), gtag: toBoolean(this.gtag), topics });
  }

  /**
   * The language switch: sets `lang` on every widget on the page, announces the change in this
   * widget's live region, keeps focus in this widget's switch (on the button that switches back)
   * and fires `kp-language-change`.
   */
  async #switchTo(lang: string): Promise<void> {
    for (const widget of connectedWidgets()) widget.setAttribute('lang', lang);
    this.syncLanguage();
    this.#announcement = getArticle(lang).languageSwitch.changed;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=language-button]')?.focus();
    const detail: LanguageChangeDetail = { lang };
    this.dispatchEvent(new CustomEvent('kp-language-change', { detail, bubbles: true, composed: true }));
  }

  #renderSwitch(): TemplateResult {
    const text = this.article.languageSwitch;
    const others = LANGUAGES.filter((code) => code !== this.language);
    return html`<div part="language-switch" class="switch" role="group" aria-label=${text.label}>
      ${others.map(
        (code) => html`<button type="button" part="language-button" lang=${code} @click=${() => this.#switchTo(code)}>
          ${languageName(code)}
        </button>`,
      )}
      <span class="sr" role="status">${this.#announcement}</span>
    </div>`;
  }

  /** The tag name, read from the registry-independent class so it works in SSR too. */
  protected abstract get tag(): string;

  /**
   * Logs one console warning for a rejected attribute value, naming the element, the attribute,
   * the value, what is accepted and what is used instead. Attributes are validated only when they
   * change, so each bad value is reported once, not on every render.
   */
  protected warnInvalid(attribute: string, value: unknown, accepted: string, fallback: string): void {
    const text = String(value).slice(0, QUOTE_MAX);
    console.warn(`<${this.tag}> ${attribute}="${text}" is not valid (accepted: ${accepted}); using ${fallback}.`);
  }

  /**
   * Validates one attribute: returns `parse(raw)`, or warns and returns `fallback` when it gives
   * `undefined` for a value that is not blank.
   */
  protected check<T>(
    attribute: string,
    raw: unknown,
    parse: (raw: unknown) => T | undefined,
    accepted: string,
    fallback: T,
    fallbackText = String(fallback),
  ): T {
    const parsed = parse(raw);
    if (parsed !== undefined) return parsed;
    if (String(raw ?? '').trim()) this.warnInvalid(attribute, raw, accepted, fallbackText);
    return fallback;
  }

  /**
   * The items named by a comma-separated id list, in its order. Unknown ids are ignored with a
   * warning (unless `warn` is false: the list was already checked and only the language changed);
   * an empty list, or one with no known id, gives every item.
   */
  protected pick<T extends { id: string }>(attribute: string, raw: unknown, items: readonly T[], warn = true): readonly T[] {
    const ids = parseIdList(raw);
    const found = ids.map((id) => items.find((item) => item.id === id)).filter((item) => item !== undefined);
    if (warn && found.length < ids.length) {
      const known = found.map((item) => item.id).join(',');
      this.warnInvalid(attribute, raw, `comma-separated ids from ${items.map((i) => i.id).join(', ')}`, known || 'all');
    }
    return found.length > 0 ? found : items;
  }

  #warnBoolean = (attribute: string, text: string): void => this.warnInvalid(attribute, text, BOOLEAN_ACCEPTED, 'on');

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always defines it (it feeds the properties).
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.syncLanguage();
    // A boolean's text, before the converter turns it into true or false (see shared/boolean.ts).
    checkBooleans(this, { attribute: name, value }, this.#warnBoolean);
  }

  /**
   * Whether this update brings a new language: whatever an element derives from the article (the
   * causes or tips it shows) must then be derived again, never kept from the old language.
   */
  protected languageChanged(changed: PropertyValues): boolean {
    return changed.has('language');
  }

  /**
   * Taking over a pre-rendered widget (declarative shadow DOM, made by `src/render`).
   *
   * When the page's HTML holds the widget's shadow root (`<template shadowrootmode="open">`), the
   * browser has attached it before this class runs, and Lit would reuse it and render a second copy
   * of the content into it. Instead the server's copy is replaced by the element's own render, with
   * its event listeners, so no hydration code is needed in the bundle:
   * - the server's copy stays on screen, untouched, until the first update;
   * - that update runs later, in a task of its own (the content is already there, so nothing waits
   *   for it): pre-rendered widgets are taken over in short tasks (see `takeOverSome`), so the page
   *   gets no long task from them;
   * - in it the server's copy is removed, the styles are adopted and Lit renders, all in one go, so
   *   no frame is painted in between (no flash; the same markup gives the same layout: no shift);
   * - what the reader did meanwhile is carried over: which causes are open, which element has focus.
   * After that it is an ordinary element: every later update (attributes, language) re-renders.
   */
  #preRendered = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot) return super.createRenderRoot();
    this.#preRendered = true;
    return this.shadowRoot;
  }

  protected override scheduleUpdate() {
    if (!this.#preRendered) return super.scheduleUpdate();
    return new Promise<void>((resolve) => {
      const takeOver = () => {
        try {
          super.scheduleUpdate();
        } finally {
          resolve();
        }
      };
      if (takeOvers.push(takeOver) === 1) setTimeout(takeOverSome);
    });
  }

  protected override update(changed: PropertyValues): void {
    const root = this.renderRoot as ShadowRoot;
    const details = () => root.querySelectorAll<HTMLDetailsElement>('details[data-id]');
    let open: Map<string | undefined, boolean> | undefined;
    let focus = -1;
    if (this.#preRendered) {
      this.#preRendered = false;
      open = new Map([...details()].map((d) => [d.dataset.id, d.open]));
      focus = [...root.querySelectorAll(ALL)].indexOf(root.activeElement!);
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    super.update(changed);
    if (!open) return;
    for (const d of details()) d.open = open.get(d.dataset.id) ?? d.open;
    (root.querySelectorAll(ALL)[focus] as HTMLElement | undefined)?.focus({ preventScroll: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Server-side rendering never connects the element: read its own `lang` here.
    if (!this.hasUpdated && !this.isConnected) this.syncLanguage();
    if (changed.has('headingLevel')) {
      // Out of range is clamped, not reset: heading-level="7" still means "as deep as possible".
      const clamped = clampHeadingLevel(this.headingLevel) ?? 2;
      this.level = this.check(
        'heading-level',
        this.headingLevel,
        (raw) => (String(raw).trim() === String(clamped) ? clamped : undefined),
        'a whole number from 2 to 6',
        clamped,
      );
    }
    if (changed.has('theme')) {
      this.appliedTheme = this.check('theme', this.theme, (raw) => oneOf(THEMES, raw), THEMES.join(', '), 'light');
    }
    // Booleans set as properties (those set as attributes are checked in attributeChangedCallback).
    checkBooleans(this, changed, this.#warnBoolean);
  }

  /**
   * The box every widget draws: its themed root (`part="base"`), the heading (replaceable through
   * the `heading` slot), the widget's own body, and the disclaimer (through the `disclaimer` slot).
   */
  protected frame(title: string, body: unknown, disclaimer = true): TemplateResult {
    return html`
      <div part="base" class="root ${this.appliedTheme}" lang=${this.language}>
        ${toBoolean(this.languageSwitch) ? this.#renderSwitch() : nothing}
        <slot name="heading">${heading(this.level, title, 'heading')}</slot>
        ${body}
        ${disclaimer
          ? html`<p part="disclaimer" class="fine"><slot name="disclaimer">${this.article.disclaimer}</slot></p>`
          : nothing}
      </div>
    `;
  }
}
