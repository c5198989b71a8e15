// The snippet builder page: reads the form, shows the real widgets as a live preview, and writes
// the HTML to paste. User text only ever reaches the page through setAttribute, textContent and a
// textarea's value, never through innerHTML.
import {
  buildConfig,
  formatSize,
  LANGUAGE_CHOICES,
  normalizeHex,
  renderSnippet,
  SCRIPT_PLACEHOLDER,
  scriptSource,
  sizeOf,
  TOPICS_WARNING,
  WIDGETS,
} from './snippet.js';
// The pinned CDN address and the bundle's integrity hash, written by the build (scripts/hosted.mjs).
import { HOSTED } from '../dist/hosted.js';

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
const brandDarkDerived = byId('brand-dark-derived');
const prerenderBox = byId('prerender');
const prerenderLinked = byId('prerender-linked');
const snippetSize = byId('snippet-size');

/**
 * The pre-rendered templates the build writes beside the bundle, for "put the text in the page".
 * Until they have loaded (or if they cannot), the code is the plain tags.
 */
let prerendered;
fetch(new URL('../dist/knee-pain-widgets.prerender.json', import.meta.url))
  .then((response) => (response.ok ? response.json() : undefined))
  .then((templates) => {
    prerendered = templates;
    update();
  })
  .catch(() => {
    prerenderBox.disabled = true;
  });

// One check box and one preview element per widget, made from the widget list (src/widgets.ts),
// so a widget added there appears here too. Each box is labelled with what the widget is.
const choices = byId('widget-choices');
for (const { tag, summary } of WIDGETS) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `w-${tag}`;
  box.name = tag;
  box.checked = true;
  const code = document.createElement('code');
  code.textContent = `<${tag}>`;
  label.append(box, ' ', summary, ' ', code);
  choices.append(label);
  preview.append(document.createElement(tag));
}

// The language choice: "the page's language" or one of the widgets' languages, each in itself.
const languageSelect = byId('language');
for (const { code, name } of LANGUAGE_CHOICES) {
  const option = document.createElement('option');
  option.value = code;
  option.lang = code;
  option.textContent = name;
  languageSelect.append(option);
}

