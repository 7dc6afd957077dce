import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { invalid, nothingToShow, notOneOf, unknownIds, type View } from '../../internal/sc-element.js';
import { drawingName } from '../../internal/chart-frame.js';
import { ScChart, type TextLengths } from '../../internal/sc-chart.js';
import type { Pipeline, ScorecardDocument } from '../../schema/document.js';
import { unitInfo } from '../../format/measure.js';
import type { Lang } from '../../format/number.js';
import { list } from '../../format/text.js';
import { funnelLayout, type Mode, type Orientation } from './project-funnel.layout.js';
import { projectFunnelStyles } from './project-funnel.styles.js';
import { findPipeline, projectFunnelView, type FunnelMeasure, type ProjectFunnelView } from './project-funnel.view.js';
import { prose } from '../../internal/templates.js';

/**
 * The pipeline a placeholder expects: three stages, as every published pipeline has
 * (Lingyuan's 对接洽谈 → 签约 → 落地开工, and its enclave projects'), rather than the
 * four of the issue's sketch: on a phone, where stages go down the screen, a fourth
 * made the placeholder 15-20% taller than the chart that arrives.
 */
const EXPECTED_STAGES = [
  ['对接洽谈', 'Negotiated'],
  ['签约', 'Signed'],
  ['落地开工', 'Landed and started'],
] as const;
const EXPECTED_DOCUMENT: ScorecardDocument = { version: 1, id: 'expected', region: '', period: '', source: { name: '' }, indicators: [] };

/**
 * What a screen reader is told the drawing is: a funnel where one group moves through the stages;
 * separate counts, side by side or one under another, a column or a bar chart (a funnel would say
 * that each stage came from the one before).
 */
const chartKind = (flow: boolean, mode: Mode): [[string, string, string], [string, string]] =>
  flow
    ? [['Funnel chart', 'stage', 'stages'], ['漏斗图', '个阶段']]
    : mode === 'horizontal'
      ? [['Column chart', 'stage', 'stages'], ['柱形图', '个阶段']]
      : [['Bar chart', 'stage', 'stages'], ['条形图', '个阶段']];

/**
 * The stages of an investment-project pipeline (negotiated → signed →
 * started), with the conversion from each stage to the next and from the
 * first, computed from the published figures (and said to be computed: a note
 * under the chart, "(derived)" on the table's rate columns). Renders honestly
 * what is not a tidy funnel: a stage larger than the one before (a rate above
 * 100%), a figure not published, a zero, one stage or many. A pipeline with
 * `rates: false` holds separate counts rather than one group moving through:
 * it is drawn as plain bars from a common zero, with no rate anywhere. Columns
 * by default, rows with `orientation="vertical"`, a stacked list in narrow containers.
 *
 * @tagname sc-project-funnel
 * @summary A project pipeline with stage-to-stage and from-first conversion rates.
 *
 * @csspart base - The wrapper of every state.
 * @csspart figure - The chart's figure.
 * @csspart title - The heading (the pipeline and region).
 * @csspart summary - The generated sentence.
 * @csspart illustrative - The label shown when figures are illustrative.
 * @csspart chart - The drawing.
 * @csspart notes - Notes under the drawing (rates are computed, or the stages are counted separately; a stage larger than the one before, a figure not published).
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The data table.
 * @csspart tooltip - The details of the hovered or focused stage.
 * @csspart source - The source credit.
 * @csspart status - The loading placeholder.
 * @csspart error - The in-place error message.
 * @csspart fallback - Over an error, what the page put inside the element for readers without the script (a sentence with the figures).
 * @csspart empty - The neutral message when the document has nothing for this element.
 *
 * @cssproperty [--sc-font-family=inherit] - Font. Unset: the host page's, inherited; in Chinese, common CJK sans faces come before its generic family.
 * @cssproperty [--sc-color-text=light-dark(#1f2328, #e6e8eb)] - Main text colour.
 * @cssproperty [--sc-color-muted=light-dark(#57606a, #a8b1bb)] - Secondary text colour.
 * @cssproperty [--sc-color-surface=light-dark(#ffffff, #1b1f24)] - Background of the tooltip and the table button.
 * @cssproperty [--sc-color-border=light-dark(#d0d7de, #454c54)] - Borders.
 * @cssproperty [--sc-color-accent=light-dark(#0b5cad, #79b8ff)] - Fill of the stage bars.
 * @cssproperty [--sc-funnel-band=color-mix(in srgb, var(--sc-color-accent) 22%, transparent)] - Fill of the bands joining the bars: by default the accent, faint.
 * @cssproperty [--sc-color-focus=light-dark(#0b5cad, #79b8ff)] - Focus ring.
 * @cssproperty [--sc-min-height=max(16rem, 256px)] - Height of the loading placeholder (unset: as tall as the funnel it expects at this width), and the least height of an error or "nothing to show" message (unset: the default).
 * @cssproperty [--sc-color-red=light-dark(#c0262d, #ff8a84)] - The palettes' red; here only the border of an error message.
 * @cssproperty [--sc-radius=8px] - Corner radius of the tooltip and of an error message.
 *
 * @event {CustomEvent<ScorecardDocument>} sc-load - The document loaded and passed validation; `detail` is the document.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading, parsing or validation failed (or `pipeline` names no pipeline); `detail` is `{ kind, errors: [{ path, message, messageZh, id? }], empty? }`; `empty: true` when the document is valid but has nothing for this element.
 */
