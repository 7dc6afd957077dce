import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import { KAZUO, LINGYUAN, SHUANGTA, loadDemo, loaded, loadedFrom } from '../../tests/helpers.js';

/** The colour a keyword such as CanvasText resolves to now. */
const systemColor = (keyword: string): string => {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
};

describe('chartStyles', () => {
  after(() => emulateMedia({ forcedColors: 'none' }));

  for (const [tag, src] of [
    ['sc-growth-bars', LINGYUAN],
    ['sc-project-funnel', LINGYUAN],
    ['sc-tourism-surge', KAZUO],
  ] as const) {
    it(`fills the bars of ${tag} with CanvasText in forced colours, over the element's own bar colour`, async () => {
      await emulateMedia({ forcedColors: 'active' });
      const element = await loadedFrom(`<${tag} lang="en" src="${src}"></${tag}>`);
      const fills = [...element.shadowRoot!.querySelectorAll('.bar')].map((bar) => getComputedStyle(bar).fill);
      expect(fills.length).to.be.greaterThan(0);
      expect([...new Set(fills)]).to.deep.equal([systemColor('CanvasText')]);
    });
  }

  // Chromium does not force an SVG fill: a label left in the page's muted or text colour can all but
  // vanish on the system background (a dark high-contrast theme over a light page, or the reverse).
  for (const [tag, src] of [
    ['sc-growth-bars', KAZUO],
    ['sc-project-funnel', LINGYUAN],
    ['sc-tourism-surge', KAZUO],
    ['sc-tourism-surge', SHUANGTA],
  ] as const) {
    it(`draws every label of ${tag} (${src.split('/').pop()}) in CanvasText in forced colours`, async () => {
      await emulateMedia({ forcedColors: 'active' });
      const element = await loadedFrom(`<${tag} lang="zh" src="${src}"></${tag}>`, 'width: 600px; color-scheme: light');
      const texts = [...element.shadowRoot!.querySelectorAll('svg text, svg tspan')];
      expect(texts.length).to.be.greaterThan(2);
      const off = texts.filter((text) => getComputedStyle(text).fill !== systemColor('CanvasText')).map((text) => `${text.getAttribute('class')}: ${text.textContent}`);
      expect(off).to.deep.equal([]);
    });
  }

  // A page column that clips its overflow (overflow: hidden) would cut a focus ring drawn past the widget's edge.
  for (const tag of ['sc-growth-bars', 'sc-project-funnel', 'sc-tourism-surge', 'sc-scorecard'] as const) {
    it(`keeps the focus rings of ${tag}'s ${tag === 'sc-scorecard' ? 'source link' : 'table toggle and source link'} inside the widget`, async () => {
      const doc = await loadDemo(tag === 'sc-project-funnel' ? LINGYUAN : KAZUO);
      doc.source = { ...doc.source!, url: 'https://example.org/credit' };
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px; padding: 40px"></div>`);
      const element = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean>; state: string };
      element.lang = 'en';
      element.data = doc;
      box.append(element);
      await loaded(element);
      const host = element.getBoundingClientRect();
      const outside: string[] = [];
      // The scorecard's own toggle-free footer holds its credit (its widgets hide theirs).
      for (const selector of tag === 'sc-scorecard' ? ['footer .source a'] : ['.table-toggle', '.source a']) {
        const target = element.shadowRoot!.querySelector<HTMLElement>(selector)!;
        target.focus();
        // A ring is drawn from (offset + width) outside the border box (both in px).
        const style = getComputedStyle(target);
        const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
        const ring = target.getClientRects()[0]!;
        if (!target.matches(':focus-visible')) outside.push(`${selector} shows no focus ring`);
        else if (ring.left - reach < host.left - 0.5) outside.push(`${selector}: ${(host.left - (ring.left - reach)).toFixed(1)} px past the left edge`);
      }
      expect(outside).to.deep.equal([]);
    });
  }
});
