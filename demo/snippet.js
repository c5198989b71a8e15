// The snippet builder's model: from what a marketing person typed to the widgets' attributes and
// the HTML they paste into their site. No DOM access here, so tests can call it directly.
//
// Every check comes from dist/lib/shared/validate.js: the very functions the elements run on the
// same attributes, so the builder can never call valid what the widget would refuse (or the
// other way round).
import {
  contrastRatio,
  HEADING_LEVELS,
  isFutureDate,
  parseEmergencyNumber,
  parseIsoDate,
  parsePhone,
  THEMES,
  toSafeHttpUrl,
} from '../dist/lib/shared/validate.js';
// The widget list, the design tokens, the languages and the content come from the npm build too:
// the builder repeats none of them (widget-list.js is the Lit-free copy of src/widgets.ts).
import { WIDGET_LIST } from '../dist/lib/widget-list.js';
import { darkBrand, defaultColor } from '../dist/lib/shared/tokens.js';
import { LANGUAGES, languageName } from '../dist/lib/shared/language.js';
import { getArticle } from '../dist/lib/content/index.js';
// Measurement and structured data: the same functions the npm package offers.
import { gtmContainer, parseMeasurementId } from '../dist/lib/shared/gtm-container.js';
import { jsonLdScript } from '../dist/lib/render/jsonld.js';
// "Put the text in the page": fills the pre-rendered templates the build writes
// (dist/knee-pain-widgets.prerender.json), the same way the WordPress plugin does on the server.
import { fill } from '../dist/lib/render/fill.js';

/** The script address in the snippet; the site owner replaces it with the uploaded bundle's. */
export const SCRIPT_PLACEHOLDER = 'https://YOUR-SITE.example/knee-pain-widgets.js';

/**
 * "Where is knee-pain-widgets.js?": the site's own copy (`source: 'own'`, at `url`), or the public
 * npm CDN address pinned to this version (`source: 'hosted'`; `hosted` is dist/hosted.js's HOSTED,
 * written at build time with the bundle's integrity hash). Returns the script for renderSnippet()
 * and, for an address that is not an absolute http(s) URL, an error to show.
 *
 * @param {{ source?: string, url?: string }} choice
 * @param {{ src: string, integrity: string, version: string } | undefined} hosted
 * @returns {{ script: { src: string, integrity?: string, version?: string }, error?: string }}
 */
export function scriptSource(choice, hosted) {
  if (choice?.source === 'hosted' && hosted) {
    return { script: { src: hosted.src, integrity: hosted.integrity, version: hosted.version } };
  }
  const text = String(choice?.url ?? '').trim();
  if (!text) return { script: { src: SCRIPT_PLACEHOLDER } };
  const href = toSafeHttpUrl(text);
  if (!href) {
    return {
      script: { src: SCRIPT_PLACEHOLDER },
      error: 'Enter the full address of the file, starting with https:// (for example https://example.com/js/knee-pain-widgets.js).',
    };
  }
  return { script: { src: href } };
}

/** Text of the fallback Book link in English (the words the widget's Book button uses by default). */
export const FALLBACK_BOOK_LABEL = getArticle('en').cta.defaultButtonLabel;

/** The languages a widget can be set to, each named in itself, for the language choice. */
export const LANGUAGE_CHOICES = LANGUAGES.map((code) => ({ code, name: languageName(code) }));

/** File name of the Tag Manager container the builder offers. */
export const GTM_FILE_NAME = 'knee-pain-widgets-gtm-container.json';

/** Shown while "share topics" is on: what it means, and when a clinic should not do it. */
export const TOPICS_WARNING =
  'This sends which causes a reader opens, such as “Blood clot or tumor”, to your analytics vendor: ' +
  'information about that person’s health. Leave it off unless your privacy notice says so and readers ' +
  'have agreed to it, and never turn it on where health-related ad targeting or audiences are set up ' +
  'or where your contract with the vendor does not allow health data (for US clinics covered by HIPAA, ' +
  'check with whoever handles your compliance first).';

/** WCAG 2.x AA minimum for normal-size text. */
export const MIN_CONTRAST = 4.5;

/** Every widget (tag, class name, what it is), in the order of src/widgets.ts. */
export const WIDGETS = WIDGET_LIST;

