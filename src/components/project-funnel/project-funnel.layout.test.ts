import { expect } from '@open-wc/testing';
import {
  LIST_BELOW,
  MIN_COLUMN,
  barScale,
  chooseMode,
  conversions,
  funnelLayout,
  rateOf,
  type FunnelLayout,
  type LayoutStage,
  type TextLine,
} from './project-funnel.layout.js';
import { estimateWidth as textWidth, wrapText as wrap } from '../../internal/text-measure.js';

const percents = (values: (number | null)[]) =>
  conversions(values).map(({ fromPrevious, fromFirst }) => [
    fromPrevious && (fromPrevious.percent ?? fromPrevious.status),
    fromFirst && (fromFirst.percent ?? fromFirst.status),
  ]);

describe('conversions', () => {
  it('computes Lingyuan’s rates stage to stage and from the first', () => {
    expect(percents([156, 27, 22])).to.deep.equal([
      [undefined, undefined],
      [17.3, 17.3],
      [81.5, 14.1],
    ]);
    expect(percents([38, 19, 18])).to.deep.equal([
      [undefined, undefined],
      [50, 50],
      [94.7, 47.4],
    ]);
  });

  it('gives a rate above 100% when a later stage is larger, unclipped', () => {
    expect(percents([80, 96, 52])).to.deep.equal([
      [undefined, undefined],
      [120, 120],
      [54.2, 65],
    ]);
    expect(percents([3, 40])[1]).to.deep.equal([1333.3, 1333.3]);
  });

  it('computes no rate from or to a figure not published', () => {
    expect(percents([156, null, 22])).to.deep.equal([
      [undefined, undefined],
      ['missing', 'missing'],
      ['missing-base', 14.1],
    ]);
    expect(percents([null, 27, 22])).to.deep.equal([
      [undefined, undefined],
      ['missing-base', 'missing-base'],
      [81.5, 'missing-base'],
    ]);
  });

  it('says a rate from zero is undefined rather than dividing by zero', () => {
    expect(percents([10, 0, 3])).to.deep.equal([
      [undefined, undefined],
      [0, 0],
      ['zero-base', 30],
    ]);
    expect(rateOf(0, 0)).to.deep.equal({ status: 'zero-base' });
    // Above zero, though it rounds to 0.0%: "less than 0.1%", not a stage that kept nothing.
    expect(rateOf(0.03, 860)).to.deep.equal({ status: 'ok', percent: 0, belowTenth: true });
    expect(rateOf(0, 860)).to.deep.equal({ status: 'ok', percent: 0 });
    expect(percents([0, 0])[1]).to.deep.equal(['zero-base', 'zero-base']);
  });

  it('has nothing to compute for a single stage', () => {
    expect(conversions([156])).to.deep.equal([{}]);
    expect(conversions([null])).to.deep.equal([{}]);
  });
});

describe('barScale', () => {
  it('runs from zero to the largest stage, not the first', () => {
    const scale = barScale([80, 96, null, 52], 200);
    expect(scale.domain()).to.deep.equal([0, 96]);
    expect(scale(96)).to.equal(200);
    expect(scale(0)).to.equal(0);
    expect(scale(48)).to.equal(100);
  });

  it('keeps a usable domain when nothing is larger than zero', () => {
    expect(barScale([0, null, 0], 100).domain()).to.deep.equal([0, 1]);
    expect(barScale([null], 100).domain()).to.deep.equal([0, 1]);
  });
});

describe('chooseMode', () => {
  it('stacks a list below the narrow threshold whatever the orientation', () => {
    expect(chooseMode(3, 280, 'horizontal')).to.equal('list');
    expect(chooseMode(3, 280, 'vertical')).to.equal('list');
    expect(chooseMode(3, LIST_BELOW - 1, 'horizontal')).to.equal('list');
  });

  it('uses columns when they fit, rows otherwise or when asked', () => {
    expect(chooseMode(3, 1000, 'horizontal')).to.equal('horizontal');
    expect(chooseMode(3, 1000, 'vertical')).to.equal('vertical');
    expect(chooseMode(10, 1000, 'horizontal')).to.equal('vertical');
    expect(chooseMode(4, 4 * MIN_COLUMN, 'horizontal')).to.equal('horizontal');
    expect(chooseMode(5, 4 * MIN_COLUMN + 20, 'horizontal')).to.equal('vertical');
  });
});

