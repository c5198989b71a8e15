/**
 * The build-time templates: `dist/knee-pain-widgets.prerender.json` (format in ./fill.ts,
 * `PrerenderTemplates`), for pages that cannot run the server renderer (the snippet builder in the
 * browser, the WordPress plugin in PHP).
 *
 * They are made by {@link renderShadowContent}, the pre-renderer itself, never written by hand:
 * each widget is rendered twice per language and variant, once with every value-carrying
 * attribute set to sample value A and once to sample value B. The two outputs are identical
 * except where the values appear, and those places become `{{placeholders}}`. Then the templates
 * are checked: filled with a set of other values (every heading level and theme, bad values,
 * markup, default texts), each must give exactly what the renderer gives. A change to an element
 * that the templates cannot express (a new structure that depends on a value) fails the build with
 * a message, instead of shipping templates that differ from the real render.
 *
 * Node only (used by scripts/prerendered.mjs during `npm run build`).
 */
import { locales } from '../content/index.js';
import { LAYOUTS } from '../elements/relief-tips/relief-tips.js';
import { reviewedText } from '../shared/reviewed.js';
import { THEMES } from '../shared/validate.js';
import { VERSION } from '../shared/version.js';
import { escapeHtml, fill, SWITCHES, type LanguageTexts, type Placeholder, type PrerenderTemplates, type Switch, type WidgetTemplates } from './fill.js';
import { inlineStyles, prerender, renderShadowContent, STYLESHEET_FILE, styleHash, widgetAttributes, WIDGET_TAGS } from './index.js';

/** One placeholder's appearance in the two sample renders, and what replaces it. */
interface Token {
  a: string;
  b: string;
  out: string;
}

/**
 * An attribute whose value appears in the markup: sample values A and B, and how they appear
 * (for language `lang`). `when` names the switch it needs (its part of the markup exists only then).
 */
interface Sample {
  name: string;
  a: string;
  b: string;
  tokens: (lang: string) => Token[];
  when?: Switch;
}

const ph = (name: Placeholder) => `{{${name}}}`;

/** Private-use characters: text that no content holds and that escaping leaves as it is. */
const TEXT_A = '\uE000';
const TEXT_B = '\uE001';

const same = (out: Placeholder) => (a: string, b: string): Token[] => [{ a, b, out: ph(out) }];
const sample = (name: string, a: string, b: string, out: Placeholder, when?: Switch): Sample => ({
  name,
  a,
  b,
  tokens: () => same(out)(a, b),
  when,
});

/** Every attribute whose value appears in the markup; a widget uses those it reads. */
const SAMPLES: Sample[] = [
  {
    name: 'heading-level',
    a: '2',
    b: '3',
    // The widget's heading at its level, sub-headings one deeper.
    tokens: () => [
      { a: '<h2', b: '<h3', out: `<h${ph('level')}` },
      { a: '</h2', b: '</h3', out: `</h${ph('level')}` },
      { a: '<h3', b: '<h4', out: `<h${ph('sublevel')}` },
      { a: '</h3', b: '</h4', out: `</h${ph('sublevel')}` },
    ],
  },
  sample('theme', 'light', 'dark', 'theme'),
  sample('layout', 'grid', 'list', 'layout'),
  sample('emergency-number', '98765', '1234', 'emergencyNumber'),
  sample('clinic-name', TEXT_A, TEXT_B, 'clinicName'),
  sample('button-label', '\uE002', '\uE003', 'buttonLabel', 'book'),
  sample('booking-url', 'https://a.invalid/', 'https://b.invalid/', 'bookingUrl', 'book'),
  {
    name: 'phone',
    a: '+7777777',
    b: '+88888888',
    when: 'call',
    tokens: () => [
      { a: 'tel:+7777777', b: 'tel:+88888888', out: ph('phoneHref') },
      { a: '+7777777', b: '+88888888', out: ph('phoneDisplay') },
    ],
  },
  {
    // The whole reviewed line is one placeholder: its wording depends on which of name and date
    // are given, and the date's form on the language (`fill` words it as the element does).
    name: 'reviewed-by',
    a: '\uE004',
    b: '\uE005',
    when: 'reviewed',
    tokens: (lang) => {
      const line = (name: string) => escapeHtml(reviewedText(locales[lang].reviewed, name, '')!);
      return [{ a: line('\uE004'), b: line('\uE005'), out: ph('reviewed') }];
    },
  },
];