/** The widgets that show health content (and so the emergency number and the reviewed line). */
const HEALTH = new Set(['knee-pain-causes', 'relief-tips']);

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML text or inside a double- or single-quoted attribute value. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A `#rrggbb` colour (lower case) from `#rgb` or `#rrggbb`, or `undefined` if it is neither. */
export function normalizeHex(value) {
  const text = String(value ?? '').trim();
  // contrastRatio() accepts exactly the colours the builder can describe, so it doubles as the check.
  if (contrastRatio(text, '#000') === undefined) return undefined;
  const hex = text.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/**
 * Contrast problems of a brand colour in the themes a reader can see: the light theme uses the
 * brand as given, the dark theme `brandDark` or else the colour the widgets derive from the brand
 * (see tokens.ts); `auto` can show either. Checked against the widgets' default colours: the Book
 * button's text on the brand, and the brand as link text on the surface. One entry per pair below
 * 4.5:1, each with the colours involved.
 */
export function contrastProblems(brand, theme, brandDark) {
  const themes = theme === 'auto' ? ['light', 'dark'] : [theme === 'dark' ? 'dark' : 'light'];
  const problems = [];
  for (const t of themes) {
    const colour = t === 'dark' ? (brandDark ?? darkBrand(brand)) : brand;
    const onBrand = defaultColor(t === 'dark' ? '--kp-color-on-brand-dark' : '--kp-color-on-brand', t);
    const surface = defaultColor('--kp-color-surface', t);
    for (const [what, other] of [
      ['button', onBrand],
      ['link', surface],
    ]) {
      const ratio = contrastRatio(colour, other);
      if (ratio !== undefined && ratio < MIN_CONTRAST) problems.push({ theme: t, what, brand: colour, textColor: other, ratio });
    }
  }
  return problems;
}

/**
 * Turns the form's values into the widgets to show.
 *
 * @param {{ clinicName?: string, phone?: string, bookingUrl?: string, brand?: string,
 *   theme?: string, headingLevel?: string | number, emergencyNumber?: string, dataLayer?: boolean,
 *   reviewedBy?: string, reviewedOn?: string, brandDark?: string, language?: string,
 *   languageSwitch?: boolean, widgets?: Record<string, boolean>, gtag?: boolean, passUtm?: boolean,
 *   topics?: boolean, measurementId?: string, jsonLd?: boolean }} input (widgets: by tag; jsonLd on
 *   unless false)
 * @returns {{ errors: Record<string, string>, warnings: string[], contrast: ReturnType<typeof contrastProblems>,
 *   derivedDarkBrand: string | undefined, container: string | undefined, jsonLd: string | undefined,
 *   widgets: { tag: string, attributes: [string, string][], fallback: { href: string, text: string }[] }[] }}
 */
export function buildConfig(input) {
  const errors = {};
  const warnings = [];

  const clinicName = String(input.clinicName ?? '').trim();

  const phoneText = String(input.phone ?? '').trim();
  const phone = phoneText ? parsePhone(phoneText) : undefined;
  if (phoneText && !phone) {
    errors.phone = 'Enter a phone number with 7 to 15 digits, for example (413) 555-0142. Only digits, spaces and + ( ) - . / are allowed.';
  }

  const bookingText = String(input.bookingUrl ?? '').trim();
  const bookingHref = bookingText ? toSafeHttpUrl(bookingText) : undefined;
  if (bookingText && !bookingHref) {
    errors.bookingUrl = 'Enter the full address of your booking page, starting with https:// (for example https://example.com/book).';
    // "example.com/book" is the usual slip: offer the address the person most likely meant.
    const guess = /^[a-z][a-z\d+.-]*:/i.test(bookingText) ? undefined : toSafeHttpUrl(`https://${bookingText}`);
    if (guess && guess.includes('.')) errors.bookingUrl += ` Did you mean ${guess}?`;
  }

  const emergencyText = String(input.emergencyNumber ?? '').trim();
  const emergency = parseEmergencyNumber(emergencyText);
  if (!emergency) {
    errors.emergencyNumber = 'Enter the local emergency number: 1 to 6 digits, such as 911, 112, 999 or 000.';
  }

  // Who reviewed the health content and when: shown by the disclaimer of both health widgets.
  const reviewedBy = String(input.reviewedBy ?? '').replace(/\s+/g, ' ').trim();
  const reviewedText = String(input.reviewedOn ?? '').trim();
  const reviewedDate = reviewedText ? parseIsoDate(reviewedText) : undefined;
  const reviewedOn = reviewedDate && !isFutureDate(reviewedDate) ? reviewedText : undefined;
  if (reviewedText && !reviewedOn) {
    errors.reviewedOn = reviewedDate
      ? 'The review date is in the future. Enter the day the clinician checked the content.'
      : 'Enter the date of the review as year-month-day, for example 2026-03-03.';
  }

  const brandText = String(input.brand ?? '').trim();
  const brand = brandText ? normalizeHex(brandText) : undefined;
  if (brandText && !brand) {
    errors.brand = 'Enter a colour as a hex code: # followed by 3 or 6 digits or letters a–f, for example #17634d.';
  }

  // Measure: where events go, and the Tag Manager file that turns them into GA4 events.
  const measurementText = String(input.measurementId ?? '').trim();
  const measurementId = measurementText ? parseMeasurementId(measurementText) : undefined;
  if (measurementText && !measurementId) {
    errors.measurementId = 'Enter the GA4 measurement ID: G- followed by letters and digits, for example G-AB12CD34EF.';
  }
  const sendTo = [...(input.dataLayer ? [['data-layer', '']] : []), ...(input.gtag ? [['gtag', '']] : [])];
  // Topics only mean something with a destination; without one the attribute is left out.
  const topics = Boolean(input.topics) && sendTo.length > 0;

  const theme = THEMES.includes(input.theme) ? input.theme : 'light';
  const level = HEADING_LEVELS.includes(Number(input.headingLevel)) ? Number(input.headingLevel) : 2;
  const brandDarkText = String(input.brandDark ?? '').trim();
  const brandDark = brandDarkText ? normalizeHex(brandDarkText) : undefined;
  if (brandDarkText && !brandDark) {
    errors.brandDark = 'Enter a colour as a hex code: # followed by 3 or 6 digits or letters a–f, for example #7fd1b0.';
  }
  const contrast = brand || brandDark ? contrastProblems(brand ?? defaultColor('--kp-color-brand', 'light'), theme, brandDark) : [];

  // One language for every widget, or none: then each follows the page's own `lang`.
  const language = LANGUAGES.includes(input.language) ? input.language : '';

  // Which widgets, by tag (the form's check boxes are made from the same list).
  const chosenTags = WIDGETS.map((w) => w.tag).filter((tag) => input.widgets?.[tag]);
  const chosen = { cta: chosenTags.includes('pt-cta') };
  if (chosenTags.length === 0) warnings.push('Choose at least one widget to include.');
  if (chosenTags.some((tag) => HEALTH.has(tag)) && !reviewedBy) {
    warnings.push(
      'Have a clinician at your practice check the health content (see docs/clinical-sources.md), then add their name and the date of the review.',
    );
  }
  if (chosen.cta && !clinicName) {
    warnings.push('Add your clinic’s name: without it the call to action shows the sample clinic’s name.');
  }
  if (chosen.cta && !bookingHref && !phone) {
    warnings.push('Add a booking address or a phone number: without one, the call to action has no buttons.');
  }
  if (input.dataLayer && input.gtag) {
    warnings.push(
      'Tag Manager and the Google tag are both on. If your GA4 runs through Tag Manager, turn off the Google tag option, or every view and click is counted twice.',
    );
  }

  const shared = [
    ['heading-level', String(level)],
    ['theme', theme],
  ];
  if (language) shared.push(['lang', language]);
  // Inline style attribute: simplest for people pasting into a page builder. A site whose
  // Content-Security-Policy has no 'unsafe-inline' in style-src (or style-src-attr) ignores it and
  // the widgets keep their default blue; such sites set --kp-color-brand in their own stylesheet.
  const colours = [...(brand ? [`--kp-color-brand: ${brand}`] : []), ...(brandDark ? [`--kp-color-brand-dark: ${brandDark}`] : [])];
  const style = colours.length ? [['style', colours.join('; ')]] : [];
  // The fallback links (shown only where scripts are blocked) speak the widgets' language.
  const cta = getArticle(language || 'en').cta;

  // The two health widgets both show the emergency number and the reviewed line.
  const health = [['emergency-number', emergency ?? '911']];
  if (reviewedBy) health.push(['reviewed-by', reviewedBy]);
  if (reviewedOn) health.push(['reviewed-on', reviewedOn]);

  const widgets = [];
  for (const tag of chosenTags) {
    const attributes = [];
    const fallback = [];
    if (tag === 'pt-cta') {
      if (clinicName) attributes.push(['clinic-name', clinicName]);
      if (phone) attributes.push(['phone', phoneText]);
      if (bookingHref) attributes.push(['booking-url', bookingHref]);
    }
    attributes.push(...shared);
    if (HEALTH.has(tag)) attributes.push(...health);
    // One switch serves the whole page: it goes on the first widget.
    if (input.languageSwitch && widgets.length === 0) attributes.push(['language-switch', '']);
    attributes.push(...sendTo);
    if (tag === 'knee-pain-causes' && topics) attributes.push(['data-layer-topics', '']);
    if (tag === 'pt-cta') {
      if (input.passUtm && bookingHref) attributes.push(['pass-utm', '']);
      if (bookingHref) fallback.push({ href: bookingHref, text: cta.defaultButtonLabel });
      if (phone) fallback.push({ href: phone.href, text: cta.callLabel.replace('{phone}', phone.display) });
    }
    attributes.push(...style);
    widgets.push({ tag, attributes, fallback });
  }

  const derivedDarkBrand = brand && !brandDark ? darkBrand(brand) : undefined;

  // The container file: with Tag Manager on and a valid measurement ID.
  const container =
    input.dataLayer && measurementId
      ? `${JSON.stringify(gtmContainer({ measurementId, topics }), null, 2)}\n`
      : undefined;

  // Structured data describes a page that carries the article: only with a health widget in it.
  const jsonLd =
    input.jsonLd !== false && chosenTags.some((tag) => HEALTH.has(tag))
      ? jsonLdScript({
          lang: language || 'en',
          clinicName,
          phone: phoneText,
          bookingUrl: bookingHref,
          reviewedBy,
          reviewedOn,
        })
      : undefined;

  return { errors, warnings, contrast, derivedDarkBrand, widgets, container, jsonLd };
}

/** One start tag's attributes, each value escaped; `data-layer` and other empty values stay bare. */
function attributeText(attributes) {
  return attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
}

/**
 * The address of knee-pain-widgets.css for the script at `src`: the same folder (the build writes
 * the two files side by side, and the npm package, so the CDN, has both).
 */
export function stylesheetFor(src) {
  return String(src).replace(/knee-pain-widgets(\.min)?\.js(?=$|[?#])/, 'knee-pain-widgets.css');
}

/** A size in bytes as people read it: "840 bytes", "12.4 KB". */
export function formatSize(bytes) {
  return bytes < 1000 ? `${bytes} bytes` : `${(bytes / 1000).toFixed(1)} KB`;
}

/** The size of `text` once saved as a web page (UTF-8), in bytes. */
export const sizeOf = (text) => new TextEncoder().encode(text).length;

/**
 * The HTML to paste: a comment saying what to replace, the module script, then each widget. Inside
 * <pt-cta>, plain links serve readers whose browser blocks scripts (or, in the pre-rendered form,
 * shows no declarative shadow DOM: browsers before 2023); the widget has only named slots, so once
 * it renders these unslotted children are not displayed.
 *
 * With `options.prerendered` (the content of dist/knee-pain-widgets.prerender.json) each widget is
 * written with its text and styles in a declarative shadow root ("put the text in the page"): the
 * article is in the page before the script runs, and the script takes it over without a visible
 * change. `options.linkStyles` links knee-pain-widgets.css (beside the script) instead of inlining
 * the styles, for sites whose Content-Security-Policy refuses inline styles.
 *
 * @param {ReturnType<typeof buildConfig>} config
 * @param {string | { src: string, integrity?: string, version?: string }} [script] The script's
 *   address, or what scriptSource() returns (with `integrity`: the pinned CDN file).
 * @param {{ prerendered?: import('../dist/lib/render/fill.js').PrerenderTemplates, linkStyles?: boolean }} [options]
 */
export function renderSnippet(config, script = SCRIPT_PLACEHOLDER, options = {}) {
  const { src, integrity, version } = typeof script === 'string' ? { src: script } : script;
  const lines = integrity
    ? [
        // Pinned and integrity-checked: browsers run exactly this file or nothing. No referrer, so
        // the CDN is not told which page a reader is on.
        `<!-- Knee pain widgets ${escapeHtml(version ?? '')} from a public CDN. Keep the integrity attribute with the address: it makes browsers refuse any other file. -->`,
        `<script type="module" src="${escapeHtml(src)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous" referrerpolicy="no-referrer"></script>`,
      ]
    : src === SCRIPT_PLACEHOLDER
      ? [
          '<!-- Knee pain widgets: upload dist/knee-pain-widgets.js to your site, then replace the src address below with the address of that file. -->',
          `<script type="module" src="${escapeHtml(src)}"></script>`,
        ]
      : ['<!-- Knee pain widgets, loaded from your own site. -->', `<script type="module" src="${escapeHtml(src)}"></script>`];
  // Built by jsonLdScript, which escapes every < > & inside it: no text can end the block early.
  if (config.jsonLd) lines.push(config.jsonLd);
  if (options.prerendered && config.widgets.length > 0) {
    lines.push('<!-- The widgets carry their text: readers see it before the script runs, and nothing moves when it does. -->');
  }
  const fillOptions = options.linkStyles ? { stylesheet: stylesheetFor(src) } : {};
  for (const widget of config.widgets) {
    const close = `</${widget.tag}>`;
    const prerendered = options.prerendered && fill(options.prerendered, widget.tag, widget.attributes, fillOptions);
    // The pre-rendered widget is one line; its fallback links follow its shadow root.
    const open = prerendered ? prerendered.slice(0, -close.length) : `<${widget.tag}${attributeText(widget.attributes)}>`;
    if (widget.fallback.length === 0) {
      lines.push(`${open}</${widget.tag}>`);
    } else {
      lines.push(open);
      for (const link of widget.fallback) {
        lines.push(`  <a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`);
      }
      lines.push(`</${widget.tag}>`);
    }
  }
  return `${lines.join('\n')}\n`;
}
