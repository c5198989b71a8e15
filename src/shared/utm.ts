/**
 * Campaign tags from the page's address onto the booking link (`<pt-cta pass-utm>`), so the
 * booking system credits the campaign that brought the reader.
 */

/** The only keys passed on: Google's five campaign parameters. */
export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

/** Longer values are not campaign names; they are left out rather than making a huge link. */
export const UTM_MAX_LENGTH = 256;

/**
 * `href` (an absolute http or https URL) with each of the five `utm_` keys that `pageSearch` (the
 * page's `location.search`) carries with a non-empty value, appended in the order above. A key the
 * booking address already has, even empty, is kept as the clinic wrote it; a key repeated on the
 * page passes its first value; every value is percent-encoded; the rest of `href` (its own query,
 * its `#fragment`, its scheme) is left exactly as it was.
 */
export function withCampaign(href: string, pageSearch: string): string {
  const page = new URLSearchParams(pageSearch);
  const url = new URL(href);
  const added = new URLSearchParams();
  for (const key of UTM_KEYS) {
    const value = page.get(key);
    if (value && value.length <= UTM_MAX_LENGTH && !url.searchParams.has(key)) added.append(key, value);
  }
  const extra = added.toString();
  if (extra) url.search = url.search ? `${url.search}&${extra}` : extra;
  return url.href;
}
