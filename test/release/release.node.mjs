// `npm run release` (scripts/release.mjs) on a copy of the built package in a temporary folder:
// it fills release/ with files whose checksums hold, and refuses a missing changelog entry,
// disagreeing versions and a bundle that no longer matches its integrity hash.
// Needs a build (`npm run build`); run by `npm run test:release`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, test } from 'node:test';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/release.mjs');
const copies = [];

/** A copy of what a release reads: package.json, CHANGELOG.md and dist/. */
function copy() {
  const dir = mkdtempSync(join(tmpdir(), 'kp-release-'));
  copies.push(dir);
  for (const file of ['package.json', 'CHANGELOG.md']) cpSync(join(root, file), join(dir, file));
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

/** Runs the release on `dir`; resolves to { code, stdout, stderr }. */
async function release(dir) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, '--root', dir, '--no-build'], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sha = (algorithm, bytes, encoding = 'hex') => createHash(algorithm).update(bytes).digest(encoding);

test('fills release/ with the package, the plugin, the bundle, its SRI hash and SHA-256 sums', async () => {
  const dir = copy();
  const result = await release(dir);
  assert.equal(result.code, 0, result.stderr);
  const out = join(dir, 'release');
  const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const listed = sums.map((line) => line.split('  ')[1]);
  assert.deepEqual(listed.sort(), [`knee-pain-widgets-${version}.tgz`, `knee-pain-widgets-wordpress-${version}.zip`, 'NOTES.md', 'knee-pain-widgets.js', 'knee-pain-widgets.js.sri'].sort());
  for (const line of sums) {
    const [hash, file] = line.split('  ');
    assert.equal(sha('sha256', readFileSync(join(out, file))), hash, file);
  }
  const bundle = readFileSync(join(out, 'knee-pain-widgets.js'));
  assert.deepEqual(bundle, readFileSync(join(root, 'dist/knee-pain-widgets.js')));
  const integrity = readFileSync(join(out, 'knee-pain-widgets.js.sri'), 'utf8').trim();
  assert.equal(integrity, `sha384-${sha('sha384', bundle, 'base64')}`);
  const notes = readFileSync(join(out, 'NOTES.md'), 'utf8');
  assert.ok(notes.includes(`integrity="${integrity}" crossorigin="anonymous"`));
  assert.match(notes, new RegExp(`src="https://[^"]+/knee-pain-widgets@${version.replace(/\./g, '\\.')}/dist/knee-pain-widgets\\.js"`));
  // The npm package carries the hashed bundle and not the WordPress zip.
  const { stdout } = await run('tar', ['-tzf', join(out, `knee-pain-widgets-${version}.tgz`)]);
  assert.ok(stdout.split('\n').includes('package/dist/knee-pain-widgets.js'));
  assert.ok(!stdout.includes('.zip'));
});

test('fails when CHANGELOG.md has no entry for the version', async () => {
  const dir = copy();
  const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
  writeFileSync(join(dir, 'CHANGELOG.md'), changelog.replaceAll(`[${version}]`, '[0.0.0-not-this]'));
  const result = await release(dir);
  assert.equal(result.code, 1);
  assert.match(result.stderr, new RegExp(`CHANGELOG\\.md has no entry for ${version.replace(/\./g, '\\.')}`));
  assert.ok(!existsSync(join(dir, 'release', 'SHA256SUMS')), 'no release files');
});

test('fails when package.json, the bundle, the plugin header and readme.txt disagree', async () => {
  const dir = copy();
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, version: '9.9.9' }, null, 2));
  writeFileSync(join(dir, 'CHANGELOG.md'), `${readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')}\n## [9.9.9] - 2030-01-01\n\n### Fixed\n\n- Something.\n`);
  const result = await release(dir);
  assert.equal(result.code, 1);
  for (const part of ['the bundle', 'plugin header', 'readme.txt says Stable tag', 'block.json']) {
    assert.ok(result.stderr.includes(part), `names ${part}: ${result.stderr}`);
  }
});

test('fails when the bundle no longer matches its integrity hash', async () => {
  const dir = copy();
  appendFileSync(join(dir, 'dist/knee-pain-widgets.js'), '\n');
  const result = await release(dir);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /another hash/);
  assert.match(result.stderr, /bundle in the WordPress zip is not/);
});
