/**
 * When a widget counts as seen, by the usual viewability rule: at least half of it on screen, or,
 * for a widget taller than the screen, filling at least half the screen's height, for one
 * continuous second while the page is visible. Each element is reported once per page view.
 *
 * One IntersectionObserver serves every widget on the page. It exists only while some widget is
 * waiting to be seen: the last one to be seen or removed disconnects it and removes the
 * `visibilitychange` listener, so widgets coming and going leave nothing behind.
 */

/**
 * The continuous time in view before a view counts, and the timer functions used to measure it.
 * Tests may replace them to control time; pages never need to.
 */
export const viewTiming = {
  dwell: 1000,
  set: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clear: (id: unknown): void => clearTimeout(id as ReturnType<typeof setTimeout>),
};

interface Watch {
  onView: () => void;
  /** Whether the last intersection report met the rule. */
  inView: boolean;
  timer?: unknown;
}

const watched = new Map<Element, Watch>();
/** Elements already reported in this page view. */
const seen = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;

/**
 * Every whole percent: the ratio that means "half the screen" depends on each widget's height, so
 * one observer needs fine steps to notice it for all of them.
 */
const THRESHOLDS = Array.from({ length: 101 }, (_, i) => i / 100);

function meetsRule(entry: IntersectionObserverEntry): boolean {
  const box = entry.boundingClientRect;
  const visible = entry.intersectionRect;
  // rootBounds is null in a cross-origin frame; the frame's own height is the best guess there.
  const screen = entry.rootBounds?.height ?? innerHeight;
  return (
    entry.isIntersecting &&
    box.height > 0 &&
    (entry.intersectionRatio >= 0.5 || (visible.height >= screen / 2 && visible.width >= box.width / 2))
  );
}

/** Starts the dwell timer of an element that is in view on a visible page; stops it otherwise. */
function schedule(el: Element, watch: Watch): void {
  const counting = watch.inView && document.visibilityState === 'visible';
  if (counting && watch.timer === undefined) {
    watch.timer = viewTiming.set(() => {
      watch.timer = undefined;
      seen.add(el);
      unwatchView(el);
      watch.onView();
    }, viewTiming.dwell);
  } else if (!counting && watch.timer !== undefined) {
    viewTiming.clear(watch.timer);
    watch.timer = undefined;
  }
}

/** A tab going to the background stops every count; coming back starts a new second. */
function onVisibilityChange(): void {
  for (const [el, watch] of watched) schedule(el, watch);
}

/**
 * Calls `onView` once, when `el` has met the rule for one continuous second. Does nothing for an
 * element already seen in this page view, or where IntersectionObserver is missing (server-side
 * rendering, very old browsers).
 */
export function watchView(el: Element, onView: () => void): void {
  if (seen.has(el) || watched.has(el) || typeof IntersectionObserver === 'undefined') return;
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const watch = watched.get(entry.target);
          if (!watch) continue;
          watch.inView = meetsRule(entry);
          schedule(entry.target, watch);
        }
      },
      { threshold: THRESHOLDS },
    );
    document.addEventListener('visibilitychange', onVisibilityChange);
  }
  watched.set(el, { onView, inView: false });
  observer.observe(el);
}

/** Stops watching `el` (it was removed from the page); a count in progress is dropped. */
export function unwatchView(el: Element): void {
  const watch = watched.get(el);
  if (!watch) return;
  if (watch.timer !== undefined) viewTiming.clear(watch.timer);
  watched.delete(el);
  observer?.unobserve(el);
  if (watched.size === 0) {
    observer?.disconnect();
    observer = undefined;
    document.removeEventListener('visibilitychange', onVisibilityChange);
  }
}
