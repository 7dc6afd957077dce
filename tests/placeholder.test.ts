/**
 * While its data loads, a chart holds about the height it will take, so that
 * the article below it jumps little when the data arrives (layout shift).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ScElement } from '../src/internal/sc-element.js';
import { typicalLines } from '../src/internal/sc-chart.js';
import { KAZUO, LINGYUAN, SHUANGTA, frame, loadDemo, loaded, stubFetch } from './helpers.js';

type Case = [tag: string, url: string, attributes?: Record<string, string>];

/** The height of `tag` while loading and once loaded, in a box `width` px wide. */
const heights = async ([tag, url, attributes = {}]: Case, width: number, lang: string): Promise<[number, number]> => {
  const doc = await loadDemo(url);
  const stub = stubFetch();
  try {
    const box = await fixture(html`<div style="width: ${width}px" lang=${lang}></div>`);
    const element = document.createElement(tag) as ScElement<unknown>;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.setAttribute('src', '/slow.json');
    box.append(element);
    await element.updateComplete;
    // The width is read once connected: the placeholder takes its shape on the next render.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
    expect(element.state).to.equal('loading');
    const loading = element.getBoundingClientRect().height;
    stub.respond(doc);
    await loaded(element);
    return [loading, element.getBoundingClientRect().height];
  } finally {
    stub.restore();
  }
};

