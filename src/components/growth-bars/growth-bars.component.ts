import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cspStyle } from '../../internal/csp-style.js';
import { ScElement, type View } from '../../internal/sc-element.js';
import { chartStyles, renderChartFrame, uniqueId } from '../../internal/chart-frame.js';
import { RovingFocusController } from '../../internal/roving-focus.js';
import { WidthController } from '../../internal/width-controller.js';
import type { ScorecardDocument } from '../../schema/document.js';
import { formatNumber, type Lang } from '../../format/number.js';
import { arrow } from '../../format/tone.js';
import { estimateWidth, layoutBars, type BarsLayout, type Measure, type PlacedText, type Segment } from './growth-bars.layout.js';
import { growthBarsView, parseIds, type GrowthBarsView, type SortOrder } from './growth-bars.view.js';
import { growthBarsStyles } from './growth-bars.styles.js';

export type { GrowthBar, GrowthBarsView, SortOrder } from './growth-bars.view.js';

const anchor = (text: PlacedText) => text.anchor;

const WIDTH_FALLBACK = 600;

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
 *
 * @cssproperty --sc-font-family - Font; default: the host page's.
 * @cssproperty --sc-color-text - Main text colour; also the baseline, target markers and the reference line.
 * @cssproperty --sc-color-muted - Secondary text colour (summary, ticks, periods).
 * @cssproperty --sc-color-surface - Background behind labels (halo) and the tooltip.
 * @cssproperty --sc-color-border - Gridlines and borders.
 * @cssproperty --sc-color-good - Bars of good news (default by palette: red in cn, green in intl).
 * @cssproperty --sc-color-bad - Bars of bad news (default by palette).
 * @cssproperty --sc-color-neutral - Bars of neutral indicators.
 * @cssproperty --sc-color-focus - The focus ring.
 * @cssproperty --sc-min-height - Height held while loading.
 *
 * @event sc-load - The documents loaded and passed validation; `detail` is the array of documents.
 * @event sc-error - Loading, parsing or validation failed (also for an unknown indicator id); `detail` is `{ kind, errors: [{ path, message, messageZh }] }`.
 */
export class ScGrowthBars extends ScElement<GrowthBarsView> {
  static override styles = [...ScElement.styles, chartStyles, growthBarsStyles];

  /** Ids of the indicators to show, in this order, separated by commas or spaces. Default: every indicator with a percent change. */
  @property({ reflect: true }) indicators?: string;

  /** With several documents: the id of the indicator to compare across them. */
  @property({ reflect: true }) indicator?: string;

  /** `desc` (fastest first), `asc`, or `none` (the document's order). */
  @property({ reflect: true }) sort: SortOrder = 'none';

  /** A reference line at this growth rate in percent (a provincial average). */
  @property({ type: Number, reflect: true }) reference?: number;

  /** The reference line's label, e.g. 全省平均 / "Provincial average"; the figure is added. */
  @property({ reflect: true, attribute: 'reference-label' }) referenceLabel?: string;

  /** Hides the growth-target markers. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-targets' }) hideTargets = false;

  /** Hides the source credit (for a page that credits the source once). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-source' }) hideSource = false;

  /** Replaces the generated heading (the chart's accessible name). */
  @property() heading?: string;

  @state() private tableOpen = false;

  private readonly widthController = new WidthController(this, WIDTH_FALLBACK);
  private readonly roving = new RovingFocusController(this);
  private readonly ids = { title: uniqueId('sc-gb-title'), table: uniqueId('sc-gb-table') };
  private probe?: SVGTextElement;
  private probeFamily = '';
  private readonly widths = new Map<string, number>();

  protected override get multiple(): boolean {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Web fonts change text widths: measure again once they are in.
    void globalThis.document?.fonts?.ready.then(() => {
      this.widths.clear();
      this.requestUpdate();
    });
  }

  protected toView(documents: ScorecardDocument[], lang: Lang): View<GrowthBarsView> {
    return growthBarsView(
      documents,
      {
        indicators: parseIds(this.indicators),
        indicator: this.indicator?.trim() || undefined,
        sort: this.sort,
        reference: this.reference ?? undefined,
        referenceLabel: this.referenceLabel,
        targets: !this.hideTargets,
        heading: this.heading,
      },
      lang,
    );
  }

  /**
   * The width to draw at. Until the resize observer first reports (the
   * controller still holds its fallback), the host is measured directly, so
   * that the first frame is not drawn at a guessed width.
   */
  private get chartWidth(): number {
    const width = this.widthController.width;
    return width === WIDTH_FALLBACK && this.isConnected && this.clientWidth > 0 ? this.clientWidth : width;
  }

