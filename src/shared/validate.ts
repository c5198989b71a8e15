/**
 * Checks for what site owners type into attributes. Pure functions with no DOM access, so the
 * elements, the snippet builder and server-side rendering all share one definition of "valid".
 */

/**
 * The text a value has as an attribute (what `setAttribute` would write), or `undefined` for `null`
 * and `undefined`. Frameworks hand some values to the widgets as properties (Vue's `:phone="6175550123"`
 * sets the number, React's `causes={['rice']}` an array) and others as attribute text; the checks
 * below read both through this, so they accept, reject and warn alike.
 */
export function attributeText(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/** Protocols a web link may have. Anything else (javascript:, data:, vbscript:, …) is refused. */
const WEB_PROTOCOL = /^https?:$/;

/**
 * Hosts a booking page can have: DNS names (letters, digits, `-` and `_` between dots, as the
 * parser gives them: lower case, international names in their `xn--` form), IPv4 addresses, and
 * IPv6 addresses in brackets. URL parsers agree on these; they disagree on exotic hosts such as
 * `msgbox("x")` (Node's and Chromium's accept it, Firefox's refuses it), and a widget pre-rendered
 * on a server must show the same Book link as the bundle that takes it over in any browser.
 */
const WEB_HOST = /^(?:[\da-z_-]+\.)*[\da-z_-]+\.?$|^\[[\da-f:.]+\]$/;

/**
 * Returns the normalised absolute http(s) URL, or `undefined` when `value` is anything else
 * (relative, another protocol, not a URL at all, a host that is not a DNS name or IP address). The
 * browser's own URL parser decides, so tricks such as `java\tscript:` or upper case are seen
 * exactly as a browser would see them.
 */
export function toSafeHttpUrl(value: unknown): string | undefined {
  const text = attributeText(value)?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return WEB_PROTOCOL.test(url.protocol) && WEB_HOST.test(url.hostname) ? url.href : undefined;
}

/** A phone number as a `tel:` link wants it and as a person reads it. */
export interface PhoneNumber {
  /** `tel:` URL: a leading `+` if given, then digits only. */
  href: string;
  /** The number for reading, for example `(617) 555-0123` or `+44 20 7946 0958`. */
  display: string;
}

/** Fewest digits a phone number may have (a local number without area code). */
export const PHONE_MIN_DIGITS = 7;
/** Most digits a phone number may have (the E.164 maximum). */
export const PHONE_MAX_DIGITS = 15;

/** Characters people write in phone numbers besides digits. */
const PHONE_PUNCTUATION = /^[\d\s().+\-/]+$/;

/**
 * Parses a phone number written any usual way. Returns `undefined` when it has fewer than 7 or more
 * than 15 digits, or contains letters or other characters that are not phone punctuation.
 */
export function parsePhone(value: unknown): PhoneNumber | undefined {
  const text = attributeText(value)?.trim();
  if (text === undefined) return undefined;
  if (!PHONE_PUNCTUATION.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < PHONE_MIN_DIGITS || digits.length > PHONE_MAX_DIGITS) return undefined;
  const international = text.startsWith('+');
  return { href: `tel:${international ? '+' : ''}${digits}`, display: formatPhone(text, digits, international) };
}

/**
 * A 10-digit North American number is grouped as `(617) 555-0123`; any other keeps the grouping the
 * clinic wrote (by now it holds only digits and phone punctuation), with runs of spaces collapsed.
 */
function formatPhone(text: string, digits: string, international: boolean): string {
  return !international && digits.length === 10
    ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`
    : text.replace(/\s+/g, ' ');
}

/** Digits of an emergency number such as `911`, `112`, `999` or `000`, or `undefined` if none. */
export function parseEmergencyNumber(value: unknown): string | undefined {
  const digits = attributeText(value)?.replace(/\D/g, '');
  if (digits === undefined) return undefined;
  return digits.length > 0 && digits.length <= 6 ? digits : undefined;
}

/** Parses a comma-separated id list, keeping order and dropping blanks and repeats. */
export function parseIdList(value: unknown): string[] {
  const text = attributeText(value);
  if (text === undefined) return [];
  return [...new Set(text.split(',').map((id) => id.trim().toLowerCase()).filter(Boolean))];
}

/** Integer heading levels the elements accept. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Clamps any value to a heading level from 2 to 6; `undefined` result means "not a number". */
export function clampHeadingLevel(value: unknown): HeadingLevel | undefined {
  const n = Math.round(Number(value));
  return String(value ?? '').trim() && n === n ? (Math.min(6, Math.max(2, n)) as HeadingLevel) : undefined;
}

/** `raw`, trimmed and lower-cased, if it is one of `values`. */
export function oneOf<T extends string>(values: readonly T[], raw: unknown): T | undefined {
  const value = String(raw ?? '').trim().toLowerCase();
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Colour themes the elements accept. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * WCAG 2.x contrast ratio of two `#rgb` or `#rrggbb` colours, or `undefined` if either is not one.
 * Used by the snippet builder to warn when a brand colour makes the button text hard to read.
 */
export function contrastRatio(a: string, b: string): number | undefined {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number | undefined {
  const m = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  let h = m[1];
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const channel = (i: number) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** A calendar date without a time or time zone. */
export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/**
 * Parses a `YYYY-MM-DD` date (surrounding spaces allowed; years from 1000). Returns `undefined` for
 * any other form and for dates that do not exist, such as `2026-02-30` or `2026-13-01`.
 */
export function parseIsoDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one (leap years included).
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return day <= last.getUTCDate() ? { year, month, day } : undefined;
}

/** Hours the world's most advanced time zone (UTC+14) is ahead of UTC. */
const LATEST_ZONE_HOURS = 14;

/**
 * Whether `date` has not begun anywhere on Earth yet at `now` (a timestamp). A date that is already
 * "today" in some time zone is not in the future, so a clinic that writes today's date never gets a
 * warning from a reader whose clock is a day behind.
 */
export function isFutureDate(date: CalendarDate, now: number = Date.now()): boolean {
  const latest = new Date(now + LATEST_ZONE_HOURS * 3_600_000);
  const today = [latest.getUTCFullYear(), latest.getUTCMonth() + 1, latest.getUTCDate()];
  const given = [date.year, date.month, date.day];
  const at = given.findIndex((n, i) => n !== today[i]);
  return at >= 0 && given[at] > today[at];
}

/** The date as a UTC timestamp at midnight (for `Intl.DateTimeFormat` with `timeZone: 'UTC'`). */
export function calendarDateToUtc(date: CalendarDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d.getTime();
}
