/**
 * What a widget takes from the page around it, and follows when the page
 * changes after load: whether it is dark, and its font.
 */

/**
 * The share of light a colour gives (WCAG relative luminance), from a computed
 * colour: `rgb()`, `color(srgb …)`, and by their lightness `oklch()`/`oklab()`
 * (Tailwind 4's palette) and `lab()`/`lch()`; undefined for any other form.
 */
export const luminance = (color: string): number | undefined => {
  const match = /^(rgba?|color|oklch|oklab|lch|lab)\((?:[a-z][\w-]* )?([\d.]+)(%?)(?:[ ,]+([\d.]+)[ ,]+([\d.]+))?/.exec(color);
  if (!match) return undefined;
  const [, form, first, percent, second, third] = match as unknown as [string, string, string, string, string?, string?];
  const lightness = Number(first) / (percent ? 100 : 1);
  // OKLab's lightness is about the cube root of luminance; CIE L* (0 to 100) is a scaled one.
  if (form.startsWith('ok')) return lightness ** 3;
  if (form.startsWith('l')) return ((lightness * (percent ? 100 : 1) + 16) / 116) ** 3;
  if (second === undefined || third === undefined) return undefined;
  const [r, g, b] = [first, second, third].map((channel) => {
    const value = Number(channel) / (form === 'color' ? 1 : 255);
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** A computed colour's opacity: 1 unless it gives one (`rgba(…, 0.5)`, `oklch(… / 0.5)`). */
const alpha = (color: string): number => {
  const match = /(?:,\s*|\/\s*)([\d.]+)(%?)\)$/.exec(color);
  return !match || (color.startsWith('rgb') && color.split(',').length < 4) ? 1 : Number(match[1]) / (match[2] ? 100 : 1);
};

/**
 * The light of the nearest ground painted behind an element: its own or an ancestor's background
 * colour, up the flat tree (through the slot it is shown in, and out of shadow roots); 'image' where
 * a background image comes first (a texture, a gradient: no one colour to read); and where nothing
 * is painted, the page's canvas, dark where the root's color-scheme resolves to dark.
 */
const groundBehind = (element: Element): number | 'image' | undefined => {
  for (let at: Element | null | undefined = element; at; at = at.assignedSlot ?? at.parentElement ?? ((at.getRootNode() as Partial<ShadowRoot>).host as Element | undefined)) {
    const style = getComputedStyle(at);
    if (style.backgroundImage !== 'none') return 'image';
    if (alpha(style.backgroundColor) >= 0.5) return luminance(style.backgroundColor);
  }
  const scheme = getComputedStyle(element.ownerDocument.documentElement).colorScheme;
  const view = element.ownerDocument.defaultView ?? window;
  const darkCanvas = scheme.includes('dark') && (!scheme.includes('light') || view.matchMedia('(prefers-color-scheme: dark)').matches);
  return darkCanvas ? 0 : 1;
};

/**
 * The ground the page around a host is painted, where it does not settle it by its `color-scheme`:
 * one that declares none (many news themes darken in a `prefers-color-scheme` query and stop there),
 * or both (`<meta name="color-scheme" content="light dark">`, common boilerplate, on a page that
 * still paints itself white). Light text (luminance above 0.4: #aaa and lighter) is a dark page's.
 * Dark text (below 0.2) on a page that declares both is a light page's where the ground behind the
 * host is light, or a picture (a dark page's muted grey text, #777, can be that dark too). '' where
 * neither, or where the page declares one scheme (which then wins). Without this the widget's
 * colours would follow the scheme alone: dark text on a dark page, or light text on a white one.
 */
export const pageGround = (hostStyle: CSSStyleDeclaration, host: Element): 'dark' | 'light' | '' => {
  const scheme = hostStyle.colorScheme;
  const both = scheme.includes('light') && scheme.includes('dark');
  if (scheme !== 'normal' && !both) return '';
  const light = luminance(hostStyle.color);
  if (light === undefined) return '';
  if (light > 0.4) return 'dark';
  // Light only where the page says both: undeclared, light is what the colours fall back to anyway, and
  // setting it would keep the widget light when a container of the page later declares dark.
  if (!both || light >= 0.2) return '';
  const ground = groundBehind(host);
  // Behind a picture (or a colour of a form not read), the text decides; otherwise the ground.
  return ground === 'image' || ground === undefined || ground > 0.5 ? 'light' : '';
};

/** What watches one document's look (the page's, or a same-origin frame's), and who follows it. */
interface PageWatch {
  readonly followers: Set<() => void>;
  stop(): void;
}
const watches = new Map<Document, PageWatch>();

const watchDocument = (page: Document, view: Window): PageWatch => {
  const followers = new Set<() => void>();
  const followAll = (): void => followers.forEach((follow) => follow());
  const followColours = (event: TransitionEvent): void => {
    if (/color/.test(event.propertyName)) followAll();
  };
  const observer = new MutationObserver(followAll);
  const changes: MutationObserverInit = { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] };
  observer.observe(page.documentElement, changes);
  if (page.body) observer.observe(page.body, changes);
  // A frame's own: there it answers to the colour scheme of the frame's element in the page around it.
  const system = view.matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener('change', followAll);
  // A theme that fades its colours in is read when the fade ends, not at its first frame.
  page.addEventListener('transitionend', followColours, true);
  return {
    followers,
    stop: () => {
      observer.disconnect();
      system.removeEventListener('change', followAll);
      page.removeEventListener('transitionend', followColours, true);
    },
  };
};

/**
 * Calls `follow` whenever the look of the page `host` is in may have changed:
 * the reader's system theme switched (a page's dark-mode query), `<html>` or
 * `<body>` changed class, style or theme attribute (a dark-mode button, a web
 * font's "fonts loaded" class), or a colour finished a transition. One observer
 * and two listeners serve each document: the page's, and a same-origin frame's
 * (a CMS preview pane) for the widgets in it. A theme switched elsewhere (a class
 * on a wrapper, a style sheet swapped) is followed at the widget's next render.
 */
export const watchPage = (host: Element, follow: () => void): (() => void) => {
  const page = host.ownerDocument;
  const view = page.defaultView;
  if (!view || typeof MutationObserver === 'undefined' || typeof view.matchMedia === 'undefined') return () => {};
  let watch = watches.get(page);
  if (!watch) watches.set(page, (watch = watchDocument(page, view)));
  watch.followers.add(follow);
  return () => {
    watch.followers.delete(follow);
    if (watch.followers.size === 0 && watches.get(page) === watch) {
      watch.stop();
      watches.delete(page);
    }
  };
};
