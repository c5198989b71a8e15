// Helpers for the demo-page tests: load a page in an iframe, wait for the widgets in it, run axe
// inside it, and send real clicks to elements inside it.
import { sendMouse } from '@web/test-runner-commands';

export const TAGS = ['knee-pain-causes', 'relief-tips', 'pt-cta'] as const;

/** An element from the page under test, typed loosely (it belongs to another window). */
export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

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
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  return { iframe, win, doc: iframe.contentDocument! };
}

export function closeFrames(): void {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
}

/** Resolves when `check` returns a truthy value; fails with `what` after `timeout` ms. */
export async function waitFor<T>(check: () => T, what: string, timeout = 8000): Promise<NonNullable<T>> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until the three tags are defined in the frame and every widget in it has rendered. */
export async function widgetsReady(frame: Frame): Promise<void> {
  await Promise.all(TAGS.map((tag) => frame.win.customElements.whenDefined(tag)));
  const widgets = [...frame.doc.querySelectorAll<Widget>(TAGS.join(','))];
  await Promise.all(widgets.map((w) => w.updateComplete));
}

/** Lets every widget in the frame finish re-rendering after an attribute change. */
export async function settle(frame: Frame): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  const widgets = [...frame.doc.querySelectorAll<Widget>(TAGS.join(','))];
  await Promise.all(widgets.map((w) => w.updateComplete));
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
