// Property-based robustness test: whatever a site owner (or an attacker who controls a CMS field)
// puts into any attribute of any element, the widget never throws, never turns the text into
// markup, never links anywhere but http:, https: or tel:, and warns exactly for the values it
// rejects. "Rejected" is decided with the same validate.ts functions the elements use.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../index.js';
import { CAUSE_IDS, TIP_IDS } from '../content/index.js';
import { LAYOUTS } from '../elements/relief-tips/relief-tips.js';
import { booleanFromAttribute, isPlainBoolean } from '../shared/boolean.js';
import {
  clampHeadingLevel,
  isFutureDate,
  oneOf,
  parseEmergencyNumber,
  parseIdList,
  parseIsoDate,
  parsePhone,
  THEMES,
  toSafeHttpUrl,
} from '../shared/validate.js';

type Tag = 'knee-pain-causes' | 'relief-tips' | 'pt-cta';

const NUM_RUNS = 100;

/** Every element the widgets ever render in their shadow roots. */
const KNOWN_TAGS = new Set(
  'div slot h2 h3 h4 h5 h6 p section ul li strong a details summary span svg path'.split(' '),
);
const LINK_PROTOCOLS = ['http:', 'https:', 'tel:'];

/** Valid attributes each element starts with, so the attribute under test is the only bad one. */
const BASE: Record<Tag, Record<string, string>> = {
  'knee-pain-causes': {},
  'relief-tips': {},
  'pt-cta': { phone: '617-555-0123', 'booking-url': 'https://example.com/book' },
};

const ATTRIBUTES: Record<Tag, string[]> = {
  'knee-pain-causes': ['heading-level', 'theme', 'causes', 'open', 'emergency-number', 'reviewed-by', 'reviewed-on'],
  'relief-tips': ['heading-level', 'theme', 'tips', 'layout', 'emergency-number', 'reviewed-by', 'reviewed-on'],
  'pt-cta': ['heading-level', 'theme', 'clinic-name', 'phone', 'booking-url', 'button-label', 'data-layer'],
};

const unknownIds = (value: string, known: readonly string[]) => parseIdList(value).some((id) => !known.includes(id));

/**
 * Whether the element must reject `value` (and so warn about it), for the attributes it validates;
 * free text attributes are not listed: they never warn. A boolean warns about anything but the
 * plain forms (absent, empty, "true", "false", its own name), and still reads it as on.
 */
const REJECTS: Record<string, (value: string) => boolean> = {
  'heading-level': (v) => {
    const level = clampHeadingLevel(v);
    return level === undefined || String(level) !== v.trim();
  },
  theme: (v) => oneOf(THEMES, v) === undefined,
  causes: (v) => unknownIds(v, CAUSE_IDS),
  tips: (v) => unknownIds(v, TIP_IDS),
  layout: (v) => oneOf(LAYOUTS, v) === undefined,
  'booking-url': (v) => toSafeHttpUrl(v) === undefined,
  phone: (v) => parsePhone(v) === undefined,
  'emergency-number': (v) => parseEmergencyNumber(v) === undefined,
  'reviewed-on': (v) => {
    const date = parseIsoDate(v);
    return date === undefined || isFutureDate(date);
  },
  open: (v) => !isPlainBoolean(v, 'open'),
  'data-layer': (v) => !isPlainBoolean(v, 'data-layer'),
};

/**
 * Whether a rejected value is reported. A blank value means "not set" and is not reported, except
 * for the emergency number, which must always have a number to show ("values without digits fall
 * back to 911 with a warning").
 */
const warnsAbout = (attribute: string, value: string): boolean =>
  REJECTS[attribute]?.(value) === true && (attribute === 'emergency-number' || value.trim() !== '');

// ---- Arbitraries --------------------------------------------------------------------------------

/** Characters browsers strip or ignore around and inside URLs, and other kinds of blank. */
const blank = fc.constantFrom(
  ...['', ' ', '  ', '\t', '\n', '\r\n', '\u0000', '\u0001', '\u001f', '\u00a0', '\u2028', '\u3000', '\ufeff'],
);

/** `s` with a random tab, newline or carriage return after some of its characters. */
const withControls = (s: string) =>
  fc
    .array(fc.constantFrom('', '', '', '\t', '\n', '\r'), { minLength: s.length, maxLength: s.length })
    .map((inserts) => [...s].map((c, i) => c + inserts[i]).join(''));

