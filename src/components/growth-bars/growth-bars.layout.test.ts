import { expect } from '@open-wc/testing';
import { barDomain, interrupt, layoutBars, type BarDatum, type BarsLayout, type PlacedText } from './growth-bars.layout.js';
import { estimateWidth, wrapText } from '../../internal/text-measure.js';

const bar = (key: string, value: number, label = key, extra: Partial<BarDatum> = {}): BarDatum => ({
  key,
  label,
  value,
  valueLabel: `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value)}%`,
  ...extra,
});

/** Lingyuan, first half: the six published growth rates. */
const LINGYUAN = [
  bar('gdp', 3.5, '地区生产总值'),
  bar('public-budget-revenue', 10.8, '公共财政预算收入'),
  bar('fixed-asset-investment', 5.6, '固定资产投资'),
  bar('industrial-value-added', 15.5, '规模以上工业增加值'),
  bar('retail-sales', 11.1, '社会零售品销售总额'),
  bar('rural-income', 7.5, '农村居民人均可支配收入'),
];
const LINGYUAN_EN = [
  bar('gdp', 3.5, 'GDP'),
  bar('public-budget-revenue', 10.8, 'Public budget revenue'),
  bar('fixed-asset-investment', 5.6, 'Fixed-asset investment'),
  bar('industrial-value-added', 15.5, 'Industrial value added (above designated size)'),
  bar('retail-sales', 11.1, 'Retail sales'),
  bar('rural-income', 7.5, 'Rural per-capita disposable income'),
];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  what: string;
}

const textBox = (text: PlacedText, size: number, what: string, bold = false): Box => {
  const w = estimateWidth(text.text, size, bold);
  const left = text.anchor === 'start' ? text.x : text.anchor === 'end' ? text.x - w : text.x - w / 2;
  return { left, right: left + w, top: text.y - size * 0.85, bottom: text.y + size * 0.25, what };
};

/** Every text and bar of a layout as boxes, as the estimator sees them. */
const boxes = (layout: BarsLayout): Box[] => [
  ...layout.rows.flatMap((row) => [
    {
      left: row.label.x,
      right: row.label.x + Math.max(...row.label.lines.map((line) => estimateWidth(line.text, line.size))),
      top: row.label.lines[0]!.y - row.label.lines[0]!.size * 0.85,
      bottom: row.label.lines[row.label.lines.length - 1]!.y + 3,
      what: `label ${row.key}`,
    },
    { left: row.bar.x, right: row.bar.x + row.bar.width, top: row.bar.y, bottom: row.bar.y + row.bar.height, what: `bar ${row.key}` },
    textBox(row.value, 13, `value ${row.key}`, true),
    ...(row.target?.label ? [textBox(row.target.label, 11, `target ${row.key}`)] : []),
  ]),
  ...layout.ticks.map((tick) => textBox(tick, 12, `tick ${tick.text}`)),
  ...(layout.reference ? [textBox(layout.reference.label, 12, 'reference')] : []),
];

const overlaps = (layout: BarsLayout): string[] => {
  const all = boxes(layout);
  const found: string[] = [];
  all.forEach((a, i) =>
    all.slice(i + 1).forEach((b) => {
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) found.push(`${a.what} × ${b.what}`);
    }),
  );
  for (const box of all) if (box.left < -0.5 || box.right > layout.width + 0.5 || box.top < -0.5 || box.bottom > layout.height + 0.5) found.push(`${box.what} outside`);
  return found;
};

describe('barDomain', () => {
  it('always includes zero', () => {
    expect(barDomain([bar('a', 3.5), bar('b', 15.5)])).to.deep.equal([0, 15.5]);
    expect(barDomain([bar('a', -4.3), bar('b', -1)])).to.deep.equal([-4.3, 0]);
    expect(barDomain([bar('a', -4.3), bar('b', 6.2)])).to.deep.equal([-4.3, 6.2]);
  });

  it('includes targets and the reference line', () => {
    expect(barDomain([bar('a', 5.6, 'a', { target: 15 })])).to.deep.equal([0, 15]);
    expect(barDomain([bar('a', 5.6)], 6.5)).to.deep.equal([0, 6.5]);
  });

  it('gives an all-zero chart a domain to draw on', () => {
    expect(barDomain([bar('a', 0)])).to.deep.equal([0, 1]);
  });
});

