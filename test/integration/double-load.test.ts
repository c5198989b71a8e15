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
  type Page,
} from '../../src/test/helpers.js';

const OTHER = '9.9.9-other';

type Versioned = CustomElementConstructor & { kpVersion?: string };
const versionOf = (page: Page, tag: string) => (page.win.customElements.get(tag) as Versioned | undefined)?.kpVersion;

/** The bundle's version stamp, from package.json (the build bakes it in). */
async function bundleVersion(): Promise<string> {
  const pkg = (await (await fetch('/package.json')).json()) as { version: string };
  return pkg.version;
}

/**
 * A blob: URL (made in the page's own realm) serving a copy of the real bundle stamped with another
 * version, as if a plugin shipped an older or newer release of the library.
 */
async function otherVersionUrl(page: Page): Promise<string> {
  const version = await bundleVersion();
  const source = await (await fetch(BUNDLE)).text();
  const stamp = JSON.stringify(version);
  expect(source.split(stamp).length - 1, `the bundle contains its version stamp ${stamp} exactly once`).to.equal(1);
  const blob = new page.win.Blob([source.replace(stamp, JSON.stringify(OTHER))], { type: 'text/javascript' });
  return page.win.URL.createObjectURL(blob);
}

async function addWidgets(page: Page) {
  page.doc.body.insertAdjacentHTML(
    'beforeend',
    '<knee-pain-causes></knee-pain-causes><relief-tips></relief-tips>' +
      '<pt-cta booking-url="https://example.com/b"></pt-cta>',
  );
  return widgets(page.doc);
}

describe('double loading', () => {
  afterEach(closePages);

  it('the same version loaded three times (two URLs, classic and module) is silent', async () => {
    const page = await openPage('double.html');
    await whenDefined(page);
    // Every copy was fetched and run (a copy that threw would show in the uncaught errors).
    for (const suffix of ['', '?copy=2', '?copy=3']) {
      const url = new URL(`${BUNDLE}${suffix}`, page.win.location.href).href;
      expect(page.win.performance.getEntriesByName(url), `${url} loaded`).to.have.length(1);
    }
    const els = await widgets(page.doc);
    expect(els).to.have.length(3);
    for (const el of els) expectRendered(el);
    const version = await bundleVersion();
    for (const tag of TAGS) expect(versionOf(page, tag), tag).to.equal(version);
    // One shadow root each, rendered once: no copy rendered into another copy's element.
    for (const el of els) expect(el.shadowRoot!.querySelectorAll('[part=base]')).to.have.length(1);
    expectCleanLog(page.log);
  });

  it('a different version loaded second: one warning per tag naming both, the first definition wins', async () => {
    const page = await openPage('blank.html');
    const version = await bundleVersion();
    await loadScript(page, BUNDLE);
    await loadScript(page, await otherVersionUrl(page));
    await whenDefined(page);

    for (const tag of TAGS) {
      expect(versionOf(page, tag), `${tag} keeps the first definition`).to.equal(version);
      const about = page.log.warns.filter((w) => w.startsWith(`<${tag}>`));
      expect(about, `warnings about <${tag}>`).to.have.length(1);
      expect(about[0]).to.include(version).and.to.include(OTHER);
    }
    expect(page.log.warns, 'no other warnings').to.have.length(TAGS.length);
    for (const el of await addWidgets(page)) expectRendered(el);
    expectCleanLog(page.log, { warns: false });
  });

  it('a different version loaded first: the real bundle warns once per tag and keeps the other', async () => {
    const page = await openPage('blank.html');
    const version = await bundleVersion();
    await loadScript(page, await otherVersionUrl(page));
    await loadScript(page, BUNDLE);
    await whenDefined(page);

    for (const tag of TAGS) {
      expect(versionOf(page, tag), `${tag} keeps the first definition`).to.equal(OTHER);
      const about = page.log.warns.filter((w) => w.startsWith(`<${tag}>`));
      expect(about, `warnings about <${tag}>`).to.have.length(1);
      expect(about[0]).to.include(version).and.to.include(OTHER);
    }
    expect(page.log.warns).to.have.length(TAGS.length);
    for (const el of await addWidgets(page)) expectRendered(el);
    expectCleanLog(page.log, { warns: false });
  });

  it('a tag name already taken by another script: one warning, the other two tags still work', async () => {
    const page = await openPage('blank.html');
    await loadScript(page, `foreign-define.js`);
    await loadScript(page, BUNDLE);
    await whenDefined(page);

    expect(page.log.warns).to.have.length(1);
    expect(page.log.warns[0]).to.match(/^<pt-cta>/).and.to.include('another script');
    const els = await addWidgets(page);
    expectRendered(els[0]);
    expectRendered(els[1]);
    expect(els[2].dataset.foreign, 'the other script keeps <pt-cta>').to.equal('yes');
    expectCleanLog(page.log, { warns: false });
  });
});
