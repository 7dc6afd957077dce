import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../define.js';
import { luminance } from './page-look.js';
import { KAZUO, loaded, until } from '../../tests/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; state: string };

/** WCAG contrast ratio of two computed colours. */
const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a)!, luminance(b)!].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

const PAGE_BACKGROUND = 'rgb(18, 18, 18)';
/** A news theme's dark mode: colours in a media query (or a class), and no color-scheme. */
const NEWS_THEME = `
  .article.dark-mode { background: ${PAGE_BACKGROUND}; color: #e8e8e8; }
  @media (prefers-color-scheme: dark) { .article.follows-system { background: ${PAGE_BACKGROUND}; color: #e8e8e8; } }
  .site-dark .article { background: ${PAGE_BACKGROUND}; color: #e8e8e8; }
  .fading .article { transition: color 0.3s; }
  .declared { color-scheme: light; }
  .oklch-dark { background: ${PAGE_BACKGROUND}; color: oklch(0.93 0.01 250); }
  .fonts-loaded .article { font-family: Georgia, serif; }
  .either-white { color-scheme: light dark; background: #fff; color: #222; }
  .either-dark { color-scheme: light dark; background: ${PAGE_BACKGROUND}; color: #e8e8e8; }
  @media (prefers-color-scheme: dark) { .either-muted { color-scheme: light dark; background: ${PAGE_BACKGROUND}; color: #777; } }
`;

/** A chart and a card in an article column styled by `NEWS_THEME`, loaded. */
const article = async (className: string, lang = 'en'): Promise<{ chart: Widget; card: Widget }> => {
  const page = await fixture<HTMLDivElement>(html`<div>
    <style>${NEWS_THEME}</style>
    <div class="article ${className}" lang=${lang} style="width: 500px; padding: 16px">
      <sc-growth-bars src=${KAZUO}></sc-growth-bars>
      <sc-indicator-card src=${KAZUO} indicator="fixed-asset-investment"></sc-indicator-card>
    </div>
  </div>`);
  const column = page.querySelector<HTMLElement>('.article')!;
  const [chart, card] = [...column.children] as Widget[];
  await loaded(chart!);
  await loaded(card!);
  return { chart: chart!, card: card! };
};

/** The colour of a chart's title and of a card's figure, as drawn. */
const titleColor = (chart: Widget) => getComputedStyle(chart.shadowRoot!.querySelector('[part=title]')!).color;
const figureColor = (card: Widget) => getComputedStyle(card.shadowRoot!.querySelector('[part=value]')!).color;
const cardSurface = (card: Widget) => getComputedStyle(card.shadowRoot!.querySelector('[part=card]')!).backgroundColor;

/** Whether a chart's title reads well on the dark page (the widget follows the page in a frame or two). */
const readableOnDark = (chart: Widget) => contrast(titleColor(chart), PAGE_BACKGROUND) >= 7;

