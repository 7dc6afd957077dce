import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { nothingToShow, notOneOf, unknownIds, type View } from '../../internal/sc-element.js';
import { ScChart, type TextLengths } from '../../internal/sc-chart.js';
import { drawingName } from '../../internal/chart-frame.js';
import { headingLevelOf, keepFigures, prose, renderIllustrativeBadge, renderQuantity } from '../../internal/templates.js';
import type { ScorecardDocument } from '../../schema/document.js';
import type { Lang } from '../../format/number.js';
import { DOT, labelled, lowerFirst, parseIds, upperFirst } from '../../format/text.js';
import { arrow } from '../../format/tone.js';
import { comparisonLayout, dailyLayout, gridColumns, type ComparisonLayout, type DailyLayout, type PanelLayout } from './tourism-surge.layout.js';
import { tourismSurgeStyles } from './tourism-surge.styles.js';
import { toneStyles } from '../../internal/styles.js';
import { METRICS, tourismSurgeView, type SurgeEvent, type TourismSurgeView } from './tourism-surge.view.js';

/** A holiday panel's text above and below its bars (its rule, title and growth line), in px. */
const EVENT_TEXT = 70;
/** The gap between rows of panels (see the styles). */
const ROW_GAP = 16;

/**
 * Holiday tourism against the same holiday a year earlier: this year's
 * visitors or revenue beside last year's (derived from the published growth
 * and marked as derived), the surge as published and converted to the other
 * form (a percent as a multiple, a multiple as a percent, marked as derived),
 * the peak day (with visitors only), and an optional daily series. Bars
 * start at zero; a tiny base year keeps a visible bar. With `heading-level`,
 * each holiday's name is a heading too, one level below the title (up to 6).
 *
 * @tagname sc-tourism-surge
 * @summary Holiday visitors and revenue against the same holiday a year earlier.
 *
 * @csspart base - The wrapper of every state.
 * @csspart figure - The chart's figure.
 * @csspart title - The chart's heading.
 * @csspart summary - The generated summary sentence.
 * @csspart chart - The drawing: one panel per holiday.
 * @csspart event - One holiday's panel.
 * @csspart event-title - A holiday's name, place and measure, and its dates where they are given.
 * @csspart surge - The change: arrow, percent and multiple in words.
 * @csspart peak - The busiest single day.
 * @csspart figures - Other published figures of the holiday.
 * @csspart days - The daily series of a holiday.
 * @csspart tooltip - The details of the focused or hovered bar.
 * @csspart notes - Notes under the chart (derived figures, separate scales).
 * @csspart table-toggle - The "show data table" button.
 * @csspart table - The data table.
 * @csspart source - The source credit.
 * @csspart illustrative - The label on made-up figures.
 * @csspart status - The loading placeholder.
 * @csspart error - The in-place error message.
 * @csspart fallback - Over an error, what the page put inside the element for readers without the script (a sentence with the figures).
 * @csspart empty - The neutral message when the document has nothing for this element.
 *
 * @cssproperty [--sc-font-family=inherit] - Font. Unset: the host page's, inherited; in Chinese, common CJK sans faces come before its generic family.
 * @cssproperty [--sc-color-text=light-dark(#1f2328, #e6e8eb)] - Main text colour.
 * @cssproperty [--sc-color-muted=light-dark(#57606a, #a8b1bb)] - Secondary text colour.
 * @cssproperty [--sc-color-surface=light-dark(#ffffff, #1b1f24)] - Background of the tooltip and buttons.
 * @cssproperty [--sc-color-border=light-dark(#d0d7de, #454c54)] - Rules and borders.
 * @cssproperty [--sc-color-accent=light-dark(#0b5cad, #79b8ff)] - Default fill of the bars (see --sc-color-bar).
 * @cssproperty [--sc-color-bar=var(--sc-color-accent)] - Fill of the bars (default: the accent colour); derived bars are dashed in it.
 * @cssproperty [--sc-color-good=var(--sc-color-red) in cn, var(--sc-color-green) in intl] - Colour of good news; the default follows `palette`.
 * @cssproperty [--sc-color-bad=var(--sc-color-green) in cn, var(--sc-color-red) in intl] - Colour of bad news; the default follows `palette`.
 * @cssproperty [--sc-color-red=light-dark(#c0262d, #ff8a84)] - The palettes' red: good news in cn, bad news in intl.
 * @cssproperty [--sc-color-green=light-dark(#1a7f37, #5fd47f)] - The palettes' green: good news in intl, bad news in cn.
 * @cssproperty [--sc-color-focus=light-dark(#0b5cad, #79b8ff)] - The focus ring.
 * @cssproperty [--sc-min-height=max(16rem, 256px)] - Height of the loading placeholder (unset: as tall as the panels it expects at this width), and the least height of an error or "nothing to show" message (unset: the default).
 * @cssproperty [--sc-color-neutral=light-dark(#57606a, #a8b1bb)] - Colour of a change that is neither good nor bad news.
 * @cssproperty [--sc-radius=8px] - Corner radius of the tooltip and of an error message.
 *
 * @event {CustomEvent<ScorecardDocument>} sc-load - The document loaded and passed validation; `detail` is the document.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading, parsing or validation failed, or an `events` id or `metric` is unknown; `detail` is `{ kind, errors: [{ path, message, messageZh, id? }], empty? }`; `empty: true` when the document is valid but has nothing for this element.
 */
