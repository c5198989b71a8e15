import type { WidgetTag } from '../widgets.js';

/** Detail of `kp-widget-view`, fired by every widget once per page view when a reader has seen it. */
export interface WidgetViewDetail {
  /** Which widget was seen: its tag, for example `pt-cta`. */
  widget: WidgetTag;
}

/** Detail of `kp-cause-toggle`, fired by `<knee-pain-causes>` when a reader opens or closes a cause. */
export interface CauseToggleDetail {
  /** The cause's id, for example `bakers-cyst`. */
  id: string;
  /** Whether the cause is now open. */
  open: boolean;
}

/** Detail of `kp-cta-click`, fired by `<pt-cta>` when a reader follows the Book or Call link. */
export interface CtaClickDetail {
  /** Which link: the booking page or the phone number. */
  action: 'book' | 'call';
  /**
   * The booking address as set in `booking-url` (without the campaign tags `pass-utm` adds to the
   * link), or the `tel:` URL.
   */
  href: string;
  /** The clinic name shown in the widget. */
  clinicName: string;
}

export type WidgetViewEvent = CustomEvent<WidgetViewDetail>;
export type CauseToggleEvent = CustomEvent<CauseToggleDetail>;
export type CtaClickEvent = CustomEvent<CtaClickDetail>;

/** Every event the widgets fire, by name, with its detail. */
export interface KpEventDetails {
  'kp-widget-view': WidgetViewDetail;
  'kp-cta-click': CtaClickDetail;
  'kp-cause-toggle': CauseToggleDetail;
}

declare global {
  // On elements, document and window alike: the events bubble and are composed.
  interface GlobalEventHandlersEventMap {
    'kp-widget-view': WidgetViewEvent;
    'kp-cause-toggle': CauseToggleEvent;
    'kp-cta-click': CtaClickEvent;
  }
}

/**
 * Dispatches a CustomEvent that bubbles and crosses shadow roots, so analytics code listening on
 * `document` hears it.
 */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
