import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../define.js';
import type { ScScorecard } from './scorecard.component.js';
import type { ScTourismSurge } from '../tourism-surge/tourism-surge.component.js';
import type { ScIndicatorCard } from '../indicator-card/indicator-card.component.js';
import { KAZUO, LINGYUAN, SHUANGTA, failed, loadDemo, loaded, partText, seenTextOf, textOf, until, visualLines, withEvents } from '../../../tests/helpers.js';
import { groupIndicators, periodGoesWithoutSaying, planSections, projectDetails, rowLabelHeights, tallestPerIndex } from './scorecard.layout.js';
import type { Project, ScorecardDocument } from '../../schema/document.js';
import { pick } from '../../format/text.js';

const sectionTitles = (card: ScScorecard) =>
  [...card.shadowRoot!.querySelectorAll('[part=section-title]')].map((heading) => heading.textContent!.trim());

const cards = (card: ScScorecard) => [...card.shadowRoot!.querySelectorAll('sc-indicator-card')];

/** Waits until every child widget has rendered. */
const childrenReady = async (card: ScScorecard) => {
  const children = [...card.shadowRoot!.querySelectorAll<HTMLElement & { state: string; updateComplete: Promise<boolean> }>('[part=section] *')].filter(
    (element) => element.tagName.startsWith('SC-'),
  );
  await Promise.all(children.map((child) => loaded(child)));
  return children;
};

