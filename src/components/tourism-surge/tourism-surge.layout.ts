/**
 * Layout of `sc-tourism-surge`, free of DOM: where the bars of each holiday
 * (this year against the same holiday a year earlier) and of an optional
 * daily series go, and where their labels fit. All bars start at zero.
 */
import { scaleLinear } from '../../internal/linear-scale.js';
import { TEXT_SIZE, estimateWidth, wrapWords, type Measure } from '../../internal/text-measure.js';

/** The shortest bar drawn for a positive value, so a tiny base year stays visible. */
export const MIN_BAR = 3;
/** Gap between a bar's end and its value label. */
export const LABEL_GAP = 6;
/** Horizontal gap between panels side by side. */
export const PANEL_GAP = 24;
/** A panel at least this wide is put beside another when there is room for two. */
export const MIN_PANEL = 300;
/** Font size of labels inside the drawings (px): `svg text` in chartStyles. */
export const FONT = TEXT_SIZE;

/** Font size of the figures over the columns of a daily series (the peak's is FONT). */
export const SMALL_FONT = 11;
/** Kept free at the right edge, for fonts a little wider than estimated. */
const EDGE = 4;

/** How many panels go side by side, and how wide each is. */
export const gridColumns = (width: number, panels: number): { columns: number; panelWidth: number } => {
  const columns = panels >= 2 && width >= 2 * MIN_PANEL + PANEL_GAP ? 2 : 1;
  return { columns, panelWidth: Math.max(0, Math.floor((width - PANEL_GAP * (columns - 1)) / columns)) };
};

// ---------------------------------------------------------------------------
// This year against a year earlier
// ---------------------------------------------------------------------------

export interface ComparisonBar {
  /** In base units (visits, yuan), so that panels on one scale compare. */
  value: number;
  /** The year, naming the row: 2024年, 2023. */
  rowLabel: string;
  /** The figure as shown: 24.1万人次, 约3.8万人次（推算）. */
  valueLabel: string;
  /** Worked out from a growth rate, not published; its label is set in regular weight, others in bold. */
  derived: boolean;
}

export interface ComparisonPanel {
  /** Panels with the same key share one scale (same unit, both totals or both daily averages). */
  scale: string;
  /** This year first, then the year before, when known. */
  bars: ComparisonBar[];
}

export interface PlacedText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface PlacedBar {
  x: number;
  y: number;
  width: number;
  height: number;
  derived: boolean;
  rowLabel: PlacedText;
  /** The figure: one line beside the bar or the year, or lines of its own when it does not fit there. */
  valueLabel: PlacedText[];
  /** The area that shows focus and anchors the tooltip: the row with its labels. */
  box: { x: number; y: number; width: number; height: number };
}

export interface PanelLayout {
  width: number;
  height: number;
  bars: PlacedBar[];
}

export interface ComparisonLayout {
  /** inline: year, bar, then the figure after the bar; stacked: year and figure above each bar (narrow panels). */
  mode: 'inline' | 'stacked';
  /** Length of the bar that stands for each scale's largest value. */
  ranges: Record<string, number>;
  panels: PanelLayout[];
}

const INLINE = { bar: 18, row: 28, top: 2 };
const STACKED = { line: 18, bar: 14, after: 12 };

/** The length each scale's largest bar may have with every label beside its bar, and whether that is a fair share of the width. */
const inlineRanges = (
  panels: ComparisonPanel[],
  width: number,
  rowColumn: number,
  labelWidth: (bar: ComparisonBar) => number,
): { fits: boolean; maxima: Map<string, number>; ranges: Map<string, number> } => {
  const maxima = new Map<string, number>();
  for (const panel of panels) for (const bar of panel.bars) maxima.set(panel.scale, Math.max(maxima.get(panel.scale) ?? 0, bar.value));
  // Each bar's end plus its label must fit; the tightest bar sets the scale's range.
  const ranges = new Map<string, number>();
  let fits = true;
  for (const [scale, max] of maxima) {
    let range = width - rowColumn;
    for (const panel of panels) {
      if (panel.scale !== scale) continue;
      for (const bar of panel.bars) {
        const room = width - EDGE - rowColumn - LABEL_GAP - labelWidth(bar);
        if (room < MIN_BAR) fits = false;
        if (bar.value > 0 && max > 0) range = Math.min(range, room * (max / bar.value));
      }
    }
    ranges.set(scale, Math.floor(range));
    if (range < Math.max(60, width * 0.35)) fits = false;
  }
  return { fits, maxima, ranges };
};

/**
 * Places the bars of every panel. Inline mode is used when each scale still
 * leaves its longest bar a fair share of the width with every label beside
 * its bar; otherwise labels go above the bars and bars use the full width.
 * Every positive value gets at least `MIN_BAR` px.
 *
 * `alike`: the same holidays' bars in the other measure (revenue beside
 * visitors), not drawn here. Their labels must fit inline too, and their years
 * widen the year column, so that a visitors chart and a revenue chart of one
 * width, side by side or one above the other, are laid out alike.
 */
