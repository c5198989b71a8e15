/**
 * knee-pain-widgets: importing this module registers every element.
 * (Import `knee-pain-widgets/elements/<tag>/<tag>.js` for a class without registering it.)
 */
import { KneePainCauses } from './elements/knee-pain-causes/knee-pain-causes.js';
import { PtCta } from './elements/pt-cta/pt-cta.js';
import { ReliefTips } from './elements/relief-tips/relief-tips.js';
import { defineElement } from './shared/define.js';

defineElement('knee-pain-causes', KneePainCauses);
defineElement('relief-tips', ReliefTips);
defineElement('pt-cta', PtCta);

export { KneePainCauses, ReliefTips, PtCta };
export { VERSION } from './shared/version.js';
export type { CauseToggleDetail, CauseToggleEvent, CtaClickDetail, CtaClickEvent } from './shared/events.js';
export type { Layout } from './elements/relief-tips/relief-tips.js';
export type { HeadingLevel, Theme } from './shared/validate.js';
