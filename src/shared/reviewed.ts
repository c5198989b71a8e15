/**
 * The "Reviewed by … on …" line of the health widgets, as plain text. Pure functions with no DOM
 * access, so the elements, server-side rendering and tests share them.
 */
import { calendarDateToUtc, type CalendarDate } from './validate.js';

/** The content's three wordings (see `ArticleContent.reviewed`). */
export interface ReviewedTemplates {
  byOn: string;
  by: string;
  on: string;
}

/**
 * The date in the long form of `locale` ("March 3, 2026" in `en-US`, "3 March 2026" in `en-GB`,
 * "3 de marzo de 2026" in `es`). An invalid or unsupported `locale` falls back to `fallback`, and
 * then to the runtime's default, so it never throws.
 */
export function formatCalendarDate(date: CalendarDate, locale: string, fallback = 'en'): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  for (const tag of [locale, fallback]) {
    try {
      return new Intl.DateTimeFormat(tag, options).format(calendarDateToUtc(date));
    } catch {
      // A malformed tag (RangeError): try the next one.
    }
  }
  return new Intl.DateTimeFormat(undefined, options).format(calendarDateToUtc(date));
}

/** Runs of white space (including line breaks) in a name become one space. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The reviewed line for a reviewer `name` and a formatted `date`, either of which may be empty, or
 * `undefined` when both are. The name is inserted as text: the result is a plain string, never
 * markup, and a name that itself contains `{date}` stays as typed.
 */
export function reviewedText(templates: ReviewedTemplates, name: string, date: string): string | undefined {
  const who = collapse(name);
  const template = who && date ? templates.byOn : who ? templates.by : date ? templates.on : undefined;
  if (!template) return undefined;
  return template.replace(/\{(name|date)\}/g, (_, key: string) => (key === 'name' ? who : date));
}

/**
 * The locale to format a date in: `preferred` (such as the element's `lang`, `en-GB`) when it is a
 * valid tag of the content's language, so the date reads naturally in the sentence around it;
 * otherwise the content's own locale.
 */
export function dateLocale(preferred: string | null | undefined, contentLocale: string): string {
  const primary = (tag: string) => tag.split('-')[0].toLowerCase();
  if (!preferred) return contentLocale;
  try {
    const [canonical] = Intl.getCanonicalLocales(preferred);
    return canonical && primary(canonical) === primary(contentLocale) ? canonical : contentLocale;
  } catch {
    return contentLocale;
  }
}
