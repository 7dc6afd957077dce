/**
 * A failed fetch says why, in words a CMS editor can act on: the page's
 * Content-Security-Policy refused it, or nothing answered. The browser's own
 * reason is the same bare "Failed to fetch" for both.
 * Needs `npm run build` first (the test command runs it).
 */
import { expect } from '@open-wc/testing';
import type { ScErrorDetail } from '../src/data/errors.js';
import { openPage, partText, until } from './helpers.js';

describe('a fetch the browser refuses', () => {
  let frame: HTMLIFrameElement;
  const card = (id: string) => frame.contentDocument!.querySelector(`#${id}`) as HTMLElement & { state: string; error?: ScErrorDetail };

  before(async () => {
    frame = await openPage('/tests/fixtures/blocked.html', 480);
    for (const id of ['by-policy', 'by-policy-zh', 'no-answer']) await until(() => card(id)?.state === 'error', id);
  });

  after(() => frame.remove());

  it("names the page's Content-Security-Policy when it blocked the request", () => {
    expect(card('by-policy').error!.kind).to.equal('network');
    expect(card('by-policy').error!.errors[0]!.path).to.equal('https://data.example.com/kazuo-2024-q1.json');
    expect(partText(card('by-policy'), '[role=alert]')).to.contain("this page's Content-Security-Policy blocked it; its connect-src must allow this address");
    expect(card('by-policy-zh').error!.errors[0]!.messageZh).to.equal('被本页的内容安全策略（CSP）拦截，connect-src 须允许此地址');
    // A Chinese reader is not given the browser's English reason.
    expect(partText(card('by-policy-zh'), '[role=alert] li')).to.equal('https://data.example.com/kazuo-2024-q1.json：被本页的内容安全策略（CSP）拦截，connect-src 须允许此地址');
  });

  it('says the server did not answer (or refused this site) when the policy allowed the request', () => {
    const shown = partText(card('no-answer'), '[role=alert]');
    expect(shown).to.contain('the server did not answer, or it does not allow this site (CORS)');
    expect(shown).to.not.contain('Content-Security-Policy');
  });
});
