import { css, html, nothing, unsafeCSS, type CSSResult, type TemplateResult } from 'lit';
import { TEXT_SIZE } from './text-measure.js';
import type { Source } from '../schema/document.js';
import type { Lang } from '../format/number.js';
import { markOtherLanguage, prose, renderCredit, renderIllustrative } from './templates.js';
import { outOfSight } from './styles.js';

/**
 * Where a table's rows are set as blocks: a figure's column name, drawn before
 * it from its `data-label`. The second declaration, where understood, keeps the
 * name from being read again (the column heading is read); the first is for
 * browsers that do not.
 * Here, not in styles.ts: a module-level `css` is kept in every bundle that imports
 * its module, and the indicator card has no table.
 */
export const columnNameBefore = css`
  content: attr(data-label);
  content: attr(data-label) / '';
  color: var(--_muted);
`;

export interface DataTable {
  caption: string;
  /**
   * Column headings; `numeric` columns align right. A `prose` column holds running text (a change
   * in words): a Chinese line may break between any two characters there, its figures held whole.
   */
  columns: { label: string; numeric?: boolean; prose?: boolean }[];
  /** Cells as text; the first cell of a row is its heading. */
  rows: string[][];
}

/** What every chart's view model gives the frame around its drawing. */
export interface ChartView {
  /** The chart's name: its heading and accessible name. */
  title: string;
  /**
   * The title in the phrases it was built from (a Chinese title: 凌源市 | 上半年（截至6月末）| 主要指标同比增速):
   * its lines break between them, not inside a word, where the width allows.
   */
  titlePhrases?: string[] | undefined;
  /** The generated sentence that says what the chart shows. */
  summary: string;
  /** Visible notes under the chart (an indicator left out, a value derived). */
  notes?: string[];
  table: DataTable;
  source?: Source | undefined;
  illustrative?: boolean;
}

export interface ChartFrame extends ChartView {
  lang: Lang;
  /** The drawing itself (an svg, or HTML bars). */
  chart: TemplateResult;
  /** Whether the data table shows on screen; it is always there for screen readers. */
  tableOpen: boolean;
  onToggleTable: () => void;
  hideSource?: boolean;
  /** When set (1–6), the title is also a heading of this level, for screen readers' heading navigation. */
  headingLevel?: number | undefined;
}

/**
 * The accessible name of a chart's drawing: what kind of chart, with how many
 * marks ("Bar chart, 6 bars", "条形图，共6项"). The title names the figure already.
 */
export const drawingName = (
  lang: Lang,
  count: number,
  [kind, one, many]: [string, string, string],
  [kindZh, unitZh]: [string, string],
): string => (lang === 'zh' ? `${kindZh}，共${count}${unitZh}` : `${kind}, ${count} ${count === 1 ? one : many}`);

let nextId = 0;
/** A page-unique id for aria references inside one shadow root. */
export const uniqueId = (prefix: string): string => `${prefix}-${++nextId}`;

/**
 * The frame every chart shares: heading, summary sentence, drawing, notes,
 * a "show data" toggle with the data table, and the source credit.
 */
/** An empty cell's dash, heard as a word: a screen reader may say "em dash", or nothing at all. */
export const emptyCell = (zh: boolean): TemplateResult => html`<span aria-hidden="true">—</span><span class="visually-hidden">${zh ? '无' : 'none'}</span>`;

/**
 * Whether the reader may have arrow keys: not on a device with a touch screen alone (a phone), whose
 * screen reader would otherwise say "arrow keys move between them" of every chart. A phone with a
 * keyboard sees the keys named in the tooltip once a mark has the keyboard's focus; its screen reader
 * (rare with a keyboard) is not told, the price of sparing every other phone's.
 */
const keysAtHand = (): boolean => typeof matchMedia !== 'function' || matchMedia('(any-pointer: fine), (any-hover: hover)').matches;

