// Builds the WordPress plugin: dist/knee-pain-widgets-wordpress.zip, one folder
// `knee-pain-widgets/` with the plugin (wordpress/), the drop-in bundle and generated files.
// Runs at the end of `npm run build`, after the bundle, the manifest and scripts/hosted.mjs.
//
// Nothing about the widgets is typed twice. From the sources of truth:
//   src/widgets.ts (dist/lib/widgets.js)  which widgets there are, and their classes, whose
//                                         observedAttributes are the attribute names the
//                                         elements really read
//   custom-elements.json                  each attribute's type, default and description
//   demo/builder.html, demo/snippet.js    the words a marketing person sees: each field's label,
//                                         hint, group and choices, and the error messages
//   dist/lib/shared/language.js           the languages the widgets have
// it writes includes/widgets.php (the data the PHP and the editor script read), fills in each
// block.json's attributes, stamps the version, and writes readme.txt's changelog from CHANGELOG.md.
// From dist/knee-pain-widgets.prerender.json (scripts/prerendered.mjs) and Node's Intl it writes
// includes/templates.php, what includes/prerender.php fills in to serve the pre-rendered form, and
// from dist/lib/render/jsonld.js what includes/jsonld.php fills in to describe the page (JSON-LD).
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { parser as parseChangelog } from 'keep-a-changelog';
import { parse as parseHtml } from 'node-html-parser';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);
const PLUGIN_DIR = at('wordpress');
const ZIP = at('dist', 'knee-pain-widgets-wordpress.zip');
const FOLDER = 'knee-pain-widgets';

/** Each widget's block (folder under wordpress/blocks/ and the name after `knee-pain-widgets/`). */
const BLOCK_SLUGS = { 'knee-pain-causes': 'causes', 'relief-tips': 'relief-tips', 'pt-cta': 'cta' };

/**
 * What an attribute's value is, where its type alone does not say (the PHP checks each kind as the
 * widgets do; see wordpress/includes/values.php). Anything not listed is plain text, a boolean, or
 * a choice from its type's union.
 */
const KINDS = {
  'booking-url': 'url',
  phone: 'phone',
  'emergency-number': 'emergency',
  'reviewed-on': 'date',
  lang: 'language',
};

/**
 * The site-wide settings (Settings → Knee Pain Widgets), in the order of the form. Each applies to
 * every widget that has the attribute; one a widget does not (yet) have is simply not offered.
 */
const SITE_SETTINGS = [
  'clinic-name',
  'phone',
  'booking-url',
  'brand-color',
  'brand-color-dark',
  'emergency-number',
  'theme',
  'lang',
  'reviewed-by',
  'reviewed-on',
  'language-switch',
  'data-layer',
  'data-layer-topics',
  'gtag',
  'pass-utm',
];

/** Builder fields whose id is not the attribute's name. */
const BUILDER_IDS = { lang: 'language' };

/**
 * The brand colours are not element attributes but CSS custom properties; the plugin adds them as
 * block fields, shortcode attributes and settings, and writes them into the widget's `style`.
 */
const COLOURS = [
  { name: 'brand-color', key: 'brandColor', kind: 'color', builderId: 'brand', property: '--kp-color-brand', plugin: true },
  { name: 'brand-color-dark', key: 'brandColorDark', kind: 'color', builderId: 'brand-dark', property: '--kp-color-brand-dark', plugin: true },
];

const { version } = JSON.parse(readFileSync(at('package.json'), 'utf8'));
const { WIDGETS } = await import(pathToFileURL(at('dist/lib/widgets.js')).href);
const manifest = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8'));
const declarations = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]),
);

/* ---------- The builder's words ---------- */

const builder = parseHtml(readFileSync(at('demo/builder.html'), 'utf8'));
const squash = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();

/** The outermost fieldset's legend around a node: the group the field is in. */
function groupOf(node) {
  let group;
  for (let n = node.parentNode; n; n = n.parentNode) {
    if (n.tagName === 'FIELDSET') {
      const legend = n.childNodes.find((c) => c.tagName === 'LEGEND');
      if (legend) group = squash(legend.text);
    }
  }
  return group;
}

/**
 * The builder's field for an attribute: label, hint, group and choices. A field is found by the
 * attribute's name as its id (a text box, select or checkbox), or as the name of a radio group.
 */
