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
  await next();
  const policy = POLICIES[context.query.csp];
  if (context.path.startsWith('/test/integration/') && typeof policy === 'string') {
    context.set('Content-Security-Policy', policy);
  }
}
