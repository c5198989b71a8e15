import { VERSION } from './version.js';

/** A custom-element class that says which version of this library it came from. */
type VersionedElement = CustomElementConstructor & { kpVersion?: string };

/**
 * Registers `tag` once, whatever else is on the page.
 *
 * Site owners paste snippets twice and plugins bundle their own copies, so a second registration
 * is normal, not an error: the same version is ignored silently; a different version logs one
 * warning naming both, and the first definition stays (the registry cannot be changed anyway).
 * Outside a browser (server-side rendering without a registry) it does nothing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing === ctor) return;
    const ours = (ctor as VersionedElement).kpVersion ?? VERSION;
    const theirs = existing.kpVersion ?? 'another script';
    if (theirs !== ours) {
      console.warn(`<${tag}>: knee-pain-widgets ${theirs} is already defined; ignoring ${ours}.`);
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Another script raced us to the name, or the registry refused it: never break the page.
    console.warn(`<${tag}> not registered: ${error}`);
  }
}
