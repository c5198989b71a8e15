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
  /** The link's target: the booking URL or the `tel:` URL. */
  href: string;
  /** The clinic name shown in the widget. */
  clinicName: string;
}

export type CauseToggleEvent = CustomEvent<CauseToggleDetail>;
export type CtaClickEvent = CustomEvent<CtaClickDetail>;

declare global {
  // On elements, document and window alike: the events bubble and are composed.
  interface GlobalEventHandlersEventMap {
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

/** What `<pt-cta data-layer>` pushes onto `window.dataLayer` (Google Tag Manager). */
export interface CtaDataLayerEntry extends CtaClickDetail {
  event: 'kp_cta_click';
}

/**
 * Pushes onto `window.dataLayer`, creating it when missing. If another script has put something
 * there that cannot be pushed to, it warns instead of throwing.
 */
export function pushToDataLayer(tag: string, entry: CtaDataLayerEntry): void {
  const w = window as unknown as { dataLayer?: unknown[] };
  try {
    (w.dataLayer ??= []).push(entry);
  } catch {
    console.warn(`<${tag}>: window.dataLayer is not an array; the click was not pushed.`);
  }
}
