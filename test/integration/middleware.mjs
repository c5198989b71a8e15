// Test-runner middleware for the integration suite: pages under /test/integration/ that are asked
// for with ?csp=… get the Content-Security-Policy a careful site would send.
//   ?csp=strict         the strict policy below (Trusted Types required, any policy name allowed)
//   ?csp=strict-tt      the same, allowing only Lit's Trusted Types policy ("lit-html") once
//   ?csp=strict-tt-dup  the same, allowing "lit-html" to be created more than once
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const POLICIES = {
  strict: STRICT_CSP,
  'strict-tt': `${STRICT_CSP}; trusted-types lit-html`,
  'strict-tt-dup': `${STRICT_CSP}; trusted-types lit-html 'allow-duplicates'`,
};

export async function integrationMiddleware(context, next) {
  if (context.path === '/test/integration/pages/load.html') {
    const page = loadOrderPage(context.query.where, context.query.how);
    if (page) {
      context.type = 'html';
      context.body = page;
      return;
    }
  }
  await next();
  const policy = POLICIES[context.query.csp];
  if (context.path.startsWith('/test/integration/') && typeof policy === 'string') {
    context.set('Content-Security-Policy', policy);
  }
}

/** Ways a site loads the bundle, for /test/integration/pages/load.html?where=head|body&how=…. */
const LOADERS = {
  classic: '<script src="/dist/knee-pain-widgets.js"></script>',
  async: '<script async src="/dist/knee-pain-widgets.js"></script>',
  defer: '<script defer src="/dist/knee-pain-widgets.js"></script>',
  module: '<script type="module" src="/dist/knee-pain-widgets.js"></script>',
};

/**
 * The load-order page: the three tags in the HTML, and the bundle loaded in the <head> or at the
 * end of the <body>, as a classic, async, defer or module script. One generated page instead of a
 * static file per combination.
 */
export function loadOrderPage(where, how) {
  const script = LOADERS[how];
  if (!script || !['head', 'body'].includes(where)) return undefined;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Load order: ${how} script in the ${where}</title>
    <script src="recorder.js"></script>
    ${where === 'head' ? script : ''}
  </head>
  <body>
    <knee-pain-causes heading-level="3"></knee-pain-causes>
    <relief-tips tips="rice"></relief-tips>
    <pt-cta phone="617-555-0123" booking-url="https://example.com/book"></pt-cta>
    <div id="later"></div>
    ${where === 'body' ? script : ''}
  </body>
</html>
`;
}