function builderField(id, fieldName) {
  const input = builder.getElementById(id);
  // The hint is what the field is described by (its aria-describedby), less its error slot.
  const described = (input?.getAttribute('aria-describedby') ?? `${id}-hint`).split(/\s+/).filter((d) => d && !d.endsWith('-error'));
  const hint = squash(described.map((d) => builder.getElementById(d)?.text ?? '').join(' '));
  if (input) {
    const group = groupOf(input);
    if (input.tagName === 'SELECT') {
      const all = input.querySelectorAll('option').map((o) => ({ value: o.getAttribute('value') ?? squash(o.text), label: squash(o.text) }));
      // An option with no value is the builder's "leave it to the widget" choice.
      const empty = all.find((o) => o.value === '')?.label;
      const options = all.filter((o) => o.value !== '');
      return { label: squash(builder.querySelector(`label[for="${id}"]`)?.text), help: hint, group, ...(options.length ? { options } : {}), empty };
    }
    if (input.getAttribute('type') === 'checkbox') {
      return { label: squash(input.closest('label')?.text), help: hint, group };
    }
    return { label: squash(builder.querySelector(`label[for="${id}"]`)?.text), help: hint, group };
  }
  const radios = builder.querySelectorAll(`input[type="radio"][name="${fieldName}"]`);
  if (radios.length) {
    const fieldset = radios[0].closest('fieldset');
    const legend = fieldset?.childNodes.find((c) => c.tagName === 'LEGEND');
    return {
      label: squash(legend?.text),
      help: hint,
      group: groupOf(fieldset),
      options: radios.map((r) => ({ value: r.getAttribute('value'), label: squash(r.parentNode.text) })),
    };
  }
  return undefined;
}

/** The builder form's groups (its outermost fieldsets' legends), in order. */
const GROUPS = (builder.getElementById('builder-form') ?? builder)
  .querySelectorAll('fieldset')
  .filter((f) => !f.parentNode.closest('fieldset'))
  .map((f) => squash(f.childNodes.find((c) => c.tagName === 'LEGEND')?.text))
  .filter(Boolean);

/** The builder's own error messages for the values it checks (demo/snippet.js). */
async function builderErrors() {
  try {
    const { buildConfig } = await import(pathToFileURL(at('demo/snippet.js')).href);
    const { errors } = buildConfig({ phone: 'x', bookingUrl: 'javascript:x', emergencyNumber: 'x', brand: 'x', widgets: {} });
    return { phone: errors.phone, url: errors.bookingUrl, emergency: errors.emergencyNumber, color: errors.brand };
  } catch (error) {
    console.warn(`wordpress: the snippet builder's messages could not be read (${error.message}); using plain ones.`);
    return {};
  }
}
const ERRORS = {
  phone: 'Enter a phone number with 7 to 15 digits.',
  url: 'Enter the full address of your booking page, starting with https://.',
  emergency: 'Enter the local emergency number: 1 to 6 digits.',
  color: 'Enter a colour as a hex code, for example #17634d.',
  date: 'Enter the date as year-month-day, for example 2026-03-03.',
  language: 'Choose one of the languages listed.',
  enum: 'Choose one of the values listed.',
  number: 'Enter a number.',
  text: 'Enter text.',
  ...(await builderErrors()),
};

/** The languages the widgets have, with each one's own name. */
async function languages() {
  const file = at('dist/lib/shared/language.js');
  if (!existsSync(file)) return undefined;
  const { LANGUAGES, languageName } = await import(pathToFileURL(file).href);
  return LANGUAGES.map((code) => ({ value: code, label: languageName ? languageName(code) : code }));
}
const LANGUAGE_OPTIONS = await languages();

/* ---------- Attributes ---------- */

/** A manifest description as plain text: first sentence, no Markdown code marks. */
function plainSentence(description) {
  const text = squash(description).replace(/`/g, '');
  const end = text.search(/\.\s+[A-Z(]/);
  return end >= 0 ? text.slice(0, end + 1) : text;
}

/** "reviewed-by" → "Reviewed by". */
const humanize = (name) => (name === 'lang' ? 'Language' : name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' '));

/** A manifest default ("'911'", "2", "false") as text. */
const defaultText = (value) => (value === undefined ? '' : String(value).replace(/^(['"`])(.*)\1$/, '$2'));

