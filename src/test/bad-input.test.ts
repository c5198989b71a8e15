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
import { FALLBACK_LANGUAGE, primaryTag, supported } from '../shared/language.js';
import { ATTRIBUTES, BASE, BOOLEAN_ATTRIBUTES, valueFor, type Tag } from './arbitraries.js';
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

const NUM_RUNS = 100;

/** Every element the widgets ever render in their shadow roots. */
const KNOWN_TAGS = new Set(
  'div slot h2 h3 h4 h5 h6 p section ul li strong a details summary span svg path button'.split(' '),
);
const LINK_PROTOCOLS = ['http:', 'https:', 'tel:'];

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
  // A language the widgets do not have (its primary subtag is not one of theirs).
  lang: (v) => (supported(v) ?? FALLBACK_LANGUAGE) !== primaryTag(v),
  ...Object.fromEntries(BOOLEAN_ATTRIBUTES.map((name) => [name, (v: string) => !isPlainBoolean(v, name)])),
};

/** A boolean attribute's property name (`data-layer-topics` → `dataLayerTopics`). */
const propertyOf = (attribute: string) => attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * Whether a rejected value is reported. A blank value means "not set" and is not reported, except
 * for the emergency number, which must always have a number to show ("values without digits fall
 * back to 911 with a warning").
 */
const warnsAbout = (attribute: string, value: string): boolean =>
  REJECTS[attribute]?.(value) === true && (attribute === 'emergency-number' || value.trim() !== '');

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
    case 'data-layer-topics':
    case 'gtag':
    case 'pass-utm':
      // What they change is what leaves the page (analytics.test.ts, utm.test.ts); here, the reading.
      expect((el as unknown as Record<string, unknown>)[propertyOf(attribute)], what).to.equal(booleanFromAttribute(value));
      break;
    case 'language-switch':
      expect((el as unknown as Record<string, unknown>).languageSwitch, what).to.equal(booleanFromAttribute(value));
      expect(root.querySelector('[part=language-switch]') !== null, what).to.equal(booleanFromAttribute(value));
      break;
    case 'lang': {
      // The page has no lang of its own in these tests, so a blank value gives English too.
      const language = supported(value) ?? FALLBACK_LANGUAGE;
      expect(root.querySelector('[part=base]')!.getAttribute('lang'), what).to.equal(language);
      break;
    }
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
