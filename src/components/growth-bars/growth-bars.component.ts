import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { View } from '../../internal/sc-element.js';
import { ScChart, type TextLengths } from '../../internal/sc-chart.js';
import { drawingName } from '../../internal/chart-frame.js';
import type { ScorecardDocument } from '../../schema/document.js';
import { formatPublishedPercent, type Lang } from '../../format/number.js';
import { labelled, parseIds, upperFirst } from '../../format/text.js';
import { arrow } from '../../format/tone.js';
import { layoutBars, type BarsLayout, type Segment } from './growth-bars.layout.js';
import { growthBarsView, type GrowthBarsView } from './growth-bars.view.js';
import { growthBarsStyles } from './growth-bars.styles.js';
import { toneStyles } from '../../internal/styles.js';
import { sourceUrls } from '../../data/load.js';
import { prose } from '../../internal/templates.js';

/**
 * A space of no width between a label's lines, each placed on its own, where the layout says one
 * was (`spaceBefore`): a copy of the chart reads "Retail sales of consumer goods", not "ofconsumer".
 */
const wordGap = svg`<tspan font-size="0"> </tspan>`;

export type { GrowthBar, GrowthBarsView, SortOrder } from './growth-bars.view.js';

/**
 * Growth rates as a horizontal bar chart: one bar per indicator of a
 * document, or one indicator compared across regions (several documents).
 * Bars start at a zero baseline, declines go left of it; the value sits at
 * each bar's end; growth targets show as markers, and a reference line can
 * be drawn. Labels wrap, and move above the bars when the chart is narrow.
 *
 * @tagname sc-growth-bars
 * @summary Growth rates as a labelled, accessible horizontal bar chart.
 *
 * @attribute src - URL of the JSON document to show, or several separated by spaces to compare their regions.
 *
 * @csspart base - The wrapper of every state.
 * @csspart figure - The chart's figure.
 * @csspart title - The chart's heading (its accessible name).
 * @csspart summary - The generated sentence saying what the chart shows.
 * @csspart chart - The drawing's container.
 * @csspart bar - Each bar.
 * @csspart value - Each value label at a bar's end.
 * @csspart label - Each category label.
 * @csspart target - Each growth-target marker.
 * @csspart reference - The reference line and its label.
 * @csspart axis - The tick labels.
 * @csspart tooltip - The details of the focused or hovered bar.
 * @csspart notes - Notes under the chart (indicators left out, periods that differ).
 * @csspart table-toggle - The "show data table" button.
 * @csspart table - The data table.
 * @csspart source - The source credit.
 * @csspart illustrative - The label on made-up data.
 * @csspart status - The loading placeholder.
 * @csspart error - The in-place error message.
 * @csspart fallback - Over an error, what the page put inside the element for readers without the script (a sentence with the figures).
 * @csspart empty - The neutral message when the document has nothing for this element.
 *
 * @cssproperty [--sc-font-family=inherit] - Font. Unset: the host page's, inherited; in Chinese, common CJK sans faces come before its generic family.
 * @cssproperty [--sc-color-text=light-dark(#1f2328, #e6e8eb)] - Main text colour; also the baseline, target markers and the reference line.
 * @cssproperty [--sc-color-muted=light-dark(#57606a, #a8b1bb)] - Secondary text colour (summary, ticks, periods).
 * @cssproperty [--sc-color-surface=light-dark(#ffffff, #1b1f24)] - Background behind labels (halo) and the tooltip.
 * @cssproperty [--sc-color-border=light-dark(#d0d7de, #454c54)] - Gridlines and borders.
 * @cssproperty [--sc-color-good=var(--sc-color-red) in cn, var(--sc-color-green) in intl] - Bars of good news; the default follows `palette`.
 * @cssproperty [--sc-color-bad=var(--sc-color-green) in cn, var(--sc-color-red) in intl] - Bars of bad news; the default follows `palette`.
 * @cssproperty [--sc-color-red=light-dark(#c0262d, #ff8a84)] - The palettes' red: good news in cn, bad news in intl.
 * @cssproperty [--sc-color-green=light-dark(#1a7f37, #5fd47f)] - The palettes' green: good news in intl, bad news in cn.
 * @cssproperty [--sc-color-neutral=light-dark(#57606a, #a8b1bb)] - Bars of neutral indicators.
 * @cssproperty [--sc-color-focus=light-dark(#0b5cad, #79b8ff)] - The focus ring.
 * @cssproperty [--sc-min-height=max(12rem, 192px)] - Height of the loading placeholder (unset: as tall as the chart it expects at this width), and the least height of an error or "nothing to show" message (unset: the default).
 * @cssproperty [--sc-radius=8px] - Corner radius of the tooltip and of an error message.
 *
 * @event {CustomEvent<ScorecardDocument[]>} sc-load - The documents loaded and passed validation; `detail` is the array of documents.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading, parsing or validation failed (also for an unknown indicator id); `detail` is `{ kind, errors: [{ path, message, messageZh, id? }], empty? }`; `empty: true` when the document is valid but has nothing for this element.
 */
