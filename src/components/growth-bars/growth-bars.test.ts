import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import './define.js';
import '../indicator-card/define.js';
import type { ScGrowthBars } from './growth-bars.component.js';
import { growthBarsView } from './growth-bars.view.js';
import type { ScorecardDocument } from '../../schema/document.js';
import { KAZUO, LINGYUAN, SHUANGTA, centre, failed, frame, inBox, loadDemo, loaded, partText, stubFetch, until, withEvents, hover, visualLines } from '../../../tests/helpers.js';

const $$ = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)];
const texts = (element: Element, selector: string) => $$(element, selector).map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
const labels = (element: Element) =>
  $$(element, 'text.label').map((node) => [...node.querySelectorAll('tspan[x]:not(.sub)')].map((span) => span.textContent).join(''));
const values = (element: Element) => texts(element, 'text.value');
const summary = (element: Element) => partText(element, '[part=summary]');
const notes = (element: Element) => texts(element, '[part=notes] li');
const tooltip = (element: Element) => partText(element, '[part=tooltip]');
/** The keyboard hint under the tooltip: the `::after` content, 'none' when it is not shown. */
const keysHint = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('[part=tooltip]')!, '::after').content;
const marks = (element: Element) => $$(element, '[data-mark]') as SVGGElement[];
/** Table rows, cells joined by a space. */
const rows = (element: Element) =>
  $$(element, '[part=table] tbody tr').map((row) => [...row.children].map((cell) => cell.textContent!.trim()).join(' '));

/** Waits for the width controller's frame and the render after it. */
const settle = async (element: ScGrowthBars) => {
  await frame();
  await frame();
  await element.updateComplete;
};
/** The middle of a box, in whole pixels (where the mouse is sent). */

/** The element at a given width, loaded and measured. */
const atWidth = (width: number, template: ReturnType<typeof html>) => inBox<ScGrowthBars>(width, template);

interface Box {
  rect: DOMRect;
  what: string;
}

/** Every piece of text and every bar in the drawing, with its on-screen box. */
const drawn = (element: ScGrowthBars): Box[] => {
  const svg = element.shadowRoot!.querySelector('.plot svg')!;
  return [...svg.querySelectorAll('text, rect.bar')].map((node) => ({
    rect: node.getBoundingClientRect(),
    what: `${node.getAttribute('class')?.split(' ')[0]} “${node.textContent?.trim() || (node.closest('[data-mark]')?.getAttribute('aria-label') ?? '')}”`,
  }));
};

/** Pairs of boxes that overlap, and boxes that leave the drawing. */
const collisions = (element: ScGrowthBars): string[] => {
  const svg = element.shadowRoot!.querySelector('.plot svg')!.getBoundingClientRect();
  const boxes = drawn(element).filter((box) => box.rect.width > 0);
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (x > 0.5 && y > 0.5) found.push(`${a.what} × ${b.what}`);
    }
    if (a.rect.left < svg.left - 0.5 || a.rect.right > svg.right + 0.5 || a.rect.top < svg.top - 0.5 || a.rect.bottom > svg.bottom + 0.5) {
      found.push(`${a.what} outside the drawing (${[a.rect.left - svg.left, svg.right - a.rect.right, a.rect.top - svg.top, svg.bottom - a.rect.bottom].map((n) => n.toFixed(1)).join(' ')})`);
    }
  });
  return found;
};

const rgb = (color: string): number[] => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
const luminance = ([r, g, b]: number[]) =>
  [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
};

const declining = async (): Promise<ScorecardDocument> => {
  const doc = await loadDemo(SHUANGTA);
  doc.illustrative = true;
  doc.indicators![0]!.change = { kind: 'percent', value: -3.2, basis: 'yoy' };
  doc.indicators![1]!.change = { kind: 'percent', value: -12.6, basis: 'yoy' };
  return doc;
};

const longLabels = async (): Promise<ScorecardDocument> => {
  const doc = await loadDemo(LINGYUAN);
  doc.illustrative = true;
  doc.indicators![0]!.label = {
    zh: '地区生产总值（按不变价格计算，含第一、二、三产业）',
    en: 'Gross domestic product of the city (at constant prices, all three sectors)',
  };
  doc.indicators![2]!.label = {
    zh: '固定资产投资（不含农户，项目计划总投资500万元及以上）',
    en: 'Fixed-asset investment (excluding rural households; projects of 5 million yuan and more)',
  };
  return doc;
};

