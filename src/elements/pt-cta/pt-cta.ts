import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { splitAt } from '../../content/index.js';
import { booleanConverter, toBoolean } from '../../shared/boolean.js';
import type { CtaClickDetail } from '../../shared/events.js';
import { KpElement } from '../../shared/kp-element.js';
import { baseStyles } from '../../shared/styles.js';
import { withCampaign } from '../../shared/utm.js';
import { parsePhone, toSafeHttpUrl, type PhoneNumber } from '../../shared/validate.js';
import { styles } from './pt-cta.styles.js';

/**
 * The article's closing call to action: treatment depends on the cause, so don't ignore pain
 * behind the knee; talk to a physical therapist. With a booking URL and a phone number it shows a
 * Book link and a Call link; clicks on either are reported as `kp-cta-click` events and, with
 * `data-layer` or `gtag`, sent to Google Tag Manager or GA4. With `pass-utm` the Book link keeps
 * the campaign the reader came from.
 *
 * Both actions are real links, so opening in a new tab, middle-click and copying the address work.
 *
 * @tag pt-cta
 * @summary "Talk to a physical therapist", with Book and Call links that marketing can count.
 *
 * @slot message - Replaces the closing message paragraphs.
 *
 * @csspart message - The closing message.
 * @csspart actions - The row holding the Book and Call links.
 * @csspart book - The Book link (styled as a button).
 * @csspart call - The Call link.
 *
 * @fires {CustomEvent<{ action: 'book' | 'call'; href: string; clinicName: string }>} kp-cta-click -
 *   A reader followed the Book or Call link (click, keyboard or middle-click). `href` is the
 *   `booking-url` as set (without the campaign tags `pass-utm` adds) or the `tel:` URL. Bubbles and
 *   is composed. With `data-layer` it is also pushed to `window.dataLayer` as
 *   `{ event: 'kp_cta_click', action, href, clinicName }`; with `gtag`, sent as
 *   `gtag('event', 'kp_cta_click', { action, link_url, clinic_name })`.
 */
export class PtCta extends KpElement {
  static override styles = [baseStyles, styles];

  // A getter, not a field: web-component-analyzer (behind lit-analyzer) reads attribute names
  // from this form only. Lit merges the declarations of superclasses by itself.
  static override get properties(): PropertyDeclarations {
    return {
      clinicName: { attribute: 'clinic-name' },
      phone: {},
      bookingUrl: { attribute: 'booking-url' },
      buttonLabel: { attribute: 'button-label' },
      passUtm: { attribute: 'pass-utm', type: Boolean, converter: booleanConverter },
    };
  }

  /** The clinic's name, shown as text in the message. Default "Blue Hills Sports & Spine Rehabilitation". */
  clinicName = 'Blue Hills Sports & Spine Rehabilitation';

  /**
   * The clinic's phone number, written any usual way (`617-555-0123`, `+44 20 7946 0958`). With 7 to
   * 15 digits a Call link appears; otherwise there is none, with a warning.
   */
  phone = '';

  /**
   * The online booking page: an absolute `http://` or `https://` URL whose host is a domain name or
   * an IP address. With a valid URL a Book link appears; anything else (relative, `javascript:`,
   * `data:`, …) shows no Book link, with a warning.
   */
  bookingUrl = '';

  /** Text of the Book link. Empty (default) shows "Book an evaluation". */
  buttonLabel = '';

  /**
   * Keeps the campaign on bookings: the Book link gets the `utm_source`, `utm_medium`,
   * `utm_campaign`, `utm_term` and `utm_content` that the page's own address has when the widget
   * renders, percent-encoded, so the booking system credits the campaign. Only those five keys; one
   * the booking address already has is never replaced; none is added that the page does not have;
   * values over 256 characters are left out. Off when absent or `"false"`.
   */
  passUtm = false;

  protected override get tag(): string {
    return 'pt-cta';
  }

  #bookHref: string | undefined;
  #phoneNumber: PhoneNumber | undefined;

  /** The clinic name actually shown. */
  get #clinic(): string {
    const name = String(this.clinicName ?? '').trim();
    return name || this.article.cta.defaultClinicName;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('bookingUrl')) {
      this.#bookHref = this.check('booking-url', this.bookingUrl, toSafeHttpUrl, 'an absolute http or https URL', undefined, 'no Book link');
    }
    if (changed.has('phone')) {
      this.#phoneNumber = this.check('phone', this.phone, parsePhone, '7 to 15 digits with optional + ( ) - . and spaces', undefined, 'no Call link');
    }
  }

  /** `href` is what is reported; `target`, where the link goes (with campaign tags, if any). */
  #link(action: CtaClickDetail['action'], href: string, content: unknown, target = href): TemplateResult {
    // `click` (button 0) covers mouse, touch and Enter; `auxclick` with the middle button (1) covers
    // opening in a new tab. A right-click (2) only opens the context menu, so it is not counted.
    const on = (e: MouseEvent) => e.button < 2 && this.report('kp-cta-click', { action, href, clinicName: this.#clinic });
    return html`<a part=${action} class=${action} href=${target} @click=${on} @auxclick=${on}>${content}</a>`;
  }

  protected override render(): TemplateResult {
    const text = this.article.cta;
    const book = this.#bookHref;
    const phone = this.#phoneNumber;
    const label = String(this.buttonLabel ?? '').trim() || text.defaultButtonLabel;
    const [callBefore, callAfter] = splitAt(text.callLabel, 'phone');
    return this.frame(
      text.heading,
      html`
        <div part="message">
          <slot name="message">
            ${text.message.map((paragraph) => {
              const [before, after] = splitAt(paragraph, 'clinic');
              return html`<p>${before}${before === paragraph ? nothing : html`<strong>${this.#clinic}</strong>`}${after}</p>`;
            })}
          </slot>
        </div>
        ${book || phone
          ? html`<p part="actions" class="actions">
              ${book
                ? this.#link('book', book, label, toBoolean(this.passUtm) ? withCampaign(book, globalThis.location?.search ?? '') : book)
                : nothing}
              ${phone
                ? this.#link('call', phone.href, html`${callBefore}<span>${phone.display}</span>${callAfter}`)
                : nothing}
            </p>`
          : nothing}
      `,
      false,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-cta': PtCta;
  }
}
