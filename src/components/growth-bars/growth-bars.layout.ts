/**
 * The geometry of a horizontal growth-rate bar chart, as a pure function of
 * the bars, the width and a text measurer: no DOM. The element renders what
 * this returns.
 *
 * - A linear scale (d3-array ticks) maps growth to x; bars start at a zero
 *   baseline and negative values go left of it.
 * - Room for the value labels is kept on both sides of the bars, so a label
 *   at a bar's end never overlaps the bar, the baseline or the edge.
 * - Category labels sit in a column left of the bars when they fit in a few
 *   lines, and move above their bars ("stacked") when they do not.
 * - The height follows the number of bars and the lines of their labels.
 */
import { scaleLinear } from '../../internal/linear-scale.js';
import { estimateWidth, wrapText, type Measure } from '../../internal/text-measure.js';

export interface BarDatum {
  key: string;
  /** The category: an indicator, or a region in a comparison. */
  label: string;
  /** A second, smaller line: the period when it differs, the basis when it is not year on year, "lower is better". */
  sublabel?: string | undefined;
  /** Growth in percent. */
  value: number;
  /** The label at the bar's end: +15.5%, −3.2%. */
  valueLabel: string;
  /** A growth target in percent, drawn as a marker across the bar. */
  target?: number | undefined;
  /** The marker's label: 目标15%, "target 15%". */
  targetLabel?: string | undefined;
}

export interface LayoutOptions {
  width: number;
  measure?: Measure | undefined;
  /** A vertical reference line (a provincial average) and its label. */
  reference?: { value: number; label: string } | undefined;
  /** Tick labels: 5 → "5%". */
  tickFormat?: ((value: number) => string) | undefined;
}

export interface TextLine {
  text: string;
  /** Baseline. */
  y: number;
  size: number;
  sub: boolean;
  /**
   * Whether a space goes before this line where it is copied: it broke from the line above at
   * one (a word ends that line and a word starts this), or it is the period after the name.
   * Not after a dash, nor inside a Chinese name, which broke where no space was.
   */
  spaceBefore: boolean;
}

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Set when the text is wider than the drawing: its length squeezed to this (SVG textLength), so that none of it is cut off. */
  fit?: number;
}

export interface RowLayout {
  key: string;
  index: number;
  /** The row's band, labels included. */
  top: number;
  height: number;
  label: { x: number; lines: TextLine[] };
  bar: { x: number; y: number; width: number; height: number };
  value: PlacedText;
  target?: { x: number; y1: number; y2: number; label?: PlacedText | undefined } | undefined;
}

export interface Segment {
  x: number;
  y1: number;
  y2: number;
}

/** A rectangle a rule must not cross: left, right, top, bottom. */
export type Keepout = [number, number, number, number];

/**
 * Vertical rules with a gap wherever they would cross one of `keepouts`, so
 * that a line drawn over the text (the reference line) never runs through it.
 */
export const interrupt = (segments: Segment[], keepouts: Keepout[]): Segment[] =>
  keepouts.reduce(
    (pieces, [left, right, top, bottom]) =>
      pieces.flatMap((piece) =>
        piece.x < left || piece.x > right || piece.y2 <= top || piece.y1 >= bottom
          ? [piece]
          : [
              ...(piece.y1 < top ? [{ ...piece, y2: top }] : []),
              ...(piece.y2 > bottom ? [{ ...piece, y1: bottom }] : []),
            ],
      ),
    segments,
  );

/** Where a placed text sits, with a little air: as `interrupt` takes it. */
const keepoutOf = (text: PlacedText, size: number, measure: Measure, bold = false): Keepout => {
  const width = measure(text.text, size, bold);
  const left = text.anchor === 'start' ? text.x : text.anchor === 'end' ? text.x - width : text.x - width / 2;
  return [left - 2, left + width + 2, text.y - size * 0.85 - 1, text.y + size * 0.25 + 1];
};

export interface Tick extends PlacedText {
  value: number;
  /** Gridline segments at this tick. */
  rules: Segment[];
}

export interface BarsLayout {
  width: number;
  height: number;
  /** `side`: labels in a column left of the bars; `stacked`: labels above the bars. */
  mode: 'side' | 'stacked';
  domain: [number, number];
  /** x of the value 0. */
  zero: number;
  /** Where the bars may reach: [left, right] in px. */
  range: [number, number];
  /** The zero baseline, as segments (interrupted by labels in stacked mode). */
  baseline: Segment[];
  rows: RowLayout[];
  ticks: Tick[];
  reference?: { x: number; rules: Segment[]; label: PlacedText } | undefined;
  /**
   * The least x of a bar's details (its tooltip). Left of it the labels stay
   * uncovered, so that a pointer on the details can still move down or up to
   * every other row: the label column, or in stacked mode a lane as wide as a
   * label column may be, narrowed where the details would be too narrow to
   * read (in a chart narrower than about 300 px), down to none at 176 px.
   */
  detailsLeft: number;
}

