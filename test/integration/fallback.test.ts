import { expect } from '@open-wc/testing';
import {
  BUNDLE,
  closePages,
  expectCleanLog,
  expectRendered,
  loadScript,
  openPage,
  whenDefined,
  widgets,
} from '../../src/test/helpers.js';

const shown = (el: Element) => el.getClientRects().length > 0;

describe('fallback content inside the tags', () => {
  afterEach(closePages);

  it('shows until the bundle runs, then gives way to the widget; slotted content stays', async () => {
    const page = await openPage('fallback.html');
    const fallbacks = [...page.doc.querySelectorAll('.fallback')];
    expect(fallbacks).to.have.length(3);
    // Without the script (blocked, failed, not yet loaded), readers still get the links.
    for (const p of fallbacks) expect(shown(p), `before: ${p.textContent!.trim()}`).to.equal(true);

    await loadScript(page, BUNDLE);
    await whenDefined(page);
    for (const el of await widgets(page.doc)) expectRendered(el);

    // The widgets have no default slot: content without slot="…" is not rendered any more.
    for (const p of fallbacks) expect(shown(p), `after: ${p.textContent!.trim()}`).to.equal(false);
    const own = page.doc.getElementById('own-heading')!;
    expect(shown(own), 'the slot="heading" replacement is rendered').to.equal(true);
    expect(own.assignedSlot?.name).to.equal('heading');
    expectCleanLog(page.log);
  });
});
