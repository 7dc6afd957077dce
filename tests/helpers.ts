/** Shared test helpers: demo documents, waiting for an element's load or error, and fetch stubs. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ScorecardDocument } from '../src/schema/document.js';
import type { ScErrorDetail } from '../src/data/errors.js';
import { clearDocumentCache } from '../src/data/fetch.js';

export const DATA = '/demo/data';
export const KAZUO = `${DATA}/kazuo-2024-q1.json`;
export const LINGYUAN = `${DATA}/lingyuan-h1.json`;
export const SHUANGTA = `${DATA}/shuangta-2024-q1.json`;

const cache = new Map<string, ScorecardDocument>();

/** A fresh deep copy of a demo document, safe to modify in a test. */
export const loadDemo = async (url: string): Promise<ScorecardDocument> => {
  if (!cache.has(url)) cache.set(url, await (await fetch(url)).json());
  return structuredClone(cache.get(url)!);
};

type Loading = HTMLElement & { updateComplete: Promise<boolean>; state: string; error?: ScErrorDetail | undefined };

/** Waits until the element has rendered its documents (a synchronous `data` may already have). */
export const loaded = async (element: Loading): Promise<void> => {
  await element.updateComplete;
  if (element.state !== 'ready') {
    const outcome = await Promise.race([oneEvent(element, 'sc-load'), oneEvent(element, 'sc-error')]);
    if (outcome.type === 'sc-error') throw new Error(`expected a load, got ${JSON.stringify(outcome.detail)}`);
  }
  await element.updateComplete;
};

/** Waits until the element shows an error, and returns what `sc-error` carried. */
export const failed = async (element: Loading): Promise<ScErrorDetail> => {
  await element.updateComplete;
  if (element.state !== 'error') {
    const outcome = await Promise.race([oneEvent(element, 'sc-load'), oneEvent(element, 'sc-error')]);
    if (outcome.type === 'sc-load') await element.updateComplete;
  }
  await element.updateComplete;
  if (!element.error) throw new Error('expected an error, got none');
  return element.error;
};

/**
 * Creates an element with listeners already attached, so that events fired
 * while it first renders are caught. Resolves with the element and its events.
 */
export const withEvents = async <E extends HTMLElement>(
  tag: string,
  setup: (element: E) => void,
): Promise<{ element: E; events: CustomEvent[] }> => {
  const element = document.createElement(tag) as E;
  const events: CustomEvent[] = [];
  element.addEventListener('sc-load', (event) => events.push(event as CustomEvent));
  element.addEventListener('sc-error', (event) => events.push(event as CustomEvent));
  setup(element);
  document.body.append(element);
  await (element as unknown as Loading).updateComplete;
  return { element, events };
};

/** The visible text of an element's shadow root, whitespace folded. */
export const shadowText = (element: Element, selector = '*'): string =>
  [...(element.shadowRoot?.querySelectorAll(selector) ?? [])]
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Text of the first match in the shadow root. */
export const partText = (element: Element | null | undefined, selector: string): string =>
  textOf(element?.shadowRoot?.querySelector(selector));

export interface FetchStub {
  calls: { url: string; signal: AbortSignal | undefined }[];
  restore(): void;
  /** Resolves every pending request with this JSON (or text). */
  respond(body: unknown, status?: number): void;
}

/** Replaces `fetch` with one whose requests wait until `respond` is called. */
export const stubFetch = (): FetchStub => {
  const original = window.fetch;
  const pending: { resolve: (r: Response) => void; reject: (e: unknown) => void; signal: AbortSignal | undefined }[] = [];
  const stub: FetchStub = {
    calls: [],
    restore: () => {
      window.fetch = original;
      clearDocumentCache();
    },
    respond(body, status = 200) {
      for (const request of pending.splice(0)) {
        request.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
      }
    },
  };
  clearDocumentCache();
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    stub.calls.push({ url: String(input), signal: init?.signal ?? undefined });
    return new Promise<Response>((resolve, reject) => {
      const request = { resolve, reject, signal: init?.signal ?? undefined };
      pending.push(request);
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    });
  }) as typeof fetch;
  return stub;
};

/** A `<script type="application/json">` holding `content` (an object, or raw text). */
export const jsonScript = (content: unknown): HTMLScriptElement => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof content === 'string' ? content : JSON.stringify(content);
  return script;
};

/**
 * Renders `tag` with a `src` whose response waits; checks the element says it
 * is loading (accessibly), then answers with `document` and waits until it has
 * rendered. Returns the element for the caller's own checks.
 */
export const loadsAfterWaiting = async <E extends HTMLElement & { updateComplete: Promise<boolean>; state: string }>(
  tag: string,
  document: unknown,
): Promise<E> => {
  const stub = stubFetch();
  try {
    const element = (await fixture(html`<div lang="en"></div>`)).appendChild(window.document.createElement(tag)) as E;
    element.setAttribute('src', '/slow.json');
    await element.updateComplete;
    expect(partText(element, '[role=status]')).to.equal('Loading…');
    await expect(element).to.be.accessible();
    stub.respond(document);
    await loaded(element);
    return element;
  } finally {
    stub.restore();
  }
};

