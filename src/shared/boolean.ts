import type { ComplexAttributeConverter, PropertyDeclaration, PropertyValues, ReactiveElement } from 'lit';

/**
 * Boolean attributes the way frameworks write them.
 *
 * React, Preact, Vue, Svelte and Angular all write a `false` value of a `data-*` or hyphenated
 * attribute as the text `"false"`; HTML's rule ("present means on") would turn that into on, which
 * for `data-layer` means sending analytics the site asked not to send. So every boolean attribute
 * of the widgets reads:
 *
 * - absent, or `"false"` (any case, trimmed): off;
 * - present and empty, `"true"`, or the attribute's own name (`open="open"`): on;
 * - any other text: on, with one warning naming the element, the attribute and these values.
 *
 * A property reads by the same rule as the text the same value would have as an attribute (what
 * `setAttribute` would write): `true` is present, `false`, `null` and `undefined` are absent, and
 * anything else is its `String()`. So `el.dataLayer = 'false'` (as Vue sets a static
 * `data-layer="false"`) is off too, and `el.open = 1` warns just as `open="1"` does.
 *
 * Declare a boolean property as an object literal in `static get properties()`:
 *
 * ```ts
 * passUtm: { attribute: 'pass-utm', type: Boolean, converter: booleanConverter },
 * ```
 *
 * and read it with `toBoolean(this.passUtm)`. The literal matters: custom-elements-manifest's
 * analyzer and lit-analyzer read attribute names from object literals only. A call such as
 * `booleanProperty('pass-utm')` works at run time but is invisible to them (the manifest would name
 * the attribute `passUtm`), and a spread `{ ...booleanProperty('x') }` crashes the analyzer.
 * `KpElement` finds every property whose converter is `booleanConverter` and warns about unclear
 * values; nothing else needs writing.
 */

/** What a warning about a boolean attribute lists as accepted. */
export const BOOLEAN_ACCEPTED = 'present or absent, "true" or "false"';

/** The text a value has as an attribute: `null` for absent, `''` for `true`, otherwise `String(value)`. */
export function booleanText(value: unknown): string | null {
  if (value === true) return '';
  if (value === false || value === null || value === undefined) return null;
  return String(value);
}

/** Reads a boolean attribute: absent or `"false"` (any case, trimmed) is off; anything else is on. */
export function booleanFromAttribute(value: string | null): boolean {
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/**
 * The boolean a property or attribute value stands for. Elements read their boolean properties
 * through this, so `el.dataLayer = 'false'` is off, like `data-layer="false"`.
 */
export function toBoolean(value: unknown): boolean {
  return booleanFromAttribute(booleanText(value));
}

/**
 * Whether `value` is one of the unambiguous forms (see above), so needs no warning. `attribute` is
 * the attribute's name, which HTML also allows as its value (`open="open"`).
 */
export function isPlainBoolean(value: unknown, attribute: string): boolean {
  const text = booleanText(value);
  if (text === null) return true;
  const word = text.trim().toLowerCase();
  return word === '' || word === 'true' || word === 'false' || word === attribute.toLowerCase();
}

/** Lit's converter for every boolean attribute of the widgets. Reflects on as an empty attribute. */
export const booleanConverter: ComplexAttributeConverter<boolean> = {
  fromAttribute: booleanFromAttribute,
  toAttribute: (value: unknown) => (toBoolean(value) ? '' : null),
};

/**
 * The declaration of a boolean property, for code that builds declarations at run time. In an
 * element's `static get properties()`, write the same object as a literal instead (see above), so
 * the manifest and lit-analyzer see the attribute.
 */
export function booleanProperty(attribute: string, options: Partial<PropertyDeclaration> = {}): PropertyDeclaration {
  return { attribute, type: Boolean, converter: booleanConverter, ...options };
}

/** The boolean properties of an element class, by attribute name (those declared with `booleanConverter`). */
function booleanAttributes(element: ReactiveElement): Map<string, PropertyKey> {
  const ctor = element.constructor as typeof ReactiveElement;
  let map = BOOLEAN_ATTRIBUTES.get(ctor);
  if (!map) {
    map = new Map();
    for (const [key, declaration] of ctor.elementProperties) {
      if (declaration.converter !== booleanConverter || declaration.attribute === false) continue;
      map.set(typeof declaration.attribute === 'string' ? declaration.attribute : String(key).toLowerCase(), key);
    }
    BOOLEAN_ATTRIBUTES.set(ctor, map);
  }
  return map;
}
const BOOLEAN_ATTRIBUTES = new WeakMap<typeof ReactiveElement, Map<string, PropertyKey>>();

/**
 * Checks the boolean values an element was given, so that every widget warns the same way whether a
 * value arrived as an attribute or as a property; `warn(attribute, text)` is called once per unclear
 * value. `KpElement` calls it from two places:
 *
 * - `attributeChangedCallback` with the attribute's name and its new text (the converter
 *   turns the text into a boolean before any update sees it, so the text is checked here);
 * - `willUpdate` with the changed properties: a property set to anything but a boolean, `null` or
 *   `undefined` (what the converter gives) is checked by the text it would have as an attribute.
 */
export function checkBooleans(
  element: ReactiveElement,
  change: PropertyValues | { attribute: string; value: string | null },
  warn: (attribute: string, text: string) => void,
): void {
  const attributes = booleanAttributes(element);
  // Each unclear value is reported once per element and attribute, even when it comes back (after
  // reflection rewrote the attribute, or through the other path).
  const report = (attribute: string, text: string) => {
    let warned = WARNED.get(element);
    if (!warned) WARNED.set(element, (warned = new Map()));
    if (warned.get(attribute) === text) return;
    warned.set(attribute, text);
    warn(attribute, text);
  };
  if ('attribute' in change && typeof change.attribute === 'string') {
    const { attribute, value } = change;
    if (value !== null && attributes.has(attribute) && !isPlainBoolean(value, attribute)) report(attribute, value);
    return;
  }
  for (const [attribute, key] of attributes) {
    if (!(change as PropertyValues).has(key)) continue;
    const value = (element as unknown as Record<PropertyKey, unknown>)[key];
    if (!isPlainBoolean(value, attribute)) report(attribute, booleanText(value) ?? '');
  }
}
const WARNED = new WeakMap<ReactiveElement, Map<string, string>>();