export const renderChartFrame = (frame: ChartFrame, ids: { title: string; table: string; keys: string }): TemplateResult => {
  const zh = frame.lang === 'zh';
  const { table } = frame;
  const title = frame.titlePhrases
    ? frame.titlePhrases.filter(Boolean).map((phrase) => html`<span class="phrase">${phrase}</span>`)
    : markOtherLanguage(frame.title, frame.lang);
  const toggle = frame.tableOpen ? (zh ? '隐藏数据表' : 'Hide data table') : zh ? '显示数据表' : 'Show data table';
  // The table's roles are spelled out: a narrow box sets its rows as blocks (see chartStyles), and
  // CSS display would otherwise take the table's semantics with it in some browsers.
  // The table is always in the accessibility tree (hidden from sight only), so its button shows
  // and hides it for the eye: aria-expanded would say "collapsed" of a table a screen reader can
  // already read. The button's name says which chart (a page may hold several), after its visible words.
  // A phrased title's phrases (inline blocks, to break between) would each be read apart ("喀左县 2024年一季度 主要指标"):
  // the figure and the heading are then named by the title's text itself.
  const spokenTitle = frame.titlePhrases ? frame.title : undefined;
  return html`<figure part="figure" class="figure" aria-labelledby=${spokenTitle ? nothing : ids.title} aria-label=${spokenTitle ?? nothing}>
    <figcaption part="title" class=${frame.titlePhrases ? 'title phrased' : 'title'} id=${ids.title}>${frame.headingLevel
      ? html`<span role="heading" aria-level=${frame.headingLevel} aria-label=${spokenTitle ?? nothing}>${title}</span>`
      : title}</figcaption>
    <p part="summary" class="summary">${prose(frame.summary, frame.lang)}</p>
    ${frame.illustrative ? renderIllustrative(frame.lang) : nothing}
    <div part="chart" class="chart">${frame.chart}</div>
    <span id=${ids.keys} hidden>${keysAtHand() ? (zh ? '可用方向键逐项查看' : 'Arrow keys move between them') : ''}</span>
    ${frame.notes?.length
      ? html`<ul part="notes" class="notes">
          ${frame.notes.map((note) => html`<li>${prose(note, frame.lang)}</li>`)}
        </ul>`
      : nothing}
    <button
      part="table-toggle"
      class="table-toggle"
      type="button"
      aria-controls=${ids.table}
      aria-label=${`${toggle}${zh ? '：' : ' for '}${frame.title}`}
      @click=${frame.onToggleTable}
    >
      ${toggle}
    </button>
    <div
      id=${ids.table}
      class="table-wrap ${frame.tableOpen ? '' : 'visually-hidden'} ${table.columns.length >= 6 ? 'wide' : ''}"
      role=${frame.tableOpen ? 'region' : nothing}
      aria-label=${frame.tableOpen ? table.caption : nothing}
    >
      <table part="table" role="table">
        <caption>${markOtherLanguage(table.caption, frame.lang)}</caption>
        <thead role="rowgroup">
          <tr role="row">
            ${table.columns.map((column) => html`<th scope="col" role="columnheader" class=${column.numeric ? 'num' : ''}>${markOtherLanguage(column.label, frame.lang)}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${table.rows.map(
            (row) =>
              html`<tr role="row">
                ${row.map((cell, index) =>
                  index === 0
                    ? html`<th scope="row" role="rowheader">${markOtherLanguage(cell, frame.lang)}</th>`
                    : html`<td role="cell" class=${table.columns[index]?.numeric ? 'num' : table.columns[index]?.prose ? 'prose' : ''} data-label=${table.columns[index]?.label ?? ''}><span>${cell === '—'
                        ? emptyCell(zh)
                        : table.columns[index]?.prose
                          ? prose(cell, frame.lang)
                          : markOtherLanguage(cell, frame.lang)}</span></td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${frame.hideSource ? nothing : renderCredit(frame.source, frame.lang, frame.illustrative)}
  </figure>`;
};

/**
 * In a narrow box (a phone, a scorecard's column) each row of the data table is a block: its
 * heading, then each figure after its column's name, instead of a table wider than the box that
 * only scrolls sideways. The column headings stay for screen readers, which hear the table as a
 * table (the roles above); the names drawn before the figures are not read again (alt text "").
 * `p` scopes the rules (a table of many columns stacks in a wider box).
 */
const stackedTable = (p: CSSResult) => css`
    ${p}table,
    ${p}caption,
    ${p}tbody,
    ${p}tr,
    ${p}th,
    ${p}td {
      display: block;
    }
    ${p}thead {
      ${outOfSight}
    }
    ${p}tbody tr {
      padding: max(0.375rem, 6px * var(--_m)) 0;
      border-bottom: 1px solid var(--_border);
    }
    ${p}tbody th,
    ${p}td {
      min-width: 0;
      padding: max(0.125rem, 2px * var(--_m)) 0;
      border: 0;
      /* Never wider than the box, down to 160 px: a word breaks as a last resort. */
      overflow-wrap: anywhere;
    }
    /* Two items: the column's name, and the cell's one span (its kept-whole runs are not items of their own). */
    ${p}td {
      display: flex;
      /* A value whose unbreakable runs ("full year 2024") cannot fit beside the name goes under it. */
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 max(0.75rem, 12px * var(--_m));
      text-align: end;
    }
    ${p}td > span {
      flex: 1 1 0;
    }
    ${p}td::before {
      ${columnNameBefore}
      flex: none;
      max-width: 50%;
      text-align: start;
    }
    ${p}.num {
      white-space: normal;
    }
  `;

/** Styles for the chart frame, the svg text, marks, focus and tooltips. */
export const chartStyles = css`
  :host {
    --_min-height: max(14rem, 224px * var(--_m));
    min-width: 0;
  }
  /*
   * A theme set on the element may differ from the page's: the chart then brings
   * its own background, or its text could be light on a light page. On the host,
   * so that the width the layout reads is inside the padding.
   */
  :host([theme]) {
    padding: max(0.75rem, 12px * var(--_m));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /*
   * No least height of its own: a loaded chart is as tall as what it shows (a holiday with a figure
   * and no bars is a few lines). The least height (--sc-min-height, or the element's default) is
   * the loading placeholder's and an error's or empty message's (see the status styles).
   */
  .figure {
    margin: 0;
  }
  /* The loading placeholder's outline: its dashed box adds a border the chart does not have. */
  .figure.shape {
    margin: -1px 0;
  }
  .title {
    font-size: max(1rem, 16px * var(--_m));
    font-weight: 700;
    margin: 0 0 max(0.25rem, 4px * var(--_m));
  }
  /*
   * Lines of even length: no "a year / earlier" with one word on the last line. Not for a title
   * that breaks between its phrases only: balancing would break it before a bracket, inside one.
   */
  .title:not(.phrased) {
    text-wrap: balance;
  }
  /*
   * Chinese breaks between the title's phrases only (see titlePhrases). A phrase wider than the box
   * breaks inside itself as Chinese does, never before its closing mark (not 节假日接待游客 / ：).
   */
  .phrase {
    display: inline-block;
  }
  .summary {
    margin: 0 0 max(0.5rem, 8px * var(--_m));
    font-size: max(0.875rem, 14px * var(--_m));
    color: var(--_muted);
  }
  .chart,
  .plot {
    position: relative;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: inherit;
  }
  svg text {
    fill: currentColor;
    font-size: ${TEXT_SIZE}px;
  }
  /* The text measurer's probe (see text-measure.ts): laid out, never seen. */
  .measure {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    /* Its own layout: a measurement lays out the probe alone, not the page around it. */
    contain: strict;
  }
  .baseline {
    stroke: var(--_text);
  }
  [data-mark] {
    outline: none;
    cursor: default;
  }
  [data-mark]:focus-visible .focus-ring {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .tooltip {
    /* The width a chart's details may take: renderTooltip keeps that much room inside the chart. */
    --_tip-width: max(18rem, 288px * var(--_m));
    position: absolute;
    z-index: 1;
    /* Its own width, not the room right of where it starts (a tooltip moved back by a transform would be squeezed). */
    width: max-content;
    max-width: min(var(--_tip-width), 90%);
    padding: max(0.375rem, 6px * var(--_m)) max(0.5rem, 8px * var(--_m));
    border: 1px solid var(--_border);
    border-radius: max(0.375rem, 6px * var(--_m));
    background: var(--_surface);
    color: var(--_text);
    font-size: max(0.8125rem, 13px * var(--_m));
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .tooltip strong {
    display: block;
  }
  /*
   * A bridge over the gap between a mark and its details (below it, or above it once moved there):
   * a tooltip set a few pixels off its chart (the funnel's, below the drawing) is reached without
   * the pointer leaving the marks, which hides it (WCAG 1.4.13: the pointer can move onto the
   * details). Only on that side: sideways it would widen the page beside a chart at its edge.
   */
  .tooltip::before {
    content: '';
    position: absolute;
    top: -8px;
    left: 0;
    right: 0;
    height: 8px;
  }
  .tooltip.above::before {
    top: auto;
    bottom: -8px;
  }
  /* Says which keys work, while a mark has keyboard focus (the tooltip is hidden from screen readers). */
  .marks:has([data-mark]:focus-visible) .tooltip::after {
    content: attr(data-keys);
    display: block;
    margin-top: max(0.25rem, 4px * var(--_m));
    padding-top: max(0.25rem, 4px * var(--_m));
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: max(0.75rem, 12px * var(--_m));
  }
  .notes {
    margin: max(0.5rem, 8px * var(--_m)) 0 0;
    padding-left: max(1.25rem, 20px * var(--_m));
    font-size: max(0.8125rem, 13px * var(--_m));
    color: var(--_muted);
  }
  .table-toggle {
    margin-top: max(0.5rem, 8px * var(--_m));
    padding: max(0.25rem, 4px * var(--_m)) max(0.625rem, 10px * var(--_m));
    border: 1px solid var(--_border);
    border-radius: max(0.375rem, 6px * var(--_m));
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(0.8125rem, 13px * var(--_m));
    cursor: pointer;
  }
  /* The button starts at the widget's left edge: its ring is drawn on its border, where a column that clips cannot cut it. */
  .table-toggle:focus-visible {
    outline-offset: -2px;
  }
  .table-wrap {
    overflow-x: auto;
    margin-top: max(0.5rem, 8px * var(--_m));
    container-type: inline-size;
  }
  /*
   * A table wider than its box fades out at the side where more columns lie,
   * as the cue a phone's hidden scrollbar does not give. The table's own
   * scroll position picks the side; a table that fits has no scroll timeline,
   * so no fade. Only where scroll timelines exist (elsewhere the animation
   * would stop at its last frame), not while focused (the mask would clip the
   * focus ring), not in forced colours and not on paper.
   */
  @supports (animation-timeline: scroll()) {
    @media screen and (forced-colors: none) {
      .table-wrap:not(.visually-hidden, :focus-visible) {
        animation: sc-more-columns linear both;
        animation-timeline: scroll(self inline);
      }
    }
  }
  @keyframes sc-more-columns {
    from {
      mask-image: linear-gradient(to left, transparent, #000 max(2.5rem, 40px * var(--_m)));
    }
    1%,
    99% {
      mask-image: linear-gradient(to right, transparent, #000 max(2.5rem, 40px * var(--_m)), #000 calc(100% - max(2.5rem, 40px * var(--_m))), transparent);
    }
    to {
      mask-image: linear-gradient(to right, transparent, #000 max(2.5rem, 40px * var(--_m)));
    }
  }
  /* Hidden from sight but read by screen readers; not a scrollable region. */
  .table-wrap.visually-hidden {
    overflow: hidden;
  }
  table {
    border-collapse: collapse;
    font-size: max(0.8125rem, 13px * var(--_m));
    width: 100%;
    /* A heading that must wrap does not leave one character alone (规模以上工业增加/值). */
    text-wrap: pretty;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: max(0.25rem, 4px * var(--_m));
  }
  th,
  td {
    padding: max(0.25rem, 4px * var(--_m)) max(0.5rem, 8px * var(--_m));
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /*
   * A table wider than its box (and than 30rem: narrower, rows are blocks, see
   * below) scrolls sideways rather than squeeze its columns to a character or
   * two: row headings keep a readable width, headings break only between words
   * (not inside 单日最高), and a Chinese figure stays on one line. An English
   * one may wrap between its words ("more than / 2 million visits": the
   * formatter's no-break spaces keep a number with its magnitude and symbol),
   * or six columns of them would scroll even on a tablet.
   */
  tbody th {
    min-width: 6em;
  }
  thead th {
    min-width: 4em;
    word-break: keep-all;
  }
  .num {
    white-space: nowrap;
  }
  .num:lang(en) {
    min-width: 5em;
    white-space: normal;
  }
  /* In a narrow box, each row of the table is a block (see stackedTable). */
  @container (max-width: max(30rem, 480px)) {
    ${stackedTable(unsafeCSS(''))}
  }
  /*
   * A Chinese table of six columns (a holiday's figures) stacks in a wider box: its names
   * break only between words (凤凰山景区 stays whole), so below this width it would scroll.
   */
  @container (max-width: max(36rem, 576px)) {
    ${stackedTable(unsafeCSS('.wide:lang(zh) '))}
  }
  .source {
    margin: max(0.5rem, 8px * var(--_m)) 0 0;
    font-size: max(0.75rem, 12px * var(--_m));
    color: var(--_muted);
  }
  /* Marks grow in from their base: .enter along x, with .enter-y along y. */
  .enter {
    transform-box: fill-box;
    transform-origin: left center;
  }
  @media (prefers-reduced-motion: no-preference) {
    .enter {
      animation: sc-enter 0.4s ease-out both;
    }
    .enter-y {
      animation-name: sc-enter-y;
    }
  }
  @keyframes sc-enter {
    from {
      opacity: 0;
      transform: scaleX(0);
    }
  }
  @keyframes sc-enter-y {
    from {
      opacity: 0;
      transform: scaleY(0);
    }
  }
  /* On paper a button does nothing, and a tooltip left from the pointer hides a figure. */
  @media print {
    .table-toggle,
    .tooltip {
      display: none;
    }
    /* The title and summary stay with the drawing, and the drawing is not cut in two. */
    .title,
    .summary {
      break-after: avoid-page;
      break-inside: avoid;
    }
    /*
     * A scorecard holds a summary to its partner's height (see its AlignController), measured on
     * screen: the printed page is another width, where no frame runs to measure it again.
     * Important: over the inline height the scorecard sets.
     */
    .summary {
      min-height: auto !important;
    }
    /* A drawing laid out wider than this paper (a page printed from a wide screen) is scaled to fit, not cut off. */
    .chart svg {
      max-width: 100%;
      height: auto;
      break-inside: avoid;
    }
    /* A mark focused when the page was printed is not a mark the paper singles out. */
    [data-mark]:focus-visible .focus-ring {
      stroke: none;
    }
  }
  @media (forced-colors: active) {
    /* .chart: above each element's own .bar fill, whatever the order of the style sheets. */
    .chart .bar {
      fill: CanvasText;
      forced-color-adjust: none;
    }
    /*
     * Chromium does not force an SVG fill: a label in the chart's muted or text colour
     * could all but vanish on the system background. Important: forced, over each
     * element's own label colours, whatever their selectors' weight.
     */
    svg :is(text, tspan) {
      fill: CanvasText !important;
    }
    .tooltip {
      border-color: CanvasText;
    }
    [data-mark]:focus-visible .focus-ring {
      stroke: Highlight;
    }
  }
`;
