// The drop-in bundle: dist/knee-pain-widgets.js.
//
// It is made from the npm build (dist/lib, compiled by tsc, see package.json "build"): one minified
// file with Lit and all content inlined, no chunks, no imports, nothing else to fetch. It is
// wrapped in a function scope, so it declares no globals and works whether a site owner loads it
// with type="module" or as a classic script. Lit's own globals are kept out (scripts/lit-no-globals.mjs).
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { inlineTokens } from './scripts/inline-tokens.mjs';
import { litNoGlobals } from './scripts/lit-no-globals.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * The drop-in bundle's build. `only` (a list of language codes) swaps src/content/locales.ts for one
 * that lists just those languages: `npm run size` builds such copies to measure what each language
 * costs (rollup.size.config.mjs). The real file always has every language.
 */
export function dropIn(file, only) {
  return {
    input: 'dist/lib/index.js',
    // The bundle only registers the elements; it exports nothing and creates no global.
    preserveEntrySignatures: false,
    plugins: [...(only ? [onlyLocales(only)] : []), resolve({ browser: true }), litNoGlobals(), inlineTokens(), minifyTemplates()],
    output: {
      file,
      format: 'iife',
      inlineDynamicImports: true,
      plugins: [
        terser({
          ecma: 2022,
          // The IIFE's body is strict, function-scoped code with no top level of its own, so terser
          // may treat it as a module (saves about a dozen bytes gzip).
          module: true,
          compress: { passes: 3, pure_getters: true },
          format: { comments: false },
        }),
      ],
    },
  };
}

/** Replaces the locale list (dist/lib/content/locales.js) with one holding only `codes`. */
function onlyLocales(codes) {
  return {
    name: 'only-locales',
    load(id) {
      if (!id.replaceAll('\\', '/').endsWith('/dist/lib/content/locales.js')) return null;
      const imports = codes.map((code) => `import { ${code} } from './${code}.js';`).join('\n');
      return `${imports}\nexport const locales = { ${codes.join(', ')} };\n`;
    },
  };
}

export default dropIn('dist/knee-pain-widgets.js');
