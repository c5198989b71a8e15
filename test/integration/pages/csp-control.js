// Probes what the strict CSP enforces in this engine, so the CSP test knows its listener works.
'use strict';
{
  const probe = document.createElement('div');
  let enforced = false;
  try {
    // A plain string into an HTML sink: refused where Trusted Types are enforced.
    probe.innerHTML = '<b>plain string</b>';
  } catch {
    enforced = true;
  }
  Object.defineProperty(window, '__kpTrustedTypesEnforced', { value: enforced });
}
