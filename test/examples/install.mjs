// Installs what the framework recipes in examples/ need: their own packages (React, Vue, Svelte,
// Angular, Preact and their build tools, from examples/package-lock.json; none of them is a
// dependency of this package), then this package itself from the fresh build, as an app gets it:
// `npm install --no-save ..` with examples/.npmrc's install-links makes a copy of exactly what
// `npm publish` would ship ("files" in package.json) and installs its dependencies. It is left out of
// the examples' lock file on purpose, so a dependency added to this package never puts that lock out
// of date.
//
// `npm ci` runs when examples/package-lock.json changed since the last install here (or on a fresh
// clone); the copy of this package is refreshed every time, which takes seconds. Run after
// `npm run build` (npm run test:examples does both in that order).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const EXAMPLES = new URL('examples/', ROOT);
const MARKER = new URL('node_modules/.kp-installed-lock', EXAMPLES);

if (!existsSync(new URL('dist/lib/frameworks/react.d.ts', ROOT))) {
  console.error('examples: build this package first (npm run build); the examples install it from dist/.');
  process.exit(1);
}

const npm = (...args) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund'], {
    cwd: EXAMPLES,
    stdio: 'inherit',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false', PUPPETEER_SKIP_DOWNLOAD: '1' },
  });

const hash = createHash('sha256').update(readFileSync(new URL('package-lock.json', EXAMPLES))).digest('hex');
let started = Date.now();
if (!existsSync(MARKER) || readFileSync(MARKER, 'utf8') !== hash) {
  npm('ci');
  writeFileSync(MARKER, hash);
  console.log(`examples: npm ci (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
started = Date.now();
rmSync(new URL('node_modules/knee-pain-widgets', EXAMPLES), { recursive: true, force: true });
npm('install', '--no-save', '..');
console.log(`examples: knee-pain-widgets installed from this build (${((Date.now() - started) / 1000).toFixed(1)} s)`);