describe('sc-scorecard', () => {
  it('hands its widgets one frozen copy of a document given as data, and leaves the host its own', async () => {
    const document = await loadDemo(KAZUO);
    const card = await fixture<ScScorecard>(html`<sc-scorecard lang="en" .data=${document}></sc-scorecard>`);
    await loaded(card);
    const children = (await childrenReady(card)) as unknown as { loadedDocuments: ScorecardDocument[] }[];
    const shared = children[0]!.loadedDocuments[0]!;
    expect(shared).to.not.equal(document);
    expect(shared).to.deep.equal(document);
    expect(Object.isFrozen(shared.indicators![0])).to.equal(true);
    expect(children.every((child) => child.loadedDocuments[0] === shared)).to.equal(true);
    // The host may still change its object (and give it anew).
    expect(Object.isFrozen(document.indicators![0])).to.equal(false);
    expect(partText(cards(card)[0]!, '[part=value]')).to.equal('1.07 billion yuan');
  });

  it('lays out Kazuo with its sections, figures and one source credit', async () => {
    const card = await fixture<ScScorecard>(html`<sc-scorecard lang="zh" src=${KAZUO}></sc-scorecard>`);
    await loaded(card);
    await childrenReady(card);
    expect(partText(card, '[part=title]')).to.equal('喀左县2024年一季度经济运行');
    expect(sectionTitles(card)).to.deep.equal(['指标一览', '增速', '节假日旅游', '重点项目']);
    expect(cards(card)).to.have.length(26);
    const first = cards(card)[0]!;
    expect(partText(first, '[part=value]')).to.equal('10.7亿元');
    expect(first.shadowRoot!.querySelector('[part=source]')).to.equal(null);
    // The heading names the region: no card says it again.
    expect(cards(card).some((inside) => !!inside.shadowRoot!.querySelector('[part=region]'))).to.equal(false);
    expect(partText(first, '.visually-hidden')).not.to.contain('喀左县');
    expect(partText(card, '[part=footer]')).to.equal('来源：辽宁地方报纸报道');
    const projects = partText(card, '[part=projects]');
    expect(projects).to.contain('25亿元');
    // The capacities are in the project's name (全钒液流3GWh+锂电6.5GWh电池项目): not said again.
    expect(partText(card, '[part=projects] .detail')).to.equal('预计年销售收入112亿元，预计税收4.39亿元');
    const plant = card.shadowRoot!.querySelector<HTMLElement & { computedName: string }>('[part=projects] tbody th')!;
    expect(plant.computedName.replace(/\s+/g, '')).to.equal('全钒液流3GWh+锂电6.5GWh电池项目：预计年销售收入112亿元，预计税收4.39亿元');
    // Named by the scorecard and its section heading, set apart: a page with two scorecards lists two tables apart.
    expect(card.shadowRoot!.querySelector('[part=projects]')!.getAttribute('aria-label')).to.equal('喀左县2024年一季度经济运行：重点项目');
    const sections = [...card.shadowRoot!.querySelectorAll('section')].map((section) => section.getAttribute('aria-label'));
    expect(sections).to.deep.equal([
      '喀左县2024年一季度经济运行：指标一览',
      '喀左县2024年一季度经济运行：增速',
      '喀左县2024年一季度经济运行：节假日旅游',
      '喀左县2024年一季度经济运行：重点项目',
    ]);
    // The cards of a group are a list: a screen reader says how many.
    const grid = card.shadowRoot!.querySelector('.grid')!;
    expect(grid.getAttribute('role')).to.equal('list');
    expect([...grid.children].every((child) => child.getAttribute('role') === 'listitem')).to.equal(true);
    await expect(card).to.be.accessible();
  });

  it('says "status" before a project\'s status where it moves under the name, and keeps the table inside a box down to 160 px', async () => {
    for (const [width, src] of [[160, KAZUO], [160, SHUANGTA], [220, SHUANGTA]] as const) {
      const narrow = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><sc-scorecard lang="en" src=${src} sections="projects"></sc-scorecard></div>`);
      const scorecard = narrow.querySelector('sc-scorecard')!;
      await loaded(scorecard);
      const box = scorecard.shadowRoot!.querySelector('.projects-wrap')!;
      expect(box.scrollWidth, `${width} px`).to.be.at.most(box.clientWidth);
    }
    const box = await fixture<HTMLDivElement>(html`<div style="width: 220px"><sc-scorecard lang="en" src=${SHUANGTA} sections="projects"></sc-scorecard></div>`);
    const card = box.querySelector('sc-scorecard')!;
    await loaded(card);
    const heading = [...card.shadowRoot!.querySelectorAll('[part=projects] tbody th')].find((cell) => cell.querySelector('.status-inline'))!;
    expect(heading.querySelector('.status-inline')!.checkVisibility()).to.equal(true);
    expect(heading.querySelector('.status-inline')!.textContent!.trim()).to.match(/^Status: \S/);
    const wrap = card.shadowRoot!.querySelector('.projects-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    // Nor with a reader's text spacing (WCAG 1.4.12).
    card.style.setProperty('letter-spacing', '0.12em');
    card.style.setProperty('word-spacing', '0.16em');
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
  });

  it('keeps a project\'s "phase I" on one line, never "phase / I"', async () => {
    let wrapped = 0;
    for (let width = 160; width <= 600; width += 10) {
      const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><sc-scorecard lang="en" src=${SHUANGTA} sections="projects"></sc-scorecard></div>`);
      const card = box.querySelector('sc-scorecard')!;
      await loaded(card);
      const name = [...card.shadowRoot!.querySelectorAll('[part=projects] tbody th')].find((cell) => cell.textContent!.includes('storage base'))!;
      const lines = visualLines(name);
      if (lines.length > 1) wrapped++;
      expect(lines.some((line) => line.includes('phase I')), `${width} px: ${lines.join(' / ')}`).to.equal(true);
    }
    expect(wrapped, 'names that wrapped').to.be.above(0);
  });

  it("keeps the key-projects table inside its box, as three columns, with a reader's text spacing (WCAG 1.4.12)", async () => {
    const overflowing: string[] = [];
    for (let width = 400; width <= 640; width += 16) {
      const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><sc-scorecard lang="en" src=${SHUANGTA} sections="projects"></sc-scorecard></div>`);
      const card = box.querySelector('sc-scorecard')!;
      await loaded(card);
      card.style.setProperty('letter-spacing', '0.12em');
      card.style.setProperty('word-spacing', '0.16em');
      const wrap = card.shadowRoot!.querySelector('.projects-wrap')!;
      if (wrap.scrollWidth > wrap.clientWidth) overflowing.push(`${width} px: ${wrap.scrollWidth} in ${wrap.clientWidth}`);
    }
    expect(overflowing).to.deep.equal([]);
  });

  it('shows Lingyuan pipelines and no tourism; Shuangta tourism and no pipelines', async () => {
    const lingyuan = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${LINGYUAN}></sc-scorecard>`);
    await loaded(lingyuan);
    expect(sectionTitles(lingyuan)).to.deep.equal(['Indicators at a glance', 'Growth rates', 'Project pipelines']);
    expect(lingyuan.shadowRoot!.querySelectorAll('sc-project-funnel')).to.have.length(2);
    const shuangta = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${SHUANGTA}></sc-scorecard>`);
    await loaded(shuangta);
    expect(sectionTitles(shuangta)).to.deep.equal(['Indicators at a glance', 'Growth rates', 'Holiday tourism', 'Key projects']);
    expect(partText(shuangta, '[part=projects]')).to.contain('about 600 million yuan');
    // The visitors and the revenue charts are paired: the Lantern Festival's sales show once, beside revenue.
    const charts = [...shuangta.shadowRoot!.querySelectorAll<ScTourismSurge>('sc-tourism-surge')];
    for (const chart of charts) await loaded(chart);
    const sales = charts.map((chart) => [...chart.shadowRoot!.querySelectorAll('[part=figures] li')].filter((item) => item.textContent!.includes('Sales in the show area')).length);
    expect(sales).to.deep.equal([0, 1]);
    const brewery = [...shuangta.shadowRoot!.querySelectorAll('[part=projects] tbody th')].find((cell) => cell.textContent!.includes('Brewery'))!;
    expect(textOf(brewery)).to.equal('Brewery, 300,000 tonnes a year Status: Continuing');
    const kazuo = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${KAZUO} sections="projects"></sc-scorecard>`);
    await loaded(kazuo);
    // Dots part the figures for the eye; a screen reader hears sentences, not one run of words and dots.
    expect(seenTextOf(kazuo.shadowRoot!.querySelector('[part=projects] .detail'))).to.equal('Expected annual sales: 11.2 billion yuan · Expected tax: 439 million yuan');
    const plant = kazuo.shadowRoot!.querySelector<HTMLElement & { computedName: string }>('[part=projects] tbody th')!;
    // (Chrome spaces out the out-of-sight full stops.)
    expect(plant.computedName.replace(/\s+/g, ' ').replace(/ \./g, '.')).to.equal('Vanadium-flow 3 GWh and lithium 6.5 GWh battery plant. Expected annual sales: 11.2 billion yuan. Expected tax: 439 million yuan');
  });

  it('does not repeat the heading\'s period on every card, only a period of its own', async () => {
    const lingyuan = await fixture<ScScorecard>(html`<sc-scorecard lang="zh" src=${LINGYUAN} sections="indicators"></sc-scorecard>`);
    await loaded(lingyuan);
    expect(partText(lingyuan, '[part=header]')).to.contain('上半年（截至6月末）');
    const card = (scorecard: ScScorecard, id: string) => scorecard.shadowRoot!.querySelector(`sc-indicator-card[indicator="${id}"]`)!;
    const gdp = card(lingyuan, 'gdp');
    await loaded(gdp as ScIndicatorCard);
    const period = gdp.shadowRoot!.querySelector('[part=period]')!;
    expect(period.checkVisibility()).to.equal(false);
    // Still said: the card's sentence names its period.
    expect(gdp.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.contain('（上半年，截至6月末）');
    const kazuo = await fixture<ScScorecard>(html`<sc-scorecard lang="zh" src=${KAZUO} sections="indicators"></sc-scorecard>`);
    await loaded(kazuo);
    const started = card(kazuo, 'key-projects-started');
    await loaded(started as ScIndicatorCard);
    const own = started.shadowRoot!.querySelector('[part=period]')!;
    expect([own.checkVisibility(), own.textContent]).to.deep.equal([true, '2024年3月28日']);
  });

  it('leaves unsaid the period its group\'s heading gives in brackets (科技创新（2024年）), and only there', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const kazuo = await fixture<ScScorecard>(html`<sc-scorecard lang=${lang} src=${KAZUO} sections="indicators"></sc-scorecard>`);
      await loaded(kazuo);
      await childrenReady(kazuo);
      const heading = [...kazuo.shadowRoot!.querySelectorAll('h4')].find((h4) => /2024/.test(h4.textContent!))!;
      expect(heading.textContent, lang).to.equal(lang === 'zh' ? '科技创新（2024年）' : 'Innovation (2024)');
      const grid = heading.nextElementSibling!;
      const periods = [...grid.querySelectorAll('sc-indicator-card')].map((card) => card.shadowRoot!.querySelector('[part=period]')!);
      expect(periods.length, lang).to.be.greaterThan(3);
      expect(periods.filter((period) => period.checkVisibility()), lang).to.have.length(0);
      // Still said: each card's sentence names its period.
      expect(grid.querySelector('sc-indicator-card')!.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.contain(lang === 'zh' ? '2024年' : '2024');
    }
    // Without its heading on screen (a document of one group), a card says its period.
    const doc = await loadDemo(KAZUO);
    const innovation = doc.indicators!.find((indicator) => pick(indicator.group, 'zh') === '科技创新（2024年）')!;
    expect(periodGoesWithoutSaying(innovation, doc, true)).to.equal(true);
    expect(periodGoesWithoutSaying(innovation, doc, false)).to.equal(false);
    // A heading that merely mentions the year (a quarter of it) does not stand for a card of the whole year.
    expect(periodGoesWithoutSaying({ ...innovation, group: { zh: '2024年一季度', en: '2024 Q1' } }, doc, true)).to.equal(false);
  });

  it('gives the period of each card that shares its label with another, so that the two can be told apart', async () => {
    const kazuo = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${KAZUO} sections="indicators"></sc-scorecard>`);
    await loaded(kazuo);
    await childrenReady(kazuo);
    const namesakes = cards(kazuo).filter((card) => partText(card, '[part=label]') === 'Projects signed from Beijing–Tianjin–Hebei');
    const shown = namesakes.map((card) => {
      const period = card.shadowRoot!.querySelector('[part=period]')!;
      return [partText(card, '[part=value]'), period.checkVisibility() ? period.textContent : ''];
    });
    // The second names no period of its own: it is the document's.
    expect(shown).to.deep.equal([['53', '2023'], ['4', '2024 Q1']]);
  });

  it('counts two labels as one name when they read alike in either language', async () => {
    const doc = await loadDemo(KAZUO);
    const [earlier, later] = doc.indicators!.filter((indicator) => indicator.id.startsWith('bth-projects'));
    const withoutPeriod = (document: ScorecardDocument) => document.indicators!.filter((indicator) => periodGoesWithoutSaying(indicator, document)).map((indicator) => indicator.id);
    expect(withoutPeriod(doc)).to.not.include(later!.id);
    // A label as a plain Chinese string beside one in both languages: still namesakes.
    later!.label = '京津冀地区签约项目';
    expect(withoutPeriod(doc)).to.not.include(later!.id);
    earlier!.label = { zh: '京津冀地区签约项目（全年）', en: 'Projects signed from Beijing–Tianjin–Hebei, full year' };
    expect(withoutPeriod(doc)).to.include(later!.id);
  });

  it('sets its headings at the outline level the host page asks for', async () => {
    const levels = (card: ScScorecard) =>
      [...card.shadowRoot!.querySelectorAll('h2, h3, h4')].map((heading) => Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)));
    const card = await fixture<ScScorecard>(html`<sc-scorecard lang="zh" src=${KAZUO} sections="indicators"></sc-scorecard>`);
    await loaded(card);
    // By default: a heading of level 2, sections at 3, groups of cards at 4.
    expect(new Set(levels(card))).to.deep.equal(new Set([2, 3, 4]));
    // Under a page's h3 (a CMS column): one level lower throughout, and never past 6.
    card.setAttribute('heading-level', '4');
    await card.updateComplete;
    expect(levels(card)[0]).to.equal(4);
    expect(new Set(levels(card))).to.deep.equal(new Set([4, 5, 6]));
    card.setAttribute('heading-level', '6');
    await card.updateComplete;
    expect(new Set(levels(card))).to.deep.equal(new Set([6]));
    await expect(card).to.be.accessible();
  });

  it("makes each chart's title a heading one level below its section's", async () => {
    const card = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${SHUANGTA} sections="growth, tourism"></sc-scorecard>`);
    await loaded(card);
    await childrenReady(card);
    const chartHeadings = () =>
      [...card.shadowRoot!.querySelectorAll('sc-growth-bars, sc-tourism-surge')].map((chart) => {
        const heading = chart.shadowRoot!.querySelector('[role=heading]')!;
        return `${heading.getAttribute('aria-level')} ${heading.textContent!.replace(/\s+/g, ' ').trim()}`;
      });
    expect(chartHeadings()).to.deep.equal([
      '4 Shuangta District, 2024 Q1: year-on-year growth',
      '4 Shuangta District: holiday visitors, against the same holiday a year earlier',
      '4 Shuangta District: holiday tourism revenue, against the same holiday a year earlier',
    ]);
    // Each holiday's name one level below its chart's title, so that a screen reader can jump between them,
    // as it names them (the dot before the measure is seen, a comma heard; Chrome spaces out the out-of-sight text).
    const holidayHeadings = () =>
      [...card.shadowRoot!.querySelectorAll('sc-tourism-surge')].flatMap((chart) =>
        [...chart.shadowRoot!.querySelectorAll('[part=event-title]')].map((title) => {
          const { computedRole, computedName } = title as Element & { computedRole: string; computedName: string };
          return `${computedRole} ${title.getAttribute('aria-level')} ${computedName}`;
        }),
      );
    expect(holidayHeadings()).to.deep.equal([
      'heading 5 Spring Lantern Festival 2024 , Visitors',
      'heading 5 Qingming holiday 2024, Fenghuang Mountain scenic area , Visitors',
      'heading 5 Spring Lantern Festival 2024 , Revenue',
      'heading 5 Qingming holiday 2024, Fenghuang Mountain scenic area , Revenue',
    ]);
    card.setAttribute('heading-level', '5');
    await card.updateComplete;
    await childrenReady(card);
    expect(chartHeadings().map((heading) => heading.slice(0, 2))).to.deep.equal(['6 ', '6 ', '6 ']);
    // No level below 6: the holidays' names are no headings, rather than headings beside their chart's title.
    expect(holidayHeadings()).to.have.length(4);
    expect(holidayHeadings().every((heading) => heading.startsWith('paragraph null'))).to.be.true;
  });

  it('labels a made-up document as illustrative once, in its header, not again on each widget', async () => {
    const document = await loadDemo(KAZUO);
    document.illustrative = true;
    const scorecard = await fixture<ScScorecard>(html`<sc-scorecard lang="en" .data=${document}></sc-scorecard>`);
    await loaded(scorecard);
    const widgets = await childrenReady(scorecard);
    expect(widgets.length).to.be.above(20);
    expect(partText(scorecard, 'header [part=illustrative]')).to.equal('Illustrative data, not real figures');
    const labelled = widgets.filter((widget) => widget.shadowRoot!.querySelector('[part=illustrative]'));
    expect(labelled.map((widget) => widget.tagName)).to.deep.equal([]);
    // The same document in a card of its own is labelled.
    const alone = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${document}></sc-indicator-card>`);
    await loaded(alone);
    expect(partText(alone, '[part=illustrative]')).to.equal('Illustrative data, not real figures');
  });

  it('picks and orders sections', async () => {
    const card = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${KAZUO} sections="tourism, indicators"></sc-scorecard>`);
    await loaded(card);
    expect(sectionTitles(card)).to.deep.equal(['Holiday tourism', 'Indicators at a glance']);
  });

  it('names an unknown section in place', async () => {
    const card = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${KAZUO} sections="indicators,charts"></sc-scorecard>`);
    const detail = await failed(card);
    expect(detail.errors[0]!.path).to.equal('sections');
    expect(partText(card, '[role=alert]')).to.contain("unknown section 'charts'");
  });

  it('announces one sc-load for the whole scorecard, not one per child', async () => {
    const { element, events } = await withEvents<ScScorecard>('sc-scorecard', (card) => {
      card.lang = 'en';
      card.src = SHUANGTA;
    });
    await loaded(element);
    await childrenReady(element);
    expect(events.map((event) => event.type)).to.deep.equal(['sc-load']);
    element.remove();
  });

  it('passes its palette to every child, and the page language', async () => {
    const wrapper = await fixture(html`<div lang="en"><sc-scorecard palette="intl" .data=${await loadDemo(KAZUO)}></sc-scorecard></div>`);
    const card = wrapper.querySelector<ScScorecard>('sc-scorecard')!;
    await loaded(card);
    const first = cards(card)[0]!;
    await loaded(first as never);
    expect(first.getAttribute('palette')).to.equal('intl');
    expect(partText(first, '[part=value]')).to.equal('1.07 billion yuan');
  });

  it("lets the page style the parts of the cards and charts inside it (card-value, chart-title), and only those", async () => {
    const wrapper = await fixture(html`<div lang="en">
      <style>
        .styled::part(card-value) { color: rgb(1, 2, 3); }
        .styled::part(chart-title) { color: rgb(4, 5, 6); }
        .styled::part(value) { color: rgb(7, 8, 9); }
      </style>
      <sc-scorecard class="styled" sections="indicators,growth,tourism" .data=${await loadDemo(SHUANGTA)}></sc-scorecard>
    </div>`);
    const card = wrapper.querySelector<ScScorecard>('sc-scorecard')!;
    await loaded(card);
    const children = await childrenReady(card);
    const colorOf = (element: Element | null | undefined) => getComputedStyle(element!).color;
    const firstCard = cards(card)[0]!;
    expect(colorOf(firstCard.shadowRoot!.querySelector('[part=value]'))).to.equal('rgb(1, 2, 3)');
    const charts = children.filter((child) => child.tagName !== 'SC-INDICATOR-CARD');
    expect(charts.length).to.be.greaterThan(1);
    for (const chart of charts) expect(colorOf(chart.shadowRoot!.querySelector('[part=title]')), chart.tagName).to.equal('rgb(4, 5, 6)');
    // A chart's own `value` labels are not the cards' figures: the plain name reaches nothing inside.
    expect(colorOf(charts[0]!.shadowRoot!.querySelector('[part~=value]'))).to.not.equal('rgb(7, 8, 9)');
  });

  it('holds no blank under a holiday shown as a figure with no bars (sections=tourism at 800 px)', async () => {
    // Kazuo's Spring Festival as published, its visitors only: nothing to draw as bars.
    const doc = await loadDemo(KAZUO);
    doc.tourism = [doc.tourism![0]!];
    delete doc.tourism[0]!.revenue;
    for (const lang of ['zh', 'en']) {
      const box = await fixture<HTMLElement>(html`<div style="width: 800px"><sc-scorecard lang=${lang} .data=${doc} sections="tourism"></sc-scorecard></div>`);
      const card = box.querySelector('sc-scorecard')!;
      await loaded(card);
      const [chart] = (await childrenReady(card)) as HTMLElement[];
      const figure = chart!.shadowRoot!.querySelector('figure')!;
      const shown = [...figure.children].filter((child) => !child.classList.contains('visually-hidden') && child.getBoundingClientRect().height > 0);
      expect(chart!.getBoundingClientRect().bottom - Math.max(...shown.map((child) => child.getBoundingClientRect().bottom)), lang).to.be.lessThan(1);
    }
  });
});

describe('sc-scorecard updates', () => {
  it('keeps the keyboard in a chart when the scorecard loads another document', async () => {
    const card = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${KAZUO} style="width: 1000px"></sc-scorecard>`);
    await loaded(card);
    await childrenReady(card);
    const bars = card.shadowRoot!.querySelector('sc-growth-bars')!;
    bars.shadowRoot!.querySelector<SVGGElement>('[data-mark]')!.focus();
    const focusedMark = () => {
      const chart = card.shadowRoot!.activeElement;
      return chart && `${chart.tagName.toLowerCase()} ${chart.shadowRoot?.activeElement?.getAttribute('data-key')}`;
    };
    expect(focusedMark()).to.equal('sc-growth-bars fixed-asset-investment');
    card.src = SHUANGTA;
    await card.updateComplete;
    expect(focusedMark(), 'while it loads').to.equal('sc-growth-bars fixed-asset-investment');
    await loaded(card);
    await childrenReady(card);
    expect(partText(card, 'h2')).to.contain('Shuangta');
    // The same indicator in the new document, wherever it stands there.
    expect(focusedMark(), 'loaded').to.equal('sc-growth-bars fixed-asset-investment');
    expect(document.activeElement).to.equal(card);
  });
});

