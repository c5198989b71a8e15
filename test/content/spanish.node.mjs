// Reading level of the Spanish content (Node, no browser): the Fernández-Huerta index, the Spanish
// counterpart of Flesch reading ease, over syllables counted by the silabea library (a Spanish
// syllable splitter that knows diphthongs, hiatus and written accents). Run by `npm test` (see
// package.json "test:content") through tsx, which loads the TypeScript content directly.
//
// The formula (Fernández Huerta 1959, in the corrected form that textstat and INFLESZ use):
//   FH = 206.84 − 0.60 × P − 1.02 × F
//   P = syllables per 100 words, F = words per sentence.
// 70–80 reads as "fairly easy" (about grade 7 to 8), 80–90 as "easy" (about grade 6): the whole
// text must score 70 or more, the urgent-care block 80 or more, as the English does grade 8 and 6.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import silabea from 'silabea';
import { locales } from '../../src/content/index.ts';

const WHOLE_MIN = 70;
const URGENT_MIN = 80;
const es = locales.es;

/** Syllables of one word, by silabea; a number or an abbreviation ("911", "LCP") is read out. */
function syllables(word) {
  if (/^\d+$/.test(word)) return [...word].length * 1.5; // "nueve uno uno": about 1.5 per digit
  if (/^[A-ZÁÉÍÓÚÑ]{2,}$/.test(word)) return word.length; // "ele ce pe": one per letter
  return silabea.getSilabas(word.toLowerCase()).numeroSilaba;
}

/** Words of a text: runs of letters or digits (punctuation and symbols dropped). */
const words = (text) => text.match(/[\p{L}\d]+/gu) ?? [];

/** Sentences: ended by . ! ? or a colon that ends a label; each list item or heading is one. */
function sentences(parts) {
  return parts.flatMap((part) =>
    part
      .split(/(?<=[.!?])\s+|:\s*$/)
      .map((s) => s.trim())
      .filter((s) => words(s).length > 0),
  );
}

/** The Fernández-Huerta index of some strings (each a heading, item or paragraph) and its parts. */
export function fernandezHuerta(parts) {
  const all = sentences(parts);
  const list = all.flatMap(words);
  const syllableCount = list.reduce((sum, w) => sum + syllables(w), 0);
  const P = (100 * syllableCount) / list.length;
  const F = list.length / all.length;
  return { score: 206.84 - 0.6 * P - 1.02 * F, words: list.length, sentences: all.length, syllablesPerWord: syllableCount / list.length };
}

/** Placeholders filled as the widgets fill them. */
const fill = (text) =>
  text
    .replaceAll('{number}', '911')
    .replaceAll('{clinic}', es.cta.defaultClinicName)
    .replaceAll('{phone}', '(617) 555-0123')
    .replaceAll('{name}', 'Dana Ruiz')
    .replaceAll('{date}', '3 de marzo de 2026');

/** Every string a reader can see, without ids, the locale tag and the sample clinic's name. */
function strings(value) {
  if (typeof value === 'string') return [fill(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !['id', 'locale', 'defaultClinicName', 'topic'].includes(key))
      .flatMap(([, v]) => strings(v));
  }
  return [];
}

const urgentParts = () => [
  es.urgent.heading,
  ...es.urgent.levels.flatMap((l) => [l.label, l.action, ...l.signs.map((s) => s.text), ...(l.notes ?? [])]),
].map(fill);

test('silabea splits Spanish words as a reader says them', () => {
  const cases = { rodilla: 3, pantorrilla: 4, hinchazón: 3, coágulo: 4, sangre: 2, día: 2, ciudad: 2, articulación: 5 };
  for (const [word, n] of Object.entries(cases)) assert.equal(syllables(word), n, word);
});

test('the index scores hard Spanish as hard and plain Spanish as easy (so the checks below can fail)', () => {
  const hard = fernandezHuerta([
    'La sintomatología presentada por los pacientes con patologías osteoarticulares degenerativas requiere una evaluación multidisciplinaria exhaustiva mediante procedimientos diagnósticos complementarios.',
  ]);
  assert.ok(hard.score < 30, `hard text scored ${hard.score.toFixed(1)}`);
  const plain = fernandezHuerta(['Me duele la rodilla. Voy a ver al médico hoy.']);
  assert.ok(plain.score > 90, `plain text scored ${plain.score.toFixed(1)}`);
});

test(`es: the whole text scores ${WHOLE_MIN} or more (Fernández-Huerta)`, (t) => {
  const result = fernandezHuerta(strings(es));
  t.diagnostic(`whole text: ${result.score.toFixed(1)} (${result.words} words, ${result.sentences} sentences, ${result.syllablesPerWord.toFixed(2)} syllables a word)`);
  assert.ok(result.score >= WHOLE_MIN, `whole text scored ${result.score.toFixed(1)}`);
});

test(`es: the urgent-care block scores ${URGENT_MIN} or more (Fernández-Huerta)`, (t) => {
  const result = fernandezHuerta(urgentParts());
  t.diagnostic(`urgent block: ${result.score.toFixed(1)} (${result.words} words, ${result.sentences} sentences, ${result.syllablesPerWord.toFixed(2)} syllables a word)`);
  assert.ok(result.score >= URGENT_MIN, `urgent block scored ${result.score.toFixed(1)}`);
});