/** Attributes that change nothing in the server's markup (checked below like the others). */
const NO_MARKUP = ['data-layer', 'gtag', 'data-layer-topics', 'pass-utm'];

/** The switch each structural attribute turns on, where a widget reads it. */
const SWITCH_ATTRIBUTE: Record<Switch, string> = {
  open: 'open',
  book: 'booking-url',
  call: 'phone',
  reviewed: 'reviewed-by',
  switch: 'language-switch',
};

/** Every subset of `list`, each in list order. */
const subsets = <T>(list: readonly T[]): T[][] => list.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);

/**
 * The template between two renders that differ only where sample tokens are: walks both strings,
 * and at each difference finds the token that explains it (the longest, when one is the end of
 * another, such as a phone number inside its `tel:` link).
 */
export function diffTemplate(a: string, b: string, tokens: Token[], what: string): string {
  let i = 0;
  let j = 0;
  let out = '';
  while (i < a.length || j < b.length) {
    if (a[i] === b[j] && i < a.length) {
      out += a[i];
      i += 1;
      j += 1;
      continue;
    }
    // A token may have started a few characters back, where A and B still agreed.
    let found: { token: Token; back: number } | undefined;
    for (const token of tokens) {
      for (let back = 0; back <= Math.min(token.a.length, token.b.length, out.length); back += 1) {
        if (a.startsWith(token.a, i - back) && b.startsWith(token.b, j - back)) {
          if (!found || token.a.length > found.token.a.length) found = { token, back };
          break;
        }
      }
    }
    if (!found) {
      const context = (s: string, k: number) => JSON.stringify(s.slice(Math.max(0, k - 60), k + 60));
      throw new Error(`prerender templates: ${what}: the two sample renders differ where no value is:\n  A ${context(a, i)}\n  B ${context(b, j)}`);
    }
    out = out.slice(0, out.length - found.back) + found.token.out;
    i += found.token.a.length - found.back;
    j += found.token.b.length - found.back;
  }
  return out;
}

/** Attributes for one render: the switches `on`, and sample values A or B. */
function sampleAttributes(samples: Sample[], lang: string | undefined, on: Switch[], side: 'a' | 'b'): [string, string][] {
  const attrs: [string, string][] = [];
  if (lang !== undefined) attrs.push(['lang', lang]);
  for (const s of samples) if (!s.when || on.includes(s.when)) attrs.push([s.name, s[side]]);
  if (on.includes('open')) attrs.push(['open', '']);
  if (on.includes('switch')) attrs.push(['language-switch', '']);
  return attrs;
}

/** Values the finished templates are checked with, each against the real render. */
function checks(reads: (name: string) => boolean, lang: string | undefined): [string, string][][] {
  const base: [string, string][] = lang === undefined ? [] : [['lang', lang]];
  const out: [string, string][][] = [base];
  const add = (...attrs: [string, string][]) => out.push([...base, ...attrs.filter(([name]) => reads(name))]);
  for (const level of ['2', '3', '4', '5', '6', '7', '1', 'x', ' 4 ']) add(['heading-level', level]);
  for (const theme of [...THEMES, 'AUTO', 'purple']) add(['theme', theme]);
  for (const n of ['112', '000', '999 ', 'none', '', '<b>1</b>']) add(['emergency-number', n], ['open', 'false']);
  add(['open', ''], ['language-switch', ''], ['data-layer', ''], ['gtag', 'true'], ['data-layer-topics', '']);
  add(['open', 'open'], ['language-switch', 'false']);
  for (const layout of [...LAYOUTS, 'LIST', 'rows']) add(['layout', layout]);
  const tricky = `A "B" <C> & D's {{clinicName}}`;
  add(['clinic-name', tricky], ['button-label', tricky], ['phone', '(617) 555-0123'], ['booking-url', 'https://e.example/b?a=1&b="2"']);
  add(['clinic-name', '  '], ['phone', '+44 20 7946 0958'], ['data-layer', ''], ['pass-utm', '']);
  add(['booking-url', 'javascript:alert(1)'], ['phone', 'call me'], ['heading-level', '6']);
  add(['booking-url', 'https://e.example/'], ['button-label', ' Book now '], ['theme', 'dark']);
  add(['reviewed-by', tricky], ['reviewed-on', '2026-03-03']);
  add(['reviewed-by', ' Dana  Ruiz,\n PT '], ['reviewed-on', '2999-01-01']);
  add(['reviewed-on', '2024-02-29']);
  add(['reviewed-on', '2023-02-29'], ['reviewed-by', '']);
  if (lang === 'en') out.push([['lang', 'en-GB'], ['reviewed-on', '2026-03-03'], ['reviewed-by', 'A']].filter(([n]) => reads(n)) as [string, string][]);
  if (lang === 'es') out.push([['lang', 'es-MX'], ['reviewed-on', '2026-03-03']].filter(([n]) => reads(n)) as [string, string][]);
  return out;
}

