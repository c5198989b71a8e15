/**
 * The urgent-care triage as the tests know it, written apart from the content file (and from
 * docs/clinical-sources.md, where each sign's public source is), so an edit to `en.ts` that drops
 * a sign, weakens "any of" into "all of", or moves a red flag to a calmer tier fails a test.
 *
 * Tiers, most serious first. For each: words its label and action must hold, and the signs that
 * must be in it (each a set of patterns found together in one list item or note). `CALMER_FORBIDDEN`
 * lists the red flags that must never appear in a tier calmer than their own.
 */
import type { UrgencyId } from '../content/index.js';

export interface TierExpectation {
  /** The label read before the signs (words, never colour alone). */
  label: RegExp;
  /** What to do and where. */
  action: RegExp[];
  /** Each sign: every pattern must match the same list item (or note). */
  signs: Record<string, RegExp[]>;
}

/** "cannot", "can't" or "can not", with a straight or curly apostrophe. */
const CANNOT = "(?:cannot|can[’']t|can not)";

export const TIERS: Record<UrgencyId, TierExpectation> = {
  emergency: {
    label: /^Emergency\b/,
    action: [/\bcall\b/i, /\bnow\b/i, /\bany of these\b/i],
    signs: {
      'lung clot': [
        /sudden shortness of breath/i,
        /chest/i,
        /upper[ -]back pain/i,
        /coughing up blood/i,
        /racing heart/i,
        /faint/i,
        /any one is enough/i,
        /with or without leg pain/i,
        /lungs/i,
      ],
      'blocked blood flow': [/foot or lower leg/i, /sudden/i, /cold/i, /pale/i, /blu/i, /numb/i, new RegExp(`${CANNOT} move your foot or toes`, 'i')],
      'injury: crack or out of place': [/after a fall or a hit/i, /crack/i, /out of place/i],
      'catch-all': [/any time you think it is an emergency/i],
      "don't drive": [/(?:don[’']t|do not) drive yourself/i],
    },
  },
  'same-day': {
    label: /^Get care today\b/,
    action: [/\btoday\b/i, /\bdoctor\b/i, /\burgent care\b/i, /\bany of these\b/i],
    signs: {
      'clot in the leg (any one sign, one leg)': [
        /^any of these in one leg:/i,
        /swelling/i,
        /warmth/i,
        /red or darker skin/i,
        /worse when you stand or walk/i,
        /deep vein thrombosis/i,
        /burst Baker[’']s cyst/i,
        /\bscan\b/i,
      ],
      'joint infection': [/hot, red and swollen/i, /fever/i, /unwell/i, /infect/i],
      'cannot bear weight': [new RegExp(`${CANNOT} put weight on your leg`, 'i')],
      'cannot bend or straighten': [new RegExp(`${CANNOT} bend or straighten your knee`, 'i')],
      'badly swollen': [/badly swollen/i],
      'locked knee': [/\blocks\b/i, /stuck/i, /won[’']t straighten/i],
      'nerve: numbness, foot drop': [/new numbness or tingling/i, /foot/i, /drops or drags/i],
    },
  },
  soon: {
    label: /^See a doctor soon\b/,
    action: [/\bdoctor\b/i, /\bwithin a few days\b/i, /\bany of these\b/i],
    signs: {
      'squeezed artery': [/calf pain or cramps/i, /exercise/i, /ease with rest/i],
      'night or rest pain': [/pain at night/i, /rest/i],
      'growing lump': [/lump that grows/i],
      'unplanned weight loss': [/weight loss you did not try for/i],
      'giving way': [/keeps giving way/i],
    },
  },
};

/**
 * Red flags and the most serious tier they belong to: none may appear in any calmer tier (moving
 * one there, or copying it, fails).
 */
export const CALMER_FORBIDDEN: Record<string, { tier: UrgencyId; pattern: RegExp }> = {
  'shortness of breath': { tier: 'emergency', pattern: /short(?:ness)? of breath|trouble breathing/i },
  'cannot move foot or toes': { tier: 'emergency', pattern: /move your foot or toes/i },
  'crack or out of place': { tier: 'emergency', pattern: /\bcrack\b|out of place/i },
  'coughing up blood': { tier: 'emergency', pattern: /coughing up blood/i },
  fever: { tier: 'same-day', pattern: /fever/i },
  'weight-bearing': { tier: 'same-day', pattern: /put weight on/i },
  locking: { tier: 'same-day', pattern: /\blocks\b|locked/i },
  'clot in the leg': { tier: 'same-day', pattern: /deep vein thrombosis/i },
};

/** The tiers in order, most serious first. */
export const TIER_ORDER: readonly UrgencyId[] = ['emergency', 'same-day', 'soon'];

/**
 * Sentences that would tell a reader an exam (or a physical therapist) alone can tell a clot from
 * a cyst, or that all of several signs are needed. None may appear anywhere in the content.
 */
export const FORBIDDEN_CLAIMS: RegExp[] = [
  /only an? (?:exam|examination|physical therapist|check)/i,
  /\bexam(?:ination)?\b[^.]*\b(?:tell|rule out|sure)\b/i,
  /\bphysical therapist\b[^.]*\b(?:rule out|tell)\b[^.]*\bclot\b/i,
  /\ball of these\b/i,
  /swollen, warm, red or darker, and/i,
];

/** One tier's text as the checks read it: label, action, each sign and each note. */
export interface TierText {
  label: string;
  action: string;
  items: string[];
}

/** Problems with `tiers` (empty when the triage is right). Shared by content and element tests. */
export function triageProblems(tiers: Record<UrgencyId, TierText>): string[] {
  const problems: string[] = [];
  for (const id of TIER_ORDER) {
    const tier = tiers[id];
    const expected = TIERS[id];
    if (!tier) {
      problems.push(`${id}: missing`);
      continue;
    }
    if (!expected.label.test(tier.label)) problems.push(`${id}: label "${tier.label}" does not match ${expected.label}`);
    for (const pattern of expected.action) {
      if (!pattern.test(tier.action)) problems.push(`${id}: action "${tier.action}" lacks ${pattern}`);
    }
    for (const [name, patterns] of Object.entries(expected.signs)) {
      if (!tier.items.some((item) => patterns.every((p) => p.test(item)))) {
        problems.push(`${id}: no single item has every part of "${name}"`);
      }
    }
  }
  for (const [name, { tier, pattern }] of Object.entries(CALMER_FORBIDDEN)) {
    for (const calmer of TIER_ORDER.slice(TIER_ORDER.indexOf(tier) + 1)) {
      const t = tiers[calmer];
      if (t && [t.action, ...t.items].some((text) => pattern.test(text))) {
        problems.push(`"${name}" belongs in ${tier} but appears in the calmer ${calmer} tier`);
      }
    }
  }
  return problems;
}
