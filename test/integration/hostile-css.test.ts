import { expect } from '@open-wc/testing';
import {
  closePages,
  expectCleanLog,
  expectRendered,
  openPage,
  part,
  style,
  whenDefined,
  widgets,
  type Widget,
} from '../../src/test/helpers.js';

// The widget's own text colour (#1b2330) and the host page's (#f0f).
const WIDGET_TEXT = 'rgb(27, 35, 48)';
const HOST_TEXT = 'rgb(255, 0, 255)';

/** The elements inside a widget whose text a reader sees, with the base box first. */
const textParts = (el: Widget): HTMLElement[] => [
  part(el, 'base'),
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('p, li, strong, span, summary, a'),
];

describe('hostile host CSS', () => {
  afterEach(closePages);

  it('the host rules really apply to the host page (control)', async () => {
    const page = await openPage('hostile.html');
    const body = style(page.doc.body);
    expect(body.textTransform).to.equal('uppercase');
    expect(body.color).to.equal(HOST_TEXT);
    expect(body.fontSize).to.equal('30px');
    expect(body.lineHeight).to.equal('90px');
    expect(style(page.doc.documentElement).fontSize).to.equal('10px');
  });

  it('does not leak text-transform, letter-spacing, line-height, colour or rem sizing into the widgets', async () => {
    const page = await openPage('hostile.html');
    await whenDefined(page);
    const els = (await widgets(page.doc)).filter((el) => !el.classList.contains('branded'));
    expect(els).to.have.length(3);
    for (const el of els) {
      expectRendered(el);
      const tag = el.localName;
      const base = style(part(el, 'base'));
      // em, not rem: the widget's text is the host element's 30px, not 62.5% of 16px.
      expect(base.fontSize, `<${tag}> base font-size`).to.equal('30px');
      expect(base.color, `<${tag}> colour`).to.equal(WIDGET_TEXT);
      // `* { box-sizing: content-box !important }` reaches the host element: the box still fits.
      const box = part(el, 'base').getBoundingClientRect();
      expect(box.right, `<${tag}> base box inside its host`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      // No --kp-font-family: the widget keeps the host page's font family.
      expect(base.fontFamily, `<${tag}> inherits the host font family`).to.equal('serif');
      for (const node of textParts(el)) {
        const css = style(node);
        const name = node.getAttribute('part');
        const what = `<${tag}> ${node.localName}${name ? `[part=${name}]` : ''}`;
        expect(css.textTransform, `${what} text-transform`).to.equal('none');
        expect(['normal', '0px'], `${what} letter-spacing`).to.include(css.letterSpacing);
        expect(css.color, `${what} colour`).to.not.equal(HOST_TEXT);
        expect(parseFloat(css.fontSize), `${what} font-size`).to.be.greaterThan(20);
      }
      const paragraph = style(el.shadowRoot!.querySelector('p')!);
      const size = parseFloat(paragraph.fontSize);
      expect(size, `<${tag}> paragraph font-size`).to.equal(30);
      expect(parseFloat(paragraph.lineHeight) / size, `<${tag}> paragraph line-height ratio`).to.be.closeTo(1.5, 0.02);
      expect(style(part(el, 'heading')).fontSize, `<${tag}> heading is 1.5em`).to.equal('45px');
    }

    // `a, button, summary { all: revert }` on the host page stops at the shadow boundary.
    const [causes, , cta] = els;
    const summary = style(part(causes, 'summary'));
    expect(summary.paddingTop, 'summary keeps its 0.75em padding').to.equal('22.5px');
    expect(summary.cursor).to.equal('pointer');
    const book = style(part(cta, 'book'));
    expect(book.backgroundColor, 'Book button background').to.equal('rgb(10, 92, 168)');
    expect(book.color, 'Book button text').to.equal('rgb(255, 255, 255)');
    expect(book.textDecorationLine).to.equal('none');
    expect(book.fontWeight).to.equal('700');
    expect(page.doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(page.win.innerWidth);
    expectCleanLog(page.log);
  });

  it('uses --kp-font-family when the site sets it', async () => {
    const page = await openPage('hostile.html');
    await whenDefined(page);
    const branded = (await widgets(page.doc, 'pt-cta')).find((el) => el.classList.contains('branded'))!;
    expectRendered(branded);
    const family = style(part(branded, 'base')).fontFamily;
    expect(family).to.match(/Courier New/);
    expect(family).to.match(/monospace/);
    expect(style(part(branded, 'book')).fontFamily, 'the Book link follows it too').to.equal(family);
    expect(style(part(branded, 'base')).textTransform).to.equal('none');
  });
});