/** The union of string literals in a manifest type ("'light' | 'dark'"), or undefined. */
function literalUnion(typeText) {
  const parts = String(typeText ?? '').split('|').map((p) => p.trim());
  if (parts.length < 2 || !parts.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

function describe(widgetTag, Ctor, declaration) {
  const observed = new Set(Ctor.observedAttributes ?? []);
  // Property name → attribute name, as Lit really maps them (the manifest can miss a converter's).
  const byField = new Map();
  for (const [field, options] of Ctor.elementProperties ?? []) {
    if (options.state || options.attribute === false) continue;
    byField.set(field, typeof options.attribute === 'string' ? options.attribute : field.toLowerCase());
  }

  const seen = new Set();
  const attributes = [];
  for (const entry of declaration.attributes ?? []) {
    const name = (entry.fieldName && byField.get(entry.fieldName)) || entry.name;
    if (!observed.has(name) || seen.has(name)) continue;
    seen.add(name);
    const options = Ctor.elementProperties?.get(entry.fieldName);
    const boolean = entry.type?.text === 'boolean' || options?.converter?.fromAttribute?.name === 'booleanFromAttribute';
    attributes.push({ name, field: entry.fieldName, type: entry.type?.text, boolean, description: entry.description, default: entry.default });
  }
  for (const name of observed) {
    if (!seen.has(name)) {
      console.warn(`wordpress: <${widgetTag}> reads the attribute "${name}", which custom-elements.json does not document; it is left out of the plugin.`);
    }
  }
  return attributes;
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

function attribute(spec) {
  const found = builderField(spec.builderId ?? BUILDER_IDS[spec.name] ?? spec.name, spec.field ?? camel(spec.name));
  const literals = literalUnion(spec.type);
  let kind = spec.kind ?? KINDS[spec.name] ?? (spec.boolean ? 'boolean' : literals ? 'enum' : spec.type === 'number' ? 'number' : 'text');
  let options = found?.options;
  if (!options && literals) options = literals.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }));
  if (kind === 'language') options = LANGUAGE_OPTIONS;
  // A number the builder offers as a list (the heading level) is a choice from that list.
  if (kind === 'number' && options) kind = 'enum';
  const fallback = defaultText(spec.default);
  const defaultLabel = options?.find((o) => String(o.value) === fallback)?.label ?? fallback;
  return {
    name: spec.name,
    key: spec.key ?? camel(spec.name),
    kind,
    label: found?.label || humanize(spec.name),
    help: found?.help ?? (spec.description ? plainSentence(spec.description) : ''),
    group: found?.group ?? 'More options',
    ...(options && kind !== 'boolean' ? { options } : {}),
    empty: found?.empty ?? (kind === 'language' ? 'The page’s language' : fallback && kind !== 'boolean' ? `Default (${defaultLabel})` : 'Default'),
    placeholder: kind === 'boolean' || options ? '' : fallback,
    invalid: ERRORS[kind] ?? ERRORS.text,
    site: SITE_SETTINGS.includes(spec.name),
    ...(spec.plugin ? { plugin: true } : {}),
    ...(spec.property ? { property: spec.property } : {}),
  };
}

const widgets = WIDGETS.map(({ tag, element }) => {
  const declaration = declarations.get(tag);
  if (!declaration) throw new Error(`wordpress: <${tag}> is not in custom-elements.json`);
  const slug = BLOCK_SLUGS[tag];
  if (!slug || !existsSync(join(PLUGIN_DIR, 'blocks', slug, 'block.json'))) {
    throw new Error(`wordpress: <${tag}> has no block; add it to BLOCK_SLUGS and wordpress/blocks/<slug>/block.json`);
  }
  for (const colour of COLOURS) {
    if (!(declaration.cssProperties ?? []).some((p) => p.name === colour.property)) {
      throw new Error(`wordpress: <${tag}> documents no ${colour.property}; update COLOURS in scripts/wordpress.mjs`);
    }
  }
  const attributes = [...describe(tag, element, declaration).map(attribute), ...COLOURS.map(attribute)];
  // The sidebar's panels follow the builder's form: its groups in its order, the rest last.
  const rank = (a) => (GROUPS.includes(a.group) ? GROUPS.indexOf(a.group) : GROUPS.length);
  attributes.sort((a, b) => rank(a) - rank(b));
  return {
    tag,
    slug,
    block: `knee-pain-widgets/${slug}`,
    shortcode: tag.replace(/-/g, '_'),
    summary: declaration.summary ?? '',
    attributes,
  };
});

