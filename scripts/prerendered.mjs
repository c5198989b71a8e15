// Part of `npm run build`, after the npm build and the bundle: writes the files the pre-rendered
// form needs beside the bundle (see src/render/index.ts):
//   dist/knee-pain-widgets.css              every widget's styles, for the linked-stylesheet form
//   dist/knee-pain-widgets.prerender.json   pre-rendered templates with value placeholders, for the
//                                           snippet builder and the WordPress plugin (format: src/render/fill.ts)
// The templates are made by the pre-renderer and checked against it (src/render/templates.ts); a
// mismatch fails the build.
import { writeFileSync } from 'node:fs';
import { STYLESHEET_FILE, stylesheet } from '../dist/lib/render/index.js';
import { buildTemplates } from '../dist/lib/render/templates.js';

const dist = new URL('../dist/', import.meta.url);
writeFileSync(new URL(STYLESHEET_FILE, dist), stylesheet());
writeFileSync(new URL('knee-pain-widgets.prerender.json', dist), `${JSON.stringify(await buildTemplates(), null, 1)}\n`);