/** Text fields that can hold a mistake, by the name buildConfig() reports errors under. */
const checked = {
  phone: byId('phone'),
  bookingUrl: byId('booking-url'),
  emergencyNumber: byId('emergency-number'),
  reviewedOn: byId('reviewed-on'),
  brand: byId('brand'),
  brandDark: byId('brand-dark'),
  measurementId: byId('measurement-id'),
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
    brandDark: value('brand-dark'),
    language: value('language'),
    languageSwitch: byId('language-switch').checked,
    emergencyNumber: value('emergency-number'),
    reviewedBy: value('reviewed-by'),
    reviewedOn: value('reviewed-on'),
    headingLevel: value('heading-level'),
    theme: form.elements.namedItem('theme').value,
    dataLayer: byId('data-layer').checked,
    gtag: byId('gtag').checked,
    passUtm: byId('pass-utm').checked,
    topics: byId('data-layer-topics').checked,
    measurementId: value('measurement-id'),
    jsonLd: byId('json-ld').checked,
    widgets: Object.fromEntries(WIDGETS.map(({ tag }) => [tag, byId(`w-${tag}`).checked])),
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

const WHAT = {
  button: (p) => `the Book button’s text (${p.textColor}) on ${p.brand}`,
  link: (p) => `links in ${p.brand} on the background (${p.textColor})`,
};

function showContrast(config) {
  brandWarning.replaceChildren();
  for (const problem of config.contrast) {
    const p = document.createElement('p');
    const advice =
      problem.theme === 'dark'
        ? 'Choose a lighter colour for the dark theme'
        : 'Choose a darker colour';
    p.textContent =
      `Hard to read in the ${THEME_NAMES[problem.theme]}: ${WHAT[problem.what](problem)} has a contrast of only ` +
      `${ratioText(problem.ratio)}; at least 4.5:1 is needed. ${advice}.`;
    brandWarning.append(p);
  }
}

/** Shows the dark theme's brand colour the widgets will use when the dark field is left empty. */
function showDerived(config) {
  const derived = config.derivedDarkBrand;
  brandDarkDerived.textContent = derived ? `Left empty, the dark theme uses ${derived}.` : '';
}

function showNotes(config) {
  notes.replaceChildren();
  const messages = [...config.warnings];
  if (Object.keys(config.errors).some((key) => !['emergencyNumber', 'brand', 'brandDark', 'measurementId'].includes(key))) {
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

const topicsWarning = byId('topics-warning');
const gtmDownload = byId('gtm-download');
const gtmStatus = byId('gtm-file-status');

/** The topics warning while the box is ticked; the container file as a download link when it can be made. */
function showMeasure(input, config) {
  topicsWarning.textContent = input.topics ? TOPICS_WARNING : '';
  gtmDownload.hidden = !config.container;
  if (config.container) {
    // A data: address, rebuilt as the form changes: a plain link the keyboard reaches and that
    // "Save link as" also works on; nothing leaves the browser.
    gtmDownload.href = `data:application/json;charset=utf-8,${encodeURIComponent(config.container)}`;
  } else {
    gtmDownload.removeAttribute('href');
  }
  const status = config.container
    ? 'Your Tag Manager file is ready.'
    : !input.dataLayer
      ? 'Turn on “Send views and clicks to Google Tag Manager” to get a Tag Manager file.'
      : 'Enter your GA4 measurement ID to get a Tag Manager file.';
  if (gtmStatus.textContent !== status) gtmStatus.textContent = status;
}

function update() {
  const input = readForm();
  const config = buildConfig(input);
  const brand = normalizeHex(input.brand);
  if (brand && picker.value !== brand) picker.value = brand;
  showErrors(config.errors);
  showContrast(config);
  showDerived(config);
  showNotes(config);
  syncPreview(config);
  const script = showScriptSource();
  const inPage = prerenderBox.checked && prerendered !== undefined;
  prerenderLinked.disabled = !prerenderBox.checked;
  snippet.value = renderSnippet(config, script, inPage ? { prerendered, linkStyles: prerenderLinked.checked } : {});
  snippet.dataset.prerendered = String(inPage);
  // The size a clinic pastes, and what the text in the page adds to it.
  const size = formatSize(sizeOf(snippet.value));
  const sizeText = inPage
    ? `Size of this code: ${size} (${formatSize(sizeOf(renderSnippet(config, script)))} without the text in the page).`
    : `Size of this code: ${size}.`;
  if (snippetSize.textContent !== sizeText) snippetSize.textContent = sizeText;
  showMeasure(input, config);
  cspNote.hidden = !brand && !normalizeHex(input.brandDark);
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

/* ---------- Where is knee-pain-widgets.js? ---------- */

const sourceBox = byId('script-source');
const scriptUrl = byId('script-url');
const scriptUrlError = byId('script-url-error');
const snippetHint = byId('snippet-hint');
byId('hosted-version').textContent = HOSTED.version;

/** Set once the person picks an option: from then on, changing tabs no longer picks one for them. */
let sourcePicked = false;
/** The address field is checked once the person has left it, as the form's fields are. */
let scriptUrlVisited = false;

/** The chosen script for the snippet; shows the address error and the hint under "Your code". */
function showScriptSource() {
  const source = sourceBox.querySelector('input[name="script-source"]:checked')?.value ?? 'own';
  const { script, error } = scriptSource({ source, url: scriptUrl.value }, HOSTED);
  scriptUrl.disabled = source !== 'own';
  const message = source === 'own' && scriptUrlVisited ? (error ?? '') : '';
  scriptUrlError.textContent = message;
  if (message) scriptUrl.setAttribute('aria-invalid', 'true');
  else scriptUrl.removeAttribute('aria-invalid');
  const hint = script.integrity
    ? `The code loads version ${HOSTED.version} from a public CDN, checked by its integrity hash. It works once that version is published on npm.`
    : script.src !== SCRIPT_PLACEHOLDER
      ? 'The code loads knee-pain-widgets.js from your own site.'
      : 'Upload dist/knee-pain-widgets.js to your site and put its address under “Where is knee-pain-widgets.js?” (or in place of https://YOUR-SITE.example/knee-pain-widgets.js).';
  if (snippetHint.textContent !== hint) snippetHint.textContent = hint;
  return script;
}

/** Picks the option for the tab (the CDN for Squarespace, which cannot host files), unless the person already chose. */
function defaultSourceFor(tab) {
  if (sourcePicked) return;
  const wanted = tab.id === 'tab-squarespace' ? 'hosted' : 'own';
  sourceBox.querySelector(`input[name="script-source"][value="${wanted}"]`).checked = true;
  update();
}

sourceBox.addEventListener('change', (event) => {
  if (event.target.name === 'script-source') sourcePicked = true;
  if (event.target === scriptUrl) scriptUrlVisited = true;
  update();
});
sourceBox.addEventListener('input', () => update());
byId('prerender-options').addEventListener('change', () => update());

/* ---------- Tabs (WAI-ARIA tabs pattern, automatic activation) ---------- */

const tabs = [...document.querySelectorAll('[role="tab"]')];

function selectTab(tab, focus) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    byId(other.getAttribute('aria-controls')).hidden = !selected;
  }
  defaultSourceFor(tab);
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