describe('wrapText', () => {
  it('breaks Chinese between characters but never before a closing mark', () => {
    const lines = wrapText('农村居民人均可支配收入（上年）', 13 * 6, 13);
    expect(lines.join('')).to.equal('农村居民人均可支配收入（上年）');
    expect(lines.every((line) => estimateWidth(line, 13) <= 13 * 6)).to.equal(true);
    expect(lines.some((line) => /^[）]/.test(line))).to.equal(false);
  });

  it('breaks English at spaces and hyphens, and a long word only when it must', () => {
    expect(wrapText('Industrial value added (above designated size)', 130, 13)).to.deep.equal([
      'Industrial value',
      'added (above',
      'designated size)',
    ]);
    expect(wrapText('Fixed-asset investment', 80, 13)).to.deep.equal(['Fixed-', 'asset', 'investment']);
    const long = wrapText('Supercalifragilisticexpialidocious', 80, 13);
    expect(long.length).to.be.greaterThan(1);
    expect(long.join('')).to.equal('Supercalifragilisticexpialidocious');
  });

  it('never breaks at a no-break space: a figure keeps its unit symbol', () => {
    const width = estimateWidth('Target 400,000', 13) + 2;
    expect(wrapText('Target 400,000\u00a0m²', width, 13)).to.deep.equal(['Target', '400,000\u00a0m²']);
  });

  it('breaks Chinese between words, not inside one (社会消费品 / 零售额, never 零 / 售额)', () => {
    expect(wrapText('规模以上工业增加值', 13 * 8, 13)).to.deep.equal(['规模以上工业', '增加值']);
    expect(wrapText('限上单位社会消费品零售额', 13 * 10, 13)).to.deep.equal(['限上单位社会消费品', '零售额']);
    // Terms the dictionary splits (消费/品, 增加/值) stay whole; a figure keeps its unit.
    expect(wrapText('限上单位社会消费品零售额', 13 * 4, 13)).to.deep.equal(['限上单位', '社会', '消费品', '零售额']);
    expect(wrapText('规上工业增加值（亿元）', 13 * 6, 13)).to.deep.equal(['规上工业', '增加值', '（亿元）']);
    expect(wrapText('接待游客24.1万人次', 13 * 6, 13)).to.deep.equal(['接待游客', '24.1万人次']);
    // A range of months is one, never 1— / 3月.
    expect(wrapText('零售额1—3月', 13 * 5, 13)).to.deep.equal(['零售额', '1—3月']);
    // A word wider than the line still breaks, between its characters.
    expect(wrapText('规模以上工业增加值', 13 * 1.5, 13)).to.deep.equal(['规', '模', '以', '上', '工', '业', '增', '加', '值']);
  });

  it('leaves no single character alone on a last line', () => {
    // Greedy filling would give 限上单位社会消费品零售 / 额 (零售/额 are the dictionary's words).
    expect(wrapText('限上单位社会消费品零售额', 13 * 11, 13)).to.deep.equal(['限上单位社会消费品', '零售额']);
    expect(wrapText('农村居民人均可支配收入', 13 * 10, 13)).to.deep.equal(['农村居民人均可支配', '收入']);
    // Unless the line above would be left empty, or the pair no longer fits.
    expect(wrapText('增加值', 13 * 2, 13)).to.deep.equal(['增加', '值']);
    expect(wrapText('GDP a', estimateWidth('GDP', 13) + 1, 13)).to.deep.equal(['GDP', 'a']);
    // Only between Chinese characters: English and mixed lines keep their words and spaces.
    expect(wrapText('Rate of growth a', estimateWidth('Rate of growth', 13) + 1, 13)).to.deep.equal(['Rate of growth', 'a']);
    expect(wrapText('规模以上工业增加值 A', estimateWidth('规模以上工业增加值', 13) + 1, 13)).to.deep.equal(['规模以上工业增加值', 'A']);
    expect(wrapText('Zone A 值', estimateWidth('Zone A', 13) + 1, 13)).to.deep.equal(['Zone A', '值']);
  });

  it('keeps a short label on one line', () => {
    expect(wrapText('GDP', 200, 13)).to.deep.equal(['GDP']);
  });
});

