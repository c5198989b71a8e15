import { expect } from '@open-wc/testing';
import { CAUSE_IDS, en, getArticle, locales, TIP_IDS } from './index.js';

/** Rough syllable count of an English word (vowel groups, minus a silent final e). */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return w ? 1 : 0;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch–Kincaid grade level of some text (sentences end at . ! or ?). */
function gradeLevel(text: string): number {
  const sentences = text.split(/[.!?]+/).filter((s) => s.trim()).length;
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}

/** Every string in a content object. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('content', () => {
  it('writes the urgent-care block at or below an 8th-grade reading level', () => {
    for (const level of en.urgent.levels) {
      const text = [level.action.replace('{number}', '911'), ...level.signs].join(' ');
      expect(gradeLevel(text), level.id).to.be.at.most(8);
    }
  });

  it('keeps the article itself plain (at most a 9th-grade level overall)', () => {
    const text = [...en.causes.items.flatMap((c) => c.paragraphs), ...en.relief.items.flatMap((t) => t.paragraphs)].join(' ');
    expect(gradeLevel(text)).to.be.at.most(9);
  });

  it('has every cause and tip, in article order, in every locale', () => {
    for (const [tag, article] of Object.entries(locales)) {
      expect(article.causes.items.map((c) => c.id), tag).to.deep.equal([...CAUSE_IDS]);
      expect(article.relief.items.map((t) => t.id), tag).to.deep.equal([...TIP_IDS]);
      expect(article.urgent.levels.map((l) => l.id), tag).to.deep.equal(['emergency', 'same-day', 'soon']);
    }
  });

  it('is plain text: no markup, and placeholders only where the elements fill them', () => {
    for (const text of strings(en)) {
      expect(text, text).not.to.match(/[<>]/);
    }
    expect(en.urgent.levels[0].action).to.contain('{number}');
    expect(en.cta.message.join(' ')).to.contain('{clinic}');
    expect(en.cta.callLabel).to.contain('{phone}');
  });

  it('points only the clot/tumour and nerve/artery causes to the urgent block', () => {
    expect(en.causes.items.filter((c) => c.pointsToUrgent).map((c) => c.id)).to.deep.equal([
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