const scheme = fc
  .constantFrom('javascript', 'data', 'vbscript', 'file', 'blob', 'about', 'mailto', 'ftp', 'tel', 'http', 'https')
  .chain((s) => fc.mixedCase(fc.constant(s)))
  .chain((s) => fc.oneof(fc.constant(s), withControls(s)));

const urlRest = fc.constantFrom(
  ':alert(1)',
  ':alert(document.domain)//',
  ':text/html,<script>alert(1)</script>',
  ':text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ':msgbox("x")',
  '://example.com/book',
  '://example.com/book?a=<b>&c="d"#<img src=x onerror=alert(1)>',
  '://user:pw@example.com:8080/p',
  '://',
  ':example.com',
  ':/example.com',
  '://[::1]/',
  ':+16175550123',
);

/** Absolute URLs of every scheme, with mixed case, padding and tabs or newlines inside the scheme. */
const url = fc.tuple(blank, scheme, urlRest, blank).map((parts) => parts.join(''));

const ENTITIES_AND_ENCODINGS = [
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106avascript:alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  '%6A%61vascript:alert(1)',
  'java\u0000script:alert(1)',
  '\u202Ejavascript:alert(1)',
  '//evil.example/book',
  '\\\\evil.example\\book',
  '/book',
  'book.html',
  'https:example.com',
  'https://example.com/&quot;onmouseover=alert(1)',
  'https://example.com/"><img src=x onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
];

const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=\"javascript:alert(1)\"></iframe>",
  '</style><script>alert(1)</script>',
  '<template><img src=x onerror=alert(1)></template>',
  '<a href="javascript:alert(1)">Book</a>',
  '<!--',
  '-->',
  '<?lit$1234567$>',
  'lit$1234567$',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '<knee-pain-causes></knee-pain-causes>',
];

const EMOJI_AND_RTL = [
  '😀',
  '👩🏽‍⚕️🦵',
  'עברית',
  'العربية ٣',
  '\u202Ehttps://example.com/kcab',
  'https://example.com/\u202Egnp.exe',
  '\u200F3',
  '٣',
  '３',
  'ⅲ',
  '\u0301\u0301\u0301',
  '\uD800',
];

/** 100,000 characters: a long word, digits, markup, emoji, or a valid URL followed by a long path. */
const huge = fc
  .constantFrom('a', '9', ',', ' ', '😀', 'ש', '<img src=x onerror=alert(1)>', 'https://example.com/')
  .map((s) => s.repeat(Math.ceil(100_000 / s.length)))
  .chain((s) => fc.constantFrom(s, `https://example.com/${s}`, `617-555-0123${s}`, `3${s}`));

/** Values close to valid for each attribute, to reach both sides of every check. */
const digitsAndPunctuation = fc.string({ unit: fc.constantFrom(...'0123456789 ()+-./#*x'), maxLength: 24 });
const idList = (ids: readonly string[]) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...ids), fc.mixedCase(fc.constantFrom(...ids)), fc.constantFrom('', ' ', 'nope', 'all')),
      { maxLength: 5 },
    )
    .chain((items) => fc.tuple(fc.constant(items), blank))
    .map(([items, pad]) => items.join(`,${pad}`));
const padded = (words: readonly string[]) =>
  fc.tuple(blank, fc.constantFrom(...words), blank).map((parts) => parts.join(''));
const NEAR_VALID: Record<string, fc.Arbitrary<string>> = {
  'heading-level': fc.oneof(
    fc.integer({ min: -10, max: 20 }).map(String),
    fc.double().map(String),
    fc.constantFrom(' 3 ', '03', '3.0', '+3', '3.5', '1e1', '0x3', 'Infinity', 'NaN', 'undefined', '2 3'),
  ),
  theme: fc.oneof(fc.mixedCase(fc.constantFrom(...THEMES, 'purple')), padded(THEMES)),
  layout: fc.oneof(fc.mixedCase(fc.constantFrom(...LAYOUTS, 'grid list')), padded(LAYOUTS)),
  causes: idList(CAUSE_IDS),
  tips: idList(TIP_IDS),
  phone: digitsAndPunctuation,
  'emergency-number': digitsAndPunctuation,
  'reviewed-on': fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(' 2026-03-03 ', '2026-3-3', '03/03/2026', '2024-02-29', '2026-02-29', '2026-03-03T00:00'),
  ),
  'reviewed-by': fc.constantFrom('Dana Ruiz, PT, DPT', '  Dana\n Ruiz ', 'Dr. Ng {date}', '$& $1', ''),
  'booking-url': fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), url),
  open: fc.oneof(fc.mixedCase(fc.constantFrom('false', 'true', 'open', '', 'no', '0')), padded(['false', 'true'])),
  'data-layer': fc.oneof(fc.mixedCase(fc.constantFrom('false', 'true', 'data-layer', '', 'off', '1')), padded(['false'])),
};

