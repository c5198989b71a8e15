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
  /** Whether this cause links to the urgent-care block (its signs overlap the block's). */
  pointsToUrgent?: boolean;
}

export interface Tip {
  id: TipId;
  title: string;
  paragraphs: readonly string[];
  /** A caution that belongs to the tip (shown apart from the rest). */
  caution?: string;
}

/** Ids of the urgent-care tiers, most serious first. */
export const URGENCY_IDS = ['emergency', 'same-day', 'soon'] as const;
export type UrgencyId = (typeof URGENCY_IDS)[number];

/**
 * The warning signs of each tier, by id, in the order shown. Every locale lists exactly these signs
 * in exactly these tiers (the type below enforces the tier, content.test.ts the full set), so a
 * translation can neither drop a sign nor move it to a calmer tier. Each sign is one idea a reader
 * can check. docs/clinical-sources.md gives the public source of each.
 */
export const URGENT_SIGN_IDS = {
  emergency: ['lung-clot', 'blocked-blood-flow', 'injury-crack-or-out-of-place'],
  'same-day': [
    'leg-clot',
    'joint-infection',
    'cannot-bear-weight',
    'cannot-bend-or-straighten',
    'badly-swollen',
    'locked-knee',
    'foot-nerve',
  ],
  soon: ['artery-squeeze', 'night-pain', 'growing-lump', 'weight-loss', 'giving-way'],
} as const satisfies Record<UrgencyId, readonly string[]>;
export type UrgentSignId<T extends UrgencyId = UrgencyId> = (typeof URGENT_SIGN_IDS)[T][number];

/** One warning sign: a list item of its own. */
export interface UrgentSign<T extends UrgencyId = UrgencyId> {
  id: UrgentSignId<T>;
  /** Plain text, one idea; where any one of several symptoms is enough it says so ("Any of these"). */
  text: string;
}

/** One tier of the urgent-care block. */
export interface UrgencyLevel<T extends UrgencyId = UrgencyId> {
  id: T;
  /**
   * The tier's name, shown as a badge and read first by screen readers, e.g. "Emergency:" (in the
   * manner of public-health care cards, so the tier never depends on colour).
   */
  label: string;
  /**
   * What to do and where, leading into the signs ("… if you have any of these:"). `{number}` is
   * replaced with a link to the emergency number.
   */
  action: string;
  /** The signs, one per list item. */
  signs: readonly UrgentSign<T>[];
  /** Lines shown after the signs (the catch-all, "don't drive yourself"); `{number}` as in `action`. */
  notes?: readonly string[];
}

/** The three tiers, most serious first. */
export type UrgencyLevels = readonly [UrgencyLevel<'emergency'>, UrgencyLevel<'same-day'>, UrgencyLevel<'soon'>];

export interface ArticleContent {
  /** BCP 47 language tag of this content. */
  locale: string;
  /**
   * What the article is about, as a short name: the condition a search engine is told the page
   * describes (the JSON-LD `about`, see `render/jsonld.ts`). Not shown by the widgets.
   */
  topic: string;
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
    levels: UrgencyLevels;
  };
  relief: {
    heading: string;
    /**
     * The caution that opens the tips: self-care is not for warning signs. Names the two most
     * serious signs; `{number}` is replaced with a link to the emergency number.
     */
    safety: { label: string; text: string };
    intro: string;
    items: readonly Tip[];
    /** Label of a tip's own caution (RICE: don't rest too much). */
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
  /**
   * The line naming who reviewed the content and when (`reviewed-by`, `reviewed-on`). `{name}` is
   * the reviewer as plain text, `{date}` the date formatted for the reader's language.
   */
  reviewed: { byOn: string; by: string; on: string };
  /** The language switch (`language-switch`), in this language. */
  languageSwitch: {
    /** Accessible name of the group of language buttons, e.g. "Language". */
    label: string;
    /** What the live region says once the widgets have switched to this language. */
    changed: string;
  };
}
