import { expect, fixture } from '@open-wc/testing';
import '../index.js';
import { shadow, spyOnWarn, text } from '../test/helpers.js';
import type { KpClinicalElement } from './clinical-element.js';

type Health = KpClinicalElement & HTMLElement;

/** Both health widgets take `emergency-number`, `reviewed-by` and `reviewed-on` the same way. */
const TAGS = ['knee-pain-causes', 'relief-tips'] as const;

/** Today's date as YYYY-MM-DD on the machine running the test. */
function today(): string {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

async function render(tag: string, attributes: Record<string, string>): Promise<Health> {
  const el = document.createElement(tag) as Health;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return fixture<Health>(el);
}

const reviewed = (el: Health) => shadow(el).querySelector<HTMLElement>('[part=reviewed]');

for (const tag of TAGS) {
  describe(`<${tag}> reviewed-by / reviewed-on`, () => {
    let warn: ReturnType<typeof spyOnWarn>;
    beforeEach(() => (warn = spyOnWarn()));
    afterEach(() => warn.restore());

    it('shows no reviewed line when neither is set', async () => {
      const el = await render(tag, {});
      expect(reviewed(el)).to.equal(null);
    });

    it('shows who reviewed it and when, by the disclaimer, in the reader’s language', async () => {
      const el = await render(tag, { 'reviewed-by': 'Dana Ruiz, PT, DPT', 'reviewed-on': '2026-03-03' });
      const line = reviewed(el)!;
      expect(text(line)).to.equal('Reviewed by Dana Ruiz, PT, DPT on March 3, 2026.');
      // Right above the disclaimer.
      expect(line.nextElementSibling!.getAttribute('part')).to.equal('disclaimer');
      expect(warn.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();

      // A regional tag of the content's language sets the date's form.
      const gb = await render(tag, { lang: 'en-GB', 'reviewed-by': 'Dana Ruiz, PT, DPT', 'reviewed-on': '2026-03-03' });
      expect(text(reviewed(gb))).to.equal('Reviewed by Dana Ruiz, PT, DPT on 3 March 2026.');
    });

    it('shows the name alone, or the date alone', async () => {
      const el = await render(tag, { 'reviewed-by': 'Dana Ruiz, PT, DPT' });
      expect(text(reviewed(el))).to.equal('Reviewed by Dana Ruiz, PT, DPT.');
      el.removeAttribute('reviewed-by');
      el.setAttribute('reviewed-on', today());
      await el.updateComplete;
      expect(text(reviewed(el))).to.match(/^Reviewed on [A-Z][a-z]+ \d{1,2}, \d{4}\.$/);
      el.removeAttribute('reviewed-on');
      await el.updateComplete;
      expect(reviewed(el)).to.equal(null);
      expect(warn.messages).to.deep.equal([]);
    });

    it('keeps markup in the name as text', async () => {
      const el = await render(tag, { 'reviewed-by': '<img src=x onerror="alert(1)"> <b>Dr</b>' });
      const line = reviewed(el)!;
      expect(line.childElementCount).to.equal(0);
      expect(text(line)).to.equal('Reviewed by <img src=x onerror="alert(1)"> <b>Dr</b>.');
    });

    for (const bad of ['2026-02-30', '03/03/2026', 'yesterday', '2999-01-01']) {
      it(`warns once about reviewed-on="${bad}" and shows no date`, async () => {
        const el = await render(tag, { 'reviewed-by': 'Dana Ruiz, PT, DPT', 'reviewed-on': bad });
        expect(text(reviewed(el))).to.equal('Reviewed by Dana Ruiz, PT, DPT.');
        expect(warn.messages).to.have.length(1);
        expect(warn.messages[0]).to.contain(`<${tag}> reviewed-on="${bad}" is not valid`);
        expect(warn.messages[0]).to.contain('YYYY-MM-DD').and.contain('not in the future').and.contain('using no date');
        el.requestUpdate();
        await el.updateComplete;
        expect(warn.messages).to.have.length(1);
      });
    }

    it('is typed as properties, and follows them', async () => {
      const el = await render(tag, {});
      el.reviewedBy = 'Sam Lee, PT';
      el.reviewedOn = '2025-12-31';
      await el.updateComplete;
      expect(text(reviewed(el))).to.equal('Reviewed by Sam Lee, PT on December 31, 2025.');
    });
  });
}
