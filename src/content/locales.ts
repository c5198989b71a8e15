/**
 * Every locale the widgets can show, keyed by primary language subtag; English first (it is the
 * fallback). Add a language by writing another `ArticleContent` file and listing it here: the
 * elements, the language switch and the size budget (`npm run size`, one allowance per language)
 * all read this list.
 */
import { en } from './en.js';
import { es } from './es.js';
import type { ArticleContent } from './types.js';

export const locales: Readonly<Record<string, ArticleContent>> = { en, es };