export const comparisonLayout = (
  panels: ComparisonPanel[],
  width: number,
  measure: Measure = estimateWidth,
  alike: ComparisonPanel[] = [],
): ComparisonLayout => {
  // A bar's figure is bold when published, regular when derived.
  const labelWidth = (bar: ComparisonBar): number => measure(bar.valueLabel, FONT, !bar.derived);
  const rowWidth = (bar: ComparisonBar): number => measure(bar.rowLabel, FONT);
  const rowColumn = Math.max(0, ...[...panels, ...alike].flatMap((panel) => panel.bars.map(rowWidth))) + 8;
  const own = inlineRanges(panels, width, rowColumn, labelWidth);
  // The other measure has scales of its own: it decides only whether labels fit beside the bars.
  const mode = own.fits && inlineRanges(alike, width, rowColumn, labelWidth).fits ? 'inline' : 'stacked';
  const { maxima } = own;
  const ranges: Record<string, number> = {};
  for (const [scale] of maxima) ranges[scale] = mode === 'inline' ? own.ranges.get(scale)! : Math.max(0, width - 1);

  const laid = panels.map((panel): PanelLayout => {
    const max = maxima.get(panel.scale) ?? 0;
    const scale = scaleLinear()
      .domain([0, max > 0 ? max : 1])
      .range([0, ranges[panel.scale] ?? 0]);
    const length = (value: number) => (value > 0 ? Math.max(MIN_BAR, scale(value)) : 0);
    let y = 0;
    const bars = panel.bars.map((bar): PlacedBar => {
      const barLength = length(bar.value);
      if (mode === 'inline') {
        const top = y + INLINE.top;
        const middle = top + INLINE.bar / 2 + 4;
        const placed: PlacedBar = {
          x: rowColumn,
          y: top,
          width: barLength,
          height: INLINE.bar,
          derived: bar.derived,
          rowLabel: { x: 0, y: middle, text: bar.rowLabel, anchor: 'start' },
          valueLabel: [{ x: rowColumn + barLength + LABEL_GAP, y: middle, text: bar.valueLabel, anchor: 'start' }],
          box: { x: -2, y: top - 3, width: rowColumn + barLength + LABEL_GAP + labelWidth(bar) + 4, height: INLINE.bar + 6 },
        };
        y += INLINE.row;
        return placed;
      }
      const baseline = y + 12;
      // The figure follows the year on one line, or takes lines of its own (broken at spaces) when that is too long.
      const besides = rowWidth(bar) + 8 + labelWidth(bar) <= width - EDGE;
      const lines = besides ? [bar.valueLabel] : wrapWords(bar.valueLabel, (line) => measure(line, FONT, !bar.derived) <= width - EDGE);
      const barTop = y + STACKED.line * (besides ? 1 : 1 + lines.length) + 2;
      const valueLabel: PlacedText[] = besides
        ? [{ x: rowWidth(bar) + 8, y: baseline, text: bar.valueLabel, anchor: 'start' }]
        : lines.map((line, index) => ({ x: 0, y: baseline + STACKED.line * (index + 1), text: line, anchor: 'start' }));
      const textExtent = besides
        ? rowWidth(bar) + 8 + labelWidth(bar)
        : Math.max(rowWidth(bar), ...lines.map((line) => measure(line, FONT, !bar.derived)));
      const placed: PlacedBar = {
        x: 0,
        y: barTop,
        width: barLength,
        height: STACKED.bar,
        derived: bar.derived,
        rowLabel: { x: 0, y: baseline, text: bar.rowLabel, anchor: 'start' },
        valueLabel,
        box: { x: -2, y: y - 2, width: Math.min(width, Math.max(barLength, textExtent)) + 4, height: barTop + STACKED.bar - y + 4 },
      };
      y = barTop + STACKED.bar + STACKED.after;
      return placed;
    });
    const height = bars.length === 0 ? 0 : mode === 'inline' ? y - (INLINE.row - INLINE.bar - INLINE.top) + 4 : y - STACKED.after + 4;
    return { width, height, bars };
  });

  return { mode, ranges, panels: laid };
};

// ---------------------------------------------------------------------------
// A daily series over the holiday
// ---------------------------------------------------------------------------

export interface DayInput {
  /** The day's short name: 4月5日, 5 Apr. */
  label: string;
  value: number;
  /** The figure: 12万人次. */
  valueLabel: string;
}

export interface PlacedColumn {
  x: number;
  y: number;
  width: number;
  height: number;
  peak: boolean;
  /** The day's name under the column, when there is room for it (else every n-th). */
  dayLabel?: PlacedText;
  /** The figure above the column, when it fits its slot (always for the first peak; for a tie, where it fits). */
  valueLabel?: PlacedText;
  box: { x: number; y: number; width: number; height: number };
}

