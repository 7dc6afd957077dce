import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import { KAZUO, LINGYUAN, loaded } from '../../tests/helpers.js';

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
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      box.innerHTML = `<${tag} lang="en" src="${src}"></${tag}>`;
      const element = box.firstElementChild as HTMLElement & { updateComplete: Promise<boolean>; state: string };
      await loaded(element);
      const fills = [...element.shadowRoot!.querySelectorAll('.bar')].map((bar) => getComputedStyle(bar).fill);
      expect(fills.length).to.be.greaterThan(0);
      expect([...new Set(fills)]).to.deep.equal([systemColor('CanvasText')]);
    });
  }
});
