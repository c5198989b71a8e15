// The pages `npm run bench` loads: one article page (header, title, paragraphs, the widgets in the
// middle of the article, more text and a footer below them), delivered in each way the README
// discusses. Every form carries the same content; `static` is that content as plain HTML with no
// script at all (the widgets' pre-rendered markup), the baseline the others are compared with.
import { prerender } from '../dist/lib/render/index.js';
import { WIDGET_TAGS } from '../dist/lib/widget-list.js';

export const BUNDLE = '/dist/knee-pain-widgets.js';
export const STYLESHEET = '/dist/knee-pain-widgets.css';

/** The widgets as a clinic sets them: its name, phone and booking page on the call to action. */
export const WIDGET_ATTRIBUTES = {
  'knee-pain-causes': [['emergency-number', '911']],
  'relief-tips': [],
  'pt-cta': [
    ['clinic-name', 'Northside Physical Therapy'],
    ['phone', '(617) 555-0123'],
    ['booking-url', 'https://northside.example/book'],
  ],
};

/**
 * Space reserved for each widget before the script defines it, as a site owner might guess it
 * (about its height in a 412 px wide column, in English). The real height depends on the column's
 * width, the font, the language and the attributes, so a guess is never exact.
 */
export const RESERVED_HEIGHTS = { 'knee-pain-causes': '2300px', 'relief-tips': '2600px', 'pt-cta': '420px' };

