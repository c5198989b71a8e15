// Frameworks hand some values to the widgets as properties and others as attribute text: React 19,
// Preact, Vue and Svelte set a property when the element has one by that name (`phone`, `causes`,
// `theme`, `open`), and write the rest as attributes (`heading-level`, `data-layer`; see
// test/examples for what each framework does). So a value must look and warn the same whichever
// way it arrives. For every attribute of every widget in custom-elements.json (so attributes added
// later are covered too), each value below is set once as a property and once as the text
// `setAttribute` would write, and the two renderings and their warnings are compared.
import { expect } from '@open-wc/testing';
import '../index.js';
import { WIDGET_TAGS } from '../widgets.js';

interface Attribute {
  name: string;
  fieldName?: string;
}

/** What frameworks pass: numbers, arrays, booleans, URLs and plain or unusual text. */
const VALUES: unknown[] = [
  3,
  3.5,
  9,
  112,
  6175550123,
  0,
  true,
  false,
  ['bakers-cyst', 'rice'],
  ['nope'],
  'dark',
  ' Purple ',
  '617-555-0123',
  new URL('https://clinic.example/book?x=1'),
  { toString: () => 'https://clinic.example/object' },
  '',
];

type Widget = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

/** The shadow root's markup without Lit's comment markers, and what the element warned. */
async function rendered(tag: string, set: (el: Widget) => void) {
  const warnings: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const el = document.createElement(tag) as Widget;
  try {
    set(el);
    document.body.append(el);
    await el.updateComplete;
    return { html: el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, ''), warnings };
  } finally {
    console.warn = warn;
    el.remove();
  }
}

describe('properties and attributes alike', () => {
  let attributes: Map<string, Attribute[]>;
  before(async () => {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json is served (run `npm run analyze`)').to.equal(true);
    const manifest = (await response.json()) as { modules: { declarations?: { tagName?: string; attributes?: Attribute[] }[] }[] };
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    attributes = new Map(WIDGET_TAGS.map((tag) => [tag, declarations.find((d) => d.tagName === tag)?.attributes ?? []]));
  });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: every attribute renders and warns the same as its property`, async () => {
      const list = attributes.get(tag)!.filter((a) => a.fieldName);
      expect(list.length, `<${tag}> attributes in the manifest`).to.be.greaterThan(1);
      for (const { name, fieldName } of list) {
        for (const value of VALUES) {
          const what = `<${tag}> ${name} = ${JSON.stringify(value) ?? String(value)}`;
          const byProperty = await rendered(tag, (el) => {
            el[fieldName!] = value;
          });
          // As frameworks write it: `String(value)`, so false is the text "false" (off for booleans).
          const byAttribute = await rendered(tag, (el) => el.setAttribute(name, String(value)));
          expect(byProperty.warnings, `${what}: warnings`).to.deep.equal(byAttribute.warnings);
          expect(byProperty.html === byAttribute.html, `${what}: rendering`).to.equal(true);
        }
      }
    });
  }
});
