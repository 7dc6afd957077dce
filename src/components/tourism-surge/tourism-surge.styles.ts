import { css } from 'lit';
// Sizes the layout measures text in: one place for both.
import { PANEL_GAP, SMALL_FONT } from './tourism-surge.layout.js';

export const tourismSurgeStyles = css`
  :host {
    --_min-height: 16rem;
    --_bar: var(--sc-color-bar, var(--_accent));
  }
  .panels {
    display: grid;
    column-gap: ${PANEL_GAP}px;
    row-gap: 1rem;
  }
  .event {
    min-width: 0;
    padding-top: 0.5rem;
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
    margin-bottom: 0.375rem !important;
    font-size: 0.9375rem;
  }
  .event-name {
    font-weight: 700;
  }
  /* The badge of one made-up holiday, inline in its title. */
  span.illustrative {
    margin: 0;
    padding: 0 0.375rem;
    font-size: 0.75rem;
  }
  /*
   * The separator stays with the holiday (a no-break space before it), and the measure may go
   * down to the next line after it: a line never starts with "·", even where keep-all leaves a
   * Chinese holiday's name no break of its own.
   */
  .metric {
    font-size: 0.8125rem;
    color: var(--_muted);
    white-space: nowrap;
  }
  .plot .tooltip {
    --_tip-width: 12rem;
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
  .baseline {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  .surge {
    margin-top: 0.375rem !important;
    font-size: 0.9375rem;
    font-weight: 700;
  }
  .no-comparison,
  .event-note,
  .figures {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .no-comparison {
    margin-top: 0.25rem !important;
  }
  .value-alone {
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .value-alone.missing {
    font-size: 1.125rem;
    color: var(--_muted);
  }
  .peak {
    margin-top: 0.25rem !important;
    font-size: 0.875rem;
  }
  .figures {
    margin: 0.25rem 0 0;
    padding-left: 1.125rem;
  }
  .event-note {
    margin-top: 0.25rem !important;
  }
  .days {
    margin-top: 0.625rem;
  }
  .days-title {
    margin-bottom: 0.25rem !important;
    font-size: 0.8125rem;
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
  .enter-y {
    transform-origin: center bottom;
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
