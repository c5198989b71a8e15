// `npm run release`: builds, checks and collects the files of a release in release/:
//   knee-pain-widgets-<version>.tgz             the npm package, exactly as `npm publish` sends it
//   knee-pain-widgets-wordpress-<version>.zip   the WordPress plugin (Plugins → Add New → Upload)
//   knee-pain-widgets.js                        the drop-in bundle, for sites that host it
//   knee-pain-widgets.js.sri                    its Subresource Integrity hash (sha384)
//   NOTES.md                                    the changelog entry and the pinned script tag
//   SHA256SUMS                                  SHA-256 of each file (`sha256sum -c SHA256SUMS`)
// It fails, naming what is wrong, when the versions in package.json, the bundle, the plugin's
// header, its readme.txt and its block.json files disagree, when CHANGELOG.md has no entry for the
// version, or when the package would not carry the very bundle the hash was made from.
//
// A dry run unless told otherwise:
//   npm run release                     build, check, fill release/; publish nothing
//   npm run release -- --publish        the same, then `npm publish` the tarball and tag v<version>
//   --no-build                          use the current dist/ (tests; after a build you just ran)
//   --root DIR                          work on another checkout (tests)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { parser as parseChangelog } from 'keep-a-changelog';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = resolve(option('--root') ?? fileURLToPath(new URL('..', import.meta.url)));
const publish = flag('--publish');
const at = (...parts) => join(root, ...parts);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const problems = [];
const fail = (message) => problems.push(message);
const sha = (algorithm, bytes, encoding = 'hex') => createHash(algorithm).update(bytes).digest(encoding);

const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
const { name, version } = pkg;
console.log(`release: ${name} ${version}${publish ? '' : ' (dry run: nothing is published)'}`);

if (!flag('--no-build')) {
  execFileSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

/* ---------- Versions ---------- */

const bundlePath = at('dist/knee-pain-widgets.js');
const zipPath = at('dist/knee-pain-widgets-wordpress.zip');
for (const path of [bundlePath, zipPath, at('dist/hosted.js')]) {
  if (!existsSync(path)) fail(`${path} is missing: run npm run build`);
}
if (problems.length) finish();

const bundle = readFileSync(bundlePath);
if (!bundle.includes(JSON.stringify(version))) fail(`the bundle (dist/knee-pain-widgets.js) does not carry version ${version}`);
const versionModule = at('dist/lib/shared/version.js');
if (existsSync(versionModule)) {
  const { VERSION } = await import(pathToFileURL(versionModule).href);
  if (VERSION !== version) fail(`dist/lib/shared/version.js says ${VERSION}, package.json ${version}`);
}

const zip = unzipSync(readFileSync(zipPath));
const text = (path) => (zip[path] ? new TextDecoder().decode(zip[path]) : undefined);
const main = text('knee-pain-widgets/knee-pain-widgets.php');
const readme = text('knee-pain-widgets/readme.txt');
if (!main) fail('the WordPress zip has no knee-pain-widgets/knee-pain-widgets.php');
else {
  const header = /^\s*\*\s*Version:\s*(\S+)\s*$/m.exec(main)?.[1];
  if (header !== version) fail(`the plugin header says Version: ${header}, package.json ${version}`);
  const constant = /define\(\s*'KNEE_PAIN_WIDGETS_VERSION',\s*'([^']*)'/.exec(main)?.[1];
  if (constant !== version) fail(`KNEE_PAIN_WIDGETS_VERSION is ${constant}, package.json ${version}`);
}
if (!readme) fail('the WordPress zip has no knee-pain-widgets/readme.txt');
else {
  const stable = /^Stable tag:\s*(\S+)\s*$/m.exec(readme)?.[1];
  if (stable !== version) fail(`readme.txt says Stable tag: ${stable}, package.json ${version}`);
}
for (const [path, bytes] of Object.entries(zip)) {
  if (path.endsWith('/block.json')) {
    const block = JSON.parse(new TextDecoder().decode(bytes));
    if (block.version !== version) fail(`${path} says version ${block.version}, package.json ${version}`);
  }
}
const zippedBundle = zip['knee-pain-widgets/assets/knee-pain-widgets.js'];
if (!zippedBundle || sha('sha256', zippedBundle) !== sha('sha256', bundle)) fail('the bundle in the WordPress zip is not dist/knee-pain-widgets.js');

/* ---------- Changelog ---------- */

