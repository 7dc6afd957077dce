import { expect } from '@open-wc/testing';
import {
  LABEL_GAP,
  MIN_BAR,
  comparisonLayout,
  dailyLayout,
  gridColumns,
  type ComparisonPanel,
  type DayInput,
  type PlacedText,
} from './tourism-surge.layout.js';
import { estimateWidth as textWidth, wrapWords as wrap } from '../../internal/text-measure.js';

const bar = (value: number, rowLabel: string, valueLabel: string, derived = false) => ({ value, rowLabel, valueLabel, derived });

/** Kazuo, visitors: Spring Festival alone (no growth published), Qingming with its derived base. */
const kazuoVisitors = (lang: 'zh' | 'en'): ComparisonPanel[] =>
  lang === 'zh'
    ? [
        { scale: 'visits|total', bars: [bar(732100, '2024年', '73.21万人次')] },
        { scale: 'visits|total', bars: [bar(241000, '2024年', '24.1万人次'), bar(38000, '2023年', '约3.8万人次（推算）', true)] },
      ]
    : [
        { scale: 'visits|total', bars: [bar(732100, '2024', '732,100 visits')] },
        { scale: 'visits|total', bars: [bar(241000, '2024', '241,000 visits'), bar(38000, '2023', 'about 38,000 visits (derived)', true)] },
      ];

/** Kazuo, revenue: both holidays with their derived bases; longer figures in English than the visitors'. */
const kazuoRevenueEn: ComparisonPanel[] = [
  { scale: 'yuan|total', bars: [bar(527e6, '2024', '527 million yuan'), bar(101e6, '2023', 'about 101 million yuan (derived)', true)] },
  { scale: 'yuan|total', bars: [bar(139e6, '2024', '139 million yuan'), bar(17e6, '2023', 'about 17 million yuan (derived)', true)] },
];

/** Shuangta: the Lantern Festival total, and Fenghuang Mountain's daily average at 6 times. */
const shuangtaVisitors: ComparisonPanel[] = [
  { scale: 'visits|total', bars: [bar(2000000, '2024', 'more than 2 million visits')] },
  {
    scale: 'visits|day',
    bars: [bar(5000, '2024', 'more than 5,000 visits a day on average'), bar(800, '2023', 'more than 800 visits a day on average (derived)', true)],
  },
];

const right = (text: PlacedText) => text.x + (text.anchor === 'start' ? textWidth(text.text) : text.anchor === 'middle' ? textWidth(text.text) / 2 : 0);
const left = (text: PlacedText) => text.x - (text.anchor === 'end' ? textWidth(text.text) : text.anchor === 'middle' ? textWidth(text.text) / 2 : 0);
const boldRight = (text: PlacedText) => right(text) + (textWidth(text.text, 12, true) - textWidth(text.text));

describe('textWidth', () => {
  it('counts CJK characters full width and digits narrower', () => {
    expect(textWidth('万人次')).to.equal(36);
    expect(textWidth('2024')).to.be.within(24, 32);
    expect(textWidth('约3.8万人次（推算）')).to.be.greaterThan(textWidth('24.1万人次'));
    expect(textWidth('about 101 million yuan (derived)')).to.be.within(160, 220);
  });
});

describe('gridColumns', () => {
  it('puts two holidays side by side only when each gets a readable width', () => {
    expect(gridColumns(1000, 2)).to.deep.equal({ columns: 2, panelWidth: 488 });
    expect(gridColumns(1000, 1)).to.deep.equal({ columns: 1, panelWidth: 1000 });
    expect(gridColumns(300, 2)).to.deep.equal({ columns: 1, panelWidth: 300 });
    expect(gridColumns(600, 2).columns).to.equal(1);
  });
});

