// The per-element entry points (`knee-pain-widgets/<tag>.js`, generated from src/widgets.ts by
// scripts/entries.mjs): each registers its own element and no other, for npm users who want one.
import { expect } from '@open-wc/testing';
import { closePages, expectCleanLog, expectRendered, loadScript, openPage, TAGS, widgets } from '../../src/test/helpers.js';

describe('per-element entry points', () => {
  afterEach(closePages);

  for (const tag of TAGS) {
    it(`knee-pain-widgets/${tag}.js registers <${tag}> only`, async () => {
      const page = await openPage('blank.html');
      page.doc.body.innerHTML = TAGS.map((t) => `<${t}></${t}>`).join('');
      await loadScript(page, `/dist/lib/define/${tag}.js`, { type: 'module' });
      await page.win.customElements.whenDefined(tag);
      for (const other of TAGS) {
        expect(page.win.customElements.get(other) !== undefined, `<${other}> defined`).to.equal(other === tag);
      }
      const [el] = await widgets(page.doc, tag);
      expectRendered(el);
      // dist/lib imports Lit by name; the test server resolves it to Lit's development build, which
      // announces itself once. Anything else is a real warning.
      expectCleanLog(page.log, { warns: false });
      expect(page.log.warns.filter((w) => !w.includes('Lit is in dev mode'))).to.deep.equal([]);
    });
  }
});
