// A rollup plugin that minifies the static parts of Lit's css`…`, html`…` and svg`…` templates:
// comments go and runs of whitespace shrink to one space (CSS loses the spaces around
// punctuation too). Interpolations are left untouched. Terser cannot do this, since to it these are
// just strings. The rules live in src/render/minify.ts (built to dist/lib before rollup runs), which
// the pre-renderer applies to the same templates, so pre-rendered and bundle-rendered markup match.
import { minifyCss, minifyTemplatePart } from '../dist/lib/render/minify.js';

const TAGS = new Set(['css', 'html', 'svg']);

function tagName(node) {
  const tag = node.tag;
  if (tag.type === 'Identifier') return tag.name;
  if (tag.type === 'MemberExpression' && tag.property.type === 'Identifier') return tag.property.name;
  return undefined;
}

function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value.type === 'string') yield* walk(value);
  }
}

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\.(js|ts)$/.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      for (const node of walk(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression') continue;
        const name = tagName(node);
        if (!TAGS.has(name)) continue;
        const quasis = node.quasi.quasis;
        for (const [i, quasi] of quasis.entries()) {
          const text =
            name === 'css' ? minifyCss(quasi.value.raw) : minifyTemplatePart(quasi.value.raw, i, i === quasis.length - 1);
          edits.push([quasi.start, quasi.end, text]);
        }
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