export class ScGrowthBars extends ScChart<GrowthBarsView, ScorecardDocument[]> {
  static override styles = [...ScChart.styles, toneStyles, growthBarsStyles];

  static override properties: PropertyDeclarations = {
    indicators: { reflect: true },
    indicator: { reflect: true },
    // Not reflected: its default would be written into the page's markup (a CMS saving its editor's HTML keeps it).
    sort: {},
    reference: { reflect: true, converter: { fromAttribute: (value) => (value?.trim() ? Number(value) : undefined) } },
    referenceLabel: { reflect: true, attribute: 'reference-label' },
    hideTargets: { type: Boolean, reflect: true, attribute: 'hide-targets' },
    heading: {},
  };

  /** Ids of the indicators to show, in this order, separated by commas or spaces. Default: every indicator with a percent change. */
  declare indicators: string | undefined;

  /** With several documents: the id of the indicator to compare across them. */
  declare indicator: string | undefined;

  /** `desc` (fastest first), `asc`, or `none` (the document's order). */
  // Written out, not as SortOrder: the docs' API table shows the type as declared here.
  sort: 'none' | 'desc' | 'asc' = 'none';

  /** A reference line at this growth rate in percent (a provincial average). */
  // An empty attribute is no reference (not a line at 0%).
  declare reference: number | undefined;

  /** The reference line's label, e.g. 全省平均 / "Provincial average"; the figure is added. */
  declare referenceLabel: string | undefined;

  /** Hides the growth-target markers. */
  hideTargets = false;

  /** Replaces the generated heading (the chart's accessible name). */
  declare heading: string | undefined;

  /** URL of the JSON document to show, or several separated by spaces to compare their regions. */
  declare src: string | undefined;

  protected override get multiple(): boolean {
    return true;
  }

  protected toView(documents: ScorecardDocument[], lang: Lang): View<GrowthBarsView> {
    return growthBarsView(
      documents,
      {
        indicators: parseIds(this.indicators),
        indicator: this.indicator?.trim() || undefined,
        sort: this.sort,
        reference: this.reference ?? undefined,
        referenceGiven: this.getAttribute('reference') ?? undefined,
        referenceLabel: this.referenceLabel,
        targets: !this.hideTargets,
        heading: this.heading,
      },
      lang,
    );
  }

  /** The means of the demo's three growth charts (summaries of 550–1,460 px in Chinese, 550–2,060 px in English). */
  protected readonly typicalText: TextLengths = { title: { zh: 300, en: 470 }, summary: { zh: 870, en: 1110 } };

  /**
   * The drawing to expect while loading: as many bars as the options name (the indicators listed, or one per
   * document fetched for a comparison), else four, labelled as long as a typical name.
   */
  protected expectedDrawingHeight(lang: Lang): number {
    const across = Boolean(this.indicator?.trim());
    const count = (across ? sourceUrls(this.src) : parseIds(this.indicators)).length || 4;
    const label = across ? (lang === 'zh' ? '喀左县' : 'Kazuo County') : lang === 'zh' ? '固定资产投资' : 'Fixed-asset investment';
    const bars = Array.from({ length: count }, (_, index) => ({ key: String(index), label, value: 10, valueLabel: '+10.0%' }));
    const reference = this.reference === undefined ? undefined : { value: this.reference, label: this.referenceLabel ?? '' };
    return layoutBars(bars, { width: this.ringInset(), measure: this.measureText(lang), reference }).height;
  }

  /** The indicators named are the ones shown, each with its growth rate: no note says what was left out. */
  protected override expectsNotes(): boolean {
    return Boolean(this.indicator?.trim()) || !parseIds(this.indicators).length;
  }

