import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { KpElement } from './kp-element.js';
import { dateLocale, formatCalendarDate, reviewedText } from './reviewed.js';
import { isFutureDate, parseEmergencyNumber, parseIsoDate, type CalendarDate } from './validate.js';

/** The emergency number used when `emergency-number` is missing or has no digits. */
export const DEFAULT_EMERGENCY_NUMBER = '911';

/** What `emergency-number` accepts, in the words of its warning. */
export const EMERGENCY_NUMBER_ACCEPTED = 'a number of 1 to 6 digits, such as 911, 112, 999 or 000';

/** What `reviewed-on` accepts, in the words of its warning. */
export const REVIEWED_ON_ACCEPTED = 'a real date that is not in the future, as YYYY-MM-DD, such as 2026-03-03';

/**
 * What the two health widgets (`<knee-pain-causes>`, `<relief-tips>`) share on top of `KpElement`:
 * the validated emergency number, and the "Reviewed by … on …" line beside the disclaimer. One home,
 * so both validate, warn and render these attributes the same way. Not registered as an element.
 *
 * @csspart reviewed - The "Reviewed by … on …" line beside the disclaimer, shown when `reviewed-by`
 *   or a valid `reviewed-on` is set.
 */
export abstract class KpClinicalElement extends KpElement {
  // A getter, not a field: web-component-analyzer (behind lit-analyzer) reads attribute names
  // from this form only. Lit merges the declarations of superclasses by itself.
  static override get properties(): PropertyDeclarations {
    return {
      emergencyNumber: { attribute: 'emergency-number' },
      reviewedBy: { attribute: 'reviewed-by' },
      reviewedOn: { attribute: 'reviewed-on' },
    };
  }

  /**
   * The local emergency phone number, shown as a `tel:` link wherever the widget tells readers to
   * call for help: for example `911`, `112`, `999` or `000`. Values without digits (or with more
   * than 6) fall back to `911` with a warning.
   */
  emergencyNumber: string = '911';

  /**
   * Who reviewed the content, as plain text, for example `Dana Ruiz, PT, DPT`. Shown beside the
   * disclaimer ("Reviewed by Dana Ruiz, PT, DPT on March 3, 2026."). Never read as markup.
   */
  reviewedBy: string = '';

  /**
   * When the content was reviewed, as `YYYY-MM-DD` (for example `2026-03-03`), shown in the
   * reader's language. A date that does not exist or is in the future is not shown, with a warning.
   */
  reviewedOn: string = '';

  /** The emergency number actually shown: the digits of a valid `emergencyNumber`, else 911. */
  protected emergency = DEFAULT_EMERGENCY_NUMBER;

  #reviewedDate: CalendarDate | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('emergencyNumber')) {
      // Unlike optional attributes, a blank value is reported too: the widget must always show a
      // number to call, so an empty emergency-number is a mistake worth a warning.
      const digits = parseEmergencyNumber(this.emergencyNumber);
      if (!digits) {
        this.warnInvalid('emergency-number', this.emergencyNumber, EMERGENCY_NUMBER_ACCEPTED, DEFAULT_EMERGENCY_NUMBER);
      }
      this.emergency = digits ?? DEFAULT_EMERGENCY_NUMBER;
    }
    if (changed.has('reviewedOn')) {
      const date = parseIsoDate(this.reviewedOn);
      this.#reviewedDate = date && !isFutureDate(date) ? date : undefined;
      if (!this.#reviewedDate && String(this.reviewedOn ?? '').trim()) {
        this.warnInvalid('reviewed-on', this.reviewedOn, REVIEWED_ON_ACCEPTED, 'no date');
      }
    }
  }

  /** `text` with each `{number}` replaced by a `tel:` link to the emergency number. */
  protected withEmergencyLink(text: string): unknown {
    const parts = text.split('{number}');
    const n = this.emergency;
    return parts.map((part, i) => (i === 0 ? part : html`<a href="tel:${n}">${n}</a>${part}`));
  }

  /** The widget's box, with the reviewed line (when there is one) right above the disclaimer. */
  protected override frame(title: string, body: unknown, disclaimer = true): TemplateResult {
    return super.frame(title, html`${body}${this.#renderReviewed()}`, disclaimer);
  }

  #renderReviewed(): unknown {
    const { locale, reviewed } = this.article;
    const date = this.#reviewedDate
      ? formatCalendarDate(this.#reviewedDate, dateLocale(this.getAttribute('lang'), locale), locale)
      : '';
    const line = reviewedText(reviewed, String(this.reviewedBy ?? ''), date);
    return line ? html`<p part="reviewed" class="fine reviewed">${line}</p>` : nothing;
  }
}
