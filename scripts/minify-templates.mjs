// A rollup plugin that minifies the static parts of Lit's css`…`, html`…` and svg`…` templates:
// comments go and runs of whitespace shrink to one space (CSS loses the spaces around
// punctuation too). Interpolations are left untouched. Terser cannot do this, since to it these are
// just strings.
const TAGS = new Set(['css', 'html', 'svg']);

/** Minifies CSS text that contains no interpolations' own syntax. */
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!/g, '!')
    .replace(/([^\d.])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();

/** Block-level tags: whitespace next to them never renders (there is no `pre` in these templates). */
const BLOCK = 'li|ul|ol|p|div|details|summary|section|slot|svg|path|h[2-6]';
const minifyMarkup = (text) =>
  text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`\\s+(?=</?(?:${BLOCK})\\b)`, 'g'), '')
    .replace(new RegExp(`(</?(?:${BLOCK})\\b[^>]*>)\\s+`, 'g'), '$1')
    .replace(/\s+>/g, '>');

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
          let text = name === 'css' ? minifyCss(quasi.value.raw) : minifyMarkup(quasi.value.raw);
          if (name !== 'css') {
            if (i === 0) text = text.replace(/^ /, '');
            if (i === quasis.length - 1) text = text.replace(/ $/, '');
          }
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
