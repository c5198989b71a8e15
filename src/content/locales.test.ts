import { expect } from '@open-wc/testing';
import { en, locales, type ArticleContent } from './index.js';

/**
 * Every language holds the same article: the same ids in the same order, the same number of
 * paragraphs, tiers and signs per tier, the same optional parts (cautions, notes, links to the
 * urgent block) and the same placeholders in each string. So a change made to one language and not
 * to the others fails here. (Whether the words say the same is for a clinician who reads both: see
 * the README.)
 */

/** Placeholders of a string, sorted: `{number}`, `{clinic}`… */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The structure of a content value: strings become their placeholders, ids and flags stay. */
function shape(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key === 'id' ? value : { placeholders: placeholders(value) };
  if (Array.isArray(value)) return value.map((v) => shape(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'locale')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v, k)]),
    );
  }
  return value;
}

/** Every string of an article with its path, to point at the one that differs. */
function paths(value: unknown, at = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => paths(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => paths(v, at ? `${at}.${k}` : k));
  return [[at, value]];
}

const others = Object.entries(locales).filter(([tag]) => tag !== 'en') as [string, ArticleContent][];

describe('every language holds the same article as the English', () => {
  it('has at least one language besides English', () => {
    expect(others.map(([tag]) => tag)).to.include('es');
  });

  for (const [tag, article] of others) {
    it(`${tag}: same structure, ids, counts, flags and placeholders, string by string`, () => {
      const mine = new Map(paths(shape(article)));
      const theirs = new Map(paths(shape(en)));
      expect([...mine.keys()], `${tag}: the same fields`).to.deep.equal([...theirs.keys()]);
      for (const [path, value] of theirs) expect(mine.get(path), `${tag}: ${path}`).to.deep.equal(value);
    });

    it(`${tag}: the same paragraphs per cause and tip, tiers and signs per tier`, () => {
      const count = (a: ArticleContent) => ({
        intro: a.causes.intro.length,
        causes: a.causes.items.map((c) => [c.id, c.paragraphs.length, Boolean(c.pointsToUrgent)]),
        tiers: a.urgent.levels.map((l) => [l.id, l.signs.map((s) => s.id), l.notes?.length ?? 0]),
        tips: a.relief.items.map((t) => [t.id, t.paragraphs.length, Boolean(t.caution)]),
        message: a.cta.message.length,
      });
      expect(count(article)).to.deep.equal(count(en));
    });

    it(`${tag}: every string is translated (none left in English) and none is empty`, () => {
      const english = new Map(paths(en));
      // Proper names and an acronym may stay as they are.
      const same = new Set(['cta.defaultClinicName', 'causes.items[0].title']);
      for (const [path, value] of paths(article)) {
        if (typeof value !== 'string' || path.endsWith('.id') || path === 'locale') continue;
        expect(value.trim().length, `${tag}: ${path} is empty`).to.be.greaterThan(0);
        if (!same.has(path)) expect(value, `${tag}: ${path} is the English text`).not.to.equal(english.get(path));
      }
      expect(article.locale.split('-')[0]).to.equal(tag);
    });
  }

  it('a change to one language alone fails the comparison (the check can fail)', () => {
    const changed = structuredClone(locales.es) as unknown as { urgent: { levels: { signs: unknown[] }[] } };
    changed.urgent.levels[1].signs.pop();
    expect(paths(shape(changed)).length).to.not.equal(paths(shape(en)).length);
    const moved = structuredClone(locales.es) as unknown as { relief: { safety: { text: string } } };
    moved.relief.safety.text = moved.relief.safety.text.replace('{number}', '911');
    expect(JSON.stringify(shape(moved))).to.not.equal(JSON.stringify(shape(en)));
  });
});