describe('comparisonLayout', () => {
  it('draws this year and last year from zero, in proportion, labels after the bars (wide)', () => {
    const layout = comparisonLayout(kazuoVisitors('zh'), 488);
    expect(layout.mode).to.equal('inline');
    const [now, before] = layout.panels[1]!.bars;
    expect(now!.x).to.equal(before!.x);
    expect(now!.width / before!.width).to.be.closeTo(241000 / 38000, 0.05);
    expect(before!.derived).to.equal(true);
    for (const placed of layout.panels.flatMap((panel) => panel.bars)) {
      expect(placed.valueLabel[0]!.x).to.equal(placed.x + placed.width + LABEL_GAP);
      expect(boldRight(placed.valueLabel[0]!)).to.be.at.most(488);
      expect(right(placed.rowLabel)).to.be.at.most(placed.x);
    }
  });

  it('shares one scale among holidays with the same unit', () => {
    const layout = comparisonLayout(kazuoVisitors('en'), 488);
    const spring = layout.panels[0]!.bars[0]!;
    const qingming = layout.panels[1]!.bars[0]!;
    expect(spring.width / qingming.width).to.be.closeTo(732100 / 241000, 0.02);
    expect(spring.width).to.equal(layout.ranges['visits|total']);
  });

  it('keeps separate scales apart: a daily average is not drawn against a total', () => {
    const layout = comparisonLayout(shuangtaVisitors, 488);
    const daily = layout.panels[1]!.bars[0]!;
    const total = layout.panels[0]!.bars[0]!;
    expect(daily.width).to.equal(layout.ranges['visits|day']);
    expect(total.width).to.equal(layout.ranges['visits|total']);
    expect(daily.width).to.be.greaterThan(100);
  });

  it('gives a tiny base year a visible bar and a readable label', () => {
    const panels: ComparisonPanel[] = [{ scale: 's', bars: [bar(100000, '2024', '100,000 visits'), bar(10, '2023', 'about 10 visits (derived)', true)] }];
    for (const width of [280, 300, 1000]) {
      const layout = comparisonLayout(panels, width);
      const [now, before] = layout.panels[0]!.bars;
      expect(before!.width).to.equal(MIN_BAR);
      expect(left(before!.valueLabel[0]!)).to.be.at.least(0);
      expect(right(before!.valueLabel[0]!)).to.be.at.most(width);
      expect(before!.y).to.be.greaterThan(now!.y + now!.height);
      if (layout.mode === 'inline') expect(before!.valueLabel[0]!.x).to.be.greaterThan(before!.x + before!.width);
      else expect(before!.valueLabel[0]!.y).to.be.lessThan(before!.y);
    }
  });

  it('draws a zero value as no bar at all', () => {
    const layout = comparisonLayout([{ scale: 's', bars: [bar(5, '2024', '5'), bar(0, '2023', '0')] }], 400);
    expect(layout.panels[0]!.bars[1]!.width).to.equal(0);
  });

  it('puts the labels above the bars in a narrow panel, on two lines when they are long', () => {
    const layout = comparisonLayout(shuangtaVisitors, 300);
    expect(layout.mode).to.equal('stacked');
    const bars = layout.panels.flatMap((panel) => panel.bars);
    for (const placed of bars) {
      expect(placed.x).to.equal(0);
      expect(placed.rowLabel.y).to.be.lessThan(placed.y);
      for (const line of placed.valueLabel) {
        expect(line.y).to.be.lessThan(placed.y);
        expect(right(line)).to.be.at.most(300);
      }
    }
    // 'more than 800 visits a day on average (derived)' does not fit beside the year at 260 px.
    const derived = comparisonLayout(shuangtaVisitors, 260).panels[1]!.bars[1]!;
    expect(right(derived.valueLabel[0]!)).to.be.at.most(260);
    expect(derived.valueLabel[0]!.x).to.equal(0);
    expect(derived.valueLabel[0]!.y).to.be.greaterThan(derived.rowLabel.y);
    // Rows do not overlap: each starts below the previous bar.
    const [first, second] = layout.panels[1]!.bars;
    expect(second!.rowLabel.y - 12).to.be.greaterThan(first!.y + first!.height);
    expect(layout.panels[1]!.height).to.be.at.least(second!.y + second!.height);
  });

  it('breaks a figure at spaces, or before a Chinese bracket, when it is wider than a narrow panel', () => {
    const wide = (text: string, size = 12) => Math.ceil(text.length * size * 0.62);
    const layout = comparisonLayout(shuangtaVisitors, 260, wide);
    const derived = layout.panels[1]!.bars[1]!;
    expect(derived.valueLabel.length).to.be.greaterThan(1);
    expect(derived.valueLabel.map((line) => line.text).join(' ')).to.equal('more than 800 visits a day on average (derived)');
    for (const line of derived.valueLabel) expect(line.x + wide(line.text)).to.be.at.most(260);
    expect(derived.valueLabel.at(-1)!.y).to.be.lessThan(derived.y);
    expect(wrap('a b c', () => false)).to.deep.equal(['a', 'b', 'c']);
    // A Chinese figure stays whole; its mark may go down a line, as a table's cell lets it.
    expect(wrap('约3.8万人次（推算）', () => false)).to.deep.equal(['约3.8万人次', '（推算）']);
    expect(wrap('约3.8万人次（推算）', (line) => line.length <= 12)).to.deep.equal(['约3.8万人次（推算）']);
  });

  it('lays out the visitors and the revenue of the same holidays alike, given each other as alike', () => {
    const visitors = kazuoVisitors('en');
    const both = [...visitors, ...kazuoRevenueEn];
    const first = (layout: ReturnType<typeof comparisonLayout>) => layout.panels[0]!.bars[0]!;
    let differedAlone = 0;
    for (let width = 200; width <= 600; width += 10) {
      const alone = [comparisonLayout(visitors, width), comparisonLayout(kazuoRevenueEn, width)];
      if (alone[0]!.mode !== alone[1]!.mode) differedAlone++;
      const [v, r] = [comparisonLayout(visitors, width, undefined, both), comparisonLayout(kazuoRevenueEn, width, undefined, both)];
      expect(v.mode, `${width} px`).to.equal(r.mode);
      expect(first(v).x, `${width} px`).to.equal(first(r).x);
      // Alike never costs a chart its labels: each still fits its width.
      for (const placed of [...v.panels, ...r.panels].flatMap((panel) => panel.bars))
        for (const line of placed.valueLabel) expect((placed.derived ? right : boldRight)(line), `${width} px: ${line.text}`).to.be.at.most(width);
    }
    // Alone, the revenue's longer figures stack at widths where the visitors' still fit beside their bars.
    expect(differedAlone).to.be.greaterThan(0);
    // The other measure decides the mode only: the scales and bar lengths are the chart's own.
    const wide = comparisonLayout(visitors, 488, undefined, both);
    expect(wide.mode).to.equal('inline');
    expect(Object.keys(wide.ranges)).to.deep.equal(['visits|total']);
    expect(wide.panels[0]!.bars[0]!.width).to.equal(comparisonLayout(visitors, 488).panels[0]!.bars[0]!.width);
  });

  it('keeps the Qingming labels of Kazuo beside the bars at 300 px in Chinese', () => {
    const layout = comparisonLayout(kazuoVisitors('zh'), 300);
    for (const placed of layout.panels.flatMap((panel) => panel.bars)) expect(right(placed.valueLabel[0]!)).to.be.at.most(300);
    expect(layout.panels[1]!.bars[0]!.width).to.be.greaterThan(layout.panels[1]!.bars[1]!.width * 5);
  });
});