/**
 * Settings about the page rather than any widget, after the widgets' ones: the builder's option of
 * the same meaning gives the label. `default: true` is on until it is switched off (the settings
 * form then stores false).
 */
const PAGE_SETTINGS = [
  {
    name: 'structured-data',
    builderId: 'json-ld',
    field: 'jsonLd',
    boolean: true,
    // The builder's hint speaks of its own form; this is the plugin's.
    help: 'Adds a block of structured data (JSON-LD) to single posts and pages that show the causes or relief tips: medical information about pain behind the knee for patients, who reviewed it and when, and your clinic as its publisher. It describes the page; it does not promise any special search result.',
  },
];

const settings = [
  ...SITE_SETTINGS.flatMap((name) => {
    const found = widgets.flatMap((w) => w.attributes).find((a) => a.name === name);
    return found ? [found] : [];
  }),
  ...PAGE_SETTINGS.map((spec) => ({ ...attribute(spec), help: spec.help, site: true, page: true, default: true })),
];

/* ---------- Files ---------- */

/** A PHP literal for JSON-like data. */
function toPhp(value, indent = '') {
  const inner = `${indent}\t`;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'array()';
    return `array(\n${value.map((v) => `${inner}${toPhp(v, inner)},`).join('\n')}\n${indent})`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return 'array()';
  return `array(\n${entries.map(([k, v]) => `${inner}${toPhp(k)} => ${toPhp(v, inner)},`).join('\n')}\n${indent})`;
}

function changelogText() {
  const file = at('CHANGELOG.md');
  if (!existsSync(file)) return '* Development build.';
  const changelog = parseChangelog(readFileSync(file, 'utf8'));
  const lines = [];
  for (const release of changelog.releases.filter((r) => r.version).slice(0, 10)) {
    lines.push(`= ${release.version} =`, '');
    for (const [type, changes] of release.changes) {
      for (const change of changes) lines.push(`* ${type.charAt(0).toUpperCase()}${type.slice(1)}: ${squash(change.title)}`);
    }
    lines.push('');
  }
  return lines.length ? lines.join('\n').trim() : '* Development build.';
}

const stamp = (text) => text.replaceAll('__KP_VERSION__', version);

/** Every file of wordpress/, by its path inside the folder. */
function sourceFiles(dir = PLUGIN_DIR) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [relative(PLUGIN_DIR, path).split('\\').join('/')];
  });
}

const files = new Map();
for (const path of sourceFiles()) {
  if (path === 'includes/widgets.php' || path === 'includes/templates.php') continue;
  let text = readFileSync(join(PLUGIN_DIR, path), 'utf8');
  if (path.endsWith('block.json')) {
    const block = JSON.parse(text);
    const widget = widgets.find((w) => w.block === block.name);
    if (!widget) throw new Error(`wordpress: ${path} names ${block.name}, which is no widget's block`);
    block.version = version;
    block.attributes = Object.fromEntries(
      widget.attributes.map((a) => [
        a.key,
        a.kind === 'boolean' ? { type: 'boolean' } : a.kind === 'enum' ? { type: 'string', enum: a.options.map((o) => String(o.value)) } : { type: 'string' },
      ]),
    );
    text = `${JSON.stringify(block, null, 2)}\n`;
  } else if (path === 'readme.txt') {
    text = stamp(text).replace('__KP_CHANGELOG__', changelogText());
  } else {
    text = stamp(text);
  }
  files.set(path, text);
}
files.set(
  'includes/widgets.php',
  `<?php
/**
 * Generated by scripts/wordpress.mjs from src/widgets.ts, custom-elements.json and the snippet
 * builder's form. Do not edit: change the widgets' JSDoc or the builder instead.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

return ${toPhp({ version, widgets, settings })};
`,
);
files.set('assets/knee-pain-widgets.js', readFileSync(at('dist/knee-pain-widgets.js')));

