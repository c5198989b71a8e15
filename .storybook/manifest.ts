/**
 * Turns the Custom Elements Manifest (custom-elements.json, written by `npm run analyze`) into
 * Storybook argTypes for the docs tables and the Controls panel.
 *
 * Storybook's built-in reader keys every row by its bare name, so a slot and a CSS part that share
 * a name (all three widgets have a `heading` slot and a `heading` part) overwrite each other, and
 * it lists private and protected class members as if they were API. This reader keeps one row per
 * attribute, event, slot, part and custom property, and leaves internals out.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

/** The small part of the manifest schema (schemaVersion 2.x) read here. */
interface CemItem {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  attribute?: string;
  fieldName?: string;
}

interface CemDeclaration extends CemItem {
  tagName?: string;
  customElement?: boolean;
  members?: CemItem[];
  attributes?: CemItem[];
  events?: CemItem[];
  slots?: CemItem[];
  cssParts?: CemItem[];
  cssProperties?: CemItem[];
}

export interface CustomElementsManifest {
  schemaVersion: string;
  modules: { path: string; declarations?: CemDeclaration[] }[];
}

function findElement(manifest: CustomElementsManifest, tag: string): CemDeclaration | undefined {
  for (const mod of manifest.modules) {
    const found = mod.declarations?.find((d) => d.tagName === tag);
    if (found) return found;
  }
  return undefined;
}

/** A control type Storybook can infer from, for the few attribute types worth a guess. */
function inputType(text: string | undefined): { name: 'boolean' | 'number' | 'string' } {
  if (text === 'boolean') return { name: 'boolean' };
  if (text === 'number') return { name: 'number' };
  return { name: 'string' };
}

/** A row that documents something without a control (events, slots, parts). */
function docRow(item: CemItem, category: string, typeText?: string): ArgTypes[string] {
  return {
    name: item.name,
    description: item.description ?? item.summary ?? '',
    control: false,
    table: { category, ...(typeText ? { type: { summary: typeText } } : {}) },
  };
}

/** argTypes for the element `tag`, or `undefined` when the manifest does not list it. */
export function argTypesFromManifest(manifest: CustomElementsManifest, tag: string): ArgTypes | undefined {
  const element = findElement(manifest, tag);
  if (!element) return undefined;
  const argTypes: ArgTypes = {};

  for (const attr of element.attributes ?? []) {
    const property = attr.fieldName && attr.fieldName !== attr.name ? `\n\nJS property: \`${attr.fieldName}\`.` : '';
    argTypes[attr.name] = {
      name: attr.name,
      description: `${attr.description ?? ''}${property}`,
      type: inputType(attr.type?.text),
      table: {
        category: 'attributes',
        type: { summary: attr.type?.text ?? 'string' },
        ...(attr.default !== undefined ? { defaultValue: { summary: attr.default } } : {}),
      },
    };
  }

  // Public properties with no attribute (none today) still deserve a row.
  for (const member of element.members ?? []) {
    const isPublicField = member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';
    if (!isPublicField || member.attribute || member.name.startsWith('#')) continue;
    argTypes[`property:${member.name}`] = docRow(member, 'properties', member.type?.text);
  }

  for (const event of element.events ?? []) {
    argTypes[`event:${event.name}`] = docRow(event, 'events', event.type?.text);
  }
  for (const slot of element.slots ?? []) {
    argTypes[`slot:${slot.name}`] = docRow(slot, 'slots');
  }
  for (const part of element.cssParts ?? []) {
    argTypes[`part:${part.name}`] = docRow(part, 'css shadow parts');
  }
  for (const prop of element.cssProperties ?? []) {
    argTypes[prop.name] = {
      name: prop.name,
      description: prop.description ?? '',
      type: { name: 'string' },
      table: { category: 'css custom properties' },
    };
  }
  return argTypes;
}
