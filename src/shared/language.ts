/**
 * The widgets' language: which one applies to an element, and one page-wide watch that re-renders
 * every widget when a `lang` attribute changes. No DOM access at module level, so server-side
 * rendering can import it.
 */
import { locales } from '../content/index.js';

/** What the language watch needs from a widget. */
export interface LanguageAware extends Element {
  /** Re-reads the element's language (called on every `lang` change in the page). */
  syncLanguage(): void;
}

/** The languages with content, by primary subtag (`en`, `es`), English first. */
export const LANGUAGES: readonly string[] = Object.keys(locales);

/** The language English is the fallback for. */
export const FALLBACK_LANGUAGE = 'en';

/** The primary subtag of a BCP 47 tag, lower case: `es-MX` → `es`, `EN` → `en`, blank → ``. */
export const primaryTag = (tag: unknown): string => String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();

/** `tag`'s language if the widgets have content in it, else `undefined`. */
export function supported(tag: unknown): string | undefined {
  const code = primaryTag(tag);
  return LANGUAGES.includes(code) ? code : undefined;
}

/** A language's own name in that language, capitalised: `es` → "Español", `en` → "English". */
export function languageName(code: string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    // Engines without Intl.DisplayNames show the code.
  }
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/**
 * The language the page gives `el` when it has no `lang` of its own: the nearest ancestor's
 * `lang`, crossing out of shadow roots, else `<html lang>`. Unsupported or blank: English.
 */
export function inheritedLanguage(el: Element): string {
  let node: Element | null | undefined = el.parentElement;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return supported(found.getAttribute('lang')) ?? FALLBACK_LANGUAGE;
    node = (node.getRootNode() as ShadowRoot).host;
  }
  const root = typeof document === 'undefined' ? undefined : document.documentElement;
  return supported(root?.getAttribute('lang')) ?? FALLBACK_LANGUAGE;
}

/** Every connected widget, for the watch and for the language switch. */
const widgets = new Set<LanguageAware>();
let observer: MutationObserver | undefined;

/**
 * Adds a widget to the page-wide watch. One MutationObserver serves the whole page, however many
 * widgets it has: it sees every `lang` attribute change in the document (on `<html>`, on an
 * ancestor or on a widget) and asks each widget to re-read its language.
 */
export function watchLanguage(el: LanguageAware): void {
  widgets.add(el);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const widget of widgets) widget.syncLanguage();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/** Removes a widget from the watch; the observer stops when no widget is left. */
export function unwatchLanguage(el: LanguageAware): void {
  widgets.delete(el);
  if (widgets.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Whether the page-wide observer is running (for tests). */
export const isWatching = (): boolean => observer !== undefined;

/** Every connected widget, in no particular order. */
export const connectedWidgets = (): readonly LanguageAware[] => [...widgets];

/** Detail of `kp-language-change`, fired when a reader chooses a language in the switch. */
export interface LanguageChangeDetail {
  /** The language chosen, such as `es`: every widget on the page now has it as its `lang`. */
  lang: string;
}
export type LanguageChangeEvent = CustomEvent<LanguageChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kp-language-change': LanguageChangeEvent;
  }
}
