import { expect } from '@open-wc/testing';
import {
  closePages,
  expectCleanLog,
  expectRendered,
  openPage,
  part,
  TAGS,
  whenDefined,
  widgets,
  type Page,
  type Widget,
} from './helpers.js';

// Each page has the three tags in its HTML and loads the bundle one way.
const PAGES = {
  'classic script in <head> (runs before the tags are parsed)': 'load-head-classic.html',
  'async script in <head>': 'load-head-async.html',
  'defer script in <head>': 'load-head-defer.html',
  'type="module" script in <head>': 'load-head-module.html',
  'classic script at the end of <body> (tags are parsed first)': 'load-body-classic.html',
  'async script at the end of <body>': 'load-body-async.html',
  'type="module" script at the end of <body>': 'load-body-module.html',
};

const MARKUP = '<knee-pain-causes></knee-pain-causes><relief-tips></relief-tips><pt-cta phone="555 0100 200"></pt-cta>';

/** Creates widgets every way a site's own scripts do after the page has loaded. */
function addLater(page: Page): Element[] {
  const { doc } = page;
  const later = doc.getElementById('later')!;
  const made: Element[] = [];

  // innerHTML, the way CMS blocks and tag managers inject snippets.
  const viaHtml = doc.createElement('div');
  later.append(viaHtml);
  viaHtml.innerHTML = MARKUP;
  made.push(...viaHtml.children);

  // createElement + appendChild, with an attribute set before connecting.
  for (const tag of TAGS) {
    const el = doc.createElement(tag);
    el.setAttribute('theme', 'dark');
    later.appendChild(el);
    made.push(el);
  }

  // A popup built while detached, filled with innerHTML, then attached and opened as a modal.
  const dialog = doc.createElement('dialog');
  const box = doc.createElement('div');
  box.innerHTML = MARKUP;
  dialog.append(box);
  doc.body.append(dialog);
  dialog.showModal();
  made.push(...box.children);

  // Cloned from a <template> (its content is inert until imported into the document).
  const template = doc.createElement('template');
  template.innerHTML = MARKUP;
  const clone = doc.importNode(template.content, true);
  made.push(...clone.children);
  later.append(clone);

  // Parsed in another document (no registry there), then adopted and connected.
  const other = doc.implementation.createHTMLDocument('');
  other.body.innerHTML = MARKUP;
  for (const el of [...other.body.children]) {
    later.append(doc.adoptNode(el));
    made.push(el);
  }

  // The constructors from the registry.
  for (const tag of TAGS) {
    const Ctor = page.win.customElements.get(tag)!;
    const el = new Ctor();
    later.append(el);
    made.push(el);
  }
  return made;
}

describe('load order', () => {
  afterEach(closePages);

  for (const [name, file] of Object.entries(PAGES)) {
    it(`${name}: tags in the HTML and tags added later all upgrade and render`, async () => {
      const page = await openPage(file);
      await whenDefined(page);
      const initial = await widgets(page.doc);
      expect(initial.map((el) => el.localName)).to.deep.equal([...TAGS]);
      for (const el of initial) expectRendered(el);
      // Attributes present before the upgrade are honoured.
      expect(part(initial[0], 'heading').localName).to.equal('h3');
      expect(initial[1].shadowRoot!.querySelectorAll('[part=tip]')).to.have.length(1);
      expect(part<HTMLAnchorElement>(initial[2], 'book').href).to.equal('https://example.com/book');

      const made = addLater(page);
      expect(made).to.have.length(18);
      await Promise.all(made.map((el) => (el as Widget).updateComplete));
      for (const el of made) {
        expect(el.isConnected, `${el.localName} connected`).to.equal(true);
        expectRendered(el);
      }
      expect(page.doc.querySelectorAll(TAGS.join(','))).to.have.length(21);
      expectCleanLog(page.log);
    });
  }
});
