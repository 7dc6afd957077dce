/** Finds a Chromium to test and screenshot with: $CHROME_PATH, then the usual system paths. */
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

export const findChromium = () => candidates.find((path) => existsSync(path));

/** Flags for a headless Chromium on a closed network, running as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // element.computedName and computedRole: tests read what a screen reader is given.
  '--enable-blink-features=ComputedAccessibilityInfo',
];

/**
 * Runs in the page (pass it to `page.waitForFunction`, which sends its source,
 * so it uses nothing from this module): every `sc-*` element, through shadow
 * roots, once all have settled; else false. A widget whose `src` contains
 * `loadingAllowed` may stay loading (a story of the loading state).
 */
export const settledWidgets = (loadingAllowed) => {
  const widgets = [];
  const walk = (root) =>
    root.querySelectorAll('*').forEach((element) => {
      // Not the unseen stand-ins a loading scorecard lays out (its placeholder's .shape): they never load.
      if (element.tagName.startsWith('SC-') && !element.closest('.shape')) widgets.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    });
  walk(document);
  const settled = (element) =>
    element.state === 'ready' ||
    element.state === 'error' ||
    (element.state === 'loading' && !!loadingAllowed && (element.getAttribute('src') ?? '').includes(loadingAllowed));
  return (
    widgets.length > 0 &&
    widgets.every(settled) &&
    widgets.map((element) => ({ tag: element.tagName.toLowerCase(), state: element.state, error: element.error ?? null }))
  );
};