describe('page look', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.classList.remove('fonts-loaded', 'site-dark', 'fading');
  });

  it('reads the light of computed colours (WCAG relative luminance)', () => {
    expect(luminance('rgb(255, 255, 255)')).to.equal(1);
    expect(luminance('rgb(0, 0, 0)')).to.equal(0);
    expect(luminance('rgba(232, 232, 232, 0.9)')).to.be.closeTo(0.807, 0.001);
    expect(luminance('color(srgb 0.9 0.9 0.9)')).to.be.closeTo(0.787, 0.001);
    // By lightness: Tailwind 4's oklch palette, and CIE lab.
    expect(luminance('oklch(0.9 0.01 250)')).to.be.closeTo(0.729, 0.001);
    expect(luminance('lab(95 0 0)')).to.be.closeTo(0.876, 0.001);
    expect(luminance('hwb(0 90% 0%)')).to.equal(undefined);
  });

  it('is readable on a page painted dark that declares no color-scheme: it takes the dark colours', async () => {
    const { chart, card } = await article('dark-mode');
    expect(contrast(titleColor(chart), PAGE_BACKGROUND)).to.be.at.least(7);
    expect(contrast(figureColor(card), cardSurface(card))).to.be.at.least(7);
    // The card's own ground is dark too, not a white slab in a dark article.
    expect(luminance(cardSurface(card))).to.be.below(0.05);
    await expect(chart).to.be.accessible();
    await expect(card).to.be.accessible();
  });

  it('keeps its light colours on a light page, and where the page or the widget says which', async () => {
    const light = await article('');
    expect(luminance(titleColor(light.chart))).to.be.below(0.05);
    // Declared: a page's color-scheme, or the widget's theme, wins over what its colours suggest.
    const declared = await article('dark-mode declared');
    expect(luminance(titleColor(declared.chart))).to.be.below(0.05);
    const dark = await article('dark-mode');
    dark.card.setAttribute('theme', 'light');
    await dark.card.updateComplete;
    expect(luminance(figureColor(dark.card))).to.be.below(0.05);
    expect(luminance(cardSurface(dark.card))).to.equal(1);
  });

  it('takes its ground from the colours of a page that declares both schemes (boilerplate), not from the system alone', async () => {
    // In the reader's dark mode, a page that says "light dark" but paints itself white: light colours, or the
    // chart's light text would be on white.
    await emulateMedia({ colorScheme: 'dark' });
    const white = await article('either-white');
    expect(luminance(titleColor(white.chart))).to.be.below(0.05);
    expect(luminance(cardSurface(white.card))).to.equal(1);
    // A dark page's muted grey text (#777) is dark too, but the ground behind it is not: the scheme's dark colours.
    const muted = await article('either-muted');
    expect(readableOnDark(muted.chart)).to.equal(true);
    // Shown through a slot on a white panel of another component, on a dark page: the panel is the ground.
    if (!customElements.get('x-white-panel')) {
      customElements.define('x-white-panel', class extends HTMLElement {
        constructor() {
          super();
          const panel = document.createElement('div');
          Object.assign(panel.style, { background: '#fff', color: '#222' });
          panel.append(document.createElement('slot'));
          this.attachShadow({ mode: 'open' }).append(panel);
        }
      });
    }
    const slotted = await fixture<HTMLDivElement>(html`<div style="color-scheme: light dark; background: ${PAGE_BACKGROUND}; color: #e8e8e8">
      <x-white-panel><sc-growth-bars src=${KAZUO}></sc-growth-bars></x-white-panel>
    </div>`);
    const slottedChart = slotted.querySelector<Widget>('sc-growth-bars')!;
    await loaded(slottedChart);
    expect(luminance(titleColor(slottedChart))).to.be.below(0.05);
    // A wrapper that declares both and paints nothing, on a page whose own canvas is white: grey text, light colours.
    const bare = await fixture<HTMLDivElement>(html`<div style="color-scheme: light dark; color: #555"><sc-growth-bars src=${KAZUO}></sc-growth-bars></div>`);
    const bareChart = bare.querySelector<Widget>('sc-growth-bars')!;
    await loaded(bareChart);
    expect(luminance(titleColor(bareChart))).to.be.below(0.05);
    // The widget's own theme still wins.
    white.card.setAttribute('theme', 'dark');
    await white.card.updateComplete;
    expect(luminance(cardSurface(white.card))).to.be.below(0.05);
    // A light page that declares nothing, whose column later declares dark (a story's page switch): the widget
    // follows through CSS at once, with nothing to read again.
    const plain = await article('');
    const column = plain.chart.parentElement!;
    Object.assign(column.style, { colorScheme: 'dark', background: PAGE_BACKGROUND, color: '#e8e8e8' });
    expect(readableOnDark(plain.chart)).to.equal(true);
    // And in light mode, one that paints itself dark: dark colours.
    await emulateMedia({ colorScheme: 'light' });
    const dark = await article('either-dark');
    expect(readableOnDark(dark.chart)).to.equal(true);
    expect(luminance(cardSurface(dark.card))).to.be.below(0.05);
  });

  it("follows the page when the reader's system turns dark and back, with nothing else changed", async () => {
    const { chart, card } = await article('follows-system');
    expect(luminance(titleColor(chart))).to.be.below(0.05);
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => readableOnDark(chart) && luminance(cardSurface(card))! < 0.05, 'the widgets to turn dark');
    await emulateMedia({ colorScheme: 'light' });
    await until(() => luminance(titleColor(chart))! < 0.05 && luminance(cardSurface(card)) === 1, 'the widgets to turn light');
  });

  it('takes a page whose text is an oklch() colour for dark (Tailwind 4)', async () => {
    const { chart } = await article('oklch-dark');
    expect(readableOnDark(chart)).to.equal(true);
  });

  it('follows a dark-mode switch that fades the colours in, once the fade ends', async () => {
    const { chart } = await article('');
    document.documentElement.classList.add('fading');
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.documentElement.classList.add('site-dark');
    await until(() => readableOnDark(chart), 'the chart to turn dark after the fade');
  });

  it("follows a dark-mode button's class on <html>, and in Chinese a web font's", async () => {
    const { chart } = await article('', 'zh');
    expect(readableOnDark(chart)).to.equal(false);
    document.documentElement.classList.add('site-dark');
    await until(() => readableOnDark(chart), 'the chart to turn dark');

    const titleFont = () => getComputedStyle(chart.shadowRoot!.querySelector('[part=title]')!).fontFamily;
    expect(titleFont()).not.to.contain('Georgia');
    document.documentElement.classList.add('fonts-loaded');
    await until(() => titleFont().startsWith('Georgia, "PingFang SC"'), "the page's new font");
  });

  it("turns a scorecard's widgets dark with it, and gives them the page's new font", async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <style>${NEWS_THEME}</style>
      <div class="article" lang="zh" style="width: 700px"><sc-scorecard src=${KAZUO}></sc-scorecard></div>
    </div>`);
    const scorecard = page.querySelector<Widget>('sc-scorecard')!;
    await loaded(scorecard);
    // Its widgets take the page's look from it (see ScElement's takePageLook), and follow it when it changes.
    const chart = scorecard.shadowRoot!.querySelector<Widget>('sc-growth-bars')!;
    const card = scorecard.shadowRoot!.querySelector<Widget>('sc-indicator-card')!;
    await loaded(chart);
    expect(readableOnDark(chart)).to.equal(false);
    document.documentElement.classList.add('site-dark');
    await until(() => readableOnDark(chart) && luminance(cardSurface(card))! < 0.05, "the scorecard's widgets to turn dark");

    const titleFont = () => getComputedStyle(chart.shadowRoot!.querySelector('[part=title]')!).fontFamily;
    expect(titleFont()).not.to.contain('Georgia');
    document.documentElement.classList.add('fonts-loaded');
    await until(() => titleFont().startsWith('Georgia, "PingFang SC"'), "the page's new font in a scorecard's chart");
  });

  describe('text size changed while shown', () => {
    /** A chart on the page and one in a scorecard, loaded, with the height of a bar's value label in each. */
    const charts = async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <div style="width: 700px"><sc-growth-bars lang="en" src=${KAZUO}></sc-growth-bars></div>
        <div style="width: 700px"><sc-scorecard lang="en" src=${KAZUO}></sc-scorecard></div>
      </div>`);
      const alone = page.querySelector<Widget>('sc-growth-bars')!;
      const scorecard = page.querySelector<Widget>('sc-scorecard')!;
      await loaded(alone);
      await loaded(scorecard);
      const inside = scorecard.shadowRoot!.querySelector<Widget>('sc-growth-bars')!;
      await loaded(inside);
      const labelHeight = (chart: Widget) => chart.shadowRoot!.querySelector('text.value')!.getBoundingClientRect().height;
      const [aloneBefore, insideBefore] = [labelHeight(alone), labelHeight(inside)];
      return {
        grown: () => [labelHeight(alone) / aloneBefore, labelHeight(inside) / insideBefore],
        twice: (ratios: number[]) => ratios.every((ratio) => Math.abs(ratio - 2) < 0.1),
      };
    };

    it("follows the page's root font growing (a stylesheet loaded late), in a scorecard's charts too", async () => {
      const { grown, twice } = await charts();
      const sheet = document.createElement('style');
      sheet.textContent = 'html { font-size: 200% }';
      document.head.append(sheet);
      try {
        await until(() => twice(grown()), `the labels to double (${grown()})`);
      } finally {
        sheet.remove();
      }
    });

    it("follows the reader's default text size set larger, in a scorecard's charts too", async () => {
      const { grown, twice } = await charts();
      await executeServerCommand('font-sizes', { standard: 32, fixed: 26 });
      try {
        await until(() => twice(grown()), `the labels to double (${grown()})`);
      } finally {
        await executeServerCommand('font-sizes', { standard: 16, fixed: 13 });
      }
    });
  });
});
