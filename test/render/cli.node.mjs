// The `knee-pain-widgets` command (bin/knee-pain-widgets.mjs), run as a developer or a static-site
// build runs it. The last test installs the packed package into an empty project, from npm's local
// cache only (no network), and runs `npx knee-pain-widgets render` there: what it needs at run time
// must be a dependency, not a devDependency. Run by `npm test` (package.json "test:ssr").
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/knee-pain-widgets.mjs');

/** Runs the command; resolves with stdout, stderr and the exit code (never rejects). */
async function cli(args, options = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 1 << 24, ...options });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    return { stdout: error.stdout, stderr: error.stderr, code: error.code };
  }
}

test('render <tag> --attribute value …: the widget pre-rendered, to stdout', async () => {
  const { stdout, stderr, code } = await cli([
    'render',
    'pt-cta',
    '--clinic-name',
    'Northside "PT" & <Rehab>',
    '--phone',
    '(617) 555-0123',
    '--booking-url',
    'https://northside.example/book',
    '--data-layer',
  ]);
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  assert.match(
    stdout,
    /^<pt-cta clinic-name="Northside &quot;PT&quot; &amp; &lt;Rehab&gt;" phone="\(617\) 555-0123" booking-url="https:\/\/northside.example\/book" data-layer><template shadowrootmode="open"><style>/,
  );
  assert.match(stdout, /<strong>Northside &quot;PT&quot; &amp; &lt;Rehab&gt;<\/strong>/);
  assert.match(stdout, /href="tel:6175550123"/);
  // The module API gives the same string: one function makes every pre-rendered widget.
  const { prerender } = await import('../../dist/lib/render/index.js');
  const api = prerender('pt-cta', [
    ['clinic-name', 'Northside "PT" & <Rehab>'],
    ['phone', '(617) 555-0123'],
    ['booking-url', 'https://northside.example/book'],
    ['data-layer', true],
  ]);
  assert.equal(stdout, `${api}\n`);
});

test('render all: the three widgets in article order; --stylesheet links the CSS; --script adds the bundle', async () => {
  const { stdout, code, stderr } = await cli([
    'render',
    'all',
    '--theme',
    'dark',
    '--lang',
    'es',
    '--open',
    '--stylesheet',
    '/kp/knee-pain-widgets.css',
    '--script',
    '/kp/knee-pain-widgets.js',
  ]);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[0], /^<knee-pain-causes theme="dark" lang="es" open><template shadowrootmode="open"><link rel="stylesheet" href="\/kp\/knee-pain-widgets.css">/);
  assert.match(lines[0], /Dolor detrás de la rodilla/);
  assert.match(lines[1], /^<relief-tips theme="dark" lang="es">/);
  assert.match(lines[2], /^<pt-cta theme="dark" lang="es">/);
  assert.equal(lines[3], '<script type="module" src="/kp/knee-pain-widgets.js"></script>');
});

test('a bad value: one warning on stderr naming it, the safe fallback in the output, exit 0', async () => {
  const { stdout, stderr, code } = await cli(['render', 'pt-cta', '--booking-url', 'javascript:alert(1)']);
  assert.equal(code, 0);
  assert.match(stderr, /^<pt-cta> booking-url="javascript:alert\(1\)" is not valid/);
  assert.doesNotMatch(stdout, /href="javascript/);
  assert.doesNotMatch(stdout, /part="book"/);
});

test('mistakes in the command: a clear message and exit 2', async () => {
  const unknownTag = await cli(['render', 'knee-pain']);
  assert.equal(unknownTag.code, 2);
  assert.match(unknownTag.stderr, /unknown widget "knee-pain"\. Widgets: knee-pain-causes, relief-tips, pt-cta, or all\./);
  const unknownFlag = await cli(['render', 'relief-tips', '--clinic-name', 'x']);
  assert.equal(unknownFlag.code, 2);
  assert.match(unknownFlag.stderr, /'--clinic-name'.*<relief-tips> reads: .*layout/s);
  const unknownCommand = await cli(['build']);
  assert.equal(unknownCommand.code, 2);
  const help = await cli(['--help']);
  assert.equal(help.code, 0);
  // Every attribute of every element is listed, read from the elements themselves.
  for (const flag of ['--emergency-number <text>', '--open', '--layout <text>', '--booking-url <text>', '--data-layer']) {
    assert.ok(help.stdout.includes(flag), flag);
  }
});

test('css and csp: the stylesheet file, and the style-src hashes of the inline styles', async () => {
  const css = await cli(['css']);
  assert.equal(css.stdout, await readFile(join(ROOT, 'dist/knee-pain-widgets.css'), 'utf8'));
  const csp = await cli(['csp']);
  assert.match(csp.stdout, /^style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*'){3}\n$/);
  const { styleHashes } = JSON.parse(await readFile(join(ROOT, 'dist/knee-pain-widgets.prerender.json'), 'utf8'));
  assert.equal(csp.stdout, `style-src 'self' ${Object.values(styleHashes).join(' ')}\n`);
});

test('npx knee-pain-widgets render works from the installed package in an empty project', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kp-cli-'));
  try {
    const { stdout: packed } = await run('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, maxBuffer: 1 << 24 });
    const tarball = join(dir, packed.trim().split('\n').pop());
    const project = join(dir, 'site');
    await run('mkdir', [project]);
    await writeFile(join(project, 'package.json'), '{ "name": "site", "private": true }\n');
    // From npm's cache where it has the packages (`npm ci` put the tarballs there), else from the
    // registry: on a new machine the cache holds no package metadata, which `--offline` needs.
    // Only the dependencies are installed, as on a site: a devDependency would be missing here.
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', tarball], {
      cwd: project,
      maxBuffer: 1 << 24,
    });
    const { stdout } = await run('npx', ['--no-install', 'knee-pain-widgets', 'render', 'relief-tips', '--tips', 'rice'], {
      cwd: project,
      maxBuffer: 1 << 24,
    });
    assert.match(stdout, /^<relief-tips tips="rice"><template shadowrootmode="open"><style>/);
    assert.equal(stdout.match(/part="tip"/g)?.length, 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