/* ---------- The pre-rendered form (issue 12) ---------- */

/**
 * The long date of one locale as parts PHP can put together without the intl extension: the
 * order of day (`day`, or `day2` when written with two digits), month and year with the literal
 * text between them, and the twelve month names, all read from Node's Intl (what `prerender()`
 * itself uses: ICU's long date style in UTC).
 */
const utcDate = (year, month, day) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
};
function longDateLayout(format) {
  const parts = format.formatToParts(utcDate(2026, 3, 3)).map((p) => {
    if (p.type === 'literal') return { literal: p.value };
    return { field: p.type === 'day' && p.value.length === 2 ? 'day2' : p.type };
  });
  const months = Array.from({ length: 12 }, (_, i) => format.formatToParts(utcDate(2026, i + 1, 15)).find((p) => p.type === 'month')?.value);
  return { parts, months };
}

/** A layout's date as PHP builds it (includes/prerender.php, knee_pain_widgets_prerender_date). */
function rebuildDate({ parts, months }, year, month, day) {
  const fields = { day: String(day), day2: String(day).padStart(2, '0'), month: months[month - 1], year: String(year) };
  return parts.map((p) => p.literal ?? fields[p.field] ?? '\u0000').join('');
}

/** Every day of ten years, among them the odd ones (1000, the 1582 reform, 9999), as [y, m, d]. */
const CHECKED_DAYS = [1000, 1582, 1900, 1999, 2000, 2024, 2026, 2027, 2999, 9999].flatMap((year) =>
  Array.from({ length: 12 }, (_, i) => i + 1).flatMap((month) =>
    Array.from({ length: utcDate(year, month + 1, 0).getUTCDate() }, (_, i) => [year, month, i + 1]),
  ),
);

/**
 * Of those, the days that tell long-date layouts apart (one- and two-digit days, every month's
 * first and last, the whole month of the 1582 reform), for the regions that write their dates as
 * their language does: about 500 of them, each checked on 500 days rather than 3,650, which keeps
 * the build about ten seconds shorter.
 */
const SAMPLE_DAYS = CHECKED_DAYS.filter(
  ([year, month, day]) => [1, 9, 10].includes(day) || utcDate(year, month + 1, 0).getUTCDate() === day || (year === 1582 && month === 10),
);

/**
 * Whether `layout` rebuilds the long date of `locale` exactly, for every day of `days`. A locale
 * whose dates it cannot rebuild is left out, and the plugin then serves the plain tag for a widget
 * that shows a date in it.
 */
function rebuildsEveryDay(locale, layout, days = CHECKED_DAYS) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return days.every(([year, month, day]) => rebuildDate(layout, year, month, day) === format.format(utcDate(year, month, day)));
}

/**
 * Every region Intl names (AA–ZZ and the UN M49 areas 001–999, such as 419, Latin America), found
 * by asking Intl.DisplayNames rather than typed out: a code it has no name for comes back as is.
 */
function namedRegions() {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
  const codes = [
    ...letters.flatMap((a) => letters.map((b) => a + b)),
    ...Array.from({ length: 999 }, (_, i) => String(i + 1).padStart(3, '0')),
  ];
  return codes.filter((code) => {
    try {
      return names.of(code) !== code;
    } catch {
      return false;
    }
  });
}

/**
 * The long dates PHP needs for the review line (see `dateLocale()` in src/shared/reviewed.ts: a
 * date is written in the element's own `lang` when that is a form of the content's language, else
 * in the content's locale):
 * - `dateFormats`: each distinct layout once;
 * - `dates`: locale → index in `dateFormats` (or null: Intl's dates there are not day, month and
 *   year between fixed text, so PHP declines), for every widget language `L`, every content locale,
 *   and each `L-R` whose dates differ from `L`'s;
 * - `regions`: the regions checked, space-separated with a space at each end. For `L-R` with `R`
 *   among them and no entry of its own, Intl writes every checked day as `L` does, so PHP uses
 *   `L`'s layout; any other locale (a script, a variant, an unnamed region) PHP declines.
 */
