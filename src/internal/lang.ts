import { toLang } from '../format/text.js';
import type { Lang } from '../format/number.js';

/**
 * The language an element writes in: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else the browser's.
 */
export const resolveLang = (element: Element): Lang => {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return toLang(tag)!;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return toLang(globalThis.navigator?.language) ?? 'en';
};

/** Elements to re-render when any `lang` attribute on the page changes. */
const listeners = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/**
 * Keeps `host` in step with `lang` changes anywhere in the document (a
 * language switch on `<html>`), with one observer for the whole page.
 */
export const watchLang = (host: { requestUpdate(): void }): (() => void) => {
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(host);
  return () => listeners.delete(host);
};
