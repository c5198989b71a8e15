import { expect } from '@open-wc/testing';
import { CALMER_FORBIDDEN, FORBIDDEN_CLAIMS, triageProblems, TIERS, type TierText } from '../test/triage.js';
import {
  CAUSE_IDS,
  en,
  getArticle,
  locales,
  TIP_IDS,
  URGENCY_IDS,
  URGENT_SIGN_IDS,
  type ArticleContent,
  type UrgencyId,
} from './index.js';

// Reading level is measured in Node with a readability library: test/content/readability.node.mjs.

/** Every string in a content object. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The urgent block of an article as the triage checks read it. */
function tierTexts(article: ArticleContent): Record<UrgencyId, TierText> {
  return Object.fromEntries(
    article.urgent.levels.map((level) => [
      level.id,
      { label: level.label, action: level.action, items: [...level.signs.map((s) => s.text), ...(level.notes ?? [])] },
    ]),
  ) as Record<UrgencyId, TierText>;
}

/** A deep copy of English with one sign moved from one tier to another. */
function withSignMoved(id: string, to: UrgencyId): ArticleContent {
  const copy = structuredClone(en);
  const levels = copy.urgent.levels as unknown as { id: string; signs: { id: string }[] }[];
  const from = levels.find((l) => l.signs.some((s) => s.id === id))!;
  const [sign] = from.signs.splice(
    from.signs.findIndex((s) => s.id === id),
    1,
  );
  levels.find((l) => l.id === to)!.signs.push(sign);
  return copy;
}

/**
 * The article's hedges ("can", "may", "in some cases", "a number of", "can also contribute",
 * "sometimes"), written apart from the content: each must still be in the English text.
 */
const ARTICLE_HEDGES = [
  'can come in many forms',
  'can be tricky to diagnose',
  'sometimes called a popliteal synovial cyst',
  'often go away on their own',
  'A number of knee injuries',
  'Tears often come',
  'can also contribute to an injury',
  'A blood clot can cause symptoms',
  'This is not common',
  'can restrict blood flow',
  'This can cause pain behind the knee',
  'it can damage blood vessels',
  'sometimes surgery',
  'can help strengthen',
  'can do wonders',
  'it can weaken your muscles',
  'In some cases, rest, ice and physical therapy can set you on the path',
  'In other cases, more serious conditions may need medical care',
];

