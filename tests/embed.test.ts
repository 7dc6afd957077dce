/**
 * The single-file bundle in a plain HTML page with no build step, under a
 * strict Content-Security-Policy with Trusted Types: what a CMS editor gets.
 * Needs `npm run build` first (the test command runs it).
 */
import { expect } from '@open-wc/testing';
import { openPage, partText as text, until, hover } from './helpers.js';

describe('single-file embed in a plain page', () => {
  let frame: HTMLIFrameElement;
  const violations: string[] = [];

  before(async () => {
    frame = await openPage('/tests/fixtures/embed.html', 480);
    frame.contentDocument!.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
    const page = frame.contentDocument!;
    await until(() => text(page.querySelector('#zh'), '[part=value]') !== '', 'the zh card');
    await until(() => text(page.querySelector('#en'), '[part=value]') !== '', 'the en card');
    await until(() => !!page.querySelector('#broken')?.shadowRoot?.querySelector('[role=alert]'), 'the error');
    for (const id of ['#bars', '#compare', '#funnel-zh', '#funnel-en', '#funnel-amounts', '#surge-zh', '#surge-en', '#revenue-en', '#revenue-zh']) {
      await until(() => (page.querySelector(id) as { state?: string } | null)?.state === 'ready', id);
    }
  });

  after(() => frame.remove());

  it('shows the Kazuo fixed-asset investment card in Chinese, from the page language', () => {
    const card = frame.contentDocument!.querySelector('#zh');
    expect(text(card, '[part=value]')).to.equal('10.7亿元');
    expect(text(card, '[part=change]')).to.contain('同比增长15.7%');
  });

  it('shows it in English with lang="en"', () => {
    const card = frame.contentDocument!.querySelector('#en');
    expect(text(card, '[part=value]')).to.equal('1.07 billion yuan');
    expect(text(card, '[part=change]')).to.contain('up 15.7%');
  });

  it('shows an in-place error naming the bad field, while the other cards render', () => {
    const broken = frame.contentDocument!.querySelector('#broken');
    const alert = text(broken, '[role=alert]');
    expect(alert).to.contain('indicators[0].change.kind');
    expect(alert).to.contain("got 'pct'");
    expect(frame.contentDocument!.querySelector('#host-text')!.textContent).to.equal('Host page text that must not change.');
  });

  const values = (id: string) =>
    [...(frame.contentDocument!.querySelector(id)?.shadowRoot?.querySelectorAll('[part=value]') ?? [])].map((node) => node.textContent!.trim());

  it("draws Lingyuan's six growth rates, sorted on request, at 320 px", () => {
    expect(values('#bars')).to.deep.equal(['+15.5%', '+11.1%', '+10.8%', '+7.5%', '+5.6%', '+3.5%']);
  });

  it("compares the three regions' fixed-asset investment growth", () => {
    expect(values('#compare')).to.deep.equal(['+15.7%', '+21.3%', '+5.6%']);
    const labels = frame.contentDocument!.querySelector('#compare')!.shadowRoot!.textContent!;
    for (const region of ['喀左县', '双塔区', '凌源市']) expect(labels).to.contain(region);
  });

  const summary = (id: string) => text(frame.contentDocument!.querySelector(id), '[part=summary]');

  it('reads the Lingyuan pipeline 156 → 27 (17.3%) → 22 (81.5%) in zh at 280 px and en at 1000 px', () => {
    expect(summary('#funnel-zh')).to.contain('156');
    expect(summary('#funnel-zh')).to.contain('17.3%');
    expect(summary('#funnel-zh')).to.contain('81.5%');
    expect(summary('#funnel-en')).to.contain('156 projects negotiated, 27 signed (17.3% of negotiated)');
    expect(summary('#funnel-en')).to.contain('81.5% of signed');
  });

  it('shows a signed amount above the negotiated amount as a rate above 100%', () => {
    const funnel = frame.contentDocument!.querySelector('#funnel-amounts')!;
    expect(funnel.shadowRoot!.textContent).to.contain('120.0%');
    expect(funnel.shadowRoot!.textContent).to.contain('Illustrative data');
  });

  const shown = (id: string) => (frame.contentDocument!.querySelector(id)!.shadowRoot!.querySelector('[part=chart]')!.textContent ?? '').replace(/\s+/g, '');

  it("reads Kazuo's Qingming visitors with last year derived and marked, in zh at 300 px", () => {
    const zh = shown('#surge-zh');
    for (const part of ['24.1万人次', '同比增长534%', '6.3倍', '12万人次', '约3.8万人次', '推算']) expect(zh).to.contain(part);
  });

  it("reads Kazuo's Qingming in English at 1000 px, and its revenue in both languages", () => {
    const en = shown('#surge-en');
    for (const part of ['241,000visits', '534%', '6.3times', '120,000', 'derived']) expect(en).to.contain(part);
    const revenue = shown('#revenue-en');
    for (const part of ['139millionyuan', '712%', 'derived']) expect(revenue).to.contain(part);
    const revenueZh = shown('#revenue-zh');
    for (const part of ['1.39亿元', '712%', '约1700万元', '推算']) expect(revenueZh).to.contain(part);
  });

  it('shows tooltips on hover without breaking the CSP', async () => {
    for (const id of ['#compare', '#funnel-en', '#surge-en']) {
      const mark = frame.contentDocument!.querySelector(id)!.shadowRoot!.querySelector<SVGElement>('[data-mark="0"]')!;
      hover(mark);
      await until(() => !!frame.contentDocument!.querySelector(id)!.shadowRoot!.querySelector('[part=tooltip]'), `${id} tooltip`);
    }
  });

  it('runs under a strict CSP with Trusted Types, without violations', () => {
    expect(violations).to.deep.equal([]);
  });

  it('loaded as a classic script (its type="module" stripped by a CMS), works and leaves the page\'s globals alone', async () => {
    const classic = await openPage('/tests/fixtures/classic.html', 480);
    try {
      const page = classic.contentWindow as Window & { globalsBeforeBundle: string[]; $: unknown; _: unknown };
      await until(() => text(page.document.querySelector('#card'), '[part=value]') !== '', 'the card');
      expect(text(page.document.querySelector('#card'), '[part=value]')).to.equal('1.07 billion yuan');
      expect([page.$, page._]).to.deep.equal(['the page’s jQuery', 'the page’s lodash']);
      // Lit's own registries (litHtmlVersions, …) are its documented globals; nothing else is added.
      const added = Object.keys(page).filter((name) => !page.globalsBeforeBundle.includes(name) && !/^lit|^reactiveElement/.test(name));
      expect(added).to.deep.equal(['globalsBeforeBundle']);
    } finally {
      classic.remove();
    }
  });

  it('can be loaded twice on one page without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    // Two URLs make two module instances, as two embeds of different builds would.
    const bundle = '/dist/scorecard-kit.js';
    await import(/* @vite-ignore */ bundle);
    await import(/* @vite-ignore */ `${bundle}?second-embed`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('sc-indicator-card')).to.not.equal(undefined);
  });
});
