// `npm run size`: size-limit (with its file plugin) measures the drop-in file and per-language copies
// of it (built first by rollup.size.config.mjs) with gzip at level 9 (Node's zlib; the `gzip -9`
// program gives a few bytes less). The budget: 12,288 B for English alone plus 3,072 B for each
// further language, the drop-in file serving every language from one <script>.
//
// "English alone" is the drop-in bundle built with English as its only content (all the code,
// the language switch included); each "English + X" copy adds one language's content to it.
import { languageName } from './dist/lib/shared/language.js';
import { LANGUAGES } from './scripts/languages.mjs';

const ENGLISH = 12288;
const PER_LANGUAGE = 3072;
const further = LANGUAGES.filter((code) => code !== 'en');
const check = (name, path, limit) => ({ name, path, limit: `${limit} B`, gzip: true, brotli: false });

export default [
  check(
    `Drop-in file, every language (${LANGUAGES.join(', ')}): dist/knee-pain-widgets.js`,
    'dist/knee-pain-widgets.js',
    ENGLISH + PER_LANGUAGE * further.length,
  ),
  check('English alone (the drop-in built with English content only)', '.size/en.js', ENGLISH),
  ...further.map((code) =>
    check(`English + ${languageName(code)} (${code})`, `.size/en+${code}.js`, ENGLISH + PER_LANGUAGE),
  ),
];