describe('text fitting', () => {
  it('estimates CJK as one em and Latin narrower, erring wide', () => {
    expect(textWidth('对接洽谈', 13)).to.equal(52);
    expect(textWidth('Signed', 10)).to.be.within(30, 45);
    expect(textWidth('17.3%', 12, true)).to.be.greaterThan(textWidth('17.3%', 12));
  });

  it('wraps English at spaces and Chinese between characters', () => {
    expect(wrap('Landed and started', 80, 13)).to.deep.equal(['Landed and', 'started']);
    expect(wrap('Landed and started', 400, 13)).to.deep.equal(['Landed and started']);
    expect(wrap('占对接洽谈的17.3%', 60, 12)).to.deep.equal(['占对接洽谈', '的17.3%']);
    const zh = wrap('无转化率（签约为0）', 60, 12);
    expect(zh.join('')).to.equal('无转化率（签约为0）');
    for (const line of zh) expect(textWidth(line, 12)).to.be.at.most(60);
    // Opening brackets stay with what follows, closing punctuation with what precedes.
    expect(zh.some((line) => line.endsWith('（'))).to.equal(false);
  });

  it('never starts a Chinese line with closing punctuation', () => {
    const lines = wrap('签约大于对接洽谈，各阶段并非逐级收窄。', 48, 12, 20);
    for (const line of lines) expect(/^[，。）]/.test(line)).to.equal(false);
    expect(lines.join('')).to.equal('签约大于对接洽谈，各阶段并非逐级收窄。');
  });

  it('breaks a word wider than the line and ends a cut text with an ellipsis', () => {
    const broken = wrap('Internationalisation', 60, 12);
    expect(broken.length).to.be.greaterThan(1);
    expect(broken.join('')).to.equal('Internationalisation');
    const cut = wrap('one two three four five six seven eight nine ten', 50, 12, 2);
    expect(cut).to.have.length(2);
    expect(cut[1]!.endsWith('…')).to.equal(true);
    for (const line of cut) expect(textWidth(line, 12)).to.be.at.most(50);
  });
});

// ---------------------------------------------------------------- geometry

const rate = (number: string | undefined, caption: string, over = false) => ({
  ...(number && { number }),
  caption,
  inline: number ? `${number} ${caption}` : caption,
  numberFirst: true,
  over,
});

const lingyuan: LayoutStage[] = [
  { label: 'Negotiated', value: 156, valueText: '156' },
  { label: 'Signed', value: 27, valueText: '27', previous: rate('17.3%', 'of negotiated') },
  { label: 'Landed and started', value: 22, valueText: '22', previous: rate('81.5%', 'of signed'), first: rate('14.1%', 'of negotiated') },
];

const lingyuanZh: LayoutStage[] = [
  { label: '对接洽谈', value: 156, valueText: '156个' },
  { label: '签约', value: 27, valueText: '27个', previous: { number: '17.3%', caption: '占对接洽谈的', inline: '占对接洽谈的17.3%', numberFirst: false, over: false } },
  {
    label: '落地开工',
    value: 22,
    valueText: '22个',
    previous: { number: '81.5%', caption: '占签约的', inline: '占签约的81.5%', numberFirst: false, over: false },
    first: { number: '14.1%', caption: '占对接洽谈的', inline: '占对接洽谈的14.1%', numberFirst: false, over: false },
  },
];

const amounts: LayoutStage[] = [
  { label: 'Negotiated', value: 8e9, valueText: '8 billion yuan', secondaryText: '156' },
  { label: 'Signed', value: 9.6e9, valueText: '9.6 billion yuan', secondaryText: '27', previous: rate('▲ 120.0%', 'of negotiated', true) },
  {
    label: 'Landed and started',
    value: 5.2e9,
    valueText: '5.2 billion yuan',
    secondaryText: '22',
    previous: rate('54.2%', 'of signed'),
    first: rate('65.0%', 'of negotiated'),
  },
];

const ten: LayoutStage[] = Array.from({ length: 10 }, (_, index) => ({
  label: `Stage number ${index + 1} of a long pipeline`,
  value: 1000 - index * 90,
  valueText: String(1000 - index * 90),
  ...(index > 0 && { previous: rate('91.0%', `of stage number ${index}`) }),
  ...(index > 1 && { first: rate('50.0%', 'of stage number 1') }),
}));

