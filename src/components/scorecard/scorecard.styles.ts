import { css } from 'lit';
import { outOfSight } from '../../internal/styles.js';
import { columnNameBefore } from '../../internal/chart-frame.js';

export const scorecardStyles = css`
  :host {
    --_min-height: max(24rem, 384px * var(--_m));
    --_gap: var(--sc-gap, max(1rem, 16px * var(--_m)));
  }
  /*
   * Each widget stops the page's text settings at its edge; inside the scorecard,
   * they come from the scorecard, so that a reader's text spacing reaches them all.
   */
  sc-indicator-card,
  sc-growth-bars,
  sc-project-funnel,
  sc-tourism-surge {
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    /* The height a page reserves for the scorecard is not theirs: without it, each message inside is its own height. */
    --sc-min-height: initial;
  }
  /* The heading gives the document's period: a card of that period does not repeat it (its spoken sentence still does). */
  sc-indicator-card.same-period::part(period) {
    display: none;
  }
  /*
   * A scorecard's placeholder (or the height it holds through a reload) is taller than the screen:
   * its "Loading…" stays in sight, near the middle of the screen, wherever the page is scrolled within it.
   */
  .status > .status-text {
    align-self: start;
    position: sticky;
    top: 40vh;
    margin-block: max(2rem, 32px * var(--_m));
  }
  /* A theme of its own brings a background of its own (see the charts' frame). */
  :host([theme]) {
    padding: max(1rem, 16px * var(--_m));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .scorecard {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 1.5);
  }
  header {
    display: flex;
    flex-direction: column;
    gap: max(0.25rem, 4px * var(--_m));
    padding-bottom: max(0.75rem, 12px * var(--_m));
    border-bottom: 2px solid var(--_text);
  }
  .eyebrow {
    margin: 0;
    font-size: max(0.8125rem, 13px * var(--_m));
    color: var(--_muted);
    letter-spacing: 0.02em;
    /* Chinese breaks at its dot and comma, not inside 2024年一季度; a name longer than the line still breaks. */
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0;
    font-size: var(--sc-heading-size, max(1.5rem, 24px * var(--_m)));
    line-height: 1.25;
    /* A wrapped heading leaves no character alone on its last line (…经济运/行). */
    text-wrap: balance;
  }
  h3 {
    margin: 0 0 max(0.75rem, 12px * var(--_m));
    font-size: max(1.125rem, 18px * var(--_m));
  }
  h4 {
    margin: max(1rem, 16px * var(--_m)) 0 max(0.5rem, 8px * var(--_m));
    font-size: max(0.9375rem, 15px * var(--_m));
    color: var(--_muted);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(12rem, 192px * var(--_m))), 1fr));
    gap: var(--_gap);
  }
  .grid.headline {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(15rem, 240px * var(--_m))), 1fr));
  }
  .grid > * {
    break-inside: avoid;
  }
  .pair {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }
  .projects {
    width: 100%;
    border-collapse: collapse;
    font-size: max(0.875rem, 14px * var(--_m));
  }
  .projects th,
  .projects td {
    padding: max(0.375rem, 6px * var(--_m)) max(0.5rem, 8px * var(--_m));
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  /* The footer's rule closes the table; a second line above it would read as an empty row. */
  .projects tbody tr:last-child > * {
    border-bottom: none;
  }
  .projects .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /*
   * An amount may wrap ("450 million / yuan"): kept on one line, it squeezed the names and, with a
   * reader's text spacing, pushed the table past its box. 6em keeps "450 million" whole.
   */
  .projects td.num {
    min-width: 6em;
  }
  .projects .detail {
    display: block;
    color: var(--_muted);
    font-size: max(0.8125rem, 13px * var(--_m));
    font-weight: 400;
  }
  /* On a narrow screen the status moves under the project's name (see the container query). */
  .projects .status-inline {
    display: none;
  }
  .projects-wrap {
    overflow-x: auto;
  }
  .status-tag {
    display: inline-block;
    padding: 0 max(0.375rem, 6px * var(--_m));
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: max(0.75rem, 12px * var(--_m));
    white-space: nowrap;
  }
  footer {
    font-size: max(0.8125rem, 13px * var(--_m));
    color: var(--_muted);
    border-top: 1px solid var(--_border);
    padding-top: max(0.5rem, 8px * var(--_m));
  }
  @container (min-width: 900px) {
    .pair.two {
      grid-template-columns: 1fr 1fr;
    }
    h2 {
      font-size: var(--sc-heading-size, max(1.875rem, 30px * var(--_m)));
    }
  }
  /*
   * In a narrow box (a phone, a sidebar, or large text) each project is a
   * block: its name, details and status, then its investment after the
   * column's name, instead of three columns squeezed to a word or two (or a
   * column heading broken inside "Investment"). Screen readers still hear a
   * table (the roles in the template); the column names drawn before the
   * figures are not read again (alt text "").
   */
  @container (max-width: max(25rem, 400px)) {
    .projects,
    .projects tbody,
    .projects tr,
    .projects th,
    .projects td {
      display: block;
    }
    .projects thead {
      ${outOfSight}
    }
    .projects tbody tr {
      padding: max(0.5rem, 8px * var(--_m)) 0;
      border-bottom: 1px solid var(--_border);
    }
    .projects tbody tr:last-child {
      border-bottom: none;
    }
    .projects th,
    .projects td {
      padding: 0;
      border: 0;
      /* Never wider than the box, down to 160 px: a word breaks as a last resort. */
      overflow-wrap: anywhere;
    }
    .projects .status-col {
      display: none;
    }
    .projects .status-inline {
      display: inline-block;
      margin-top: max(0.25rem, 4px * var(--_m));
    }
    .projects td.num {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      column-gap: max(0.75rem, 12px * var(--_m));
      margin-top: max(0.25rem, 4px * var(--_m));
    }
    .projects td.num::before {
      ${columnNameBefore}
    }
  }
  /*
   * In a sidebar or on a phone (a 390 px screen leaves about 330 px), the secondary figures go
   * two by two wherever each card keeps its 160 px (two, and the 8 px gap), in the reader's text size.
   */
  @container (min-width: max(20.5rem, 328px)) and (max-width: 520px) {
    .grid:not(.headline) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: max(0.5rem, 8px * var(--_m));
    }
  }
  @media print {
    header {
      border-bottom-color: #000;
    }
    /* A heading stays with what it introduces; a section breaks between its cards, never inside one. */
    header,
    h3,
    h4 {
      break-after: avoid-page;
    }
    header,
    .projects tr {
      break-inside: avoid;
    }
  }
`;
