import { toLang } from '../format/text.js';
import type { Lang } from '../format/number.js';

/**
 * The language an element writes in: the nearest `lang`, its own or an
 * ancestor's (across shadow roots), when that is Chinese or English, else the
 * browser's. A page in another language (Mongolian, on a Mongol autonomous
 * county's site) is read by someone whose browser knows their language better
 * than a guess of English does.
 */
export const resolveLang = (element: Element, own = element.getAttribute('lang')): Lang => {
  let node: Element | null = element;
  // Its own, as a property may hold it before it is reflected to the attribute; then the ancestors'.
  let tag = own;
  while (node) {
    // zh_CN (an underscore, a common slip) is Chinese too.
    if (tag) return /^(zh|en)(?![a-z])/i.test(tag) ? toLang(tag)! : browserLang();
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    tag = node?.getAttribute('lang');
  }
  return browserLang();
};

const browserLang = (): Lang => toLang(globalThis.navigator?.language) ?? 'en';

/** Elements to re-render when any `lang` attribute on the page changes. */
const listeners = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/** Documents and shadow roots already watched: an observer does not see into a shadow root from its document. */
const watched = new WeakSet<Node>();
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Keeps `host` in step with `lang` changes anywhere in the document (a
 * language switch on `<html>`) and in the shadow roots around it (an app
 * shell's), with one observer for the whole page.
 */
export const watchLang = (host: Element & { requestUpdate(): void }): (() => void) => {
  if (typeof MutationObserver === 'undefined') return () => {};
  observer ??= new MutationObserver(() => listeners.forEach((listener) => listener.requestUpdate()));
  // Its own document's root: a widget in a same-origin frame (a preview pane) follows that page's language.
  const targets: Node[] = [host.ownerDocument.documentElement];
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) targets.push(root);
  for (const target of targets) {
    if (watched.has(target)) continue;
    watched.add(target);
    observer.observe(target, LANG_CHANGES);
  }
  listeners.add(host);
  return () => listeners.delete(host);
};