export class ScProjectFunnel extends ScChart<ProjectFunnelView> {
  static override styles = [...ScChart.styles, projectFunnelStyles];

  static override properties: PropertyDeclarations = {
    pipeline: { reflect: true },
    // Not reflected: their defaults would be written into the page's markup (a CMS saving its editor's HTML keeps them).
    measure: {},
    orientation: {},
  };

  /** The `id` of the pipeline to show. Default: the document's first pipeline. */
  declare pipeline: string | undefined;

  /** What the bars and rates measure: `count` (projects, default) or `amount` (the stages' investment amounts). */
  // Written out, not as type aliases: the docs' API table shows the types as declared here.
  measure: 'count' | 'amount' = 'count';

  /** `horizontal` (stages left to right, default) or `vertical` (top to bottom). Narrow containers always get a stacked list. */
  orientation: 'horizontal' | 'vertical' = 'horizontal';

  /** The measure and orientation shown: the defaults when the attribute is removed (null) or the property unset. */
  private get shownMeasure(): FunnelMeasure {
    return this.measure ?? 'count';
  }

  private get shownOrientation(): Orientation {
    return this.orientation ?? 'horizontal';
  }

  protected toView(documents: ScorecardDocument[], lang: Lang): View<ProjectFunnelView> {
    const document = documents[0]!;
    const measure = this.shownMeasure;
    const orientation = this.shownOrientation;
    if (measure !== 'count' && measure !== 'amount') return notOneOf('measure', measure, ['count', 'amount']);
    if (orientation !== 'horizontal' && orientation !== 'vertical') return notOneOf('orientation', orientation, ['horizontal', 'vertical']);
    const pipeline = findPipeline(document, this.pipeline);
    if (!pipeline) {
      return this.pipeline
        ? unknownIds('pipeline', ['pipeline', '项目流程'], [this.pipeline], document.pipelines?.map((item) => item.id) ?? [])
        : nothingToShow('pipelines', 'the document has no pipelines', '文档中没有项目流程（pipelines）');
    }
    const index = document.pipelines!.indexOf(pipeline);
    if (measure === 'amount') {
      if (!pipeline.stages.some((stage) => stage.amount)) {
        return invalid(
          'measure',
          `measure is 'amount' but no stage of pipeline '${pipeline.id}' has an amount`,
          `measure 为 'amount'，但项目流程 '${pipeline.id}' 的各阶段都没有投资额`,
        );
      }
      // Amounts are compared, so they must be in one kind of unit (亿元 and 万元 are both yuan).
      const kinds = pipeline.stages.map((stage) => (stage.amount ? unitInfo(stage.amount.unit).en : undefined));
      const first = kinds.find((kind) => kind !== undefined);
      const other = kinds.findIndex((kind) => kind !== undefined && kind !== first);
      if (other !== -1) {
        return invalid(
          `pipelines[${index}].stages[${other}].amount.unit`,
          `the stage amounts are in different kinds of unit (${first} and ${kinds[other]}) and cannot be compared`,
          `各阶段投资额的单位不可比较（${first} 与 ${kinds[other]}）`,
        );
      }
    }
    return { ok: true, value: projectFunnelView(document, pipeline, measure, lang) };
  }

