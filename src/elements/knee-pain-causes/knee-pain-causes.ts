import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Cause, UrgencyLevel } from '../../content/index.js';
import { booleanConverter, toBoolean } from '../../shared/boolean.js';
import { heading } from '../../shared/heading.js';
import { KpClinicalElement } from '../../shared/clinical-element.js';
import { baseStyles } from '../../shared/styles.js';
import { styles } from './knee-pain-causes.styles.js';

/**
 * Why the back of the knee hurts: the article's introduction, its four causes as expandable
 * items, and an always-visible "When to get help now" block with the signs that need urgent care,
 * in three tiers (emergency, today, soon), each named in words before its signs. The block is a
 * named region (a landmark labelled by its heading) and keeps the urgent colour, not the brand
 * colour, for its links and focus rings in both themes.
 *
 * @tag knee-pain-causes
 * @summary The causes of pain behind the knee, with urgent-care guidance that is never hidden.
 *
 * @slot intro - Replaces the introduction paragraphs.
 * @slot disclaimer - Replaces the closing one-line disclaimer.
 *
 * @csspart intro - The introduction.
 * @csspart subheading - The sub-headings ("When to get help now", "Why it hurts").
 * @csspart urgent - The "When to get help now" block (a `<section>` region labelled by its heading).
 * @csspart urgent-level - Each level of urgency in it (emergency, same day, soon).
 * @csspart list - The list of causes.
 * @csspart cause - Each cause (a `<details>` element).
 * @csspart summary - Each cause's always-visible summary line (the `<summary>` element).
 * @csspart cause-body - The facts shown when a cause is open.
 * @csspart disclaimer - The closing disclaimer.
 *
 * @fires {CustomEvent<{ id: string; open: boolean }>} kp-cause-toggle - A reader opened or closed a
 *   cause. Bubbles and is composed. It stays on the page unless `data-layer-topics` is set too: then
 *   `data-layer` pushes `{ event: 'kp_cause_toggle', id, open }` to `window.dataLayer` and `gtag`
 *   sends `gtag('event', 'kp_cause_toggle', { cause_id, open })`.
 */
export class KneePainCauses extends KpClinicalElement {
  static override styles = [baseStyles, styles];

  // A getter, not a field: web-component-analyzer (behind lit-analyzer) reads attribute names
  // from this form only. Lit merges the declarations of superclasses by itself.
  static override get properties(): PropertyDeclarations {
    return {
      causes: {},
      open: { type: Boolean, reflect: true, converter: booleanConverter },
      dataLayerTopics: { attribute: 'data-layer-topics', type: Boolean, converter: booleanConverter },
    };
  }

  /**
   * Which causes to show, as comma-separated ids in the order to show them:
   * `bakers-cyst`, `athletic-injury`, `clot-or-tumor`, `nerve-artery-compression`.
   * Empty (default) shows all four. Unknown ids are ignored with a warning.
   */
  causes = '';

  /** Opens every cause. Readers can still close and open each one. `open="false"` is closed. */
  open = false;

  /**
   * Lets `data-layer` and `gtag` send which cause a reader opened or closed (`kp_cause_toggle` with
   * the cause's id). Which condition a reader looked at is health information: it then leaves the
   * page for the analytics vendor. Leave it off unless the clinic's privacy notice and consent
   * cover it. It does nothing without `data-layer` or `gtag`. Off when absent or `"false"`.
   */
  dataLayerTopics = false;

  protected override get tag(): string {
    return 'knee-pain-causes';
  }

  #shownCauses: readonly Cause[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Derived again when the language changes: the items are the article's, in its language.
    if (changed.has('causes') || this.languageChanged(changed)) {
      this.#shownCauses = this.pick('causes', this.causes, this.article.causes.items, changed.has('causes'));
    }
  }

  /**
   * Reports the reader's own toggles only (mouse, touch, Enter or Space on the summary all arrive as
   * a click), not those made by the `open` property. The click runs before the details element
   * toggles, so the new state is the opposite of the current one.
   */
  #onSummaryClick(event: MouseEvent, id: string): void {
    const details = (event.currentTarget as HTMLElement).parentElement as HTMLDetailsElement;
    this.report('kp-cause-toggle', { id, open: !details.open }, toBoolean(this.dataLayerTopics));
  }

  #focusUrgent(event: Event): void {
    // The block lives in this shadow root, where a #fragment link cannot reach: move focus there,
    // which also scrolls it into view, so keyboard and screen-reader users land on it.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('.urgent')?.focus();
  }

  /**
   * One tier: its name in words first ("Emergency:"), then what to do and where, then one list item
   * per sign, then its notes (the catch-all and "don't drive yourself").
   */
  #renderLevel(level: UrgencyLevel): TemplateResult {
    return html`
      <li part="urgent-level" class=${level.id}>
        <p>
          <strong class="badge">${level.label}</strong>
          <strong>${this.withEmergencyLink(level.action)}</strong>
        </p>
        <ul class="signs">
          ${level.signs.map((sign) => html`<li data-sign=${sign.id}>${sign.text}</li>`)}
        </ul>
        ${(level.notes ?? []).map((note) => html`<p><strong>${this.withEmergencyLink(note)}</strong></p>`)}
      </li>
    `;
  }

  #renderCause(cause: Cause): TemplateResult {
    return html`
      <li>
        <details
          part="cause"
          class="box"
          data-id=${cause.id}
          ?open=${toBoolean(this.open)}
        >
          <summary part="summary" @click=${(e: MouseEvent) => this.#onSummaryClick(e, cause.id)}>
            <strong>${cause.title}</strong>
            <span>${cause.summary}</span>
          </summary>
          <div part="cause-body" class="body">
            ${cause.paragraphs.map((p) => html`<p>${p}</p>`)}
            ${cause.pointsToUrgent
              ? html`<p><a class="to-urgent" href="#urgent" @click=${this.#focusUrgent}>${this.article.causes.urgentLink}</a></p>`
              : nothing}
          </div>
        </details>
      </li>
    `;
  }

  protected override render(): TemplateResult {
    const text = this.article.causes;
    const urgent = this.article.urgent;
    const sub = this.level + 1;
    return this.frame(
      text.heading,
      html`
        <div part="intro"><slot name="intro">${text.intro.map((p) => html`<p>${p}</p>`)}</slot></div>
        <section part="urgent" class="urgent" tabindex="-1" aria-labelledby="urgent-heading">
          ${heading(sub, html`<span id="urgent-heading">${urgent.heading}</span>`, 'subheading')}
          <ul role="list">
            ${urgent.levels.map((level) => this.#renderLevel(level))}
          </ul>
        </section>
        ${heading(sub, text.whyHeading, 'subheading')}
        <p>${text.whyIntro}</p>
        <ul part="list" role="list">
          ${this.#shownCauses.map((cause) => this.#renderCause(cause))}
        </ul>
      `,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-pain-causes': KneePainCauses;
  }
}