function dateData(languages, contentLocales) {
  const dateFormats = [];
  const dates = {};
  const keep = (locale, layout) => {
    if (!rebuildsEveryDay(locale, layout)) {
      console.warn(`wordpress: the long dates of "${locale}" are not day, month and year between fixed text; the plugin will not pre-render widgets that show a date in it.`);
      dates[locale] = null;
      return;
    }
    const key = JSON.stringify(layout);
    let index = dateFormats.findIndex((f) => JSON.stringify(f) === key);
    if (index < 0) index = dateFormats.push(layout) - 1;
    dates[locale] = index;
  };
  const layoutOf = (locale) => longDateLayout(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  for (const locale of [...languages, ...contentLocales]) {
    if (!(locale in dates)) keep(locale, layoutOf(locale));
  }
  const regions = namedRegions();
  for (const language of languages) {
    const base = dates[language] === null ? undefined : dateFormats[dates[language]];
    for (const region of regions) {
      const locale = `${language}-${region}`;
      if (locale in dates) continue;
      // Written as the language's own dates: no entry needed. (An entry of its own is checked on
      // every day, like the languages' own.)
      if (base && rebuildsEveryDay(locale, base, SAMPLE_DAYS)) continue;
      keep(locale, layoutOf(locale));
    }
  }
  return { dateFormats, dates, regions: ` ${regions.join(' ')} ` };
}

/**
 * The plugin's copy of the pre-rendered templates: the JSON file's content PHP reads (format 1, see
 * src/render/index.ts), plus the long dates of each language, of its content locale and of every
 * region where they differ (see dateData()). A PHP array, not the JSON file: PHP's opcache keeps
 * a compiled array in shared memory, so a request pays nothing to read it, where json_decode would
 * parse about 160 kB on every request that shows a widget.
 */
function prerenderData() {
  const file = at('dist/knee-pain-widgets.prerender.json');
  if (!existsSync(file)) throw new Error('wordpress: dist/knee-pain-widgets.prerender.json is missing (scripts/prerendered.mjs runs before this script)');
  const templates = JSON.parse(readFileSync(file, 'utf8'));
  if (templates.format !== 1) throw new Error(`wordpress: the templates file has format ${templates.format}; includes/prerender.php reads format 1`);
  const contentLocales = new Set(Object.values(templates.widgets).flatMap((widget) => Object.values(widget.defaults).map((texts) => texts.locale)));
  return { ...templates, ...dateData(templates.languages, [...contentLocales]) };
}

/* ---------- Structured data (issue 13) ---------- */

/**
 * What includes/jsonld.php fills in to write the page's JSON-LD block, made by src/render/jsonld.ts
 * itself (dist/lib/render/jsonld.js), so its structure has one home. For each widget language,
 * medicalWebPage() is called with stand-in values for every combination of facts present, and its
 * serialised JSON (jsonForScript) has each stand-in, quoted, replaced by a `{{name}}` placeholder:
 * - `pages[variant]`: the whole JSON; the variant lists, in this order and joined by one space,
 *   which of `reviewed` (lastReviewed), `reviewer` (reviewedBy), `clinic` (publisher), `phone`
 *   and `book` (the publisher's telephone and ReserveAction) are there;
 * - `causes`: each cause's own JSON by its id, in the article's order, for `{{causes}}` (the
 *   causes shown, or all);
 * - `locale`: the content's locale (the inLanguage of a page in another language).
 * PHP puts in each value JSON-encoded as jsonForScript() does. Checked here: each stand-in occurs
 * exactly once, and the templates filled with the stand-ins give back medicalWebPage()'s JSON.
 */
async function jsonLdData(languages) {
  const { medicalWebPage, jsonForScript } = await import(pathToFileURL(at('dist/lib/render/jsonld.js')).href);
  const { getArticle } = await import(pathToFileURL(at('dist/lib/content/index.js')).href);
  const STAND_IN = {
    clinicName: 'kp-stand-in-clinic',
    phone: '+00 0000 0000 001',
    bookingUrl: 'https://kp-stand-in.invalid/book',
    reviewedBy: 'kp-stand-in-reviewer',
    reviewedOn: '1001-01-01',
  };
  const FLAGS = ['reviewed', 'reviewer', 'clinic', 'phone', 'book'];
  const out = {};
  for (const language of languages) {
    const article = getArticle(language);
    // A region no content has stands in for the page's language tag.
    const lang = `${language}-ZZ`;
    const causes = article.causes.items.map((item) => {
      const page = medicalWebPage({ lang, causes: item.id });
      return [item.id, jsonForScript(page.about.cause[0])];
    });
    const pages = {};
    for (let bits = 0; bits < 1 << FLAGS.length; bits += 1) {
      const on = FLAGS.filter((_, i) => bits & (1 << i));
      // A telephone or a booking page belongs to the publisher: not without a clinic name.
      if ((on.includes('phone') || on.includes('book')) && !on.includes('clinic')) continue;
      const facts = {
        lang,
        ...(on.includes('reviewed') ? { reviewedOn: STAND_IN.reviewedOn } : {}),
        ...(on.includes('reviewer') ? { reviewedBy: STAND_IN.reviewedBy } : {}),
        ...(on.includes('clinic') ? { clinicName: STAND_IN.clinicName } : {}),
        ...(on.includes('phone') ? { phone: STAND_IN.phone } : {}),
        ...(on.includes('book') ? { bookingUrl: STAND_IN.bookingUrl } : {}),
      };
      const json = jsonForScript(medicalWebPage(facts));
      let template = json;
      const swap = (text, placeholder) => {
        const parts = template.split(text);
        if (parts.length !== 2) throw new Error(`wordpress: ${text} appears ${parts.length - 1} times in medicalWebPage()'s JSON for ${language} (${on.join(' ')}); expected once`);
        template = parts.join(placeholder);
      };
      swap(JSON.stringify(lang), '{{inLanguage}}');
      swap(`[${causes.map(([, cause]) => cause).join(',')}]`, '[{{causes}}]');
      if (on.includes('reviewed')) swap(JSON.stringify(STAND_IN.reviewedOn), '{{lastReviewed}}');
      if (on.includes('reviewer')) swap(JSON.stringify(STAND_IN.reviewedBy), '{{reviewedBy}}');
      if (on.includes('clinic')) swap(JSON.stringify(STAND_IN.clinicName), '{{clinicName}}');
      if (on.includes('phone')) swap(JSON.stringify(STAND_IN.phone), '{{telephone}}');
      if (on.includes('book')) swap(JSON.stringify(STAND_IN.bookingUrl), '{{bookingUrl}}');
      // Filled back with the stand-ins, as PHP fills it: medicalWebPage()'s JSON again.
      const values = {
        inLanguage: lang,
        lastReviewed: STAND_IN.reviewedOn,
        reviewedBy: STAND_IN.reviewedBy,
        clinicName: STAND_IN.clinicName,
        telephone: STAND_IN.phone,
        bookingUrl: STAND_IN.bookingUrl,
      };
      const refilled = template.replace(/\{\{(\w+)\}\}/g, (_, name) => (name === 'causes' ? causes.map(([, cause]) => cause).join(',') : jsonForScript(values[name])));
      if (refilled !== json) throw new Error(`wordpress: the JSON-LD template for ${language} (${on.join(' ')}) does not rebuild medicalWebPage()'s JSON`);
      pages[on.join(' ')] = template;
    }
    out[language] = { locale: article.locale, causes, pages };
  }
  return out;
}

files.set(
  'includes/templates.php',
  `<?php
/**
 * Generated by scripts/wordpress.mjs from dist/knee-pain-widgets.prerender.json (made and checked
 * by the pre-renderer at build time), Node's Intl and src/render/jsonld.ts ("jsonld"). Do not edit.
 * Read by includes/prerender.php and includes/jsonld.php.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

return ${toPhp({ ...prerenderData(), jsonld: await jsonLdData(JSON.parse(readFileSync(at('dist/knee-pain-widgets.prerender.json'), 'utf8')).languages) })};
`,
);

// A fixed date for every entry, so the same sources always give the same zip (and SHA-256).
const mtime = new Date('2000-01-01T00:00:00Z');
const entries = {};
for (const path of [...files.keys()].sort()) {
  const content = files.get(path);
  entries[`${FOLDER}/${path}`] = [typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content), { mtime }];
}
const zip = zipSync(entries, { level: 9 });
writeFileSync(ZIP, zip);
console.log(`wordpress: ${relative(root, ZIP)} (${zip.length.toLocaleString('en')} B, ${files.size} files, version ${version})`);
