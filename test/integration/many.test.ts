import { expect } from '@open-wc/testing';
import {
  BUNDLE,
  closePages,
  expectCleanLog,
  expectRendered,
  loadScript,
  openPage,
  TAGS,
  whenDefined,
  widgets,
  type Tag,
} from '../../src/test/helpers.js';

const EACH = 200;

/** The part every rendered instance of a tag must have (and how many of it). */
const KEY: Record<Tag, [selector: string, count: number]> = {
  'knee-pain-causes': ['[part=cause]', 4],
  'relief-tips': ['[part=tip]', 6],
  'pt-cta': ['[part=book]', 1],
};

describe(`${EACH} instances of each element`, () => {
  afterEach(closePages);

  it(`all ${EACH * TAGS.length} render, upgraded from markup that was there before the bundle`, async () => {
    const page = await openPage('blank.html');
    const main = page.doc.getElementById('main')!;
    const one =
      '<knee-pain-causes></knee-pain-causes><relief-tips></relief-tips>' +
      '<pt-cta booking-url="https://example.com/book"></pt-cta>';
    main.innerHTML = one.repeat(EACH);
    await loadScript(page, BUNDLE);
    await whenDefined(page);
    const els = await widgets(main);
    expect(els).to.have.length(EACH * TAGS.length);

    for (const tag of TAGS) {
      const ofTag = els.filter((el) => el.localName === tag);
      expect(ofTag, tag).to.have.length(EACH);
      const [selector, count] = KEY[tag];
      const rendered = ofTag.filter((el) => el.shadowRoot?.querySelectorAll(selector).length === count);
      expect(rendered.length, `<${tag}> instances showing ${count} × ${selector}`).to.equal(EACH);
    }
    // Styles are shared, not copied, but each instance has them applied: check a sample.
    for (const el of [els[0], els[els.length - 1], els[Math.floor(els.length / 2)]]) expectRendered(el);
    expectCleanLog(page.log);
  });

  it(`all ${EACH * TAGS.length} render when created after the bundle, in one batch`, async () => {
    const page = await openPage('blank.html');
    await loadScript(page, BUNDLE);
    await whenDefined(page);
    const main = page.doc.getElementById('main')!;
    const fragment = page.doc.createDocumentFragment();
    for (let i = 0; i < EACH; i += 1) {
      for (const tag of TAGS) fragment.append(page.doc.createElement(tag));
    }
    main.append(fragment);
    const els = await widgets(main);
    expect(els.filter((el) => el.shadowRoot?.querySelector('[part=base]'))).to.have.length(EACH * TAGS.length);
    expectRendered(els[els.length - 1]);
    expectCleanLog(page.log);
  });
});
