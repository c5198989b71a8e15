import { expect } from '@open-wc/testing';
import '../index.js';
import type { WidgetViewEvent } from './events.js';
import { unwatchView, viewTiming, watchView } from './viewability.js';
import { waitFor } from '../test/helpers.js';

// Count the page's IntersectionObservers, what they observe, and the visibilitychange listeners,
// before anything in this file watches a widget (each test file runs in a page of its own).
const NativeObserver = window.IntersectionObserver;
const observers: { observer: IntersectionObserver; targets: Set<Element>; disconnected: boolean }[] = [];
window.IntersectionObserver = class extends NativeObserver {
  readonly #record = { observer: this as IntersectionObserver, targets: new Set<Element>(), disconnected: false };
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    super(callback, options);
    observers.push(this.#record);
  }
  override observe(target: Element): void {
    this.#record.targets.add(target);
    super.observe(target);
  }
  override unobserve(target: Element): void {
    this.#record.targets.delete(target);
    super.unobserve(target);
  }
  override disconnect(): void {
    this.#record.disconnected = true;
    this.#record.targets.clear();
    super.disconnect();
  }
};
const liveObservers = () => observers.filter((o) => !o.disconnected);
const observed = () => liveObservers().reduce((n, o) => n + o.targets.size, 0);

let visibilityListeners = 0;
const nativeAdd = document.addEventListener.bind(document);
const nativeRemove = document.removeEventListener.bind(document);
document.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
  if (type === 'visibilitychange') visibilityListeners += 1;
  nativeAdd(type, listener, options);
}) as typeof document.addEventListener;
document.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
  if (type === 'visibilitychange') visibilityListeners -= 1;
  nativeRemove(type, listener, options);
}) as typeof document.removeEventListener;

/**
 * A clock the test moves by hand: the module's dwell timers are recorded, not run, until `elapse`.
 * IntersectionObserver itself stays real: it reports real layout.
 */
const real = { ...viewTiming };
let timers: Map<number, { run: () => void; ms: number }>;
function fakeClock(): void {
  timers = new Map();
  let id = 0;
  viewTiming.set = (run, ms) => {
    timers.set(++id, { run, ms });
    return id;
  };
  viewTiming.clear = (timer) => void timers.delete(timer as number);
}
/** Runs every dwell timer whose time has come (all pending ones: each waits exactly `dwell`). */
function elapse(): void {
  for (const [id, timer] of [...timers]) {
    timers.delete(id);
    timer.run();
  }
}

/** A box fixed to the viewport, `height` px tall with its top `top` px from the viewport's top. */
function box(top: number, height: number): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = `position:fixed;left:0;width:200px;top:${top}px;height:${height}px`;
  document.body.append(el);
  return el;
}
const moveTo = (el: HTMLElement, top: number) => (el.style.top = `${top}px`);

/**
 * Resolves once the browser has reported `el`'s intersection to the module's observer. A second,
 * uncounted observer created after the module's gets its first report in the same task, after the
 * module's (observers are notified in the order they were created). Lets a test show that
 * something did NOT happen without sleeping.
 */
function reported(el: Element): Promise<void> {
  return new Promise((resolve) => {
    const probe = new NativeObserver(() => {
      probe.disconnect();
      // Resolve in a task of its own: WebKit misses a layout change made while it is still
      // delivering intersection reports (the box moved in that task is never re-checked).
      setTimeout(resolve, 0);
    });
    probe.observe(el);
  });
}

const vh = () => innerHeight;

