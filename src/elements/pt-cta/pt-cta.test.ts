import { expect, fixture, html } from '@open-wc/testing';
import '../../index.js';
import type { PtCta } from './pt-cta.js';

describe('<pt-cta> smoke', () => {
  it('renders and is accessible', async () => {
    const el = await fixture<PtCta>(html`<pt-cta phone="617-555-0123" booking-url="https://example.com/book"></pt-cta>`);
    expect(el.shadowRoot!.querySelector('[part=book]')!.getAttribute('href')).to.equal('https://example.com/book');
    await expect(el).to.be.accessible();
  });
});