describe('layoutBars', () => {
  it('places one band per bar, in order, growing the height with the count', () => {
    const six = layoutBars(LINGYUAN, { width: 1000 });
    expect(six.rows.map((row) => row.key)).to.deep.equal(LINGYUAN.map((item) => item.key));
    for (let i = 1; i < six.rows.length; i++) {
      expect(six.rows[i]!.top).to.be.greaterThan(six.rows[i - 1]!.top + six.rows[i - 1]!.height);
    }
    const two = layoutBars(LINGYUAN.slice(0, 2), { width: 1000 });
    expect(six.height).to.be.greaterThan(two.height * 2);
  });

  it('draws bars from the zero baseline, longer for faster growth', () => {
    const layout = layoutBars(LINGYUAN, { width: 1000 });
    for (const row of layout.rows) expect(row.bar.x).to.be.closeTo(layout.zero, 0.001);
    const widths = layout.rows.map((row) => row.bar.width);
    // 15.5% is the longest, 3.5% the shortest, in proportion.
    expect(widths[3]).to.equal(Math.max(...widths));
    expect(widths[3]! / widths[0]!).to.be.closeTo(15.5 / 3.5, 0.001);
  });

  it('sends negative growth left of the baseline with its label on the left', () => {
    const layout = layoutBars([bar('a', 6.2), bar('b', -4.3), bar('c', 5)], { width: 600 });
    const [up, down] = layout.rows;
    expect(layout.zero).to.be.greaterThan(layout.range[0]);
    expect(up!.bar.x).to.be.closeTo(layout.zero, 0.001);
    expect(down!.bar.x + down!.bar.width).to.be.closeTo(layout.zero, 0.001);
    expect(down!.value.anchor).to.equal('end');
    expect(down!.value.x).to.be.lessThan(down!.bar.x);
    expect(up!.value.anchor).to.equal('start');
    expect(up!.value.x).to.be.greaterThan(up!.bar.x + up!.bar.width);
    expect(overlaps(layout)).to.deep.equal([]);
  });

  it('has nice ticks, zero among them, inside the drawing', () => {
    const layout = layoutBars(LINGYUAN, { width: 1000 });
    const values = layout.ticks.map((tick) => tick.value);
    expect(values[0]).to.equal(0);
    expect(values).to.include(10);
    const step = values[1]! - values[0]!;
    expect([1, 2, 5, 10]).to.include(step);
    values.forEach((value, i) => expect(value).to.equal(i * step));
    expect(layout.ticks.map((tick) => tick.text)).to.include('10%');
    const narrow = layoutBars(LINGYUAN, { width: 280 });
    expect(narrow.ticks.length).to.be.lessThan(layout.ticks.length);
    expect(narrow.ticks.length).to.be.greaterThan(1);
  });

  it('puts labels beside the bars when wide and above them when narrow', () => {
    expect(layoutBars(LINGYUAN, { width: 1000 }).mode).to.equal('side');
    expect(layoutBars(LINGYUAN_EN, { width: 1000 }).mode).to.equal('side');
    const narrow = layoutBars(LINGYUAN_EN, { width: 280 });
    expect(narrow.mode).to.equal('stacked');
    // Above the bar: the last line of a label ends before its bar starts.
    for (const row of narrow.rows) expect(row.label.lines[row.label.lines.length - 1]!.y).to.be.lessThan(row.bar.y);
  });

  it('keeps bar details clear of the labels: right of the label column, or of a lane when labels sit above the bars', () => {
    const side = layoutBars(LINGYUAN, { width: 700 });
    const widestLabel = Math.max(...LINGYUAN.map((item) => estimateWidth(item.label, 13)));
    expect(side.mode).to.equal('side');
    expect(side.detailsLeft).to.be.at.least(widestLabel);
    expect(side.detailsLeft).to.be.at.most(side.range[0]);
    // Labels above the bars: the lane is the left 40%, while the details keep 176 px to be read in.
    for (const [width, lane] of [[300, 120], [280, 104], [240, 64], [160, 0]] as const) {
      const stacked = layoutBars(LINGYUAN_EN, { width });
      expect(stacked.mode, `${width} px`).to.equal('stacked');
      expect(stacked.detailsLeft, `${width} px`).to.equal(lane);
    }
  });

  it('wraps long labels instead of cutting them', () => {
    const long = bar('x', 7.5, 'Rural per-capita disposable income of permanent residents in the county, first half of the year');
    const layout = layoutBars([long, ...LINGYUAN_EN], { width: 320 });
    const text = layout.rows[0]!.label.lines.map((line) => line.text).join(' ');
    expect(text).to.equal(long.label);
    expect(layout.rows[0]!.label.lines.length).to.be.greaterThan(2);
  });

  for (const width of [280, 320, 400, 600, 1000, 1200]) {
    it(`overlaps nothing and stays inside at ${width} px (zh, en, negative, targets, reference)`, () => {
      expect(overlaps(layoutBars(LINGYUAN, { width }))).to.deep.equal([]);
      expect(overlaps(layoutBars(LINGYUAN_EN, { width }))).to.deep.equal([]);
      const mixed = [bar('a', -12.4, 'Retail sales'), bar('b', 21.3, 'Shuangta District', { sublabel: '2024 Q1' }), bar('c', 15.7, 'Kazuo County', { target: 15, targetLabel: 'target 15%' }), bar('d', 5.6, 'Lingyuan City', { target: 18, targetLabel: 'target 18%' })];
      expect(overlaps(layoutBars(mixed, { width, reference: { value: 6.5, label: 'Provincial average 6.5%' } }))).to.deep.equal([]);
    });
  }

  it('squeezes a target label wider than the whole drawing to its width, never past its edges', () => {
    const label = 'Full year 2024 target 15.7%';
    const width = Math.floor(estimateWidth(label, 11)) - 10;
    const row = layoutBars([bar('c', 15.7, 'Kazuo County', { target: 15, targetLabel: label })], { width }).rows[0]!;
    expect(row.target!.label!.fit).to.equal(width);
    expect(row.target!.label!.x - width / 2).to.be.at.least(0);
    // One that fits is drawn at its own length.
    expect(layoutBars([bar('c', 15.7, 'Kazuo County', { target: 15, targetLabel: label })], { width: 600 }).rows[0]!.target!.label!.fit).to.equal(undefined);
  });

  it('puts the value label after a target marker that lies beyond the bar', () => {
    const layout = layoutBars([bar('a', 5.6, 'a', { target: 15, targetLabel: 'target 15%' })], { width: 600 });
    const row = layout.rows[0]!;
    expect(row.target!.x).to.be.greaterThan(row.bar.x + row.bar.width);
    expect(row.value.x).to.be.greaterThan(row.target!.x);
    expect(row.target!.y1).to.be.lessThan(row.bar.y);
    expect(row.target!.y2).to.be.greaterThan(row.bar.y + row.bar.height);
  });

  it('draws the reference line at its value across every row, labelled at the top', () => {
    const layout = layoutBars(LINGYUAN, { width: 800, reference: { value: 6.5, label: '全省平均6.5%' } });
    const scale = (layout.range[1] - layout.range[0]) / (layout.domain[1] - layout.domain[0]);
    expect(layout.reference!.x).to.be.closeTo(layout.zero + 6.5 * scale, 0.001);
    expect(layout.reference!.label.y).to.be.lessThan(layout.rows[0]!.top);
    const rules = layout.reference!.rules;
    expect(rules[0]!.y1).to.be.at.most(layout.rows[0]!.bar.y);
    expect(rules[rules.length - 1]!.y2).to.be.at.least(layout.rows[5]!.bar.y + layout.rows[5]!.bar.height);
  });

  it('stops the reference line short of a value or target label it would run through', () => {
    const crossings = (layout: BarsLayout) => {
      const labels = layout.rows.flatMap((row) => [textBox(row.value, 13, `value ${row.key}`, true), ...(row.target?.label ? [textBox(row.target.label, 11, `target ${row.key}`)] : [])]);
      return layout.reference!.rules.flatMap((rule) =>
        labels.filter((box) => rule.x > box.left && rule.x < box.right && rule.y1 < box.bottom && rule.y2 > box.top).map((box) => box.what),
      );
    };
    for (const width of [240, 320, 500, 700, 1000]) {
      // Lingyuan's +5.6% starts just left of the 6.5% line.
      for (const bars of [LINGYUAN, LINGYUAN_EN]) {
        const layout = layoutBars(bars, { width, reference: { value: 6.5, label: '全省平均6.5%' } });
        expect(crossings(layout), `${width} px`).to.deep.equal([]);
        // Still a line: it runs from the top row to the bottom one, with gaps only at labels.
        expect(layout.reference!.rules[0]!.y1).to.be.at.most(layout.rows[0]!.bar.y);
      }
      const targets = [bar('c', 15.7, 'Kazuo County', { target: 15, targetLabel: 'target 15%' }), bar('d', 5.6, 'Lingyuan City', { target: 18, targetLabel: 'target 18%' })];
      expect(crossings(layoutBars(targets, { width, reference: { value: 15, label: 'average 15%' } })), `${width} px, targets`).to.deep.equal([]);
    }
  });

  it('breaks the zero line and gridlines where a target label straddles them', () => {
    // Fuxin's energy use: −3.2% against a −2.5% target, its label centred across zero.
    const bars = [bar('energy', -3.2, 'Energy use', { target: -2.5, targetLabel: 'Full year 2024 target −2.5%' }), bar('profits', -187.3, 'Profits'), bar('gdp', 4.05, 'GDP', { target: 6, targetLabel: 'Full year 2024 target 6%' })];
    for (const width of [320, 700]) {
      const layout = layoutBars(bars, { width });
      const labels = layout.rows.flatMap((row) => (row.target?.label ? [textBox(row.target.label, 11, `target ${row.key}`)] : []));
      const lines = [...layout.baseline, ...layout.ticks.flatMap((tick) => tick.rules)];
      const crossed = lines.flatMap((rule) => labels.filter((box) => rule.x > box.left && rule.x < box.right && rule.y1 < box.bottom && rule.y2 > box.top).map((box) => box.what));
      expect(crossed, `${width} px`).to.deep.equal([]);
      // The label does straddle zero: the line is broken, not gone.
      expect(labels[0]!.left, `${width} px`).to.be.lessThan(layout.zero);
      expect(labels[0]!.right, `${width} px`).to.be.greaterThan(layout.zero);
      expect(layout.baseline.length, `${width} px`).to.be.greaterThan(1);
    }
  });

  it('moves a value the reference line would run through past the line, inside the drawing', () => {
    for (const width of [240, 320, 390, 700]) {
      for (const bars of [LINGYUAN, LINGYUAN_EN]) {
        const layout = layoutBars(bars, { width, reference: { value: 6.5, label: 'Provincial average 6.5%' } });
        const x = layout.reference!.x;
        // Lingyuan's fixed-asset investment, +5.6%: its bar ends left of the line, its value starts right of it.
        const row = layout.rows.find((row) => row.value.text === '+5.6%')!;
        expect(row.bar.x + row.bar.width, `${width} px`).to.be.lessThan(x);
        expect(row.value.x, `${width} px`).to.be.closeTo(x + 4, 0.001);
        expect(textBox(row.value, 13, 'value', true).right, `${width} px`).to.be.at.most(width);
        // So the line runs unbroken past it.
        expect(layout.reference!.rules.filter((rule) => rule.y1 < row.bar.y + row.bar.height && rule.y2 > row.bar.y), `${width} px`).to.have.length(1);
      }
    }
    // A value clear of the line stays beside its bar.
    const clear = layoutBars(LINGYUAN, { width: 700, reference: { value: 12, label: 'average 12%' } });
    const fai = clear.rows.find((row) => row.value.text === '+5.6%')!;
    expect(fai.value.x).to.be.closeTo(fai.bar.x + fai.bar.width + 6, 0.001);
  });

  it('interrupts a vertical rule only where it crosses a box', () => {
    expect(interrupt([{ x: 10, y1: 0, y2: 100 }], [[5, 15, 20, 30], [20, 30, 40, 50], [0, 20, 90, 120]])).to.deep.equal([
      { x: 10, y1: 0, y2: 20 },
      { x: 10, y1: 30, y2: 90 },
    ]);
  });

  it('keeps rules out of the labels when labels sit above the bars', () => {
    const layout = layoutBars(LINGYUAN_EN, { width: 280 });
    expect(layout.mode).to.equal('stacked');
    expect(layout.baseline.length).to.equal(layout.rows.length);
    layout.baseline.forEach((segment, i) => {
      const row = layout.rows[i]!;
      expect(segment.y1).to.be.greaterThan(row.label.lines[row.label.lines.length - 1]!.y);
    });
  });
});
