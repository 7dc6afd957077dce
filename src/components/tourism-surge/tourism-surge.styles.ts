import { css } from 'lit';
// Sizes the layout measures text in: one place for both.
import { PANEL_GAP, SMALL_FONT } from './tourism-surge.layout.js';

export const tourismSurgeStyles = css`
  :host {
    --_min-height: max(16rem, 256px * var(--_m));
    --_bar: var(--sc-color-bar, var(--_accent));
  }
  .panels {
    display: grid;
    column-gap: ${PANEL_GAP}px;
    row-gap: max(1rem, 16px * var(--_m));
  }
  /*
   * A holiday's name and its body are two rows of the panels' grid, so that the bars of holidays
   * side by side start level when one name takes more lines (its dates, or a long name).
   */
  .event {
    display: grid;
    grid-row: span 2;
    grid-template-rows: subgrid;
    row-gap: 0;
    align-content: start;
    min-width: 0;
    padding-top: max(0.5rem, 8px * var(--_m));
    border-top: 1px solid var(--_border);
    /*
     * A panel holds names and short lines, not prose: Chinese breaks between
     * words (at spaces and punctuation), never inside 凤凰山景区 or 推算; a word
     * wider than the panel still breaks rather than run out of it.
     */
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .event p {
    margin: 0;
  }
  .event-title {
    margin-bottom: max(0.375rem, 6px * var(--_m)) !important;
    font-size: max(0.9375rem, 15px * var(--_m));
  }
  .event-name {
    font-weight: 700;
  }
  /* The holiday's dates as printed, a line of their own under its name. */
  .event-period {
    display: block;
    font-size: max(0.8125rem, 13px * var(--_m));
    color: var(--_muted);
  }
  /* The badge of one made-up holiday, inline in its title. */
  span.illustrative {
    margin: 0;
    padding: 0 max(0.375rem, 6px * var(--_m));
    font-size: max(0.75rem, 12px * var(--_m));
  }
  /*
   * The separator stays with the holiday (a no-break space before it), and the measure may go
   * down to the next line after it: a line never starts with "·", even where keep-all leaves a
   * Chinese holiday's name no break of its own.
   */
  .metric {
    font-size: max(0.8125rem, 13px * var(--_m));
    color: var(--_muted);
    white-space: nowrap;
  }
  .plot .tooltip {
    --_tip-width: max(12rem, 192px * var(--_m));
    max-width: min(var(--_tip-width), 100%);
  }
  .bar {
    fill: var(--_bar);
  }
  .bar-derived {
    fill: color-mix(in srgb, var(--_bar) 14%, transparent);
    stroke: var(--_bar);
    stroke-width: 1.5px;
    stroke-dasharray: 4 2;
  }
  .row-label {
    fill: var(--_muted);
  }
  .value-label {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .value-label.derived {
    font-weight: 400;
    fill: var(--_text);
  }
  .value-label.small {
    font-size: ${SMALL_FONT}px;
    font-weight: 400;
    fill: var(--_muted);
  }
  .day-label {
    fill: var(--_muted);
  }
  /*
   * The arrow hangs beside the words, which wrap in a column of their own: it never stands alone on a
   * line, as it could where the panel's keep-all leaves its first words (为去年同期的) no break.
   */
  .surge {
    display: flex;
    align-items: baseline;
    margin-top: max(0.375rem, 6px * var(--_m)) !important;
    font-size: max(0.9375rem, 15px * var(--_m));
    font-weight: 700;
  }
  .no-comparison,
  .event-note,
  .figures {
    font-size: max(0.8125rem, 13px * var(--_m));
    color: var(--_muted);
  }
  .no-comparison {
    margin-top: max(0.25rem, 4px * var(--_m)) !important;
  }
  .value-alone {
    font-size: max(1.375rem, 22px * var(--_m));
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .value-alone.missing {
    font-size: max(1.125rem, 18px * var(--_m));
    color: var(--_muted);
  }
  .peak {
    margin-top: max(0.25rem, 4px * var(--_m)) !important;
    font-size: max(0.875rem, 14px * var(--_m));
  }
  .figures {
    margin: max(0.25rem, 4px * var(--_m)) 0 0;
    padding-left: max(1.125rem, 18px * var(--_m));
  }
  .event-note {
    margin-top: max(0.25rem, 4px * var(--_m)) !important;
  }
  .days {
    margin-top: max(0.625rem, 10px * var(--_m));
  }
  .days-title {
    margin-bottom: max(0.25rem, 4px * var(--_m)) !important;
    font-size: max(0.8125rem, 13px * var(--_m));
    font-weight: 600;
    color: var(--_muted);
  }
  /*
   * The table's names (凤凰山景区, 接待游客) break only between words (in a
   * box narrower than its words, as a last resort, anywhere). In Chinese a
   * derived figure may put its mark on a line of its own (日均800余人次 /
   * （推算）), the figure staying whole, so that a scorecard's column on a
   * desktop holds the whole table.
   */
  tbody th,
  td {
    word-break: keep-all;
  }
  .root:lang(zh) td.num {
    white-space: normal;
  }
  /*
   * The change in words is a sentence, not a name: in Chinese it breaks between any two
   * characters (its figures held whole), and so does a figure column's heading at its bracket
   * (去年同期 / （推算）), so that six columns fit from the width where the table stops stacking.
   */
  td.prose {
    word-break: normal;
  }
  .root:lang(zh) thead th.num {
    white-space: normal;
  }
  .enter-y {
    transform-origin: center bottom;
  }
  /* On paper a holiday's panel stays whole: its name is never left at the foot of a page. */
  @media print {
    .event {
      break-inside: avoid;
    }
    /* Not held to a partner's height measured on screen (see .summary in the chart styles). */
    .event-body {
      min-height: auto !important;
    }
  }
  @media (forced-colors: active) {
    .bar-derived {
      fill: Canvas;
      stroke: CanvasText;
      forced-color-adjust: none;
    }
    .baseline {
      stroke: CanvasText;
    }
    .event {
      border-top-color: CanvasText;
    }
  }
`;