let entry;
if (!existsSync(at('CHANGELOG.md'))) fail('CHANGELOG.md is missing');
else {
  const release = parseChangelog(readFileSync(at('CHANGELOG.md'), 'utf8')).findRelease(version);
  const changes = release ? [...release.changes].flatMap(([type, list]) => list.map((c) => `- ${type.charAt(0).toUpperCase()}${type.slice(1)}: ${c.title}`)) : [];
  if (!release) fail(`CHANGELOG.md has no entry for ${version} (add "## [${version}] - YYYY-MM-DD" with its changes)`);
  else if (changes.length === 0) fail(`CHANGELOG.md's entry for ${version} lists no changes`);
  else entry = { date: release.date?.toISOString().slice(0, 10), changes };
}

/* ---------- Integrity ---------- */

const integrity = `sha384-${sha('sha384', bundle, 'base64')}`;
const { HOSTED } = await import(`${pathToFileURL(at('dist/hosted.js')).href}?${Date.now()}`);
if (HOSTED.version !== version) fail(`dist/hosted.js is for ${HOSTED.version}, package.json ${version}`);
if (HOSTED.integrity !== integrity) fail('dist/hosted.js has another hash than dist/knee-pain-widgets.js: rebuild');

if (problems.length) finish();

/* ---------- Files ---------- */

const out = at('release');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--silent', '--pack-destination', out], { cwd: root, encoding: 'utf8' }));
const tarball = join(out, packed.filename);
const packedFiles = packed.files.map((f) => f.path);
if (!packedFiles.includes('dist/knee-pain-widgets.js')) fail('the npm package does not contain dist/knee-pain-widgets.js');
if (packedFiles.some((f) => f.endsWith('.zip'))) fail('the npm package contains the WordPress zip');
// The CDN serves the file from the tarball: its bytes must be the ones hashed.
const packedBundle = execFileSync('tar', ['-xzOf', tarball, 'package/dist/knee-pain-widgets.js']);
if (`sha384-${sha('sha384', packedBundle, 'base64')}` !== integrity) fail('the bundle in the npm package differs from the one hashed');

const zipName = `knee-pain-widgets-wordpress-${version}.zip`;
copyFileSync(zipPath, join(out, zipName));
copyFileSync(bundlePath, join(out, 'knee-pain-widgets.js'));
writeFileSync(join(out, 'knee-pain-widgets.js.sri'), `${integrity}\n`);
const scriptTag = `<script type="module" src="${HOSTED.src}" integrity="${integrity}" crossorigin="anonymous"></script>`;
writeFileSync(
  join(out, 'NOTES.md'),
  [
    `# ${name} ${version}${entry.date ? ` (${entry.date})` : ''}`,
    '',
    ...entry.changes,
    '',
    '## Files',
    '',
    `- \`${packed.filename}\`: the npm package (\`npm install ${name}@${version}\`).`,
    `- \`${zipName}\`: the WordPress plugin. Plugins → Add New → Upload Plugin.`,
    '- `knee-pain-widgets.js`: the drop-in bundle, for sites that host it themselves.',
    '- `knee-pain-widgets.js.sri`: its Subresource Integrity hash.',
    '- `SHA256SUMS`: check the files with `sha256sum -c SHA256SUMS`.',
    '',
    '## Without a server (Squarespace and the like)',
    '',
    'Once this version is on npm, this tag loads the bundle from a public npm CDN; the browser refuses any other file:',
    '',
    '```html',
    scriptTag,
    '```',
    '',
  ].join('\n'),
);
const files = [packed.filename, zipName, 'knee-pain-widgets.js', 'knee-pain-widgets.js.sri', 'NOTES.md'];
writeFileSync(join(out, 'SHA256SUMS'), files.map((f) => `${sha('sha256', readFileSync(join(out, f)))}  ${f}\n`).join(''));

if (problems.length) finish();

for (const f of [...files, 'SHA256SUMS']) console.log(`  release/${f}`);
console.log(`  integrity ${integrity}`);

if (publish) {
  execFileSync(npm, ['publish', tarball], { cwd: root, stdio: 'inherit' });
  execFileSync('git', ['tag', '-a', `v${version}`, '-m', `${name} ${version}`], { cwd: root, stdio: 'inherit' });
  console.log(`release: published ${name}@${version} and tagged v${version}. Push the tag (git push origin v${version}) and attach release/* to the release.`);
} else {
  console.log('release: all checks passed. To publish: npm run release -- --publish');
}

function finish() {
  console.error(`release: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
