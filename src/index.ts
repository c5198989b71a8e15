/**
 * knee-pain-widgets: importing this module registers every element.
 * (Import `knee-pain-widgets/elements/<tag>/<tag>.js` for a class without registering it.)
 */
import { defineElement } from './shared/define.js';
import { WIDGETS } from './widgets.js';

for (const { tag, element } of WIDGETS) defineElement(tag, element);

export { KneePainCauses } from './elements/knee-pain-causes/knee-pain-causes.js';
export { PtCta } from './elements/pt-cta/pt-cta.js';
export { ReliefTips } from './elements/relief-tips/relief-tips.js';
export { WIDGETS, WIDGET_TAGS, type Widget, type WidgetTag } from './widgets.js';
export { VERSION } from './shared/version.js';
export { LANGUAGES, type LanguageChangeDetail, type LanguageChangeEvent } from './shared/language.js';
export { TOKENS, type Token } from './shared/tokens.js';
export type {
  CauseToggleDetail,
  CauseToggleEvent,
  CtaClickDetail,
  CtaClickEvent,
  WidgetViewDetail,
  WidgetViewEvent,
} from './shared/events.js';
export type { Layout } from './elements/relief-tips/relief-tips.js';
export type { HeadingLevel, Theme } from './shared/validate.js';
