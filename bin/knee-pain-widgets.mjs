#!/usr/bin/env node
// `knee-pain-widgets`: the package's command (package.json "bin"), for developers and static-site
// builds. `render` writes a widget pre-rendered with declarative shadow DOM to stdout, made by the
// same function as everything else pre-rendered (src/render/index.ts, `prerender`). Its flags are
// the element's attributes, read from the element itself. Bad values are handled as the element
// handles them: one warning on stderr, the safe fallback in the output.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  attributeKinds,
  prerender,
  stylesheet,
  styleHash,
  WIDGET_TAGS,
} from '../dist/lib/render/index.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Options of the command itself; every other flag is an attribute of the element. */
const OWN = {
  stylesheet: { type: 'string' },
  script: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

function usage() {
  const attributes = WIDGET_TAGS.map((tag) => {
    const flags = [...attributeKinds(tag)].map(([name, kind]) => (kind === 'boolean' ? `--${name}` : `--${name} <text>`));
    return `  ${tag}\n${flags.map((f) => `      ${f}`).join('\n')}`;
  }).join('\n');
  return `knee-pain-widgets ${version}

Usage:
  knee-pain-widgets render <tag> [--<attribute> <value> …] [options]
  knee-pain-widgets render all [--<attribute> <value> …] [options]
  knee-pain-widgets css     print knee-pain-widgets.css (for --stylesheet)
  knee-pain-widgets csp     print the style-src hashes that allow the inline styles

render writes the widget as HTML with a declarative shadow root to stdout: the full article text,
styled, with no JavaScript. Load knee-pain-widgets.js on the same page and it takes the widget
over without a visible change. "all" writes the three widgets in article order; each takes the
attributes it knows, and lang, id, class and style go to all three.

Options:
  --stylesheet <url>   link knee-pain-widgets.css at <url> instead of inlining a <style> (for a
                       Content-Security-Policy without 'unsafe-inline' styles; link it in the
                       page's <head> too, see docs/performance.md)
  --script <url>       also write <script type="module" src="<url>"></script> after the widgets
  -h, --help           this text

Attributes (flags without <text> are on when given):
${attributes}
  any widget: --lang <code>, --id <id>, --class <names>, --style <css>

Example:
  npx knee-pain-widgets render pt-cta --clinic-name "Northside PT" --phone "(617) 555-0123" \\
    --booking-url https://northside.example/book > cta.html
`;
}

/** Attributes any widget accepts on its host element, beyond those it reads. */
const HOST = ['lang', 'id', 'class', 'style'];

function fail(message) {
  process.stderr.write(`knee-pain-widgets: ${message}\nRun "knee-pain-widgets --help" for usage.\n`);
  process.exit(2);
}

function render(args) {
  const [what, ...rest] = args;
  if (!what || what.startsWith('-')) fail('render needs a tag (or "all") first.');
  const tags = what === 'all' ? [...WIDGET_TAGS] : [what];
  if (!WIDGET_TAGS.includes(tags[0])) fail(`unknown widget "${what}". Widgets: ${WIDGET_TAGS.join(', ')}, or all.`);

  const kinds = new Map(HOST.map((name) => [name, 'text']));
  for (const tag of tags) for (const [name, kind] of attributeKinds(tag)) kinds.set(name, kind);
  const options = { ...OWN };
  for (const [name, kind] of kinds) options[name] = { type: kind === 'boolean' ? 'boolean' : 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    fail(`${error.message.replace(/\. To specify.*$/s, '.')} ${tags.length === 1 ? `<${tags[0]}> reads: ${[...attributeKinds(tags[0]).keys()].join(', ')}.` : ''}`);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(usage());
    return;
  }

  const out = [];
  for (const tag of tags) {
    const own = attributeKinds(tag);
    // In the order given on the command line, as a person would write the tag.
    const attributes = [];
    for (const token of parsed.tokens) {
      if (token.kind !== 'option' || OWN[token.name] || (!own.has(token.name) && !HOST.includes(token.name))) continue;
      attributes.push([token.name, own.get(token.name) === 'boolean' ? true : token.value]);
    }
    out.push(prerender(tag, attributes, values.stylesheet === undefined ? {} : { stylesheet: values.stylesheet }));
  }
  if (values.script !== undefined) {
    out.push(`<script type="module" src="${values.script.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}"></script>`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'render':
    render(args);
    break;
  case 'css':
    process.stdout.write(stylesheet());
    break;
  case 'csp': {
    const hashes = await Promise.all(WIDGET_TAGS.map((tag) => styleHash(tag)));
    process.stdout.write(`style-src 'self' ${hashes.join(' ')}\n`);
    break;
  }
  case '--version':
  case '-v':
    process.stdout.write(`${version}\n`);
    break;
  case undefined:
  case '--help':
  case '-h':
  case 'help':
    process.stdout.write(usage());
    break;
  default:
    fail(`unknown command "${command}".`);
}
