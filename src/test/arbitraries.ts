/**
 * The bad-input generators (fast-check arbitraries): whatever a site owner, or an attacker who
 * controls a CMS field, may put into an attribute. One home for every property test over the
 * widgets' attributes: the elements' fuzz test (bad-input.test.ts) and the pre-rendered form's
 * (test/render/bad-input.test.ts), so both are tried with the same values.
 */
import fc from 'fast-check';
import { CAUSE_IDS, TIP_IDS } from '../content/index.js';
import { LAYOUTS } from '../elements/relief-tips/relief-tips.js';
import type { ReactiveElement } from 'lit';
import { booleanConverter } from '../shared/boolean.js';
import { LANGUAGES } from '../shared/language.js';
import { THEMES } from '../shared/validate.js';
import { WIDGETS, type WidgetTag } from '../widgets.js';

/** A widget's tag (the one list is src/widgets.ts; the records below must name every one). */
export type Tag = WidgetTag;

/** Valid attributes each element starts with, so the attribute under test is the only bad one. */
export const BASE: Record<Tag, Record<string, string>> = {
  'knee-pain-causes': {},
  'relief-tips': {},
  'pt-cta': { phone: '617-555-0123', 'booking-url': 'https://example.com/book' },
};

/**
 * The attributes each element is tried with: every attribute it reads (its observed attributes,
 * the same list the manifest documents), so an attribute added later is fuzzed from the start (and
 * the fuzz tests fail until they know what it must do).
 */
export const ATTRIBUTES = Object.fromEntries(
  WIDGETS.map(({ tag, element }) => [tag, [...(element as unknown as { observedAttributes: string[] }).observedAttributes]]),
) as Record<Tag, string[]>;

/**
 * The boolean attributes: those declared with the shared converter (see shared/boolean.ts), by
 * attribute name. (Read after ATTRIBUTES, whose `observedAttributes` finalised the classes.)
 */
export const BOOLEAN_ATTRIBUTES: readonly string[] = [
  ...new Set(
    WIDGETS.flatMap(({ element }) =>
      [...(element as unknown as typeof ReactiveElement).elementProperties]
        .filter(([, declaration]) => declaration.converter === booleanConverter)
        .map(([key, declaration]) => (typeof declaration.attribute === 'string' ? declaration.attribute : String(key).toLowerCase())),
    ),
  ),
];

/** Characters browsers strip or ignore around and inside URLs, and other kinds of blank. */
const blank = fc.constantFrom(
  ...['', ' ', '  ', '\t', '\n', '\r\n', '\u0000', '\u0001', '\u001f', '\u00a0', '\u2028', '\u3000', '\ufeff'],
);

/** `s` with a random tab, newline or carriage return after some of its characters. */
const withControls = (s: string) =>
  fc
    .array(fc.constantFrom('', '', '', '\t', '\n', '\r'), { minLength: s.length, maxLength: s.length })
    .map((inserts) => [...s].map((c, i) => c + inserts[i]).join(''));

const scheme = fc
  .constantFrom('javascript', 'data', 'vbscript', 'file', 'blob', 'about', 'mailto', 'ftp', 'tel', 'http', 'https')
  .chain((s) => fc.mixedCase(fc.constant(s)))
  .chain((s) => fc.oneof(fc.constant(s), withControls(s)));

const urlRest = fc.constantFrom(
  ':alert(1)',
  ':alert(document.domain)//',
  ':text/html,<script>alert(1)</script>',
  ':text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ':msgbox("x")',
  '://example.com/book',
  '://example.com/book?a=<b>&c="d"#<img src=x onerror=alert(1)>',
  '://user:pw@example.com:8080/p',
  '://',
  ':example.com',
  ':/example.com',
  '://[::1]/',
  ':+16175550123',
);

/** Absolute URLs of every scheme, with mixed case, padding and tabs or newlines inside the scheme. */
const url = fc.tuple(blank, scheme, urlRest, blank).map((parts) => parts.join(''));

const ENTITIES_AND_ENCODINGS = [
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106avascript:alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  '%6A%61vascript:alert(1)',
  'java\u0000script:alert(1)',
  '\u202Ejavascript:alert(1)',
  '//evil.example/book',
  '\\\\evil.example\\book',
  '/book',
  'book.html',
  'https:example.com',
  'https://example.com/&quot;onmouseover=alert(1)',
  'https://example.com/"><img src=x onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
];

