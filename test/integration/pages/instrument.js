// Runs before anything else on the page: counts what outlives an element if it forgets to clean up.
// Global event listeners (window, document, media queries), observers and interval timers are
// tracked while active; window.__kpCounts() reports how many are active now.
'use strict';
{
  const listeners = new Set();
  const keyOf = (target, type, listener, options) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    return { target, type: String(type), listener, capture };
  };
  const find = (k) =>
    [...listeners].find(
      (e) => e.target === k.target && e.type === k.type && e.listener === k.listener && e.capture === k.capture,
    );
  const isGlobal = (target) => target === window || target === document || target instanceof MediaQueryList;

  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (type, listener, options) {
    if (isGlobal(this) && listener) {
      const k = keyOf(this, type, listener, options);
      const signal = options && typeof options === 'object' ? options.signal : undefined;
      if (!find(k) && !(signal && signal.aborted)) {
        listeners.add(k);
        if (signal) signal.addEventListener('abort', () => listeners.delete(find(k)), { once: true });
      }
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (type, listener, options) {
    if (isGlobal(this)) listeners.delete(find(keyOf(this, type, listener, options)));
    return remove.call(this, type, listener, options);
  };
  // The legacy MediaQueryList API.
  const mql = MediaQueryList.prototype;
  const addListener = mql.addListener;
  const removeListener = mql.removeListener;
  mql.addListener = function (listener) {
    const k = keyOf(this, 'change', listener, false);
    if (listener && !find(k)) listeners.add(k);
    return addListener.call(this, listener);
  };
  mql.removeListener = function (listener) {
    listeners.delete(find(keyOf(this, 'change', listener, false)));
    return removeListener.call(this, listener);
  };

  // Observers: active while they observe something.
  const observing = new Map();
  const track = (name) => {
    const Original = window[name];
    window[name] = class extends Original {
      observe(target, options) {
        if (!observing.has(this)) observing.set(this, new Set());
        observing.get(this).add(target);
        return super.observe(target, options);
      }
      unobserve(target) {
        observing.get(this)?.delete(target);
        if (observing.get(this)?.size === 0) observing.delete(this);
        return super.unobserve(target);
      }
      disconnect() {
        observing.delete(this);
        return super.disconnect();
      }
    };
  };
  track('MutationObserver');
  track('ResizeObserver');
  track('IntersectionObserver');

  // Interval timers: active until cleared.
  const intervals = new Set();
  const { setInterval: set, clearInterval: clear } = window;
  window.setInterval = function (...args) {
    const id = set.apply(window, args);
    intervals.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    intervals.delete(id);
    return clear.call(window, id);
  };

  const targetName = (target) => (target === window ? 'window' : target === document ? 'document' : 'media');
  Object.defineProperty(window, '__kpCounts', {
    value: () => ({
      listeners: listeners.size,
      listenerTypes: [...listeners].map((e) => `${targetName(e.target)}:${e.type}`),
      observers: observing.size,
      intervals: intervals.size,
    }),
  });
}
