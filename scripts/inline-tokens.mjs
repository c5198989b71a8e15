// A rollup plugin for the drop-in bundle: writes the design tokens' CSS into the stylesheets at
// build time, so the browser gets the finished declarations instead of the token table and the code
// that turns it into CSS.
//
// src/shared/tokens.ts stays the one home of the tokens (names, defaults, descriptions; the docs,
// the builder and the theme tests read it). The styles write `${unsafeCSS(tokenDeclarations())}` and
// `${unsafeCSS(tokenValue('--kp-font-family'))}` inside css`…`; those functions are pure, so each
// such interpolation is replaced by the text it produces (computed here from the same built
// tokens.js), and the table is then unused in the bundle. The CSS is byte for byte what the
// browser got before. An interpolation of another shape is left alone; a call to these functions
// that cannot be evaluated (non-literal arguments) fails the build rather than ship a wrong value.
import * as tokens from '../dist/lib/shared/tokens.js';

const FUNCTIONS = new Set(['tokenDeclarations', 'tokenValue']);

function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value.type === 'string') yield* walk(value);
  }
}

/** The CSS text of `unsafeCSS(tokenX(...literals))`, or undefined for any other expression. */
function tokenText(expression, id) {
  if (expression.type !== 'CallExpression' || expression.callee.name !== 'unsafeCSS') return undefined;
  const [inner] = expression.arguments;
  if (inner?.type !== 'CallExpression' || !FUNCTIONS.has(inner.callee.name)) return undefined;
  if (!inner.arguments.every((arg) => arg.type === 'Literal' && typeof arg.value === 'string')) {
    throw new Error(`${id}: ${inner.callee.name}() needs literal arguments to be inlined`);
  }
  const text = tokens[inner.callee.name](...inner.arguments.map((arg) => arg.value));
  if (typeof text !== 'string' || text === '' || /[`\\$]/.test(text)) {
    throw new Error(`${id}: ${inner.callee.name}() gave text that cannot go into a template: ${text}`);
  }
  return text;
}

export function inlineTokens() {
  return {
    name: 'inline-tokens',
    transform(code, id) {
      if (!/\.js$/.test(id) || !/\b(tokenDeclarations|tokenValue)\(/.test(code)) return null;
      const edits = [];
      for (const node of walk(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.name !== 'css') continue;
        const { quasis, expressions } = node.quasi;
        for (const [i, expression] of expressions.entries()) {
          const text = tokenText(expression, id);
          // Replaces `${…}`: from the end of the text before it to the start of the text after it.
          if (text !== undefined) edits.push([quasis[i].end, quasis[i + 1].start, text]);
        }
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        if (!/^\$\{[\s\S]*\}$/.test(out.slice(start, end))) throw new Error(`${id}: unexpected template layout`);
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