export interface DailyLayout {
  width: number;
  height: number;
  /** y of the zero line. */
  baseline: number;
  columns: PlacedColumn[];
  /** Index of the busiest day (the first, if several tie). */
  peak: number;
}

const DAILY = { top: 20, plot: 110, bottom: 20 };
/** How far the peak's label goes up to clear a neighbour's figure under it: a line of the figures' size. */
const LIFT = 14;

/**
 * Columns for each day from zero, the busiest day marked. Day names are
 * thinned to every n-th when they would collide; figures show above the
 * columns only where they fit, and the peak's figure always shows, kept
 * inside the drawing and clear of its neighbours' figures.
 */
export const dailyLayout = (days: DayInput[], width: number, peakText?: (day: DayInput) => string, measure: Measure = estimateWidth): DailyLayout => {
  const max = Math.max(0, ...days.map((day) => day.value));
  const peak = days.findIndex((day) => day.value === max);
  // Equal slots across the width, as d3's scaleBand with paddingInner 0.25 and paddingOuter 0.1
  // (computed here: d3-scale's band scale brings its ordinal scale and InternMap along).
  const step = days.length ? width / (days.length - 0.25 + 0.2) : width;
  const band = Object.assign((index: number) => step * (0.1 + index), { bandwidth: () => step * 0.75 });
  const widest = Math.max(0, ...days.map((day) => measure(day.label)));
  // Day names every n-th day, counted from the peak so that the peak keeps its name.
  const every = Math.max(1, Math.ceil((widest + 6) / step));

  const peakLabelText = peak >= 0 ? (peakText ? peakText(days[peak]!) : days[peak]!.valueLabel) : '';
  const peakWidth = measure(peakLabelText, FONT, true);
  const peakCentre = peak >= 0 ? band(peak) + band.bandwidth() / 2 : 0;
  const peakStart = Math.max(0, Math.min(width - peakWidth, peakCentre - peakWidth / 2));
  const peakEnd = peakStart + peakWidth;
  const peakAnchor: PlacedText['anchor'] = peakCentre - peakWidth / 2 < 0 ? 'start' : peakCentre + peakWidth / 2 > width ? 'end' : 'middle';
  // The other days' figures show on every column or on none, so that a missing one does not look like a missing figure.
  const figures = days.every((day, index) => index === peak || measure(day.valueLabel, SMALL_FONT) <= step - 4);
  const under = (index: number, half: number) => {
    const centre = band(index) + band.bandwidth() / 2;
    return !(centre + half < peakStart - 4 || centre - half > peakEnd + 4);
  };
  // A day nearly as busy as the peak, its figure under the peak's wide label (310,000 beside 284,000):
  // the peak's label goes up a line, rather than that figure giving way.
  const lift =
    figures && days.some((day, index) => day.value < max && day.value >= max * (1 - LIFT / DAILY.plot) && under(index, measure(day.valueLabel, SMALL_FONT) / 2))
      ? LIFT
      : 0;
  const plotTop = DAILY.top + lift;
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([plotTop + DAILY.plot, plotTop]);
  const baseline = plotTop + DAILY.plot;

  const columns = days.map((day, index): PlacedColumn => {
    const x = band(index);
    const top = day.value > 0 ? Math.min(y(day.value), baseline - MIN_BAR) : baseline;
    const centre = x + band.bandwidth() / 2;
    const column: PlacedColumn = {
      x,
      y: top,
      width: band.bandwidth(),
      height: baseline - top,
      // Every day that ties for the most is the peak, as the table and the days' names say.
      peak: day.value === max && max > 0,
      box: { x: x - 2, y: plotTop - 16, width: band.bandwidth() + 4, height: DAILY.plot + 20 },
    };
    if ((index - Math.max(0, peak)) % every === 0) column.dayLabel = { x: centre, y: baseline + 15, text: day.label, anchor: 'middle' };
    if (index === peak) {
      column.valueLabel = { x: peakAnchor === 'start' ? 0 : peakAnchor === 'end' ? width : peakCentre, y: top - 6 - lift, text: peakLabelText, anchor: peakAnchor };
    } else {
      // A figure that would run into the peak's label (which may be wider than its column) gives way.
      const fits = (half: number) => (!under(index, half) || top - 6 > y(days[peak]!.value) - lift + 8) && centre - half >= 0 && centre + half <= width;
      // A day that ties for the most says so as the first does, or gives its figure, where either fits.
      const candidates: [string, number][] = column.peak
        ? [[peakLabelText, peakWidth], [day.valueLabel, measure(day.valueLabel, FONT, true)]]
        : figures
          ? [[day.valueLabel, measure(day.valueLabel, SMALL_FONT)]]
          : [];
      const text = candidates.find(([, textWidth]) => fits(textWidth / 2))?.[0];
      if (text) column.valueLabel = { x: centre, y: top - 6, text, anchor: 'middle' };
    }
    return column;
  });

  return { width, height: baseline + DAILY.bottom + 2, baseline, columns, peak };
};
