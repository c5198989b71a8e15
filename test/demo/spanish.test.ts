import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { en, getArticle } from '../../src/content/index.js';
import { axeViolations, clickIn, closeFrames, openFrame, shadow, TAGS, text, widgets, widgetsReady, type Frame } from '../../src/test/helpers.js';

const es = getArticle('es');

/** Every string of a content object that is a real phrase (three words or more). */
function phrases(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\{\w+\}/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3);
  if (Array.isArray(value)) return value.flatMap(phrases);
  if (value && typeof value === 'object') return Object.values(value).flatMap(phrases);
  return [];
}

const allWidgets = (frame: Frame) => [...frame.doc.querySelectorAll(TAGS.join(','))];
const shown = (el: Element) => shadow(el).querySelector('[part=base]')!.getAttribute('lang');

describe('demo in Spanish', () => {
  let frame: Frame;
  afterEach(async () => {
    await resetMouse();
    closeFrames();
  });

  describe('demo/es.html: the clinic page in Spanish', () => {
    beforeEach(async () => {
      frame = await openFrame({ src: '/demo/es.html' }, 1100, 800);
      await widgetsReady(frame);
    });

    it('renders every widget entirely in Spanish, from the one drop-in file', () => {
      expect(frame.doc.documentElement.lang).to.equal('es');
      // The test server adds its own web-socket script to every page; the page's own is the bundle alone.
      const scripts = [...frame.doc.scripts]
        .filter((s) => s.src && !s.src.includes('__web-dev-server'))
        .map((s) => new URL(s.src).pathname);
      expect(scripts, JSON.stringify(scripts)).to.deep.equal(['/dist/knee-pain-widgets.js']);
      const englishOnly = phrases(en).filter((p) => !phrases(es).includes(p));
      const found = allWidgets(frame);
      expect(found.length).to.be.greaterThan(3);
      for (const el of found) {
        expect(shown(el), el.localName).to.equal('es');
        const rendered = text(shadow(el));
        for (const phrase of englishOnly) expect(rendered, `${el.localName} shows English`).not.to.contain(phrase);
      }
      const causes = frame.doc.querySelector('knee-pain-causes')!;
      expect(text(shadow(causes).querySelector('[part=heading]'))).to.equal(es.causes.heading);
      expect(text(shadow(causes).querySelector('[part=urgent]'))).to.contain(es.urgent.heading);
    });

    it('is accessible by axe in Spanish, in the light and the dark theme', async () => {
      const themes = new Set(allWidgets(frame).map((el) => el.getAttribute('theme') ?? 'light'));
      expect([...themes].sort()).to.deep.equal(['dark', 'light']);
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  });

  describe('demo/index.html: the language switch', () => {
    beforeEach(async () => {
      frame = await openFrame({ src: '/demo/index.html' }, 1100, 800);
      await widgetsReady(frame);
    });

    const button = () => shadow(frame.doc.querySelector('#causes')!).querySelector<HTMLButtonElement>('[part~=language-button]')!;

    it('moves every widget on the page to Spanish with a click, and back', async () => {
      expect(allWidgets(frame).every((el) => shown(el) === 'en')).to.equal(true);
      expect(text(button())).to.equal('Español');
      await clickIn(frame, button());
      await widgets(frame.doc);
      expect(allWidgets(frame).map(shown)).to.deep.equal(allWidgets(frame).map(() => 'es'));
      expect(frame.doc.documentElement.lang, 'the page itself keeps its language').to.equal('en');
      expect(await axeViolations(frame)).to.deep.equal([]);
      await clickIn(frame, button());
      await widgets(frame.doc);
      expect(allWidgets(frame).every((el) => shown(el) === 'en')).to.equal(true);
    });

    it('moves every widget on the page with the keyboard', async () => {
      button().focus();
      await sendKeys({ press: 'Enter' });
      await widgets(frame.doc);
      expect(allWidgets(frame).every((el) => shown(el) === 'es')).to.equal(true);
      const causes = frame.doc.querySelector('#causes')!;
      expect(shadow(causes).activeElement === button(), 'focus stays on the switch').to.equal(true);
      expect(text(button())).to.equal('English');
      await sendKeys({ press: 'Enter' });
      await widgets(frame.doc);
      expect(allWidgets(frame).every((el) => shown(el) === 'en')).to.equal(true);
    });
  });
});
