/**
 * The one home of the test helpers: the element tests (src/), the integration tests
 * (test/integration/, real host pages in iframes loading the built bundle) and the demo tests
 * (test/demo/) all import from here. The widget tags come from src/widgets.ts.
 *
 * Waiting is on conditions (an event, a promise, a polled state), never on a fixed sleep; a hang is
 * reported by mocha's own timeout (web-test-runner.config.mjs), which is generous for busy machines.
 *
 * Note: compare DOM nodes as booleans (`expect(a === b).to.equal(true)`), not with
 * `expect(node).to.equal(other)`: when such an assertion fails, chai's message formatter walks the
 * node's whole object graph and the browser hangs instead of reporting the failure.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { WIDGET_TAGS, type WidgetTag } from '../widgets.js';

/** Every widget tag, in the order of src/widgets.ts. */
export const TAGS = WIDGET_TAGS;
export type Tag = WidgetTag;

/** A widget, typed loosely so it also fits one from another window (instanceof fails across frames). */
export type Widget = HTMLElement & { updateComplete: Promise<boolean>; [property: string]: unknown };

/* ---------- Element tests ---------- */
/** Records console.warn calls until `restore()`; the messages are joined argument strings. */
export function spyOnWarn(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The element's (open) shadow root, asserting it exists. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

/** Visible text of a node (whitespace collapsed), for comparing with content strings. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether an element takes up space on screen (it is rendered and not collapsed away). */
export function isRendered(el: Element | null | undefined): boolean {
  if (!el) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** Stops link clicks from navigating the test page away, without hiding them from listeners. */
export function preventNavigation(): () => void {
  const stop = (event: Event) => event.preventDefault();
  document.addEventListener('click', stop);
  document.addEventListener('auxclick', stop);
  return () => {
    document.removeEventListener('click', stop);
    document.removeEventListener('auxclick', stop);
  };
}

/**
 * Turns forced-colors mode on or off where the test runner can emulate it (Chromium); resolves to
 * whether it could. See `emulate-forced-colors` in web-test-runner.config.mjs.
 */
export async function emulateForcedColors(active: boolean): Promise<boolean> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return (await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active })) === true;
}

/* ---------- Host pages and demo pages in iframes ---------- */

export const BUNDLE = '/dist/knee-pain-widgets.js';
export const PAGES = '/test/integration/pages';

/** What pages/recorder.js collects in the page. */
export interface PageLog {
  violations: { directive: string; blocked: string; sample: string }[];
  warns: string[];
  errors: string[];
  uncaught: string[];
}

export type FrameWindow = Window & typeof globalThis & { __kpLog: PageLog };

/** A host page in an iframe: the frame, its window and document, and what recorder.js logged. */
export interface Page {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  log: PageLog;
}

/** Opens `path` (absolute, or relative to the pages folder) in a new iframe and waits for `load`. */
export async function openPage(path: string, width = 900): Promise<Page> {
  const { iframe, win, doc } = await openFrame({ src: path.startsWith('/') ? path : `${PAGES}/${path}` }, width, 700);
  return { frame: iframe, win: win as FrameWindow, doc, log: (win as FrameWindow).__kpLog };
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
  return done;
}

/** Waits until every widget tag is defined in the page's registry. */
export function whenDefined(page: { win: Window }): Promise<unknown> {
  return Promise.all(TAGS.map((tag) => page.win.customElements.whenDefined(tag)));
}

/** Every widget under `root` (light DOM only), after each has finished rendering. */
export async function widgets(root: ParentNode, tag?: Tag): Promise<Widget[]> {
  const found = [...root.querySelectorAll<Widget>(tag ?? TAGS.join(','))];
  await Promise.all(found.map((el) => el.updateComplete));
  return found;
}

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

/** A page under test in an iframe. */
export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/**
 * Opens `src` (a same-origin URL) or `srcdoc` HTML in a fixed-size iframe at the top left of the
 * test page, so that coordinates for sendMouse are easy to work out.
 */