/** Builds the templates file's content (see ./fill.ts for its format). */
export async function buildTemplates(): Promise<PrerenderTemplates> {
  const languages = Object.keys(locales);
  const templates: PrerenderTemplates = {
    format: 1,
    version: VERSION,
    languages,
    stylesheet: STYLESHEET_FILE,
    styles: {},
    styleHashes: {},
    widgets: {},
  };
  for (const tag of WIDGET_TAGS) {
    const attributes = [...widgetAttributes(tag)];
    const reads = (name: string) => attributes.includes(name);
    // Before the language work the elements did not read `lang`: then English is all there is.
    const langs = reads('lang') ? languages : [languages[0]];
    const samples = SAMPLES.filter((s) => reads(s.name));
    const switches = SWITCHES.filter((name) => reads(SWITCH_ATTRIBUTE[name]));
    const widget: WidgetTemplates = {
      attributes,
      filled: attributes.filter(
        (name) =>
          samples.some((s) => s.name === name) ||
          switches.some((sw) => SWITCH_ATTRIBUTE[sw] === name) ||
          NO_MARKUP.includes(name) ||
          ['lang', 'reviewed-on'].includes(name),
      ),
      choices: { theme: [...THEMES], ...(reads('layout') ? { layout: [...LAYOUTS] } : {}) },
      defaults: {},
      templates: {},
    };
    for (const lang of langs) {
      const code = reads('lang') ? lang : undefined;
      const tokens = samples.flatMap((s) => s.tokens(lang));
      const variants: Record<string, string> = {};
      for (const on of subsets(switches)) {
        const what = `<${tag}> ${lang} [${on.join(' ')}]`;
        const a = renderShadowContent(tag, sampleAttributes(samples, code, on, 'a'));
        const b = renderShadowContent(tag, sampleAttributes(samples, code, on, 'b'));
        variants[on.join(' ')] = diffTemplate(a, b, tokens, what);
      }
      widget.templates[lang] = variants;
      const content = locales[lang];
      const texts: LanguageTexts = { locale: content.locale };
      if (reads('clinic-name')) texts.clinicName = content.cta.defaultClinicName;
      if (reads('button-label')) texts.buttonLabel = content.cta.defaultButtonLabel;
      if (reads('reviewed-by')) texts.reviewed = content.reviewed;
      widget.defaults[lang] = texts;
    }
    templates.widgets[tag] = widget;
    templates.styles[tag] = inlineStyles(tag);
    templates.styleHashes[tag] = await styleHash(tag);
  }
  // The proof: filled templates are what the renderer makes, for values A and B never used.
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (const tag of WIDGET_TAGS) {
      const reads = (name: string) => templates.widgets[tag].attributes.includes(name);
      for (const lang of reads('lang') ? templates.languages : [undefined]) {
        for (const attrs of checks(reads, lang)) {
          const expected = prerender(tag, attrs);
          const got = fill(templates, tag, attrs);
          if (got !== expected) {
            const at = [...expected].findIndex((c, i) => got?.[i] !== c);
            const around = (s = '') => JSON.stringify(s.slice(Math.max(0, at - 80), at + 80));
            throw new Error(
              `prerender templates: filling <${tag}> with ${JSON.stringify(attrs)} does not give what prerender() gives; ` +
                `they differ at character ${at}:\n  prerender: ${around(expected)}\n  fill:      ${around(got)}`,
            );
          }
        }
      }
    }
  } finally {
    console.warn = warn;
  }
  return templates;
}