const attributeText = (pairs) => pairs.map(([n, v]) => ` ${n}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');

/** The plain tags, as the script snippet has them (the call to action with its fallback link). */
const plainTags = () =>
  WIDGET_TAGS.map((tag) => {
    const fallback = tag === 'pt-cta' ? '<a href="https://northside.example/book">Book an evaluation</a>' : '';
    return `<${tag}${attributeText(WIDGET_ATTRIBUTES[tag])}>${fallback}</${tag}>`;
  }).join('\n');

const prerenderedTags = (options) => WIDGET_TAGS.map((tag) => prerender(tag, WIDGET_ATTRIBUTES[tag], options)).join('\n');

/**
 * The snippet forms: what goes in the page's <head>, and what is pasted in the article. The
 * recommended one is `prerendered`; the others are what the README weighed against it.
 */
export const FORMS = {
  static: {
    label: 'the same content as static HTML, no script',
    tags: () => prerenderedTags({}),
  },
  'script-module': {
    label: 'script tag: <script type="module"> and the tags',
    before: `<script type="module" src="${BUNDLE}"></script>`,
    tags: plainTags,
  },
  'script-classic': {
    label: 'script tag: classic <script> placed before the tags',
    before: `<script src="${BUNDLE}"></script>`,
    tags: plainTags,
  },
  'script-blocking': {
    label: 'script tag: <script type="module" blocking="render"> in <head>',
    head: `<script type="module" blocking="render" src="${BUNDLE}"></script>`,
    tags: plainTags,
  },
  'script-reserved': {
    label: 'script tag, with space reserved by CSS for the undefined tags',
    before:
      `<style>${WIDGET_TAGS.map((tag) => `${tag}:not(:defined){display:block;min-height:${RESERVED_HEIGHTS[tag]}}`).join('')}</style>\n` +
      `<script type="module" src="${BUNDLE}"></script>`,
    tags: plainTags,
  },
  prerendered: {
    label: 'pre-rendered (inline styles), then <script type="module">',
    tags: () => prerenderedTags({}),
    after: `<script type="module" src="${BUNDLE}"></script>`,
  },
  'prerendered-linked': {
    label: 'pre-rendered, stylesheet linked (strict CSP), then <script type="module">',
    head: `<link rel="stylesheet" href="${STYLESHEET}">`,
    tags: () => prerenderedTags({ stylesheet: STYLESHEET }),
    after: `<script type="module" src="${BUNDLE}"></script>`,
  },
};

/** The snippet of `form` as pasted in the article, with `n` sets of the three widgets. */
export function snippet(form, n = 1) {
  const f = FORMS[form];
  if (!f) throw new Error(`bench: no form "${form}"`);
  const tags = f.tags();
  return [f.before, Array.from({ length: n }, () => tags).join('\n'), f.after].filter(Boolean).join('\n');
}

/**
 * Measures each load in the page itself, in every engine alike. From the start of the <head>, at
 * every animation frame (which runs just before a frame is painted) it notes:
 * - where the footer below the widgets is (any move of it between painted frames is a shift a
 *   reader sees; Firefox and WebKit have no Layout Instability API, so this is how they are judged);
 * - the first frame in which every widget's content is laid out (`laidOut`, ms from navigation);
 * - the first frame in which every widget is ready: defined and rendered by the bundle (scripted
 *   forms), or just laid out (static).
 * Two frames after ready it stops and sets `window.__kp.done`. In Chromium it also sums the
 * layout-shift entries (CLS), and marks both moments (`kp-laid-out`, `kp-ready`) for the trace the
 * benchmark reads main-thread CPU time from.
 */
const INSTRUMENT = `<script>
(() => {
  const kp = (window.__kp = { moves: 0, shifts: 0, cls: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) { kp.shifts += 1; kp.cls += e.value; }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const scripted = () => !!document.querySelector('script[src*="knee-pain-widgets"]');
  let last;
  let after = 0;
  // Widgets are laid out and become ready in document order, so each frame checks from the first
  // one not yet done: the checks cost the same per frame whether the page has 3 widgets or 900.
  let widgets;
  let laidUpTo = 0;
  let readyUpTo = 0;
  const frame = () => {
    const now = performance.now();
    const footer = document.getElementById('after');
    if (footer) {
      const top = footer.getBoundingClientRect().top + scrollY;
      if (last !== undefined && Math.abs(top - last) > 0.5) kp.moves += 1;
      last = top;
      widgets ??= [...document.querySelectorAll('${WIDGET_TAGS.join(',')}')];
      while (laidUpTo < widgets.length && widgets[laidUpTo].shadowRoot?.querySelector('[part=base]')?.getBoundingClientRect().height > 0) laidUpTo += 1;
      const laid = laidUpTo === widgets.length;
      if (laid && kp.laidOut === undefined) {
        kp.laidOut = now;
        performance.mark('kp-laid-out');
      }
      if (laid && !scripted()) readyUpTo = widgets.length;
      while (laid && readyUpTo < widgets.length && widgets[readyUpTo].hasUpdated === true) readyUpTo += 1;
      if (laid && readyUpTo === widgets.length && kp.ready === undefined) {
        kp.ready = now;
        performance.mark('kp-ready');
      }
    }
    if (kp.ready !== undefined && (after += 1) > 2) {
      kp.done = true;
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
</script>`;

const ARTICLE_BEFORE = `<p>An ache at the back of the knee is hard to pin down, because several different structures
meet there. Below we walk through the usual suspects, the self-care that tends to help, and the
warning signs that mean you should get checked straight away.</p>
<p>Our therapists see this every week, in runners, gardeners and people who sit all day. Most of
them are back to their usual routine within weeks.</p>`;

const ARTICLE_AFTER = `<p>Whatever the cause turns out to be, most people can do a lot for themselves while they
recover. If the pain does not settle within a couple of weeks, book an evaluation.</p>
<p>This article is general information, written and reviewed by our clinical team.</p>`;

/**
 * The article page with `n` sets of the three widgets in `form`. `instrument: false` leaves out the
 * measuring script (for Lighthouse, which measures by itself).
 */
export function articlePage(form, { n = 1, instrument = true, bust } = {}) {
  // `bust` makes the script's and stylesheet's addresses unique to this load, so every load is cold
  // even in a browser that keeps its cache between loads (the files are cacheable within a page).
  const fresh = (html) => (bust ? html.replaceAll(BUNDLE, `${BUNDLE}?v=${bust}`).replaceAll(STYLESHEET, `${STYLESHEET}?v=${bust}`) : html);
  const body = fresh(snippet(form, n));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pain Behind the Knee: Why It Hurts &amp; How To Get Relief | Northside Physical Therapy</title>
<meta name="description" content="Why the back of the knee hurts, what helps, and when to get help now.">
<link rel="icon" href="data:,">
<style>body{margin:0;font:18px/1.6 Georgia,serif;color:#222}header,main,footer{max-width:42rem;margin:0 auto;padding:1rem}h1{line-height:1.2}footer{border-top:1px solid #ccc}</style>
${instrument ? INSTRUMENT : ''}
${fresh(FORMS[form].head ?? '')}
</head>
<body>
<header><p><a href="/">Northside Physical Therapy</a></p></header>
<main>
<article>
<h1>Pain Behind the Knee: Why It Hurts &amp; How To Get Relief</h1>
${ARTICLE_BEFORE}
${body}
${ARTICLE_AFTER}
</article>
</main>
<footer id="after"><p>Northside Physical Therapy · 12 Elm Street · (617) 555-0123</p></footer>
</body>
</html>
`;
}
