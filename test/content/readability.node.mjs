// Reading level of the widgets' text (Node, no browser): Flesch–Kincaid grade measured with the
// text-readability library (a port of Python's textstat), not a hand-written syllable counter.
// The urgent-care block must read at grade 6 or lower, each of its tiers too, and the widgets'
// whole text at grade 8 or lower. Run by `npm test` (see package.json "test:content") through tsx,
// which loads the TypeScript content directly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import readability from 'text-readability';
import { locales } from '../../src/content/index.ts';

const BLOCK_MAX = 6;
const WIDGETS_MAX = 8;

/** Every string of a content object, without ids and the locale tag. */
function strings(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== 'id' && key !== 'locale')
      .flatMap(([, v]) => strings(v));
  }
  return [];
}

/**
 * The text as a reader meets it: placeholders filled as the widgets fill them, and each label,
 * heading or list item ended as a sentence (a reader pauses there; without a full stop the library
 * would run a whole list into one sentence and overstate the grade).
 */
function prose(article, parts) {
  return parts
    .map((s) =>
      s
        .replaceAll('{number}', '911')
        .replaceAll('{clinic}', article.cta.defaultClinicName)
        .replaceAll('{phone}', '(617) 555-0123')
        .replaceAll('{name}', 'Dana Ruiz, PT, DPT')
        .replaceAll('{date}', 'March 3, 2026')
        .trim()
        .replace(/:$/, '.'),
    )
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
    .join(' ');
}

const grade = (text) => readability.fleschKincaidGrade(text);

test('the readability library scores hard text as hard (so the checks below can fail)', () => {
  const hard =
    'Notwithstanding considerable interindividual variability, symptomatic presentations necessitate comprehensive multidisciplinary evaluation incorporating sophisticated diagnostic investigations.';
  assert.ok(grade(hard) > 12, `grade ${grade(hard)}`);
  assert.ok(grade('The cat sat on the mat. It was warm.') < 3);
});

for (const [tag, article] of Object.entries(locales)) {
  // Flesch–Kincaid is a formula for English; other languages need their own measure.
  if (tag !== 'en') continue;

  test(`${tag}: the urgent-care block reads at grade ${BLOCK_MAX} or lower, and so does each tier`, (t) => {
    const block = grade(prose(article, strings(article.urgent)));
    t.diagnostic(`urgent block: grade ${block}`);
    assert.ok(block <= BLOCK_MAX, `urgent block: grade ${block}`);
    for (const level of article.urgent.levels) {
      const g = grade(prose(article, strings(level)));
      t.diagnostic(`  ${level.id}: grade ${g}`);
      assert.ok(g <= BLOCK_MAX, `${level.id}: grade ${g}`);
    }
  });

  test(`${tag}: the widgets' whole text reads at grade ${WIDGETS_MAX} or lower`, (t) => {
    const all = grade(prose(article, strings(article)));
    t.diagnostic(`whole widget text: grade ${all}`);
    assert.ok(all <= WIDGETS_MAX, `whole widget text: grade ${all}`);
    for (const part of ['causes', 'urgent', 'relief', 'cta']) {
      t.diagnostic(`  ${part}: grade ${grade(prose(article, strings(article[part])))}`);
    }
  });
}
