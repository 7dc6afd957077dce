import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { ScProjectFunnel } from './project-funnel.component.js';
import { projectFunnelView } from './project-funnel.view.js';
import { failed, frame, LINGYUAN, loadDemo, loaded, loadsAfterWaiting, partText, seenTextOf, shadowText, textOf, withEvents, inBox as inBoxOf, hover, centre } from '../../../tests/helpers.js';
import type { Pipeline, ScorecardDocument } from '../../schema/document.js';

const inBox = (width: number, content: ReturnType<typeof html>) => inBoxOf<ScProjectFunnel>(width, content);

const root = (element: ScProjectFunnel) => element.shadowRoot!;
const text = textOf;
const marks = (element: ScProjectFunnel) => [...root(element).querySelectorAll<SVGGElement>('[data-mark]')];
const markTexts = (mark: Element) => [...mark.querySelectorAll('text')].map(text);
const summary = (element: ScProjectFunnel) => partText(element, '[part=summary]');
const mode = (element: ScProjectFunnel) => root(element).querySelector('.plot')!.className.match(/mode-(\w+)/)![1];
const tooltip = (element: ScProjectFunnel) => root(element).querySelector('[part=tooltip]');
/** The table's rows as seen (an empty cell's dash; the word a screen reader hears for it is out of sight). */
const tableRows = (element: ScProjectFunnel) =>
  [...root(element).querySelectorAll('[part=table] tr')].map((row) => [...row.children].map(seenTextOf));

/** A copy of Lingyuan with its pipelines replaced, flagged illustrative. */
const withPipeline = async (...stages: Pipeline['stages'][]): Promise<ScorecardDocument> => {
  const doc = await loadDemo(LINGYUAN);
  doc.illustrative = true;
  doc.pipelines = stages.map((list, index) => ({ id: `p${index}`, label: { zh: '招商引资项目', en: 'Investment-promotion projects' }, unit: 'count', stages: list }));
  return doc;
};
const stage = (zh: string, en: string, count: number | null, amount?: number) => ({
  label: { zh, en },
  count,
  ...(amount !== undefined && { amount: { value: amount, unit: '100m-cny' as const } }),
});

const overlaps = (a: DOMRect, b: DOMRect) => {
  // Glyph boxes include the font's full ascent and descent: compare their middle 70% vertically.
  const inset = (box: DOMRect) => ({ left: box.left, right: box.right, top: box.top + box.height * 0.15, bottom: box.bottom - box.height * 0.15 });
  const [p, q] = [inset(a), inset(b)];
  return p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
};

/** Every text stays inside the drawing, no two texts overlap, and the drawing fits its box. */
const expectLegible = (element: ScProjectFunnel) => {
  const drawing = root(element).querySelector('svg')!;
  const area = drawing.getBoundingClientRect();
  expect(area.width, 'the drawing fits the element').to.be.at.most(element.getBoundingClientRect().width + 0.5);
  const texts = [...drawing.querySelectorAll('text')].map((node) => ({ node, box: node.getBoundingClientRect() }));
  expect(texts.length).to.be.greaterThan(0);
  for (const { node, box } of texts) {
    expect(box.left, `'${node.textContent}' starts inside`).to.be.at.least(area.left - 0.5);
    expect(box.right, `'${node.textContent}' ends inside`).to.be.at.most(area.right + 0.5);
    expect(box.top, `'${node.textContent}' below the top`).to.be.at.least(area.top - 2);
    expect(box.bottom, `'${node.textContent}' above the bottom`).to.be.at.most(area.bottom + 2);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      expect(overlaps(texts[i]!.box, texts[j]!.box), `'${texts[i]!.node.textContent}' overlaps '${texts[j]!.node.textContent}'`).to.equal(false);
    }
  }
};