  protected renderChart(view: GrowthBarsView, lang: Lang): TemplateResult {
    const layout = this.layoutFor([view, lang], () =>
      layoutBars(view.bars, {
        width: this.ringInset(),
        measure: this.measureText(lang),
        reference: view.reference,
        tickFormat: (value) => formatPublishedPercent(value, lang),
      }),
    );
    const { width, height } = layout;
    const box = this.svgBox(width, height);
    const roving = this.marks;
    roving.count = layout.rows.length;
    const line = (segment: Segment) => svg`<line x1=${segment.x} x2=${segment.x} y1=${segment.y1} y2=${segment.y2}></line>`;
    const shown = roving.shown >= 0 ? layout.rows[roving.shown] : undefined;
    // Drawn after the reference line, so that their halo keeps them legible where it crosses them.
    const targetLabels = layout.rows.map(({ target }) =>
      target?.label
        ? svg`<text class="target-label" x=${target.label.x} y=${target.label.y} text-anchor="middle" textLength=${target.label.fit ?? nothing} lengthAdjust=${target.label.fit ? 'spacingAndGlyphs' : nothing}>${target.label.text}</text>`
        : nothing,
    );
    return this.renderMarks(
      'plot',
      html`<svg width=${box.width} height=${box.height} viewBox=${box.viewBox} role="group" aria-describedby=${this.ids.keys} aria-label=${drawingName(lang, layout.rows.length, ['Bar chart', 'bar', 'bars'], ['条形图', '项'])}>
        <g class="grid" aria-hidden="true">${layout.ticks.filter((tick) => tick.value !== 0).flatMap((tick) => tick.rules.map(line))}</g>
        <g part="axis" aria-hidden="true">
          ${layout.ticks.map((tick) => svg`<text class="tick" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${tick.text}</text>`)}
        </g>
        ${layout.rows.map((row) => {
          const bar = view.bars[row.index]!;
          return svg`<g
            data-mark=${row.index}
            data-key=${bar.key}
            tabindex=${roving.tabIndex(row.index)}
            role="img"
            aria-label=${bar.aria}
          >
            <rect class="focus-ring" x="-2" y=${row.top - 4} width=${width + 4} height=${row.height + 8}></rect>
            <text part="label" class="label" x=${row.label.x}>${row.label.lines.map(
              (l) => svg`${l.spaceBefore ? wordGap : nothing}<tspan x=${row.label.x} y=${l.y} class=${l.sub ? 'sub' : ''}>${l.text}</tspan>`,
            )}</text>
            <rect
              part="bar"
              class="bar enter tone-${bar.tone} ${bar.value < 0 ? 'negative' : ''}"
              x=${row.bar.x}
              y=${row.bar.y}
              width=${Math.max(row.bar.width, 0)}
              height=${row.bar.height}
            ></rect>
            ${row.target
              ? svg`<g part="target">
                  <line class="target-halo" x1=${row.target.x} x2=${row.target.x} y1=${row.target.y1} y2=${row.target.y2}></line>
                  <line class="target" x1=${row.target.x} x2=${row.target.x} y1=${row.target.y1} y2=${row.target.y2}></line>
                </g>`
              : nothing}
            <text part="value" class="value" x=${row.value.x} y=${row.value.y} text-anchor=${row.value.anchor}>${row.value.text}</text>
          </g>`;
        })}
        <g class="baseline" aria-hidden="true">${layout.baseline.map(line)}</g>
        ${layout.reference
          ? svg`<g part="reference" class="reference" aria-hidden="true">
              ${layout.reference.rules.map(line)}
              <text class="reference-label" x=${layout.reference.label.x} y=${layout.reference.label.y} text-anchor="middle">${layout.reference.label.text}</text>
            </g>`
          : nothing}
        <g class="target-labels" aria-hidden="true">${targetLabels}</g>
      </svg>
      ${shown ? this.renderDetails(view, shown.index, layout, lang) : nothing}`,
    );
  }

  private renderDetails(view: GrowthBarsView, index: number, layout: BarsLayout, lang: Lang): TemplateResult {
    const bar = view.bars[index]!;
    const row = layout.rows[index]!;
    const end = bar.value < 0 ? row.bar.x : row.bar.x + row.bar.width;
    return this.renderTooltip(
      // In Chinese, each figure kept whole on its line (高于目标2.9个百分点 never split inside 个百分点).
      html`<strong>${prose(bar.label, lang)}</strong>
        ${bar.sublabel ? html`<div class="sub">${prose(bar.sublabel, lang)}</div>` : nothing}
        <div class="tone-${bar.tone}"><span class="arrow">${arrow(bar.direction)}</span>${prose(bar.change, lang)}</div>
        <div>${prose(labelled(lang === 'zh' ? '数值' : 'Value', bar.amount, lang), lang)}</div>
        ${bar.targetText ? html`<div>${prose(upperFirst(bar.targetText), lang)}</div>` : nothing}`,
      Math.round(this.drawnX(end) - 24),
      Math.round(this.drawn(row.top + row.height) + 6),
      // Clear of the label column (or a lane, labels above the bars): along it the pointer reaches
      // every other row, while the details stay as long as it is on them (WCAG 1.4.13).
      { from: this.drawnX(layout.detailsLeft) },
    );
  }
}
