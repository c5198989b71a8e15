// Property test for the pre-rendered form, over the same generators as the elements' own fuzz test
// (src/test/arbitraries.ts): whatever a site owner puts into an attribute, the pre-rendered HTML
// that the server renderer makes (src/render, run on the test server) parses to exactly the shadow
// DOM the drop-in bundle renders for the same attribute (same elements, attributes and text, so
// values are escaped exactly as the elements escape them), with the same warnings; it holds no
// markup from the value and no link but http:, https: and tel:; and the build-time templates
// (dist/knee-pain-widgets.prerender.json, filled by src/render/fill.ts as the snippet builder and
// the WordPress plugin fill them) give the server's HTML byte for byte wherever they apply.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { fill, type PrerenderTemplates } from '../../src/render/fill.js';
import { ATTRIBUTES, BASE, valueFor, type Tag } from '../../src/test/arbitraries.js';
import { BUNDLE, closePages, loadScript, openPage, whenDefined, type Page, type Widget } from '../../src/test/helpers.js';

const NUM_RUNS = 40;

/** Every element the widgets render in their shadow roots (and the pre-rendered styles). */
const KNOWN_TAGS = new Set(
  'div slot h2 h3 h4 h5 h6 p section ul li strong a details summary span svg path button style'.split(' '),
);
const LINK_PROTOCOLS = ['http:', 'https:', 'tel:'];

/**
 * What the HTML parser does to any text before building the tree (its input preprocessing and its
 * rules for U+0000): a rendered value that holds these can only ever read back like this.
 */
const parsedText = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\0/g, '');
const parsedAttribute = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');

/**
 * A shadow root as comparable text: elements with their attributes (sorted), and text, in tree
 * order. Lit's comment markers and the pre-rendered `<style>`/`<link>` are left out; adjacent text
 * nodes are joined and empty ones dropped (Lit may split a text where the parser makes one).
 */
function canonical(root: ShadowRoot, parsed: boolean): string {
  const out: string[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(`#${JSON.stringify(text)}`);
    text = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += parsed ? child.textContent : parsedText(child.textContent ?? '');
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (el.localName === 'style' || el.localName === 'link') continue;
        flush();
        const attrs = el
          .getAttributeNames()
          .sort()
          .map((n) => `${n}=${JSON.stringify(parsed ? el.getAttribute(n) : parsedAttribute(el.getAttribute(n)!))}`);
        out.push(`<${el.localName} ${attrs.join(' ')}>`);
        walk(el);
        flush();
        out.push(`</${el.localName}>`);
      }
    }
  };
  walk(root);
  flush();
  return out.join('\n');
}

/** Parses HTML with declarative shadow roots in a document of its own (no registry: no upgrade). */
function parse(html: string): Element {
  const parser = Document as unknown as { parseHTMLUnsafe(html: string): Document };
  const doc = parser.parseHTMLUnsafe(`<!doctype html><body>${html}`);
  return doc.body.firstElementChild!;
}

function expectSafe(root: ShadowRoot, what: string): void {
  const unexpected = new Set<string>();
  const handlers = new Set<string>();
  for (const node of root.querySelectorAll('*')) {
    if (!KNOWN_TAGS.has(node.localName)) unexpected.add(node.localName);
    for (const name of node.getAttributeNames()) if (name.startsWith('on')) handlers.add(name);
  }
  expect([...unexpected], `${what}: unexpected elements`).to.deep.equal([]);
  expect([...handlers], `${what}: event-handler attributes`).to.deep.equal([]);
  // In-page links (`#urgent`) aside, every link starts with one of the protocols. (Checked on the
  // text: the server's URL parser normalised it.)
  const hrefs = [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('#'));
  const bad = hrefs.filter((href) => !LINK_PROTOCOLS.some((p) => href.startsWith(p === 'tel:' ? p : `${p}//`)));
  expect(bad, `${what}: links with another protocol`).to.deep.equal([]);
}

describe('pre-rendered HTML under bad input at every attribute (property-based)', () => {
  let page: Page;
  let templates: PrerenderTemplates;
  before(async () => {
    templates = (await (await fetch('/dist/knee-pain-widgets.prerender.json')).json()) as PrerenderTemplates;
    // The elements as sites get them: the real drop-in bundle, in a page of its own.
    page = await openPage('blank.html');
    await loadScript(page, BUNDLE);
    await whenDefined(page);
  });
  after(closePages);

  for (const [tag, attributes] of Object.entries(ATTRIBUTES) as [Tag, string[]][]) {
    for (const attribute of attributes) {
      it(`<${tag} ${attribute}>`, async () => {
        let filled = 0;
        const result = await fc.check(
          fc.asyncProperty(valueFor(attribute), async (value) => {
            const what = `<${tag} ${attribute}=${JSON.stringify(value.slice(0, 60))}${value.length > 60 ? '…' : ''}>`;
            const pairs = Object.entries({ ...BASE[tag], [attribute]: value });

            const server = await executeServerCommand<{ html: string; warnings: string[] }, unknown>('prerender', {
              tag,
              attributes: pairs,
            });
            const prerendered = parse(server.html);
            expect(prerendered.localName, what).to.equal(tag);
            const serverRoot = prerendered.shadowRoot!;
            expect(serverRoot, `${what}: a declarative shadow root`).to.not.equal(null);
            expectSafe(serverRoot, `${what} pre-rendered`);

            // The bundle's own render of the same attributes, and what it warned.
            const warned = page.log.warns.length;
            const el = page.doc.createElement(tag) as unknown as Widget;
            for (const [name, text] of pairs) el.setAttribute(name, text);
            page.doc.getElementById('main')!.replaceChildren(el);
            await el.updateComplete;
            const clientWarnings = page.log.warns.slice(warned);
            expect(canonical(serverRoot, true) === canonical(el.shadowRoot!, false), `${what}: pre-rendered DOM = bundle's DOM`).to.equal(
              true,
              `\npre-rendered:\n${canonical(serverRoot, true).slice(0, 3000)}\n\nbundle:\n${canonical(el.shadowRoot!, false).slice(0, 3000)}`,
            );
            expect(server.warnings, `${what}: the same warnings`).to.deep.equal(clientWarnings);

            const fromTemplates = fill(templates, tag, pairs);
            if (fromTemplates !== undefined) {
              filled += 1;
              expect(fromTemplates === server.html, `${what}: filled template = server render`).to.equal(true);
            }
          }),
          { numRuns: NUM_RUNS },
        );
        // The failing assertion's own message (fast-check's report alone names only the value).
        if (result.failed) throw new Error(`${fc.defaultReportMessage(result)}\n${(result.errorInstance as Error)?.message ?? result.errorInstance}`);
        // The templates cover every attribute but a chosen subset of causes or tips.
        if (attribute !== 'causes' && attribute !== 'tips') expect(filled, 'runs the templates could fill').to.equal(NUM_RUNS);
      });
    }
  }
});
