// The first script of every integration page: records what the page under test must never do.
// Kept on one non-enumerable property, so it does not show up in the page's Object.keys(window).
'use strict';
{
  const log = { violations: [], warns: [], errors: [], uncaught: [] };
  Object.defineProperty(window, '__kpLog', { value: log });

  // Blocked inline scripts and styles, refused Trusted Types sinks, … (CSP level 3).
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      log.violations.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: String(event.blockedURI),
        sample: String(event.sample || ''),
      });
    },
    true,
  );

  const text = (args) => args.map(String).join(' ');
  const { warn, error } = console;
  console.warn = (...args) => {
    log.warns.push(text(args));
    warn.apply(console, args);
  };
  console.error = (...args) => {
    log.errors.push(text(args));
    error.apply(console, args);
  };
  window.addEventListener('error', (event) => log.uncaught.push(String(event.message || event.error)));
  window.addEventListener('unhandledrejection', (event) => log.uncaught.push(`unhandled rejection: ${event.reason}`));
}
