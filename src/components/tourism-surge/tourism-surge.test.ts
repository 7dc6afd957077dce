import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { ScTourismSurge } from './tourism-surge.component.js';
import { MIN_BAR } from './tourism-surge.layout.js';
import { CJK_FONT, glyphOf, failed, frame, KAZUO, loadDemo, loaded, loadsAfterWaiting, partText, shadowText, SHUANGTA, seenTextOf, textOf, visualLines, withEvents, inBox as inBoxOf, hover, until } from '../../../tests/helpers.js';
import type { ScorecardDocument } from '../../schema/document.js';

const inBox = (width: number, content: ReturnType<typeof html>) => inBoxOf<ScTourismSurge>(width, content);
/** In the demo's font (the widgets take the page's), wider than the test page's serif. */
const inDemoFont = (width: number, content: ReturnType<typeof html>) => inBox(width, html`<div style="font-family: system-ui, sans-serif">${content}</div>`);

const root = (element: ScTourismSurge) => element.shadowRoot!;

/** The height under the last line the element shows (its credit, its table button), down to its own bottom edge. */
const blankBelow = (element: HTMLElement): number => {
  const figure = element.shadowRoot!.querySelector('figure')!;
  const shown = [...figure.children].filter((child) => !child.classList.contains('visually-hidden') && child.getBoundingClientRect().height > 0);
  return element.getBoundingClientRect().bottom - Math.max(...shown.map((child) => child.getBoundingClientRect().bottom));
};
const panels = (element: ScTourismSurge) => [...root(element).querySelectorAll<HTMLElement>('[part=event]')];
// As seen: a title's comma is there for screen readers only.
const text = seenTextOf;
const marks = (element: ScTourismSurge) => [...root(element).querySelectorAll<SVGGElement>('[data-mark]')];
const summary = (element: ScTourismSurge) => partText(element, '[part=summary]');
const valueLabels = (panel: Element) => [...panel.querySelectorAll('.value-label')].map(text);

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Every text of every drawing stays inside its svg, and no two texts overlap. */
const expectReadableLabels = (element: ScTourismSurge) => {
  for (const drawing of root(element).querySelectorAll('svg')) {
    const area = drawing.getBoundingClientRect();
    const texts = [...drawing.querySelectorAll('text')].map((node) => ({ node, box: node.getBoundingClientRect() }));
    for (const { node, box } of texts) {
      expect(box.left, `${node.textContent} starts inside`).to.be.at.least(area.left - 0.5);
      expect(box.right, `${node.textContent} ends inside`).to.be.at.most(area.right + 0.5);
    }
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++)
        expect(overlaps(texts[i]!.box, texts[j]!.box), `${texts[i]!.node.textContent} / ${texts[j]!.node.textContent}`).to.equal(false);
    // Texts do not run over bars either.
    const bars = [...drawing.querySelectorAll('.bar, .bar-derived')].map((bar) => bar.getBoundingClientRect());
    for (const { node, box } of texts) for (const bar of bars) expect(overlaps(box, bar), `${node.textContent} over a bar`).to.equal(false);
  }
};

