import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import type { PtCta } from '../elements/pt-cta/pt-cta.js';
import { shadow, spyOnWarn } from '../test/helpers.js';
import { UTM_KEYS, withCampaign } from './utm.js';

const BOOK = 'https://clinic.example/book';

describe('withCampaign (pass-utm)', () => {
  it('passes the five utm_ keys the page has, in a fixed order, and nothing else', () => {
    const page = '?utm_content=hero&gclid=abc&utm_source=newsletter&fbclid=x&utm_medium=email&utm_campaign=spring&utm_term=knee&utm_id=7&ref=y';
    expect(withCampaign(BOOK, page)).to.equal(
      `${BOOK}?utm_source=newsletter&utm_medium=email&utm_campaign=spring&utm_term=knee&utm_content=hero`,
    );
    expect(UTM_KEYS).to.deep.equal(['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content']);
  });

  it('adds nothing when the page has none (or only empty ones)', () => {
    expect(withCampaign(BOOK, '')).to.equal(BOOK);
    expect(withCampaign(BOOK, '?q=1&UTM_SOURCE=upper')).to.equal(BOOK);
    expect(withCampaign(BOOK, '?utm_source=&utm_medium')).to.equal(BOOK);
    expect(withCampaign(`${BOOK}?a=1#slot`, '?x=1')).to.equal(`${BOOK}?a=1#slot`);
  });

  it('takes the first of duplicate keys', () => {
    expect(withCampaign(BOOK, '?utm_source=first&utm_source=second')).to.equal(`${BOOK}?utm_source=first`);
  });

  it('never overwrites a key the booking address already has, even an empty one', () => {
    expect(withCampaign(`${BOOK}?utm_source=clinic&utm_medium=`, '?utm_source=ad&utm_medium=cpc&utm_campaign=may')).to.equal(
      `${BOOK}?utm_source=clinic&utm_medium=&utm_campaign=may`,
    );
  });

  it('keeps the booking address’s own query and fragment byte for byte', () => {
    const own = `${BOOK}?date=2026-03-03&who=%22Dana%22&sp=a%20b#slot-2`;
    expect(withCampaign(own, '?utm_source=x')).to.equal(`${BOOK}?date=2026-03-03&who=%22Dana%22&sp=a%20b&utm_source=x#slot-2`);
  });

  it('encodes hostile values; the link stays on its own scheme and host', () => {
    const hostile = [
      '"><script>alert(1)</script>',
      'javascript:alert(1)',
      '&utm_medium=injected',
      '#frag',
      '\u0000\u2028 ünï 🦵',
      '//evil.example/',
      '%2F%2Fevil',
    ];
    for (const value of hostile) {
      const out = withCampaign(BOOK, `?${new URLSearchParams({ utm_source: value })}`);
      const url = new URL(out);
      expect(url.protocol, value).to.equal('https:');
      expect(url.host, value).to.equal('clinic.example');
      expect(url.pathname, value).to.equal('/book');
      expect(url.hash, value).to.equal('');
      expect([...url.searchParams], value).to.deep.equal([['utm_source', value]]);
      expect(out, value).not.to.match(/[<>"\s]/);
    }
    // Over 256 characters is not a campaign name: left out.
    expect(withCampaign(BOOK, `?utm_source=${'a'.repeat(257)}&utm_medium=email`)).to.equal(`${BOOK}?utm_medium=email`);
  });
});

describe('<pt-cta pass-utm>', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));
  const bookHref = (el: PtCta) => shadow(el).querySelector<HTMLAnchorElement>('[part=book]')!.getAttribute('href');

  it('puts the page’s campaign on the Book link only, and only with pass-utm', async () => {
    history.replaceState(null, '', `${location.pathname}?utm_source=google&utm_medium=cpc&utm_campaign=knee%20pain&other=1`);
    const el = await fixture<PtCta>(html`<pt-cta pass-utm booking-url="${BOOK}?ref=site" phone="617-555-0123"></pt-cta>`);
    expect(bookHref(el)).to.equal(`${BOOK}?ref=site&utm_source=google&utm_medium=cpc&utm_campaign=knee+pain`);
    expect(shadow(el).querySelector('[part=call]')!.getAttribute('href')).to.equal('tel:6175550123');

    el.setAttribute('pass-utm', 'false');
    await el.updateComplete;
    expect(bookHref(el)).to.equal(`${BOOK}?ref=site`);
    el.removeAttribute('pass-utm');
    await el.updateComplete;
    expect(bookHref(el)).to.equal(`${BOOK}?ref=site`);
  });

  it('leaves the link alone when the page has no campaign', async () => {
    history.replaceState(null, '', `${location.pathname}?gclid=1`);
    const el = await fixture<PtCta>(html`<pt-cta pass-utm booking-url=${BOOK}></pt-cta>`);
    expect(bookHref(el)).to.equal(BOOK);
  });

  it('keeps the booking address’s own tags and never makes a non-http link', async () => {
    history.replaceState(null, '', `${location.pathname}?utm_source=%22%3E%3Cimg%20src%3Dx%3E&utm_medium=javascript:alert(1)`);
    const el = await fixture<PtCta>(html`<pt-cta pass-utm booking-url="${BOOK}?utm_source=clinic"></pt-cta>`);
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part=book]')!;
    expect(link.protocol).to.equal('https:');
    expect(new URL(link.href).searchParams.getAll('utm_source')).to.deep.equal(['clinic']);
    expect(new URL(link.href).searchParams.get('utm_medium')).to.equal('javascript:alert(1)');
    expect(shadow(el).querySelectorAll('img')).to.have.length(0);

    // A bad booking-url is still refused: pass-utm cannot make a link out of it.
    const warn = spyOnWarn();
    try {
      el.setAttribute('booking-url', 'javascript:alert(1)');
      await el.updateComplete;
    } finally {
      warn.restore();
    }
    expect(shadow(el).querySelector('[part=book]')).to.equal(null);
    expect(warn.messages).to.have.length(1);
  });
});
