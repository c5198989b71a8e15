// The WordPress plugin runs on PHP 7.4 (its header says "Requires PHP: 7.4", and WordPress 6.1
// supports it), while this machine has PHP 8.2, whose `php -l` accepts PHP 8 syntax that would be
// a fatal error on a 7.4 host: the whole site, not only the widgets, would stop. So every PHP file
// the plugin's zip ships (the generated ones included) is parsed here as PHP 7.4 with php-parser,
// and its syntax tree is searched for what the parser's 7.4 mode lets through: union types, the
// `mixed`, `never` and `static` types, promoted constructor parameters, `readonly`, and calls to
// functions PHP 8 added. (An attribute, `#[…]`, is a comment to PHP 7.4: harmless, so not sought.)
//
//   npm run test:php          (after `npm run build`; part of `npm test`)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { Engine } from 'php-parser';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ZIP = join(root, 'dist/knee-pain-widgets-wordpress.zip');

/** Functions PHP 8.0 and 8.1 added (a 7.4 host has none of them). */
const PHP8_FUNCTIONS = new Set([
  'str_contains',
  'str_starts_with',
  'str_ends_with',
  'get_debug_type',
  'get_resource_id',
  'fdiv',
  'preg_last_error_msg',
  'array_is_list',
  'enum_exists',
]);
/** Types PHP 8 added (`static` as a return type, `mixed`; 8.1 `never`). */
const PHP8_TYPES = new Set(['mixed', 'never', 'static', 'false', 'null']);

const parser = new Engine({ parser: { version: '7.4', extractDoc: false, suppressErrors: false }, ast: { withPositions: true } });

/** What in `code` needs PHP 8: a list of "line N: what" (a 7.4 syntax error throws instead). */
export function php8Features(code, file) {
  const found = [];
  const note = (node, what) => found.push(`${file}:${node.loc?.start.line ?? '?'}: ${what}`);
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object' || typeof node.kind !== 'string') return;
    if (node.kind === 'uniontype' || node.kind === 'intersectiontype') note(node, `${node.kind} (PHP 8)`);
    if (node.kind === 'typereference' && PHP8_TYPES.has(String(node.name).toLowerCase())) note(node, `type ${node.name} (PHP 8)`);
    if (node.kind === 'parameter' && node.flags) note(node, 'promoted constructor parameter (PHP 8)');
    if (node.readonly === true) note(node, 'readonly (PHP 8.1)');
    if (node.kind === 'call' && node.what?.kind === 'name' && PHP8_FUNCTIONS.has(String(node.what.name).replace(/^\\/, '').toLowerCase())) {
      note(node, `${node.what.name}() (PHP 8)`);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') walk(value);
  };
  walk(parser.parseCode(code, file));
  return found;
}

test('the checker finds PHP 8 syntax and functions, and passes PHP 7.4 code', () => {
  const php8 = [
    '<?php function f(int|string $a) {}',
    '<?php function f(): mixed { return 1; }',
    '<?php class A { function __construct(private $a) {} }',
    '<?php $a = str_contains($b, "c");',
  ];
  for (const code of php8) assert.notDeepEqual(php8Features(code, 'x.php'), [], code);
  for (const code of ['<?php $x = match($a) { default => 1 };', '<?php $x = $a?->b;', '<?php f(a: 1);']) {
    assert.throws(() => php8Features(code, 'x.php'), SyntaxError, code);
  }
  const php74 = '<?php declare(strict_types=1); function f(?int $a = null, string ...$b): ?array { $c = fn($x) => $x ?? 1; $c ??= 2; return [$a, $b, $c]; }';
  assert.deepEqual(php8Features(php74, 'x.php'), []);
});

test('every PHP file in the plugin zip is PHP 7.4 (the version its header requires)', () => {
  const files = unzipSync(new Uint8Array(readFileSync(ZIP)));
  const php = Object.keys(files).filter((name) => name.endsWith('.php'));
  assert.ok(php.length >= 5, `PHP files in the zip: ${php.join(', ')}`);
  const header = strFromU8(files['knee-pain-widgets/knee-pain-widgets.php']);
  assert.match(header, /^ \* Requires PHP:\s+7\.4$/m);
  const problems = php.flatMap((name) => php8Features(strFromU8(files[name]), name));
  assert.deepEqual(problems, []);
});
