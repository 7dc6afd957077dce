/**
 * What a widget takes from the page around it, and follows when the page
 * changes after load: whether it is dark, and its font.
 */

/** The share of light a colour gives (WCAG relative luminance), from a computed `rgb()`/`rgba()`; undefined for other forms. */
export const luminance = (color: string): number | undefined => {
  const channels = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color)?.slice(1);
  if (!channels) return undefined;
  const [r, g, b] = channels.map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * Whether the page around `host` is dark without saying so: it declares no
 * `color-scheme` (many news themes darken in a `prefers-color-scheme` query
 * and stop there), and the text it hands down is light, as only a dark page's
 * is (luminance above 0.4: #aaa and lighter). The widget's light colours would
 * be dark text on its dark ground.
 */
export const onUndeclaredDarkPage = (host: Element): boolean => {
  const style = getComputedStyle(host);
  return style.colorScheme === 'normal' && (luminance(style.color) ?? 0) > 0.4;
};

const followers = new Set<() => void>();
let watching: { observer: MutationObserver; system: MediaQueryList } | undefined;
const followAll = (): void => followers.forEach((follow) => follow());

/**
 * Calls `follow` whenever the page's look may have changed: the reader's
 * system theme switched (a page's dark-mode query), or `<html>` or `<body>`
 * changed class, style or theme attribute (a dark-mode button, a web font's
 * "fonts loaded" class). One observer and one media listener serve the page.
 */
export const watchPage = (follow: () => void): (() => void) => {
  if (!watching && typeof MutationObserver !== 'undefined' && typeof matchMedia !== 'undefined') {
    const observer = new MutationObserver(followAll);
    const changes: MutationObserverInit = { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] };
    observer.observe(document.documentElement, changes);
    if (document.body) observer.observe(document.body, changes);
    const system = matchMedia('(prefers-color-scheme: dark)');
    system.addEventListener('change', followAll);
    watching = { observer, system };
  }
  followers.add(follow);
  return () => {
    followers.delete(follow);
    if (followers.size === 0 && watching) {
      watching.observer.disconnect();
      watching.system.removeEventListener('change', followAll);
      watching = undefined;
    }
  };
};
