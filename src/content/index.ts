import { en } from './en.js';
import type { ArticleContent } from './types.js';

export * from './types.js';
export { en };

/** Every locale the widgets can show, keyed by BCP 47 language tag. English is the fallback. */
export const locales: Readonly<Record<string, ArticleContent>> = { en };

/**
 * The article in the primary language of `lang` (`en-US` uses `en`), or English when there is no
 * match. Add a locale by writing another `ArticleContent` file and listing it in `locales` under
 * its lower-case language code.
 */
export function getArticle(lang?: string | null): ArticleContent {
  return locales[String(lang).split('-')[0]] ?? en;
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