const qingmingDays = (labels: string[]): DayInput[] =>
  [6, 12, 6.1, 4, 3, 2.5, 2, 1.8, 1.5].slice(0, labels.length).map((value, index) => ({ label: labels[index]!, value, valueLabel: `${value}万人次` }));

describe('dailyLayout', () => {
  it('draws days as columns from zero and marks the busiest day', () => {
    const layout = dailyLayout(qingmingDays(['4月4日', '4月5日', '4月6日']), 600);
    expect(layout.peak).to.equal(1);
    expect(layout.columns[1]!.peak).to.equal(true);
    for (const column of layout.columns) expect(column.y + column.height).to.equal(layout.baseline);
    expect(layout.columns[1]!.height / layout.columns[0]!.height).to.be.closeTo(2, 0.02);
    expect(layout.columns.every((column) => column.dayLabel)).to.equal(true);
    expect(layout.columns.every((column) => column.valueLabel)).to.equal(true);
  });

  it('marks every day that ties for the most, and labels each as the peak where its label fits', () => {
    const days = [6, 12, 12].map((value, index) => ({ label: `4月${4 + index}日`, value, valueLabel: `${value}万人次` }));
    const layout = dailyLayout(days, 600, (day) => `最高 ${day.valueLabel}`);
    expect(layout.columns.map((column) => column.peak)).to.deep.equal([false, true, true]);
    expect(layout.columns.map((column) => column.valueLabel?.text)).to.deep.equal(['6万人次', '最高 12万人次', '最高 12万人次']);
    // Where two such labels would touch, the other gives its figure alone.
    const narrow = dailyLayout(days, 260, (day) => `最高 ${day.valueLabel}`);
    expect(narrow.columns.map((column) => column.peak)).to.deep.equal([false, true, true]);
    expect(narrow.columns.map((column) => column.valueLabel?.text)).to.deep.equal(['6万人次', '最高 12万人次', '12万人次']);
    // No day is the peak of a holiday that had no visitors.
    const none = dailyLayout(days.map((day) => ({ ...day, value: 0, valueLabel: '0' })), 600);
    expect(none.columns.some((column) => column.peak)).to.equal(false);
  });

  it('thins day names and figures that would collide at a narrow width, keeping the peak', () => {
    const labels = ['10 Feb', '11 Feb', '12 Feb', '13 Feb', '14 Feb', '15 Feb', '16 Feb', '17 Feb', '18 Feb'];
    const layout = dailyLayout(qingmingDays(labels), 280, (day) => `Peak: ${day.valueLabel}`);
    const named = layout.columns.filter((column) => column.dayLabel).map((column) => column.dayLabel!);
    expect(named.length).to.be.lessThan(labels.length);
    expect(layout.columns[layout.peak]!.dayLabel).to.not.equal(undefined);
    // Every other day (or every n-th), counted from the peak: evenly spaced.
    const indices = layout.columns.flatMap((column, index) => (column.dayLabel ? [index] : []));
    const gaps = new Set(indices.slice(1).map((index, i) => index - indices[i]!));
    expect(gaps.size).to.equal(1);
    // Figures do not fit over the columns at this width: none shows but the peak's.
    expect(layout.columns.filter((column) => column.valueLabel).length).to.equal(1);
    const sorted = [...named].sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++) expect(left(sorted[i]!)).to.be.greaterThan(right(sorted[i - 1]!));
    const peak = layout.columns[layout.peak]!.valueLabel!;
    expect(peak.text).to.equal('Peak: 12万人次');
    expect(left(peak)).to.be.at.least(0);
    expect(right(peak)).to.be.at.most(280);
    for (const column of layout.columns) {
      if (column.peak || !column.valueLabel) continue;
      const clear = right(column.valueLabel) < left(peak) || left(column.valueLabel) > right(peak);
      expect(clear).to.equal(true);
    }
  });

  it('lifts the peak\'s label a line over a neighbour nearly as busy, whose figure then shows too', () => {
    const visits = [31, 28.4, 22, 15, 12, 10, 8];
    const days = visits.map((value, index) => ({ label: `${index + 1} Oct`, value, valueLabel: `${(value * 10000).toLocaleString('en')} visits` }));
    const layout = dailyLayout(days, 600, (day) => `Peak: ${day.valueLabel}`);
    expect(layout.columns.map((column) => column.valueLabel?.text)).to.deep.equal([
      'Peak: 310,000 visits', '284,000 visits', '220,000 visits', '150,000 visits', '120,000 visits', '100,000 visits', '80,000 visits',
    ]);
    const [peak, next] = layout.columns.map((column) => column.valueLabel!);
    expect(next!.y - peak!.y).to.be.at.least(14);
    expect(peak!.y - 12).to.be.at.least(0);
    // Taller by that line, the columns still stand on the baseline.
    for (const column of layout.columns) expect(column.y + column.height).to.equal(layout.baseline);
    // With room beside the peak's label, nothing goes up.
    const far = dailyLayout(days.map((day, index) => (index === 1 ? { ...day, value: 20 } : day)), 600, (day) => `Peak: ${day.valueLabel}`);
    expect(far.columns[0]!.valueLabel!.y).to.equal(far.columns[0]!.y - 6);
  });

  it('keeps a peak label on the first or last day inside the drawing', () => {
    const first = dailyLayout([{ label: 'a', value: 9, valueLabel: '9' }, { label: 'b', value: 1, valueLabel: '1' }], 200, () => 'Peak: more than 90,000 visits');
    expect(left(first.columns[0]!.valueLabel!)).to.be.at.least(0);
    const last = dailyLayout([{ label: 'a', value: 1, valueLabel: '1' }, { label: 'b', value: 9, valueLabel: '9' }], 200, () => 'Peak: more than 90,000 visits');
    expect(right(last.columns[1]!.valueLabel!)).to.be.at.most(200);
  });
});