  /**
   * Measures text as the chart draws it: an invisible svg text in this shadow
   * root, in the element's font and language (the language picks fallback
   * fonts for Chinese). Widths are cached until the font changes.
   */
  private measure(lang: Lang): Measure {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (typeof document === 'undefined' || !root) return estimateWidth;
    if (!this.probe) {
      const ns = 'http://www.w3.org/2000/svg';
      const box = document.createElementNS(ns, 'svg');
      box.setAttribute('class', 'measure');
      box.setAttribute('aria-hidden', 'true');
      this.probe = document.createElementNS(ns, 'text');
      box.append(this.probe);
      // Before Lit's own content, so that rendering never touches it.
      root.insertBefore(box, root.firstChild);
    }
    const probe = this.probe;
    const family = getComputedStyle(this).fontFamily;
    if (family !== this.probeFamily) {
      this.widths.clear();
      this.probeFamily = family;
    }
    probe.parentElement!.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    return (text, size, bold = false) => {
      const key = `${lang}|${size}|${bold ? 1 : 0}|${text}`;
      let width = this.widths.get(key);
      if (width === undefined) {
        probe.style.fontSize = `${size}px`;
        probe.style.fontWeight = bold ? '700' : '400';
        probe.textContent = text;
        const measured = probe.getComputedTextLength();
        // Nothing is laid out while the element is hidden: estimate, and measure again later.
        if (measured === 0 && text.trim()) return estimateWidth(text, size, bold);
        // A pixel to spare for glyphs that reach past their advance.
        width = measured + 1;
        this.widths.set(key, width);
      }
      return width;
    };
  }

  protected renderView(view: GrowthBarsView, lang: Lang): TemplateResult {
    const layout = layoutBars(view.bars, {
      width: this.chartWidth,
      measure: this.measure(lang),
      reference: view.reference,
      tickFormat: (value) => `${formatNumber(value, lang)}%`,
    });
    this.roving.count = layout.rows.length;
    return renderChartFrame(
      {
        lang,
        title: view.title,
        summary: view.summary,
        chart: this.renderChart(view, layout, lang),
        notes: view.notes,
        table: view.table,
        tableOpen: this.tableOpen,
        onToggleTable: () => {
          this.tableOpen = !this.tableOpen;
        },
        source: view.source,
        hideSource: this.hideSource,
        illustrative: view.illustrative,
      },
      this.ids,
    );
  }

  private renderChart(view: GrowthBarsView, layout: BarsLayout, lang: Lang): TemplateResult {
    const { width, height } = layout;
    const roving = this.roving;
    const line = (segment: Segment) => svg`<line x1=${segment.x} x2=${segment.x} y1=${segment.y1} y2=${segment.y2}></line>`;
    const shown = roving.shown >= 0 ? layout.rows[roving.shown] : undefined;
    return html`<div
      class="plot"
      @keydown=${roving.keydown}
      @focusin=${roving.focusin}
      @focusout=${roving.focusout}
      @pointerover=${roving.pointerover}
      @pointerleave=${roving.pointerleave}
    >
      <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group" aria-labelledby=${this.ids.title}>
        <g class="grid" aria-hidden="true">${layout.ticks.filter((tick) => tick.value !== 0).flatMap((tick) => tick.rules.map(line))}</g>
        <g part="axis" class="axis" aria-hidden="true">
          ${layout.ticks.map((tick) => svg`<text class="tick" x=${tick.x} y=${tick.y} text-anchor=${anchor(tick)}>${tick.text}</text>`)}
        </g>
        ${layout.rows.map((row) => {
          const bar = view.bars[row.index]!;
          return svg`<g
            class="mark"
            data-mark=${row.index}
            tabindex=${roving.tabIndex(row.index)}
            role="img"
            aria-label=${bar.aria}
          >
            <rect class="focus-ring" x="-4" y=${row.top - 4} width=${width + 8} height=${row.height + 8}></rect>
            <text part="label" class="label" x=${row.label.x}>${row.label.lines.map(
              (l) => svg`<tspan x=${row.label.x} y=${l.y} class=${l.sub ? 'sub' : ''}>${l.text}</tspan>`,
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
                </g>${row.target.label
                  ? svg`<text class="target-label" x=${row.target.label.x} y=${row.target.label.y} text-anchor="middle">${row.target.label.text}</text>`
                  : nothing}`
              : nothing}
            <text part="value" class="value" x=${row.value.x} y=${row.value.y} text-anchor=${anchor(row.value)}>${row.value.text}</text>
          </g>`;
        })}
        <g class="baseline" aria-hidden="true">${layout.baseline.map(line)}</g>
        ${layout.reference
          ? svg`<g part="reference" class="reference" aria-hidden="true">
              ${layout.reference.rules.map(line)}
              <text class="reference-label" x=${layout.reference.label.x} y=${layout.reference.label.y} text-anchor="middle">${layout.reference.label.text}</text>
            </g>`
          : nothing}
      </svg>
      ${shown ? this.renderTooltip(view, shown.index, layout, lang) : nothing}
    </div>`;
  }

  private renderTooltip(view: GrowthBarsView, index: number, layout: BarsLayout, lang: Lang): TemplateResult {
    const bar = view.bars[index]!;
    const row = layout.rows[index]!;
    const end = bar.value < 0 ? row.bar.x : row.bar.x + row.bar.width;
    const style = {
      left: `clamp(0px, ${Math.round(end - 24)}px, calc(100% - 16rem))`,
      top: `${Math.round(row.top + row.height + 6)}px`,
    };
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" style=${cspStyle(style)}>
      <strong>${bar.label}</strong>
      ${bar.sublabel ? html`<div class="sub">${bar.sublabel}</div>` : nothing}
      <div class="tone-${bar.tone}"><span class="arrow">${arrow(bar.direction)}</span>${bar.change}</div>
      <div>${lang === 'zh' ? `数值：${bar.amount}` : `Value: ${bar.amount}`}</div>
      ${bar.targetText ? html`<div>${bar.targetText}</div>` : nothing}
    </div>`;
  }
}
