/**
 * The shape of the article as data. One object of this type per locale (see `en.ts`); elements
 * read only from it, so adding a language never touches an element.
 */

/** Ids of the four causes, in the article's order. */
export const CAUSE_IDS = ['bakers-cyst', 'athletic-injury', 'clot-or-tumor', 'nerve-artery-compression'] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** Ids of the six relief tips, in the article's order. */
export const TIP_IDS = ['rehab-exercises', 'stretch', 'rice', 'acupuncture', 'weight', 'supportive-aids'] as const;
export type TipId = (typeof TIP_IDS)[number];

export interface Cause {
  id: CauseId;
  /** Short name, shown in the collapsed summary. */
  title: string;
  /** One line shown beside the title while the cause is collapsed. */
  summary: string;
  /** The facts, as short paragraphs. */
  paragraphs: readonly string[];
  /** Whether this cause points readers to the urgent-care block. */
  pointsToUrgent?: boolean;
}

export interface Tip {
  id: TipId;
  title: string;
  paragraphs: readonly string[];
  /** A caution that belongs to the tip (shown apart from the rest). */
  caution?: string;
}

export type UrgencyId = 'emergency' | 'same-day' | 'soon';

export interface UrgencyLevel {
  id: UrgencyId;
  /**
   * The level's name, shown as a badge and read first by screen readers, e.g. "Emergency:" (in the
   * manner of public-health care cards, so the level never depends on colour).
   */
  prefix: string;
  /** What to do. `{number}` is replaced with a link to the emergency number. */
  action: string;
  /** The signs, one per list item. */
  signs: readonly string[];
}

export interface ArticleContent {
  /** BCP 47 language tag of this content. */
  locale: string;
  causes: {
    heading: string;
    intro: readonly string[];
    whyHeading: string;
    whyIntro: string;
    items: readonly Cause[];
    /** Text of the link from a cause to the urgent-care block. */
    urgentLink: string;
  };
  urgent: {
    heading: string;
    levels: readonly UrgencyLevel[];
  };
  relief: {
    heading: string;
    intro: string;
    items: readonly Tip[];
    cautionLabel: string;
  };
  cta: {
    heading: string;
    /** Paragraphs of the closing message; `{clinic}` is replaced with the clinic name as text. */
    message: readonly string[];
    defaultClinicName: string;
    defaultButtonLabel: string;
    /** Visible text of the Call link; `{phone}` is replaced with the formatted number. */
    callLabel: string;
  };
  disclaimer: string;
}
