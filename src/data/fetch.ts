import { freezeDocument } from '../schema/frozen.js';
import type { ValidationIssue } from '../schema/dsl.js';
import { LoadError, parseJson } from './errors.js';

interface SharedRequest {
  result: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One request per URL for the whole page; finished documents are reused. */
const requests = new Map<string, SharedRequest>();

/**
 * How many finished documents are kept. A page that polls changing URLs
 * (a timestamp in the query) would otherwise keep every answer it ever had.
 */
export const KEPT_DOCUMENTS = 64;

/** Forgets the oldest finished documents beyond `KEPT_DOCUMENTS` (a Map iterates oldest first). */
const trim = (): void => {
  let settled = 0;
  for (const shared of requests.values()) if (shared.settled) settled++;
  for (const [url, shared] of requests) {
    if (settled <= KEPT_DOCUMENTS) break;
    if (shared.settled) {
      requests.delete(url);
      settled--;
    }
  }
};

/**
 * URLs (or, for other sites, origins) that the page's Content-Security-Policy
 * kept it from loading, as the browser reports them. A blocked fetch fails
 * with the same bare "Failed to fetch" as a server that never answered; this
 * is how the message can tell a CMS editor which one it was.
 */
let blockedByPolicy: Set<string> | undefined;

/** Why a request failed, in words; the browser's own reason names no cause. */
const failureOf = async (url: string, error: unknown): Promise<ValidationIssue> => {
  // The browser reports a violation in a task of its own, queued when it blocked the request (no
  // order with the failure is promised): wait for it a little, as only errors pay for the wait.
  const isBlocked = () => blockedByPolicy!.has(url) || blockedByPolicy!.has(new URL(url).origin);
  for (let waited = 0; waited < 50 && !isBlocked(); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  const blocked = isBlocked();
  const reason = (error as Error)?.message || 'network error';
  return {
    path: url,
    message: `${reason}: ${blocked ? "this page's Content-Security-Policy blocked it; its connect-src must allow this address" : 'the server did not answer, or it does not allow this site (CORS)'}`,
    // Not the browser's reason, which is in English and names no cause ("Failed to fetch").
    messageZh: blocked ? '被本页的内容安全策略（CSP）拦截，connect-src 须允许此地址' : '服务器无响应，或不允许本站跨域读取（CORS）',
  };
};

const request = (url: string): SharedRequest => {
  if (!blockedByPolicy) {
    const blocked = (blockedByPolicy = new Set());
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.effectiveDirective === 'connect-src') blocked.add(event.blockedURI);
    });
  }
  const controller = new AbortController();
  const shared: SharedRequest = { controller, waiting: 0, settled: false, result: Promise.resolve() };
  shared.result = fetch(url, { signal: controller.signal, credentials: 'same-origin' })
    .then(
      (response) => {
        if (!response.ok) {
          const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
          throw new LoadError('network', [
            { path: url, message: `the server returned ${status}`, messageZh: `服务器返回 ${status}` },
          ]);
        }
        return response.text();
      },
      async (error: unknown) => {
        if (controller.signal.aborted) throw error;
        throw new LoadError('network', [await failureOf(url, error)]);
      },
    )
    // Shared by every element asking for this URL, and handed to host code in sc-load: read-only.
    .then((text) => freezeDocument(parseJson(text, url, { decoded: true })))
    .finally(() => {
      shared.settled = true;
      trim();
    });
  shared.result.then(
    () => {
      const waiting = arrivals.get(url);
      arrivals.delete(url);
      waiting?.forEach((arrived) => arrived());
    },
    // A failed request is forgotten so that the next element (or a retry) asks again.
    () => requests.get(url) === shared && requests.delete(url),
  );
  return shared;
};

/**
 * The absolute URL of a `src`, resolved against the page, without its fragment (never sent:
 * `data.json#gdp` is the same request as `data.json`); undefined when it is not a URL.
 */
const absolute = (src: string): string | undefined => {
  try {
    const url = new URL(src, document.baseURI);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
};

/**
 * Fetches and parses a JSON document, sharing one request among every caller
 * that asks for the same URL. Each caller's `signal` only withdraws that
 * caller; the request itself is aborted when the last one withdraws.
 */
export const fetchJson = async (src: string, signal: AbortSignal): Promise<unknown> => {
  const url = absolute(src);
  if (!url) throw new LoadError('network', [{ path: src, message: 'not a valid URL', messageZh: '不是有效的网址' }]);
  // fetch reads no other scheme: javascript: or file: would fail as if the server had not answered.
  const scheme = new URL(url).protocol;
  if (!/^(https?|data|blob):$/.test(scheme)) {
    throw new LoadError('network', [
      { path: src, message: `cannot fetch a ${scheme} address; expected http or https`, messageZh: `无法读取 ${scheme} 地址，应为 http 或 https 网址` },
    ]);
  }
  let shared = requests.get(url);
  if (!shared) {
    shared = request(url);
    requests.set(url, shared);
  }
  const current = shared;
  current.waiting++;
  return new Promise((resolve, reject) => {
    const withdraw = () => {
      current.waiting--;
      if (current.waiting === 0 && !current.settled) {
        current.controller.abort();
        if (requests.get(url) === current) requests.delete(url);
      }
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) return withdraw();
    signal.addEventListener('abort', withdraw, { once: true });
    current.result.then(
      (value) => {
        signal.removeEventListener('abort', withdraw);
        current.waiting--;
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', withdraw);
        current.waiting--;
        reject(error);
      },
    );
  });
};

/** Those waiting for a document to arrive anew, by URL (see `whenArrived`). */
const arrivals = new Map<string, Set<() => void>>();

/**
 * Calls `arrived` once, when a new request for `src` succeeds: another widget's `reload()`, or a
 * widget added later, got the document that this caller failed to get, which it can then take from
 * the cache. Returns a function that stops waiting.
 */
export const whenArrived = (src: string, arrived: () => void): (() => void) => {
  const url = absolute(src);
  if (!url) return () => {};
  let waiting = arrivals.get(url);
  if (!waiting) arrivals.set(url, (waiting = new Set()));
  waiting.add(arrived);
  return () => {
    waiting.delete(arrived);
    if (waiting.size === 0 && arrivals.get(url) === waiting) arrivals.delete(url);
  };
};

/**
 * Forgets one cached document, so that the next request for it asks the server again. A request
 * still out is kept: it is as new as any, and ten widgets retrying one URL share it.
 */
export const forgetDocument = (src: string): void => {
  // Not a URL: nothing was cached for it.
  const url = absolute(src);
  if (url && requests.get(url)?.settled) requests.delete(url);
};

/** Forgets every cached document (for tests, or after the data changed on the server). */
export const clearDocumentCache = (): void => requests.clear();
