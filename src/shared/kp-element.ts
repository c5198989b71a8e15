import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getArticle, type ArticleContent } from '../content/index.js';
import { BOOLEAN_ACCEPTED, checkBooleans } from './boolean.js';
import { heading } from './heading.js';
import { baseStyles } from './styles.js';
import { clampHeadingLevel, oneOf, parseIdList, THEMES, type HeadingLevel, type Theme } from './validate.js';
import { VERSION } from './version.js';

/** Longest piece of a bad value quoted in a warning. */
const QUOTE_MAX = 80;

/**
 * What the three widgets share: `heading-level`, `theme`, the base styles, the article in the
 * reader's language, and one warning per bad attribute value. Not registered as an element.
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

  /** The heading level actually used (validated `headingLevel`). */
  protected level: HeadingLevel = 2;

  /** The theme actually used (validated `theme`). */
  protected appliedTheme: Theme = 'light';

  /** The article text in the element's language (English unless a matching locale exists). */
  protected get article(): ArticleContent {
    return getArticle((this as { lang?: string }).lang);
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
   * warning; an empty list, or one with no known id, gives every item.
   */
  protected pick<T extends { id: string }>(attribute: string, raw: unknown, items: readonly T[]): readonly T[] {
    const ids = parseIdList(raw);
    const found = ids.map((id) => items.find((item) => item.id === id)).filter((item) => item !== undefined);
    if (found.length < ids.length) {
      const known = found.map((item) => item.id).join(',');
      this.warnInvalid(attribute, raw, `comma-separated ids from ${items.map((i) => i.id).join(', ')}`, known || 'all');
    }
    return found.length > 0 ? found : items;
  }

  #warnBoolean = (attribute: string, text: string): void => this.warnInvalid(attribute, text, BOOLEAN_ACCEPTED, 'on');

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always defines it (it feeds the properties).
    super.attributeChangedCallback(name, old, value);
    // A boolean's text, before the converter turns it into true or false (see shared/boolean.ts).
    checkBooleans(this, { attribute: name, value }, this.#warnBoolean);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
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
      <div part="base" class="root ${this.appliedTheme}">
        <slot name="heading">${heading(this.level, title, 'heading')}</slot>
        ${body}
        ${disclaimer
          ? html`<p part="disclaimer" class="fine"><slot name="disclaimer">${this.article.disclaimer}</slot></p>`
          : nothing}
      </div>
    `;
  }
}