const hostile = fc.oneof(
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 2 },
  { arbitrary: url, weight: 3 },
  { arbitrary: fc.constantFrom(...ENTITIES_AND_ENCODINGS), weight: 2 },
  { arbitrary: fc.constantFrom(...EMOJI_AND_RTL), weight: 1 },
  { arbitrary: blank.chain((a) => blank.map((b) => a + b)), weight: 1 },
  { arbitrary: huge, weight: 1 },
);

const valueFor = (attribute: string) =>
  NEAR_VALID[attribute]
    ? fc.oneof({ arbitrary: hostile, weight: 2 }, { arbitrary: NEAR_VALID[attribute], weight: 1 })
    : hostile;

const warningStart = (tag: string, attribute: string) => new RegExp(`^<${tag}> ${attribute}="`);

// ---- The property --------------------------------------------------------------------------------

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Renders a fresh element with `attribute` set to `value`; returns it with what it logged. */
async function render(tag: Tag, attribute: string, value: string, container: HTMLElement) {
  const warns: string[] = [];
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(event.error ?? event.message);
    event.preventDefault();
  };
  const { warn } = console;
  console.warn = (...args: unknown[]) => warns.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  try {
    const el = document.createElement(tag) as Widget;
    for (const [name, base] of Object.entries(BASE[tag])) el.setAttribute(name, base);
    el.setAttribute(attribute, value);
    container.replaceChildren(el);
    await el.updateComplete;
    // Set again: the same bad value is not reported twice by one element.
    el.setAttribute(attribute, value);
    await el.updateComplete;
    return { el, warns, errors };
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
  }
}

function expectSafeShadow(el: Widget, what: string): ShadowRoot {
  const root = el.shadowRoot!;
  expect(root, `${what}: shadow root`).to.not.equal(null);
  expect(root.querySelector('[part=base]'), `${what}: rendered`).to.not.equal(null);
  expect(el.children.length, `${what}: nothing added to the light DOM`).to.equal(0);
  // Collected first and asserted once: chai per node would make each run slow.
  const unexpected = new Set<string>();
  const handlers = new Set<string>();
  for (const node of root.querySelectorAll('*')) {
    if (!KNOWN_TAGS.has(node.localName)) unexpected.add(node.localName);
    for (const name of node.getAttributeNames()) if (name.startsWith('on')) handlers.add(name);
  }
  expect([...unexpected], `${what}: unexpected elements in the shadow root`).to.deep.equal([]);
  expect([...handlers], `${what}: event-handler attributes`).to.deep.equal([]);
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const protocols = new Set(links.map((a) => new URL(a.href).protocol));
  expect([...protocols].filter((p) => !LINK_PROTOCOLS.includes(p)), `${what}: link protocols`).to.deep.equal([]);
  return root;
}

