import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Tip } from '../../content/index.js';
import { heading } from '../../shared/heading.js';
import { KpClinicalElement } from '../../shared/clinical-element.js';
import { baseStyles } from '../../shared/styles.js';
import { oneOf } from '../../shared/validate.js';
import { icons } from './icons.js';
import { styles } from './relief-tips.styles.js';

/** Layouts `<relief-tips>` accepts. */
export const LAYOUTS = ['grid', 'list'] as const;
export type Layout = (typeof LAYOUTS)[number];

/**
 * How to get relief from pain behind the knee: a short caution that self-care is not for warning
 * signs (naming the two most serious, with the emergency number), the article's treatment overview
 * and its six self-care tips as cards. The caution is there because the tips are often embedded
 * without `<knee-pain-causes>` and its "When to get help now" block. The cards sit in one column
 * in a narrow container and in two or three in a wide one (container queries: the widget fits the
 * column it is pasted into).
 *
 * @tag relief-tips
 * @summary Six self-care tips for pain behind the knee, as responsive cards.
 *
 * @slot intro - Replaces the treatment overview paragraph.
 * @slot disclaimer - Replaces the closing one-line disclaimer.
 *
 * @csspart safety - The caution that opens the tips (self-care is for strains and overuse; when to
 *   get care today or call the emergency number instead).
 * @csspart intro - The treatment overview.
 * @csspart list - The list of tips.
 * @csspart tip - Each tip card.
 * @csspart icon - Each tip's decorative icon (an inline SVG).
 * @csspart tip-title - Each tip's title.
 * @csspart caution - A caution inside a tip (RICE: don't rest too much).
 * @csspart disclaimer - The closing disclaimer.
 */
export class ReliefTips extends KpClinicalElement {
  static override styles = [baseStyles, styles];

  // A getter, not a field: web-component-analyzer (behind lit-analyzer) reads attribute names
  // from this form only. Lit merges the declarations of superclasses by itself.
  static override get properties(): PropertyDeclarations {
    return {
      tips: {},
      layout: {},
    };
  }

  /**
   * Which tips to show, as comma-separated ids in the order to show them: `rehab-exercises`,
   * `stretch`, `rice`, `acupuncture`, `weight`, `supportive-aids`. Empty (default) shows all six.
   * Unknown ids are ignored with a warning.
   */
  tips = '';

  /**
   * `grid` (default): cards in as many columns as the container fits. `list`: one tip under
   * another, whatever the width. Unknown values fall back to `grid` with a warning.
   */
  layout: 'grid' | 'list' = 'grid';

  protected override get tag(): string {
    return 'relief-tips';
  }

  #shownTips: readonly Tip[] = [];
  #appliedLayout: Layout = 'grid';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Derived again when the language changes: the items are the article's, in its language.
    if (changed.has('tips') || this.languageChanged(changed)) {
      this.#shownTips = this.pick('tips', this.tips, this.article.relief.items, changed.has('tips'));
    }
    if (changed.has('layout')) {
      this.#appliedLayout = this.check('layout', this.layout, (raw) => oneOf(LAYOUTS, raw), LAYOUTS.join(', '), 'grid');
    }
  }

  #renderTip(tip: Tip, level: number): TemplateResult {
    const caution = this.article.relief.cautionLabel;
    return html`
      <li part="tip" class="box">
        <svg part="icon" aria-hidden="true" viewBox="0 0 24 24"><path d=${icons[tip.id]} /></svg>
        ${heading(level, tip.title, 'tip-title')}
        ${tip.paragraphs.map((p) => html`<p>${p}</p>`)}
        ${tip.caution
          ? html`<p part="caution" class="caution"><strong>${caution}</strong> ${tip.caution}</p>`
          : nothing}
      </li>
    `;
  }

  protected override render(): TemplateResult {
    const text = this.article.relief;
    return this.frame(
      text.heading,
      html`
        <p part="safety" class="safety">
          <strong>${text.safety.label}</strong> ${this.withEmergencyLink(text.safety.text)}
        </p>
        <div part="intro"><slot name="intro"><p>${text.intro}</p></slot></div>
        <ul part="list" class=${this.#appliedLayout} role="list">
          ${this.#shownTips.map((tip) => this.#renderTip(tip, this.level + 1))}
        </ul>
      `,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relief-tips': ReliefTips;
  }
}
