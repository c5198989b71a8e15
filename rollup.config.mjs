// The drop-in bundle: dist/knee-pain-widgets.js.
//
// It is made from the npm build (dist/lib, compiled by tsc, see package.json "build"): one minified
// file with Lit and all content inlined, no chunks, no imports, nothing else to fetch. It is
// wrapped in a function scope, so it declares no globals and works whether a site owner loads it
// with type="module" or as a classic script. Lit's own globals are kept out (scripts/lit-no-globals.mjs).
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { litNoGlobals } from './scripts/lit-no-globals.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

export default {
  input: 'dist/lib/index.js',
  // The bundle only registers the elements; it exports nothing and creates no global.
  preserveEntrySignatures: false,
  plugins: [resolve({ browser: true }), litNoGlobals(), minifyTemplates()],
  output: {
    file: 'dist/knee-pain-widgets.js',
    format: 'iife',
    inlineDynamicImports: true,
    plugins: [
      terser({
        ecma: 2022,
        module: false,
        compress: { passes: 3, pure_getters: true },
        format: { comments: false },
      }),
    ],
  },
};
