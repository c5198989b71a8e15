import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { axeViolations, closeFrames, openFrame, TAGS, waitFor, widgetsReady, type Frame } from '../../src/test/helpers.js';

let frame: Frame;

const shadow = (el: Element) => el.shadowRoot!;
const rowsOf = (links: Element[]) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size;

/** Relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('demo/index.html: clinic article page', () => {
  afterEach(async () => {
    await resetMouse();
    closeFrames();
  });

  describe('on a wide screen', () => {
    beforeEach(async () => {
      frame = await openFrame({ src: '/demo/index.html' }, 1280, 900);
      await widgetsReady(frame);
    });

    it('loads only the drop-in bundle and its own stylesheet, all from its own site', () => {
      // The test server adds its own web-socket script to every HTML page it serves; ignore it.
      const scripts = [...frame.doc.querySelectorAll('script')].filter(
        (s) => !s.getAttribute('src')?.startsWith('/__web-dev-server'),
      );
      expect(scripts.length).to.equal(1);
      expect(scripts[0].getAttribute('type')).to.equal('module');
      expect(scripts[0].getAttribute('src')).to.equal('../dist/knee-pain-widgets.js');
      const styles = [...frame.doc.querySelectorAll('link[rel=stylesheet], style')];
      expect(styles.map((s) => s.getAttribute('href'))).to.deep.equal(['demo.css']);
      expect(frame.doc.querySelectorAll('img, iframe, object, embed, video, audio').length).to.equal(0);
      const resources = frame.win.performance.getEntriesByType('resource').map((r) => r.name);
      expect(resources.length).to.be.greaterThan(1);
      for (const url of resources) expect(new URL(url).origin, url).to.equal(location.origin);
      expect(frame.doc.fonts.size, 'web fonts').to.equal(0);
    });

    it('defines the three tags and renders every widget', () => {
      for (const tag of TAGS) expect(frame.win.customElements.get(tag), tag).to.be.a('function');
      const causes = frame.doc.querySelector('#causes')!;
      expect(shadow(causes).querySelectorAll('details[part=cause]').length).to.equal(4);
      expect(shadow(causes).querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:911');
      expect(shadow(frame.doc.querySelector('#relief')!).querySelectorAll('[part=tip]').length).to.equal(6);
      const cta = shadow(frame.doc.querySelector('#book')!);
      expect(cta.querySelector('strong')!.textContent).to.equal('Cedar Hollow Physical Therapy');
      expect(cta.querySelector('[part=book]')!.getAttribute('href')).to.equal('https://example.com/book');
      expect(cta.querySelector('[part=call]')!.getAttribute('href')).to.equal('tel:4135550142');
      for (const el of frame.doc.querySelectorAll(TAGS.join(','))) {
        expect(shadow(el).querySelector('[part=base]'), el.tagName).not.to.equal(null);
      }
    });

    it('places causes, relief tips and the call to action in the article, in that order', () => {
      const article = frame.doc.querySelector('main article')!;
      const inArticle = [...article.querySelectorAll(TAGS.join(','))].map((el) => el.localName);
      expect(inArticle).to.deep.equal([...TAGS]);
      expect(article.querySelector('h1')!.textContent).to.equal('Pain Behind the Knee: Why It Hurts & How To Get Relief');
    });

    it('has landmarks, a skip link and one h1, and widget headings that fit the outline', () => {
      const doc = frame.doc;
      expect(doc.querySelectorAll('h1').length).to.equal(1);
      expect(doc.querySelectorAll('body > header').length).to.equal(1);
      expect(doc.querySelectorAll('main').length).to.equal(1);
      expect(doc.querySelectorAll('body > footer').length).to.equal(1);
      expect(doc.querySelector('body > div > aside')).not.to.equal(null);
      const skip = doc.querySelector<HTMLAnchorElement>('body > a.skip-link')!;
      expect(doc.body.firstElementChild).to.equal(skip);
      expect(doc.querySelector(skip.hash)).to.equal(doc.querySelector('main'));
      for (const id of ['causes', 'relief', 'book']) {
        expect(shadow(doc.getElementById(id)!).querySelector('[part=heading]')!.tagName, id).to.equal('H2');
      }
      for (const el of doc.querySelectorAll('.band [theme=dark]')) {
        expect(shadow(el).querySelector('[part=heading]')!.tagName, el.localName).to.equal('H3');
      }
      const sidebarCta = doc.querySelector('aside pt-cta')!;
      const slotted = sidebarCta.querySelector('[slot=heading]')!;
      expect(slotted.tagName).to.equal('H2');
      expect(shadow(sidebarCta).querySelector<HTMLSlotElement>('slot[name=heading]')!.assignedElements()).to.deep.equal([slotted]);
    });

    it('shows the dark band with dark-theme widgets', () => {
      const band = frame.doc.querySelector('.band')!;
      expect(luminance(getComputedStyle(band).backgroundColor)).to.be.lessThan(0.05);
      const widgets = [...band.querySelectorAll('[theme=dark]')];
      expect(widgets.map((w) => w.localName).sort()).to.deep.equal(['pt-cta', 'relief-tips']);
      for (const el of widgets) {
        const base = shadow(el).querySelector('[part=base]')!;
        expect(base.classList.contains('dark'), el.localName).to.equal(true);
        expect(luminance(getComputedStyle(base).backgroundColor), el.localName).to.be.lessThan(0.05);
      }
    });

    it('lays the call to action out by its container: one row in the article, stacked in the sidebar', () => {
      const article = shadow(frame.doc.querySelector('#book')!);
      const sidebar = shadow(frame.doc.querySelector('aside pt-cta')!);
      const aside = frame.doc.querySelector('aside')!.getBoundingClientRect();
      const main = frame.doc.querySelector('main')!.getBoundingClientRect();
      expect(aside.left, 'sidebar to the right of the article').to.be.greaterThan(main.right);
      expect(aside.width).to.be.lessThan(main.width / 2);
      expect(rowsOf([...article.querySelectorAll('[part=actions] a')])).to.equal(1);
      expect(rowsOf([...sidebar.querySelectorAll('[part=actions] a')])).to.equal(2);
    });

    it('hides the fallback links inside <pt-cta> once the widgets render', () => {
      const fallback = [...frame.doc.querySelectorAll('pt-cta > a')];
      expect(fallback.length).to.be.greaterThan(2);
      for (const a of fallback) expect(a.getClientRects().length, a.getAttribute('href')!).to.equal(0);
    });

    it('is accessible by axe', async () => {
      expect(await axeViolations(frame)).to.deep.equal([]);
    });

    it('reaches the skip link first with the Tab key, and it moves focus to the main content', async () => {
      frame.doc.body.focus();
      frame.win.focus();
      await sendKeys({ press: 'Tab' });
      const skip = frame.doc.querySelector<HTMLAnchorElement>('.skip-link')!;
      await waitFor(() => frame.doc.activeElement === skip, 'focus on the skip link');
      expect(skip.getBoundingClientRect().top).to.be.at.least(0);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => frame.doc.activeElement === frame.doc.querySelector('main'), 'focus on <main>');
    });
  });

  it('runs axe for real inside the frame (it reports an unlabelled field)', async () => {
    frame = await openFrame({
      srcdoc: '<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><input type="text"></main></body></html>',
    });
    const violations = await axeViolations(frame);
    expect(violations.some((v) => v.startsWith('label:'))).to.equal(true);
  });

  describe('on a phone-sized screen', () => {
    beforeEach(async () => {
      frame = await openFrame({ src: '/demo/index.html' }, 360, 740);
      await widgetsReady(frame);
    });

    it('fits the width without sideways scrolling and puts the sidebar after the article', () => {
      const root = frame.doc.documentElement;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      const aside = frame.doc.querySelector('aside')!.getBoundingClientRect();
      const main = frame.doc.querySelector('main')!.getBoundingClientRect();
      expect(aside.top).to.be.at.least(main.bottom);
    });

    it('is accessible by axe', async () => {
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  });
});
