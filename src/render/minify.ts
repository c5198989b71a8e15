/**
 * How the static text of Lit's templates and styles is minified: comments go and runs of whitespace
 * shrink to one space (CSS loses the spaces around punctuation too).
 *
 * One home for both users of it: the drop-in bundle's build (scripts/minify-templates.mjs applies it
 * to every css`…`, html`…` and svg`…` literal) and the pre-renderer (./index.ts applies it to the
 * same templates before rendering them on the server). So a pre-rendered widget has exactly the
 * markup, whitespace included, that the bundle renders when it takes over: nothing reflows.
 *
 * Pure string functions; no DOM, no Node API.
 */

/** Minifies CSS text (a whole stylesheet or a static part of one). */
export const minifyCss = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!/g, '!')
    .replace(/([^\d.])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();

/** Block-level tags: whitespace next to them never renders (there is no `pre` in these templates). */
const BLOCK = 'li|ul|ol|p|div|details|summary|section|slot|svg|path|h[2-6]';
const BEFORE_BLOCK = new RegExp(`\\s+(?=</?(?:${BLOCK})\\b)`, 'g');
const AFTER_BLOCK = new RegExp(`(</?(?:${BLOCK})\\b[^>]*>)\\s+`, 'g');

/** Minifies a static part of an html`…` or svg`…` template. */
export const minifyMarkup = (text: string): string =>
  text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(BEFORE_BLOCK, '')
    .replace(AFTER_BLOCK, '$1')
    .replace(/\s+>/g, '>');

/**
 * The static parts of one template, minified: `i` is the part's index and `last` whether it is the
 * final one (the template's outer edges lose their space too).
 */
export const minifyTemplatePart = (text: string, i: number, last: boolean): string => {
  let out = minifyMarkup(text);
  if (i === 0) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
};
