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

/** The script address in the snippet; the site owner replaces it with the uploaded bundle's. */
export const SCRIPT_PLACEHOLDER = 'https://YOUR-SITE.example/knee-pain-widgets.js';

/** Text of the fallback Book link (the same words the widget's Book button uses by default). */
export const FALLBACK_BOOK_LABEL = 'Book an evaluation';

/** WCAG 2.x AA minimum for normal-size text. */
export const MIN_CONTRAST = 4.5;

/**
 * Default text colour on the brand colour (the Book button) per theme: the widgets' built-in
 * --kp-color-on-brand values. "auto" uses one or the other, depending on the reader's system.
 */
const ON_BRAND = { light: '#ffffff', dark: '#0b1b2d' };

/** The three widgets, in the order the article reads. */
export const WIDGETS = [
  { key: 'causes', tag: 'knee-pain-causes' },
  { key: 'tips', tag: 'relief-tips' },
  { key: 'cta', tag: 'pt-cta' },
];

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
 * Contrast problems of a brand colour under a theme: one entry per default button-text colour the
 * theme can use that reads below 4.5:1 on it.
 */
export function contrastProblems(brand, theme) {
  const themes = theme === 'auto' ? ['light', 'dark'] : [theme === 'dark' ? 'dark' : 'light'];
  return themes
    .map((t) => ({ theme: t, textColor: ON_BRAND[t], ratio: contrastRatio(brand, ON_BRAND[t]) }))
    .filter((p) => p.ratio !== undefined && p.ratio < MIN_CONTRAST);
}

/**
 * Turns the form's values into the widgets to show.
 *
 * @param {{ clinicName?: string, phone?: string, bookingUrl?: string, brand?: string,
 *   theme?: string, headingLevel?: string | number, emergencyNumber?: string, dataLayer?: boolean,
 *   reviewedBy?: string, reviewedOn?: string,
 *   widgets?: { causes?: boolean, tips?: boolean, cta?: boolean } }} input
 * @returns {{ errors: Record<string, string>, warnings: string[], contrast: ReturnType<typeof contrastProblems>,
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

  const theme = THEMES.includes(input.theme) ? input.theme : 'light';
  const level = HEADING_LEVELS.includes(Number(input.headingLevel)) ? Number(input.headingLevel) : 2;
  const contrast = brand ? contrastProblems(brand, theme) : [];

  const chosen = input.widgets ?? {};
  if (!WIDGETS.some((w) => chosen[w.key])) warnings.push('Choose at least one widget to include.');
  if ((chosen.causes || chosen.tips) && !reviewedBy) {
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

  const shared = [
    ['heading-level', String(level)],
    ['theme', theme],
  ];
  // Inline style attribute: simplest for people pasting into a page builder. A site whose
  // Content-Security-Policy has no 'unsafe-inline' in style-src (or style-src-attr) ignores it and
  // the widgets keep their default blue; such sites set --kp-color-brand in their own stylesheet.
  const style = brand ? [['style', `--kp-color-brand: ${brand}`]] : [];

  // The two health widgets both show the emergency number and the reviewed line.
  const health = [['emergency-number', emergency ?? '911']];
  if (reviewedBy) health.push(['reviewed-by', reviewedBy]);
  if (reviewedOn) health.push(['reviewed-on', reviewedOn]);

  const widgets = [];
  if (chosen.causes) {
    widgets.push({ tag: 'knee-pain-causes', attributes: [...shared, ...health, ...style], fallback: [] });
  }
  if (chosen.tips) {
    widgets.push({ tag: 'relief-tips', attributes: [...shared, ...health, ...style], fallback: [] });
  }
  if (chosen.cta) {
    const attributes = [];
    const fallback = [];
    if (clinicName) attributes.push(['clinic-name', clinicName]);
    if (phone) attributes.push(['phone', phoneText]);
    if (bookingHref) attributes.push(['booking-url', bookingHref]);
    attributes.push(...shared);
    if (input.dataLayer) attributes.push(['data-layer', '']);
    attributes.push(...style);
    if (bookingHref) fallback.push({ href: bookingHref, text: FALLBACK_BOOK_LABEL });
    if (phone) fallback.push({ href: phone.href, text: `Call ${phone.display}` });
    widgets.push({ tag: 'pt-cta', attributes, fallback });
  }

  return { errors, warnings, contrast, widgets };
}

/** One start tag's attributes, each value escaped; `data-layer` and other empty values stay bare. */
function attributeText(attributes) {
  return attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
}

/**
 * The HTML to paste: a comment saying what to replace, the module script, then each widget. Inside
 * <pt-cta>, plain links serve readers whose browser blocks scripts; the widget has only named
 * slots, so once it renders these unslotted children are not displayed.
 */
export function renderSnippet(config, scriptSrc = SCRIPT_PLACEHOLDER) {
  const lines = [
    '<!-- Knee pain widgets: upload dist/knee-pain-widgets.js to your site, then replace the src address below with the address of that file. -->',
    `<script type="module" src="${escapeHtml(scriptSrc)}"></script>`,
  ];
  for (const widget of config.widgets) {
    const open = `<${widget.tag}${attributeText(widget.attributes)}>`;
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