/** The estimated box of a text line. */
const box = (line: TextLine) => {
  const width = textWidth(line.text, line.size, /value|rate-number/.test(line.cls));
  const x = line.anchor === 'start' ? line.x : line.anchor === 'end' ? line.x - width : line.x - width / 2;
  return { x, y: line.y - line.size * 0.9, width, height: line.size * 1.15 };
};
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every text inside the drawing, and no two texts on top of each other. */
const expectLegible = (layout: FunnelLayout) => {
  const boxes = layout.stages.flatMap((stage) => stage.texts.map((line) => ({ line, box: box(line) })));
  for (const { line, box: b } of boxes) {
    expect(b.x, `${line.text} starts inside`).to.be.at.least(-0.5);
    expect(b.x + b.width, `${line.text} ends inside (${layout.width})`).to.be.at.most(layout.width + 0.5);
    expect(b.y, `${line.text} below the top`).to.be.at.least(-1);
    expect(line.y, `${line.text} above the bottom`).to.be.at.most(layout.height);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i]!.box, boxes[j]!.box), `'${boxes[i]!.line.text}' overlaps '${boxes[j]!.line.text}'`).to.equal(false);
    }
  }
  // Bars stay inside too.
  for (const stage of layout.stages) {
    if (!stage.bar) continue;
    expect(stage.bar.x).to.be.at.least(0);
    expect(stage.bar.x + stage.bar.width).to.be.at.most(layout.width + 0.5);
  }
};

const texts = (layout: FunnelLayout, index: number) => layout.stages[index]!.texts.map((line) => line.text);

