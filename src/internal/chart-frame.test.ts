import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { CJK_FONT, KAZUO, LINGYUAN, inBox, loaded, loadedFrom, visualLines } from '../../tests/helpers.js';

/** What a screen reader is given (Chromium's computed name and role; see scripts/browser.mjs). */
type Computed = Element & { computedName: string; computedRole: string };

describe('renderChartFrame', () => {
  // A Chinese title breaks between its phrases (<wbr>), which Chromium would read as spaces.
  for (const [tag, src] of [
    ['sc-growth-bars', KAZUO],
    ['sc-project-funnel', LINGYUAN],
    ['sc-tourism-surge', KAZUO],
  ] as const) {
    for (const level of [undefined, 3]) {
      it(`names ${tag}'s figure${level ? ' and heading' : ''} by its Chinese title as shown, with no spaces between phrases`, async () => {
        const element = await loadedFrom(`<${tag} lang="zh" src="${src}"${level ? ` heading-level="${level}"` : ''}></${tag}>`);
        const shown = element.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();
        expect(shown).to.match(/^\S+$/);
        const figure = element.shadowRoot!.querySelector('figure') as unknown as Computed;
        const names = [`figure: ${figure.computedName}`];
        const heading = element.shadowRoot!.querySelector('[role=heading]') as Computed | null;
        if (level) names.push(`${heading?.computedRole}: ${heading?.computedName}`);
        expect(names).to.deep.equal([`figure: ${shown}`, ...(level ? [`heading: ${shown}`] : [])]);
      });
    }
  }

  it('breaks a Chinese title between its phrases, and a phrase wider than the box as Chinese breaks: never before a closing mark', async () => {
    const root = document.documentElement;
    try {
      root.style.fontSize = '200%';
      for (const tag of ['sc-growth-bars', 'sc-tourism-surge', 'sc-project-funnel']) {
        const src = tag === 'sc-project-funnel' ? LINGYUAN : KAZUO;
        for (const width of [200, 240, 320]) {
          const element = await inBox<HTMLElement & { updateComplete: Promise<boolean>; state: string }>(width, html`<div style=${`font-family: ${CJK_FONT}`} .innerHTML=${`<${tag} lang="zh" src="${src}"></${tag}>`}></div>`);
          const title = element.shadowRoot!.querySelector('[part=title]')!;
          const lines = visualLines(title);
          expect(lines.join(''), `${tag} ${width} px`).to.equal(title.textContent!.trim());
          expect(lines.filter((line) => /^[：，。、）]/.test(line)), `${tag} ${width} px: ${lines.join(' / ')}`).to.deep.equal([]);
          element.closest('div[style*="width"]')!.remove();
        }
      }
    } finally {
      root.style.fontSize = '';
    }
  });

  it("names an English chart's figure by its title", async () => {
    const element = await fixture<HTMLElement & { updateComplete: Promise<boolean>; state: string }>(
      html`<sc-growth-bars lang="en" src=${KAZUO}></sc-growth-bars>`,
    );
    await loaded(element);
    expect((element.shadowRoot!.querySelector('figure') as unknown as Computed).computedName).to.equal('Kazuo County, 2024 Q1: year-on-year growth');
  });

  // The tooltip that shows the keys is hidden from screen readers: each drawing's group says them.
  for (const [tag, src, lang, hint] of [
    ['sc-growth-bars', KAZUO, 'en', 'Arrow keys move between them'],
    ['sc-project-funnel', LINGYUAN, 'zh', '可用方向键逐项查看'],
    ['sc-tourism-surge', KAZUO, 'en', 'Arrow keys move between them'],
  ] as const) {
    it(`describes each group of marks in ${tag} by the keys that move between them (${lang})`, async () => {
      const element = await loadedFrom(`<${tag} lang="${lang}" src="${src}"></${tag}>`);
      const groups = [...element.shadowRoot!.querySelectorAll('[role=group]')];
      expect(groups.length).to.be.greaterThan(0);
      const descriptions = groups.map((group) => element.shadowRoot!.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent ?? 'none');
      expect(descriptions).to.deep.equal(groups.map(() => hint));
    });
  }

  it('says nothing of arrow keys on a device with a touch screen alone (a phone)', async () => {
    const real = window.matchMedia;
    // A phone: no fine pointer, nothing that hovers.
    window.matchMedia = (query: string) =>
      /any-pointer: fine/.test(query) ? ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList) : real.call(window, query);
    try {
      const element = await loadedFrom(`<sc-growth-bars lang="en" src="${KAZUO}"></sc-growth-bars>`);
      const group = element.shadowRoot!.querySelector('[role=group]')!;
      expect(element.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!)!.textContent).to.equal('');
    } finally {
      window.matchMedia = real;
    }
  });
});

describe('the data table set as blocks', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  // A phone's column (220 px: 320 less an article's margins) with the reader's text at 200%: the box is narrower than 30 of its rems.
  for (const [tag, src] of [
    ['sc-growth-bars', KAZUO],
    ['sc-project-funnel', LINGYUAN],
    ['sc-tourism-surge', KAZUO],
  ] as const) {
    for (const lang of ['en', 'zh']) {
      it(`keeps every figure of ${tag}'s open table inside its box at 220 px and 200% text (${lang})`, async () => {
        document.documentElement.style.fontSize = '200%';
        const element = await loadedFrom(`<${tag} lang="${lang}" src="${src}"></${tag}>`, 'width: 220px');
        element.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
        await element.updateComplete;
        const wrap = element.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!.getBoundingClientRect();
        const cut = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part=table] tbody :is(th, td, td *)')]
          .filter((cell) => cell.getBoundingClientRect().right > wrap.right + 0.5)
          .map((cell) => `${cell.textContent!.trim()}: ${(cell.getBoundingClientRect().right - wrap.right).toFixed(0)} px past`);
        expect(cut).to.deep.equal([]);
      });
    }
  }
});
