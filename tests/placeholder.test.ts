/**
 * While its data loads, a chart holds about the height it will take, so that
 * the article below it jumps little when the data arrives (layout shift).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ScElement } from '../src/internal/sc-element.js';
import { KAZUO, LINGYUAN, frame, loadDemo, loaded, stubFetch } from './helpers.js';

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
