// `npm start`: serves the demo pages and the built bundle on localhost, like any static host would.
// The demo pages are served the way the README recommends delivering the widgets: pre-rendered
// (the article in the HTML, declarative shadow DOM, taken over by the bundle with no visible
// change), as a clinic's CMS plugin, static-site build or the snippet builder's "put the text in
// the page" option gives them (scripts/prerender-page.mjs). Add ?prerender=0 to a page's address to
// see the plain tags instead.
import { prerenderPage } from './prerender-page.mjs';
import { createStaticServer, listen } from './static-server.mjs';

const transformHtml = (html, url) =>
  url.pathname.startsWith('/demo/') && url.searchParams.get('prerender') !== '0' ? prerenderPage(html) : html;

const port = await listen(createStaticServer({ home: '/demo/', transformHtml }), Number(process.env.PORT ?? 8000));
console.log(`\nknee-pain-widgets demo is running:\n`);
console.log(`  Clinic page      http://localhost:${port}/demo/`);
console.log(`  Snippet builder  http://localhost:${port}/demo/builder.html\n`);
console.log('Press Ctrl+C to stop.');