  /** The lengths of Lingyuan's funnels, the demo's only pipelines. */
  protected readonly typicalText: TextLengths = { title: { zh: 150, en: 420 }, summary: { zh: 880, en: 940 } };

  /** The drawing of a typical pipeline (EXPECTED_STAGES), each stage fewer than the one before. */
  protected expectedDrawingHeight(lang: Lang): number {
    const stages = EXPECTED_STAGES.map(([zh, en], index) => ({ id: en, label: { zh, en }, count: 100 >> index }));
    const pipeline: Pipeline = { id: 'expected', label: '', stages };
    const document: ScorecardDocument = { ...EXPECTED_DOCUMENT, pipelines: [pipeline] };
    const view = projectFunnelView(document, pipeline, 'count', lang);
    return funnelLayout(view.layout, this.chartWidth, this.shownOrientation, this.measureText(lang), view.flow).height;
  }

  protected renderChart(view: ProjectFunnelView, lang: Lang): TemplateResult {
    const layout = this.layoutFor([view, lang, this.shownOrientation], () =>
      funnelLayout(view.layout, this.chartWidth, this.shownOrientation, this.measureText(lang), view.flow),
    );
    this.marks.count = view.stages.length;
    const shown = this.marks.shown;
    const tip = shown >= 0 ? layout.stages[shown] : undefined;
    return this.renderMarks(
      `plot mode-${layout.mode}${view.flow ? '' : ' separate'}`,
      html`<svg
        role="group"
        aria-describedby=${this.ids.keys}
        aria-label=${drawingName(lang, view.stages.length, ...chartKind(view.flow, layout.mode))}
        width=${this.drawn(layout.width)}
        height=${this.drawn(layout.height)}
        viewBox="0 0 ${layout.width} ${layout.height}"
      >
        ${svg`<g aria-hidden="true">
          ${layout.connectors.map((points) => svg`<polygon class="band" points=${points}></polygon>`)}
        </g>
        ${layout.stages.map((stage, index) => {
          const item = view.stages[index]!;
          return svg`<g
            data-mark=${index}
            tabindex=${this.marks.tabIndex(index)}
            role="img"
            aria-label=${list(item.details, lang)}
          >
            <rect class="hit" x=${stage.hit.x} y=${stage.hit.y} width=${stage.hit.width} height=${stage.hit.height}></rect>
            ${stage.bar
              ? svg`<rect class="bar enter ${layout.mode === 'horizontal' ? 'enter-y' : ''}" x=${stage.bar.x} y=${stage.bar.y} width=${stage.bar.width} height=${stage.bar.height}></rect>`
              : nothing}
            ${stage.zero
              ? svg`<line class="zero" x1=${stage.zero.x1} y1=${stage.zero.y1} x2=${stage.zero.x2} y2=${stage.zero.y2}></line>`
              : nothing}
            ${stage.texts.map(
              (text) => svg`<text class=${text.cls} x=${text.x} y=${text.y} text-anchor=${text.anchor}>${text.text}</text>`,
            )}
            <rect
              class="focus-ring"
              x=${stage.hit.x + 1}
              y=${stage.hit.y + 1}
              width=${Math.max(0, stage.hit.width - 2)}
              height=${Math.max(0, stage.hit.height - 2)}
              rx="6"
            ></rect>
          </g>`;
        })}
        ${layout.baseline
          ? svg`<line class="baseline" aria-hidden="true" x1=${layout.baseline.x1} y1=${layout.baseline.y1} x2=${layout.baseline.x2} y2=${layout.baseline.y2}></line>`
          : nothing}`}
      </svg>
      ${tip
        ? this.renderTooltip(
            view.stages[shown]!.details.map((line, index) => (index === 0 ? html`<strong>${prose(line, lang)}</strong>` : html`<div>${prose(line, lang)}</div>`)),
            this.drawn(tip.anchor.x),
            this.drawn(tip.anchor.y) + 4,
            // Shifted by its share of the width instead: over the first stage it starts there, over the last it ends there.
            { style: { left: `${this.drawn(tip.anchor.x)}px`, transform: `translateX(-${Math.round((tip.anchor.x / layout.width) * 100)}%)` } },
          )
        : nothing}`,
    );
  }
}