describe('sc-growth-bars', () => {
  // Geometry is measured on the settled drawing, without the entrance transition.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('makes its title a heading of the level asked for, and only then', async () => {
    const bars = await fixture<ScGrowthBars>(html`<sc-growth-bars lang="en" src=${KAZUO}></sc-growth-bars>`);
    await loaded(bars);
    expect($$(bars, '[role=heading]')).to.have.length(0);
    bars.setAttribute('heading-level', '3');
    await bars.updateComplete;
    const heading = $$(bars, '[part=title] [role=heading]');
    expect(heading.map((node) => [node.getAttribute('aria-level'), node.textContent!.trim()])).to.deep.equal([
      ['3', partText(bars, '[part=title]')],
    ]);
    await expect(bars).to.be.accessible();
    // An empty attribute (a CMS template's unset field) asks for no heading.
    bars.setAttribute('heading-level', '');
    await bars.updateComplete;
    expect($$(bars, '[role=heading]')).to.have.length(0);
    expect(bars.state).to.equal('ready');
    // Not a level: said in place, as the outline would quietly lose the chart's title.
    for (const notALevel of ['h3', '0', '2.5']) {
      bars.setAttribute('heading-level', notALevel);
      await until(() => bars.state === 'error', `heading-level="${notALevel}" to be seen`);
      expect(partText(bars, '[role=alert] strong')).to.equal("Check this widget's attributes");
      expect(partText(bars, '[role=alert] li')).to.equal(`heading-level: expected a whole number from 1 to 6; got '${notALevel}'`);
    }
    bars.setAttribute('heading-level', '9');
    await until(() => bars.state === 'ready', 'the chart again');
    await bars.updateComplete;
    expect($$(bars, '[role=heading]')[0]!.getAttribute('aria-level')).to.equal('6');
  });

  it('draws Lingyuan’s six growth rates in the document’s order, in Chinese', async () => {
    const el = await atWidth(900, html`<sc-growth-bars lang="zh" src=${LINGYUAN}></sc-growth-bars>`);
    expect(labels(el)).to.deep.equal(['地区生产总值', '公共财政预算收入', '固定资产投资', '规模以上工业增加值', '社会零售品销售总额', '农村居民人均可支配收入']);
    expect(values(el)).to.deep.equal(['+3.5%', '+10.8%', '+5.6%', '+15.5%', '+11.1%', '+7.5%']);
    expect(partText(el, '[part=title]')).to.equal('凌源市上半年（截至6月末）主要指标同比增速');
    expect(summary(el)).to.equal('6项指标中，增速最快的是规模以上工业增加值，增长15.5%；增速最慢的是地区生产总值，增长3.5%。');
    // The 14 indicators without a growth rate are left out with one note, not drawn as zero.
    expect(notes(el)).to.deep.equal(['另有14项指标没有增速，未列出。']);
    expect(marks(el)).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('labels a qualified growth rate in the short form of the others, its qualifier kept', async () => {
    const doc = await loadDemo(LINGYUAN);
    doc.indicators!.find((indicator) => indicator.id === 'gdp')!.change!.qualifier = 'about';
    const el = await atWidth(360, html`<sc-growth-bars lang="en" .data=${doc}></sc-growth-bars>`);
    expect(values(el)[0]).to.equal('about +3.5%');
    expect(collisions(el)).to.deep.equal([]);
    el.lang = 'zh';
    await loaded(el);
    expect(values(el)[0]).to.equal('约+3.5%');
  });

  it("titles the bars with their own period when they share one, not the document's wider one", async () => {
    // Shuangta's document covers "2024 Q1 and the spring holidays"; its growth rates are all Q1.
    const el = await atWidth(700, html`<sc-growth-bars lang="zh" src=${SHUANGTA}></sc-growth-bars>`);
    expect(partText(el, '[part=title]')).to.equal('双塔区2024年一季度主要指标同比增速');
    expect(texts(el, 'tspan.sub')).to.deep.equal([]);
    // Bars of different periods: the document's period in the title, each other period beside its bar.
    const doc = await loadDemo(SHUANGTA);
    doc.indicators![0]!.period = { zh: '2023年', en: '2023' };
    const mixed = await atWidth(700, html`<sc-growth-bars lang="en" .data=${doc}></sc-growth-bars>`);
    expect(partText(mixed, '[part=title]')).to.equal('Shuangta District, 2024 Q1 and spring holidays: year-on-year growth');
    expect(texts(mixed, 'tspan.sub')).to.deep.equal(['2023', '2024 Q1', '2024 Q1', '2024 Q1']);
    // A heading of the page's own: the bars name their period, which the heading does not.
    const headed = await atWidth(700, html`<sc-growth-bars lang="en" src=${SHUANGTA} heading="Growth"></sc-growth-bars>`);
    expect(partText(headed, '[part=title]')).to.equal('Growth');
    expect(texts(headed, 'tspan.sub')).to.deep.equal(['2024 Q1', '2024 Q1', '2024 Q1', '2024 Q1']);
  });

  it('puts a deadline after the target it qualifies: "Target 15% by the end of 2024"', async () => {
    const doc = await loadDemo(KAZUO);
    doc.indicators!.find((indicator) => indicator.id === 'fixed-asset-investment')!.target = { kind: 'growth', value: 15, period: { zh: '2024年底前', en: 'by the end of 2024' } };
    const el = await atWidth(700, html`<sc-growth-bars lang="en" .data=${doc}></sc-growth-bars>`);
    expect(texts(el, 'text.target-label')[0]).to.equal('Target 15% by the end of 2024');
    expect(summary(el)).to.contain('0.7 percentage points above the 15% growth target by the end of 2024');
  });

  it('capitalises English target words where they start a line, not mid-sentence', async () => {
    const doc = await loadDemo(KAZUO);
    doc.indicators!.find((indicator) => indicator.id === 'fixed-asset-investment')!.target = { kind: 'growth', value: 15.7, period: { zh: '2024年全年', en: 'full year 2024' } };
    const el = await atWidth(700, html`<sc-growth-bars lang="en" .data=${doc}></sc-growth-bars>`);
    expect(texts(el, 'text.target-label')).to.deep.equal(['Full year 2024 target 15.7%', 'Target 12.0% (derived)']);
    expect(rows(el)[0]).to.contain('In line with the 15.7% growth target for full year 2024');
    expect(summary(el)).to.contain('Fixed-asset investment: in line with the 15.7% growth target for full year 2024.');
    marks(el)[0]!.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.match(/In line with the 15.7% growth target for full year 2024$/);
  });

  it('says in words, not only by colour, that a fall is good news where lower is better', async () => {
    const doc = await loadDemo(SHUANGTA);
    doc.illustrative = true;
    doc.indicators = [
      { id: 'energy', label: { zh: '单位能耗', en: 'Energy per unit of GDP' }, polarity: 'down-good', change: { kind: 'percent', value: -8, basis: 'yoy' } },
      { id: 'revenue', label: { zh: '财政收入', en: 'Revenue' }, change: { kind: 'percent', value: -3, basis: 'yoy' } },
    ];
    const el = await atWidth(600, html`<sc-growth-bars lang="en" .data=${doc}></sc-growth-bars>`);
    expect(marks(el).map((mark) => mark.getAttribute('aria-label'))).to.deep.equal([
      'Energy per unit of GDP: down 8% year on year (lower is better), value not published',
      'Revenue: down 3% year on year, value not published',
    ]);
    expect(texts(el, '.sub')).to.deep.equal(['Lower is better']);
    el.lang = 'zh';
    await loaded(el);
    expect(texts(el, '.sub')).to.deep.equal(['越低越好']);
    expect(marks(el)[0]!.getAttribute('aria-label')).to.equal('单位能耗：同比下降8%（越低越好），数值未公布');
  });

  it('says under a bar when its rate is against the target or the previous period, among year-on-year growth', async () => {
    const doc = await loadDemo(SHUANGTA);
    doc.illustrative = true;
    doc.indicators = [
      { id: 'gdp', label: { zh: '地区生产总值', en: 'GDP' }, change: { kind: 'percent', value: 5, basis: 'yoy' } },
      { id: 'sales', label: { zh: '销售额', en: 'Sales' }, change: { kind: 'percent', value: -12.5, basis: 'target' } },
      { id: 'output', label: { zh: '产量', en: 'Output' }, change: { kind: 'percent', value: 2, basis: 'previous-period' } },
    ];
    const el = await atWidth(600, html`<sc-growth-bars lang="en" sort="none" .data=${doc}></sc-growth-bars>`);
    expect(texts(el, '.sub')).to.deep.equal(['Against target', 'On the previous period']);
    el.lang = 'zh';
    await loaded(el);
    expect(texts(el, '.sub')).to.deep.equal(['比目标', '环比']);
  });

  it('writes English labels, summary and names', async () => {
    const el = await atWidth(900, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    expect(labels(el)[3]).to.equal('Industrial value added (above designated size)');
    expect(values(el)).to.deep.equal(['+3.5%', '+10.8%', '+5.6%', '+15.5%', '+11.1%', '+7.5%']);
    expect(summary(el)).to.equal('Six indicators. Fastest: Industrial value added (above designated size), up 15.5%. Slowest: GDP, up 3.5%.');
    expect(notes(el)).to.deep.equal(['Another 14 indicators have no growth rate and are not shown.']);
    // Industrial value added has no published value but still gets its bar.
    expect(marks(el)[3]!.getAttribute('aria-label')).to.equal('Industrial value added (above designated size): up 15.5% year on year, value not published');
    expect(marks(el)[0]!.getAttribute('aria-label')).to.equal('GDP: up 3.5% year on year, 7.76\u00a0billion yuan');
    // A language switch redraws everything in the other language.
    el.lang = 'zh';
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('地区生产总值');
    expect(marks(el)[0]!.getAttribute('aria-label')).to.equal('地区生产总值：同比增长3.5%，77.6亿元');
    expect(el.shadowRoot!.querySelector('[part=table-toggle]')!.getAttribute('aria-label')).to.equal('显示数据表：凌源市上半年（截至6月末）主要指标同比增速');
  });

  it('draws bar lengths in proportion from one zero baseline', async () => {
    const el = await atWidth(900, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const bars = $$(el, 'rect.bar').map((bar) => bar.getBoundingClientRect());
    const lefts = new Set(bars.map((bar) => Math.round(bar.left)));
    expect(lefts.size).to.equal(1);
    expect(bars[3]!.width / bars[0]!.width).to.be.closeTo(15.5 / 3.5, 0.02);
    const baseline = el.shadowRoot!.querySelector('.baseline line')!.getBoundingClientRect();
    expect(baseline.left + baseline.width / 2).to.be.closeTo(bars[0]!.left, 1);
  });

  it('sorts on request', async () => {
    const el = await atWidth(900, html`<sc-growth-bars lang="en" src=${LINGYUAN} sort="desc"></sc-growth-bars>`);
    expect(values(el)).to.deep.equal(['+15.5%', '+11.1%', '+10.8%', '+7.5%', '+5.6%', '+3.5%']);
    el.sort = 'asc';
    await el.updateComplete;
    expect(values(el)).to.deep.equal(['+3.5%', '+5.6%', '+7.5%', '+10.8%', '+11.1%', '+15.5%']);
    expect(labels(el)[0]).to.equal('GDP');
    // Bars go down the page in the sorted order.
    const tops = $$(el, 'rect.bar').map((bar) => bar.getBoundingClientRect().top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
  });

  it('picks and orders indicators, naming one without a growth rate', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="zh" src=${LINGYUAN} indicators="retail-sales, gdp,key-projects"></sc-growth-bars>`);
    expect(labels(el)).to.deep.equal(['社会零售品销售总额', '地区生产总值']);
    expect(values(el)).to.deep.equal(['+11.1%', '+3.5%']);
    expect(notes(el)).to.deep.equal(['在建重点项目：未公布增速，未列出。']);
    expect(summary(el)).to.equal('2项指标中，增速最快的是社会零售品销售总额，增长11.1%；增速最慢的是地区生产总值，增长3.5%。');
  });

  it('names a change that is not a percent in its own words, an amount in the figure\'s unit', async () => {
    const doc = await loadDemo(LINGYUAN);
    const gdp = doc.indicators!.find((indicator) => indicator.id === 'gdp')!;
    // An amount of change with no unit of its own is in the figure's: 亿元, never "1个".
    gdp.change = { kind: 'absolute', value: 1, basis: 'yoy' };
    const zh = await atWidth(700, html`<sc-growth-bars lang="zh" .data=${doc} indicators="retail-sales, gdp"></sc-growth-bars>`);
    expect(notes(zh)).to.deep.equal(['地区生产总值：变化以“同比增加1亿元”公布，不是百分比增速，未列出。']);
    const en = await atWidth(700, html`<sc-growth-bars lang="en" .data=${doc} indicators="retail-sales, gdp"></sc-growth-bars>`);
    expect(notes(en)).to.deep.equal(['GDP: the change is published as “up 100 million yuan year on year”, not as a percent; not shown.']);
  });

  it('keeps the case a label was published in, so that a place name keeps its capital', async () => {
    const doc = await loadDemo(LINGYUAN);
    doc.indicators!.find((indicator) => indicator.id === 'gdp')!.label = { zh: '京津冀投资', en: 'Beijing–Tianjin–Hebei investment' };
    const el = await atWidth(700, html`<sc-growth-bars lang="en" .data=${doc} indicators="retail-sales, gdp"></sc-growth-bars>`);
    expect(summary(el)).to.equal('Two indicators. Fastest: Retail sales, up 11.1%. Slowest: Beijing–Tianjin–Hebei investment, up 3.5%.');
  });

  it('grows in height with the number of bars', async () => {
    const two = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN} indicators="gdp retail-sales"></sc-growth-bars>`);
    const six = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const height = (el: Element) => el.shadowRoot!.querySelector('.plot svg')!.getBoundingClientRect().height;
    expect(height(six)).to.be.greaterThan(height(two) * 2);
  });

  it('reports an unknown indicator id as a validation error listing the ids', async () => {
    const { element, events } = await withEvents<ScGrowthBars>('sc-growth-bars', (el) => {
      el.lang = 'en';
      el.src = LINGYUAN;
      el.indicators = 'gdp,gpd';
    });
    try {
      const detail = await failed(element);
      expect(detail.kind).to.equal('validation');
      expect(detail.errors[0]!.path).to.equal('indicators');
      expect(detail.errors[0]!.message).to.contain("no indicator 'gpd'");
      expect(detail.errors[0]!.message).to.contain('fixed-asset-investment');
      expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain("no indicator 'gpd'");
      expect(events.map((event) => event.type)).to.deep.equal(['sc-error']);
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
  });

  it('names the attribute the page set: indicator="…" with one document is reported as indicator', async () => {
    const chart = await fixture<ScGrowthBars>(html`<sc-growth-bars lang="en" src=${LINGYUAN} indicator="gpd"></sc-growth-bars>`);
    const detail = await failed(chart);
    expect(detail.errors[0]!.path).to.equal('indicator');
    expect(partText(chart, '[role=alert]')).to.contain("indicator: no indicator 'gpd'");
  });

  it('compares fixed-asset investment across three documents from src, naming the periods', async () => {
    const el = await atWidth(900, html`<sc-growth-bars lang="en" src="${KAZUO} ${SHUANGTA} ${LINGYUAN}" indicator="fixed-asset-investment"></sc-growth-bars>`);
    expect(labels(el)).to.deep.equal(['Kazuo County', 'Shuangta District', 'Lingyuan City']);
    expect(texts(el, 'text.label tspan.sub')).to.deep.equal(['2024 Q1', '2024 Q1', 'First half (to end of June)']);
    expect(values(el)).to.deep.equal(['+15.7%', '+21.3%', '+5.6%']);
    expect(partText(el, '[part=title]')).to.equal('Fixed-asset investment: year-on-year growth by region');
    expect(summary(el)).to.equal(
      'Three regions. Fastest: Shuangta District, 2024 Q1, up 21.3%. Slowest: Lingyuan City, first half (to end of June), up 5.6%. ' +
        'Kazuo County, 2024 Q1: 0.7 percentage points above the 15% growth target for full year 2024. The periods differ.',
    );
    expect(notes(el)).to.deep.equal(['The periods differ. Kazuo County and Shuangta District: 2024 Q1; Lingyuan City: first half (to end of June).']);
    await expect(el).to.be.accessible();
  });

  it('compares documents given as .data, and marks Kazuo’s 15% target on its bar', async () => {
    const docs = [await loadDemo(KAZUO), await loadDemo(SHUANGTA), await loadDemo(LINGYUAN)];
    const el = await atWidth(900, html`<sc-growth-bars lang="zh" .data=${docs} indicator="fixed-asset-investment" sort="desc"></sc-growth-bars>`);
    expect(labels(el)).to.deep.equal(['双塔区', '喀左县', '凌源市']);
    expect(values(el)).to.deep.equal(['+21.3%', '+15.7%', '+5.6%']);
    expect(texts(el, 'text.target-label')).to.deep.equal(['2024年全年目标15%']);
    // The marker sits at 15 on the same scale as the bars, just short of Kazuo's 15.7%.
    const kazuo = marks(el)[1]!;
    const bar = kazuo.querySelector('rect.bar')!.getBoundingClientRect();
    const marker = kazuo.querySelector('line.target')!.getBoundingClientRect();
    const x = marker.left + marker.width / 2;
    expect(x).to.be.closeTo(bar.left + (bar.width * 15) / 15.7, 1);
    expect(marker.top).to.be.lessThan(bar.top);
    expect(marker.bottom).to.be.greaterThan(bar.bottom);
    expect(kazuo.getAttribute('aria-label')).to.equal('喀左县2024年一季度：同比增长15.7%，10.7亿元；增速高于2024年全年15%的目标0.7个百分点');
    expect(notes(el)).to.deep.equal(['各地统计时期不同：喀左县、双塔区为2024年一季度；凌源市为上半年（截至6月末）。']);
    el.hideTargets = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('line.target')).to.equal(null);
  });

  it('leaves out a region whose document lacks the indicator, and says so', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src="${KAZUO} ${SHUANGTA} ${LINGYUAN}" indicator="gdp"></sc-growth-bars>`);
    expect(labels(el)).to.deep.equal(['Shuangta District', 'Lingyuan City']);
    expect(values(el)).to.deep.equal(['+5%', '+3.5%']);
    expect(notes(el)).to.deep.equal([
      'The periods differ. Shuangta District: 2024 Q1; Lingyuan City: first half (to end of June).',
      'GDP: no figure for Kazuo County (2024 Q1) in the document; not shown.',
    ]);
  });

  it('says which region published the compared figure under another name', async () => {
    const docs = [await loadDemo(KAZUO), await loadDemo(SHUANGTA), await loadDemo(LINGYUAN)];
    const en = await atWidth(900, html`<sc-growth-bars lang="en" .data=${docs} indicator="retail-sales"></sc-growth-bars>`);
    expect(partText(en, '[part=title]')).to.equal('Retail sales of consumer goods: year-on-year growth by region');
    expect(notes(en)).to.include('Published under another name. Lingyuan City: 社会零售品销售总额 (“Retail sales”).');
    expect(summary(en)).to.match(/Not every region publishes it under this name\.$/);
    const zh = await atWidth(900, html`<sc-growth-bars lang="zh" .data=${docs} indicator="retail-sales"></sc-growth-bars>`);
    expect(notes(zh)).to.include('各地公布的指标名称不同：凌源市为“社会零售品销售总额”。');
    // The same name everywhere: nothing to say.
    const same = await atWidth(900, html`<sc-growth-bars lang="zh" .data=${docs} indicator="fixed-asset-investment"></sc-growth-bars>`);
    expect(notes(same).join()).to.not.contain('名称');
  });

  it('names a comparison after a region it draws, and compares the published Chinese names', async () => {
    const [kazuo, shuangta, lingyuan] = [await loadDemo(KAZUO), await loadDemo(SHUANGTA), await loadDemo(LINGYUAN)];
    // Lingyuan first, without a growth rate: it is not drawn, so its name is not the title's.
    delete lingyuan.indicators!.find((indicator) => indicator.id === 'retail-sales')!.change;
    const el = await atWidth(900, html`<sc-growth-bars lang="zh" .data=${[lingyuan, kazuo, shuangta]} indicator="retail-sales"></sc-growth-bars>`);
    expect(labels(el)).to.deep.equal(['喀左县', '双塔区']);
    expect(partText(el, '[part=title]')).to.contain('社会消费品零售总额');
    expect(notes(el).join()).to.not.contain('名称不同');
    // Another English translation of the same published name is the same figure.
    kazuo.indicators!.find((indicator) => indicator.id === 'retail-sales')!.label = { zh: '社会消费品零售总额', en: 'Consumer retail sales' };
    const en = await atWidth(900, html`<sc-growth-bars lang="en" .data=${[kazuo, shuangta]} indicator="retail-sales"></sc-growth-bars>`);
    expect(notes(en).join()).to.not.contain('another name');
  });

  it('credits a publisher once when it published the documents compared, and each of several', async () => {
    const [kazuo, shuangta] = [await loadDemo(KAZUO), await loadDemo(SHUANGTA)];
    kazuo.source = { name: { zh: '朝阳日报', en: 'Chaoyang Daily' }, title: '喀左县一季度经济', date: '2024-04' };
    shuangta.source = { name: { zh: '朝阳日报', en: 'Chaoyang Daily' }, title: '双塔区一季度经济', date: '2024-04' };
    const el = await atWidth(900, html`<sc-growth-bars lang="en" .data=${[kazuo, shuangta]} indicator="retail-sales"></sc-growth-bars>`);
    expect(partText(el, '[part=source]')).to.equal('Source: Chaoyang Daily');
    shuangta.source = { name: { zh: '辽宁日报', en: 'Liaoning Daily' } };
    el.data = [kazuo, { ...shuangta }];
    el.lang = 'zh';
    await loaded(el);
    expect(partText(el, '[part=source]')).to.equal('来源：朝阳日报；辽宁日报');
  });

  it('names a reference that is no number, as written', async () => {
    const el = await fixture<ScGrowthBars>(html`<sc-growth-bars lang="en" src=${KAZUO} reference="6.5%"></sc-growth-bars>`);
    const detail = await failed(el);
    expect(detail.errors[0]).to.deep.include({ path: 'reference', message: "expected a number (a percent, e.g. 6.5); got '6.5%'" });
    el.lang = 'zh';
    await el.updateComplete;
    expect(partText(el, '[role=alert] li')).to.contain("reference：应为数字（百分数，如 6.5），而不是 '6.5%'");
    el.setAttribute('reference', '6.5');
    await loaded(el);
  });

  it('says a document without indicators has none, and one whose indicators have no percent growth has none of that', async () => {
    const doc = await loadDemo(LINGYUAN);
    delete doc.indicators;
    const el = await fixture<ScGrowthBars>(html`<sc-growth-bars lang="en" .data=${doc}></sc-growth-bars>`);
    expect((await failed(el)).errors[0]).to.deep.include({ path: 'indicators', message: 'the document has no indicators' });
    const flat = await loadDemo(LINGYUAN);
    flat.indicators = flat.indicators!.map(({ change: _change, ...indicator }) => indicator);
    el.data = flat;
    expect((await failed(el)).errors[0]).to.deep.include({ path: 'indicators', message: 'none of the indicators has a growth rate in percent' });
  });

  it('needs an indicator to compare several documents, and says which ids they share', async () => {
    const docs = [await loadDemo(KAZUO), await loadDemo(SHUANGTA), await loadDemo(LINGYUAN)];
    const el = await fixture<ScGrowthBars>(html`<sc-growth-bars lang="en" .data=${docs}></sc-growth-bars>`);
    const detail = await failed(el);
    expect(detail.errors[0]!.path).to.equal('indicator');
    expect(detail.errors[0]!.message).to.contain('fixed-asset-investment, retail-sales');
  });

  it('sends negative growth left of the zero baseline and says it fell', async () => {
    const el = await atWidth(800, html`<sc-growth-bars lang="zh" .data=${await declining()}></sc-growth-bars>`);
    expect(values(el)).to.deep.equal(['−3.2%', '−12.6%', '+6.2%', '+5.4%']);
    const baseline = el.shadowRoot!.querySelector('.baseline line')!.getBoundingClientRect();
    const zero = baseline.left + baseline.width / 2;
    const [gdp, investment, retail] = marks(el).map((mark) => ({
      bar: mark.querySelector('rect.bar')!.getBoundingClientRect(),
      value: mark.querySelector('text.value')!.getBoundingClientRect(),
    }));
    expect(gdp!.bar.right).to.be.closeTo(zero, 1);
    expect(investment!.bar.right).to.be.closeTo(zero, 1);
    expect(investment!.bar.width / gdp!.bar.width).to.be.closeTo(12.6 / 3.2, 0.02);
    expect(investment!.value.right).to.be.lessThan(investment!.bar.left);
    expect(retail!.bar.left).to.be.closeTo(zero, 1);
    expect(retail!.value.left).to.be.greaterThan(retail!.bar.right);
    expect(summary(el)).to.equal('4项指标中，增速最高的是社会消费品零售总额，增长6.2%；增速最低的是固定资产投资，下降12.6%。其中2项下降。');
    expect(partText(el, '[part=illustrative]')).to.equal('示意数据，非真实统计');
    expect(rows(el)[1]).to.equal('固定资产投资 同比下降12.6% 6.5亿元');
    expect(texts(el, 'text.tick')).to.include('0%');
    expect(texts(el, 'text.tick').some((tick) => tick.startsWith('−'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('marks text published in one language only as that language in a chart and card of the other (WCAG 3.1.2)', async () => {
    const doc = await loadDemo(KAZUO);
    doc.source = { ...doc.source, name: '辽宁日报' };
    doc.indicators![0]!.label = '固定资产投资';
    const langOf = (node: Node) => (node.parentElement!.closest('[lang]') as HTMLElement).lang;
    const chinese = (root: ShadowRoot, selector: string, text: string) => {
      const walker = document.createTreeWalker(root.querySelector(selector)!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) if (walker.currentNode.textContent!.includes(text)) return langOf(walker.currentNode);
      return 'not found';
    };
    const el = await atWidth(700, html`<sc-growth-bars lang="en" .data=${doc}></sc-growth-bars>`);
    expect(chinese(el.shadowRoot!, '[part=source]', '辽宁日报')).to.equal('zh-CN');
    expect(chinese(el.shadowRoot!, '[part=summary]', '固定资产投资')).to.equal('zh-CN');
    expect(chinese(el.shadowRoot!, '[part=table]', '固定资产投资')).to.equal('zh-CN');
    // The English around it stays English.
    expect(chinese(el.shadowRoot!, '[part=source]', 'Source')).to.equal('en');
    const card = await atWidth(300, html`<sc-indicator-card lang="en" .data=${doc}></sc-indicator-card>`);
    expect(chinese(card.shadowRoot!, '.visually-hidden', '固定资产投资')).to.equal('zh-CN');
    expect(chinese(card.shadowRoot!, '[part=label]', '固定资产投资')).to.equal('zh-CN');
    // And the other way round: a label given in English only, in a Chinese chart and card.
    doc.indicators![0]!.label = 'Fixed-asset investment';
    const zhChart = await atWidth(700, html`<sc-growth-bars lang="zh" .data=${doc}></sc-growth-bars>`);
    expect(chinese(zhChart.shadowRoot!, '[part=table]', 'Fixed-asset investment')).to.equal('en');
    expect(chinese(zhChart.shadowRoot!, '[part=summary]', 'Fixed-asset investment')).to.equal('en');
    expect(chinese(zhChart.shadowRoot!, '[part=summary]', '增速最快')).to.equal('zh-CN');
    // A source named in pinyin, tone marks and all, is one run: not "ng R" marked inside Liáoníng Rìbào.
    doc.source = { ...doc.source, name: 'Liáoníng Rìbào' };
    const pinyin = await atWidth(700, html`<sc-growth-bars lang="zh" .data=${doc}></sc-growth-bars>`);
    expect(pinyin.shadowRoot!.querySelector('[part=source] [lang=en]')?.textContent).to.equal('Liáoníng Rìbào');
    const zhCard = await atWidth(300, html`<sc-indicator-card lang="zh" .data=${doc}></sc-indicator-card>`);
    expect(chinese(zhCard.shadowRoot!, '.visually-hidden', 'Fixed-asset investment')).to.equal('en');
    expect(chinese(zhCard.shadowRoot!, '[part=label]', 'Fixed-asset investment')).to.equal('en');
    expect(chinese(zhCard.shadowRoot!, '.visually-hidden', '10.7亿元')).to.equal('zh-CN');
  });

  it('draws a labelled reference line at its value', async () => {
    const el = await atWidth(800, html`<sc-growth-bars lang="zh" src=${LINGYUAN} reference="3.5" reference-label="地区生产总值增速"></sc-growth-bars>`);
    expect(partText(el, 'text.reference-label')).to.equal('地区生产总值增速3.5%');
    const gdp = marks(el)[0]!.querySelector('rect.bar')!.getBoundingClientRect();
    const line = el.shadowRoot!.querySelector('.reference line')!.getBoundingClientRect();
    expect(line.left + line.width / 2).to.be.closeTo(gdp.right, 1);
    expect(summary(el)).to.contain('5项高于地区生产总值增速（3.5%）。');
    // The table says where each bar stands against the line.
    expect($$(el, '[part=table] thead th').map((cell) => cell.textContent!.trim()).at(-1)).to.equal('与地区生产总值增速（3.5%）相比');
    expect(rows(el).map((row) => row.split(' ').at(-1))).to.deep.equal(['持平', '高于', '高于', '高于', '高于', '高于']);
    await expect(el).to.be.accessible();
    const en = await atWidth(800, html`<sc-growth-bars lang="en" src=${LINGYUAN} reference="6.5" reference-label="Provincial average"></sc-growth-bars>`);
    expect(rows(en)[0]).to.match(/ Below$/);
    // The label keeps its case at the line's head, and is in running case in a sentence and the table's heading.
    expect(partText(en, 'text.reference-label')).to.equal('Provincial average 6.5%');
    expect(summary(en)).to.contain('4 of 6 above provincial average (6.5%).');
    expect($$(en, '[part=table] thead th').map((cell) => cell.textContent!.trim()).at(-1)).to.equal('Against provincial average (6.5%)');
    // Unnamed: "Reference 6.5%" at the line's head, "the reference line" in a sentence.
    const unnamed = await atWidth(800, html`<sc-growth-bars lang="en" src=${LINGYUAN} reference="6.5"></sc-growth-bars>`);
    expect(partText(unnamed, 'text.reference-label')).to.equal('Reference 6.5%');
    expect(summary(unnamed)).to.contain('4 of 6 above the reference line (6.5%).');
    expect($$(unnamed, '[part=table] thead th').map((cell) => cell.textContent!.trim()).at(-1)).to.equal('Against the reference line (6.5%)');
  });

  /** Lingyuan's chart with its last bar just above the window's bottom edge, where its details, under it, would not fit. */
  const lastBarAtWindowBottom = async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    window.scrollTo(0, 0);
    const last = marks(el)[5]!;
    const spacer = document.createElement('div');
    spacer.style.height = `${Math.max(0, innerHeight - last.getBoundingClientRect().bottom - 4)}px`;
    el.parentElement!.before(spacer);
    return { el, last, spacer };
  };

  it('scrolls the details of a focused bar into view when they would fall below the window', async () => {
    const { el, last, spacer } = await lastBarAtWindowBottom();
    try {
      expect(last.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
      last.focus();
      await el.updateComplete;
      const tip = el.shadowRoot!.querySelector('[part=tooltip]')!.getBoundingClientRect();
      expect(tip.bottom).to.be.at.most(innerHeight + 0.5);
      expect(tip.top).to.be.at.least(0);
    } finally {
      spacer.remove();
    }
  });

  it('opens the details of a bar hovered near the bottom of the window above it, where they fit', async () => {
    const { el, last, spacer } = await lastBarAtWindowBottom();
    try {
      const scrolled = window.scrollY;
      hover(last);
      await el.updateComplete;
      const tip = el.shadowRoot!.querySelector('[part=tooltip]')!.getBoundingClientRect();
      expect(tooltip(el)).to.contain('Rural per-capita disposable income');
      expect(tip.bottom).to.be.at.most(last.getBoundingClientRect().top);
      expect(tip.top).to.be.at.least(0);
      // The page stays where it was: the pointer is on the bar.
      expect(window.scrollY).to.equal(scrolled);
      // A bar with room below keeps its details below it.
      hover(marks(el)[0]!);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=tooltip]')!.getBoundingClientRect().top).to.be.at.least(marks(el)[0]!.getBoundingClientRect().bottom);
    } finally {
      spacer.remove();
    }
  });

  it('opens the details of a bar clicked near the bottom of the window above it, and moves no page (as for a tap)', async () => {
    const { el, last, spacer } = await lastBarAtWindowBottom();
    try {
      const scrolled = window.scrollY;
      // A click focuses the bar without :focus-visible, as a tap does: the page must not move from under the finger.
      await sendMouse({ type: 'click', position: centre(last.querySelector('rect.bar')!.getBoundingClientRect()) });
      await el.updateComplete;
      await frame();
      expect(el.shadowRoot!.activeElement).to.equal(last);
      expect(tooltip(el)).to.contain('Rural per-capita disposable income');
      expect(window.scrollY).to.equal(scrolled);
      expect(el.shadowRoot!.querySelector('[part=tooltip]')!.getBoundingClientRect().bottom).to.be.at.most(last.getBoundingClientRect().top);
    } finally {
      spacer.remove();
      await resetMouse();
    }
  });

  it('keeps a focused bar in sight in a window too short for it and its details (a 720 px high screen at 400% zoom)', async () => {
    // 1280 × 720 at 400%.
    await setViewport({ width: 320, height: 180 });
    const above = document.createElement('div');
    above.style.height = '300px';
    try {
      const el = await atWidth(300, html`<sc-growth-bars lang="en" src=${KAZUO}></sc-growth-bars>`);
      el.parentElement!.before(above);
      window.scrollTo(0, 0);
      marks(el)[0]!.focus();
      for (let index = 0; index < marks(el).length; index++) {
        if (index) await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        const ring = marks(el)[index]!.querySelector('.focus-ring')!.getBoundingClientRect();
        expect(Math.round(ring.top), `bar ${index}: top of its focus ring`).to.be.at.least(0);
        expect(Math.round(ring.bottom), `bar ${index}: bottom of its focus ring`).to.be.at.most(innerHeight);
      }
      el.parentElement!.remove();
    } finally {
      above.remove();
      await setViewport({ width: 800, height: 600 });
      window.scrollTo(0, 0);
    }
  });

  it('does not scroll the page back to the focused bar when the pointer hovers another', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const below = document.createElement('div');
    below.style.height = '2000px';
    el.parentElement!.after(below);
    try {
      window.scrollTo(0, 0);
      // A click focuses the first bar; the reader scrolls on until it is above the window.
      await sendMouse({ type: 'click', position: centre(marks(el)[0]!.querySelector('rect.bar')!.getBoundingClientRect()) });
      await el.updateComplete;
      window.scrollTo(0, Math.ceil(marks(el)[0]!.getBoundingClientRect().bottom + window.scrollY + 2));
      await frame();
      const scrolled = window.scrollY;
      await sendMouse({ type: 'move', position: centre(marks(el)[5]!.querySelector('rect.bar')!.getBoundingClientRect()) });
      await el.updateComplete;
      await frame();
      expect(tooltip(el)).to.match(/^Rural per-capita disposable income/);
      expect(window.scrollY).to.equal(scrolled);
    } finally {
      below.remove();
      window.scrollTo(0, 0);
      await resetMouse();
    }
  });

  it('measures its labels again when a chart laid out while hidden is shown at the same width', async () => {
    const reference = await atWidth(600, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const valueXs = (el: ScGrowthBars) => marks(el).map((mark) => mark.querySelector('text.value')!.getAttribute('x'));
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px; display: none"><sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars></div>`);
    const hidden = box.querySelector<ScGrowthBars>('sc-growth-bars')!;
    await loaded(hidden);
    box.style.display = 'block';
    await until(() => JSON.stringify(valueXs(hidden)) === JSON.stringify(valueXs(reference)), 'labels measured once shown');
  });

  it('prints without the table button or a tooltip left by the pointer', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    hover(marks(el)[0]!.querySelector('rect.bar')!);
    await el.updateComplete;
    const shown = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).display !== 'none';
    expect([shown('[part=table-toggle]'), shown('[part=tooltip]')]).to.deep.equal([true, true]);
    await emulateMedia({ media: 'print' });
    try {
      expect([shown('[part=table-toggle]'), shown('[part=tooltip]'), shown('[part=chart]')]).to.deep.equal([false, false, true]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints a focused mark like the others, without its focus ring', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    marks(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const ring = () => getComputedStyle(el.shadowRoot!.activeElement!.querySelector('.focus-ring')!).stroke;
    expect(ring()).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(ring()).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it("leaves the browser's shortcuts alone: Alt+Left (back), Ctrl+End, Shift+arrows neither move nor are prevented", async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const all = marks(el);
    all[1]!.focus();
    await el.updateComplete;
    const press = (key: string, modifiers: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...modifiers });
      el.shadowRoot!.activeElement!.dispatchEvent(event);
      return event.defaultPrevented;
    };
    for (const [key, modifiers] of [['ArrowLeft', { altKey: true }], ['ArrowRight', { altKey: true }], ['End', { ctrlKey: true }], ['Home', { metaKey: true }], ['ArrowDown', { shiftKey: true }]] as const) {
      expect(press(key, modifiers), `${key} ${JSON.stringify(modifiers)}`).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, `${key} ${JSON.stringify(modifiers)}`).to.equal(all[1]);
    }
    // Without a modifier, the key is the chart's.
    expect(press('ArrowDown', {})).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(all[2]);
  });

  it('has one tab stop; arrows move between bars and show the same tooltip as hover; Escape hides it', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const all = marks(el);
    expect(all.map((mark) => mark.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1', '-1']);
    all[0]!.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.equal('GDP ▲up 3.5% year on year Value: 7.76 billion yuan');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(all[1]);
    expect(all[1]!.getAttribute('tabindex')).to.equal('0');
    expect(all[0]!.getAttribute('tabindex')).to.equal('-1');
    const focused = tooltip(el);
    expect(focused).to.equal('Public budget revenue ▲up 10.8% year on year Value: 610 million yuan');
    // Under the details, while the keyboard moves: which keys work.
    expect(keysHint(el)).to.equal('"Arrow keys move · Esc hides"');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal('Bar chart, 6 bars');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(all[5]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=tooltip]')).to.equal(null);
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await el.updateComplete;
    // Hover (once the pointer moves) shows the same details as focus.
    hover(all[1]!.querySelector('rect.bar')!);
    await el.updateComplete;
    expect(tooltip(el)).to.equal(focused);
    expect(keysHint(el)).to.equal('none');
  });

  it('keeps the keyboard in the chart when the focused bar goes (fewer indicators): the bar now last takes the focus', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    marks(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[5]);
    el.indicators = 'gdp,retail-sales';
    await loaded(el);
    await el.updateComplete;
    expect(marks(el)).to.have.length(2);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-mark')).to.equal('1');
    expect(marks(el)[1]!.getAttribute('tabindex')).to.equal('0');
    expect(tooltip(el)).to.contain('Retail sales');
    // A change that keeps the focused bar leaves the focus where it is.
    await sendKeys({ press: 'Home' });
    el.sort = 'asc';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-mark')).to.equal(true);
  });

  it('keeps the keyboard on its bar while new data loads and after (reload, new data, another src)', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    await loaded(el);
    marks(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focusedMark = () => el.shadowRoot!.activeElement?.getAttribute('data-mark');
    expect(focusedMark()).to.equal('2');
    const reloading = el.reload();
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    expect(focusedMark(), 'while it loads').to.equal('2');
    await reloading;
    await loaded(el);
    expect(focusedMark(), 'reloaded').to.equal('2');
    expect(tooltip(el)).to.contain('Fixed-asset investment');
    el.data = structuredClone(el.loadedDocuments![0]);
    await loaded(el);
    expect(focusedMark(), 'new data').to.equal('2');
    el.removeAttribute('src');
    el.data = undefined;
    el.src = KAZUO;
    await until(() => el.state === 'ready' && marks(el).length > 0, 'Kazuo to render');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-mark'), 'another src').to.equal(true);
    expect(document.activeElement).to.equal(el);
  });

  it('keeps the focus in the widget, not the page, when its chart gives way to an error or to a placeholder, and on a bar once it is back', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    marks(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    el.src = '/missing.json';
    await failed(el);
    await el.updateComplete;
    expect(document.activeElement, 'after an error').to.equal(el);
    expect(el.shadowRoot!.activeElement, 'after an error').to.equal(el.shadowRoot!.querySelector('[part=base]'));
    el.src = LINGYUAN;
    await loaded(el);
    await el.updateComplete;
    marks(el)[1]!.focus();
    // In another language while it loads again: the chart gives way to the placeholder.
    const reloading = el.reload();
    el.lang = 'zh';
    await el.updateComplete;
    expect(document.activeElement, 'while it loads').to.equal(el);
    await reloading;
    await loaded(el);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-mark'), 'back on a bar').to.equal(true);
    // Its base no longer takes the focus: a click inside the widget leaves it where it was.
    expect(el.shadowRoot!.querySelector('[part=base]')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('keeps the focus and the details on their indicator when new data sorts it elsewhere (a live update)', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" sort="desc" src=${LINGYUAN}></sc-growth-bars>`);
    await loaded(el);
    marks(el)[0]!.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.contain('up 15.5%');
    const top = marks(el)[0]!.getAttribute('data-key')!;
    const update = structuredClone(el.loadedDocuments![0]!) as ScorecardDocument;
    const indicator = update.indicators!.find(({ id }) => id === top)!;
    indicator.change = { ...indicator.change!, value: 1.1 } as typeof indicator.change;
    el.data = update;
    await loaded(el);
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('data-key')).to.equal(top);
    expect(focused.getAttribute('data-mark'), 'sorted last now').to.equal(String(marks(el).length - 1));
    expect(focused.getAttribute('tabindex')).to.equal('0');
    expect(focused.getAttribute('aria-label')).to.contain('up 1.1%');
    expect(tooltip(el)).to.contain('Industrial value added').and.to.contain('up 1.1%').and.to.not.contain('15.5%');
    // The bar now first is another indicator's, and the one tab stop is on the focused bar.
    expect(marks(el).filter((mark) => mark.getAttribute('tabindex') === '0')).to.deep.equal([focused]);
  });

  it('widens nothing around it while a bar shows its details (a column that scrolls, or the page)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px; overflow: auto"><sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars></div>`);
    const el = box.firstElementChild as ScGrowthBars;
    await loaded(el);
    try {
      const widths: string[] = [];
      for (const mark of marks(el)) {
        await sendMouse({ type: 'move', position: centre(mark.querySelector('rect.bar')!.getBoundingClientRect()) });
        await el.updateComplete;
        if (box.scrollWidth > box.clientWidth) widths.push(`${tooltip(el).slice(0, 30)}: ${box.scrollWidth} px`);
      }
      expect(widths).to.deep.equal([]);
    } finally {
      await resetMouse();
    }
  });

  it("hides a hover tooltip when the focus moves to the chart's table button, which it could cover (WCAG 2.4.11)", async () => {
    const el = await atWidth(320, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    try {
      const [x, y] = centre(marks(el).at(-1)!.querySelector('rect.bar')!.getBoundingClientRect());
      await sendMouse({ type: 'move', position: [x, y] });
      await el.updateComplete;
      expect(tooltip(el)).to.contain('Rural per-capita disposable income');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.focus();
      await el.updateComplete;
      expect(tooltip(el)).to.equal('');
      // As after Escape, the pointer brings the details back when it moves.
      await sendMouse({ type: 'move', position: [x + 2, y] });
      await el.updateComplete;
      expect(tooltip(el)).to.contain('Rural per-capita disposable income');
    } finally {
      await resetMouse();
    }
  });

  it('hides a hover tooltip when the focus moves out of the chart, to a link after it or to another chart (WCAG 2.4.11)', async () => {
    const el = await atWidth(
      320,
      html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars><a href="#next">Next story</a
        ><sc-growth-bars lang="en" src=${SHUANGTA}></sc-growth-bars>`,
    );
    const [, other] = [...el.parentElement!.querySelectorAll('sc-growth-bars')] as ScGrowthBars[];
    await loaded(other!);
    try {
      const [x, y] = centre(marks(el).at(-1)!.querySelector('rect.bar')!.getBoundingClientRect());
      await sendMouse({ type: 'move', position: [x, y] });
      await el.updateComplete;
      expect(tooltip(el)).to.contain('Rural per-capita disposable income');
      el.parentElement!.querySelector('a')!.focus();
      await el.updateComplete;
      expect(tooltip(el)).to.equal('');

      await sendMouse({ type: 'move', position: [x + 2, y] });
      await el.updateComplete;
      expect(tooltip(el)).to.contain('Rural per-capita disposable income');
      marks(other!)[0]!.focus();
      await el.updateComplete;
      expect(tooltip(el)).to.equal('');
      expect(tooltip(other!)).to.contain('GDP');
    } finally {
      await resetMouse();
    }
  });

  it('keeps a hover tooltip while the pointer moves onto it, and hides it on Escape wherever the focus is (WCAG 1.4.13)', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    try {
      await sendMouse({ type: 'move', position: centre(marks(el)[0]!.querySelector('rect.bar')!.getBoundingClientRect()) });
      await el.updateComplete;
      expect(tooltip(el)).to.equal('GDP ▲up 3.5% year on year Value: 7.76 billion yuan');
      // The tooltip lies over the next bar: on it, the pointer reads the tooltip, not that bar.
      await sendMouse({ type: 'move', position: centre(el.shadowRoot!.querySelector('[part=tooltip]')!.getBoundingClientRect()) });
      await el.updateComplete;
      expect(tooltip(el)).to.equal('GDP ▲up 3.5% year on year Value: 7.76 billion yuan');
      expect(el.shadowRoot!.activeElement).to.equal(null);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=tooltip]')).to.equal(null);
    } finally {
      await resetMouse();
    }
  });

  it('shows no details as a finger lands or moves to scroll, and takes a tap on details for a tap on the bar they cover', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const touch = (type: string, target: Element, [clientX, clientY] = centre(target.getBoundingClientRect())) => {
      const event = new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, pointerType: 'touch', clientX, clientY });
      target.dispatchEvent(event);
      return event;
    };
    const first = marks(el)[0]!;
    for (const type of ['pointerover', 'pointerdown', 'pointermove']) touch(type, first);
    await el.updateComplete;
    expect(!!el.shadowRoot!.querySelector('[part=tooltip]')).to.equal(false);
    // A tap ends by focusing the bar: its details show, over the bars below it.
    first.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.contain('GDP');
    const details = el.shadowRoot!.querySelector('[part=tooltip]')!;
    const point = centre(details.getBoundingClientRect());
    // A finger on them keeps the focus (which would hide them before the tap); the tap goes to the bar under them.
    expect(touch('pointerdown', details, point).defaultPrevented).to.equal(true);
    details.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: point[0], clientY: point[1] }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-mark')).to.equal('2');
    expect(tooltip(el)).to.contain('Fixed-asset investment');
    // A mouse on the same bar afterwards can move onto its details (WCAG 1.4.13).
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    hover(marks(el)[2]!);
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=tooltip]')!).pointerEvents).to.equal('auto');
  });

  it('takes a tap on touch-shown details over no bar for a tap beside the chart: they hide, and nothing under them is pressed', async () => {
    const el = await atWidth(320, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const last = marks(el).at(-1)!;
    last.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    last.focus();
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector('[part=tooltip]')!;
    const box = details.getBoundingClientRect();
    // A point of the details over something that is no bar (a note, the table's button).
    const points = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((fx) => [0.2, 0.5, 0.8].map((fy) => [box.left + box.width * fx, box.top + box.height * fy] as const));
    const beside = points.find(([x, y]) => !el.shadowRoot!.elementsFromPoint(x, y).find((element) => !element.closest('[part=tooltip]'))?.closest('[data-mark]'));
    expect(beside, 'a point over no bar').to.not.equal(undefined);
    details.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: beside![0], clientY: beside![1] }));
    await el.updateComplete;
    expect(!!el.shadowRoot!.querySelector('[part=tooltip]')).to.equal(false);
    expect(partText(el, '[part=table-toggle]')).to.equal('Show data table');
  });

  it('keeps an English title\'s period whole when it wraps ("2024 Q1", never "2024 / Q1")', async () => {
    let wrapped = 0;
    for (let width = 280; width <= 440; width += 10) {
      const el = await atWidth(width, html`<sc-growth-bars lang="en" src=${SHUANGTA}></sc-growth-bars>`);
      const lines = visualLines(el.shadowRoot!.querySelector('[part=title]')!);
      if (lines.length > 1) wrapped += 1;
      expect(lines.join(' '), `${width} px`).to.contain('2024 Q1');
      expect(lines.join(' / '), `${width} px`).not.to.match(/2024 \/ Q1/);
      el.parentElement!.remove();
    }
    expect(wrapped, 'titles that wrap').to.be.greaterThan(5);
  });

  it('names a bar whose period differs from the title\'s with the period in brackets in Chinese, after a comma in English', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="zh" src=${KAZUO}></sc-growth-bars>`);
    const names = marks(el).map((mark) => mark.getAttribute('aria-label')!.split('：')[0]);
    // Run on, 限上单位社会消费品零售额1—3月 reads as one name.
    expect(names).to.include('限上单位社会消费品零售额（1—3月）');
    el.lang = 'en';
    await el.updateComplete;
    expect(marks(el).some((mark) => /^[^:]+, January–March 2024: /.test(mark.getAttribute('aria-label')!))).to.equal(true);
  });

  it('keeps "year-on-year" whole when an English title wraps, never "year- / on-year"', async () => {
    let wrapped = 0;
    for (let width = 280; width <= 480; width += 10) {
      const el = await atWidth(width, html`<sc-growth-bars lang="en" src="${KAZUO} ${SHUANGTA} ${LINGYUAN}" indicator="fixed-asset-investment"></sc-growth-bars>`);
      const lines = visualLines(el.shadowRoot!.querySelector('[part=title]')!);
      if (lines.length > 1) wrapped += 1;
      expect(lines.join(' '), `${width} px`).to.equal('Fixed-asset investment: year-on-year growth by region');
      expect(lines.some((line) => line.includes('year-on-year')), `${width} px: ${lines.join(' / ')}`).to.equal(true);
      el.parentElement!.remove();
    }
    expect(wrapped, 'titles that wrap').to.be.greaterThan(5);
  });

  it('breaks a Chinese title between its phrases (凌源市 | 上半年（截至6月末）| 主要指标同比增速), not inside a word', async () => {
    const phrases = ['凌源市', '上半年（截至6月末）', '主要指标同比增速'];
    const ends = new Set(phrases.map((_, index) => phrases.slice(0, index + 1).join('').length));
    let broken = 0;
    for (const width of [220, 240, 260, 280, 300, 320, 360]) {
      const el = await atWidth(width, html`<sc-growth-bars lang="zh" src=${LINGYUAN}></sc-growth-bars>`);
      const lines = visualLines(el.shadowRoot!.querySelector('[part=title]')!);
      expect(lines.join(''), `${width} px`).to.equal(phrases.join(''));
      let end = 0;
      for (const line of lines) {
        end += line.length;
        expect(ends.has(end), `${width} px: ${lines.join(' / ')}`).to.equal(true);
      }
      broken += lines.length - 1;
      el.parentElement!.remove();
    }
    expect(broken, 'titles that wrap').to.be.greaterThan(2);
  });

  it('copies a label that wraps as it reads, its words and its period apart', async () => {
    const en = await atWidth(320, html`<sc-growth-bars lang="en" src=${KAZUO}></sc-growth-bars>`);
    const copied = (el: Element) => $$(el, 'text.label').map((label) => label.textContent);
    expect($$(en, 'text.label tspan.sub').length, 'labels with a period').to.be.greaterThan(0);
    expect(copied(en)).to.include('Fixed-asset investment');
    expect(copied(en)).to.include('Retail sales of consumer goods');
    // A line broken after a hyphen joins again without a space.
    expect(copied(en)).to.include('Retail sales of above-quota units January–March 2024');
    const zh = await atWidth(320, html`<sc-growth-bars lang="zh" src=${KAZUO}></sc-growth-bars>`);
    // A Chinese name wraps with no space inside it; its period comes after one.
    expect(copied(zh)).to.include('限上单位社会消费品零售额 1—3月');
  });

  it('wraps Chinese labels, in the drawing and in the table, without leaving one character alone on a line', async () => {
    let wrapped = 0;
    // Phones (the table's rows set as blocks) and a scorecard's column (a table).
    for (const width of [220, 230, 240, 250, 260, 270, 280, 290, 300, 310, 320, 500, 520, 540, 560]) {
      const el = await atWidth(width, html`<sc-growth-bars lang="zh" src=${LINGYUAN}></sc-growth-bars>`);
      (el.shadowRoot!.querySelector('[part=table-toggle]') as HTMLButtonElement).click();
      await el.updateComplete;
      const blocks = [
        ...$$(el, '[part=table] tbody th').map((cell) => visualLines(cell)),
        ...$$(el, 'text.label').map((label) => [...label.querySelectorAll('tspan[x]')].map((span) => span.textContent!)),
      ];
      for (const lines of blocks) expect([...lines.at(-1)!.trim()].length, `${width} px: ${lines.join(' / ')}`).to.be.greaterThan(1);
      wrapped += blocks.filter((lines) => lines.length > 1).length;
      el.parentElement!.remove();
    }
    expect(wrapped, 'labels that wrap').to.be.at.least(2);
  });

  it('leaves the pointer a way past a bar\'s details to the next row, at 320 px and with labels above the bars', async () => {
    for (const [lang, width] of [['zh', 304], ['en', 304], ['en', 260]] as const) {
      const el = await atWidth(width, html`<sc-growth-bars lang=${lang} src=${KAZUO}></sc-growth-bars>`);
      const what = `${lang} ${width} px`;
      try {
        await sendMouse({ type: 'move', position: centre(marks(el)[0]!.querySelector('rect.bar')!.getBoundingClientRect()) });
        await el.updateComplete;
        expect(tooltip(el), what).to.not.equal('');
        // The next row's label, where a reader points to move on: beside the label column the details
        // leave it whole; above the bars they leave its start.
        const label = marks(el)[1]!.querySelector('text.label')!.getBoundingClientRect();
        const stacked = label.right - label.left > width / 2;
        const target: [number, number] = stacked ? [Math.round(label.left + 12), Math.round(label.top + 8)] : centre(label);
        const tip = el.shadowRoot!.querySelector('[part=tooltip]')!.getBoundingClientRect();
        expect(tip.left, what).to.be.greaterThan(stacked ? target[0] : label.right - 0.5);
        await sendMouse({ type: 'move', position: target });
        await el.updateComplete;
        expect(tooltip(el), what).to.match(lang === 'zh' ? /^社会消费品零售总额/ : /^Retail sales of consumer goods/);
      } finally {
        await resetMouse();
        el.parentElement!.remove();
      }
    }
  });

  // The page scrolls (an arrow key, a screen magnifier, a Tab) until the fifth bar lies under a pointer resting
  // just above the chart: that is no request to see the bar's details, wherever the keyboard is.
  for (const [where, focusable, expected] of [
    ['on the first bar', (el: ScGrowthBars): HTMLElement | SVGElement => marks(el)[0]!, /^GDP/],
    ['on the chart\'s button', (el: ScGrowthBars): HTMLElement | SVGElement => el.shadowRoot!.querySelector<HTMLElement>('[part=table-toggle]')!, /^$/],
  ] as const) {
    it(`shows no details for a bar the page scrolls under a resting pointer, the keyboard ${where} (WCAG 2.4.12)`, async () => {
      const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
      const above = document.createElement('div');
      const below = document.createElement('div');
      above.style.height = below.style.height = '2000px';
      el.parentElement!.before(above);
      el.parentElement!.after(below);
      try {
        const bar = (index: number) => marks(el)[index]!.querySelector('rect.bar')!.getBoundingClientRect();
        // In page coordinates: the fifth bar's centre and the chart's top.
        const [x, fifth] = [Math.round(centre(bar(4))[0]), centre(bar(4))[1] + window.scrollY];
        const top = el.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, fifth - 400);
        const resting: [number, number] = [x, Math.round(top - (fifth - 400) - 20)];
        await sendMouse({ type: 'move', position: resting });
        focusable(el).focus({ preventScroll: true });
        await el.updateComplete;
        expect(tooltip(el)).to.match(expected);
        let over = false;
        el.shadowRoot!.addEventListener('pointerover', (event) => (over ||= !!(event.target as Element).closest('[data-mark="4"]')));
        window.scrollTo(0, Math.round(fifth - resting[1]));
        await frame();
        await until(() => over, 'the pointerover the scroll causes');
        await el.updateComplete;
        expect(tooltip(el)).to.match(expected);
        // A pointer that moves takes over again.
        await sendMouse({ type: 'move', position: centre(bar(5)) });
        await el.updateComplete;
        expect(tooltip(el)).to.match(/^Rural per-capita disposable income/);
      } finally {
        above.remove();
        below.remove();
        window.scrollTo(0, 0);
        await resetMouse();
      }
    });
  }

  it('shows a tooltip on the first hover after an Escape pressed elsewhere, and on a target label', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${KAZUO}></sc-growth-bars>`);
    try {
      await sendMouse({ type: 'move', position: [1, 1] });
      await sendKeys({ press: 'Escape' });
      await sendMouse({ type: 'move', position: centre(marks(el)[0]!.querySelector('rect.bar')!.getBoundingClientRect()) });
      await el.updateComplete;
      expect(tooltip(el)).to.match(/^Fixed-asset investment/);
      await sendMouse({ type: 'move', position: [1, 1] });
      await el.updateComplete;
      // A target label is drawn over the marks; pointing at it reads its row.
      const label = el.shadowRoot!.querySelectorAll('text.target-label')[1]!;
      await sendMouse({ type: 'move', position: centre(label.getBoundingClientRect()) });
      await el.updateComplete;
      expect(tooltip(el)).to.match(/^Retail sales of above-quota units/);
    } finally {
      await resetMouse();
    }
  });

  it('moves the tab stop to a bar focused by a click, also one already hovered', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    hover(marks(el)[2]!.querySelector('rect.bar')!);
    await el.updateComplete;
    marks(el)[2]!.focus();
    await el.updateComplete;
    expect(marks(el).map((mark) => mark.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0', '-1', '-1', '-1']);
  });

  it('shows the data table on request, and keeps it for screen readers always', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const wrap = el.shadowRoot!.querySelector('[part=table]')!.parentElement!;
    expect(wrap.classList.contains('visually-hidden')).to.equal(true);
    expect(texts(el, '[part=table] thead th')).to.deep.equal(['Indicator', 'Growth', 'Value']);
    expect(rows(el)).to.deep.equal([
      'GDP up 3.5% year on year 7.76\u00a0billion yuan',
      'Public budget revenue up 10.8% year on year 610\u00a0million yuan',
      'Fixed-asset investment up 5.6% year on year 1.84\u00a0billion yuan',
      'Industrial value added (above designated size) up 15.5% year on year not published',
      'Retail sales up 11.1% year on year 4.74\u00a0billion yuan',
      'Rural per-capita disposable income up 7.5% year on year 8,645 yuan',
    ]);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!;
    // Seen: the words; heard: the words, then which chart (the name starts with what is seen, WCAG 2.5.3).
    expect([toggle.textContent!.trim(), toggle.getAttribute('aria-label')]).to.deep.equal([
      'Show data table',
      'Show data table for Lingyuan City, first half (to end of June): year-on-year growth',
    ]);
    expect(toggle.hasAttribute('aria-expanded'), 'the table is never hidden from a screen reader').to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-label')).to.equal('Hide data table for Lingyuan City, first half (to end of June): year-on-year growth');
    expect(wrap.classList.contains('visually-hidden')).to.equal(false);
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('shows the comparison table with periods and targets', async () => {
    const el = await atWidth(700, html`<sc-growth-bars lang="zh" src="${KAZUO} ${SHUANGTA} ${LINGYUAN}" indicator="fixed-asset-investment"></sc-growth-bars>`);
    expect(texts(el, '[part=table] thead th')).to.deep.equal(['地区', '时期', '增速', '数值', '目标']);
    expect(rows(el)).to.deep.equal([
      '喀左县 2024年一季度 同比增长15.7% 10.7亿元 增速高于2024年全年15%的目标0.7个百分点',
      '双塔区 2024年一季度 同比增长21.3% 6.5亿元 —无',
      '凌源市 上半年（截至6月末） 同比增长5.6% 18.4亿元 —无',
    ]);
    // An empty cell's dash is seen; a screen reader hears a word, not "破折号" or nothing.
    const empty = el.shadowRoot!.querySelectorAll('[part=table] tbody tr')[1]!.lastElementChild!;
    expect(empty.querySelector('[aria-hidden=true]')!.textContent).to.equal('—');
    expect(empty.querySelector('.visually-hidden')!.textContent).to.equal('无');
  });

  it('stacks the comparison table on a phone, each figure one run of text after its column\'s name', async () => {
    const el = await atWidth(390, html`<sc-growth-bars lang="en" src="${KAZUO} ${SHUANGTA} ${LINGYUAN}" indicator="fixed-asset-investment"></sc-growth-bars>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector<HTMLElement>('[part=table]')!;
    expect(getComputedStyle(table).display).to.equal('block');
    const target = [...table.querySelectorAll<HTMLElement>('td')].find((cell) => cell.dataset['label'] === 'Target' && cell.textContent!.includes('full year 2024'))!;
    // "full year 2024" is kept whole in a span of its own: it must not become a third item of the row, spread to its right.
    expect(target.children, 'one run of text').to.have.length(1);
    expect(target.firstElementChild!.textContent!.trim()).to.equal(target.textContent!.trim());
    expect(visualLines(target.firstElementChild!).join(' ')).to.equal('0.7 percentage points above the 15% growth target for full year 2024');
    const { right } = target.getBoundingClientRect();
    expect(target.firstElementChild!.getBoundingClientRect().right).to.be.closeTo(right, 1);
  });

  it('says it is loading, then fires sc-load with the documents', async () => {
    const stub = stubFetch();
    try {
      const { element, events } = await withEvents<ScGrowthBars>('sc-growth-bars', (el) => {
        el.lang = 'en';
        el.src = '/slow.json';
      });
      expect(partText(element, '[role=status]')).to.contain('Loading');
      await expect(element).to.be.accessible();
      stub.respond(await loadDemo(SHUANGTA));
      await loaded(element);
      expect(values(element)).to.deep.equal(['+5%', '+21.3%', '+6.2%', '+5.4%']);
      expect(events.map((event) => event.type)).to.deep.equal(['sc-load']);
      expect((events[0]!.detail as ScorecardDocument[])[0]!.id).to.equal('shuangta-2024-q1');
      element.remove();
    } finally {
      stub.restore();
    }
  });

  it("lays its labels out again when a reader's text spacing is applied after it rendered (WCAG 1.4.12)", async () => {
    // Wide enough that the spacing changes no line of the title or summary: the chart's size stays.
    const el = await atWidth(1000, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    // Labels end before their bars start (labels sit left of the bars here).
    const overlaps = () =>
      marks(el).filter((mark) => mark.querySelector('text.label')!.getBoundingClientRect().right > mark.querySelector('rect.bar')!.getBoundingClientRect().left + 0.5);
    expect(overlaps()).to.deep.equal([]);
    // The reader's style sheet (a bookmarklet's `* { … !important }`) reaches the host and is inherited inside.
    el.style.setProperty('letter-spacing', '0.12em', 'important');
    el.style.setProperty('word-spacing', '0.16em', 'important');
    await until(() => overlaps().length === 0 && getComputedStyle(marks(el)[0]!.querySelector('text.label')!).letterSpacing !== 'normal', 'labels laid out again');
    expect(overlaps()).to.deep.equal([]);
  });

  it('keeps every target label inside a 160 px box under a reader\'s text spacing (WCAG 1.4.12)', async () => {
    const el = await atWidth(160, html`<sc-growth-bars lang="en" src=${KAZUO}></sc-growth-bars>`);
    el.style.setProperty('letter-spacing', '0.12em', 'important');
    el.style.setProperty('word-spacing', '0.16em', 'important');
    const labels = () => [...el.shadowRoot!.querySelectorAll<SVGTextElement>('text.target-label')];
    const box = el.getBoundingClientRect();
    const outside = () =>
      labels().filter((label) => {
        const rect = label.getBoundingClientRect();
        return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
      });
    // Laid out again for the spacing (a frame or two later), then every label inside.
    await until(() => labels().length > 0 && getComputedStyle(labels()[0]!).letterSpacing !== 'normal' && outside().length === 0, 'target labels inside the box');
    expect(outside()).to.deep.equal([]);
  });

  it('keeps its height while new data loads, so that the page below does not move, even where the placeholder\'s expected shape is taller', async () => {
    const reload = async (el: ScGrowthBars): Promise<[number, number]> => {
      const shown = el.getBoundingClientRect().height;
      const stub = stubFetch();
      try {
        el.src = '/slow.json';
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        return [shown, el.getBoundingClientRect().height];
      } finally {
        stub.restore();
      }
    };
    const [every, everyLoading] = await reload(await atWidth(320, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`));
    expect(every).to.be.greaterThan(300);
    expect(everyLoading).to.be.closeTo(every, 1);
    // One bar: shorter than the four bars a placeholder expects when no indicators are named.
    const [one, oneLoading] = await reload(await atWidth(600, html`<sc-growth-bars lang="en" src=${LINGYUAN} indicators="gdp"></sc-growth-bars>`));
    expect(oneLoading).to.be.closeTo(one, 0.5);
  });

  it('shows a network error in place', async () => {
    const el = await fixture<ScGrowthBars>(html`<sc-growth-bars lang="zh" src="/demo/data/missing.json"></sc-growth-bars>`);
    const detail = await failed(el);
    expect(detail.kind).to.equal('network');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('数据加载失败');
    await expect(el).to.be.accessible();
  });

  it('colours bars by the palette, with at least 3:1 against the background in light and dark', async () => {
    const el = await atWidth(600, html`<sc-growth-bars lang="zh" .data=${await declining()}></sc-growth-bars>`);
    const fill = (index: number) => getComputedStyle(marks(el)[index]!.querySelector('rect.bar')!).fill;
    // cn: a rise is good news in red, a fall in green; the sign and the side of the baseline say it too.
    expect(fill(2)).to.equal('rgb(192, 38, 45)');
    expect(fill(1)).to.equal('rgb(26, 127, 55)');
    el.palette = 'intl';
    await el.updateComplete;
    expect(fill(2)).to.equal('rgb(26, 127, 55)');
    for (const theme of ['light', 'dark'] as const) {
      el.theme = theme;
      await el.updateComplete;
      // A chart with a theme of its own paints its own background.
      const background = rgb(getComputedStyle(el).backgroundColor);
      expect(background, theme).to.deep.equal(theme === 'light' ? [255, 255, 255] : [27, 31, 36]);
      for (const index of [1, 2]) expect(contrast(rgb(fill(index)), background), `${theme} bar`).to.be.at.least(3);
      const text = rgb(getComputedStyle(el.shadowRoot!.querySelector('text.value')!).fill);
      expect(contrast(text, background), `${theme} value label`).to.be.at.least(4.5);
      const tick = rgb(getComputedStyle(el.shadowRoot!.querySelector('text.tick')!).fill);
      expect(contrast(tick, background), `${theme} tick label`).to.be.at.least(4.5);
    }
  });

  it('stays readable with theme="dark" on a light page, and "auto" in a dark system on it', async () => {
    for (const theme of ['dark', 'auto'] as const) {
      if (theme === 'auto') await emulateMedia({ colorScheme: 'dark' });
      try {
        const box = await fixture<HTMLDivElement>(
          html`<div style="background: #fff; color-scheme: light; width: 600px">
            <sc-growth-bars lang="en" theme=${theme} src=${LINGYUAN}></sc-growth-bars>
          </div>`,
        );
        const el = box.querySelector('sc-growth-bars')!;
        await loaded(el);
        expect(getComputedStyle(el).backgroundColor, theme).to.equal('rgb(27, 31, 36)');
        await expect(box).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    }
  });

  it('plays the entrance transition only when the reader allows motion', async () => {
    const el = await atWidth(600, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
    const bar = el.shadowRoot!.querySelector('rect.bar')!;
    expect(getComputedStyle(bar).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      expect(getComputedStyle(bar).animationName).to.equal('sc-enter');
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  describe('fits every width', () => {
    const cases: [string, number, () => Promise<ReturnType<typeof html>>][] = [
      ['Lingyuan zh', 320, async () => html`<sc-growth-bars lang="zh" src=${LINGYUAN}></sc-growth-bars>`],
      ['Lingyuan en', 320, async () => html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`],
      ['Lingyuan en', 280, async () => html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`],
      ['Lingyuan en', 1200, async () => html`<sc-growth-bars lang="en" src=${LINGYUAN} reference="6.5"></sc-growth-bars>`],
      ['long labels zh', 320, async () => html`<sc-growth-bars lang="zh" .data=${await longLabels()}></sc-growth-bars>`],
      ['long labels en', 280, async () => html`<sc-growth-bars lang="en" .data=${await longLabels()}></sc-growth-bars>`],
      ['long labels en', 1000, async () => html`<sc-growth-bars lang="en" .data=${await longLabels()}></sc-growth-bars>`],
      ['negative zh', 320, async () => html`<sc-growth-bars lang="zh" .data=${await declining()}></sc-growth-bars>`],
      ['negative en', 280, async () => html`<sc-growth-bars lang="en" .data=${await declining()} reference="2"></sc-growth-bars>`],
      [
        'comparison en',
        320,
        async () => html`<sc-growth-bars lang="en" src="${KAZUO} ${SHUANGTA} ${LINGYUAN}" indicator="fixed-asset-investment" reference="10" reference-label="Illustrative line"></sc-growth-bars>`,
      ],
      ['Kazuo targets en', 320, async () => html`<sc-growth-bars lang="en" src=${KAZUO}></sc-growth-bars>`],
      ['Kazuo targets zh', 600, async () => html`<sc-growth-bars lang="zh" src=${KAZUO}></sc-growth-bars>`],
    ];
    for (const [name, width, template] of cases) {
      it(`${name} at ${width} px: no text overlaps another text or a bar, nothing is cut off`, async () => {
        const el = await atWidth(width, await template());
        expect(el.shadowRoot!.querySelector('.plot svg')!.getBoundingClientRect().width).to.equal(width);
        expect(collisions(el)).to.deep.equal([]);
        // Every label line is complete: the words drawn are the words of the labels.
        const drawnWords = labels(el).join(' ').replace(/\s+/g, '');
        const tableWords = texts(el, '[part=table] tbody th').join('').replace(/\s+/g, '');
        expect(drawnWords).to.equal(tableWords);
        await expect(el).to.be.accessible();
      });
    }

    it("follows the reader's text size: at a 32 px default its labels are twice as large, and still fit", async () => {
      const labelHeight = (element: ScGrowthBars) => element.shadowRoot!.querySelector('text.value')!.getBoundingClientRect().height;
      const template = html`<sc-growth-bars lang="en" src="${KAZUO} ${SHUANGTA} ${LINGYUAN}" indicator="fixed-asset-investment" reference="6.5"></sc-growth-bars>`;
      const normal = labelHeight(await atWidth(700, template));
      document.documentElement.style.fontSize = '200%';
      try {
        for (const width of [360, 700]) {
          const el = await atWidth(width, template);
          expect(labelHeight(el) / normal, `${width} px`).to.be.closeTo(2, 0.1);
          expect(el.shadowRoot!.querySelector('.plot svg')!.getBoundingClientRect().width, `${width} px`).to.be.closeTo(width, 1);
          expect(collisions(el), `${width} px`).to.deep.equal([]);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it("follows the reader's text size when it changes on a page already shown (a site's A+ button), in a box that keeps its width", async () => {
      const el = await atWidth(700, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
      const labelHeight = () => el.shadowRoot!.querySelector('text.value')!.getBoundingClientRect().height;
      const normal = labelHeight();
      document.documentElement.style.fontSize = '200%';
      try {
        await until(() => labelHeight() / normal > 1.9, 'labels drawn twice as large');
        expect(collisions(el)).to.deep.equal([]);
      } finally {
        document.documentElement.style.fontSize = '';
      }
      await until(() => labelHeight() / normal < 1.1, 'labels back to their size');
    });

    it('moves labels above the bars when narrow, and beside them when wide', async () => {
      const narrow = await atWidth(280, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
      const wide = await atWidth(1000, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
      const place = (el: ScGrowthBars) =>
        marks(el).map((mark) => {
          const label = mark.querySelector('text.label')!.getBoundingClientRect();
          const bar = mark.querySelector('rect.bar')!.getBoundingClientRect();
          return label.bottom <= bar.top + 1 ? 'above' : label.right <= bar.left ? 'beside' : 'other';
        });
      expect(place(narrow)).to.deep.equal(Array(6).fill('above'));
      expect(place(wide)).to.deep.equal(Array(6).fill('beside'));
    });

    it('lays out again when its container is resized', async () => {
      const el = await atWidth(1000, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`);
      (el.parentElement as HTMLElement).style.width = '300px';
      await settle(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('.plot svg')!.getBoundingClientRect().width).to.equal(300);
      expect(collisions(el)).to.deep.equal([]);
    });
  });
});

describe('growthBarsView', () => {
  it('adds a period column only where a period differs, not for a bar labelled "lower is better"', () => {
    const document = {
      version: 1,
      id: 'd',
      region: 'R',
      period: '2024 Q1',
      source: { name: 'S' },
      indicators: [
        { id: 'gdp', label: 'GDP', value: 1, change: { kind: 'percent', value: 5, basis: 'yoy' } },
        { id: 'energy', label: 'Energy use', polarity: 'down-good', change: { kind: 'percent', value: -3, basis: 'yoy' } },
      ],
    } as ScorecardDocument;
    const view = growthBarsView([document], {}, 'en');
    if (!view.ok) throw new Error('expected a view');
    expect(view.value.bars[1]!.sublabel).to.equal('Lower is better');
    expect(view.value.table.columns.map((column) => column.label)).to.deep.equal(['Indicator', 'Growth', 'Value']);
  });
});
