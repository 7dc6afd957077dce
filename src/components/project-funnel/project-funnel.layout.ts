/**
 * Pure layout of a project funnel: conversion rates between stages, the
 * choice of arrangement for a width, label fitting and every position the
 * element draws. No DOM: text is measured with the `Measure` passed in.
 */
import { scaleLinear } from '../../internal/linear-scale.js';
import { TEXT_SIZE, estimateWidth, wrapText, type Measure } from '../../internal/text-measure.js';
import { percentOf } from '../../format/number.js';

export type Orientation = 'horizontal' | 'vertical';
/** How the stages are arranged: columns, rows of a centred funnel, or a stacked list (narrow). */
export type Mode = 'horizontal' | 'vertical' | 'list';

// ---------------------------------------------------------------- rates

/**
 * Why a rate exists or not: `ok`; `missing` (this stage was not published);
 * `missing-base` (the stage it is taken from was not published);
 * `zero-base` (the stage it is taken from is 0: the rate is undefined).
 */
export type RateStatus = 'ok' | 'missing' | 'missing-base' | 'zero-base';

export interface Rate {
  status: RateStatus;
  /** Percent to one decimal, never clipped: 120 when a stage grew. Only when `status` is `ok`. */
  percent?: number;
  /** Set when the rate is above 0 but rounds to 0.0% (0.03 of 860): it is "less than 0.1%", not none. */
  belowTenth?: true;
}

/** `value` as a percent of `base`, or why there is none. */
export const rateOf = (value: number | null, base: number | null): Rate => {
  if (value === null) return { status: 'missing' };
  if (base === null) return { status: 'missing-base' };
  const percent = percentOf(value, base);
  if (percent === undefined) return { status: 'zero-base' };
  return percent === 0 && value / base > 0 ? { status: 'ok', percent, belowTenth: true } : { status: 'ok', percent };
};

export interface Conversion {
  /** From the stage before (absent for the first stage). */
  fromPrevious?: Rate;
  /** From the first stage (absent for the first stage). */
  fromFirst?: Rate;
}

/**
 * Stage-to-stage and from-first rates of a pipeline, computed from its
 * figures (never read from the document): 156 → 27 → 22 gives 17.3% and
 * 81.5% stage to stage, 17.3% and 14.1% from the first. A missing figure
 * gives no rate from or to it; a rate from 0 is undefined.
 */
export const conversions = (values: (number | null)[]): Conversion[] =>
  values.map((value, index) =>
    index === 0 ? {} : { fromPrevious: rateOf(value, values[index - 1] ?? null), fromFirst: rateOf(value, values[0] ?? null) },
  );

/**
 * The scale of bar lengths: from zero to the largest stage (not the first,
 * so a stage larger than an earlier one is drawn longer, never clipped).
 */
export const barScale = (values: (number | null)[], length: number) => {
  const largest = Math.max(0, ...values.filter((value): value is number => value !== null));
  return scaleLinear()
    .domain([0, largest > 0 ? largest : 1])
    .range([0, length]);
};

// ---------------------------------------------------------------- layout

/** Font sizes (px) and line heights of the texts the element draws. */
export const TYPE = {
  label: { size: 13, line: 17 },
  value: { size: 16, line: 20 },
  /** The drawings' own size (`svg text` in chartStyles). */
  small: { size: TEXT_SIZE, line: 15 },
  /** The stage-to-stage rate in columns. */
  rate: { size: 14, line: 18 },
} as const;

/** A rate as the element prints it. */
export interface RateText {
  /** The rate as printed ("17.3%", "▲ 120.0%"); absent when there is no rate. */
  number?: string;
  /** What it is a rate of ("of negotiated", "占对接洽谈的"), or why there is none. */
  caption: string;
  /** Number and caption as one phrase: "17.3% of negotiated", "占对接洽谈的17.3%". */
  inline: string;
  /** Whether the number reads before its caption (English) or after it (Chinese). */
  numberFirst: boolean;
  /** A rate above 100%: the stage is larger than the one it is compared with. */
  over: boolean;
}