export const LABEL_SIZE = 13;
export const SUB_SIZE = 12;
export const VALUE_SIZE = 13;
export const TICK_SIZE = 12;
export const TARGET_SIZE = 11;
const LINE = 1.35;
const BAR = 18;
const STACKED_BAR = 16;
const OVERHANG = 4;
const VALUE_GAP = 6;
const COLUMN_GAP = 12;
const ROW_GAP = 12;
const STACKED_ROW_GAP = 14;
const LABEL_BAR_GAP = 4;
const AXIS_HEIGHT = 22;
/** Room above the first row for the ascent of tall (CJK) glyphs. */
const TOP = 4;
const REFERENCE_HEIGHT = 20;
/** The air between the reference line and a value moved past it. */
const REFERENCE_CLEAR = 4;
/** Label lines allowed beside a bar before labels move above the bars. */
const SIDE_LINES = 3;
/** The least width left for the bars themselves in side mode. */
const MIN_BARS = 110;
const MAX_COLUMN = 0.4;
/** The least width of a bar's details, beside the lane kept free in stacked mode. */
const MIN_DETAILS = 176;

/** The value domain: the values, targets and reference, always including zero. */
export const barDomain = (bars: BarDatum[], reference?: number): [number, number] => {
  const values = [0, ...bars.flatMap((bar) => (bar.target === undefined ? [bar.value] : [bar.value, bar.target]))];
  if (reference !== undefined) values.push(reference);
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? [0, 1] : [low, high];
};

/** A label's lines; at least one, so that a row always has a label line. */
const wrap = (text: string, width: number, size: number, measure: Measure): string[] => {
  const lines = wrapText(text, width, size, Infinity, measure);
  return lines.length ? lines : [''];
};

interface Wrapped {
  label: string[];
  sub: string[];
}

const wrapAll = (bars: BarDatum[], width: number, measure: Measure): Wrapped[] =>
  bars.map((bar) => ({
    label: wrap(bar.label, width, LABEL_SIZE, measure),
    sub: bar.sublabel ? wrap(bar.sublabel, width, SUB_SIZE, measure) : [],
  }));

const blockHeight = (wrapped: Wrapped): number => (wrapped.label.length * LABEL_SIZE + wrapped.sub.length * SUB_SIZE) * LINE;

const widest = (wrapped: Wrapped, measure: Measure): number =>
  Math.max(...wrapped.label.map((line) => measure(line, LABEL_SIZE)), ...wrapped.sub.map((line) => measure(line, SUB_SIZE)));

