/**
 * Checks for what site owners type into attributes. Pure functions with no DOM access, so the
 * elements, the snippet builder and server-side rendering all share one definition of "valid".
 */

/**
 * The text a value has as an attribute (what `setAttribute` would write), or `undefined` for `null`
 * and `undefined`. Frameworks hand some values to the widgets as properties (Vue's
 * `:emergency-number="112"` sets the number 112, React's `causes={['rice']}` an array) and others as
 * attribute text; the checks below read both through this, so they accept, reject and warn alike.
 */
export function attributeText(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/** Protocols a web link may have. Anything else (javascript:, data:, vbscript:, …) is refused. */
const WEB_PROTOCOL = /^https?:$/;

/**
 * Returns the normalised absolute http(s) URL, or `undefined` when `value` is anything else
 * (relative, another protocol, not a URL at all). The browser's own URL parser decides, so tricks
 * such as `java\tscript:` or upper case are seen exactly as a browser would see them.
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
  if (!WEB_PROTOCOL.test(url.protocol) || !url.hostname) return undefined;
  return url.href;
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