describe('sc-tourism-surge', () => {
  describe("Kazuo's Qingming holiday", () => {
    it('reads visitors, last year derived and marked as derived, the surge in both forms and the peak day (zh)', async () => {
      const element = await inBox(1000, html`<sc-tourism-surge lang="zh" src=${KAZUO} events="qingming-2024"></sc-tourism-surge>`);
      const [panel] = panels(element);
      expect(panels(element)).to.have.length(1);
      expect(text(panel!.querySelector('[part=event-title]'))).to.equal('2024年清明假期 · 接待游客');
      expect(valueLabels(panel!)).to.deep.equal(['24.1万人次', '约3.8万人次（推算）']);
      expect([...panel!.querySelectorAll('.row-label')].map(text)).to.deep.equal(['2024年', '2023年']);
      expect(text(panel!.querySelector('[part=surge]'))).to.equal('▲同比增长534%（约为去年同期的6.3倍，推算）');
      expect(text(panel!.querySelector('[part=peak]'))).to.equal('单日最高：12万人次');
      expect(panel!.querySelectorAll('.bar-derived')).to.have.length(1);
      expect(summary(element)).to.equal('2024年清明假期：接待游客24.1万人次，同比增长534%，约为去年同期的6.3倍（推算）；单日最高12万人次。');
      expect(partText(element, '[part=title]')).to.equal('喀左县节假日接待游客：与去年同期比较');
      expect(partText(element, '[part=notes]')).to.contain('由本期数值和公布的增幅推算');
      await expect(element).to.be.accessible();
    });

    it('reads the same in English, as in the summary example', async () => {
      const element = await inBox(300, html`<sc-tourism-surge lang="en" src=${KAZUO} events="qingming-2024"></sc-tourism-surge>`);
      const [panel] = panels(element);
      expect(valueLabels(panel!)).to.deep.equal(['241,000 visits', 'about 38,000 visits (derived)']);
      expect(text(panel!.querySelector('[part=surge]'))).to.equal("▲up 534% on last year (about 6.3 times last year's, derived)");
      expect(text(panel!.querySelector('[part=peak]'))).to.equal('Peak day: 120,000 visits');
      expect(summary(element)).to.equal("Qingming holiday 2024: 241,000 visits, up 534% on last year, about 6.3 times last year's (derived); peak day 120,000 visits.");
      await expect(element).to.be.accessible();
    });

    it('shows revenue at +712%, 8.1 times (derived), last year about 1700万元 derived (under 1亿, in 万元), and no visitor peak', async () => {
      const zh = await inBox(300, html`<sc-tourism-surge lang="zh" src=${KAZUO} events="qingming-2024" metric="revenue"></sc-tourism-surge>`);
      expect(valueLabels(panels(zh)[0]!)).to.deep.equal(['1.39亿元', '约1700万元（推算）']);
      expect(text(panels(zh)[0]!.querySelector('[part=surge]'))).to.equal('▲同比增长712%（约为去年同期的8.1倍，推算）');
      expect(summary(zh)).to.equal('2024年清明假期：旅游收入1.39亿元，同比增长712%，约为去年同期的8.1倍（推算）。');
      expect(panels(zh)[0]!.querySelector('[part=peak]')).to.equal(null);
      const en = await inBox(1000, html`<sc-tourism-surge lang="en" src=${KAZUO} events="qingming-2024" metric="revenue"></sc-tourism-surge>`);
      expect(valueLabels(panels(en)[0]!)).to.deep.equal(['139 million yuan', 'about 17 million yuan (derived)']);
      expect(text(panels(en)[0]!.querySelector('[part=surge]'))).to.equal("▲up 712% on last year (about 8.1 times last year's, derived)");
      expect(summary(en)).to.equal("Qingming holiday 2024: revenue 139 million yuan, up 712% on last year, about 8.1 times last year's (derived).");
      expect(panels(en)[0]!.querySelector('[part=peak]')).to.equal(null);
    });
  });

  it("derives the Spring Festival's revenue a year earlier: 5.27亿元 at +423% → about 1.01亿元, 5.2 times", async () => {
    const zh = await inBox(600, html`<sc-tourism-surge lang="zh" src=${KAZUO} events="spring-festival-2024" metric="revenue"></sc-tourism-surge>`);
    expect(valueLabels(panels(zh)[0]!)).to.deep.equal(['5.27亿元', '约1.01亿元（推算）']);
    expect(text(panels(zh)[0]!.querySelector('[part=surge]'))).to.equal('▲同比增长423%（约为去年同期的5.2倍，推算）');
    const en = await inBox(600, html`<sc-tourism-surge lang="en" src=${KAZUO} events="spring-festival-2024" metric="revenue"></sc-tourism-surge>`);
    expect(valueLabels(panels(en)[0]!)).to.deep.equal(['527 million yuan', 'about 101 million yuan (derived)']);
    expect(marks(en)[1]!.getAttribute('aria-label')).to.equal('Revenue, 2023: about 101\u00a0million yuan (derived from 527\u00a0million yuan, up 423% on last year)');
  });

  it("reads a holiday's change once: in this year's bar, not again in the line under the bars; with no bar drawn, in that line", async () => {
    type Computed = Element & { computedName: string; computedRole: string | null };
    const unhidden = (node: Node): string =>
      node instanceof Element ? (node.matches('[aria-hidden=true]') ? '' : [...node.childNodes].map(unhidden).join('')) : node instanceof Text ? node.data : '';
    /** What a screen reader is given in a panel: the name of each part with a role, and the text left outside them. */
    const read = (panel: Element): string[] => {
      const found: string[] = [];
      const walk = (node: Element): void => {
        if (node.closest('[aria-hidden=true]')) return;
        const { computedRole: role, computedName: name } = node as Computed;
        if (role === 'image') found.push(name);
        else if (role === 'paragraph') found.push(unhidden(node).replace(/\s+/g, ' ').trim());
        else for (const child of node.children) walk(child);
      };
      walk(panel);
      return found;
    };
    const en = await inBox(600, html`<sc-tourism-surge lang="en" src=${KAZUO} events="spring-festival-2024" metric="revenue"></sc-tourism-surge>`);
    const heard = read(panels(en)[0]!);
    expect(heard.filter((line) => line.includes('up 423%')), heard.join(' | ')).to.have.length(2);
    // The dot between the holiday and its measure is seen, not read out: a comma is, for a pause.
    expect(heard[0]).to.equal('Spring Festival holiday 2024, Revenue');
    expect(heard[1]).to.equal("Revenue, 2024: 527\u00a0million yuan, up 423% on last year, about 5.2 times last year's (derived)");
    // The second is the derived 2023 bar, which says what it was derived from.
    expect(heard[2]).to.match(/^Revenue, 2023: about 101\u00a0million yuan \(derived from/);

    const doc = await loadDemo(KAZUO);
    doc.illustrative = true;
    doc.tourism = [{ id: 'unpublished', label: 'A holiday', revenue: { value: null, unit: '100m-cny', change: { kind: 'percent', value: 423, basis: 'yoy' } } }];
    const alone = await inBox(600, html`<sc-tourism-surge lang="en" metric="revenue" .data=${doc}></sc-tourism-surge>`);
    expect(panels(alone)[0]!.querySelector('svg')).to.equal(null);
    expect(read(panels(alone)[0]!).filter((line) => line.includes('up 423%'))).to.have.length(1);
  });

  it('is as tall as what it shows once loaded: a holiday with a figure and no bars leaves no blank under its last line', async () => {
    // Kazuo's Spring Festival as published, its visitors only (no change, no last year): one figure, nothing to draw as bars.
    const doc = await loadDemo(KAZUO);
    doc.tourism = [doc.tourism![0]!];
    delete doc.tourism[0]!.revenue;
    for (const lang of ['zh', 'en']) {
      const element = await inBox(800, html`<sc-tourism-surge lang=${lang} .data=${doc}></sc-tourism-surge>`);
      expect(root(element).querySelector('[part=event] svg'), lang).to.equal(null);
      expect(text(panels(element)[0]!.querySelector('.value-alone'))).to.equal(lang === 'zh' ? '73.21万人次' : '732,100 visits');
      expect(blankBelow(element), lang).to.be.lessThan(1);
    }
  });

  it('shows visitors by default, and invents no comparison where none was published', async () => {
    const element = await inBox(1000, html`<sc-tourism-surge lang="zh" src=${KAZUO}></sc-tourism-surge>`);
    const [spring, qingming] = panels(element);
    expect(text(spring!.querySelector('[part=event-title]'))).to.equal('2024年春节假期 · 接待游客');
    expect(valueLabels(spring!)).to.deep.equal(['73.21万人次']);
    expect(spring!.querySelector('.bar-derived')).to.equal(null);
    expect(spring!.querySelector('[part=surge]')).to.equal(null);
    expect(text(spring!.querySelector('.no-comparison'))).to.equal('未公布同比数据');
    expect(valueLabels(qingming!)).to.deep.equal(['24.1万人次', '约3.8万人次（推算）']);
    expect(summary(element)).to.equal(
      '2024年春节假期：接待游客73.21万人次（未公布同比数据）。2024年清明假期：接待游客24.1万人次，同比增长534%，约为去年同期的6.3倍（推算）；单日最高12万人次。',
    );
    // Two holidays side by side at 1000 px, one scale: the larger total draws the longer bar.
    expect(spring!.getBoundingClientRect().top).to.equal(qingming!.getBoundingClientRect().top);
    const springBar = spring!.querySelector('.bar')!.getBoundingClientRect().width;
    const qingmingBar = qingming!.querySelector('.bar')!.getBoundingClientRect().width;
    expect(springBar / qingmingBar).to.be.closeTo(73.21 / 24.1, 0.05);
    await expect(element).to.be.accessible();
  });

  it('lays out a visitors chart and a revenue chart of the same holidays alike at every width, as in a scorecard on a phone', async () => {
    /** Where each chart's bars start, and whether their figures sit beside the bars or above them. */
    const layout = (element: ScTourismSurge) => {
      const [bar] = marks(element)[0]!.querySelectorAll('.bar');
      const [label] = marks(element)[0]!.querySelectorAll('.value-label');
      const box = bar!.getBoundingClientRect();
      const figure = label!.getBoundingClientRect();
      return { start: Math.round(box.left - root(element).querySelector('svg')!.getBoundingClientRect().left), beside: figure.top >= box.top - 1 };
    };
    const differ: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      for (let width = 240; width <= 420; width += 20) {
        const chart = (metric: string) => inDemoFont(width, html`<sc-tourism-surge lang=${lang} src=${KAZUO} metric=${metric} paired></sc-tourism-surge>`);
        const [visitors, revenue] = [await chart('visitors'), await chart('revenue')];
        const [a, b] = [layout(visitors), layout(revenue)];
        if (a.start !== b.start || a.beside !== b.beside) differ.push(`${lang} ${width} px: visitors ${JSON.stringify(a)}, revenue ${JSON.stringify(b)}`);
        expectReadableLabels(visitors);
        expectReadableLabels(revenue);
      }
    }
    expect(differ).to.deep.equal([]);
  });

  it('keeps the order of the events attribute', async () => {
    const element = await inBox(600, html`<sc-tourism-surge lang="en" src=${KAZUO} events="qingming-2024, spring-festival-2024"></sc-tourism-surge>`);
    expect(panels(element).map((panel) => text(panel.querySelector('.event-name')))).to.deep.equal(['Qingming holiday 2024', 'Spring Festival holiday 2024']);
  });

  it('names each bar by its measure, year and figure, and each drawing by its holiday and kind', async () => {
    // As in a scorecard: a visitors chart and a revenue chart of the same holidays on one page.
    const names = async (lang: 'zh' | 'en') => {
      const visitors = await inBox(1000, html`<sc-tourism-surge lang=${lang} src=${KAZUO} metric="visitors"></sc-tourism-surge>`);
      const revenue = await inBox(1000, html`<sc-tourism-surge lang=${lang} src=${KAZUO} metric="revenue"></sc-tourism-surge>`);
      for (const element of [visitors, revenue]) {
        for (const panel of panels(element)) {
          const title = text(panel.querySelector('[part=event-title]'));
          const group = panel.querySelector('svg[role=group]')!.getAttribute('aria-label')!;
          // Arrow keys cross from one holiday's drawing to the next: entering one says which holiday.
          expect(group, title).to.match(lang === 'zh' ? /^2024年(清明|春节)假期：条形图，共\d项$/ : /^(Qingming|Spring Festival) holiday 2024: bar chart, \d bars?$/);
        }
      }
      const named = (element: ScTourismSurge) => marks(element).map((mark) => mark.getAttribute('aria-label')!);
      return [named(visitors), named(revenue)] as const;
    };
    const [visitorsZh, revenueZh] = await names('zh');
    expect(visitorsZh).to.deep.equal([
      '接待游客，2024年：73.21万人次',
      '接待游客，2024年：24.1万人次，同比增长534%，约为去年同期的6.3倍（推算）',
      '接待游客，2023年：约3.8万人次（由24.1万人次及同比增长534%推算）',
    ]);
    expect(revenueZh.slice(0, 2)).to.deep.equal(['旅游收入，2024年：5.27亿元，同比增长423%，约为去年同期的5.2倍（推算）', '旅游收入，2023年：约1.01亿元（由5.27亿元及同比增长423%推算）']);
    // No two marks on the page share a name.
    expect(new Set([...visitorsZh, ...revenueZh]).size).to.equal(visitorsZh.length + revenueZh.length);
    const [visitorsEn, revenueEn] = await names('en');
    expect(visitorsEn[0]).to.equal('Visitors, 2024: 732,100 visits');
    expect(revenueEn[0]).to.equal("Revenue, 2024: 527\u00a0million yuan, up 423% on last year, about 5.2 times last year's (derived)");
    expect(new Set([...visitorsEn, ...revenueEn]).size).to.equal(visitorsEn.length + revenueEn.length);
  });

  describe('Shuangta', () => {
    it('shows the Lantern Festival with its qualifiers as published and no comparison', async () => {
      const zh = await inBox(300, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} events="lantern-festival-2024"></sc-tourism-surge>`);
      const [panel] = panels(zh);
      // Nothing to compare it with: a number, not a lone full-length bar.
      expect(panel!.querySelector('svg')).to.equal(null);
      expect(text(panel!.querySelector('.value-alone'))).to.equal('200余万人次');
      expect(text(panel!.querySelector('[part=peak]'))).to.equal('单日最高：近10万人次');
      expect([...panel!.querySelectorAll('[part=figures] li')].map(text)).to.deep.equal(['展区销售额：200余万元', '带动间接消费：4000余万元']);
      expect(text(panel!.querySelector('.no-comparison'))).to.equal('未公布同比数据');
      expect(partText(zh, '[part=title]')).to.equal('双塔区节假日接待游客');
      expect(root(zh).querySelector('[part=notes]')).to.equal(null);

      const en = await inBox(300, html`<sc-tourism-surge lang="en" src=${SHUANGTA} events="lantern-festival-2024"></sc-tourism-surge>`);
      const [english] = panels(en);
      expect(text(english!.querySelector('.value-alone'))).to.equal('more than 2 million visits');
      expect(text(english!.querySelector('[part=peak]'))).to.equal('Peak day: nearly 100,000 visits');
      expect([...english!.querySelectorAll('[part=figures] li')].map(text)).to.deep.equal([
        'Sales in the show area: more than 2 million yuan',
        'Indirect spending: more than 40 million yuan',
      ]);
      // The summary says every figure the chart shows, the holiday's other figures too.
      expect(summary(en)).to.equal(
        'Spring Lantern Festival 2024: more than 2 million visits (no year-on-year comparison published); peak day nearly 100,000 visits. Sales in the show area: more than 2 million yuan. Indirect spending: more than 40 million yuan.',
      );
      await expect(en).to.be.accessible();
    });

    it('shows the Lantern Festival sales once, beside revenue, when a visitors and a revenue chart show the same holidays', async () => {
      const figures = (element: ScTourismSurge) => panels(element).map((panel) => [...panel.querySelectorAll('[part=figures] li')].map(text));
      // As in the scorecard: one chart per metric, paired.
      const visitors = await inBox(1000, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} metric="visitors" paired></sc-tourism-surge>`);
      const revenue = await inBox(1000, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} metric="revenue" paired></sc-tourism-surge>`);
      expect(figures(visitors)).to.deep.equal([[], []]);
      // The pair's other chart is the visitors chart, whether or not it says metric="visitors".
      const unnamed = await inBox(1000, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} paired></sc-tourism-surge>`);
      expect(figures(unnamed)).to.deep.equal([[], []]);
      expect(figures(revenue)).to.deep.equal([['展区销售额：200余万元', '带动间接消费：4000余万元'], []]);
      expect(text(panels(revenue)[0]!.querySelector('[part=event-title]'))).to.equal('2024年迎春灯会 · 旅游收入');
      // One chart alone keeps every figure, whatever its metric (an embed builder writes one), and so does
      // a paired visitors chart when no holiday shown has any revenue.
      const alone = await inBox(1000, html`<sc-tourism-surge lang="en" src=${SHUANGTA}></sc-tourism-surge>`);
      expect(figures(alone)[0]).to.deep.equal(['Sales in the show area: more than 2 million yuan', 'Indirect spending: more than 40 million yuan']);
      for (const metric of ['visitors', 'revenue']) {
        const single = await inBox(1000, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} metric=${metric}></sc-tourism-surge>`);
        expect(figures(single)[0], metric).to.deep.equal(['展区销售额：200余万元', '带动间接消费：4000余万元']);
      }
      const lantern = await inBox(600, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} events="lantern-festival-2024" metric="visitors" paired></sc-tourism-surge>`);
      expect(figures(lantern)).to.deep.equal([['展区销售额：200余万元', '带动间接消费：4000余万元']]);
    });

    it('handles a multiple: Fenghuang Mountain at 6 times, +500% derived, last year derived as a daily average of more than 800', async () => {
      const zh = await inBox(300, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} events="qingming-fenghuang-2024"></sc-tourism-surge>`);
      const [panel] = panels(zh);
      expect(text(panel!.querySelector('[part=event-title]'))).to.equal('2024年清明假期（凤凰山景区） · 接待游客');
      expect(valueLabels(panel!)).to.deep.equal(['日均5000余人次', '日均800余人次（推算）']);
      expect(text(panel!.querySelector('[part=surge]'))).to.equal('▲为去年同期的6倍（增长500%，推算）');
      expect(text(panel!.querySelector('.event-note'))).to.equal('3月20日起免费开放');
      const en = await inBox(1000, html`<sc-tourism-surge lang="en" src=${SHUANGTA} events="qingming-fenghuang-2024"></sc-tourism-surge>`);
      expect(text(panels(en)[0]!.querySelector('[part=surge]'))).to.equal("▲6 times last year's (up 500%, derived)");
      expect(valueLabels(panels(en)[0]!)).to.deep.equal(['more than 5,000 visits a day on average', 'more than 800 visits a day on average (derived)']);
    });

    it('says a revenue figure was not published and still gives its multiple, drawing nothing', async () => {
      const element = await inBox(300, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} events="qingming-fenghuang-2024" metric="revenue"></sc-tourism-surge>`);
      const [panel] = panels(element);
      expect(panel!.querySelector('svg')).to.equal(null);
      expect(text(panel!.querySelector('.value-alone.missing'))).to.equal('未公布');
      expect(text(panel!.querySelector('[part=surge]'))).to.equal('▲为去年同期的1.6倍（增长60%，推算）');
      // Only the amount went unpublished: the change was.
      expect(summary(element)).to.equal('2024年清明假期（凤凰山景区）：旅游收入为去年同期的1.6倍，增长60%（推算），金额未公布。');
      await expect(element).to.be.accessible();
      const en = await inBox(600, html`<sc-tourism-surge lang="en" src=${SHUANGTA} events="qingming-fenghuang-2024" metric="revenue"></sc-tourism-surge>`);
      expect(summary(en)).to.equal("Qingming holiday 2024, Fenghuang Mountain scenic area: revenue 1.6 times last year's, up 60% (derived); the amount was not published.");
    });

    it('says "not published" once for a revenue with neither figure nor change', async () => {
      const element = await inBox(1000, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} events="lantern-festival-2024" metric="revenue"></sc-tourism-surge>`);
      const [panel] = panels(element);
      expect(text(panel!.querySelector('.value-alone.missing'))).to.equal('未公布');
      expect(panel!.querySelector('.no-comparison')).to.equal(null);
      expect(summary(element)).to.equal('2024年迎春灯会：旅游收入未公布；展区销售额200余万元，带动间接消费4000余万元。');
    });

    it('never draws a total against a daily average', async () => {
      const element = await inBox(1000, html`<sc-tourism-surge lang="en" src=${SHUANGTA}></sc-tourism-surge>`);
      const [lantern, fenghuang] = panels(element);
      // The Lantern Festival's total has nothing on its scale: a number, not a bar as long as Fenghuang's.
      expect(lantern!.querySelector('svg')).to.equal(null);
      expect(text(lantern!.querySelector('.value-alone'))).to.equal('more than 2 million visits');
      expect(valueLabels(fenghuang!)).to.have.length(2);
      expect(partText(element, '[part=notes]')).to.not.contain('separate scales');
    });

    it('labels a made-up holiday among real ones on its own panel, not the whole chart', async () => {
      const doc = await loadDemo(SHUANGTA);
      doc.tourism![1]!.illustrative = true;
      const element = await inBox(1000, html`<sc-tourism-surge lang="en" .data=${doc}></sc-tourism-surge>`);
      const [first, second] = panels(element);
      expect(first!.querySelector('[part=illustrative]')).to.equal(null);
      expect(text(second!.querySelector('[part=illustrative]'))).to.equal('Illustrative data');
      expect(root(element).querySelectorAll('[part=illustrative]')).to.have.length(1);
      expect(partText(element, '[part=source]')).to.match(/^Source: /);
      // Heard and read as made up too: in the summary, the data table and the drawing's name.
      const madeUp = 'Qingming holiday 2024, Fenghuang Mountain scenic area (illustrative data)';
      const summary = partText(element, '[part=summary]');
      expect(summary).to.contain(`. ${madeUp}: `);
      expect(summary.match(/illustrative/g)).to.have.length(1);
      const rowNames = [...root(element).querySelectorAll('[part=table] tbody tr')].map((row) => text(row.firstElementChild));
      // The Lantern Festival's own row, then its sales and indirect spending.
      expect(rowNames).to.deep.equal(['Spring Lantern Festival 2024', 'Spring Lantern Festival 2024', 'Spring Lantern Festival 2024', madeUp]);
      expect(second!.querySelector('svg')!.getAttribute('aria-label')).to.equal(`${madeUp}: bar chart, 2 bars`);
      // In Chinese, the place and the label share one pair of brackets.
      element.lang = 'zh';
      await element.updateComplete;
      const zhRows = [...root(element).querySelectorAll('[part=table] tbody tr')].map((row) => text(row.firstElementChild));
      expect(zhRows[3]).to.equal('2024年清明假期（凤凰山景区，示意数据）');
      await expect(element).to.be.accessible();
    });

    it("shows a holiday's dates as printed under its name, and names them in the summary and the table", async () => {
      const doc = await loadDemo(KAZUO);
      doc.tourism![1]!.period = { zh: '4月4日至6日', en: '4–6 April', start: '2024-04-04', end: '2024-04-06' };
      // Dates its name already says are not said twice.
      doc.tourism![0]!.period = { zh: '春节假期', en: 'Spring Festival holiday' };
      const element = await inBox(1000, html`<sc-tourism-surge lang="zh" .data=${doc}></sc-tourism-surge>`);
      const titles = () => panels(element).map((panel) => text(panel.querySelector('[part=event-title]')));
      expect(titles()).to.deep.equal(['2024年春节假期 · 接待游客', '2024年清明假期 · 接待游客 4月4日至6日']);
      expect(summary(element)).to.contain('。2024年清明假期（4月4日至6日）：接待游客24.1万人次');
      const rowNames = () => [...root(element).querySelectorAll('[part=table] tbody tr')].map((row) => text(row.firstElementChild));
      expect(rowNames()).to.deep.equal(['2024年春节假期', '2024年清明假期（4月4日至6日）']);
      element.lang = 'en';
      await element.updateComplete;
      expect(titles()[1]).to.equal('Qingming holiday 2024 · Visitors 4–6 April');
      expect(summary(element)).to.contain('. Qingming holiday 2024 (4–6 April): 241,000 visits');
      expect(rowNames()[1]).to.equal('Qingming holiday 2024 (4–6 April)');
      await expect(element).to.be.accessible();
      // The holiday beside it, with no dates, starts its bars level with these, not a line higher.
      const barTops = () => panels(element).map((panel) => Math.round(panel.querySelector('svg')!.getBoundingClientRect().top));
      expect(barTops()[0]).to.equal(barTops()[1]);
      // Stacked, each holiday's bars follow its own name.
      (element.parentElement as HTMLElement).style.width = '320px';
      await until(() => barTops()[1]! > barTops()[0]! + 60, 'the holidays to stack');
      const [first] = panels(element);
      expect(first!.querySelector('svg')!.getBoundingClientRect().top - first!.querySelector('[part=event-title]')!.getBoundingClientRect().bottom).to.be.below(12);
    });

    it('says so when bars in different measures are drawn to separate scales', async () => {
      const doc = await loadDemo(SHUANGTA);
      doc.illustrative = true;
      doc.tourism![0]!.visitors!.change = { kind: 'multiple', value: 2, basis: 'yoy' };
      const element = await inBox(1000, html`<sc-tourism-surge lang="en" .data=${doc}></sc-tourism-surge>`);
      const [lantern, fenghuang] = panels(element);
      expect(valueLabels(lantern!)).to.deep.equal(['more than 2 million visits', 'more than 1 million visits (derived)']);
      expect(valueLabels(fenghuang!)).to.have.length(2);
      expect(partText(element, '[part=notes]')).to.contain('drawn to separate scales');
    });
  });

  describe('scales that do not exaggerate', () => {
    const tiny = async (): Promise<ScorecardDocument> => {
      const doc = await loadDemo(KAZUO);
      doc.illustrative = true;
      doc.tourism = [{ id: 'tiny', label: 'Tiny base', visitors: { value: 50, unit: '10k-visits', change: { kind: 'percent', value: 49900, basis: 'yoy' } } }];
      return doc;
    };

    for (const width of [300, 1000]) {
      it(`keeps a tiny base year visible with a readable label at ${width} px`, async () => {
        const element = await inBox(width, html`<sc-tourism-surge lang="en" .data=${await tiny()}></sc-tourism-surge>`);
        const [panel] = panels(element);
        expect(valueLabels(panel!)).to.deep.equal(['500,000 visits', 'about 1,000 visits (derived)']);
        const base = panel!.querySelector('.bar-derived')!.getBoundingClientRect();
        const now = panel!.querySelector('.bar')!.getBoundingClientRect();
        expect(base.width).to.be.at.least(MIN_BAR);
        expect(base.width).to.be.lessThan(now.width / 20);
        // Both bars start at the same zero line.
        expect(Math.abs(base.left - now.left)).to.be.lessThan(1);
        expectReadableLabels(element);
        expect(partText(element, '[part=illustrative]')).to.equal('Illustrative data, not real figures');
      });
    }

    for (const [lang, width] of [
      ['zh', 300],
      ['en', 300],
      ['zh', 1000],
      ['en', 1000],
    ] as const) {
      it(`leaves no label overlapping or cut off (${lang}, ${width} px)`, async () => {
        for (const [src, metric] of [
          [KAZUO, 'visitors'],
          [KAZUO, 'revenue'],
          [SHUANGTA, 'visitors'],
        ] as const) {
          const element = await inBox(width, html`<sc-tourism-surge lang=${lang} src=${src} metric=${metric}></sc-tourism-surge>`);
          expectReadableLabels(element);
          // A wide host font (monospace at 1.2 em-ish widths) must not push labels out either.
          element.style.fontFamily = 'monospace';
          // Its text is measured again once the new font has laid out a sample (the next frame).
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await element.updateComplete;
          for (const animation of root(element).getAnimations()) animation.finish();
          expectReadableLabels(element);
          element.style.fontFamily = '';
          expect(element.getBoundingClientRect().width).to.equal(width);
          expect(root(element).querySelector('.figure')!.scrollWidth).to.be.at.most(width);
        }
      });
    }
  });

  describe('daily series', () => {
    const withDays = async (): Promise<ScorecardDocument> => {
      const doc = await loadDemo(KAZUO);
      doc.illustrative = true;
      doc.tourism![1]!.days = [
        { date: '2024-04-04', visitors: 6 },
        { date: '2024-04-05', visitors: 12 },
        { date: '2024-04-06', visitors: 6.1 },
      ];
      return doc;
    };

    it('draws the days from zero with the peak marked, labelled as illustrative', async () => {
      const element = await inBox(300, html`<sc-tourism-surge lang="zh" .data=${await withDays()} events="qingming-2024"></sc-tourism-surge>`);
      const days = root(element).querySelector('[part=days]')!;
      expect(text(days.querySelector('.days-title'))).to.equal('每日接待游客');
      expect([...days.querySelectorAll('.day-label')].map(text)).to.deep.equal(['4月4日', '4月5日', '4月6日']);
      expect(text(days.querySelector('.peak-label'))).to.equal('最高 12万人次');
      const columns = [...days.querySelectorAll('.column')].map((column) => column.getBoundingClientRect());
      expect(columns[1]!.height / columns[0]!.height).to.be.closeTo(2, 0.05);
      expect(Math.abs(columns[0]!.bottom - columns[1]!.bottom)).to.be.lessThan(0.5);
      expect(days.querySelector('.peak')).to.not.equal(null);
      expect(partText(element, '[part=illustrative]')).to.equal('示意数据，非真实统计');
      expectReadableLabels(element);
      await expect(element).to.be.accessible();
    });

    it('reaches the days with the arrow keys after the bars', async () => {
      const element = await inBox(600, html`<sc-tourism-surge lang="en" .data=${await withDays()} events="qingming-2024"></sc-tourism-surge>`);
      expect(marks(element)).to.have.length(5);
      marks(element)[0]!.focus();
      for (let i = 0; i < 3; i++) marks(element)[i]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await element.updateComplete;
      expect(root(element).activeElement).to.equal(marks(element)[3]);
      expect(marks(element)[3]!.getAttribute('aria-label')).to.equal('Visitors, 5 Apr: 120,000 visits (peak day)');
      expect(partText(element, '[part=days] [part=tooltip]')).to.equal('Visitors, 5 Apr: 120,000 visits (peak day)');
    })
    it('says each day in the summary and the data table, not only in the drawing', async () => {
      const zh = await inBox(600, html`<sc-tourism-surge lang="zh" .data=${await withDays()} events="qingming-2024"></sc-tourism-surge>`);
      expect(summary(zh)).to.contain('；每日接待游客：4月4日6万人次，4月5日12万人次，4月6日6.1万人次。');
      const zhRows = [...root(zh).querySelectorAll('tbody tr')].map((row) => [...row.children].map(text).slice(1, 5));
      expect(zhRows.slice(1)).to.deep.equal([
        ['接待游客（4月4日）', '6万人次', '—', '—'],
        ['接待游客（4月5日）', '12万人次（单日最高）', '—', '—'],
        ['接待游客（4月6日）', '6.1万人次', '—', '—'],
      ]);
      const en = await inBox(600, html`<sc-tourism-surge lang="en" .data=${await withDays()} events="qingming-2024"></sc-tourism-surge>`);
      expect(summary(en)).to.contain('. Visitors by day: 60,000 visits on 4 Apr, 120,000 visits on 5 Apr, 61,000 visits on 6 Apr.');
      expect([...root(en).querySelectorAll('tbody tr')].map((row) => text(row.children[1]!))).to.deep.equal([
        'Visitors',
        'Visitors, 4 Apr',
        'Visitors, 5 Apr',
        'Visitors, 6 Apr',
      ]);
      // Named like the bars' drawing, in running case: "…: column chart, 3 days".
      expect(root(en).querySelector('[part=days] svg')!.getAttribute('aria-label')).to.match(/: column chart, 3 days$/);
      await expect(en).to.be.accessible();
    });
  });

  describe('keyboard and pointer', () => {
    it('has one tab stop, moves between bars with arrows, shows the same tooltip as on hover, and Escape hides it', async () => {
      const element = await inBox(1000, html`<sc-tourism-surge lang="en" src=${KAZUO}></sc-tourism-surge>`);
      const all = marks(element);
      expect(all).to.have.length(3);
      expect(all.filter((mark) => mark.getAttribute('tabindex') === '0')).to.have.length(1);
      all[0]!.focus();
      await element.updateComplete;
      expect(partText(element, '[part=tooltip]')).to.equal('Visitors, 2024: 732,100 visits');
      all[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      all[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await element.updateComplete;
      const derived = marks(element)[2]!;
      expect(root(element).activeElement).to.equal(derived);
      const label = 'Visitors, 2023: about 38,000 visits (derived from 241,000 visits, up 534% on last year)';
      expect(derived.getAttribute('aria-label')).to.equal(label);
      expect(partText(element, '[part=tooltip]')).to.equal(label);
      expect(marks(element).filter((mark) => mark.getAttribute('tabindex') === '0')).to.deep.equal([derived]);
      derived.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await element.updateComplete;
      expect(root(element).querySelector('[part=tooltip]')).to.equal(null);
      derived.blur();
      await element.updateComplete;
      hover(marks(element)[1]!);
      await element.updateComplete;
      expect(partText(element, '[part=tooltip]')).to.equal(marks(element)[1]!.getAttribute('aria-label'));
      root(element).querySelector('.panels')!.dispatchEvent(new PointerEvent('pointerleave'));
      await element.updateComplete;
      expect(root(element).querySelector('[part=tooltip]')).to.equal(null);
    });

    it('does not say "up" with colour alone: arrow and words carry the direction', async () => {
      const element = await inBox(600, html`<sc-tourism-surge lang="zh" src=${KAZUO} events="qingming-2024"></sc-tourism-surge>`);
      const surge = root(element).querySelector('[part=surge]')!;
      expect(surge.classList.contains('tone-good')).to.equal(true);
      expect(getComputedStyle(surge).color).to.equal('rgb(192, 38, 45)');
      element.palette = 'intl';
      await element.updateComplete;
      expect(getComputedStyle(surge).color).to.equal('rgb(26, 127, 55)');
      expect(text(surge)).to.match(/^▲同比增长/);
    });
  });

  it("lists a holiday's other figures in the data table too: the Lantern Festival's sales and indirect spending", async () => {
    const zh = await inBox(600, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} events="lantern-festival-2024"></sc-tourism-surge>`);
    expect([...root(zh).querySelectorAll('tbody tr')].map((row) => [...row.children].map(text).slice(1, 5))).to.deep.equal([
      ['接待游客', '200余万人次', '—', '未公布'],
      ['展区销售额', '200余万元', '—', '未公布'],
      ['带动间接消费', '4000余万元', '—', '未公布'],
    ]);
    const en = await inBox(600, html`<sc-tourism-surge lang="en" src=${SHUANGTA} events="lantern-festival-2024"></sc-tourism-surge>`);
    expect([...root(en).querySelectorAll('tbody tr')].map((row) => [...row.children].map(text).slice(1, 3))).to.deep.equal([
      ['Visitors', 'more than 2 million visits'],
      ['Sales in the show area', 'more than 2 million yuan'],
      ['Indirect spending', 'more than 40 million yuan'],
    ]);
  });

  it('offers a data table with the derived values', async () => {
    const element = await inBox(600, html`<sc-tourism-surge lang="en" src=${KAZUO} metric="revenue"></sc-tourism-surge>`);
    const rows = [...root(element).querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
    expect(rows).to.deep.equal([
      ['Spring Festival holiday 2024', 'Revenue', '527 million yuan', 'about 101 million yuan (derived)', "up 423% on last year (about 5.2 times last year's, derived)"],
      ['Qingming holiday 2024', 'Revenue', '139 million yuan', 'about 17 million yuan (derived)', "up 712% on last year (about 8.1 times last year's, derived)"],
    ]);
    const toggle = root(element).querySelector<HTMLButtonElement>('[part=table-toggle]')!;
    expect(toggle.textContent!.trim()).to.match(/^Show data table/);
    toggle.click();
    await element.updateComplete;
    expect([toggle.textContent!.trim(), toggle.getAttribute('aria-label')]).to.deep.equal([
      'Hide data table',
      'Hide data table for Kazuo County: holiday tourism revenue, against the same holiday a year earlier',
    ]);
    await expect(element).to.be.accessible();
  });

  describe("the data editor's audit", () => {
    /** Everything a reader gets: the text (title, summary, panels, notes, data table, seen or not) and the bars' accessible names. */
    const readable = (element: ScTourismSurge) =>
      [textOf(root(element) as unknown as Element), ...marks(element).map((mark) => mark.getAttribute('aria-label') ?? '')].join(' | ');

    const cases = [
      [KAZUO, 'visitors'],
      [KAZUO, 'revenue'],
      [SHUANGTA, 'visitors'],
      [SHUANGTA, 'revenue'],
    ] as const;

    for (const [src, metric] of cases) {
      it(`marks every converted multiple or percent as derived and leaves the published ones unmarked (${src.split('/').pop()}, ${metric})`, async () => {
        const zh = readable(await inBox(1000, html`<sc-tourism-surge lang="zh" src=${src} metric=${metric}></sc-tourism-surge>`));
        // Converted: a multiple from a percent (约为去年同期的6.3倍) or a percent from a multiple (增长500%), each followed by 推算.
        const zhDerived = /约为去年同期的\d+(?:\.\d+)?倍|(?<!同比)增长\d+%/g;
        const zhFound = [...zh.matchAll(zhDerived)];
        expect(zhFound.length, zh).to.be.greaterThan(0);
        for (const found of zhFound) expect(zh.slice(found.index! + found[0].length), found[0]).to.match(/^(，推算）|（推算）)/);
        // Published: as printed, with no mark.
        expect(zh).to.not.match(/(同比增长(534|423|712)%|为去年同期的(6|1\.6)倍)[，（]推算/);

        const en = readable(await inBox(1000, html`<sc-tourism-surge lang="en" src=${src} metric=${metric}></sc-tourism-surge>`));
        // Every multiple says of what: "6.3 times last year's", never a bare "(6.3 times)" that reads as "grew 6.3 times".
        for (const found of en.matchAll(/\d+(?:\.\d+)? times?\b/g)) expect(en.slice(found.index! + found[0].length), found[0]).to.match(/^ last year's/);
        expect(en).to.not.match(/\(\d+(?:\.\d+)? times\)/);
        const enDerived = /about \d+(?:\.\d+)? times last year's|\(up \d+%/g;
        const enFound = [...en.matchAll(enDerived)];
        expect(enFound.length, en).to.be.greaterThan(0);
        for (const found of enFound) expect(en.slice(found.index! + found[0].length), found[0]).to.match(/^(, derived\)| \(derived\))/);
        expect(en).to.not.match(/(up (534|423|712)% on last year|\b(6|1\.6) times last year's)(,| \() ?derived/);
      });
    }

    it('marks the converted form in the chart, the summary and the table alike (Kazuo Qingming)', async () => {
      const zh = await inBox(600, html`<sc-tourism-surge lang="zh" src=${KAZUO} events="qingming-2024"></sc-tourism-surge>`);
      expect(text(panels(zh)[0]!.querySelector('[part=surge]'))).to.equal('▲同比增长534%（约为去年同期的6.3倍，推算）');
      expect(summary(zh)).to.contain('同比增长534%，约为去年同期的6.3倍（推算）');
      const zhRow = [...root(zh).querySelectorAll('tbody tr td')].map(text);
      expect(zhRow).to.contain('同比增长534%（约为去年同期的6.3倍，推算）');
      const en = await inBox(600, html`<sc-tourism-surge lang="en" src=${KAZUO} events="qingming-2024"></sc-tourism-surge>`);
      expect(text(panels(en)[0]!.querySelector('[part=surge]'))).to.equal("▲up 534% on last year (about 6.3 times last year's, derived)");
      expect(summary(en)).to.contain("up 534% on last year, about 6.3 times last year's (derived)");
      expect(marks(en)[0]!.getAttribute('aria-label')).to.equal("Visitors, 2024: 241,000 visits, up 534% on last year, about 6.3 times last year's (derived)");
    });

    it("gives Fenghuang Mountain's last year with the published qualifier and precision: more than 800 a day, not 833", async () => {
      const zh = await inBox(600, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} events="qingming-fenghuang-2024"></sc-tourism-surge>`);
      expect(valueLabels(panels(zh)[0]!)).to.deep.equal(['日均5000余人次', '日均800余人次（推算）']);
      expect(marks(zh)[1]!.getAttribute('aria-label')).to.equal('接待游客，2023年：日均800余人次（由日均5000余人次及6倍推算）');
      // The table says "daily average" once, in the measure: 日均接待游客 | 5000余人次 | 800余人次（推算）.
      expect([...root(zh).querySelectorAll('tbody td')].map(text).slice(0, 3)).to.deep.equal(['日均接待游客', '5000余人次', '800余人次（推算）']);
      expect(readable(zh)).to.not.contain('833');
      const en = await inBox(600, html`<sc-tourism-surge lang="en" src=${SHUANGTA} events="qingming-fenghuang-2024"></sc-tourism-surge>`);
      expect(valueLabels(panels(en)[0]!)[1]).to.equal('more than 800 visits a day on average (derived)');
      expect([...root(en).querySelectorAll('tbody td')].map(text).slice(0, 3)).to.deep.equal(['Visitors, daily average', 'more than 5,000 visits', 'more than 800 visits (derived)']);
      expect(readable(en)).to.not.contain('833');
      // Exact figures keep impliedBase's value, marked "about".
      const kazuo = await inBox(1000, html`<sc-tourism-surge lang="zh" src=${KAZUO} metric="revenue"></sc-tourism-surge>`);
      expect(panels(kazuo).map((panel) => valueLabels(panel)[1])).to.deep.equal(['约1.01亿元（推算）', '约1700万元（推算）']);
    });

    it('draws a qualified figure\'s last year at the figure the change implies, and says it no rounder than the change allows', async () => {
      const doc = await loadDemo(SHUANGTA);
      doc.illustrative = true;
      // 200余万人次 at +12.5%: last year 177.8万, which at the published precision would read 200余万 again.
      doc.tourism![0]!.visitors!.change = { kind: 'percent', value: 12.5, basis: 'yoy' };
      const element = await inBox(600, html`<sc-tourism-surge lang="zh" .data=${doc} events="lantern-festival-2024"></sc-tourism-surge>`);
      expect(valueLabels(panels(element)[0]!)).to.deep.equal(['200余万人次', '170余万人次（推算）']);
      const [now, before] = [...panels(element)[0]!.querySelectorAll('.bar, .bar-derived')].map((bar) => bar.getBoundingClientRect().width);
      expect(now! / before!).to.be.closeTo(1.125, 0.01);
    });

    it('shows the peak day, a visitors figure, with visitors only', async () => {
      for (const lang of ['zh', 'en'] as const) {
        const revenue = await inBox(1000, html`<sc-tourism-surge lang=${lang} src=${KAZUO} metric="revenue"></sc-tourism-surge>`);
        expect(root(revenue).querySelector('[part=peak]')).to.equal(null);
        expect(readable(revenue)).to.not.match(/12万人次|120,000|单日最高|[Pp]eak day/);
        expect([...root(revenue).querySelectorAll('thead th')].map(text)).to.have.length(5);

        const shuangta = await inBox(1000, html`<sc-tourism-surge lang=${lang} src=${SHUANGTA} metric="revenue"></sc-tourism-surge>`);
        expect(root(shuangta).querySelector('[part=peak]')).to.equal(null);
        expect(readable(shuangta)).to.not.match(/近10万人次|100,000|单日最高|[Pp]eak day/);
      }
      const visitors = await inBox(1000, html`<sc-tourism-surge lang="zh" src=${KAZUO}></sc-tourism-surge>`);
      expect(text(panels(visitors)[1]!.querySelector('[part=peak]'))).to.equal('单日最高：12万人次');
      expect([...root(visitors).querySelectorAll('thead th')].map(text).at(-1)).to.equal('单日最高');
      expect([...root(visitors).querySelectorAll('tbody tr')].map((row) => text(row.lastElementChild))).to.deep.equal(['—', '12万人次']);
      const lantern = await inBox(600, html`<sc-tourism-surge lang="en" src=${SHUANGTA} events="lantern-festival-2024"></sc-tourism-surge>`);
      expect(text(panels(lantern)[0]!.querySelector('[part=peak]'))).to.equal('Peak day: nearly 100,000 visits');
    });
  });

  it('reads a figure without a unit in base units, adding no magnitude', async () => {
    const doc = await loadDemo(KAZUO);
    doc.illustrative = true;
    doc.tourism = [{ id: 'plain', label: 'Plain', visitors: { value: 5000, change: { kind: 'percent', value: 25, basis: 'yoy' } } }];
    const zh = await inBox(600, html`<sc-tourism-surge lang="zh" .data=${doc}></sc-tourism-surge>`);
    expect(valueLabels(panels(zh)[0]!)).to.deep.equal(['5000人次', '约4000人次（推算）']);
    const en = await inBox(600, html`<sc-tourism-surge lang="en" .data=${doc}></sc-tourism-surge>`);
    expect(valueLabels(panels(en)[0]!)).to.deep.equal(['5,000 visits', 'about 4,000 visits (derived)']);
    // Less than double: the percent alone, no "about 1.3 times last year's".
    expect(text(panels(en)[0]!.querySelector('[part=surge]'))).to.equal('▲up 25% on last year');
  });

  it('never starts a line of a panel title with its separator', async () => {
    for (const lang of ['en', 'zh']) {
      for (const src of [KAZUO, SHUANGTA]) {
        for (const width of [160, 170, 180, 220, 260, 300, 340]) {
          const element = await inDemoFont(width, html`<sc-tourism-surge lang=${lang} src=${src}></sc-tourism-surge>`);
          for (const title of root(element).querySelectorAll('[part=event-title]')) {
            const lines = visualLines(title);
            expect(lines.filter((line) => line.trim().startsWith('·')), `${lang} ${width} px: ${lines.join(' / ')}`).to.deep.equal([]);
          }
          element.parentElement!.parentElement!.remove();
        }
      }
    }
  });

  it('treats an empty metric attribute as the default', async () => {
    const element = await inBox(300, html`<sc-tourism-surge lang="en" src=${KAZUO} metric=""></sc-tourism-surge>`);
    expect(panels(element).map((panel) => [...panel.querySelectorAll('.metric')].map(text).join(' '))).to.deep.equal(['· Visitors', '· Visitors']);
  });

  it('keeps the open data table accessible at 300 px', async () => {
    const element = await inBox(300, html`<sc-tourism-surge lang="zh" src=${SHUANGTA}></sc-tourism-surge>`);
    root(element).querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
    await element.updateComplete;
    expect(root(element).querySelector('.table-wrap')!.classList.contains('visually-hidden')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it("shows last year's figure as printed, and works out the change from the two, marked derived", async () => {
    const doc = await loadDemo(KAZUO);
    doc.illustrative = true;
    // Made up: a paper that printed 去年同期65.2万人次 beside 73.21万人次, and no growth rate.
    doc.tourism = [{ ...doc.tourism![0]!, visitors: { value: 73.21, unit: '10k-visits', previous: 65.2 } }];
    const element = await inBox(600, html`<sc-tourism-surge lang="zh" .data=${doc}></sc-tourism-surge>`);
    const [panel] = panels(element);
    expect(valueLabels(panel!)).to.deep.equal(['73.21万人次', '65.2万人次']);
    // Published, so drawn solid, with no mark of its own and no note that it was worked out.
    expect(panel!.querySelector('.bar-derived')).to.equal(null);
    expect(text(panel!.querySelector('[part=surge]'))).to.equal('▲同比增长12.3%（推算）');
    expect(summary(element)).to.contain('接待游客73.21万人次，去年同期65.2万人次，同比增长12.3%（推算）');
    expect(partText(element, '[part=notes]')).not.to.contain('未经公布');
    // Nor is its column headed as derived.
    expect([...root(element).querySelectorAll('[part=table] th[scope=col]')].map(text)).to.include('去年同期');
    element.lang = 'en';
    await element.updateComplete;
    expect(summary(element)).to.contain('732,100 visits, against 652,000 visits a year earlier, up 12.3% on last year (derived)');
    // A figure printed as a bound bounds the change too: 200余 against 170 is a rise of more than 17.6%.
    element.data = { ...doc, tourism: [{ ...doc.tourism![0]!, visitors: { value: 200, qualifier: 'more-than', unit: '10k-visits', previous: 170 } }] };
    await until(() => /17\.6/.test(summary(element)), 'the new figures');
    expect(text(root(element).querySelector('[part=surge]'))).to.equal('▲up more than 17.6% on last year (derived)');
    // A fall from a bound says nothing sure (1000余 against 1002 may be a rise): no change is worked out.
    element.data = { ...doc, tourism: [{ ...doc.tourism![0]!, visitors: { value: 1000, qualifier: 'more-than', previous: 1002 } }] };
    await until(() => /1,002/.test(summary(element)), 'the new figures');
    expect(root(element).querySelector('[part=surge]')).to.equal(null);
    expect(summary(element)).not.to.match(/down|derived/);
  });

  it('fires sc-load with the document', async () => {
    const { element, events } = await withEvents<ScTourismSurge>('sc-tourism-surge', (surge) => (surge.src = KAZUO));
    await loaded(element);
    expect(events.map((event) => event.type)).to.deep.equal(['sc-load']);
    expect(events[0]!.detail.id).to.equal('kazuo-2024-q1');
    element.remove();
  });

  describe('errors', () => {
    it('names an event id that is not in the document', async () => {
      const element = await fixture<ScTourismSurge>(html`<sc-tourism-surge lang="en" src=${KAZUO} events="qingming-2024 mid-autumn"></sc-tourism-surge>`);
      const detail = await failed(element);
      expect(detail.errors[0]!.path).to.equal('events');
      expect(detail.errors[0]!.message).to.equal("no tourism event 'mid-autumn' in this document; it has: spring-festival-2024, qingming-2024");
      expect(partText(element, '[role=alert]')).to.contain("no tourism event 'mid-autumn'");
      await expect(element).to.be.accessible();
    });

    it('refuses an unknown metric', async () => {
      const element = await fixture<ScTourismSurge>(html`<sc-tourism-surge lang="zh" src=${KAZUO} metric="income"></sc-tourism-surge>`);
      const detail = await failed(element);
      expect(detail.errors[0]!.path).to.equal('metric');
      expect(shadowText(element, '[role=alert]')).to.contain('metric：应为 visitors 或 revenue');
    });

    it('says when the document has no tourism events', async () => {
      const doc = await loadDemo(KAZUO);
      delete doc.tourism;
      const element = await fixture<ScTourismSurge>(html`<sc-tourism-surge lang="en" .data=${doc}></sc-tourism-surge>`);
      const detail = await failed(element);
      expect(detail.errors[0]!.path).to.equal('tourism');
    });

    it('shows the loading state, then the chart', async () => {
      const element = await loadsAfterWaiting<ScTourismSurge>('sc-tourism-surge', await loadDemo(KAZUO));
      expect(panels(element)).to.have.length(2);
    });

    it('reports a failed fetch', async () => {
      const element = await fixture<ScTourismSurge>(html`<sc-tourism-surge lang="en" src="/missing.json"></sc-tourism-surge>`);
      const detail = await failed(element);
      expect(detail.kind).to.equal('network');
      expect(partText(element, '[role=alert]')).to.contain('Could not load the data');
    });
  });
});

describe('sc-tourism-surge Chinese line breaks', () => {
  /** Words of the panels and the table that a line must not split: 凤凰山景 / 区, 接待游 / 客. */
  const WORDS = ['凤凰山景区', '迎春灯会', '清明假期', '春节假期', '接待游客', '旅游收入', '单日最高', '展区销售额', '带动间接消费', '免费开放', '推算', '未公布'];
  const splitWords = (element: Element) => {
    const lines = visualLines(element);
    const whole = lines.join('');
    return WORDS.filter((word) => whole.includes(word) && !lines.some((line) => line.includes(word))).map((word) => `${word} in ${lines.join(' / ')}`);
  };
  /** Any text running out of its box. */
  const overflowing = (element: ScTourismSurge) =>
    [...root(element).querySelectorAll<HTMLElement>('[part=event] p, [part=event] li, [part=event] span:not(.visually-hidden)')]
      .filter((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).display !== 'inline')
      .map((node) => text(node));

  for (const width of [262, 320]) {
    it(`keeps words whole in the panels at ${width} px (a scorecard's column on a phone), and lets nothing overflow`, async () => {
      for (const metric of ['visitors', 'revenue']) {
        for (const src of [SHUANGTA, KAZUO]) {
          const element = await inDemoFont(width, html`<sc-tourism-surge lang="zh" src=${src} metric=${metric}></sc-tourism-surge>`);
          const split = panels(element).flatMap((panel) =>
            [...panel.querySelectorAll('[part=event-title], [part=surge], [part=peak], [part=figures] li, .event-note, .no-comparison, .value-alone')].flatMap(splitWords),
          );
          expect(split, `${src} ${metric}`).to.deep.equal([]);
          expect(overflowing(element), `${src} ${metric}`).to.deep.equal([]);
          const panel = panels(element)[0]!.getBoundingClientRect();
          expect(panel.right, `${src} ${metric}`).to.be.at.most(element.getBoundingClientRect().right + 0.5);
        }
      }
    });
  }

  it('keeps names in the data table whole, on a phone and in a scorecard column on a desktop', async () => {
    for (const width of [320, 640]) {
      for (const metric of ['visitors', 'revenue']) {
        const element = await inDemoFont(width, html`<sc-tourism-surge lang="zh" src=${SHUANGTA} metric=${metric}></sc-tourism-surge>`);
        root(element).querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
        await element.updateComplete;
        const cells = [...root(element).querySelectorAll('[part=table] th, [part=table] td')];
        expect(cells.flatMap(splitWords), `${width} px, ${metric}`).to.deep.equal([]);
        // In a desktop column the table still fits without scrolling sideways.
        const wrap = root(element).querySelector('.table-wrap')!;
        if (width === 640) expect(wrap.scrollWidth, metric).to.be.at.most(wrap.clientWidth);
      }
    }
  });
});

describe('sc-tourism-surge data table on a phone', () => {
  it('sets each row as a block on a phone, every figure under its holiday and whole, with nothing to scroll sideways', async () => {
    for (const [lang, width] of [['zh', 320], ['en', 320], ['zh', 200], ['zh', 160], ['en', 160]] as const) {
      const element = await inBox(width, html`<sc-tourism-surge lang=${lang} src=${KAZUO}></sc-tourism-surge>`);
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
      await element.updateComplete;
      const wrap = element.shadowRoot!.querySelector('.table-wrap')!;
      expect(wrap.scrollWidth, `${lang} ${width} px`).to.be.at.most(wrap.clientWidth);
      expect(wrap.hasAttribute('tabindex'), 'no tab stop for a table that does not scroll').to.equal(false);
      for (const row of element.shadowRoot!.querySelectorAll('[part=table] tbody tr')) {
        const [heading, ...cells] = [...row.children].map((cell) => cell.getBoundingClientRect());
        // One below the other, each as wide as the table: the holiday, then its figures.
        for (const [index, cell] of cells.entries()) {
          expect(cell.top, lang).to.be.at.least((index ? cells[index - 1]! : heading!).bottom - 0.5);
          expect(cell.width, lang).to.be.closeTo(heading!.width, 1);
        }
      }
      // 约3.8万人次 / （推算） is fine; 约3.8万 / 人次 is not.
      const figures = [...element.shadowRoot!.querySelectorAll('[part=table] td.num')].filter((cell) => cell.textContent!.trim() !== '—');
      expect(figures.length, lang).to.be.greaterThan(3);
      const whole = (cell: Element) => cell.textContent!.trim().replace(/（推算）$|\s*\(derived\)$/, '');
      if (width >= 320) {
        expect(figures.filter((cell) => !visualLines(cell).some((line) => line.trim().startsWith(whole(cell)))).map((cell) => cell.textContent!.trim()), lang).to.deep.equal([]);
        await expect(element).to.be.accessible();
      }
      element.parentElement!.remove();
    }
  });

  it('fits an English table from a phone to a desktop, wrapping a figure between its words but never inside "2 million"', async () => {
    for (const width of [500, 560, 640]) {
      for (const src of [KAZUO, SHUANGTA]) {
        const element = await inBox(width, html`<sc-tourism-surge lang="en" src=${src}></sc-tourism-surge>`);
        element.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
        await element.updateComplete;
        const wrap = element.shadowRoot!.querySelector('.table-wrap')!;
        expect(wrap.scrollWidth, `${src} at ${width} px`).to.be.at.most(wrap.clientWidth);
        for (const cell of element.shadowRoot!.querySelectorAll('[part=table] td.num')) {
          const lines = visualLines(cell);
          // Lines are read with plain spaces.
          for (const [figure] of cell.textContent!.replace(/\s/g, ' ').matchAll(/[\d,.]+ (million|billion)/g)) {
            expect(lines.some((line) => line.includes(figure)), `${figure} in ${lines.join(' / ')}`).to.equal(true);
          }
        }
        element.parentElement!.remove();
      }
    }
  });

  /**
   * A table that must scroll: a Chinese holiday name is not broken inside (凤凰山景区 stays
   * whole), so one this long holds six columns wider than a 600 px box, where rows no longer stack.
   */
  const longNamed = async (): Promise<ScorecardDocument> => {
    const doc = await loadDemo(KAZUO);
    doc.tourism![1]!.label = { zh: '2024年国庆中秋双节假期喀左龙源湖国家湿地公园景区', en: 'National Day and Mid-Autumn holidays 2024' };
    return doc;
  };

  it('keeps one tab stop, on the focused mark, when new data arrives, and the focus on its figure where the figure stays', async () => {
    const chart = await inBox(700, html`<sc-tourism-surge lang="zh" src=${KAZUO}></sc-tourism-surge>`);
    const tabStops = () => marks(chart).filter((mark) => mark.tabIndex === 0);
    const focused = () => root(chart).activeElement as SVGGElement | null;
    // Qingming's 2024 bar (the second mark: the Spring Festival has one), focused as the arrow keys would.
    marks(chart)[1]!.focus();
    await chart.updateComplete;
    const name = focused()!.getAttribute('aria-label')!;
    expect(name).to.match(/^接待游客，2024年：24\.1万人次/);
    // Only that holiday now: its bar is first, and keeps the focus.
    chart.setAttribute('events', 'qingming-2024');
    await chart.updateComplete;
    await chart.updateComplete;
    expect(focused()?.getAttribute('aria-label')).to.equal(name);
    expect(tabStops()).to.deep.equal([focused()]);
    // Another document: the focus stays in the chart, on a mark that is the one tab stop.
    chart.removeAttribute('events');
    chart.src = SHUANGTA;
    await loaded(chart);
    await chart.updateComplete;
    expect(focused(), 'a mark has the focus').to.not.equal(null);
    expect(tabStops()).to.deep.equal([focused()]);
  });

  it('keeps the focus on a scrolling table whose box grows until it fits (a phone turned on its side)', async () => {
    const element = await inBox(600, html`<sc-tourism-surge lang="zh" .data=${await longNamed()}></sc-tourism-surge>`);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
    await element.updateComplete;
    const wrap = element.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.tabIndex).to.equal(0);
    wrap.focus();
    element.parentElement!.style.width = '1200px';
    await frame();
    await frame();
    await element.updateComplete;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    expect(element.shadowRoot!.activeElement).to.equal(wrap);
  });

  it('fades out at the side where more columns lie, and not at all when the table fits', async () => {
    const open = async (width: number) => {
      const element = await inBox(width, html`<sc-tourism-surge lang="zh" .data=${await longNamed()}></sc-tourism-surge>`);
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
      await element.updateComplete;
      await frame();
      return element.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    };
    /** Which edges are faded: the mask's gradient runs to transparent at them. */
    const fadedEdges = async (wrap: HTMLElement, scrollLeft: number) => {
      wrap.scrollLeft = scrollLeft;
      await frame();
      await frame();
      const mask = getComputedStyle(wrap).maskImage;
      if (mask === 'none') return [];
      const stops = mask.match(/rgba?\([^)]*\)/g)!;
      const clear = (stop: string) => stop.startsWith('rgba') && stop.endsWith(', 0)');
      const towardsRight = mask.includes('to right');
      const [first, last] = [clear(stops[0]!), clear(stops.at(-1)!)];
      return [...((towardsRight ? first : last) ? ['left'] : []), ...((towardsRight ? last : first) ? ['right'] : [])];
    };
    // Wider than a phone (where rows are blocks), narrower than the table.
    const phone = await open(600);
    const middle = Math.floor((phone.scrollWidth - phone.clientWidth) / 2);
    expect(middle).to.be.greaterThan(10);
    // A table that scrolls takes a tab stop, for the keyboard to scroll it; one that fits takes none.
    expect(phone.tabIndex).to.equal(0);
    expect(await fadedEdges(phone, 0)).to.deep.equal(['right']);
    expect(await fadedEdges(phone, middle)).to.deep.equal(['left', 'right']);
    expect(await fadedEdges(phone, phone.scrollWidth)).to.deep.equal(['left']);
    // Focused, the table shows its focus ring whole; the mask would clip it.
    await sendKeys({ press: 'Shift' });
    phone.focus();
    expect(phone.matches(':focus-visible')).to.equal(true);
    expect(await fadedEdges(phone, middle)).to.deep.equal([]);
    phone.blur();
    const wide = await open(1100);
    expect(wide.scrollWidth).to.equal(wide.clientWidth);
    expect(wide.hasAttribute('tabindex')).to.equal(false);
    expect(await fadedEdges(wide, 0)).to.deep.equal([]);
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(await fadedEdges(phone, middle)).to.deep.equal([]);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('sc-tourism-surge typesetting', () => {
  it('keeps a derived figure whole in a narrow panel, its mark down a line, and cuts nothing off', async () => {
    // Shuangta's Fenghuang Mountain in a 240 px column, the reader's text at twice its size.
    document.documentElement.style.fontSize = '200%';
    try {
      const chart = await inBox(240, html`<div style="font-family: ${CJK_FONT}"><sc-tourism-surge lang="zh" src=${SHUANGTA}></sc-tourism-surge></div>`);
      const labels = [...chart.shadowRoot!.querySelectorAll('text.value-label')];
      expect(labels.map((label) => label.textContent).join('|')).to.contain('日均800余人次|（推算）');
      const panel = chart.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      for (const label of labels) expect(label.getBoundingClientRect().right, label.textContent!).to.be.at.most(panel.right + 0.5);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('never leaves the growth line\'s arrow alone on a line (▲ / 为去年同期的…) in a narrow panel at a large text size', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      for (const width of [200, 220, 240, 280, 320]) {
        const chart = await inBox(width, html`<div style="font-family: ${CJK_FONT}"><sc-tourism-surge lang="zh" src=${SHUANGTA}></sc-tourism-surge></div>`);
        for (const surge of chart.shadowRoot!.querySelectorAll('[part=surge]')) {
          const lines = visualLines(surge);
          expect(lines[0], `${width} px: ${lines.join(' / ')}`).to.match(/^[▲▼]\s*\S/);
        }
        chart.closest('div[style*="width"]')!.remove();
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('breaks a big figure too wide for its panel before its unit, never inside it (200 / 余万人次, not 200余万人 / 次)', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      for (const width of [200, 220, 240]) {
        const chart = await inBox(width, html`<div style="font-family: ${CJK_FONT}"><sc-tourism-surge lang="zh" src=${SHUANGTA}></sc-tourism-surge></div>`);
        const figure = chart.shadowRoot!.querySelector('.value-alone')!;
        expect(figure.textContent!.trim()).to.equal('200余万人次');
        const lines = visualLines(figure);
        expect(['200余万人次', '200|余万人次'], `${width} px`).to.include(lines.join('|'));
        chart.closest('div[style*="width"]')!.remove();
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('starts a Chinese line that wraps to an opening bracket flush, not indented by the bracket\'s own space', async function () {
    const bracket = (element: Element) => {
      const { em, top } = glyphOf(element, '（');
      return { em, wrapped: top > 4 };
    };
    // The widths at which a growth line wraps just before its bracket.
    const surges: { em: number; wrapped: boolean }[] = [];
    for (const width of [320, 240, 260, 280, 300, 340]) {
      const chart = await inBox(width, html`<div style="font-family: ${CJK_FONT}"><sc-tourism-surge lang="zh" src=${KAZUO}></sc-tourism-surge></div>`);
      // Only where a Chinese font is installed: within a line (at 320 px) its bracket is full width (次（未公布…）).
      if (width === 320 && bracket(chart.shadowRoot!.querySelector('[part=summary]')!).em < 0.9) this.skip();
      surges.push(...[...chart.shadowRoot!.querySelectorAll('[part=surge]')].map(bracket).filter((at) => at.wrapped));
      chart.closest('div[style*="width"]')!.remove();
    }
    expect(surges.length, 'a growth line wrapped at its bracket').to.be.greaterThan(0);
    // Its blank half, which would indent the line, is trimmed: the bracket is half as wide.
    for (const at of surges) expect(at.em, 'the bracket at the start of a line').to.be.below(0.6);
  });
});

describe('sc-tourism-surge data table in Chinese', () => {
  it('never scrolls sideways: six columns fit, or its rows stack, at every width', async () => {
    let stacked = 0;
    for (const src of [KAZUO, SHUANGTA]) {
      for (const width of [500, 540, 580, 620, 700]) {
        const chart = await inBox(width, html`<sc-tourism-surge lang="zh" src=${src}></sc-tourism-surge>`);
        chart.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
        await chart.updateComplete;
        const table = chart.shadowRoot!.querySelector('table')!;
        const wrap = table.parentElement!;
        expect(wrap.scrollWidth, `${src.split('/').pop()} at ${width} px`).to.be.at.most(wrap.clientWidth + 1);
        if (getComputedStyle(table).display === 'block') {
          stacked += 1;
          // The change in words reads as one line of text after its column's name, not spread across the row.
          const change = [...table.querySelectorAll('td')].find((cell) => cell.dataset['label'] === '同比变化' && /倍/.test(cell.textContent!))!;
          expect(change.children, 'one run of text').to.have.length(1);
        }
        chart.parentElement!.remove();
      }
    }
    // Stacked in the narrower boxes, a table in the wider.
    expect(stacked).to.be.within(1, 9);
  });
});
