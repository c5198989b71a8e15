import { en } from './en.js';
import { locales } from './locales.js';
import type { ArticleContent } from './types.js';

export * from './types.js';
export { en, locales };

/**
 * The article in the primary language of `lang` (`en-US` uses `en`), or English when there is no
 * match. Locales are listed in `locales.ts`.
 */
export function getArticle(lang?: string | null): ArticleContent {
  return locales[String(lang).split('-')[0].toLowerCase()] ?? en;
}

/**
 * Splits a content string around a `{name}` placeholder, so the element can put a link or a
 * text value in its place without building markup from strings.
 */
export function splitAt(text: string, name: string): [before: string, after: string] {
  const marker = `{${name}}`;
  const at = text.indexOf(marker);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + marker.length)];
}
