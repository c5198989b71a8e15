/**
 * Where the widgets' events go besides the page: Google Tag Manager's `window.dataLayer`
 * (`data-layer`) and GA4's `window.gtag` (`gtag`). One table says what each event becomes, so the
 * elements, the Tag Manager container file (gtm-container.ts) and the README cannot disagree.
 *
 * Nothing here sets a cookie, uses storage, loads a script or makes a request: it only hands
 * objects to what the site has already put on the page, and only when the site asked for it.
 */
import type { KpEventDetails } from './events.js';

/** What one widget event becomes in analytics. */
export interface AnalyticsEvent<Detail> {
  /** The event's name in `dataLayer` (the `event` key) and in GA4. */
  readonly name: string;
  /**
   * The GA4 parameter each detail field is sent as. dataLayer entries keep the detail's own keys
   * (`{ event, ...detail }`); gtag calls and the GA4 tags of the container file use these names.
   */
  readonly params: { readonly [K in keyof Detail]: string };
  /**
   * Whether the event tells which health topic a reader looked at. Such events leave the page only
   * with a second, explicit opt-in (`data-layer-topics`), never by default.
   */
  readonly topic?: boolean;
}

/** Every widget event that can be sent to analytics, by DOM event name. */
export const ANALYTICS_EVENTS: { readonly [K in keyof KpEventDetails]: AnalyticsEvent<KpEventDetails[K]> } = {
  'kp-widget-view': { name: 'kp_widget_view', params: { widget: 'widget' } },
  'kp-cta-click': { name: 'kp_cta_click', params: { action: 'action', href: 'link_url', clinicName: 'clinic_name' } },
  'kp-cause-toggle': { name: 'kp_cause_toggle', params: { id: 'cause_id', open: 'open' }, topic: true },
};

/** Where an element sends its events. */
export interface Destinations {
  /** Push onto `window.dataLayer` (Google Tag Manager). */
  dataLayer: boolean;
  /** Call `window.gtag('event', …)` when the page has it (GA4 without Tag Manager). */
  gtag: boolean;
  /** Also send events that name a health topic (cause toggles). */
  topics?: boolean;
}

type AnalyticsWindow = {
  dataLayer?: unknown;
  gtag?: unknown;
};

/**
 * Sends one event to the destinations the element's attributes allow. `window.dataLayer` is created
 * when missing (Tag Manager reads whatever was pushed before it loaded); `window.gtag` is only
 * called when it is already a function: nothing is queued or loaded for a page without it. A
 * broken `dataLayer` or `gtag` on the site gets one warning naming the element, never an exception.
 */
export function forward<K extends keyof KpEventDetails>(tag: string, type: K, detail: KpEventDetails[K], to: Destinations): void {
  const spec: AnalyticsEvent<KpEventDetails[K]> = ANALYTICS_EVENTS[type];
  if (spec.topic && !to.topics) return;
  const w = window as unknown as AnalyticsWindow;
  try {
    if (to.dataLayer) ((w.dataLayer ??= []) as unknown[]).push({ event: spec.name, ...detail });
    if (to.gtag && typeof w.gtag === 'function') {
      const params: Record<string, unknown> = {};
      for (const key in spec.params) params[spec.params[key]] = detail[key];
      w.gtag('event', spec.name, params);
    }
  } catch {
    console.warn(`<${tag}>: window.dataLayer or window.gtag on this page did not accept the ${spec.name} event.`);
  }
}