describe('sc-scorecard on a phone', () => {
  /** `font`: the page's font (the demo's, system-ui, is wider than the test page's). */
  const at = async (width: number, lang: 'zh' | 'en', src: string, font = 'inherit') => {
    const box = await fixture<HTMLElement>(html`<div style="width: ${width}px; font-family: ${font}"><sc-scorecard lang=${lang} src=${src}></sc-scorecard></div>`);
    const card = box.querySelector('sc-scorecard')!;
    await loaded(card);
    await childrenReady(card);
    return card;
  };

  for (const [width, lang] of [[280, 'zh'], [328, 'zh'], [328, 'en'], [360, 'zh'], [480, 'zh']] as const) {
    it(`keeps every card at least 160 px wide, each figure and unit whole (${width} px, ${lang})`, async () => {
      const card = await at(width, lang, KAZUO);
      for (const child of cards(card)) {
        expect(child.getBoundingClientRect().width, partText(child, '[part=label]')).to.be.at.least(160);
        const unit = child.shadowRoot!.querySelector('[part=value] .unit');
        // A unit on one line: 万元 never split into 万 / 元.
        if (unit?.textContent) expect(unit.getClientRects(), unit.textContent).to.have.length(1);
      }
    });
  }

  it('names the area above the title and the county in it, each once', async () => {
    const card = await at(700, 'en', KAZUO);
    expect(partText(card, '.eyebrow')).to.equal('Chaoyang, Liaoning, 2024 Q1');
    expect(partText(card, '[part=title]')).to.equal('Kazuo County: the economy in the first quarter of 2024');
    card.lang = 'zh';
    await card.updateComplete;
    expect(partText(card, '.eyebrow')).to.equal('辽宁省朝阳市，2024年一季度');
    // A title of its own that does not name the county: the line above it does (its cards do not).
    const doc = await loadDemo(KAZUO);
    doc.title = { zh: '一季度经济运行', en: 'The economy in the first quarter' };
    const titled = await fixture<ScScorecard>(html`<sc-scorecard lang="zh" .data=${doc} sections="indicators"></sc-scorecard>`);
    await loaded(titled);
    expect(partText(titled, '.eyebrow')).to.equal('辽宁省朝阳市喀左县，2024年一季度');
    titled.lang = 'en';
    await titled.updateComplete;
    expect(partText(titled, '.eyebrow')).to.equal('Kazuo County, Chaoyang, Liaoning, 2024 Q1');
    // A region named in Chinese only is marked Chinese there, in an English scorecard.
    titled.data = { ...doc, region: '喀左县' };
    await until(() => partText(titled, '.eyebrow').includes('喀左县'), 'the new document');
    expect(titled.shadowRoot!.querySelector('.eyebrow [lang="zh-CN"]')?.textContent).to.equal('喀左县');
  });

  it('lines up the figures of each row of cards, whatever their labels\' length, also after a change of language or width', async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // The figures' tops within each row, and how many rows have labels of different numbers of lines.
    const misaligned = (card: ScScorecard) => {
      const rows = new Map<number, { values: number[]; lines: number[] }>();
      for (const child of cards(card)) {
        const top = Math.round(child.getBoundingClientRect().top);
        const row = rows.get(top) ?? { values: [], lines: [] };
        // The figure itself (a plan's figure came after its "Target:" in the same block, and could wrap below it).
        const value = child.shadowRoot!.querySelector('[part=value]')!;
        row.values.push((value.querySelector('.number') ?? value).getBoundingClientRect().top);
        row.lines.push(visualLines(child.shadowRoot!.querySelector('[part=label]')!).length);
        rows.set(top, row);
      }
      const spread = (numbers: number[]) => Math.max(...numbers) - Math.min(...numbers);
      return { uneven: [...rows.values()].filter((row) => spread(row.lines) > 0).length, worst: Math.max(...[...rows.values()].map((row) => spread(row.values))) };
    };
    const card = await at(1100, 'en', SHUANGTA);
    await frames();
    // "GDP" on one line beside "General public budget revenue" on two, and others.
    const before = misaligned(card);
    expect(before.uneven).to.be.greaterThan(0);
    expect(before.worst).to.be.below(1);
    card.lang = 'zh';
    await card.updateComplete;
    await childrenReady(card);
    await frames();
    expect(misaligned(card).worst, 'zh').to.be.below(1);
    card.lang = 'en';
    card.parentElement!.style.width = '360px';
    await card.updateComplete;
    await childrenReady(card);
    await frames();
    await frames();
    const narrower = misaligned(card);
    expect(narrower.uneven, '360 px').to.be.greaterThan(0);
    expect(narrower.worst, '360 px').to.be.below(1);
    // Lingyuan's plans: "Target:" and "Target by the end of the year:" above their figures, beside cards without.
    for (const width of [400, 700]) {
      const plans = await at(width, 'en', LINGYUAN);
      await frames();
      expect(misaligned(plans).worst, `Lingyuan at ${width} px`).to.be.below(1);
    }
  });

  it('starts two charts side by side at one height, and gives each holiday\'s panels one height', async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const tops = (pair: Element, selector: string) =>
      [...pair.children].map((chart) => [...chart.shadowRoot!.querySelectorAll(selector)].map((element) => Math.round(element.getBoundingClientRect().top)));
    // A CMS theme's `* { box-sizing: content-box }` reaches the hosts: the heights measured are still the heights set.
    const hostStyle = document.createElement('style');
    hostStyle.textContent = '* { box-sizing: content-box }';
    try {
      for (const [src, lang, hostile] of [[KAZUO, 'zh', false], [SHUANGTA, 'en', false], [KAZUO, 'en', true]] as const) {
        if (hostile) document.head.append(hostStyle);
        const card = await at(1100, lang, src);
        await frames();
        const pair = card.shadowRoot!.querySelector('.pair.two')!;
        expect(pair.children, src).to.have.length(2);
        // The revenue chart's holidays have a bar more than the visitors': unaligned, the second holiday starts lower.
        const [visitors, revenue] = tops(pair, '[part=event]');
        expect(visitors!.length, src).to.be.greaterThan(1);
        expect(revenue, `${src}${hostile ? ', content-box page' : ''}: holidays' tops`).to.deep.equal(visitors);
      }
    } finally {
      hostStyle.remove();
    }
    // Stacked on a phone, each chart keeps its own height: nothing is held.
    const phone = await at(360, 'zh', KAZUO);
    await frames();
    const stacked = [...phone.shadowRoot!.querySelectorAll('.pair sc-tourism-surge')].flatMap((chart) => [...chart.shadowRoot!.querySelectorAll<HTMLElement>('[part=event], .event-body, [part=summary]')]);
    expect(stacked.length).to.be.greaterThan(2);
    expect(stacked.filter((element) => element.style.minHeight)).to.have.length(0);
  });

  it('keeps the height a page reserves for it (--sc-min-height) to itself: a widget inside with a message is its own height', async () => {
    const messageHeight = async (style: string) => {
      const card = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${KAZUO} style=${style}></sc-scorecard>`);
      await loaded(card);
      const inner = card.shadowRoot!.querySelector<ScIndicatorCard>('sc-indicator-card')!;
      inner.indicator = 'not-in-the-document';
      await inner.updateComplete;
      expect(partText(inner, '[part=error]')).to.include('not-in-the-document');
      return inner.getBoundingClientRect().height;
    };
    const own = await messageHeight('');
    expect(own).to.be.below(800);
    expect(await messageHeight('--sc-min-height: 1200px')).to.equal(own);
  });

  it('lets go of the charts\' held heights when a pair goes from side by side to stacked (a narrower window, a tablet turned)', async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const held = (card: ScScorecard) =>
      [...card.shadowRoot!.querySelectorAll('.pair sc-tourism-surge')]
        .flatMap((chart) => [...chart.shadowRoot!.querySelectorAll<HTMLElement>('.event-body, [part=summary]')])
        .filter((element) => element.style.minHeight);
    const card = await at(1100, 'zh', KAZUO);
    await frames();
    expect(held(card).length, 'side by side').to.be.greaterThan(0);
    card.parentElement!.style.width = '600px';
    await frames();
    await frames();
    const [visitors, revenue] = [...card.shadowRoot!.querySelectorAll('.pair sc-tourism-surge')];
    expect(revenue!.getBoundingClientRect().top, 'stacked').to.be.greaterThan(visitors!.getBoundingClientRect().bottom);
    expect(held(card).map((element) => element.style.minHeight)).to.deep.equal([]);
  });

  it('prints every label and chart panel at its own height: the rows and pairs of the screen are not the printed page\'s', async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const card = await at(1100, 'en', KAZUO);
    await frames();
    const labels = cards(card).map((child) => child.shadowRoot!.querySelector<HTMLElement>('[part=label]')!);
    const panels = [...card.shadowRoot!.querySelectorAll('.pair sc-tourism-surge')].flatMap((chart) => [
      ...chart.shadowRoot!.querySelectorAll<HTMLElement>('.event-body, [part=summary]'),
    ]);
    const held = () => [...labels, ...panels].filter((element) => !['auto', '0px'].includes(getComputedStyle(element).minHeight));
    // On screen, some labels and panels are held to their row's or partner's height.
    expect(held().length, 'screen').to.be.greaterThan(1);
    // No frame runs between a print's layout and its pages (the page's width is not the screen's): nothing can be measured again.
    await emulateMedia({ media: 'print' });
    try {
      expect(held().map((element) => `${element.part}: ${getComputedStyle(element).minHeight}`)).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('aligns every scorecard on a page in one layout a frame: all let go of their heights, then all measure, then all set', async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = await fixture<HTMLElement>(html`<div style="width: 1100px">${[KAZUO, SHUANGTA, LINGYUAN].map((src) => html`<sc-scorecard lang="en" src=${src}></sc-scorecard>`)}</div>`);
    const scorecards = [...box.querySelectorAll<ScScorecard>('sc-scorecard')];
    for (const scorecard of scorecards) {
      await loaded(scorecard);
      await childrenReady(scorecard);
    }
    await frames();
    // What the alignment touches: cards and their labels, charts and their summaries and panels.
    const aligned = (element: Element) =>
      element.matches('sc-indicator-card, sc-tourism-surge, sc-project-funnel, [part=label], [part=summary], .event-body');
    const owners = new Map<CSSStyleDeclaration, Element>();
    for (const scorecard of scorecards) {
      for (const widget of scorecard.shadowRoot!.querySelectorAll('sc-indicator-card, sc-tourism-surge, sc-project-funnel')) {
        owners.set((widget as HTMLElement).style, scorecard);
        for (const element of widget.shadowRoot!.querySelectorAll<HTMLElement>('[part=summary], .event-body')) owners.set(element.style, scorecard);
      }
    }
    // Each frame's letting go ('clear', by scorecard) and readings ('read'), in order.
    const log: string[][] = [[]];
    const { removeProperty } = CSSStyleDeclaration.prototype;
    const { getBoundingClientRect } = Element.prototype;
    CSSStyleDeclaration.prototype.removeProperty = function (this: CSSStyleDeclaration, name: string) {
      const owner = owners.get(this);
      if (owner) log.at(-1)!.push(`clear ${scorecards.indexOf(owner as ScScorecard)}`);
      return removeProperty.call(this, name);
    };
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (aligned(this)) log.at(-1)!.push('read');
      return getBoundingClientRect.call(this);
    };
    let marking = true;
    const mark = () => {
      if (!marking) return;
      log.push([]);
      requestAnimationFrame(mark);
    };
    requestAnimationFrame(mark);
    try {
      box.style.width = '1000px';
      await frames();
      await frames();
    } finally {
      marking = false;
      CSSStyleDeclaration.prototype.removeProperty = removeProperty;
      Element.prototype.getBoundingClientRect = getBoundingClientRect;
    }
    // The three scorecards align in one frame...
    const together = log.filter((frame) => new Set(frame.filter((entry) => entry.startsWith('clear'))).size === scorecards.length);
    expect(together.length, 'a frame in which all three align').to.be.greaterThan(0);
    // ...and none lets go of its heights after another has measured (which lays out the page again, once per scorecard).
    for (const frame of log) {
      const firstRead = frame.indexOf('read');
      const late = firstRead < 0 ? [] : frame.slice(firstRead).filter((entry) => entry !== 'read');
      expect([...new Set(late)], 'cleared after a reading in the same frame').to.deep.equal([]);
    }
  });

  it('goes two by two where two cards of 160 px fit (a 390 px phone leaves about 330 px)', async () => {
    for (const width of [330, 400]) {
      const card = await at(width, 'en', KAZUO);
      const lefts = new Set(cards(card).slice(3).map((child) => Math.round(child.getBoundingClientRect().left)));
      expect(lefts.size, `${width} px`).to.equal(2);
    }
  });

  it('wraps its Chinese heading and the line above it on a phone without a character alone or a period split', async () => {
    for (const [src, width] of [[KAZUO, 300], [SHUANGTA, 300], [KAZUO, 260]] as const) {
      const card = await at(width, 'zh', src);
      const title = visualLines(card.shadowRoot!.querySelector('[part=title]')!);
      expect(title.length, `${src} at ${width} px`).to.equal(2);
      expect(title.at(-1)!.length, `${src} at ${width} px: ${title.join(' / ')}`).to.be.greaterThan(2);
      const eyebrow = visualLines(card.shadowRoot!.querySelector('.eyebrow')!);
      expect(eyebrow.some((line) => line.includes('2024年一季度')), `${src}: ${eyebrow.join(' / ')}`).to.equal(true);
    }
  });

  it('keeps each project\'s status and whole investment on a narrow screen', async () => {
    const card = await at(320, 'en', SHUANGTA);
    const table = card.shadowRoot!.querySelector<HTMLElement>('[part=projects]')!;
    const rows = [...table.querySelectorAll('tbody tr')];
    const withStatus = rows.filter((row) => row.querySelector('.status-inline'));
    expect(withStatus.length).to.be.greaterThan(0);
    for (const row of withStatus) expect(row.querySelector<HTMLElement>('.status-inline')!.offsetWidth).to.be.greaterThan(0);
    // The table fits: nothing hides in a sideways scroll.
    expect(table.parentElement!.scrollWidth).to.be.at.most(table.parentElement!.clientWidth);
    expect(table.textContent).to.contain('about 600\u00a0million yuan');
  });

  /** The widest gap between two characters on one line of `cell`: an amount spread across its row shows one. */
  const widestGap = (cell: Element): number => {
    let widest = 0;
    let previous: DOMRect | undefined;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || !rect.width) continue;
        if (previous && Math.abs(rect.top - previous.top) < 2) widest = Math.max(widest, rect.left - previous.right);
        previous = rect;
      }
    }
    return widest;
  };

  it('never leaves a qualifier at the end of a line apart from its figure ("about / 600 million yuan"), nor spreads an amount across its row', async () => {
    let wrapped = 0;
    for (let width = 320; width <= 560; width += 8) {
      const lang = width % 16 ? 'en' : 'zh';
      const card = await at(width, lang, SHUANGTA, width % 24 ? 'system-ui' : 'inherit');
      for (const cell of card.shadowRoot!.querySelectorAll('[part=projects] td.num')) {
        const lines = visualLines(cell);
        if (lines.length > 1) wrapped += 1;
        expect(lines.slice(0, -1).filter((line) => /\b(about|nearly|more than|at least|at most)$|约$/.test(line)), `${width} px: ${lines.join(' / ')}`).to.deep.equal([]);
        expect(widestGap(cell), `${width} px, ${lang}: ${cell.textContent!.trim()}`).to.be.lessThan(8);
      }
      card.parentElement!.remove();
    }
    // Amounts still wrap where they must, after the figure: "about 600 million / yuan".
    expect(wrapped).to.be.greaterThan(0);
  });

  it("gives a project's figure in each language whose name does not already say it", async () => {
    const seen = async (lang: 'zh' | 'en', label: { zh: string; en: string }) => {
      const doc = await loadDemo(SHUANGTA);
      const brewery = doc.projects!.find((project) => project.id === 'brewery')!;
      brewery.label = label;
      const box = await fixture<HTMLElement>(html`<div style="width: 700px"><sc-scorecard lang=${lang} .data=${doc} sections="projects"></sc-scorecard></div>`);
      const card = box.querySelector('sc-scorecard')!;
      await loaded(card);
      const row = [...card.shadowRoot!.querySelectorAll('[part=projects] tbody th')].find((cell) => /啤酒|Brewery/.test(cell.textContent!))!;
      return seenTextOf(row);
    };
    // Only the Chinese name holds the capacity: the English reader is still told it.
    const inChinese = { zh: '年产30万吨啤酒项目', en: 'Brewery' };
    expect(await seen('zh', inChinese)).to.equal('年产30万吨啤酒项目 续建');
    expect(await seen('en', inChinese)).to.equal('Brewery Annual capacity: 300,000 tonnes Continuing');
    // Only the English name holds it: the Chinese reader is told it, the English one not twice.
    const inEnglish = { zh: '啤酒项目', en: 'Brewery, 300,000 tonnes a year' };
    expect(await seen('zh', inEnglish)).to.equal('啤酒项目 年产能30万吨 续建');
    expect(await seen('en', inEnglish)).to.equal('Brewery, 300,000 tonnes a year Continuing');
  });

  it('marks a project named in Chinese only as Chinese in an English scorecard (WCAG 3.1.2)', async () => {
    const doc = await loadDemo(SHUANGTA);
    doc.projects![0]!.label = '凤凰山景区提升项目';
    // Its details too, among English ones.
    doc.projects![0]!.figures = [{ id: 'area', label: { zh: '面积', en: 'Area' }, value: 3, unit: 'km2' }];
    doc.projects![0]!.note = '一季度开工';
    const box = await fixture<HTMLElement>(html`<div style="width: 700px"><sc-scorecard lang="en" .data=${doc} sections="projects"></sc-scorecard></div>`);
    const card = box.querySelector('sc-scorecard')!;
    await loaded(card);
    const name = card.shadowRoot!.querySelector('[part=projects] tbody th')!;
    expect(name.querySelector('[lang="zh-CN"]')?.textContent).to.equal('凤凰山景区提升项目');
    expect([...name.querySelectorAll('.detail [lang="zh-CN"]')].map((part) => part.textContent)).to.deep.equal(['一季度开工']);
  });

  /** The text seen on screen, no-break spaces kept (`seenTextOf` folds them). */
  const seenWords = (node: Node): string =>
    node instanceof Element ? (node.matches('.visually-hidden') ? '' : [...node.childNodes].map(seenWords).join('')) : node instanceof Text ? node.data : '';

  it('lays each project out as a block in a narrow box or in large text, its investment after the column\'s name, no word broken inside', async () => {
    const root = document.documentElement;
    try {
      // A phone, and the same phone with the reader's text at 200% (twice the width for the same text).
      for (const [width, textSize] of [[320, ''], [640, '200%']] as const) {
        root.style.fontSize = textSize;
        const card = await at(width, 'en', KAZUO);
        const table = card.shadowRoot!.querySelector('[part=projects]')!;
        const investments = [...table.querySelectorAll<HTMLElement>('tbody td.num')];
        expect(investments.map((cell) => getComputedStyle(cell, '::before').content)).to.deep.equal(investments.map(() => '"Investment" / ""'));
        const cells = [...table.querySelectorAll<HTMLElement>('tbody th, tbody td.num')];
        const broken = cells.flatMap((cell) => {
          const lines = visualLines(cell);
          // Words as read (a no-break space holds "300 million" together); a line may end after a hyphen.
          const words = seenWords(cell).split(/[ \n-]+/).filter(Boolean).map((word) => word.replace(/\u00a0/g, ' '));
          return words.filter((word) => !lines.some((line) => line.includes(word))).map((word) => `${word} in ${lines.join(' / ')}`);
        });
        expect(broken, `${width} px, text ${textSize || '100%'}`).to.deep.equal([]);
        expect(table.parentElement!.scrollWidth).to.be.at.most(table.parentElement!.clientWidth);
        card.parentElement!.remove();
      }
    } finally {
      root.style.fontSize = '';
    }
  });

  it('breaks the investment column only between words on a phone ("Investment", "300 million" stay whole)', async () => {
    for (const width of [320, 360, 400]) {
      for (const src of [KAZUO, SHUANGTA]) {
        const card = await at(width, 'en', src, 'system-ui, sans-serif');
        const cells = [...card.shadowRoot!.querySelectorAll('[part=projects] .num')];
        expect(cells.length).to.be.greaterThan(3);
        // Each figure is held to its magnitude ("300 million"), so no line can split them.
        for (const cell of cells) if (/million|billion/.test(cell.textContent!)) expect(cell.textContent).to.match(/\d\u00a0(million|billion)/);
        // Lines are read with plain spaces; a no-break space holds "300 million" together.
        const split = cells.filter((cell) => {
          const words = cell.textContent!.trim().split(/[ \n]+/).map((word) => word.replace(/\u00a0/g, ' '));
          const lines = visualLines(cell);
          return !words.every((word) => lines.some((line) => line.includes(word)));
        });
        expect(split.map((cell) => visualLines(cell).join(' / ')), `${src} at ${width} px`).to.deep.equal([]);
        card.parentElement!.remove();
      }
    }
  });
});

describe('sc-scorecard language', () => {
  it('switches every card when its lang property changes', async () => {
    const card = await fixture<ScScorecard>(html`<sc-scorecard palette="cn" src=${KAZUO}></sc-scorecard>`);
    card.lang = 'zh';
    await loaded(card);
    const first = cards(card)[0]!;
    await loaded(first as never);
    expect(partText(first, '[part=value]')).to.equal('10.7亿元');
    card.lang = 'en';
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await first.updateComplete;
    expect(partText(first, '[part=value]')).to.equal('1.07 billion yuan');
  });

  it("sets the cards and charts inside in the page's font alone once it turns to English, as a scorecard loaded in English is", async () => {
    const page = await fixture<HTMLElement>(html`<div lang="zh" style="font-family: Georgia, serif">
      <sc-scorecard src=${KAZUO} sections="indicators,tourism"></sc-scorecard>
    </div>`);
    const card = page.querySelector<ScScorecard>('sc-scorecard')!;
    await loaded(card);
    const fontOf = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('[part=base]')!).fontFamily;
    const children = await childrenReady(card);
    for (const child of [card, ...children]) expect(fontOf(child), child.tagName).to.match(/^Georgia, "PingFang SC".*serif$/);
    page.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all([card, ...children].map((child) => (child as unknown as ScScorecard).updateComplete));
    for (const child of [card, ...children]) expect(fontOf(child), child.tagName).to.equal('Georgia, serif');
  });
});

describe('scorecard layout', () => {
  it('finds the tallest of each position across columns', () => {
    expect(tallestPerIndex([[120, 80], [150, 60, 30]])).to.deep.equal([150, 80, 30]);
    expect(tallestPerIndex([])).to.deep.equal([]);
  });

  it('grows each card\'s label until its figure is as low as the lowest of its row', () => {
    const boxes = [
      { top: 10, labelHeight: 22, head: 40 },
      { top: 10.4, labelHeight: 44, head: 62 },
      // A plan's "Target:" line under a one-line label: its figure is the lowest of its row already.
      { top: 120, labelHeight: 22, head: 66 },
      { top: 120, labelHeight: 44, head: 62 },
      { top: 120, labelHeight: 22, head: 40 },
      { top: 230, labelHeight: 66, head: 84 },
    ];
    expect(rowLabelHeights(boxes)).to.deep.equal([44, 44, 22, 48, 48, 66]);
  });

  it('keeps only sections with data, in the order asked', async () => {
    const doc = await loadDemo(LINGYUAN);
    expect(planSections(doc, undefined).sections).to.deep.equal(['indicators', 'growth', 'pipelines']);
    expect(planSections(doc, 'pipelines tourism indicators').sections).to.deep.equal(['pipelines', 'indicators']);
    expect(planSections(doc, 'growth,nonsense').unknown).to.deep.equal(['nonsense']);
  });

  it('groups indicators in order of first appearance', async () => {
    const doc = await loadDemo(SHUANGTA);
    const groups = groupIndicators(doc.indicators!);
    expect(groups.map((group) => (group.label as { en: string }).en)).to.deep.equal([
      'Headline indicators',
      'Structure and innovation',
      'Serving firms',
    ]);
    expect(groups[0]!.indicators.map((indicator) => indicator.id)).to.deep.equal([
      'gdp',
      'fixed-asset-investment',
      'retail-sales',
      'general-budget-revenue',
    ]);
  });

  it("passes a reader's text spacing on to the widgets inside it (WCAG 1.4.12)", async () => {
    const card = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${KAZUO} style="width: 900px"></sc-scorecard>`);
    await loaded(card);
    card.style.setProperty('letter-spacing', '0.12em', 'important');
    card.style.setProperty('word-spacing', '0.16em', 'important');
    const bars = card.shadowRoot!.querySelector('sc-growth-bars')!;
    const label = bars.shadowRoot!.querySelector('text.label')!;
    // 0.12em of the scorecard's 16 px, inherited as a length.
    expect(getComputedStyle(label).letterSpacing).to.equal('1.92px');
    expect(parseFloat(getComputedStyle(bars.shadowRoot!.querySelector('[part=summary]')!).wordSpacing)).to.be.greaterThan(1);
  });
});

