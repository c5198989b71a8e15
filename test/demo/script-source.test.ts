// The snippet builder's "Where is knee-pain-widgets.js?": the site's own address, or the public npm
// CDN address pinned to this version with the bundle's integrity hash (the Squarespace tab's
// default). Real clicks and keys in the real builder page.
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { buildConfig, renderSnippet, SCRIPT_PLACEHOLDER, scriptSource } from '../../demo/snippet.js';
import { clickIn, closeFrames, openFrame, settle, typeKeys, waitFor, widgetsReady, type Frame } from '../../src/test/helpers.js';

interface Hosted {
  version: string;
  src: string;
  integrity: string;
}
/** Written by the build (scripts/hosted.mjs); loaded at run time, so type-checking needs no build. */
const HOSTED_MODULE = '/dist/hosted.js';
let HOSTED: Hosted;

let frame: Frame;
const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = frame.doc.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in the builder`);
  return found;
};
const snippetText = () => $<HTMLTextAreaElement>('#snippet').value;
const scriptLine = () => snippetText().split('\n').find((line) => line.startsWith('<script type="module"'));
const source = (value: string) => $<HTMLInputElement>(`input[name="script-source"][value="${value}"]`);

describe('snippet builder: where is knee-pain-widgets.js?', () => {
  before(async () => {
    ({ HOSTED } = (await import(HOSTED_MODULE)) as { HOSTED: Hosted });
  });

  it('writes the pinned address with integrity, crossorigin and no referrer, or the site’s own address', () => {
    const config = buildConfig({ widgets: { 'knee-pain-causes': true } });
    const hosted = renderSnippet(config, scriptSource({ source: 'hosted' }, HOSTED).script);
    expect(hosted).to.contain(
      `<script type="module" src="${HOSTED.src}" integrity="${HOSTED.integrity}" crossorigin="anonymous" referrerpolicy="no-referrer"></script>`,
    );
    expect(HOSTED.src).to.match(new RegExp(`^https://[^/]+/npm/knee-pain-widgets@${HOSTED.version.replace(/\./g, '\\.')}/dist/knee-pain-widgets\\.js$`));
    const own = renderSnippet(config, scriptSource({ source: 'own', url: ' https://clinic.example/js/knee-pain-widgets.js ' }, HOSTED).script);
    expect(own).to.contain('<script type="module" src="https://clinic.example/js/knee-pain-widgets.js"></script>');
    expect(own).not.to.contain('integrity');
    for (const bad of ['javascript:alert(1)', 'clinic.example/kp.js', 'data:text/javascript,alert(1)']) {
      const result = scriptSource({ source: 'own', url: bad }, HOSTED);
      expect(result.error, bad).to.match(/starting with https:\/\//);
      expect(result.script.src).to.equal(SCRIPT_PLACEHOLDER);
    }
  });

  describe('in the page', () => {
    beforeEach(async () => {
      frame = await openFrame({ src: '/demo/builder.html' }, 900, 700);
      await widgetsReady(frame);
      await waitFor(() => snippetText(), 'the first snippet');
    });

    afterEach(async () => {
      await resetMouse();
      closeFrames();
    });

    it('uses the CDN by default on the Squarespace tab and the own address elsewhere', async () => {
      expect(source('own').checked).to.equal(true);
      expect(scriptLine()).to.equal(`<script type="module" src="${SCRIPT_PLACEHOLDER}"></script>`);
      await clickIn(frame, $('#tab-squarespace'));
      await waitFor(() => source('hosted').checked, 'the CDN option on the Squarespace tab');
      expect(scriptLine()).to.contain(`integrity="${HOSTED.integrity}" crossorigin="anonymous"`);
      expect($('#hosted-version').textContent).to.equal(HOSTED.version);
      expect($('#snippet-hint').textContent).to.contain('public CDN');
      await clickIn(frame, $('#tab-any'));
      await waitFor(() => source('own').checked, 'the own-site option again');
      expect(scriptLine()).not.to.contain('integrity');
    });

    it('keeps the person’s own choice across tabs, and takes the address they type', async () => {
      await clickIn(frame, source('hosted'));
      await waitFor(() => scriptLine()?.includes('integrity'), 'the CDN script');
      await clickIn(frame, $('#tab-wordpress'));
      await settle(frame);
      expect(source('hosted').checked, 'a chosen option stays chosen').to.equal(true);

      await clickIn(frame, source('own'));
      await waitFor(() => !$<HTMLInputElement>('#script-url').disabled, 'the address field');
      await clickIn(frame, $('#script-url'));
      await typeKeys('https://clinic.example/js/kp.js');
      await waitFor(() => scriptLine() === '<script type="module" src="https://clinic.example/js/kp.js"></script>', 'the typed address in the code');
      await clickIn(frame, $('#tab-squarespace'));
      await settle(frame);
      expect(source('own').checked).to.equal(true);
    });

    it('refuses an address that is not an absolute http(s) URL, once the field is left', async () => {
      await clickIn(frame, $('#script-url'));
      await typeKeys('clinic.example/kp.js');
      await clickIn(frame, $('#snippet'));
      const error = await waitFor(() => $('#script-url-error').textContent, 'the address error');
      expect(error).to.contain('https://');
      expect($('#script-url').getAttribute('aria-invalid')).to.equal('true');
      expect(scriptLine()).to.equal(`<script type="module" src="${SCRIPT_PLACEHOLDER}"></script>`);
    });
  });
});
