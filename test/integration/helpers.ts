// Shared by the integration tests: each test opens a real host page in a same-origin <iframe>,
// so the page gets its own window, registry and CSP, and loads the built drop-in bundle.
import { expect } from '@open-wc/testing';

export const BUNDLE = '/dist/knee-pain-widgets.js';
export const PAGES = '/test/integration/pages';
export const TAGS = ['knee-pain-causes', 'relief-tips', 'pt-cta'] as const;
export type Tag = (typeof TAGS)[number];

/** What pages/recorder.js collects in the page. */
export interface PageLog {
  violations: { directive: string; blocked: string; sample: string }[];
  warns: string[];
  errors: string[];
  uncaught: string[];
}

export type FrameWindow = Window & typeof globalThis & { __kpLog: PageLog };

/** A widget as seen from outside its realm (instanceof does not work across frames). */
export type Widget = HTMLElement & { updateComplete: Promise<boolean>; [property: string]: unknown };

export interface Page {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  log: PageLog;
}

const open: HTMLIFrameElement[] = [];

const timeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)),
  ]);

/** Opens `path` (absolute, or relative to the pages folder) in a new iframe and waits for `load`. */
export async function openPage(path: string, width = 900): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '700';
  frame.src = path.startsWith('/') ? path : `${PAGES}/${path}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  open.push(frame);
  await timeout(loaded, 15000, `load of ${frame.src}`);
  const win = frame.contentWindow as FrameWindow;
  return { frame, win, doc: win.document, log: win.__kpLog };
}

/** Removes every iframe opened by openPage (call from afterEach). */
export function closePages(): void {
  for (const frame of open.splice(0)) frame.remove();
}

/** Appends a script to the page's document and waits until it has run (or failed to load). */
export function loadScript(
  page: Page,
  src: string,
  options: { type?: string; async?: boolean } = {},
): Promise<void> {
  const script = page.doc.createElement('script');
  if (options.type) script.type = options.type;
  if (options.async !== undefined) script.async = options.async;
  script.src = src;
  const done = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`script failed to load: ${src}`)), { once: true });
  });
  page.doc.head.append(script);
  return timeout(done, 15000, `script ${src}`);
}

/** Waits until the three tags are defined in the page's registry. */
export function whenDefined(page: Page): Promise<unknown> {
  return timeout(
    Promise.all(TAGS.map((tag) => page.win.customElements.whenDefined(tag))),
    10000,
    'the three tags to be defined',
  );
}

/** Every widget under `root` (light DOM only), after each has finished rendering. */
export async function widgets(root: ParentNode, tag?: Tag): Promise<Widget[]> {
  const found = [...root.querySelectorAll<Widget>(tag ?? TAGS.join(','))];
  await timeout(
    Promise.all(found.map((el) => el.updateComplete)),
    10000,
    `${found.length} widgets to render`,
  );
  return found;
}

export const shadow = (el: Element): ShadowRoot => {
  expect(el.shadowRoot, `<${el.localName}> has an open shadow root`).to.not.equal(null);
  return el.shadowRoot!;
};

export const part = <T extends Element = HTMLElement>(el: Element, name: string): T => {
  const found = shadow(el).querySelector<T>(`[part~="${name}"]`);
  expect(found, `<${el.localName}> has part "${name}"`).to.not.equal(null);
  return found!;
};

export const style = (el: Element): CSSStyleDeclaration => el.ownerDocument.defaultView!.getComputedStyle(el);

/** The part each element must show once it has rendered. */
const KEY_PART: Record<Tag, string> = { 'knee-pain-causes': 'urgent', 'relief-tips': 'tip', 'pt-cta': 'message' };

/**
 * Asserts that a widget has rendered its shadow content with its own styles applied (a plain
 * `<div>` has no border and no padding; the widget's base box has both).
 */
export function expectRendered(el: Element): void {
  const tag = el.localName as Tag;
  expect(TAGS, 'a widget').to.include(tag);
  const base = part(el, 'base');
  part(el, KEY_PART[tag]);
  const headingText = shadow(el).querySelector('h2,h3,h4,h5,h6')?.textContent?.trim() ?? '';
  expect(headingText.length, `<${tag}> heading text`).to.be.greaterThan(0);
  const css = style(base);
  expect(parseFloat(css.borderTopWidth), `<${tag}> base border (its stylesheet applied)`).to.be.greaterThan(0);
  expect(parseFloat(css.paddingTop), `<${tag}> base padding (its stylesheet applied)`).to.be.greaterThan(0);
  expect(parseFloat(css.borderTopLeftRadius), `<${tag}> base radius`).to.be.greaterThan(0);
}

/** Asserts the page logged no CSP violation, console error, uncaught error and (by default) warning. */
export function expectCleanLog(log: PageLog, { warns = true } = {}): void {
  expect(log.violations, 'CSP violations').to.deep.equal([]);
  expect(log.errors, 'console.error calls').to.deep.equal([]);
  expect(log.uncaught, 'uncaught errors').to.deep.equal([]);
  if (warns) expect(log.warns, 'console.warn calls').to.deep.equal([]);
}

/** Lets the page finish pending work: two animation frames. */
export const frames = (win: Window, n = 2): Promise<void> =>
  n === 0 ? Promise.resolve() : new Promise((r) => win.requestAnimationFrame(() => r(frames(win, n - 1))));