export class ScTourismSurge extends ScChart<TourismSurgeView> {
  static override styles = [...ScChart.styles, toneStyles, tourismSurgeStyles];

  static override properties: PropertyDeclarations = {
    events: { reflect: true },
    metric: { reflect: true },
    paired: { type: Boolean, reflect: true },
  };

  /** Ids of the holidays to show, separated by spaces or commas, in that order. Default: every holiday of the document. */
  declare events: string | undefined;

  /** `visitors` or `revenue`. Default: visitors where given, else revenue, for each holiday; visitors when `paired`. */
  // Written out, not as Metric: the docs' API table shows the type as declared here.
  declare metric: 'visitors' | 'revenue' | undefined;

  /**
   * Set on a visitors chart and a revenue chart of the same holidays shown together (as a
   * scorecard shows them): each shows only the other figures that belong beside its metric
   * (sales beside revenue), so that none shows twice, and both are laid out alike at one width.
   */
  paired = false;

  protected toView(documents: ScorecardDocument[], lang: Lang): View<TourismSurgeView> {
    const document = documents[0]!;
    if (this.metric && !METRICS.includes(this.metric)) {
      return notOneOf('metric', this.metric, METRICS);
    }
    const all = document.tourism ?? [];
    if (!all.length) return nothingToShow('tourism', 'the document has no tourism events', '文档中没有节假日旅游数据');
    const ids = parseIds(this.events);
    const missing = ids.filter((id) => !all.some((event) => event.id === id));
    if (missing.length) return unknownIds('events', ['tourism event', '节假日'], missing, all.map((event) => event.id));
    const events = ids.length ? ids.map((id) => all.find((event) => event.id === id)!) : all;
    return { ok: true, value: tourismSurgeView(document, events, this.metric || undefined, lang, this.paired) };
  }

  /** The medians of the demo's tourism charts (summaries of 1,060–1,470 px in Chinese, 1,480–2,570 px in English). */
  protected readonly typicalText: TextLengths = { title: { zh: 290, en: 670 }, summary: { zh: 1080, en: 1600 } };

  /**
   * The drawing to expect while loading: as many holidays as `events` names, else two, each with this year's and
   * last year's bars under its title and above the line that says how much it grew.
   */
  protected expectedDrawingHeight(lang: Lang): number {
    const count = parseIds(this.events).length || 2;
    const { columns, panelWidth } = gridColumns(this.chartWidth, count);
    const zh = lang === 'zh';
    const bar = (value: number, year: string) => ({ value, rowLabel: year, valueLabel: zh ? `${value}万人次` : `${value * 10_000} visits`, derived: false });
    const panel = { scale: 'visits', bars: [bar(73.21, zh ? '2024年' : '2024'), bar(48.5, zh ? '2023年' : '2023')] };
    const rows = Math.ceil(count / columns);
    const height = comparisonLayout([panel], this.ringInset(panelWidth), this.measureText(lang)).panels[0]!.height;
    return rows * (height + EVENT_TEXT) + (rows - 1) * ROW_GAP;
  }

