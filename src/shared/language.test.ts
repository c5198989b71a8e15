import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../index.js';
import { en, getArticle, locales } from '../content/index.js';
import { shadow, spyOnWarn, text, type Widget } from '../test/helpers.js';
import { WIDGET_TAGS } from '../widgets.js';
import { isWatching, LANGUAGES, languageName } from './language.js';

const es = getArticle('es');

/** The language a widget shows: its root's `lang` (set from the resolved language) and heading. */
const shown = (el: Element) => shadow(el).querySelector('[part=base]')!.getAttribute('lang');
const headingOf = (el: Element) => text(shadow(el).querySelector('[part=heading]'));
const updated = (...els: Element[]) => Promise.all(els.map((el) => (el as Widget).updateComplete));
/** Lets the page-wide MutationObserver deliver its records, then the widgets re-render. */
async function afterLangChange(...els: Element[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await updated(...els);
}

/** A real click in the middle of an element of this page. */
async function click(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

describe('language', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(async () => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    await resetMouse();
  });

  it('has Spanish besides English, each named in itself', () => {
    expect(LANGUAGES).to.deep.equal(['en', 'es']);
    expect(Object.keys(locales)).to.deep.equal(['en', 'es']);
    expect(es.locale).to.match(/^es/);
    expect(languageName('es')).to.equal('Español');
    expect(languageName('en')).to.equal('English');
  });

  it('comes from the element’s own lang, its primary subtag deciding', async () => {
    const el = await fixture(html`<knee-pain-causes lang="es-MX"></knee-pain-causes>`);
    expect(shown(el)).to.equal('es');
    expect(headingOf(el)).to.equal(es.causes.heading);
  });

  it('comes from the nearest ancestor’s lang, then from <html lang>, else English', async () => {
    const wrap = await fixture(html`<div lang="en"><section lang="ES"><relief-tips></relief-tips></section></div>`);
    const tips = wrap.querySelector('relief-tips')!;
    await updated(tips);
    expect(shown(tips)).to.equal('es');
    expect(headingOf(tips)).to.equal(es.relief.heading);

    document.documentElement.setAttribute('lang', 'es-US');
    const cta = await fixture(html`<pt-cta></pt-cta>`);
    expect(shown(cta)).to.equal('es');
    expect(headingOf(cta)).to.equal(es.cta.heading);

    document.documentElement.removeAttribute('lang');
    await afterLangChange(cta);
    expect(shown(cta)).to.equal('en');
    expect(headingOf(cta)).to.equal(en.cta.heading);
  });

  it('is live: changing the element’s lang re-renders everything it shows, derived lists included', async () => {
    const causes = await fixture<Widget>(
      html`<knee-pain-causes causes="nerve-artery-compression,bakers-cyst" reviewed-by="Dana Ruiz, PT" reviewed-on="2026-03-03"></knee-pain-causes>`,
    );
    const titles = () => [...shadow(causes).querySelectorAll('[part=summary] strong')].map((s) => text(s));
    const byId = (article: typeof en, id: string) => article.causes.items.find((c) => c.id === id)!.title;
    expect(titles()).to.deep.equal([byId(en, 'nerve-artery-compression'), byId(en, 'bakers-cyst')]);
    const reviewedEn = text(shadow(causes).querySelector('[part=reviewed]'));
    expect(reviewedEn).to.contain('March 3, 2026');

    causes.setAttribute('lang', 'es');
    await updated(causes);
    expect(titles()).to.deep.equal([byId(es, 'nerve-artery-compression'), byId(es, 'bakers-cyst')]);
    expect(text(shadow(causes).querySelector('[part=urgent] h3'))).to.equal(es.urgent.heading);
    expect(text(shadow(causes).querySelector('.badge'))).to.equal(es.urgent.levels[0].label);
    expect(text(shadow(causes).querySelector('[part=reviewed]'))).to.contain('3 de marzo de 2026');

    causes.removeAttribute('lang');
    await updated(causes);
    expect(titles()).to.deep.equal([byId(en, 'nerve-artery-compression'), byId(en, 'bakers-cyst')]);
  });

  it('is live: <html lang> and an ancestor’s lang re-render tips and the call to action', async () => {
    const page = await fixture(html`<div>
      <div class="wrap"><relief-tips tips="rice,stretch"></relief-tips></div>
      <pt-cta phone="4135550142" booking-url="https://example.com/book"></pt-cta>
    </div>`);
    const tips = page.querySelector('relief-tips')!;
    const cta = page.querySelector('pt-cta')!;
    await updated(tips, cta);
    const tipTitles = () => [...shadow(tips).querySelectorAll('[part=tip-title]')].map((t) => text(t));
    const tip = (article: typeof en, id: string) => article.relief.items.find((t) => t.id === id)!.title;

    document.documentElement.setAttribute('lang', 'es');
    await afterLangChange(tips, cta);
    expect(tipTitles()).to.deep.equal([tip(es, 'rice'), tip(es, 'stretch')]);
    expect(text(shadow(cta).querySelector('[part=book]'))).to.equal(es.cta.defaultButtonLabel);
    expect(text(shadow(cta).querySelector('[part=call]'))).to.equal(es.cta.callLabel.replace('{phone}', '(413) 555-0142'));

    page.querySelector('.wrap')!.setAttribute('lang', 'en-GB');
    await afterLangChange(tips, cta);
    expect(tipTitles()).to.deep.equal([tip(en, 'rice'), tip(en, 'stretch')]);
    expect(shown(cta)).to.equal('es');
  });

  it('is watched by one MutationObserver for the whole page, however many widgets there are', async () => {
    await fixture(html`<knee-pain-causes></knee-pain-causes>`);
    expect(isWatching()).to.equal(true);
    const observe = MutationObserver.prototype.observe;
    let observers = 0;
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
      observers += 1;
      return observe.apply(this, args);
    };
    try {
      const many = await fixture(html`<div>${Array.from({ length: 30 }, () => html`<relief-tips></relief-tips><pt-cta></pt-cta>`)}</div>`);
      const widgets = [...many.children];
      await updated(...widgets);
      expect(observers, 'observers started for 60 more widgets').to.equal(0);
      document.documentElement.setAttribute('lang', 'es');
      await afterLangChange(...widgets);
      expect(widgets.every((w) => shown(w) === 'es')).to.equal(true);
    } finally {
      MutationObserver.prototype.observe = observe;
    }
    fixtureCleanup();
    expect(isWatching(), 'stopped once no widget is left').to.equal(false);
  });

  it('falls back to English silently for an unsupported page language', async () => {
    const warn = spyOnWarn();
    try {
      document.documentElement.setAttribute('lang', 'fr');
      const wrap = await fixture(html`<div lang="de"><knee-pain-causes></knee-pain-causes></div>`);
      const el = wrap.firstElementChild!;
      await updated(el);
      expect(shown(el)).to.equal('en');
      expect(headingOf(el)).to.equal(en.causes.heading);
      expect(warn.messages).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });

  it('warns once, in English, for an unsupported lang on the element, naming the supported ones', async () => {
    const warn = spyOnWarn();
    try {
      const el = await fixture(html`<pt-cta lang="fr-CA"></pt-cta>`);
      expect(shown(el)).to.equal('en');
      document.documentElement.setAttribute('lang', 'es');
      await afterLangChange(el);
      el.setAttribute('heading-level', '3');
      await updated(el);
      expect(warn.messages.length).to.equal(1);
      expect(warn.messages[0]).to.contain('<pt-cta>').and.contain('lang="fr-CA"').and.contain('en (English), es (Español)');
      expect(warn.messages[0]).to.contain('using English');
    } finally {
      warn.restore();
    }
  });

  describe('language switch', () => {
    const storage = () => [document.cookie, localStorage.length, sessionStorage.length];

    async function page() {
      const root = await fixture(html`<div>
        <knee-pain-causes language-switch></knee-pain-causes>
        <relief-tips></relief-tips>
        <section><pt-cta booking-url="https://example.com/book"></pt-cta></section>
      </div>`);
      // "false" is off, as frameworks write a false boolean (see shared/boolean.ts).
      root.querySelector('pt-cta')!.setAttribute('language-switch', 'false');
      const widgets = [...root.querySelectorAll<Widget>(WIDGET_TAGS.join(','))];
      await updated(...widgets);
      return { root, widgets, causes: widgets[0] };
    }
    const buttons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~=language-button]')];

    it('shows only where asked, as buttons naming the other languages in their own language', async () => {
      const { widgets, causes } = await page();
      expect(widgets.slice(1).map((w) => buttons(w).length)).to.deep.equal([0, 0]);
      const [button] = buttons(causes);
      expect(buttons(causes).length).to.equal(LANGUAGES.length - 1);
      expect(text(button)).to.equal('Español');
      expect(button.lang).to.equal('es');
      expect(button.type).to.equal('button');
      const group = shadow(causes).querySelector('[part=language-switch]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal(en.languageSwitch.label);
      // At the top of the widget, before its heading.
      const base = shadow(causes).querySelector('[part=base]')!;
      expect(base.firstElementChild === group).to.equal(true);
    });

    it('switches every widget on the page with a mouse click, announces it, keeps focus and fires an event', async () => {
      const before = storage();
      const { widgets, causes } = await page();
      const events: unknown[] = [];
      const listener = (e: Event) => events.push([(e as CustomEvent).detail, e.composed, e.bubbles]);
      document.addEventListener('kp-language-change', listener);
      try {
        await click(buttons(causes)[0]);
        await updated(...widgets);
        expect(widgets.map((w) => w.getAttribute('lang'))).to.deep.equal(['es', 'es', 'es']);
        expect(widgets.map(shown)).to.deep.equal(['es', 'es', 'es']);
        expect(widgets.map(headingOf)).to.deep.equal([es.causes.heading, es.relief.heading, es.cta.heading]);
        expect(events).to.deep.equal([[{ lang: 'es' }, true, true]]);
        // The switch now offers English, and holds focus, so the reader can switch back.
        const back = buttons(causes)[0];
        expect(text(back)).to.equal('English');
        expect(shadow(causes).activeElement === back).to.equal(true);
        const status = shadow(causes).querySelector('[role=status]')!;
        expect(text(status)).to.equal(es.languageSwitch.changed);
        expect(status.closest('[lang]')!.getAttribute('lang')).to.equal('es');
        expect(storage()).to.deep.equal(before);
      } finally {
        document.removeEventListener('kp-language-change', listener);
      }
    });

    it('works from the keyboard: Tab to the switch, Enter to switch, Space to switch back', async () => {
      const { widgets, causes } = await page();
      const start = document.createElement('button');
      start.textContent = 'before';
      causes.before(start);
      start.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(causes).activeElement === buttons(causes)[0]).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await updated(...widgets);
      expect(widgets.map(shown)).to.deep.equal(['es', 'es', 'es']);
      expect(shadow(causes).activeElement === buttons(causes)[0]).to.equal(true);
      await sendKeys({ press: ' ' });
      await updated(...widgets);
      expect(widgets.map(shown)).to.deep.equal(['en', 'en', 'en']);
      expect(text(shadow(causes).querySelector('[role=status]'))).to.equal(en.languageSwitch.changed);
      start.remove();
    });

    it('is named for screen readers and clean under axe, in both languages and both themes', async () => {
      for (const theme of ['light', 'dark']) {
        const { widgets, causes } = await page();
        for (const w of widgets) w.setAttribute('theme', theme);
        await updated(...widgets);
        for (const w of widgets) await expect(w).to.be.accessible();
        buttons(causes)[0].click();
        await updated(...widgets);
        for (const w of widgets) await expect(w).to.be.accessible();
        expect(widgets.map(shown)).to.deep.equal(['es', 'es', 'es']);
      }
    });
  });
});
