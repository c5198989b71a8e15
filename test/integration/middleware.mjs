// Test-runner middleware for the integration suite: pages under /test/integration/ that are asked
// for with ?csp=strict get the strict Content-Security-Policy a careful site would send.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

export async function integrationMiddleware(context, next) {
  await next();
  if (context.path.startsWith('/test/integration/') && context.query.csp === 'strict') {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}
