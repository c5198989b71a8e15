// Copies of the drop-in bundle for `npm run size` (see .size-limit.mjs): the same build as
// rollup.config.mjs, with only some languages, written to .size/ (not shipped):
//   .size/en.js      English alone: all the code, English content only
//   .size/en+xx.js   English and one further language, for each language besides English
// The difference between the two is what that language adds to the file.
import { dropIn } from './rollup.config.mjs';
import { LANGUAGES } from './scripts/languages.mjs';

export default [
  dropIn('.size/en.js', ['en']),
  ...LANGUAGES.filter((code) => code !== 'en').map((code) => dropIn(`.size/en+${code}.js`, ['en', code])),
];