const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=\"javascript:alert(1)\"></iframe>",
  '</style><script>alert(1)</script>',
  '<template><img src=x onerror=alert(1)></template>',
  '<a href="javascript:alert(1)">Book</a>',
  '<!--',
  '-->',
  '<?lit$1234567$>',
  'lit$1234567$',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '<knee-pain-causes></knee-pain-causes>',
];

const EMOJI_AND_RTL = [
  '😀',
  '👩🏽‍⚕️🦵',
  'עברית',
  'العربية ٣',
  '\u202Ehttps://example.com/kcab',
  'https://example.com/\u202Egnp.exe',
  '\u200F3',
  '٣',
  '３',
  'ⅲ',
  '\u0301\u0301\u0301',
  '\uD800',
];

/** 100,000 characters: a long word, digits, markup, emoji, or a valid URL followed by a long path. */
const huge = fc
  .constantFrom('a', '9', ',', ' ', '😀', 'ש', '<img src=x onerror=alert(1)>', 'https://example.com/')
  .map((s) => s.repeat(Math.ceil(100_000 / s.length)))
  .chain((s) => fc.constantFrom(s, `https://example.com/${s}`, `617-555-0123${s}`, `3${s}`));

/** Values close to valid for each attribute, to reach both sides of every check. */
const digitsAndPunctuation = fc.string({ unit: fc.constantFrom(...'0123456789 ()+-./#*x'), maxLength: 24 });
const idList = (ids: readonly string[]) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...ids), fc.mixedCase(fc.constantFrom(...ids)), fc.constantFrom('', ' ', 'nope', 'all')),
      { maxLength: 5 },
    )
    .chain((items) => fc.tuple(fc.constant(items), blank))
    .map(([items, pad]) => items.join(`,${pad}`));
const padded = (words: readonly string[]) =>
  fc.tuple(blank, fc.constantFrom(...words), blank).map((parts) => parts.join(''));
const NEAR_VALID: Record<string, fc.Arbitrary<string>> = {
  'heading-level': fc.oneof(
    fc.integer({ min: -10, max: 20 }).map(String),
    fc.double().map(String),
    fc.constantFrom(' 3 ', '03', '3.0', '+3', '3.5', '1e1', '0x3', 'Infinity', 'NaN', 'undefined', '2 3'),
  ),
  theme: fc.oneof(fc.mixedCase(fc.constantFrom(...THEMES, 'purple')), padded(THEMES)),
  layout: fc.oneof(fc.mixedCase(fc.constantFrom(...LAYOUTS, 'grid list')), padded(LAYOUTS)),
  causes: idList(CAUSE_IDS),
  tips: idList(TIP_IDS),
  phone: digitsAndPunctuation,
  'emergency-number': digitsAndPunctuation,
  'reviewed-on': fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(' 2026-03-03 ', '2026-3-3', '03/03/2026', '2024-02-29', '2026-02-29', '2026-03-03T00:00'),
  ),
  'reviewed-by': fc.constantFrom('Dana Ruiz, PT, DPT', '  Dana\n Ruiz ', 'Dr. Ng {date}', '$& $1', ''),
  'booking-url': fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), url),
  ...Object.fromEntries(
    BOOLEAN_ATTRIBUTES.map((name) => [
      name,
      fc.oneof(fc.mixedCase(fc.constantFrom('false', 'true', name, '', 'no', 'off', '0', '1')), padded(['false', 'true'])),
    ]),
  ),
  // Languages the widgets have and have not, with regions, odd separators and case.
  lang: fc.oneof(
    fc.mixedCase(fc.constantFrom(...LANGUAGES, 'es-MX', 'es_419', 'en-US', 'fr', 'zh-Hant', 'x-klingon', 'e', '-es', 'es-', 'eng', 'spa')),
    padded(LANGUAGES),
  ),
};

const hostile = fc.oneof(
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 2 },
  { arbitrary: url, weight: 3 },
  { arbitrary: fc.constantFrom(...ENTITIES_AND_ENCODINGS), weight: 2 },
  { arbitrary: fc.constantFrom(...EMOJI_AND_RTL), weight: 1 },
  { arbitrary: blank.chain((a) => blank.map((b) => a + b)), weight: 1 },
  { arbitrary: huge, weight: 1 },
);

/** Values for `attribute`: hostile ones, and ones close to valid where the attribute has a format. */
export const valueFor = (attribute: string) =>
  NEAR_VALID[attribute]
    ? fc.oneof({ arbitrary: hostile, weight: 2 }, { arbitrary: NEAR_VALID[attribute], weight: 1 })
    : hostile;