describe('viewability: kp-widget-view timing and the shared observer', () => {
  const made: HTMLElement[] = [];
  const track = <T extends HTMLElement>(el: T) => (made.push(el), el);

  beforeEach(() => fakeClock());
  afterEach(() => {
    for (const el of made.splice(0)) {
      unwatchView(el);
      el.remove();
    }
    Object.assign(viewTiming, real);
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('counts a view once, after one continuous second at half visibility, not before', async () => {
    const el = track(box(vh() - 55, 100)); // 55% visible
    let views = 0;
    watchView(el, () => (views += 1));
    await waitFor(() => timers.size === 1, 'the dwell timer of a half-visible box');
    expect([...timers.values()][0].ms).to.equal(1000);
    expect(views, 'nothing before the second has passed').to.equal(0);
    elapse();
    expect(views).to.equal(1);
    expect(observed(), 'a seen element is no longer observed').to.equal(0);

    // Watching it again (as a widget moved in the page does) never counts it again.
    watchView(el, () => (views += 1));
    expect(observed()).to.equal(0);
    await reported(el);
    expect(timers.size).to.equal(0);
    expect(views).to.equal(1);
  });

  it('does not count a box less than half visible', async () => {
    const el = track(box(vh() - 40, 100)); // 40%
    let views = 0;
    watchView(el, () => (views += 1));
    await reported(el);
    expect(timers.size, 'no count at 40%').to.equal(0);
    moveTo(el, vh() - 60); // 60%
    await waitFor(() => timers.size === 1, 'a timer once 60% is visible');
    elapse();
    expect(views).to.equal(1);
  });

  it('counts a widget taller than the screen once it fills half the screen', async () => {
    const el = track(box(Math.round(vh() * 0.6), vh() * 3)); // 40% of the screen, 13% of the box
    let views = 0;
    watchView(el, () => (views += 1));
    await reported(el);
    expect(timers.size, 'no count at 40% of the screen').to.equal(0);
    moveTo(el, Math.round(vh() * 0.4)); // 60% of the screen, only 20% of the box
    await waitFor(() => timers.size === 1, 'a timer once it fills 60% of the screen');
    elapse();
    expect(views).to.equal(1);
  });

  it('does not count a widget scrolled past in under a second', async () => {
    const el = track(box(0, 100));
    let views = 0;
    watchView(el, () => (views += 1));
    await waitFor(() => timers.size === 1, 'the dwell timer');
    moveTo(el, -1000);
    await waitFor(() => timers.size === 0, 'the timer to stop when the box left the screen');
    elapse();
    expect(views).to.equal(0);
    moveTo(el, 0);
    await waitFor(() => timers.size === 1, 'a new, full second when it comes back');
    elapse();
    expect(views).to.equal(1);
  });

  it('counts nothing while the page is in a background tab, and starts a new second on return', async () => {
    let state: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    const hide = (to: DocumentVisibilityState) => {
      state = to;
      document.dispatchEvent(new Event('visibilitychange'));
    };

    const el = track(box(0, 100));
    let views = 0;
    watchView(el, () => (views += 1));
    await waitFor(() => timers.size === 1, 'the dwell timer');
    hide('hidden');
    expect(timers.size, 'the count stops at once').to.equal(0);
    elapse();
    expect(views).to.equal(0);

    // A widget that appears while the tab is hidden does not start counting either.
    const late = track(box(200, 100));
    let lateViews = 0;
    watchView(late, () => (lateViews += 1));
    await reported(late);
    expect(timers.size).to.equal(0);

    hide('visible');
    expect(timers.size, 'both start a new second').to.equal(2);
    elapse();
    expect([views, lateViews]).to.deep.equal([1, 1]);
  });

  it('serves many widgets with one observer, and 1,000 connect/disconnect cycles leave nothing behind', async () => {
    expect(liveObservers(), 'no observer while nothing is watched').to.have.length(0);
    expect(visibilityListeners).to.equal(0);
    const createdBefore = observers.length;

    const stay = document.createElement('pt-cta');
    document.body.append(stay);
    const many = Array.from({ length: 30 }, (_, i) => track(box(i * 5, 40)));
    for (const el of many) watchView(el, () => undefined);
    expect(observers.length - createdBefore, 'one observer for 31 elements').to.equal(1);
    expect(observed()).to.equal(31);
    expect(visibilityListeners).to.equal(1);

    const cycling = document.createElement('relief-tips');
    for (let i = 0; i < 1000; i += 1) {
      document.body.append(cycling);
      cycling.remove();
    }
    expect(observers.length - createdBefore, 'still the same one observer').to.equal(1);
    expect(observed(), 'the cycled widget is not observed').to.equal(31);

    for (const el of many) unwatchView(el);
    stay.remove();
    expect(observed()).to.equal(0);
    expect(liveObservers(), 'the observer is disconnected when nothing is watched').to.have.length(0);
    expect(visibilityListeners, 'and its visibilitychange listener removed').to.equal(0);
    expect(timers.size, 'no timer left running').to.equal(0);

    // 1,000 cycles of a lone widget: each cycle may start and stop the observer, none is left over.
    for (let i = 0; i < 1000; i += 1) {
      document.body.append(cycling);
      cycling.remove();
    }
    expect(liveObservers()).to.have.length(0);
    expect(observed()).to.equal(0);
    expect(visibilityListeners).to.equal(0);
    expect(timers.size).to.equal(0);
  });

  it('widgets fire a composed kp-widget-view after one real second in view', async () => {
    Object.assign(viewTiming, real);
    const views: { widget: string; at: number; composed: boolean }[] = [];
    const listen = (e: WidgetViewEvent) => views.push({ widget: e.detail.widget, at: performance.now(), composed: e.composed });
    document.addEventListener('kp-widget-view', listen);
    try {
      const start = performance.now();
      const el = track(document.createElement('relief-tips'));
      el.style.cssText = 'position:fixed;top:0;left:0;width:600px';
      document.body.append(el);
      await waitFor(() => views.length === 1, 'kp-widget-view');
      expect(views[0].widget).to.equal('relief-tips');
      expect(views[0].composed).to.equal(true);
      // Timer clocks may be coarsened by a few ms (Firefox), never by a whole tick of the dwell.
      expect(views[0].at - start, 'not before one second').to.be.at.least(990);
      // Moved in the page: still one view per page view.
      el.remove();
      document.body.append(el);
      const other = track(document.createElement('pt-cta'));
      other.style.cssText = 'position:fixed;top:0;left:0;width:600px';
      document.body.append(other);
      await waitFor(() => views.length === 2, 'the second widget’s view');
      expect(views.map((v) => v.widget)).to.deep.equal(['relief-tips', 'pt-cta']);
    } finally {
      document.removeEventListener('kp-widget-view', listen);
    }
  });
});