describe('content', () => {
  it('has every cause, tip, tier and sign, in order, in every locale', () => {
    for (const [tag, article] of Object.entries(locales)) {
      expect(article.causes.items.map((c) => c.id), tag).to.deep.equal([...CAUSE_IDS]);
      expect(article.relief.items.map((t) => t.id), tag).to.deep.equal([...TIP_IDS]);
      expect(article.urgent.levels.map((l) => l.id), tag).to.deep.equal([...URGENCY_IDS]);
      for (const level of article.urgent.levels) {
        expect(level.signs.map((s) => s.id), `${tag} ${level.id}`).to.deep.equal([...URGENT_SIGN_IDS[level.id]]);
      }
    }
  });

  it('is plain text: no markup, and placeholders only where the elements fill them', () => {
    for (const [tag, article] of Object.entries(locales)) {
      for (const text of strings(article)) {
        expect(text, `${tag}: ${text}`).not.to.match(/[<>]/);
        // The only placeholders are the ones the elements replace, spelled the same everywhere.
        for (const placeholder of text.match(/\{[^}]*\}/g) ?? []) {
          expect(['{number}', '{clinic}', '{phone}', '{name}', '{date}'], `${tag}: ${text}`).to.include(placeholder);
        }
      }
      const { levels } = article.urgent;
      expect(levels[0].action, tag).to.contain('{number}');
      expect(levels[1].action + levels[2].action, tag).not.to.contain('{number}');
      expect(article.relief.safety.text, tag).to.contain('{number}');
      expect(article.cta.message.join(' '), tag).to.contain('{clinic}');
      expect(article.cta.callLabel, tag).to.contain('{phone}');
      expect(article.reviewed.byOn, tag).to.contain('{name}').and.contain('{date}');
      expect(article.reviewed.by, tag).to.contain('{name}').and.not.contain('{date}');
      expect(article.reviewed.on, tag).to.contain('{date}').and.not.contain('{name}');
    }
  });

  it('shows the urgent-care triage: every sign in its tier, none in a calmer one', () => {
    expect(triageProblems(tierTexts(en))).to.deep.equal([]);
  });

  it('fails the triage check when any red flag is moved to a calmer tier', () => {
    // The check itself must be able to fail: move each red flag one tier down and expect a problem.
    const moves: [string, UrgencyId][] = [
      ['lung-clot', 'same-day'],
      ['blocked-blood-flow', 'same-day'],
      ['injury-crack-or-out-of-place', 'soon'],
      ['leg-clot', 'soon'],
      ['joint-infection', 'soon'],
      ['cannot-bear-weight', 'soon'],
      ['locked-knee', 'soon'],
      ['foot-nerve', 'soon'],
    ];
    for (const [id, to] of moves) {
      expect(triageProblems(tierTexts(withSignMoved(id, to))), `${id} → ${to}`).not.to.deep.equal([]);
    }
    expect(Object.keys(CALMER_FORBIDDEN)).to.include.members(['fever', 'weight-bearing', 'locking', 'shortness of breath']);
    expect(Object.keys(TIERS.emergency.signs)).to.include.members(['catch-all', "don't drive"]);
  });

  it('says "any of" where any one sign is enough, never "all of"', () => {
    for (const level of en.urgent.levels) expect(level.action, level.id).to.match(/\bany of these\b/i);
    const leg = en.urgent.levels[1].signs.find((s) => s.id === 'leg-clot')!;
    expect(leg.text).to.match(/^Any of these in one leg: swelling, warmth, red or darker skin, or pain/);
    const lungs = en.urgent.levels[0].signs.find((s) => s.id === 'lung-clot')!;
    expect(lungs.text).to.match(/Any one is enough, with or without leg pain\./);
  });

  it('never claims an exam alone can tell a clot from a cyst, in any sentence', () => {
    const sentences = strings(en).flatMap((text) => text.split(/(?<=[.!?:])\s+/));
    for (const sentence of sentences) {
      for (const claim of FORBIDDEN_CLAIMS) expect(sentence, String(claim)).not.to.match(claim);
    }
    // The one place the two are compared says what tells them apart: a scan.
    const compared = sentences.filter((s) => /cyst/i.test(s) && /clot|thrombosis|look the same/i.test(s));
    expect(compared.length).to.be.greaterThan(0);
    const leg = en.urgent.levels[1].signs.find((s) => s.id === 'leg-clot')!.text;
    expect(leg).to.match(/look the same\. It takes a scan to tell them apart\./);
  });

  it('keeps the article’s hedges (no claim stronger than the article’s)', () => {
    const text = strings(en).join(' ');
    for (const hedge of ARTICLE_HEDGES) expect(text, hedge).to.contain(hedge);
    // Words the article does not use for these claims.
    expect(text).not.to.contain('This is rare. It mostly');
    expect(text).not.to.contain('sudden, severe, shooting');
    expect(text).not.to.match(/it weakens your muscles/);
  });

  it('opens the relief tips with a caution naming the two most serious signs', () => {
    const { safety } = en.relief;
    expect(safety.text).to.match(/strains and overuse/);
    expect(safety.text).to.match(/calf is swollen, warm or red, get care today/);
    expect(safety.text).to.match(/trouble breathing or chest pain, call \{number\} now/);
  });

  it('links the Baker’s cyst, clot/tumor and nerve/artery causes to the urgent block', () => {
    expect(en.causes.items.filter((c) => c.pointsToUrgent).map((c) => c.id)).to.deep.equal([
      'bakers-cyst',
      'clot-or-tumor',
      'nerve-artery-compression',
    ]);
  });

  it('falls back to English for unknown or missing languages and matches regional tags', () => {
    expect(getArticle('en-GB')).to.equal(en);
    expect(getArticle('xx')).to.equal(en);
    expect(getArticle(undefined)).to.equal(en);
  });
});