describe('funnelLayout', () => {
  it('draws Lingyuan as three columns at 1000 px, bars in proportion on one centre line', () => {
    const layout = funnelLayout(lingyuan, 1000);
    expect(layout.mode).to.equal('horizontal');
    const bars = layout.stages.map((stage) => stage.bar!);
    expect(bars[0]!.height).to.equal(160);
    expect(bars[1]!.height).to.be.closeTo((27 / 156) * 160, 0.1);
    expect(bars[2]!.height).to.be.closeTo((22 / 156) * 160, 0.1);
    const centres = bars.map((bar) => bar.y + bar.height / 2);
    expect(centres[1]).to.be.closeTo(centres[0]!, 0.1);
    expect(centres[2]).to.be.closeTo(centres[0]!, 0.1);
    expect(bars[0]!.x).to.be.lessThan(bars[1]!.x);
    expect(layout.connectors).to.have.length(2);
    // Each stage carries its label, figure and rates, in its own column.
    expect(texts(layout, 0)).to.deep.equal(['Negotiated', '156']);
    expect(texts(layout, 1)).to.deep.equal(['Signed', '27', '17.3%', 'of negotiated']);
    expect(texts(layout, 2)).to.deep.equal(['Landed and started', '22', '81.5%', 'of signed', '14.1% of negotiated']);
    layout.stages.forEach((stage, index) => {
      expect(stage.hit.x).to.be.closeTo((1000 / 3) * index, 0.1);
      for (const line of stage.texts) expect(line.x).to.be.closeTo(1000 / 6 + (1000 / 3) * index, 0.1);
    });
    expectLegible(layout);
  });

  it('aligns the labels, figures and rates of all columns in rows', () => {
    const layout = funnelLayout(lingyuan, 1000);
    const valueY = layout.stages.map((stage) => stage.texts.find((line) => line.cls === 'value')!.y);
    expect(new Set(valueY).size).to.equal(1);
    const rateY = layout.stages.slice(1).map((stage) => stage.texts.find((line) => line.cls.startsWith('rate'))!.y);
    expect(new Set(rateY).size).to.equal(1);
    expect(rateY[0]).to.be.greaterThan(layout.stages[0]!.bar!.y + layout.stages[0]!.bar!.height);
  });

  it('does not pretend to narrow: a larger later stage gets the longer bar and a widening band', () => {
    for (const width of [1000, 600, 300]) {
      const layout = funnelLayout(amounts, width);
      const [negotiated, signed] = layout.stages.map((stage) => stage.bar!);
      const long = (bar: typeof negotiated) => (layout.mode === 'horizontal' ? bar!.height : bar!.width);
      expect(long(signed), `at ${width}`).to.be.greaterThan(long(negotiated));
      expect(long(signed)).to.equal(Math.max(...layout.stages.map((stage) => long(stage.bar!))));
      expectLegible(layout);
    }
    const columns = funnelLayout(amounts, 1000);
    // The band from negotiated to signed is taller at its signed end.
    const [a, b] = columns.connectors[0]!.split(' ').map((point) => point.split(',').map(Number));
    const [, , c, d] = columns.connectors[0]!.split(' ').map((point) => point.split(',').map(Number));
    expect(c![1]! - b![1]!).to.be.greaterThan(d![1]! - a![1]!);
    expect(texts(columns, 1)).to.include('▲ 120.0%');
  });

  it('leaves a figure not published without a bar or bands, and marks a zero', () => {
    const stages: LayoutStage[] = [
      { label: 'Negotiated', value: 156, valueText: '156' },
      { label: 'Signed', value: null, valueText: 'not published', previous: rate(undefined, 'no rate') },
      { label: 'Started', value: 0, valueText: '0', previous: rate(undefined, 'no rate: signed not published'), first: rate('0.0%', 'of negotiated') },
      { label: 'Producing', value: 3, valueText: '3', previous: rate(undefined, 'no rate: started is 0'), first: rate('1.9%', 'of negotiated') },
    ];
    for (const [width, orientation] of [
      [1000, 'horizontal'],
      [800, 'vertical'],
      [280, 'horizontal'],
    ] as const) {
      const layout = funnelLayout(stages, width, orientation);
      expect(layout.stages[1]!.bar, `${layout.mode}`).to.equal(undefined);
      expect(layout.stages[2]!.bar!.width * layout.stages[2]!.bar!.height).to.equal(0);
      expect(layout.stages[2]!.zero).to.not.equal(undefined);
      expect(layout.stages[3]!.bar!.width * layout.stages[3]!.bar!.height).to.be.greaterThan(0);
      expect(texts(layout, 1)).to.include('not published');
      expectLegible(layout);
      if (layout.mode !== 'list') expect(layout.connectors).to.have.length(1); // started → producing only
    }
  });

  it('draws separate counts (flow = false) as plain bars from a common zero, with no bands', () => {
    const enclave: LayoutStage[] = [
      { label: 'Under negotiation', value: 38, valueText: '38' },
      { label: 'Newly signed', value: 19, valueText: '19' },
      { label: 'Landed', value: 0, valueText: '0' },
    ];
    const columns = funnelLayout(enclave, 1000, 'horizontal', textWidth, false);
    expect(columns.mode).to.equal('horizontal');
    expect(columns.connectors).to.deep.equal([]);
    const zero = columns.baseline!.y1;
    expect(columns.baseline!.y2).to.equal(zero);
    const [a, b] = columns.stages.map((stage) => stage.bar!);
    expect(a!.y + a!.height).to.be.closeTo(zero, 0.1);
    expect(b!.y + b!.height).to.be.closeTo(zero, 0.1);
    expect(b!.height / a!.height).to.be.closeTo(0.5, 0.01);
    expect(columns.stages[2]!.zero!.y1).to.be.closeTo(zero, 0.1);
    expectLegible(columns);
    const rows = funnelLayout(enclave, 1000, 'vertical', textWidth, false);
    expect(rows.mode).to.equal('vertical');
    expect(rows.connectors).to.deep.equal([]);
    expect(rows.stages[0]!.bar!.x).to.equal(rows.baseline!.x1);
    expect(rows.stages[1]!.bar!.x).to.equal(rows.baseline!.x1);
    expect(rows.stages[2]!.zero!.x1).to.equal(rows.baseline!.x1);
    expectLegible(rows);
    const list = funnelLayout(enclave, 280, 'horizontal', textWidth, false);
    expect(list.mode).to.equal('list');
    expect(list.connectors).to.deep.equal([]);
    // The default is a funnel: centred bars joined by bands.
    expect(funnelLayout(enclave, 1000).connectors).to.have.length(2);
    expect(funnelLayout(enclave, 1000).baseline).to.equal(undefined);
  });

  it('stacks a readable list at 280 px, bars from the left edge in proportion', () => {
    for (const stages of [lingyuan, lingyuanZh, amounts]) {
      const layout = funnelLayout(stages, 280);
      expect(layout.mode).to.equal('list');
      expect(layout.width).to.equal(280);
      expect(layout.connectors).to.deep.equal([]);
      const bars = layout.stages.map((stage) => stage.bar!);
      // A small inset keeps the focus ring clear of the text; every bar starts there.
      for (const bar of bars) expect(bar.x).to.equal(4);
      const largest = Math.max(...stages.map((stage) => stage.value!));
      bars.forEach((bar, index) => expect(bar.width).to.be.closeTo((stages[index]!.value! / largest) * 272, 0.1));
      // Stages follow one another without overlapping.
      for (let i = 1; i < layout.stages.length; i++) {
        const above = layout.stages[i - 1]!.hit;
        expect(layout.stages[i]!.hit.y).to.be.at.least(above.y + above.height);
      }
      expectLegible(layout);
    }
    const zh = funnelLayout(lingyuanZh, 280);
    expect(texts(zh, 1)).to.deep.equal(['↓ 占对接洽谈的17.3%', '签约', '27个']);
    expect(texts(zh, 2)).to.deep.equal(['↓ 占签约的81.5% · 占对接洽谈的14.1%', '落地开工', '22个']);
  });

  it('puts the figure beside the label when there is room, under it when not', () => {
    const roomy = funnelLayout(lingyuan, 280);
    const [label, value] = roomy.stages[0]!.texts;
    expect(value!.anchor).to.equal('end');
    expect(Math.abs(label!.y - value!.y)).to.be.lessThan(4);
    const tight = funnelLayout([{ label: 'A stage with a name long enough to wrap', value: 1, valueText: 'more than 1.234 billion yuan' }], 200);
    const value2 = tight.stages[0]!.texts.find((line) => line.cls === 'value')!;
    expect(value2.anchor).to.equal('start');
    expectLegible(tight);
  });

  it('draws rows with centred bars, and each rate between its rows, when vertical', () => {
    const layout = funnelLayout(lingyuan, 800, 'vertical');
    expect(layout.mode).to.equal('vertical');
    const bars = layout.stages.map((stage) => stage.bar!);
    const centres = bars.map((bar) => bar.x + bar.width / 2);
    expect(centres[1]).to.be.closeTo(centres[0]!, 0.1);
    expect(bars[1]!.width / bars[0]!.width).to.be.closeTo(27 / 156, 0.01);
    expect(bars[1]!.y).to.be.greaterThan(bars[0]!.y + bars[0]!.height);
    const arrow = layout.stages[1]!.texts.find((line) => line.text.startsWith('↓'))!;
    expect(arrow.text).to.equal('↓ 17.3% of negotiated');
    expect(arrow.y).to.be.greaterThan(bars[0]!.y + bars[0]!.height - 12);
    expect(arrow.y).to.be.lessThan(bars[1]!.y + 12);
    expect(layout.connectors).to.have.length(2);
    expectLegible(layout);
    expectLegible(funnelLayout(lingyuanZh, 800, 'vertical'));
  });

  it('lays out one stage and ten stages legibly at every width', () => {
    const one: LayoutStage[] = [{ label: 'Negotiated', value: 156, valueText: '156' }];
    for (const width of [280, 320, 500, 1000]) {
      const single = funnelLayout(one, width);
      expect(single.stages).to.have.length(1);
      expect(single.connectors).to.deep.equal([]);
      expectLegible(single);
      const many = funnelLayout(ten, width);
      expect(many.mode).to.equal(width < LIST_BELOW ? 'list' : 'vertical');
      expect(many.stages).to.have.length(10);
      expectLegible(many);
      for (const stage of many.stages) expect(stage.hit.y + stage.hit.height).to.be.at.most(many.height + 0.5);
    }
    // Ten stages fit as columns only when each column is wide enough.
    expect(funnelLayout(ten, 1200).mode).to.equal('horizontal');
    expectLegible(funnelLayout(ten, 1200));
  });

  it('fits labels to the columns at each width', () => {
    const wide = funnelLayout(lingyuan, 1000);
    expect(texts(wide, 2)[0]).to.equal('Landed and started');
    const narrowColumns = funnelLayout([...lingyuan, { label: 'Producing', value: 9, valueText: '9', previous: rate('40.9%', 'of landed and started') }], 460);
    expect(narrowColumns.mode).to.equal('horizontal');
    const labels = narrowColumns.stages[2]!.texts.filter((line) => line.cls === 'label').map((line) => line.text);
    expect(labels.length).to.be.greaterThan(1);
    expect(labels.join(' ')).to.equal('Landed and started');
    expectLegible(narrowColumns);
  });
});
