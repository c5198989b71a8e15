// Pre-renders every widget tag in an HTML page, the way a site's server or static-site build uses
// the pre-renderer (src/render, `prerender`): each <knee-pain-causes>, <relief-tips> and <pt-cta>
// gets its declarative shadow root, with the attributes it has in the page; its children (slotted
// content, fallback links) stay as they are. Widgets that already hold a shadow root are left alone.
// Used by `npm start` (scripts/serve.mjs), so the demo pages are served in the recommended form.
import { parse } from 'node-html-parser';
import { prerender, WIDGET_TAGS } from '../dist/lib/render/index.js';

/** `html` with every widget pre-rendered. `options` as for `prerender()` (e.g. `{ stylesheet }`). */
export function prerenderPage(html, options = {}) {
  const root = parse(html, { comment: true });
  const found = root.querySelectorAll(WIDGET_TAGS.join(','));
  let out = html;
  // From the end, so earlier ranges stay valid.
  for (const el of found.sort((a, b) => b.range[0] - a.range[0])) {
    const tag = el.rawTagName.toLowerCase();
    if (/<template[^>]*\sshadowrootmode=/i.test(el.innerHTML)) continue;
    const widget = prerender(tag, Object.entries(el.attributes), options);
    const close = `</${tag}>`;
    out = out.slice(0, el.range[0]) + widget.slice(0, -close.length) + el.innerHTML + close + out.slice(el.range[1]);
  }
  return out;
}
