/**
 * Structured data for a page that carries the widgets: a schema.org `MedicalWebPage` about pain
 * behind the knee, for patients, in the page's language, with who reviewed it and when, and the
 * clinic as publisher. It describes the page to search engines; it does not promise any special
 * search result.
 *
 * Built from the same content data the widgets show, and typed against `schema-dts`, so a
 * misspelt schema.org type or property fails `tsc`. The snippet builder writes the block into the
 * page's HTML, and so does the WordPress plugin, from templates the build makes by calling
 * {@link medicalWebPage} and {@link jsonForScript} here (scripts/wordpress.mjs, `jsonLdData`), so
 * this file stays the one home of the structure; the elements never inject a script into the page.
 */
import type { MedicalCause, MedicalWebPage, Person, Physiotherapy, ReserveAction, WithContext } from 'schema-dts';
import { getArticle } from '../content/index.js';
import { isFutureDate, parseIdList, parseIsoDate, parsePhone, toSafeHttpUrl } from '../shared/validate.js';

/** What the page says about itself; every field is optional and checked as the widgets check it. */
export interface PageFacts {
  /** The page's language (BCP 47, such as `en` or `es-MX`). Default: English. */
  lang?: string;
  /** The clinic's name (`clinic-name`). Without it there is no publisher. */
  clinicName?: string;
  /** The clinic's phone number (`phone`); left out unless it has 7 to 15 digits. */
  phone?: string;
  /** The booking page (`booking-url`); left out unless it is an absolute http(s) URL. */
  bookingUrl?: string;
  /** Who reviewed the content (`reviewed-by`), such as "Dana Ruiz, PT, DPT". */
  reviewedBy?: string;
  /** When (`reviewed-on`, `YYYY-MM-DD`); left out unless a real date that is not in the future. */
  reviewedOn?: string;
  /** The causes shown (`causes`, comma-separated ids); default all. */
  causes?: string;
  /** The time to compare `reviewedOn` with (for tests). Default: now. */
  now?: number;
}

/** Longest text taken from a field (a name, not an essay). */
const TEXT_MAX = 200;
const clean = (value: unknown) => String(value ?? '').replace(/\s+/g, ' ').trim().slice(0, TEXT_MAX);

/** The page's language tag when it names the content's language (keeping a region); else the content's. */
function language(lang: string | undefined, contentLocale: string): string {
  try {
    const [tag] = Intl.getCanonicalLocales(clean(lang) || contentLocale);
    if (tag && tag.split('-')[0].toLowerCase() === contentLocale.split('-')[0].toLowerCase()) return tag;
  } catch {
    // Not a language tag: use the content's own.
  }
  return contentLocale;
}

/** The structured data as an object (`@context` included). */
export function medicalWebPage(facts: PageFacts = {}): WithContext<MedicalWebPage> {
  const article = getArticle(facts.lang);
  const ids = parseIdList(facts.causes);
  const shown = article.causes.items.filter((cause) => ids.length === 0 || ids.includes(cause.id));
  const causes: MedicalCause[] = (shown.length > 0 ? shown : article.causes.items).map((cause) => ({
    '@type': 'MedicalCause',
    name: cause.title,
  }));

  const page: WithContext<MedicalWebPage> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    inLanguage: language(facts.lang, article.locale),
    about: { '@type': 'MedicalSymptom', name: article.topic, cause: causes },
    audience: { '@type': 'Patient' },
  };

  const date = parseIsoDate(facts.reviewedOn);
  if (date && !isFutureDate(date, facts.now)) page.lastReviewed = String(facts.reviewedOn).trim();
  const reviewer = clean(facts.reviewedBy);
  if (reviewer) page.reviewedBy = { '@type': 'Person', name: reviewer } satisfies Person;

  const clinic = clean(facts.clinicName);
  if (clinic) {
    const publisher: Physiotherapy = { '@type': 'Physiotherapy', name: clinic };
    const phone = parsePhone(facts.phone);
    if (phone) publisher.telephone = phone.display;
    const booking = toSafeHttpUrl(facts.bookingUrl);
    if (booking) publisher.potentialAction = { '@type': 'ReserveAction', target: booking } satisfies ReserveAction;
    page.publisher = publisher;
  }
  return page;
}

/**
 * JSON that is safe inside an HTML `<script>` element: `<`, `>` and `&` (so neither `</script>` nor
 * `<!--` can appear) and the two line separators JavaScript once rejected are written as `\u`
 * escapes, which every JSON parser reads back as the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The `<script type="application/ld+json">` block to put in the page's HTML. */
export function jsonLdScript(facts: PageFacts = {}): string {
  return `<script type="application/ld+json">${jsonForScript(medicalWebPage(facts))}</script>`;
}