/** What the attribute's value must visibly do, by the validate.ts functions. */
function expectApplied(el: Widget, root: ShadowRoot, attribute: string, value: string, what: string): void {
  switch (attribute) {
    case 'heading-level': {
      const level = clampHeadingLevel(value) ?? 2;
      expect(root.querySelector('[part=heading]')!.localName, what).to.equal(`h${level}`);
      break;
    }
    case 'theme':
      expect([...root.querySelector('[part=base]')!.classList], what).to.include(oneOf(THEMES, value) ?? 'light');
      break;
    case 'layout':
      expect([...root.querySelector('[part=list]')!.classList], what).to.include(oneOf(LAYOUTS, value) ?? 'grid');
      break;
    case 'causes':
    case 'tips': {
      const known: readonly string[] = attribute === 'causes' ? CAUSE_IDS : TIP_IDS;
      const wanted = parseIdList(value).filter((id) => known.includes(id));
      const shown = root.querySelectorAll(attribute === 'causes' ? '[part=cause]' : '[part=tip]').length;
      expect(shown, what).to.equal(wanted.length || known.length);
      break;
    }
    case 'open':
      // "false" (as frameworks write a false value) closes them; any other value opens them all.
      expect(root.querySelectorAll(booleanFromAttribute(value) ? '[part=cause]:not([open])' : '[part=cause][open]').length, what).to.equal(0);
      break;
    case 'emergency-number': {
      const digits = parseEmergencyNumber(value) ?? '911';
      const links = [...root.querySelectorAll('a[href^="tel:"]')];
      expect(links.length, what).to.be.greaterThan(0);
      for (const link of links) expect(link.getAttribute('href'), what).to.equal(`tel:${digits}`);
      break;
    }
    case 'reviewed-by': {
      const line = root.querySelector('[part=reviewed]');
      const name = value.replace(/\s+/g, ' ').trim();
      expect(line?.textContent ?? null, what).to.equal(name ? `Reviewed by ${name}.` : null);
      expect(line?.childElementCount ?? 0, what).to.equal(0);
      break;
    }
    case 'reviewed-on': {
      const line = root.querySelector('[part=reviewed]');
      expect(line !== null, what).to.equal(!REJECTS['reviewed-on'](value));
      if (line) expect(line.textContent, what).to.match(/^Reviewed on \S.*\d{4}\.$/);
      break;
    }
    case 'booking-url':
      expect(root.querySelector<HTMLAnchorElement>('[part=book]')?.href, what).to.equal(toSafeHttpUrl(value));
      break;
    case 'phone':
      expect(root.querySelector<HTMLAnchorElement>('[part=call]')?.href, what).to.equal(parsePhone(value)?.href);
      break;
    case 'clinic-name': {
      const strong = root.querySelector('[part=message] strong')!;
      expect(strong.textContent, what).to.equal(value.trim() || 'Blue Hills Sports & Spine Rehabilitation');
      expect(strong.childElementCount, what).to.equal(0);
      break;
    }
    case 'button-label': {
      const book = root.querySelector('[part=book]')!;
      expect(book.textContent, what).to.equal(value.trim() || 'Book an evaluation');
      expect(book.childElementCount, what).to.equal(0);
      break;
    }
    case 'data-layer':
      expect((el as Widget & { dataLayer: boolean }).dataLayer, what).to.equal(booleanFromAttribute(value));
      break;
    default:
      throw new Error(`no check for ${attribute}`);
  }
}

/** Follows every link of a <pt-cta> (navigation cancelled) and checks the reported events. */
function expectSafeClicks(el: Widget, root: ShadowRoot, what: string): void {
  const hrefs: string[] = [];
  const onCta = (e: Event) => hrefs.push((e as CustomEvent<{ href: string }>).detail.href);
  const stay = (e: Event) => e.preventDefault();
  el.addEventListener('kp-cta-click', onCta);
  el.addEventListener('click', stay);
  try {
    const links = [...root.querySelectorAll('a')];
    for (const a of links) a.click();
    expect(hrefs, `${what}: one kp-cta-click per link`).to.have.length(links.length);
    for (const href of hrefs) expect(LINK_PROTOCOLS, `${what}: event href`).to.include(new URL(href).protocol);
  } finally {
    el.removeEventListener('kp-cta-click', onCta);
    el.removeEventListener('click', stay);
  }
}

describe('bad input at every attribute (property-based)', () => {
  let container: HTMLElement;
  let hadDataLayer: boolean;
  before(() => {
    container = document.createElement('div');
    document.body.append(container);
    hadDataLayer = 'dataLayer' in window;
  });
  after(() => {
    container.remove();
    if (!hadDataLayer) delete (window as { dataLayer?: unknown }).dataLayer;
  });

  for (const [tag, attributes] of Object.entries(ATTRIBUTES) as [Tag, string[]][]) {
    for (const attribute of attributes) {
      it(`<${tag} ${attribute}>`, async () => {
        await fc.assert(
          fc.asyncProperty(valueFor(attribute), async (value) => {
            const what = `<${tag} ${attribute}=${JSON.stringify(value.slice(0, 60))}${value.length > 60 ? '…' : ''}>`;
            const { el, warns, errors } = await render(tag, attribute, value, container);
            expect(errors, `${what}: errors`).to.deep.equal([]);
            const root = expectSafeShadow(el, what);
            expectApplied(el, root, attribute, value, what);

            const expected = warnsAbout(attribute, value) ? 1 : 0;
            const quoted = JSON.stringify(warns.map((w) => w.slice(0, 120)));
            expect(warns.length, `${what}: warnings ${quoted}`).to.equal(expected);
            if (expected) expect(warns[0], `${what}: the warning names it`).to.match(warningStart(tag, attribute));

            if (tag === 'pt-cta') expectSafeClicks(el, root, what);
          }),
          { numRuns: NUM_RUNS },
        );
      });
    }
  }
});
