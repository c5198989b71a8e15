// Svelte has no @ts-expect-error for markup, so this does its job: runs svelte-check on
// WrongTypes.svelte and fails unless it reports an error on exactly the lines that follow an
// "expect-error" comment.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const file = 'WrongTypes.svelte';
const lines = readFileSync(here + file, 'utf8').split('\n');
const expected = lines.flatMap((line, i) => (line.includes('<!-- expect-error') ? [nextElementLine(i) + 1] : []));

function nextElementLine(i) {
  let j = i;
  while (!/^\s*<[a-z]/.test(lines[j]) || lines[j].includes('<!--')) j += 1;
  return j;
}

let output;
try {
  output = execFileSync(new URL('../../node_modules/.bin/svelte-check', import.meta.url).pathname, ['--workspace', here, '--output', 'machine'], {
    encoding: 'utf8',
  });
} catch (error) {
  output = String(error.stdout ?? ''); // svelte-check exits 1 when it finds errors, as it must here
}
const reported = [...output.matchAll(/ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map((m) => ({ file: m[1], line: Number(m[2]), message: m[3] }));
const got = [...new Set(reported.filter((r) => r.file === file).map((r) => r.line))].sort((a, b) => a - b);
const stray = reported.filter((r) => r.file !== file);

if (expected.length === 0 || JSON.stringify(got) !== JSON.stringify(expected) || stray.length > 0) {
  console.error(`svelte-check errors on lines ${JSON.stringify(got)}, expected on ${JSON.stringify(expected)}`);
  console.error(output);
  process.exit(1);
}
for (const r of reported) console.log(`${r.file}:${r.line} rejected as expected: ${r.message}`);