export async function openFrame(
  source: { src: string } | { srcdoc: string },
  width = 780,
  height = 560,
): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = 'Page under test';
  iframe.style.cssText = `position:absolute;top:0;left:0;width:${width}px;height:${height}px;border:0;background:#fff`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if ('src' in source) iframe.src = source.src;
  else iframe.srcdoc = source.srcdoc;
  document.body.append(iframe);
  opened.push(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  return { iframe, win, doc: iframe.contentDocument! };
}

const opened: HTMLIFrameElement[] = [];

/** Removes every iframe opened by openFrame or openPage (call from afterEach). */
export function closeFrames(): void {
  for (const iframe of opened.splice(0)) iframe.remove();
}

/** The integration tests' name for closeFrames. */
export const closePages = closeFrames;

/**
 * Resolves when `check` returns a truthy value, polling every 25 ms. It has no deadline of its own:
 * on a busy machine a condition may take long to come true, and a real hang is reported by mocha's
 * timeout, whose message names the test; `what` is logged then, so the report says what never came.
 */
export async function waitFor<T>(check: () => T, what: string): Promise<NonNullable<T>> {
  const started = performance.now();
  let warned = false;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (!warned && performance.now() - started > 10000) {
      warned = true;
      console.warn(`still waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until every tag is defined in the frame and every widget in it has rendered. */
export async function widgetsReady(frame: Frame): Promise<void> {
  await whenDefined(frame);
  await widgets(frame.doc);
}

/** Lets every widget in the frame finish re-rendering after an attribute change. */
export async function settle(frame: Frame): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await widgets(frame.doc);
}

interface AxeResult {
  id: string;
  help: string;
  nodes: { target: unknown; html: string; failureSummary?: string }[];
}
type AxeWindow = Window & { axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> } };

/**
 * Runs axe-core inside the frame. axe from the test page cannot audit another document, so the
 * same axe-core build chai-a11y-axe uses is loaded into the frame with a script element.
 */
export async function axeViolations(frame: Frame): Promise<string[]> {
  const win = frame.win as AxeWindow;
  if (!win.axe) {
    const script = frame.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('could not load axe-core into the frame')), { once: true });
    });
    frame.doc.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(frame.doc, { resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.html}\n  ${n.failureSummary ?? ''}`).join('\n')}`,
  );
}

/** A real mouse click in the middle of `element`, which lives inside the frame. */
export async function clickIn(frame: Frame, element: Element): Promise<void> {
  const view = frame.iframe.getBoundingClientRect();
  let inner = element.getBoundingClientRect();
  // Scroll the element into the frame's view. Then let the scroll reach the compositor: Firefox
  // hit-tests against the painted scroll position, and a click sent in the same frame can land
  // where the element used to be. Retried, because a re-render can move things meanwhile.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    for (let i = 0; i < 3; i += 1) await new Promise((r) => frame.win.requestAnimationFrame(r));
    inner = element.getBoundingClientRect();
    if (inner.top >= 0 && inner.bottom <= view.height && inner.height > 0) break;
  }
  const outer = frame.iframe.getBoundingClientRect();
  const x = Math.round(outer.left + inner.left + Math.min(inner.width / 2, 20));
  const y = Math.round(outer.top + inner.top + inner.height / 2);
  await sendMouse({ type: 'click', position: [x, y] });
}

/**
 * Types `text` with real key presses in as few driver commands as possible. WebKit's WebDriver
 * presses all keys of one command down and then all up, so a character that repeats within one
 * command is lost ("Street"): each command therefore holds no character twice. Every command is a
 * round trip to the browser's driver, which is what makes typing slow on a busy machine, so
 * sending a word per command rather than a character per command is what keeps these tests fast.
 */
export async function typeKeys(text: string): Promise<void> {
  let chunk = '';
  for (const character of text) {
    if (chunk.toLowerCase().includes(character.toLowerCase())) {
      await sendKeys({ type: chunk });
      chunk = '';
    }
    chunk += character;
  }
  if (chunk) await sendKeys({ type: chunk });
}