describe('sc-project-funnel', () => {
  it('reads Lingyuan 156 → 27 (17.3%) → 22 (81.5%) in Chinese', async () => {
    const funnel = await inBox(1000, html`<sc-project-funnel lang="zh" src=${LINGYUAN}></sc-project-funnel>`);
    expect(partText(funnel, '[part=title]')).to.equal('凌源市招商引资项目');
    expect(summary(funnel)).to.equal(
      '上半年（截至6月末），对接洽谈项目156个；签约项目27个，占对接洽谈的17.3%；落地开工项目22个，占签约的81.5%、对接洽谈的14.1%。',
    );
    expect(mode(funnel)).to.equal('horizontal');
    const [negotiated, signed, started] = marks(funnel);
    expect(markTexts(negotiated!)).to.deep.equal(['对接洽谈', '156个']);
    expect(markTexts(signed!)).to.deep.equal(['签约', '27个', '占对接洽谈的', '17.3%']);
    expect(markTexts(started!)).to.deep.equal(['落地开工', '22个', '占签约的', '81.5%', '占对接洽谈的14.1%']);
    expect(signed!.getAttribute('aria-label')).to.equal('签约：27个，占对接洽谈的17.3%，转化率为推算值');
    expect(root(funnel).querySelector('svg[role=group]')!.getAttribute('aria-label')).to.equal('漏斗图，共3个阶段');
    expect(partText(funnel, '[part=source]')).to.equal('来源：辽宁地方报纸报道');
    expect(root(funnel).querySelector('[part=illustrative]')).to.equal(null);
    expectLegible(funnel);
    await expect(funnel).to.be.accessible();
  });

  it('reads the same pipeline in English', async () => {
    const funnel = await inBox(1000, html`<sc-project-funnel lang="en" src=${LINGYUAN}></sc-project-funnel>`);
    expect(partText(funnel, '[part=title]')).to.equal('Investment-promotion projects, Lingyuan City');
    expect(summary(funnel)).to.equal(
      'First half (to end of June): 156 projects negotiated, 27 signed (17.3% of negotiated), 22 landed and started (81.5% of signed, 14.1% of negotiated).',
    );
    expect(marks(funnel).map((mark) => mark.getAttribute('aria-label'))).to.deep.equal([
      'Negotiated: 156 projects',
      'Signed: 27 projects, 17.3% of negotiated, rate derived, not published',
      'Landed and started: 22 projects, 81.5% of signed, 14.1% of negotiated, rates derived, not published',
    ]);
    expect(root(funnel).querySelector('svg[role=group]')!.getAttribute('aria-label')).to.equal('Funnel chart, 3 stages');
    expectLegible(funnel);
  });

  it('draws the bars in proportion, and the rates never typed in the document', async () => {
    const funnel = await inBox(1000, html`<sc-project-funnel lang="en" src=${LINGYUAN}></sc-project-funnel>`);
    const heights = marks(funnel).map((mark) => mark.querySelector('.bar')!.getBoundingClientRect().height);
    expect(heights[1]! / heights[0]!).to.be.closeTo(27 / 156, 0.01);
    expect(heights[2]! / heights[0]!).to.be.closeTo(22 / 156, 0.01);
    const doc = await loadDemo(LINGYUAN);
    expect(JSON.stringify(doc.pipelines)).not.to.contain('17.3');
    expect(root(funnel).querySelectorAll('.band')).to.have.length(2);
  });

  it('shows the second pipeline by id', async () => {
    const funnel = await inBox(1000, html`<sc-project-funnel lang="en" src=${LINGYUAN} pipeline="enclave"></sc-project-funnel>`);
    expect(partText(funnel, '[part=title]')).to.equal('“Enclave” projects, Lingyuan City');
    // Its stages are separate counts (rates: false): no rate is computed.
    expect(summary(funnel)).to.equal('First half (to end of June): under negotiation 38, newly signed 19, landed 18 (counted separately).');
    funnel.lang = 'zh';
    await funnel.updateComplete;
    expect(summary(funnel)).to.equal('上半年（截至6月末），在谈项目38个，新签约项目19个，落地项目18个（分别统计）。');
  });

  it('says "projects" once where a stage\'s label already names them', async () => {
    // Lingyuan's 108 key projects under way, and its investment-promotion stages named as projects.
    const underWay = await withPipeline([stage('在建重点项目', 'Key projects under way', 108)]);
    underWay.pipelines![0]!.rates = false;
    const one = await inBox(1000, html`<sc-project-funnel lang="zh" .data=${underWay}></sc-project-funnel>`);
    expect(summary(one)).to.equal('上半年（截至6月末），在建重点项目108个。');
    one.lang = 'en';
    await one.updateComplete;
    expect(summary(one)).to.equal('First half (to end of June): “Key projects under way” 108.');
    expect(marks(one)[0]!.getAttribute('aria-label')).to.equal('Key projects under way: 108');

    const named = await withPipeline([stage('对接洽谈项目', 'Projects negotiated', 156), stage('签约项目', 'Projects signed', 27), stage('落地开工', 'Landed and started', 22)]);
    const flow = await inBox(1000, html`<sc-project-funnel lang="zh" .data=${named}></sc-project-funnel>`);
    expect(summary(flow)).to.equal('上半年（截至6月末），对接洽谈项目156个；签约项目27个，占对接洽谈项目的17.3%；落地开工项目22个，占签约项目的81.5%、对接洽谈项目的14.1%。');
    flow.lang = 'en';
    await flow.updateComplete;
    expect(summary(flow)).to.equal(
      'First half (to end of June): “Projects negotiated” 156, “Projects signed” 27 (17.3% of “Projects negotiated”), 22 landed and started (81.5% of “Projects signed”, 14.1% of “Projects negotiated”).',
    );
    expect(marks(flow).map((mark) => mark.getAttribute('aria-label')!.split(', ')[0])).to.deep.equal(['Projects negotiated: 156', 'Projects signed: 27', 'Landed and started: 22 projects']);
  });

  it('is as tall as what it shows once loaded, a short pipeline on a phone too', async () => {
    // Lingyuan's enclave projects, their first stages as published (38 under negotiation, 19 newly signed).
    for (const count of [1, 2]) {
      const doc = await loadDemo(LINGYUAN);
      const enclave = doc.pipelines!.find((pipeline) => pipeline.id === 'enclave')!;
      enclave.stages = enclave.stages.slice(0, count);
      for (const lang of ['zh', 'en']) {
        const funnel = await inBox(320, html`<sc-project-funnel lang=${lang} .data=${doc} pipeline="enclave"></sc-project-funnel>`);
        const figure = root(funnel).querySelector('figure')!;
        const shown = [...figure.children].filter((child) => !child.classList.contains('visually-hidden') && child.getBoundingClientRect().height > 0);
        const blank = funnel.getBoundingClientRect().bottom - Math.max(...shown.map((child) => child.getBoundingClientRect().bottom));
        expect(blank, `${count} stage(s), ${lang}`).to.be.lessThan(1);
      }
    }
  });

  it('has a data table with counts and both rates', async () => {
    const funnel = await inBox(1000, html`<sc-project-funnel lang="en" src=${LINGYUAN}></sc-project-funnel>`);
    const toggle = root(funnel).querySelector<HTMLButtonElement>('[part=table-toggle]')!;
    expect(toggle.getAttribute('aria-label')).to.equal('Show data table for Investment-promotion projects, Lingyuan City');
    expect(tableRows(funnel)).to.deep.equal([
      ['Stage', 'Projects', 'Share of previous stage (derived)', 'Share of first stage (derived)'],
      ['Negotiated', '156', '—', '—'],
      ['Signed', '27', '17.3%', '17.3%'],
      ['Landed and started', '22', '81.5%', '14.1%'],
    ]);
    expect(partText(funnel, '[part=table] caption')).to.equal('Investment-promotion projects, Lingyuan City, first half (to end of June)');
    toggle.click();
    await funnel.updateComplete;
    expect(toggle.textContent!.trim()).to.match(/^Hide data table/);
    expect(root(funnel).querySelector('[part=table]')!.getBoundingClientRect().height).to.be.greaterThan(60);
    await expect(funnel).to.be.accessible();
  });

  describe('rates are computed, and said to be', () => {
    it('says under the chart that the rates are computed, and marks the rate columns (zh)', async () => {
      const funnel = await inBox(1000, html`<sc-project-funnel lang="zh" src=${LINGYUAN}></sc-project-funnel>`);
      const notes = root(funnel).querySelector('[part=notes]')!;
      expect([...notes.querySelectorAll('li')].map(text)).to.deep.equal(['转化率由公布的数字推算，原报道未公布。']);
      // Visible, and under the drawing.
      expect(notes.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(notes.getBoundingClientRect().top).to.be.at.least(root(funnel).querySelector('[part=chart]')!.getBoundingClientRect().bottom - 0.5);
      expect(tableRows(funnel)[0]).to.deep.equal(['阶段', '项目数', '占上一阶段比例（推算）', '占第一阶段比例（推算）']);
      // The rates and the sentence are as before.
      expect(summary(funnel)).to.contain('占签约的81.5%、对接洽谈的14.1%');
      expect(tableRows(funnel)[3]).to.deep.equal(['落地开工', '22个', '81.5%', '14.1%']);
    });

    it('says so in English, and names the measure when the table has both', async () => {
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" src=${LINGYUAN}></sc-project-funnel>`);
      expect(partText(funnel, '[part=notes]')).to.equal('Conversion rates are derived from the published counts; the source does not give them.');
      const doc = await withPipeline([stage('对接洽谈', 'Negotiated', 156, 80), stage('签约', 'Signed', 27, 96)]);
      const amounts = await inBox(1000, html`<sc-project-funnel lang="en" measure="amount" .data=${doc}></sc-project-funnel>`);
      expect(partText(amounts, '[part=notes]')).to.contain('Conversion rates are derived from the published amounts; the source does not give them.');
      expect(tableRows(amounts)[0]).to.deep.equal([
        'Stage',
        'Projects',
        'Investment',
        'Share of previous stage, by investment (derived)',
        'Share of first stage, by investment (derived)',
      ]);
      const zh = projectFunnelView(doc, doc.pipelines![0]!, 'count', 'zh');
      expect(zh.table.columns.map((column) => column.label).slice(3)).to.deep.equal(['占上一阶段比例（按项目数，推算）', '占第一阶段比例（按项目数，推算）']);
      expect(zh.notes[0]).to.equal('转化率由公布的数字推算，原报道未公布。');
    });

    it('has no such note when no rate is shown', async () => {
      const one = await withPipeline([stage('对接洽谈', 'Negotiated', 156)]);
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" .data=${one}></sc-project-funnel>`);
      expect(root(funnel).querySelector('[part=notes]')).to.equal(null);
      const unpublished = await withPipeline([stage('对接洽谈', 'Negotiated', 156), stage('签约', 'Signed', null)]);
      expect(projectFunnelView(unpublished, unpublished.pipelines![0]!, 'count', 'en').notes.join(' ')).not.to.contain('computed from the published');
    });
  });

  it('keeps the case of a stage label that is a name, quoted, while a verb reads as a word of the sentence', async () => {
    const doc = await withPipeline([stage('京洽会', 'Beijing talks', 5), stage('签约', 'Signed', 1)]);
    const view = projectFunnelView(doc, doc.pipelines![0]!, 'count', 'en');
    expect(view.summary).to.contain('5 projects “Beijing talks”');
    expect(view.summary).to.contain('1 signed');
    expect(view.summary).not.to.contain('beijing');
  });

  describe('separate counts (rates: false)', () => {
    const enclave = (lang: string, width = 1000, orientation = 'horizontal') =>
      inBox(width, html`<sc-project-funnel lang=${lang} orientation=${orientation} src=${LINGYUAN} pipeline="enclave"></sc-project-funnel>`);

    it('shows Lingyuan’s enclave counts side by side with no rate anywhere (en)', async () => {
      const funnel = await enclave('en');
      expect(summary(funnel)).to.equal('First half (to end of June): under negotiation 38, newly signed 19, landed 18 (counted separately).');
      expect(marks(funnel).map(markTexts)).to.deep.equal([
        ['Under negotiation', '38'],
        ['Newly signed', '19'],
        ['Landed', '18'],
      ]);
      expect(marks(funnel).map((mark) => mark.getAttribute('aria-label'))).to.deep.equal(['Under negotiation: 38 projects', 'Newly signed: 19 projects', 'Landed: 18 projects']);
      expect(partText(funnel, '[part=notes]')).to.equal('The stages are counted separately; no conversion rates are computed.');
      expect(tableRows(funnel)).to.deep.equal([
        ['Stage', 'Projects'],
        ['Under negotiation', '38'],
        ['Newly signed', '19'],
        ['Landed', '18'],
      ]);
      for (const index of [0, 1, 2]) {
        marks(funnel)[index]!.focus();
        await funnel.updateComplete;
        expect(text(tooltip(funnel))).not.to.contain('%');
      }
      expect(shadowText(funnel)).not.to.match(/%|rate:|of negotiat|of under|of those/);
      expect(shadowText(funnel, 'svg')).not.to.contain('%');
      expectLegible(funnel);
      await expect(funnel).to.be.accessible();
    });

    it('says the same in Chinese', async () => {
      const funnel = await enclave('zh');
      expect(summary(funnel)).to.equal('上半年（截至6月末），在谈项目38个，新签约项目19个，落地项目18个（分别统计）。');
      expect(marks(funnel).map(markTexts)).to.deep.equal([
        ['在谈', '38个'],
        ['新签约', '19个'],
        ['落地', '18个'],
      ]);
      expect(partText(funnel, '[part=notes]')).to.equal('各阶段为独立统计，不计算转化率。');
      expect(tableRows(funnel)[0]).to.deep.equal(['阶段', '项目数']);
      expect(shadowText(funnel)).not.to.match(/%|转化率[^。]*[0-9]|为在谈的|为新签约的/);
      expectLegible(funnel);
    });

    it('draws plain bars from a common zero, in proportion, with no bands between them', async () => {
      for (const [width, orientation, expected] of [
        [1000, 'horizontal', 'horizontal'],
        [1000, 'vertical', 'vertical'],
        [280, 'horizontal', 'list'],
      ] as const) {
        for (const lang of ['en', 'zh']) {
          const funnel = await enclave(lang, width, orientation);
          expect(mode(funnel)).to.equal(expected);
          // Named as what is drawn: a funnel would say each stage came from the one before.
          const name = root(funnel).querySelector('svg[role=group]')!.getAttribute('aria-label');
          const kind = expected === 'horizontal' ? ['Column chart, 3 stages', '柱形图，共3个阶段'] : ['Bar chart, 3 stages', '条形图，共3个阶段'];
          expect(name).to.equal(lang === 'en' ? kind[0] : kind[1]);
          expect(root(funnel).querySelectorAll('.band'), `${expected}: no bands`).to.have.length(0);
          const bars = marks(funnel).map((mark) => mark.querySelector('.bar')!.getBoundingClientRect());
          const length = (box: DOMRect) => (expected === 'horizontal' ? box.height : box.width);
          expect(length(bars[1]!) / length(bars[0]!)).to.be.closeTo(19 / 38, 0.01);
          expect(length(bars[2]!) / length(bars[0]!)).to.be.closeTo(18 / 38, 0.01);
          // One zero for all: columns stand on one line, rows start at one edge.
          for (const bar of bars) {
            if (expected === 'horizontal') expect(bar.bottom).to.be.closeTo(bars[0]!.bottom, 0.5);
            else expect(bar.left).to.be.closeTo(bars[0]!.left, 0.5);
          }
          expect(shadowText(funnel, 'svg')).not.to.contain('%');
          expectLegible(funnel);
          await expect(funnel).to.be.accessible();
        }
      }
    });

    it('computes no rate for separate counts of any shape, and names no missing rate', async () => {
      const doc = await withPipeline([
        stage('在谈', 'Under negotiation', 38, 12),
        stage('新签约', 'Newly signed', null, 40),
        stage('落地', 'Landed', 0),
        stage('投产', 'Producing', 7),
      ]);
      doc.pipelines![0]!.rates = false;
      for (const lang of ['en', 'zh'] as const) {
        for (const measure of ['count', 'amount'] as const) {
          const view = projectFunnelView(doc, doc.pipelines![0]!, measure, lang);
          const said = [view.summary, ...view.notes, ...view.stages.flatMap((item) => item.details), ...view.table.columns.map((column) => column.label), ...view.table.rows.flat()].join(' ');
          expect(said).not.to.match(/%|no rate|无转化率|computed from the published|转化率由|larger than|大于|undefined|无定义/);
          expect(view.layout.every((item) => !item.previous && !item.first)).to.equal(true);
          expect(view.stages.every((item) => !item.fromPrevious && !item.fromFirst)).to.equal(true);
        }
      }
      expect(projectFunnelView(doc, doc.pipelines![0]!, 'count', 'en').summary).to.equal(
        'First half (to end of June): under negotiation 38, newly signed not published, landed 0, producing 7 (counted separately).',
      );
      expect(projectFunnelView(doc, doc.pipelines![0]!, 'count', 'zh').summary).to.equal(
        '上半年（截至6月末），在谈项目38个，新签约项目数未公布，落地项目0个，投产项目7个（分别统计）。',
      );
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" .data=${doc}></sc-project-funnel>`);
      expect(root(funnel).querySelectorAll('.band')).to.have.length(0);
      expect(shadowText(funnel, 'svg')).not.to.contain('%');
      expectLegible(funnel);
    });
  });

  describe('what a rate is "of", in English', () => {
    it('reads a state label as "of those …" and keeps participles as they are', async () => {
      // The enclave labels in a pipeline that does move through its stages (made up).
      const doc = await withPipeline([stage('在谈', 'Under negotiation', 38), stage('新签约', 'Newly signed', 19), stage('落地', 'Landed', 18)]);
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" .data=${doc}></sc-project-funnel>`);
      expect(summary(funnel)).to.equal(
        'First half (to end of June): 38 projects under negotiation, 19 newly signed (50.0% of those under negotiation), 18 landed (94.7% of newly signed, 47.4% of those under negotiation).',
      );
      expect(marks(funnel)[2]!.getAttribute('aria-label')).to.equal('Landed: 18 projects, 94.7% of newly signed, 47.4% of those under negotiation, rates derived, not published');
      expect(shadowText(funnel)).not.to.contain('of under');
      expectLegible(funnel);
    });

    it('quotes any other label rather than misreading it', async () => {
      const doc = await withPipeline([stage('意向协议', 'Letter of intent', 64), stage('正式签约', 'Signed', 27), stage('开工', 'Under construction', 22), stage('投产', 'Producing', 9)]);
      const view = projectFunnelView(doc, doc.pipelines![0]!, 'count', 'en');
      expect(view.stages[1]!.details).to.deep.equal(['Signed: 27 projects', '42.2% of “Letter of intent”', 'rate derived, not published']);
      expect(view.stages[3]!.details).to.deep.equal(['Producing: 9 projects', '40.9% of those under construction', '14.1% of “Letter of intent”', 'rates derived, not published']);
      expect(view.table.rows[1]).to.deep.equal(['Signed', '27', '42.2%', '42.2%']);
      const gap = await withPipeline([stage('在谈', 'Under negotiation', null), stage('签约', 'Signed', 27)]);
      expect(projectFunnelView(gap, gap.pipelines![0]!, 'count', 'en').stages[1]!.details).to.include('no rate: “Under negotiation” not published');
      const growing = await withPipeline([stage('在谈', 'Under negotiation', 10), stage('投产', 'Producing', 12)]);
      expect(projectFunnelView(growing, growing.pipelines![0]!, 'count', 'en').notes).to.include(
        '“Producing” is larger than “Under negotiation” (120.0%): the stages do not narrow at every step.',
      );
    });
  });

  describe('keyboard and pointer', () => {
    it('has one tab stop; arrows move between stages; the focused stage shows its details; Escape hides them', async () => {
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" src=${LINGYUAN}></sc-project-funnel>`);
      const all = marks(funnel);
      expect(all.map((mark) => mark.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
      all[0]!.focus();
      await funnel.updateComplete;
      expect([...tooltip(funnel)!.children].map(text)).to.deep.equal(['Negotiated: 156 projects']);
      all[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await funnel.updateComplete;
      expect(root(funnel).activeElement).to.equal(all[1]);
      expect([...tooltip(funnel)!.children].map(text)).to.deep.equal(['Signed: 27 projects', '17.3% of negotiated', 'rate derived, not published']);
      expect(marks(funnel).map((mark) => mark.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
      all[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await funnel.updateComplete;
      expect(root(funnel).activeElement).to.equal(all[2]);
      expect([...tooltip(funnel)!.children].map(text)).to.deep.equal(['Landed and started: 22 projects', '81.5% of signed', '14.1% of negotiated', 'rates derived, not published']);
      all[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await funnel.updateComplete;
      expect(tooltip(funnel)).to.equal(null);
      await expect(funnel).to.be.accessible();
    });

    it('gives the last stage\'s details their full width, inside the chart', async () => {
      const funnel = await inBox(700, html`<sc-project-funnel lang="en" src=${LINGYUAN}></sc-project-funnel>`);
      const last = marks(funnel)[2]!;
      last.focus();
      await funnel.updateComplete;
      const chart = root(funnel).querySelector('.plot')!.getBoundingClientRect();
      const tip = tooltip(funnel)!.getBoundingClientRect();
      // Not squeezed into the room right of the stage, a word or two a line ("81.5% of / signed").
      const lines = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      expect([...tooltip(funnel)!.children].map(lines)).to.deep.equal([1, 1, 1, 1]);
      expect(tip.left).to.be.at.least(chart.left - 0.5);
      expect(tip.right).to.be.at.most(chart.right + 0.5);
    });

    it('shows the same details on hover as on focus, and hides them when the pointer leaves', async () => {
      const funnel = await inBox(1000, html`<sc-project-funnel lang="zh" src=${LINGYUAN}></sc-project-funnel>`);
      const signed = marks(funnel)[1]!;
      hover(signed.querySelector('.hit')!);
      await funnel.updateComplete;
      const lines = [...tooltip(funnel)!.children].map(text);
      expect(lines).to.deep.equal(['签约：27个', '占对接洽谈的17.3%', '转化率为推算值']);
      expect(lines.join('，')).to.equal(signed.getAttribute('aria-label'));
      // The tooltip stays inside the chart.
      const chart = root(funnel).querySelector('.plot')!.getBoundingClientRect();
      const tip = tooltip(funnel)!.getBoundingClientRect();
      expect(tip.left).to.be.at.least(chart.left - 0.5);
      expect(tip.right).to.be.at.most(chart.right + 0.5);
      root(funnel).querySelector('.plot')!.dispatchEvent(new PointerEvent('pointerleave'));
      await funnel.updateComplete;
      expect(tooltip(funnel)).to.equal(null);
    });

    // A real pointer crosses every pixel between the stage and its details, below the drawing.
    for (const lang of ['zh', 'en'] as const) {
      it(`keeps a stage's details while the pointer moves down onto them, pixel by pixel (${lang}, WCAG 1.4.13)`, async () => {
        const funnel = await inBox(700, html`<sc-project-funnel lang=${lang} src=${LINGYUAN}></sc-project-funnel>`);
        try {
          const [x, top] = centre(marks(funnel)[1]!.querySelector('.hit')!.getBoundingClientRect());
          await sendMouse({ type: 'move', position: [Math.round(x), Math.round(top)] });
          await funnel.updateComplete;
          const shown = text(tooltip(funnel)!.firstElementChild!);
          const target = tooltip(funnel)!.getBoundingClientRect();
          const lost: number[] = [];
          for (let y = Math.round(top) + 2; y <= Math.round(target.top + 6); y += 2) {
            await sendMouse({ type: 'move', position: [Math.round(x), y] });
            await funnel.updateComplete;
            if (!tooltip(funnel) || text(tooltip(funnel)!.firstElementChild!) !== shown) lost.push(y - Math.round(target.top));
          }
          // Pixels above the tooltip's top (negative) where the details went away or changed.
          expect(lost).to.deep.equal([]);
        } finally {
          await resetMouse();
        }
      });
    }
  });

  describe('data that is not a tidy funnel', () => {
    it('shows a signed amount larger than the negotiated one as a rate above 100%, unclipped', async () => {
      const doc = await withPipeline([
        stage('对接洽谈', 'Negotiated', 156, 80),
        stage('签约', 'Signed', 27, 96),
        stage('落地开工', 'Landed and started', 22, 52),
      ]);
      for (const width of [1000, 280]) {
        const funnel = await inBox(width, html`<sc-project-funnel lang="en" measure="amount" .data=${doc}></sc-project-funnel>`);
        expect(partText(funnel, '[part=illustrative]')).to.equal('Illustrative data, not real figures');
        expect(summary(funnel)).to.equal(
          'First half (to end of June), investment: 8 billion yuan negotiated, 9.6 billion yuan signed (120.0% of negotiated), 5.2 billion yuan landed and started (54.2% of signed, 65.0% of negotiated).',
        );
        expect(shadowText(funnel, 'svg')).to.contain('▲ 120.0%');
        // Rows: the ▲ in place of the arrow down from the stage above, not both.
        if (width === 280) expect(markTexts(marks(funnel)[1]!)[0]).to.equal('▲ 120.0% of negotiated');
        expect(shadowText(funnel, 'svg')).not.to.contain('↓ ▲');
        expect(partText(funnel, '[part=notes]')).to.contain('Signed is larger than negotiated (120.0%): the stages do not narrow at every step.');
        // The larger stage gets the longer bar: the shape widens where the figures grow.
        const bars = marks(funnel).map((mark) => mark.querySelector('.bar')!.getBoundingClientRect());
        const length = (box: DOMRect) => (width === 1000 ? box.height : box.width);
        expect(length(bars[1]!)).to.be.greaterThan(length(bars[0]!));
        expect(length(bars[1]!) / length(bars[0]!)).to.be.closeTo(1.2, 0.01);
        // Counts still show, smaller.
        expect(markTexts(marks(funnel)[0]!)).to.include('156 projects');
        expectLegible(funnel);
        await expect(funnel).to.be.accessible();
      }
    });

    it('shows a later count larger than an earlier one honestly in Chinese', async () => {
      const doc = await withPipeline([stage('签约', 'Signed', 12), stage('开工', 'Started', 15), stage('投产', 'Producing', 9)]);
      const funnel = await inBox(1000, html`<sc-project-funnel lang="zh" .data=${doc}></sc-project-funnel>`);
      expect(summary(funnel)).to.equal('上半年（截至6月末），签约项目12个；开工项目15个，为签约的125.0%；投产项目9个，占开工的60.0%、签约的75.0%。');
      expect(markTexts(marks(funnel)[1]!)).to.deep.equal(['开工', '15个', '为签约的', '▲ 125.0%']);
      expect(partText(funnel, '[part=notes]')).to.contain('开工大于签约（为其125.0%）：各阶段并非逐级收窄。');
      expect(tableRows(funnel)[2]).to.deep.equal(['开工', '15个', '125.0%', '125.0%']);
    });

    it('says "not published" for a missing count and computes no rate from it', async () => {
      const doc = await withPipeline([stage('对接洽谈', 'Negotiated', 156), stage('签约', 'Signed', null), stage('落地开工', 'Landed and started', 22)]);
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" .data=${doc}></sc-project-funnel>`);
      const [, signed, started] = marks(funnel);
      expect(markTexts(signed!)).to.deep.equal(['Signed', 'not published', '?', 'no rate']);
      expect(signed!.querySelector('.bar')).to.equal(null);
      expect(markTexts(started!)).to.deep.equal(['Landed and started', '22', 'no rate: signed not published', '14.1% of negotiated']);
      expect(root(funnel).querySelectorAll('.band')).to.have.length(0);
      expect(summary(funnel)).to.equal(
        'First half (to end of June): 156 projects negotiated, signed not published, 22 landed and started (no rate: signed not published, 14.1% of negotiated).',
      );
      expect(tableRows(funnel).slice(1)).to.deep.equal([
        ['Negotiated', '156', '—', '—'],
        ['Signed', 'not published', 'no rate', 'no rate'],
        ['Landed and started', '22', 'no rate: signed not published', '14.1%'],
      ]);
      expect(partText(funnel, '[part=notes]')).to.contain('Signed: not published; no rate is computed from or to it.');
      expectLegible(funnel);
      await expect(funnel).to.be.accessible();
    });

    it('says a rate from zero is undefined, with no division by zero anywhere', async () => {
      const doc = await withPipeline([stage('签约', 'Signed', 12), stage('开工', 'Started', 0), stage('投产', 'Producing', 0)]);
      for (const lang of ['en', 'zh']) {
        const funnel = await inBox(600, html`<sc-project-funnel lang=${lang} .data=${doc}></sc-project-funnel>`);
        const all = shadowText(funnel);
        expect(all).not.to.match(/NaN|Infinity/);
        const producing = markTexts(marks(funnel)[2]!);
        expect(producing).to.include(lang === 'en' ? 'no rate: started is 0' : '无转化率（开工为0）');
        expect(markTexts(marks(funnel)[1]!)).to.include(lang === 'en' ? '0.0%' : '0.0%');
        expect(marks(funnel)[1]!.querySelector('.zero')).to.not.equal(null);
        expect(partText(funnel, '[part=notes]')).to.contain(lang === 'en' ? 'Started is 0: a rate from it is undefined' : '开工为0：以其为基数的转化率无定义');
        expectLegible(funnel);
      }
    });

    it('says "less than 0.1%" of a rate that rounds to 0.0% but is not none', async () => {
      const doc = await withPipeline([stage('签约', 'Signed', 8600), stage('投产', 'Producing', 3)]);
      for (const [lang, said] of [['en', 'less than 0.1% of signed'], ['zh', '占签约的不到0.1%']] as const) {
        const funnel = await inBox(600, html`<sc-project-funnel lang=${lang} .data=${doc}></sc-project-funnel>`);
        expect(shadowText(funnel)).to.contain(said);
        expect(shadowText(funnel)).not.to.contain('0.0%');
        expectLegible(funnel);
      }
    });

    it('names a true 0% step as the lowest, not one of "less than 0.1%"', async () => {
      const doc = await withPipeline([
        stage('洽谈', 'Negotiated', 10000),
        stage('签约', 'Signed', 3),
        stage('开工', 'Started', 3),
        stage('投产', 'Producing', 0),
        stage('达产', 'At capacity', 0),
      ]);
      const funnel = await inBox(600, html`<sc-project-funnel lang="en" .data=${doc}></sc-project-funnel>`);
      expect(summary(funnel)).to.contain('Lowest stage-to-stage rate: producing, 0.0% of started');
    });

    it('marks rates computed from approximate figures (余, 近) as approximate', async () => {
      const doc = await withPipeline([{ ...stage('对接洽谈', 'Negotiated', 150), qualifier: 'more-than' as const }, stage('签约', 'Signed', 27)]);
      const en = projectFunnelView(doc, doc.pipelines![0]!, 'count', 'en');
      expect(en.summary).to.equal('First half (to end of June): more than 150 projects negotiated, 27 signed (about 18.0% of negotiated).');
      expect(en.notes).to.include('Rates marked “about” are computed from approximate figures.');
      const zh = projectFunnelView(doc, doc.pipelines![0]!, 'count', 'zh');
      expect(zh.summary).to.equal('上半年（截至6月末），对接洽谈项目150余个；签约项目27个，占对接洽谈的约18.0%。');
      expect(zh.table.rows[1]).to.deep.equal(['签约', '27个', '约18.0%', '约18.0%']);
    });

    it('renders a single stage', async () => {
      const doc = await withPipeline([stage('对接洽谈', 'Negotiated', 156)]);
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" .data=${doc}></sc-project-funnel>`);
      expect(summary(funnel)).to.equal('First half (to end of June): 156 projects negotiated.');
      expect(marks(funnel)).to.have.length(1);
      expect(tableRows(funnel)).to.have.length(2);
      expectLegible(funnel);
      await expect(funnel).to.be.accessible();
    });

    it('renders ten stages as rows, sums them up, and lists every one in the table', async () => {
      const counts = [420, 310, 188, 156, 64, 27, 25, 22, 14, 9];
      const doc = await withPipeline(counts.map((count, index) => stage(`阶段${index + 1}`, `Stage ${index + 1}`, count)));
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" .data=${doc}></sc-project-funnel>`);
      expect(mode(funnel)).to.equal('vertical');
      expect(marks(funnel)).to.have.length(10);
      expect(summary(funnel)).to.equal(
        'First half (to end of June), 10 stages: 420 projects stage 1; 9 stage 10 (2.1% of stage 1). Lowest stage-to-stage rate: stage 5, 41.0% of stage 4. Every stage is in the data table.',
      );
      expect(tableRows(funnel)).to.have.length(11);
      expectLegible(funnel);
      marks(funnel)[0]!.focus();
      marks(funnel)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await funnel.updateComplete;
      expect(root(funnel).activeElement).to.equal(marks(funnel)[9]);
      expect(text(tooltip(funnel))).to.contain('Stage 10: 9');
      for (const width of [280, 1400]) {
        const other = await inBox(width, html`<sc-project-funnel lang="zh" .data=${doc}></sc-project-funnel>`);
        expect(mode(other)).to.equal(width === 280 ? 'list' : 'horizontal');
        expectLegible(other);
      }
    });
  });

  describe('layouts', () => {
    it("draws its labels twice as large at twice the reader's text size, in a column as narrow as a phone's scorecard", async () => {
      const labelHeight = (funnel: ScProjectFunnel) => marks(funnel)[1]!.querySelector('text.label')!.getBoundingClientRect().height;
      const doc = await loadDemo(LINGYUAN);
      for (const lang of ['zh', 'en'] as const) {
        for (const pipeline of doc.pipelines!) {
          const template = html`<sc-project-funnel lang=${lang} .data=${doc} pipeline=${pipeline.id}></sc-project-funnel>`;
          const normal = labelHeight(await inBox(260, template));
          document.documentElement.style.fontSize = '200%';
          try {
            const funnel = await inBox(260, template);
            const what = `${lang} ${pipeline.id}`;
            expect(mode(funnel), what).to.equal('list');
            expect(labelHeight(funnel) / normal, what).to.be.closeTo(2, 0.1);
            expectLegible(funnel);
            // Every stage's name whole: none cut short, nor an English word split across lines.
            marks(funnel).forEach((mark, index) => {
              const label = pipeline.stages[index]!.label;
              const name = typeof label === 'string' ? label : label[lang] ?? label.zh ?? '';
              expect(markTexts(mark).join(lang === 'en' ? ' ' : ''), what).to.contain(name);
            });
          } finally {
            document.documentElement.style.fontSize = '';
          }
        }
      }
      // Narrower still (200 px at twice the size), the drawing is drawn smaller rather than cut English words.
      document.documentElement.style.fontSize = '200%';
      try {
        const funnel = await inBox(200, html`<sc-project-funnel lang="en" .data=${doc} pipeline="enclave"></sc-project-funnel>`);
        marks(funnel).forEach((mark, index) => expect(markTexts(mark).join(' ')).to.contain((doc.pipelines![1]!.stages[index]!.label as { en: string }).en));
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    for (const lang of ['zh', 'en']) {
      it(`stacks a legible list at 280 px (${lang})`, async () => {
        const funnel = await inBox(280, html`<sc-project-funnel lang=${lang} src=${LINGYUAN}></sc-project-funnel>`);
        expect(mode(funnel)).to.equal('list');
        expect(funnel.getBoundingClientRect().width).to.equal(280);
        const [negotiated, signed, started] = marks(funnel);
        expect(markTexts(signed!)).to.deep.equal(lang === 'zh' ? ['↓ 占对接洽谈的17.3%', '签约', '27个'] : ['↓ 17.3% of negotiated', 'Signed', '27']);
        expect(markTexts(started!)[0]).to.equal(lang === 'zh' ? '↓ 占签约的81.5% · 占对接洽谈的14.1%' : '↓ 81.5% of signed · 14.1% of negotiated');
        // Stages follow one another top to bottom; bars start at the left edge.
        const boxes = [negotiated, signed, started].map((mark) => mark!.querySelector('.bar')!.getBoundingClientRect());
        expect(boxes[0]!.top).to.be.lessThan(boxes[1]!.top);
        expect(boxes[1]!.left).to.be.closeTo(boxes[0]!.left, 0.5);
        expect(boxes[0]!.width).to.be.closeTo(280 - 8, 1);
        expectLegible(funnel);
        await expect(funnel).to.be.accessible();
      });
    }

    it('draws rows when vertical, and columns again when the attribute is removed', async () => {
      const funnel = await inBox(1000, html`<sc-project-funnel lang="zh" orientation="vertical" src=${LINGYUAN}></sc-project-funnel>`);
      expect(mode(funnel)).to.equal('vertical');
      const bars = marks(funnel).map((mark) => mark.querySelector('.bar')!.getBoundingClientRect());
      expect(bars[1]!.top).to.be.greaterThan(bars[0]!.bottom);
      expect(bars[1]!.width / bars[0]!.width).to.be.closeTo(27 / 156, 0.01);
      expect(bars[1]!.left + bars[1]!.width / 2).to.be.closeTo(bars[0]!.left + bars[0]!.width / 2, 0.5);
      expect(markTexts(marks(funnel)[1]!)).to.include('↓ 占对接洽谈的17.3%');
      expectLegible(funnel);
      await expect(funnel).to.be.accessible();
      funnel.removeAttribute('orientation');
      funnel.orientation = 'horizontal';
      await funnel.updateComplete;
      expect(mode(funnel)).to.equal('horizontal');
    });

    it('wraps long labels and figures without overlap in every arrangement', async () => {
      const doc = await withPipeline([
        stage('与京津冀地区投资方对接洽谈的项目', 'Negotiated with investors from the Beijing–Tianjin–Hebei region', 156, 1234.5678),
        stage('正式签订投资协议的项目', 'Signed a formal investment agreement', 27, 987.6543),
        stage('完成注册并落地开工建设的项目', 'Registered, landed and construction started', 22, 456.789),
        stage('竣工投产', 'Completed and producing', 9, 123.4567),
      ]);
      for (const [width, orientation, expected] of [
        [460, 'horizontal', 'horizontal'],
        [460, 'vertical', 'vertical'],
        [280, 'horizontal', 'list'],
      ] as const) {
        for (const lang of ['en', 'zh']) {
          const funnel = await inBox(
            width,
            html`<sc-project-funnel lang=${lang} orientation=${orientation} measure="amount" .data=${doc}></sc-project-funnel>`,
          );
          expect(mode(funnel)).to.equal(expected);
          expectLegible(funnel);
        }
      }
    });

    it('follows its container from wide to narrow', async () => {
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" src=${LINGYUAN}></sc-project-funnel>`);
      expect(mode(funnel)).to.equal('horizontal');
      funnel.parentElement!.style.width = '300px';
      // The resize observer reports after layout, and the width is applied on the next frame.
      for (let frames = 0; frames < 30 && mode(funnel) !== 'list'; frames++) {
        await frame();
        await funnel.updateComplete;
      }
      expect(mode(funnel)).to.equal('list');
      expectLegible(funnel);
    });
  });

  describe('errors and states', () => {
    it('names an unknown pipeline id in place, and in sc-error', async () => {
      const { element, events } = await withEvents<ScProjectFunnel>('sc-project-funnel', (funnel) => {
        funnel.lang = 'en';
        funnel.src = LINGYUAN;
        funnel.pipeline = 'enclaves';
      });
      const detail = await failed(element);
      expect(detail.errors[0]).to.deep.include({ path: 'pipeline', message: "no pipeline 'enclaves' in this document; did you mean 'enclave'? It has: investment-promotion, enclave" });
      expect(partText(element, '[role=alert]')).to.contain("no pipeline 'enclaves'");
      expect(events.map((event) => event.type)).to.deep.equal(['sc-error']);
      await expect(element).to.be.accessible();
      element.lang = 'zh';
      await element.updateComplete;
      expect(partText(element, '[role=alert]')).to.contain("文档中没有项目流程 'enclaves'");
      element.pipeline = 'enclave';
      await loaded(element);
      expect(summary(element)).to.contain('在谈项目38个');
      element.remove();
    });

    it('refuses measure="amount" when the pipeline has no amounts', async () => {
      const funnel = await fixture<ScProjectFunnel>(html`<sc-project-funnel lang="en" measure="amount" src=${LINGYUAN}></sc-project-funnel>`);
      const detail = await failed(funnel);
      expect(detail.errors[0]!.path).to.equal('measure');
      expect(detail.errors[0]!.message).to.equal("measure is 'amount' but no stage of pipeline 'investment-promotion' has an amount");
    });

    it('goes back to counting, and to columns, when measure and orientation are removed (as a framework drops an undefined attribute)', async () => {
      const doc = await withPipeline([stage('对接洽谈', 'Negotiated', 10, 8), stage('签约', 'Signed', 5, 5)]);
      const funnel = await inBox(1000, html`<sc-project-funnel lang="en" measure="amount" orientation="vertical" .data=${doc}></sc-project-funnel>`);
      expect(summary(funnel)).to.contain('800 million yuan');
      funnel.removeAttribute('measure');
      funnel.removeAttribute('orientation');
      await funnel.updateComplete;
      expect(funnel.state).to.equal('ready');
      expect(summary(funnel)).to.contain('10 projects negotiated');
      expect(mode(funnel)).to.equal('horizontal');
      funnel.orientation = undefined as never;
      await funnel.updateComplete;
      expect(funnel.state).to.equal('ready');
    });

    it('refuses amounts that cannot be compared', async () => {
      const doc = await withPipeline([stage('对接洽谈', 'Negotiated', 1, 8), stage('签约', 'Signed', 1, 5)]);
      doc.pipelines![0]!.stages[1]!.amount!.unit = '10k-visits';
      const funnel = await fixture<ScProjectFunnel>(html`<sc-project-funnel lang="en" measure="amount" .data=${doc}></sc-project-funnel>`);
      const detail = await failed(funnel);
      expect(detail.errors[0]!.path).to.equal('pipelines[0].stages[1].amount.unit');
      // Valid data this widget cannot show as asked: not said to have errors.
      expect(partText(funnel, '[part=error] strong')).to.equal('The data cannot be shown in this widget');
    });

    it('says when the document has no pipelines', async () => {
      const doc = await loadDemo(LINGYUAN);
      delete doc.pipelines;
      const funnel = await fixture<ScProjectFunnel>(html`<sc-project-funnel lang="en" .data=${doc}></sc-project-funnel>`);
      const detail = await failed(funnel);
      expect(detail.errors[0]!.path).to.equal('pipelines');
    });

    it('says it is loading, then renders; and reports a failed fetch', async () => {
      const funnel = await loadsAfterWaiting<ScProjectFunnel>('sc-project-funnel', await loadDemo(LINGYUAN));
      expect(summary(funnel)).to.contain('156 projects negotiated');
      const missing = await fixture<ScProjectFunnel>(html`<sc-project-funnel lang="en" src="/does-not-exist.json"></sc-project-funnel>`);
      const detail = await failed(missing);
      expect(detail.kind).to.equal('network');
      await expect(missing).to.be.accessible();
    });

    it('fires sc-load once with the document', async () => {
      const { element, events } = await withEvents<ScProjectFunnel>('sc-project-funnel', (funnel) => (funnel.src = LINGYUAN));
      await loaded(element);
      expect(events.map((event) => event.type)).to.deep.equal(['sc-load']);
      expect(events[0]!.detail.id).to.equal('lingyuan-h1');
      element.remove();
    });

    it('hides the source credit on request', async () => {
      const funnel = await inBox(600, html`<sc-project-funnel lang="en" src=${LINGYUAN} hide-source></sc-project-funnel>`);
      expect(root(funnel).querySelector('[part=source]')).to.equal(null);
    });
  });
});
