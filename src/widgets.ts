/**
 * The one list of widgets. The bundle's entry, the per-framework type entries, the WordPress
 * plugin's build, the snippet builder, the stories and the tests all read the tags from here, so a
 * widget is added or renamed in one place.
 *
 * This module only names the classes; it registers nothing (see `index.ts`).
 */
import { KneePainCauses } from './elements/knee-pain-causes/knee-pain-causes.js';
import { PtCta } from './elements/pt-cta/pt-cta.js';
import { ReliefTips } from './elements/relief-tips/relief-tips.js';

/**
 * One widget: its tag and its class. What each one is for lives in its class's JSDoc (`@summary`),
 * which reaches custom-elements.json; tools that need the words read them there.
 */
export interface Widget<Tag extends string = string, Ctor extends CustomElementConstructor = CustomElementConstructor> {
  readonly tag: Tag;
  readonly element: Ctor;
}

/** Every widget, in the order the article reads: causes, relief, then the call to action. */
export const WIDGETS = [
  { tag: 'knee-pain-causes', element: KneePainCauses },
  { tag: 'relief-tips', element: ReliefTips },
  { tag: 'pt-cta', element: PtCta },
] as const satisfies readonly Widget[];

/** A tag of one of the widgets. */
export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/** The tags alone, in the same order. */
export const WIDGET_TAGS: readonly WidgetTag[] = WIDGETS.map((w) => w.tag);
