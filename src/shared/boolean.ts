import type { ComplexAttributeConverter, PropertyDeclaration } from 'lit';

/**
 * Reads a boolean attribute the way frameworks write one. React, Preact, Vue, Svelte and Angular all
 * write a `false` value of a `data-*` or hyphenated attribute as the text `"false"`; HTML's rule
 * ("present means on") would turn that into on, which for `data-layer` means sending analytics the
 * site asked not to send. So: absent or `"false"` (any case, trimmed) is off; present and empty, or
 * any other text, is on. Neither `"false"` nor `"true"` is worth a warning.
 */
export function booleanFromAttribute(value: string | null): boolean {
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/** Lit's converter for every boolean attribute of the widgets. Reflects `true` as an empty attribute. */
export const booleanConverter: ComplexAttributeConverter<boolean> = {
  fromAttribute: booleanFromAttribute,
  toAttribute: (value: unknown) => (value ? '' : null),
};

/** The declaration of a boolean property, e.g. `dataLayer: booleanProperty('data-layer')`. */
export function booleanProperty(attribute: string, options: Partial<PropertyDeclaration> = {}): PropertyDeclaration {
  return { attribute, converter: booleanConverter, ...options };
}

/**
 * The boolean a property value stands for, by the same rule as the attribute: elements read their
 * boolean properties through this, so `el.dataLayer = 'false'` (as some frameworks set it) is off too.
 */
export function toBoolean(value: unknown): boolean {
  return typeof value === 'string' ? booleanFromAttribute(value) : Boolean(value);
}