describe('projectDetails', () => {
  const plant: Project = {
    id: 'p',
    label: { zh: '年产3GWh电池项目', en: 'Battery plant, 3 GWh a year' },
    figures: [
      { id: 'c', label: { zh: '年产能', en: 'Capacity' }, value: 3, unit: 'gwh' },
      { id: 'd', label: { zh: '二期产能', en: 'Phase II capacity' }, value: 13, unit: 'gwh' },
      { id: 'e', label: { zh: '配套产业园', en: 'An industrial park alongside' } },
    ],
    note: { zh: '一季度开工', en: 'Started in Q1' },
  };

  it('leaves out a figure the name already gives, not one that merely ends the same', () => {
    expect(projectDetails(plant, 'zh')).to.deep.equal(['二期产能13GWh', '配套产业园', '一季度开工']);
    expect(projectDetails(plant, 'en')).to.deep.equal(['Phase II capacity: 13\u00a0GWh', 'An industrial park alongside', 'Started in Q1']);
    const larger = { ...plant, label: { zh: '年产13GWh电池项目', en: 'Battery plant, 13 GWh a year' } };
    expect(projectDetails(larger, 'zh')).to.deep.equal(['年产能3GWh', '配套产业园', '一季度开工']);
    expect(projectDetails(larger, 'en')).to.deep.equal(['Capacity: 3\u00a0GWh', 'An industrial park alongside', 'Started in Q1']);
  });

  it("decides in each language by that language's name", () => {
    const brewery = (label: { zh: string; en: string }): Project => ({
      id: 'b',
      label,
      figures: [{ id: 'c', label: { zh: '年产能', en: 'Annual capacity' }, value: 30, unit: '10k-tonne' }],
    });
    const inChinese = brewery({ zh: '年产30万吨啤酒项目', en: 'Brewery' });
    expect(projectDetails(inChinese, 'zh')).to.deep.equal([]);
    expect(projectDetails(inChinese, 'en')).to.deep.equal(['Annual capacity: 300,000 tonnes']);
    const inEnglish = brewery({ zh: '啤酒项目', en: 'Brewery, 300,000 Tonnes a Year' });
    expect(projectDetails(inEnglish, 'zh')).to.deep.equal(['年产能30万吨']);
    expect(projectDetails(inEnglish, 'en')).to.deep.equal([]);
    // Not the tail of a larger English figure.
    expect(projectDetails(brewery({ zh: '啤酒项目', en: 'Brewery, 1,300,000 tonnes a year' }), 'en')).to.deep.equal(['Annual capacity: 300,000 tonnes']);
    // A name in one language only is that name in both: the other's figure is still given.
    expect(projectDetails({ ...inChinese, label: '年产30万吨啤酒项目' }, 'en')).to.deep.equal(['Annual capacity: 300,000 tonnes']);
  });

  it('does not take a count for the head of a larger number', () => {
    const park: Project = { id: 'k', label: { zh: '300家企业入驻园区', en: 'A park for 300 firms' }, figures: [{ id: 'n', label: { zh: '入驻企业', en: 'Firms' }, value: 30 }] };
    expect(projectDetails(park, 'en')).to.deep.equal(['Firms: 30']);
    expect(projectDetails({ ...park, label: { zh: '园区', en: 'A park for 30,000 firms' } }, 'en')).to.deep.equal(['Firms: 30']);
    expect(projectDetails({ ...park, label: { zh: '园区', en: 'A park for 30 firms' } }, 'en')).to.deep.equal([]);
  });

  it('leaves nothing empty to set apart', () => {
    const sparse: Project = { id: 's', label: 'x', figures: [{ id: 'a', label: '', value: 1, unit: 'cny' }, { id: 'b', label: { zh: '税收', en: 'Tax' } }] };
    expect(projectDetails(sparse, 'en')).to.deep.equal(['1 yuan', 'Tax']);
  });

  it('says nothing when there is nothing but the name', () => {
    expect(projectDetails({ id: 'q', label: 'x' }, 'en')).to.deep.equal([]);
  });
});
