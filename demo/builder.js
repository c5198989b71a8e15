// The snippet builder page: reads the form, shows the real widgets as a live preview, and writes
// the HTML to paste. User text only ever reaches the page through setAttribute, textContent and a
// textarea's value, never through innerHTML.
import { buildConfig, normalizeHex, renderSnippet, WIDGETS } from './snippet.js';

const byId = (id) => document.getElementById(id);

const form = byId('builder-form');
const preview = byId('preview');
const notes = byId('notes');
const snippet = byId('snippet');
const picker = byId('brand-picker');
const brandWarning = byId('brand-warning');
const cspNote = byId('csp-note');
const copyButton = byId('copy');
const copyStatus = byId('copy-status');

/** Text fields that can hold a mistake, by the name buildConfig() reports errors under. */
const checked = {
  phone: byId('phone'),
  bookingUrl: byId('booking-url'),
  emergencyNumber: byId('emergency-number'),
  reviewedOn: byId('reviewed-on'),
  brand: byId('brand'),
};

/**
 * Fields the person has left at least once. A mistake is shown only after that, so nobody is told
 * off halfway through typing; from then on it is re-checked (and cleared) on every keystroke.
 */
const visited = new Set();

function readForm() {
  const value = (id) => byId(id).value;
  return {
    clinicName: value('clinic-name'),
    phone: value('phone'),
    bookingUrl: value('booking-url'),
    brand: value('brand'),
    emergencyNumber: value('emergency-number'),
    reviewedBy: value('reviewed-by'),
    reviewedOn: value('reviewed-on'),
    headingLevel: value('heading-level'),
    theme: form.elements.namedItem('theme').value,
    dataLayer: byId('data-layer').checked,
    widgets: {
      causes: byId('w-causes').checked,
      tips: byId('w-tips').checked,
      cta: byId('w-cta').checked,
    },
  };
}

function showErrors(errors) {
  for (const [key, input] of Object.entries(checked)) {
    const message = visited.has(key) ? errors[key] : undefined;
    byId(`${input.id}-error`).textContent = message ?? '';
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

const THEME_NAMES = { light: 'light theme', dark: 'dark theme' };

/** Two decimals, rounded down, so 4.49 never shows as a passing "4.5". */
const ratioText = (ratio) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

function showContrast(config, brand) {
  brandWarning.replaceChildren();
  for (const problem of config.contrast) {
    const p = document.createElement('p');
    const advice = problem.theme === 'dark' ? 'Choose a lighter colour' : 'Choose a darker colour';
    p.textContent =
      `Hard to read in the ${THEME_NAMES[problem.theme]}: the Book button’s text (${problem.textColor}) ` +
      `on ${brand} has a contrast of only ${ratioText(problem.ratio)}; at least 4.5:1 is needed. ${advice}.`;
    brandWarning.append(p);
  }
  if (config.contrast.length > 0 && readForm().theme === 'auto') {
    const p = document.createElement('p');
    p.textContent =
      'With the automatic theme, one colour has to suit both the light and the dark button text, ' +
      'and hardly any colour does. Choosing Light or Dark is easier.';
    brandWarning.append(p);
  }
}

function showNotes(config) {
  notes.replaceChildren();
  const messages = [...config.warnings];
  if (Object.keys(config.errors).some((key) => key !== 'emergencyNumber' && key !== 'brand')) {
    messages.push('Values with a mistake are left out of the code until they are fixed.');
  }
  for (const message of messages) {
    const p = document.createElement('p');
    p.textContent = message;
    notes.append(p);
  }
}

/** Makes each preview element carry exactly the attributes the snippet gives it. */
function syncPreview(config) {
  for (const { tag } of WIDGETS) {
    const element = preview.querySelector(tag);
    const widget = config.widgets.find((w) => w.tag === tag);
    element.hidden = !widget;
    if (!widget) continue;
    const wanted = new Map(widget.attributes);
    for (const name of element.getAttributeNames()) {
      if (name !== 'hidden' && !wanted.has(name)) element.removeAttribute(name);
    }
    for (const [name, value] of wanted) {
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
  }
}

function update() {
  const input = readForm();
  const config = buildConfig(input);
  const brand = normalizeHex(input.brand);
  if (brand && picker.value !== brand) picker.value = brand;
  showErrors(config.errors);
  showContrast(config, brand);
  showNotes(config);
  syncPreview(config);
  snippet.value = renderSnippet(config);
  cspNote.hidden = !brand;
}

// The review date cannot be later than today (the widgets refuse a future date).
const now = new Date();
checked.reviewedOn.max = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
  .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
  .join('-');

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', (event) => {
  if (event.target === picker) byId('brand').value = picker.value;
  update();
});
form.addEventListener('change', (event) => {
  for (const [key, input] of Object.entries(checked)) {
    if (event.target === input) visited.add(key);
  }
  update();
});

/* ---------- Tabs (WAI-ARIA tabs pattern, automatic activation) ---------- */

const tabs = [...document.querySelectorAll('[role="tab"]')];

function selectTab(tab, focus) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    byId(other.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
}

for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab, false));
  tab.addEventListener('keydown', (event) => {
    const i = tabs.indexOf(tab);
    const target = {
      ArrowRight: tabs[(i + 1) % tabs.length],
      ArrowLeft: tabs[(i - 1 + tabs.length) % tabs.length],
      Home: tabs[0],
      End: tabs[tabs.length - 1],
    }[event.key];
    if (!target) return;
    event.preventDefault();
    selectTab(target, true);
  });
}

/* ---------- Copy ---------- */

/** Selects the snippet and asks the browser to copy the selection (older browsers, http pages). */
function copyBySelection() {
  snippet.focus();
  snippet.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

async function copySnippet() {
  const text = snippet.value;
  let copied = false;
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = false;
    }
  }
  if (!copied) copied = copyBySelection();
  if (!copied) {
    snippet.focus();
    snippet.select();
  }
  // Empty the live region first, so a second copy is announced again.
  copyStatus.textContent = '';
  await new Promise((resolve) => setTimeout(resolve, 50));
  copyStatus.textContent = copied
    ? 'Copied'
    : 'The code is selected: press Ctrl+C (or Command+C on a Mac) to copy it.';
}

copyButton.addEventListener('click', () => {
  void copySnippet();
});

update();
