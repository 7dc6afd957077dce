/**
 * In jsdom, the page of many unit tests (Vitest's and Jest's `jsdom` environment), which has no layout,
 * no ResizeObserver and no svg text measurement: every element must still show its figures
 * and never throw into the test that uses it. Runs the built library (`npm run build` first).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

const thrown: string[] = [];
const virtualConsole = new VirtualConsole();
virtualConsole.on('jsdomError', (error) => thrown.push(error.message));
const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', {
  url: 'http://127.0.0.1/',
  pretendToBeVisual: true,
  virtualConsole,
});

before(async () => {
  // As a jsdom test environment does: the window's names become globals, before Lit is loaded.
  const window = dom.window as unknown as Record<string, unknown>;
  // Node's own events are not jsdom's, which its elements dispatch.
  const ownEvents = new Set(['Event', 'CustomEvent', 'EventTarget']);
  for (const key of Object.getOwnPropertyNames(window)) {
    if (!(key in globalThis) || ownEvents.has(key)) Object.defineProperty(globalThis, key, { configurable: true, writable: true, value: window[key] });
  }
  // Jest's environment gives the window's names only, and jsdom has no structuredClone (jestjs/jest#14835).
  if (!('structuredClone' in window)) Reflect.deleteProperty(globalThis, 'structuredClone');
  // The built package, as an app imports it (named in a variable: the type check runs before the build).
  const entry = 'scorecard-kit/define';
  await import(entry);
});

const demo = (name: string) => JSON.parse(readFileSync(new URL(`../demo/data/${name}.json`, import.meta.url), 'utf8'));

/** Text in the element's shadow tree, and in the shadow trees of the widgets inside it. */
const deepText = (node: Node): string =>
  [...node.childNodes].map((child) => (child.nodeType === 3 ? child.textContent : deepText(child))).join(' ') +
  ((node as Element).shadowRoot ? ` ${deepText((node as Element).shadowRoot!)}` : '');

/** The element with a demo document, once it has said it loaded (or failed), and a little after. */
const show = async (tag: string, document_: string, attributes: Record<string, string> = {}) => {
  const element = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
  element.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const outcome = new Promise<string>((resolve) => {
    element.addEventListener('sc-load', () => resolve('sc-load'));
    element.addEventListener('sc-error', (event) => resolve(`sc-error ${JSON.stringify((event as CustomEvent).detail)}`));
  });
  element.data = demo(document_);
  document.body.append(element);
  const said = await outcome;
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const text = deepText(element.shadowRoot!).replace(/\s+/g, ' ');
  element.remove();
  return { said, text };
};

for (const [tag, document_, attributes, figure] of [
  ['sc-indicator-card', 'kazuo-2024-q1', { indicator: 'fixed-asset-investment' }, '1.07 billion yuan'],
  ['sc-growth-bars', 'kazuo-2024-q1', {}, '+15.7%'],
  ['sc-project-funnel', 'lingyuan-h1', {}, '156 projects'],
  ['sc-tourism-surge', 'kazuo-2024-q1', {}, '732,100 visits'],
  ['sc-scorecard', 'kazuo-2024-q1', {}, '1.07 billion yuan'],
] as const) {
  test(`${tag} shows its figures in jsdom and throws nothing`, async () => {
    thrown.length = 0;
    const { said, text } = await show(tag, document_, attributes);
    assert.equal(said, 'sc-load');
    assert.ok(text.includes(figure), `${figure} in: ${text.slice(0, 300)}`);
    assert.doesNotMatch(text, /unexpected problem/i);
    assert.deepEqual(thrown, []);
  });
}
