// Bakes the version from package.json into the npm build (dist/lib/shared/version.js), which the
// drop-in bundle is then made from. Fails loudly if the placeholder is missing.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../dist/lib/shared/version.js', import.meta.url);
const source = readFileSync(file, 'utf8');
if (!source.includes('__KP_VERSION__')) {
  console.error('stamp-version: __KP_VERSION__ not found in dist/lib/shared/version.js');
  process.exit(1);
}
writeFileSync(file, source.replaceAll('__KP_VERSION__', JSON.stringify(version)));