/** The next animation frame. */
export const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The first `sc-*` element of `template` in a box `width` px wide, once it has
 * loaded, measured the box (the width controller applies it a frame later)
 * and drawn; entrance animations are finished, so boxes are final.
 */
export const inBox = async <E extends Loading>(width: number, template: ReturnType<typeof html>): Promise<E> => {
  const box = await fixture(html`<div style="width: ${width}px">${template}</div>`);
  const element = [...box.querySelectorAll('*')].find((node) => node.tagName.startsWith('SC-')) as E;
  await loaded(element);
  await frame();
  await frame();
  await element.updateComplete;
  for (const animation of element.shadowRoot!.getAnimations()) animation.finish();
  return element;
};

/**
 * The element written as `markup` (a tag chosen at run time, as a loop over the charts does),
 * in a box styled `boxStyle`, once it has loaded.
 */
export const loadedFrom = async <E extends Loading = Loading>(markup: string, boxStyle = 'width: 600px'): Promise<E> => {
  const box = await fixture<HTMLDivElement>(html`<div style=${boxStyle}></div>`);
  box.innerHTML = markup;
  const element = box.firstElementChild as E;
  await loaded(element);
  return element;
};

/** A font list that picks a Chinese face where one is installed (its punctuation full width). */
export const CJK_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/**
 * The first `char` in an element's text: its width in ems of the element's font size,
 * and its top relative to the element's (below 0 + a few px: on a line after the first).
 */
export const glyphOf = (element: Element, char: string): { em: number; top: number } => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.textContent!.indexOf(char);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(walker.currentNode, at);
    range.setEnd(walker.currentNode, at + 1);
    const rect = range.getBoundingClientRect();
    return { em: rect.width / parseFloat(getComputedStyle(element).fontSize), top: rect.top - element.getBoundingClientRect().top };
  }
  throw new Error(`no ${char} in ${element.textContent}`);
};

/**
 * The text of `element` as laid out, one string per line box: what a reader
 * sees on each line ("202.28 million" / "yuan"). Characters of smaller type on
 * the same line (a unit beside the figure) count as the same line.
 */
export const visualLines = (element: Element): string[] => {
  const lines: string[] = [];
  let bottom = -Infinity;
  let last: DOMRect | undefined;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue;
      // Below the line so far, or back to the left and lower: a font's glyph box can be taller than a
      // tight line (CJK faces at a line height of 1.2), so that lines' boxes overlap.
      const newLine = rect.top >= bottom - 2 || (!!last && rect.left < last.left - 1 && rect.top > last.top + 1);
      if (newLine) lines.push(text[i]!);
      else lines.push(lines.pop()! + text[i]);
      bottom = newLine ? rect.bottom : Math.max(bottom, rect.bottom);
      last = rect;
    }
  }
  return lines.map((line) => line.replace(/\s+/g, ' ').trim());
};

/** Polls `check` until it holds; fails naming `what` after `timeout` ms. */
export const until = async (check: () => boolean, what: string, timeout = 10000): Promise<void> => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Every sc-* element under `root`, inside shadow roots too. */
export const widgets = (root: Document | ShadowRoot): Loading[] =>
  [...root.querySelectorAll<Loading>('*')].flatMap((element) =>
    element.tagName.startsWith('SC-') ? [element, ...(element.shadowRoot ? widgets(element.shadowRoot) : [])] : [],
  );

/** A node's text, whitespace folded. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of a node as seen on screen: without what is there only for screen readers (`.visually-hidden`). */
export const seenTextOf = (node: Node | null | undefined): string => {
  const seen = (inner: Node): string =>
    inner instanceof Element ? (inner.matches('.visually-hidden') ? '' : [...inner.childNodes].map(seen).join('')) : inner instanceof Text ? inner.data : '';
  return node ? seen(node).replace(/\s+/g, ' ').trim() : '';
};

/** Opens `path` in an iframe `width` px wide and resolves once it has loaded. */
export const openPage = async (path: string, width: number): Promise<HTMLIFrameElement> => {
  const page = document.createElement('iframe');
  page.style.width = `${width}px`;
  page.style.height = '900px';
  const ready = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
  page.src = path;
  document.body.append(page);
  await ready;
  return page;
};

/** The middle of a box, in whole pixels: where a pointer aims at it. */
export const centre = (box: DOMRect): [number, number] => [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];

/** The pointer moves onto `target` (a mark, say), `dx` px right of its middle: an over, then a move, as a browser sends them. */
export const hover = (target: Element, dx = 0): void => {
  const [x, clientY] = centre(target.getBoundingClientRect());
  const clientX = x + dx;
  for (const type of ['pointerover', 'pointermove']) target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX, clientY }));
};
