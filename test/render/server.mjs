// The test server's side of the pre-render tests (web-test-runner.config.mjs adds both):
// - a test command, `prerender` with `{ tag, attributes, options }`, that returns
//   `{ html, warnings }` from the real pre-renderer (dist/lib/render, run in a worker thread);
// - generated host pages with pre-rendered widgets, `/test/integration/pages/prerendered.html?…`
//   (see prerenderedPage below). They live under /test/integration/ so the integration
//   middleware gives them the same ?csp= policies as the other host pages.
import { Worker } from 'node:worker_threads';

let worker;
let next = 0;
const pending = new Map();

function startWorker() {
  worker = new Worker(new URL('./prerender-worker.mjs', import.meta.url));
  worker.unref();
  worker.on('message', (message) => {
    const done = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) done?.reject(new Error(message.error));
    else done?.resolve(message);
  });
  worker.on('error', (error) => {
    for (const done of pending.values()) done.reject(error);
    pending.clear();
    worker = undefined;
  });
}

/** Pre-renders one widget in the worker: `{ html, warnings }`. */
export function prerender(tag, attributes = [], options = {}) {
  if (!worker) startWorker();
  const id = (next += 1);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, tag, attributes, options });
  });
}

/** The test command `prerender`. */
export function prerenderCommand() {
  return {
    name: 'prerender',
    async executeCommand({ command, payload }) {
      if (command !== 'prerender') return undefined;
      return prerender(payload.tag, payload.attributes, payload.options);
    },
  };
}

/** Ways the pages load the bundle, by ?script=. */
const SCRIPTS = {
  none: { head: '', body: '' },
  'module-head': { head: '<script type="module" src="/dist/knee-pain-widgets.js"></script>', body: '' },
  'module-body': { head: '', body: '<script type="module" src="/dist/knee-pain-widgets.js"></script>' },
  'classic-head': { head: '<script src="/dist/knee-pain-widgets.js"></script>', body: '' },
  'async-head': { head: '<script async src="/dist/knee-pain-widgets.js"></script>', body: '' },
  'defer-head': { head: '<script defer src="/dist/knee-pain-widgets.js"></script>', body: '' },
  'classic-body': { head: '', body: '<script src="/dist/knee-pain-widgets.js"></script>' },
  double: {
    head: '<script src="/dist/knee-pain-widgets.js"></script><script src="/dist/knee-pain-widgets.js?copy=2"></script>',
    body: '<script type="module" src="/dist/knee-pain-widgets.js?copy=3"></script>',
  },
};

/** The widgets of the generated pages, with the attributes of the hand-written host pages. */
export const PAGE_WIDGETS = [
  ['knee-pain-causes', [['heading-level', '3'], ['open', '']]],
  ['relief-tips', [['tips', 'rice,stretch']]],
  ['pt-cta', [['phone', '617-555-0123'], ['booking-url', 'https://example.com/book'], ['data-layer', '']]],
];

/**
 * A host page with the three widgets pre-rendered. Query:
 *   script=none|module-head|module-body|classic-head|async-head|defer-head|classic-body|double
 *   styles=inline (a <style> in each shadow root) | link (knee-pain-widgets.css linked in each
 *          shadow root and in the <head>)
 *   hostile=1  the hostile host CSS of hostile.html
 */
export async function prerenderedPage(query) {
  const script = SCRIPTS[query.script ?? 'none'];
  if (!script) return undefined;
  const link = query.styles === 'link';
  const options = link ? { stylesheet: '/dist/knee-pain-widgets.css' } : {};
  const widgets = [];
  for (const [tag, attributes] of PAGE_WIDGETS) widgets.push((await prerender(tag, attributes, options)).html);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Pre-rendered widgets</title>
    <script src="recorder.js"></script>
    ${query.hostile ? '<link rel="stylesheet" href="hostile.css" />' : ''}
    ${link ? '<link rel="stylesheet" href="/dist/knee-pain-widgets.css" />' : ''}
    ${script.head}
  </head>
  <body>
    <h1>An article with the widgets in its HTML</h1>
    <p>Text before the widgets.</p>
    ${widgets.join('\n    ')}
    <p id="after">Text after the widgets.</p>
    <div id="later"></div>
    ${script.body}
  </body>
</html>
`;
}

/** Middleware: serves the generated pages. */
export async function prerenderMiddleware(context, next) {
  if (context.path === '/test/integration/pages/prerendered.html') {
    const page = await prerenderedPage(context.query);
    if (page) {
      context.type = 'html';
      context.body = page;
      return;
    }
  }
  await next();
}
