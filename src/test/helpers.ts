/**
 * Small helpers shared by the element tests.
 *
 * Note: compare DOM nodes as booleans (`expect(a === b).to.equal(true)`), not with
 * `expect(node).to.equal(other)`: when such an assertion fails, chai's message formatter walks the
 * node's whole object graph and the browser hangs instead of reporting the failure.
 */

/** Records console.warn calls until `restore()`; the messages are joined argument strings. */
export function spyOnWarn(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The element's shadow root, asserting it exists. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
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