const brokeAtSpace = (before: string, after: string): boolean => /[A-Za-z0-9\u00C0-\u024F.,;:)’”]$/.test(before) && /^[A-Za-z0-9\u00C0-\u024F(‘“]/.test(after);

/** Lines of a label block whose first line's top is at `top`. */
const placeLines = (wrapped: Wrapped, top: number): TextLine[] => {
  const lines: TextLine[] = [];
  let y = top;
  for (const [list, size, sub] of [
    [wrapped.label, LABEL_SIZE, false],
    [wrapped.sub, SUB_SIZE, true],
  ] as const) {
    for (const text of list) {
      const above = lines.at(-1);
      const spaceBefore = !!above && (above.sub !== sub || brokeAtSpace(above.text, text));
      // Baseline: the line box's middle plus about a third of the size.
      lines.push({ text, y: y + (size * LINE) / 2 + size * 0.35, size, sub, spaceBefore });
      y += size * LINE;
    }
  }
  return lines;
};

/** Chooses side or stacked labels and the width of the label column. */
const chooseMode = (
  bars: BarDatum[],
  width: number,
  valueRoom: number,
  measure: Measure,
): { mode: 'side' | 'stacked'; column: number; wrapped: Wrapped[] } => {
  const natural = Math.max(
    ...bars.map((bar) => Math.max(measure(bar.label, LABEL_SIZE), bar.sublabel ? measure(bar.sublabel, SUB_SIZE) : 0)),
  );
  const column = Math.ceil(Math.min(natural, width * MAX_COLUMN));
  const bars_ = width - column - COLUMN_GAP - valueRoom;
  if (bars_ >= MIN_BARS && column > 0) {
    const wrapped = wrapAll(bars, column, measure);
    const fits = wrapped.every((item) => item.label.length + item.sub.length <= SIDE_LINES && widest(item, measure) <= column + 0.5);
    if (fits) return { mode: 'side', column: Math.ceil(Math.max(...wrapped.map((item) => widest(item, measure)))), wrapped };
  }
  return { mode: 'stacked', column: 0, wrapped: wrapAll(bars, width, measure) };
};

/** Ticks whose labels fit without touching, as many as the width allows; labels kept inside the drawing. */
const fitTicks = (
  scale: (value: number) => number,
  ticksOf: (count: number) => number[],
  rangeWidth: number,
  width: number,
  format: (value: number) => string,
  measure: Measure,
): { value: number; text: string; x: number; anchor: PlacedText['anchor'] }[] => {
  for (let count = Math.max(2, Math.min(6, Math.floor(rangeWidth / 100))); ; count--) {
    const placed = ticksOf(count).map((value) => {
      const text = format(value);
      const w = measure(text, TICK_SIZE);
      const x = scale(value);
      if (x - w / 2 < 0) return { value, text, x: 0, anchor: 'start' as const, left: 0, right: w };
      if (x + w / 2 > width) return { value, text, x: width, anchor: 'end' as const, left: width - w, right: width };
      return { value, text, x, anchor: 'middle' as const, left: x - w / 2, right: x + w / 2 };
    });
    const clear = placed.every((tick, i) => i === 0 || tick.left >= placed[i - 1]!.right + 8);
    if (clear || count <= 1) return placed.map(({ value, text, x, anchor }) => ({ value, text, x, anchor }));
  }
};

/**
 * Lays out the bars at `width`. Rows keep the order of `bars`; sort before
 * calling. Returns everything in px, with (0, 0) at the top left.
 */
export const layoutBars = (bars: BarDatum[], options: LayoutOptions): BarsLayout => {
  const width = Math.max(1, Math.floor(options.width));
  const measure = options.measure ?? estimateWidth;
  const format = options.tickFormat ?? ((value: number) => `${value}%`);
  const reference = options.reference;
  const domain = barDomain(bars, reference?.value);

  // Room for value labels: right of positive bars, left of negative ones.
  const valueWidth = (bar: BarDatum) => measure(bar.valueLabel, VALUE_SIZE, true) + VALUE_GAP;
  const rightRoom = Math.max(0, ...bars.filter((bar) => bar.value >= 0).map(valueWidth));
  const leftRoom = Math.max(0, ...bars.filter((bar) => bar.value < 0).map(valueWidth));

  const { mode, column, wrapped } = chooseMode(bars, width, leftRoom + rightRoom, measure);
  const plotLeft = mode === 'side' ? column + COLUMN_GAP : 0;
  const range: [number, number] = [plotLeft + leftRoom, Math.max(plotLeft + leftRoom + 1, width - rightRoom)];
  const scale = scaleLinear().domain(domain).range(range);
  const zero = scale(0);

  const barHeight = mode === 'side' ? BAR : STACKED_BAR;
  const gap = mode === 'side' ? ROW_GAP : STACKED_ROW_GAP;
  const anyTarget = bars.some((bar) => bar.target !== undefined);
  const top = TOP + (reference ? REFERENCE_HEIGHT : 0) + (anyTarget || reference ? OVERHANG : 0);

  const referenceX = reference && scale(reference.value);
  const rows: RowLayout[] = [];
  let y = top;
  bars.forEach((bar, index) => {
    const lines = wrapped[index]!;
    const labelHeight = blockHeight(lines);
    const targetLabel = bar.target !== undefined && bar.targetLabel ? TARGET_SIZE * LINE + 2 : 0;
    const overhang = bar.target !== undefined ? OVERHANG : 0;
    let barY: number;
    let labelTop: number;
    let height: number;
    if (mode === 'side') {
      const core = Math.max(labelHeight, barHeight + 2 * overhang);
      barY = y + (core - barHeight) / 2;
      labelTop = y + (core - labelHeight) / 2;
      height = Math.max(core, barY - y + barHeight + overhang + targetLabel);
    } else {
      labelTop = y;
      barY = y + labelHeight + LABEL_BAR_GAP + overhang;
      height = barY - y + barHeight + overhang + targetLabel;
    }
    const end = scale(bar.value);
    const barX = Math.min(end, zero);
    const barWidth = Math.abs(end - zero);
    const targetX = bar.target === undefined ? undefined : scale(bar.target);
    const negative = bar.value < 0;
    let valueX = negative ? Math.min(end, targetX ?? end) - VALUE_GAP : Math.max(end, targetX ?? end) + VALUE_GAP;
    // A reference line that would run through the value ("+5|.6%" at a 6.5% line) has the value moved past it.
    // It still fits: the room kept for values is as wide as the widest, and the line lies within the bars' range.
    if (referenceX !== undefined) {
      const w = valueWidth(bar) - VALUE_GAP;
      const [left, right] = negative ? [valueX - w, valueX] : [valueX, valueX + w];
      if (referenceX > left - REFERENCE_CLEAR && referenceX < right + REFERENCE_CLEAR) {
        valueX = negative ? referenceX - REFERENCE_CLEAR : referenceX + REFERENCE_CLEAR;
      }
    }
    const cy = barY + barHeight / 2;
    let target: RowLayout['target'];
    if (targetX !== undefined) {
      let label: PlacedText | undefined;
      if (bar.targetLabel) {
        const w = measure(bar.targetLabel, TARGET_SIZE);
        const y = barY + barHeight + overhang + 2 + TARGET_SIZE * 0.95;
        // Wider than the whole drawing (a 160 px box, a reader's letter spacing): squeezed to its width rather than cut off.
        label =
          w > width
            ? { text: bar.targetLabel, x: width / 2, y, anchor: 'middle', fit: width }
            : { text: bar.targetLabel, x: Math.min(Math.max(targetX, plotLeft + w / 2), width - w / 2), y, anchor: 'middle' };
      }
      target = { x: targetX, y1: barY - overhang, y2: barY + barHeight + overhang, label };
    }
    rows.push({
      key: bar.key,
      index,
      top: y,
      height,
      label: { x: 0, lines: placeLines(lines, labelTop) },
      bar: { x: barX, y: barY, width: barWidth, height: barHeight },
      value: { text: bar.valueLabel, x: valueX, y: cy + VALUE_SIZE * 0.35, anchor: negative ? 'end' : 'start' },
      target,
    });
    y += height + gap;
  });
  const rowsBottom = rows.length ? y - gap : y;
  const height = Math.ceil(rowsBottom + AXIS_HEIGHT);

  // Rules run the whole height beside side labels; in stacked mode only along the bars, never through a label.
  const rules = (at: number): Segment[] =>
    mode === 'side'
      ? [{ x: at, y1: top - (anyTarget || reference ? OVERHANG : 0), y2: rowsBottom }]
      : rows.map((row) => ({ x: at, y1: row.bar.y - OVERHANG, y2: row.top + row.height }));

  // A target label straddling the zero line or a gridline (a −2.5% target beside a −3.2% bar) breaks it, as the reference line.
  const targetLabels = rows.flatMap((row) => (row.target?.label ? [keepoutOf(row.target.label, TARGET_SIZE, measure)] : []));
  const tickY = rowsBottom + AXIS_HEIGHT - 6;
  const ticks: Tick[] = fitTicks(scale, (count) => scale.ticks(count), range[1] - range[0], width, format, measure).map((tick) => ({
    ...tick,
    y: tickY,
    rules: interrupt(rules(scale(tick.value)), targetLabels),
  }));

  let referenceLayout: BarsLayout['reference'];
  if (reference && referenceX !== undefined) {
    const rx = referenceX;
    // Drawn semibold: measured bold.
    const w = measure(reference.label, TICK_SIZE, true);
    const centre = Math.min(Math.max(rx, plotLeft + w / 2), width - w / 2);
    // Drawn over the bars, it stops short of each value and target label rather than run through it.
    const labels = [...rows.map((row) => keepoutOf(row.value, VALUE_SIZE, measure, true)), ...targetLabels];
    referenceLayout = {
      x: rx,
      rules: interrupt(rules(rx), labels),
      label: { text: reference.label, x: centre, y: TOP + REFERENCE_HEIGHT - 6, anchor: 'middle' },
    };
  }

  return {
    width,
    height,
    mode,
    domain,
    zero,
    range,
    baseline: interrupt(rules(zero), targetLabels),
    rows,
    ticks,
    reference: referenceLayout,
    detailsLeft: mode === 'side' ? plotLeft : Math.max(0, Math.min(Math.round(width * MAX_COLUMN), width - MIN_DETAILS)),
  };
};