  protected renderChart(view: TourismSurgeView, lang: Lang): TemplateResult {
    const { columns, comparison, dailies } = this.layoutFor([view, lang], () => {
      const { columns, panelWidth: outer } = gridColumns(this.chartWidth, view.events.length);
      const panelWidth = this.ringInset(outer);
      const measure = this.measureText(lang);
      return {
        columns,
        // A holiday's view is a panel of the layout: its scale and bars (value, year, figure as shown).
        comparison: comparisonLayout(view.events, panelWidth, measure, view.alike),
        dailies: view.events.map((event) => event.days && dailyLayout(event.days.items, panelWidth, event.days.peakText, measure)),
      };
    });
    // Marks are numbered across panels: each holiday's bars, then its days.
    let next = 0;
    const panels = view.events.map((event, index) => {
      const daily = dailies[index];
      const first = next;
      next += event.bars.length + (daily ? daily.columns.length : 0);
      return { event, bars: comparison.panels[index]!, daily, first };
    });
    this.marks.count = next;
    return this.renderMarks(
      'panels',
      // A made-up holiday among real ones carries its own label; a wholly made-up chart has one label for all.
      panels.map(({ event, bars, daily, first }) => this.renderEvent(event, bars, comparison.mode, daily, first, lang, event.illustrative && !view.illustrative)),
      { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` },
    );
  }

  /** A mark's details: in Chinese, each figure kept whole on its line (同比增长534% never split at its %). */
  private renderDetails(text: string, box: { x: number; y: number; width: number; height: number }, lang: Lang): TemplateResult {
    return this.renderTooltip(prose(text, lang), this.drawnX(box.x), this.drawn(box.y + box.height) + 4);
  }

  private renderEvent(
    event: SurgeEvent,
    layout: PanelLayout,
    mode: ComparisonLayout['mode'],
    daily: DailyLayout | undefined,
    first: number,
    lang: Lang,
    labelIllustrative: boolean,
  ): TemplateResult {
    const zh = lang === 'zh';
    const focus = this.marks;
    const shownBar = focus.shown - first;
    const shownDay = shownBar - event.bars.length;
    const zero = layout.bars[0]?.x ?? 0;
    const barsBox = this.svgBox(layout.width, layout.height);
    const daysBox = daily && this.svgBox(daily.width, daily.height);
    // A drawing's name says which holiday: arrow keys move across the holidays' panels, and a screen
    // reader says the name of each drawing the focus enters ("2024年春节假期：条形图，共2项").
    // Under a chart title that is a heading, each holiday's name is one a level below, where there is one.
    const chartLevel = headingLevelOf(this.headingLevel);
    const eventLevel = chartLevel && chartLevel < 6 ? chartLevel + 1 : undefined;
    // The dot and the line break part them for the eye; a screen reader is given a comma, and pauses.
    const pause = html`<span class="visually-hidden">${lang === 'zh' ? '，' : ', '}</span>`;
    return html`<div part="event" class="event">
      <p part="event-title" class="event-title" role=${eventLevel ? 'heading' : nothing} aria-level=${eventLevel ?? nothing}>
        <span class="event-name">${event.title}</span><span class="metric" aria-hidden="true">${DOT}</span>${pause} <span class="metric">${event.metricLabel}</span>
        ${labelIllustrative ? html` ${renderIllustrativeBadge(lang)}` : nothing}
        ${event.period ? html`${pause}<span class="event-period">${event.period}</span>` : nothing}
      </p>
      <div class="event-body">
      ${layout.bars.length
        ? html`<div class="plot">
            <svg width=${barsBox.width} height=${barsBox.height} viewBox=${barsBox.viewBox} role="group" aria-describedby=${this.ids.keys} aria-label=${labelled(event.name, lowerFirst(drawingName(lang, layout.bars.length, ['Bar chart', 'bar', 'bars'], ['条形图', '项'])), lang)}>
              ${layout.bars.map((bar, index) => {
                const mark = first + index;
                // Keyed by holiday and year, so that focus stays with its figure when new data moves it (see RovingFocusController).
                return svg`<g data-mark=${mark} data-key=${`${event.id} ${event.bars[index]!.rowLabel}`} tabindex=${focus.tabIndex(mark)} role="img" aria-label=${event.bars[index]!.description}>
                  <rect class="focus-ring" x=${bar.box.x} y=${bar.box.y} width=${bar.box.width} height=${bar.box.height} rx="4"></rect>
                  <rect class=${bar.derived ? 'bar-derived enter' : 'bar enter'} x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>
                  <text class="row-label" x=${bar.rowLabel.x} y=${bar.rowLabel.y}>${bar.rowLabel.text}</text>
                  ${bar.valueLabel.map(
                    (line) =>
                      svg`<text class=${bar.derived ? 'value-label derived' : 'value-label'} x=${line.x} y=${line.y} text-anchor=${line.anchor}>${line.text}</text>`,
                  )}
                </g>`;
              })}
              ${mode === 'inline'
                ? svg`<line class="baseline" x1=${zero} x2=${zero} y1="0" y2=${layout.height}></line>`
                : layout.bars.map((bar) => svg`<line class="baseline" x1=${bar.x} x2=${bar.x} y1=${bar.y - 3} y2=${bar.y + bar.height + 3}></line>`)}
            </svg>
            ${shownBar >= 0 && shownBar < layout.bars.length ? this.renderDetails(event.bars[shownBar]!.description, layout.bars[shownBar]!.box, lang) : nothing}
          </div>`
        : html`<p class=${event.published ? 'value-alone' : 'value-alone missing'}>${event.valueParts ? renderQuantity(event.valueParts, lang) : event.valueText}</p>`}
      ${event.surge
        ? // Under drawn bars the change is already in this year's bar's name: a screen reader would read it twice in a row.
          html`<p part="surge" class="surge tone-${event.surge.tone}" aria-hidden=${layout.bars.length ? 'true' : nothing}><span class="arrow" aria-hidden="true">${arrow(event.surge.direction)}</span><span>${keepFigures(event.surge.text)}</span></p>`
        : event.noComparison
          ? html`<p class="no-comparison">${upperFirst(event.noComparison)}</p>`
          : nothing}
      ${event.peak ? html`<p part="peak" class="peak">${zh ? '单日最高：' : 'Peak day: '}<strong>${event.peak}</strong></p>` : nothing}
      ${event.figures.length ? html`<ul part="figures" class="figures">${event.figures.map((figure) => html`<li>${figure}</li>`)}</ul>` : nothing}
      ${event.note ? html`<p class="event-note">${event.note}</p>` : nothing}
      ${event.days && daily && daysBox
        ? html`<div part="days" class="days">
            <p class="days-title">${event.days.title}</p>
            <div class="plot">
              <svg width=${daysBox.width} height=${daysBox.height} viewBox=${daysBox.viewBox} role="group" aria-describedby=${this.ids.keys} aria-label=${labelled(event.name, lowerFirst(drawingName(lang, daily.columns.length, ['Column chart', 'day', 'days'], ['柱形图', '天'])), lang)}>
                ${daily.columns.map((column, index) => {
                  const mark = first + event.bars.length + index;
                  return svg`<g data-mark=${mark} data-key=${`${event.id} day ${event.days!.items[index]!.label}`} tabindex=${focus.tabIndex(mark)} role="img" aria-label=${event.days!.items[index]!.description}>
                    <rect class="focus-ring" x=${column.box.x} y=${column.box.y} width=${column.box.width} height=${column.box.height} rx="4"></rect>
                    <rect class=${column.peak ? 'bar column peak enter enter-y' : 'bar column enter enter-y'} x=${column.x} y=${column.y} width=${column.width} height=${column.height}></rect>
                    ${column.dayLabel ? svg`<text class="day-label" x=${column.dayLabel.x} y=${column.dayLabel.y} text-anchor="middle">${column.dayLabel.text}</text>` : nothing}
                    ${column.valueLabel
                      ? svg`<text class=${column.peak ? 'value-label peak-label' : 'value-label small'} x=${column.valueLabel.x} y=${column.valueLabel.y} text-anchor=${column.valueLabel.anchor}>${column.valueLabel.text}</text>`
                      : nothing}
                  </g>`;
                })}
                <line class="baseline" x1="0" x2=${daily.width} y1=${daily.baseline} y2=${daily.baseline}></line>
              </svg>
              ${shownDay >= 0 && shownDay < daily.columns.length ? this.renderDetails(event.days.items[shownDay]!.description, daily.columns[shownDay]!.box, lang) : nothing}
            </div>
          </div>`
        : nothing}
      </div>
    </div>`;
  }
}