describe('the loading placeholder', () => {
  it('is within a quarter of the height of the chart that arrives, for the demo documents on a phone and in a column', async () => {
    const cases: Case[] = [
      ['sc-growth-bars', KAZUO],
      ['sc-growth-bars', LINGYUAN],
      ['sc-project-funnel', LINGYUAN],
      ['sc-tourism-surge', KAZUO],
    ];
    for (const lang of ['zh', 'en']) {
      for (const width of [390, 600]) {
        for (const item of cases) {
          const [loading, shown] = await heights(item, width, lang);
          expect(Math.abs(shown - loading) / shown, `${item[0]} of ${item[1].split('/').pop()}, ${lang} at ${width} px: ${loading} px while loading, then ${shown} px`).to.be.at.most(0.25);
        }
      }
    }
  });

  it('expects a pipeline of three stages, as every published one has: on a phone, a funnel arrives within a tenth of its placeholder', async () => {
    for (const lang of ['zh', 'en']) {
      for (const width of [320, 390]) {
        const [loading, shown] = await heights(['sc-project-funnel', LINGYUAN], width, lang);
        expect(Math.abs(shown - loading) / shown, `${lang} at ${width} px: ${loading} px while loading, then ${shown} px`).to.be.at.most(0.1);
      }
    }
  });

  it("is, for a whole scorecard, taller than a laptop's screen and no taller than the scorecard that arrives", async () => {
    // What follows a scorecard is then out of sight until it arrives, and nothing in sight moves.
    for (const lang of ['zh', 'en']) {
      for (const width of [390, 1000]) {
        for (const url of [KAZUO, LINGYUAN, SHUANGTA]) {
          const [loading, shown] = await heights(['sc-scorecard', url], width, lang);
          const what = `${url.split('/').pop()}, ${lang} at ${width} px: ${loading} px while loading, then ${shown} px`;
          expect(loading, what).to.be.at.least(900);
          expect(loading, what).to.be.at.most(shown);
        }
      }
    }
  });

  it("keeps a scorecard's 'Loading…' in sight, in a placeholder taller than the screen, wherever the page is scrolled within it", async () => {
    const stub = stubFetch();
    try {
      const box = await fixture(html`<div style="width: 390px" lang="en"><sc-scorecard src="/slow.json"></sc-scorecard></div>`);
      const element = box.firstElementChild as ScElement<unknown>;
      await frame();
      await element.updateComplete;
      const text = element.shadowRoot!.querySelector('.status-text')!;
      expect(text.textContent).to.equal('Loading…');
      const inSight = () => {
        const { top, bottom } = text.getBoundingClientRect();
        return top >= 0 && bottom <= innerHeight;
      };
      expect(inSight(), 'at the top of the page').to.be.true;
      window.scrollTo(0, element.getBoundingClientRect().top + scrollY + 1200);
      await frame();
      expect(inSight(), 'scrolled 1200 px into it').to.be.true;
    } finally {
      window.scrollTo(0, 0);
      stub.restore();
    }
  });

  it('keeps what a scorecard shows while new data loads, marked busy, and then shows the new data', async () => {
    const stub = stubFetch();
    try {
      const card = await fixture<ScElement<unknown>>(html`<sc-scorecard lang="en" style="width: 390px" .data=${await loadDemo(KAZUO)}></sc-scorecard>`);
      await loaded(card);
      const height = card.getBoundingClientRect().height;
      const title = () => card.shadowRoot!.querySelector('h2, [role=heading]')!.textContent!.trim();
      expect(title()).to.contain('Kazuo');
      (card as unknown as { data?: unknown }).data = undefined;
      card.setAttribute('src', '/slow.json');
      await card.updateComplete;
      await frame();
      expect(card.state).to.equal('loading');
      // Nothing gives way to a placeholder: the reader reads on, and nothing below moves.
      expect(card.shadowRoot!.querySelector('[part=status]')).to.equal(null);
      expect(title()).to.contain('Kazuo');
      expect(card.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
      expect(card.getBoundingClientRect().height).to.equal(height);
      stub.respond(await loadDemo(LINGYUAN));
      await loaded(card);
      expect(title()).to.contain('Lingyuan');
      expect(card.shadowRoot!.querySelector('[part=base]')!.hasAttribute('aria-busy')).to.equal(false);
    } finally {
      stub.restore();
    }
  });

  it('is a plain box for a scorecard with nothing asked for yet, not a screenful of blank', async () => {
    const card = await fixture<ScElement<unknown>>(html`<sc-scorecard lang="en" style="width: 390px"></sc-scorecard>`);
    await frame();
    expect(card.state).to.equal('idle');
    expect(card.getBoundingClientRect().height).to.be.within(300, 500);
  });

  it("takes the shape of a scorecard's sections when it names them", async () => {
    const [all] = await heights(['sc-scorecard', KAZUO], 390, 'en');
    const [tourism, shown] = await heights(['sc-scorecard', KAZUO, { sections: 'tourism' }], 390, 'en');
    expect(tourism).to.be.lessThan(all / 2);
    expect(tourism).to.be.within(shown / 3, shown);
  });

  it('takes its new width when the box changes while loading (a phone turned)', async () => {
    const stub = stubFetch();
    try {
      const box = await fixture(html`<div style="width: 1000px" lang="en"><sc-tourism-surge src="/slow.json"></sc-tourism-surge></div>`);
      const element = box.firstElementChild as ScElement<unknown>;
      await frame();
      await element.updateComplete;
      const wide = element.getBoundingClientRect().height;
      (box as HTMLElement).style.width = '320px';
      await frame();
      await frame();
      await element.updateComplete;
      expect(element.state).to.equal('loading');
      const turned = element.getBoundingClientRect().height;
      stub.restore();
      // Its holidays go side by side at 1000 px and one under the other at 320 px.
      const [narrow] = await heights(['sc-tourism-surge', KAZUO], 320, 'en');
      expect(narrow, 'the placeholder is taller at 320 px than at 1000 px').to.be.greaterThan(wide + 100);
      expect(turned).to.be.closeTo(narrow, 0.5);
    } finally {
      stub.restore();
    }
  });

  it('wraps a title and summary of typical length for its language and width: English, longer, takes more lines on a phone', async () => {
    for (const tag of ['sc-growth-bars', 'sc-tourism-surge']) {
      const [zh] = await heights([tag, KAZUO], 390, 'zh');
      const [en] = await heights([tag, KAZUO], 390, 'en');
      const [wide] = await heights([tag, KAZUO], 1000, 'en');
      expect(en, `${tag}: English at 390 px, against Chinese`).to.be.greaterThan(zh + 30);
      expect(wide, `${tag}: English at 1000 px, against 390 px`).to.be.lessThan(en - 30);
    }
  });

  it('counts the lines of a typical text with a tenth more for the slack that breaking between words leaves', () => {
    expect([typicalLines(1000, 374), typicalLines(300, 374), typicalLines(330, 374), typicalLines(350, 374), typicalLines(0, 0)]).to.deep.equal([3, 1, 1, 2, 1]);
    expect(typicalLines(1480, 374)).to.equal(5);
  });

  it('expects no note under growth bars that name their indicators: they arrive within a tenth of its height', async () => {
    const named = { indicators: 'gdp public-budget-revenue fixed-asset-investment industrial-value-added retail-sales rural-income' };
    for (const lang of ['zh', 'en']) {
      for (const width of [320, 390, 600]) {
        const [loading, shown] = await heights(['sc-growth-bars', LINGYUAN, named], width, lang);
        expect(Math.abs(shown - loading) / shown, `${lang} at ${width} px: ${loading} px while loading, then ${shown} px`).to.be.at.most(0.1);
      }
    }
  });

  it('grows with the number of indicators the growth bars name', async () => {
    const [two] = await heights(['sc-growth-bars', LINGYUAN, { indicators: 'gdp retail-sales' }], 600, 'en');
    const [six] = await heights(['sc-growth-bars', LINGYUAN, { indicators: 'gdp public-budget-revenue fixed-asset-investment industrial-value-added retail-sales rural-income' }], 600, 'en');
    expect(six - two).to.be.greaterThan(100);
  });
});

describe('a height the page gives the placeholder', () => {
  it('keeps exactly the height --sc-min-height reserves, so that the chart arriving at that height moves nothing', async () => {
    const [, shown] = await heights(['sc-growth-bars', LINGYUAN, { indicators: 'gdp' }], 390, 'en');
    const [loading] = await heights(['sc-growth-bars', LINGYUAN, { indicators: 'gdp', style: `--sc-min-height: ${shown}px` }], 390, 'en');
    expect(loading).to.be.closeTo(shown, 0.5);
  });
});
