// The languages the widgets have, read from the npm build's locale list (src/content/locales.ts),
// for Node tools (the size budget). Content modules are plain data, so Node can import them.
import { existsSync } from 'node:fs';

const file = new URL('../dist/lib/content/locales.js', import.meta.url);
if (!existsSync(file)) {
  console.error('dist/lib/content/locales.js not found. Run "npm run build" first.');
  process.exit(1);
}

/** Language codes, English first. */
export const LANGUAGES = Object.keys((await import(file.href)).locales);