export interface LayoutStage {
  label: string;
  /** On the measure's scale (base units); null when not published. */
  value: number | null;
  /** The figure as printed, or "not published". */
  valueText: string;
  /** The other measure (the amount while counting projects). */
  secondaryText?: string | undefined;
  /** The rate from the stage before. */
  previous?: RateText | undefined;
  /** The rate from the first stage, when it differs from `previous` (the third stage on). */
  first?: RateText | undefined;
}

export interface TextLine {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** label, value, value missing, missing-mark, secondary, rate-number, rate-caption, rate, rate-first; plus `rate-none`. */
  cls: string;
  /** Font size in px (for tests of fitting). */
  size: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StageGeometry {
  /** The bar; absent when the figure was not published. A zero has a bar of no size and a `zero` tick. */
  bar?: Box;
  /** A short line marking a zero. */
  zero?: { x1: number; y1: number; x2: number; y2: number };
  /** Where the stage reacts to pointer and shows its focus ring. */
  hit: Box;
  texts: TextLine[];
  /** Top centre of the tooltip. */
  anchor: { x: number; y: number };
}

export interface FunnelLayout {
  mode: Mode;
  width: number;
  height: number;
  stages: StageGeometry[];
  /** Bands joining consecutive bars, as polygon points. They widen where a stage grows. None for separate counts. */
  connectors: string[];
  /** The common zero the bars stand on when the stages are separate counts (columns and rows; the list's bars start at its edge). */
  baseline?: { x1: number; y1: number; x2: number; y2: number };
}

/** Below this width the stages stack as a list. */
export const LIST_BELOW = 440;
/** The narrowest column of the horizontal layout; fewer columns fit → rows. */
export const MIN_COLUMN = 112;

/** The arrangement for a width: a list when narrow, else the orientation asked for if it fits. */
export const chooseMode = (count: number, width: number, orientation: Orientation): Mode => {
  if (width < LIST_BELOW) return 'list';
  if (orientation === 'horizontal' && width / Math.max(1, count) >= MIN_COLUMN) return 'horizontal';
  return 'vertical';
};

/** Room above the first line for the ascent of CJK glyphs. */
const TOP = 4;
/** Room at the sides of rows, between the focus ring and the text. */
const INSET = 4;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const r = (value: number) => Math.round(value * 10) / 10;

interface Item {
  text: string;
  cls: string;
  size: number;
  line: number;
}

/**
 * `text` wrapped to `maxWidth` in one of the `TYPE` sizes, as items for `column`.
 * Labels, figures and rates are drawn semibold or bold (see the styles): measured bold.
 */
const block = (m: Measure, text: string, cls: string, type: (typeof TYPE)[keyof typeof TYPE], maxWidth: number, maxLines: number): Item[] =>
  wrapText(text, maxWidth, type.size, maxLines, m, /^(label|value|rate)( |$)/.test(cls) && !cls.includes('none')).map((line) => ({
    text: line,
    cls,
    size: type.size,
    line: type.line,
  }));

/** Lines of a rate stacked: number (strong) and caption (wrapped), in the language's order. */
const stackedRate = (m: Measure, rate: RateText, maxWidth: number): Item[] => {
  const caption = block(m, rate.caption, `rate-caption${rate.number ? '' : ' rate-none'}`, TYPE.small, maxWidth, 3);
  if (!rate.number) return caption;
  const number = { text: rate.number, cls: 'rate-number', size: TYPE.rate.size, line: TYPE.rate.line };
  return rate.numberFirst ? [number, ...caption] : [...caption, number];
};

const inlineRate = (m: Measure, text: string, cls: string, maxWidth: number) => block(m, text, cls, TYPE.small, maxWidth, 4);

const rateCls = (rate: RateText, base: string) => `${base}${rate.number ? '' : ' rate-none'}`;

/** Positions texts one under another from a top edge; returns the lines and the bottom. */
const column = (
  items: (Omit<Item, 'line'> & { line?: number })[],
  x: number,
  top: number,
  anchor: TextLine['anchor'],
): TextLine[] => {
  let y = top;
  return items.map((item) => {
    const line = item.line ?? Math.round(item.size * 1.25);
    y += line;
    return { x: r(x), y: r(y - (line - item.size) / 2 - item.size * 0.18), text: item.text, anchor, cls: item.cls, size: item.size };
  });
};

/** A bar's length: at least a pixel for any positive figure, none for zero or a figure not published. */
const barLength = (scale: (value: number) => number, value: number | null) => (value && value > 0 ? Math.max(1, scale(value)) : 0);

/** Bands joining consecutive bars, as polygon points; none beside a stage without a bar. */
const bands = (geometry: StageGeometry[], corners: (a: Box, b: Box) => number[][]): string[] =>
  geometry.slice(1).flatMap(({ bar: b }, i) => {
    const a = geometry[i]!.bar;
    return a && b ? [corners(a, b).map(([px, py]) => `${r(px!)},${r(py!)}`).join(' ')] : [];
  });

const heightOf = (items: { size: number; line?: number }[]) => items.reduce((sum, item) => sum + (item.line ?? Math.round(item.size * 1.25)), 0);

const valueItems = (m: Measure, stage: LayoutStage, maxWidth: number) => ({
  value: stage.value === null ? block(m, stage.valueText, 'value missing', TYPE.label, maxWidth, 2) : block(m, stage.valueText, 'value', TYPE.value, maxWidth, 2),
  secondary: stage.secondaryText ? block(m, stage.secondaryText, 'secondary', TYPE.small, maxWidth, 2) : [],
});

/**
 * Columns left to right: bars standing on a common centre line, joined by bands,
 * when one group moves through the stages (`flow`); else bars rising from a common zero.
 */
const horizontal = (stages: LayoutStage[], width: number, m: Measure, flow: boolean): FunnelLayout => {
  const n = stages.length;
  const step = width / n;
  const textWidthMax = step - 12;
  const barWidth = Math.min(step * 0.46, 96);
  const barArea = Math.round(clamp(width * 0.16, 96, 160));
  const scale = barScale(
    stages.map((stage) => stage.value),
    barArea,
  );

  const labels = stages.map((stage) => block(m, stage.label, 'label', TYPE.label, textWidthMax, 3));
  const values = stages.map((stage) => valueItems(m, stage, textWidthMax));
  const rates = stages.map((stage) => [
    ...(stage.previous ? stackedRate(m, stage.previous, textWidthMax) : []),
    ...(stage.first
      ? inlineRate(m, stage.first.inline, rateCls(stage.first, 'rate-first'), textWidthMax).map((line, k) => ({ ...line, line: k ? 15 : 20 }))
      : []),
  ]);
  const labelHeight = Math.max(...labels.map(heightOf));
  const valueHeight = Math.max(...values.map((v) => heightOf(v.value)));
  const secondaryHeight = Math.max(...values.map((v) => heightOf(v.secondary)));
  const barTop = TOP + labelHeight + 4 + valueHeight + secondaryHeight + 10;
  const centre = barTop + barArea / 2;
  const zeroY = barTop + barArea;
  const rateTop = barTop + barArea + 10;
  const height = Math.ceil(rateTop + Math.max(0, ...rates.map(heightOf)) + 6);

  const geometry = stages.map((stage, index): StageGeometry => {
    const x = step * index + step / 2;
    const value = stage.value;
    const length = barLength(scale, value);
    return {
      ...(value !== null && {
        bar: { x: r(x - barWidth / 2), y: r(flow ? centre - length / 2 : zeroY - length), width: r(barWidth), height: r(length) },
      }),
      ...(value === 0 && { zero: { x1: r(x - barWidth / 2), y1: r(flow ? centre : zeroY), x2: r(x + barWidth / 2), y2: r(flow ? centre : zeroY) } }),
      hit: { x: r(step * index), y: 0, width: r(step), height },
      texts: [
        ...column(labels[index]!, x, TOP, 'middle'),
        ...column(values[index]!.value, x, TOP + labelHeight + 4, 'middle'),
        ...column(values[index]!.secondary, x, TOP + labelHeight + 4 + valueHeight, 'middle'),
        ...(value === null ? column([{ text: '?', cls: 'missing-mark', size: TYPE.value.size }], x, centre - TYPE.value.size * 0.7, 'middle') : []),
        ...column(rates[index]!, x, rateTop, 'middle'),
      ],
      // Under the drawing, so that the details do not hide the rates they repeat.
      anchor: { x: r(x), y: height },
    };
  });

  if (!flow) {
    const ends = Math.min(step / 2, barWidth / 2 + 8);
    return { mode: 'horizontal', width, height, stages: geometry, connectors: [], baseline: { x1: r(step / 2 - ends), y1: r(zeroY), x2: r(width - step / 2 + ends), y2: r(zeroY) } };
  }
  const connectors = bands(geometry, (a, b) => [
    [a.x + a.width, a.y],
    [b.x, b.y],
    [b.x, b.y + b.height],
    [a.x + a.width, a.y + a.height],
  ]);
  return { mode: 'horizontal', width, height, stages: geometry, connectors };
};

/**
 * Rows top to bottom: bars centred, the classic funnel with each rate between its rows,
 * when one group moves through the stages (`flow`); else bars from a common zero at the left.
 */
const vertical = (stages: LayoutStage[], width: number, m: Measure, flow: boolean): FunnelLayout => {
  const labelWidth = Math.round(clamp(width * 0.26, 96, 220));
  const rightWidth = Math.round(clamp(width * 0.3, 124, 260));
  const gutter = 12;
  const barStart = labelWidth + gutter;
  const barEnd = width - rightWidth - gutter;
  const centreX = (barStart + barEnd) / 2;
  const thickness = 26;
  const scale = barScale(
    stages.map((stage) => stage.value),
    barEnd - barStart,
  );
  const rightX = width - rightWidth;

  let y = TOP;
  const geometry = stages.map((stage): StageGeometry => {
    const top = y;
    const texts: TextLine[] = [];
    if (stage.previous) {
      const lines = inlineRate(m, fromAbove(stage.previous), rateCls(stage.previous, 'rate'), rightWidth - INSET);
      // The step from the stage before, in the gap between the two rows.
      const gap = Math.max(heightOf(lines) + 12, 28);
      texts.push(...column(lines, rightX, y + (gap - heightOf(lines)) / 2, 'start'));
      y += gap;
    }
    const label = block(m, stage.label, 'label', TYPE.label, labelWidth - INSET, 3);
    const { value, secondary } = valueItems(m, stage, rightWidth - INSET);
    const right = [...value, ...secondary, ...(stage.first ? inlineRate(m, stage.first.inline, rateCls(stage.first, 'rate-first'), rightWidth - INSET) : [])];
    const rowHeight = Math.max(thickness + 8, heightOf(label), heightOf(right)) + 6;
    const centre = y + rowHeight / 2;
    texts.push(...column(label, labelWidth, centre - heightOf(label) / 2, 'end'));
    texts.push(...column(right, rightX, centre - heightOf(right) / 2, 'start'));
    const length = barLength(scale, stage.value);
    if (stage.value === null) texts.push(...column([{ text: '?', cls: 'missing-mark', size: TYPE.value.size }], centreX, centre - TYPE.value.size * 0.7, 'middle'));
    y += rowHeight;
    return {
      ...(stage.value !== null && { bar: { x: r(flow ? centreX - length / 2 : barStart), y: r(centre - thickness / 2), width: r(length), height: thickness } }),
      ...(stage.value === 0 && {
        zero: { x1: r(flow ? centreX : barStart), y1: r(centre - thickness / 2), x2: r(flow ? centreX : barStart), y2: r(centre + thickness / 2) },
      }),
      hit: { x: 0, y: r(top), width, height: r(y - top) },
      texts,
      anchor: { x: r(centreX), y: r(y) },
    };
  });

  const height = Math.ceil(y + 2);
  if (!flow) return { mode: 'vertical', width, height, stages: geometry, connectors: [], baseline: { x1: r(barStart), y1: TOP, x2: r(barStart), y2: r(y - 2) } };
  const connectors = bands(geometry, (a, b) => [
    [a.x, a.y + a.height],
    [a.x + a.width, a.y + a.height],
    [b.x + b.width, b.y],
    [b.x, b.y],
  ]);
  return { mode: 'vertical', width, height, stages: geometry, connectors };
};

/** A stacked list for narrow containers: label and figure, a bar from the left edge, the rate between stages. */
const list = (stages: LayoutStage[], width: number, m: Measure): FunnelLayout => {
  // Content is inset so that the focus ring around a stage clears its text.
  const x0 = INSET;
  const inner = width - 2 * INSET;
  const right = x0 + inner;
  const scale = barScale(
    stages.map((stage) => stage.value),
    inner,
  );
  const thickness = 12;
  const valueWidth = (stage: LayoutStage) =>
    m(stage.valueText, stage.value === null ? TYPE.label.size : TYPE.value.size, true);
  // Figures beside their labels only when every one fits there, so that the stages read alike.
  const beside = stages.every((stage) => inner - valueWidth(stage) - 10 >= Math.min(120, inner * 0.45));
  let y = TOP;
  const geometry = stages.map((stage): StageGeometry => {
    const top = y;
    const texts: TextLine[] = [];
    if (stage.previous) {
      const phrase = [fromAbove(stage.previous), stage.first?.inline].filter(Boolean).join(' · ');
      const cls = rateCls(stage.previous, 'rate');
      const lines = inlineRate(m, phrase, cls, inner);
      y += 3;
      texts.push(...column(lines, x0, y, 'start'));
      y += heightOf(lines) + 2;
    }
    const label = block(m, stage.label, 'label', TYPE.label, beside ? inner - valueWidth(stage) - 10 : inner, 3);
    const { value, secondary } = valueItems(m, stage, inner);
    if (beside && value.length === 1) {
      // The figure on the label's first line, at the right edge.
      const labelHeight = heightOf(label);
      texts.push(...column(label, x0, y + (TYPE.value.line - TYPE.label.line) / 2, 'start'));
      texts.push(...column(value, right, y, 'end'));
      y += Math.max(labelHeight + (TYPE.value.line - TYPE.label.line) / 2, TYPE.value.line);
    } else {
      texts.push(...column(label, x0, y, 'start'));
      y += heightOf(label);
      texts.push(...column(value, x0, y, 'start'));
      y += heightOf(value);
    }
    if (secondary.length) {
      texts.push(...column(secondary, right, y, 'end'));
      y += heightOf(secondary);
    }
    y += 3;
    const length = barLength(scale, stage.value);
    const bar = stage.value === null ? undefined : { x: x0, y: r(y), width: r(length), height: thickness };
    const zero = stage.value === 0 ? { x1: x0 + 0.5, y1: r(y), x2: x0 + 0.5, y2: r(y + thickness) } : undefined;
    y += thickness + 12;
    return {
      ...(bar && { bar }),
      ...(zero && { zero }),
      hit: { x: 0, y: r(top), width, height: r(y - top - 7) },
      texts,
      anchor: { x: r(width / 2), y: r(y - 7) },
    };
  });
  return { mode: 'list', width, height: Math.ceil(y - 7), stages: geometry, connectors: [] };
};

/**
 * A stage's rate from the one above, as a row or a column shows it: "↓ 17.3% of negotiated" (what came
 * down from it); a stage larger than the one above has its ▲ instead ("▲ 250.0% of signed"), not both arrows.
 */
const fromAbove = (rate: RateText): string => (rate.over ? rate.inline : `↓ ${rate.inline}`);

/**
 * Positions every mark and text of a funnel at `width` px. `flow`: the stages
 * are one group moving through (default), drawn as a funnel with bands between
 * the bars; `false` for separate counts, drawn as plain bars from a common zero.
 */
export const funnelLayout = (
  stages: LayoutStage[],
  width: number,
  orientation: Orientation = 'horizontal',
  measure: Measure = estimateWidth,
  flow = true,
): FunnelLayout => {
  // Narrow enough for a phone's column at twice the reader's text size (260 px / 2): a wider layout is drawn
  // smaller to fit, and its text with it. Narrower, an English stage name ("Under construction") would not fit.
  const w = Math.max(130, Math.floor(width));
  const mode = chooseMode(stages.length, w, orientation);
  return mode === 'list' ? list(stages, w, measure) : { horizontal, vertical }[mode](stages, w, measure, flow);
};
