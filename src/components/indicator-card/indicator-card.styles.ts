import { css } from 'lit';

export const indicatorCardStyles = css`
  /*
   * The card fills the height its grid cell gives it, so that cards in a row are
   * as tall as each other. By flex, not height: 100%, which on a page without a
   * doctype (quirks mode) resolves against the window and stretches a lone card.
   */
  :host {
    --_min-height: max(9.5rem, 152px * var(--_m));
    display: flex;
    flex-direction: column;
    max-width: 600px;
    min-width: 0;
  }
  .root {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
  }
  .card {
    /* Its content box is what a figure must fit in (100cqi below). */
    container-type: inline-size;
    /* The figure's size: the plan word and the unit are set in proportion to it. */
    --_value-size: var(--sc-value-size, max(2rem, 32px * var(--_m)));
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    gap: max(0.25rem, 4px * var(--_m));
    padding: var(--sc-card-padding, max(0.875rem, 14px * var(--_m)) max(1rem, 16px * var(--_m)));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* The loading placeholder's outline: its dashed box stands for the card's border. */
  .card.shape {
    border: 0;
  }
  .label {
    /* Set by a row of cards (sc-scorecard's grids), so that their figures line up. */
    min-height: var(--sc-label-min-height, auto);
    font-size: max(0.9375rem, 15px * var(--_m));
    font-weight: 600;
    color: var(--_muted);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /* A plan's word on the line above its figure, set apart from the label: "Target:" reads into the figure. */
  .plan-word {
    margin-top: max(0.375rem, 6px * var(--_m));
    font-size: max(0.875rem, 14px * var(--_m));
    font-weight: 600;
    line-height: 1.3;
  }
  /*
   * The block is set in the unit's size and only the number in the figure's: a
   * unit that goes down to a line of its own ("202.28 million" / "yuan") takes a
   * line of its own size, with no figure-sized gap above it.
   */
  .value {
    font-size: calc(var(--_value-size) * 0.55);
    font-weight: 600;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .value .number {
    /*
     * The figure's size again, however --sc-value-size is given (2em would otherwise count from the block),
     * but never wider than the card: --_figure-ems is how many ems its digits take at most (figure-fit.ts).
     */
    font-size: min(calc(1em / 0.55), calc(100cqi / var(--_figure-ems, 1)));
    font-weight: 700;
  }
  /* As tall as a figure's line, so that the change below lines up with the cards beside it. */
  .value.missing {
    font-size: max(1.25rem, 20px * var(--_m));
    line-height: calc(var(--_value-size) * 1.15);
    color: var(--_muted);
  }
  .change {
    font-weight: 600;
  }
  .meta,
  .note {
    font-size: max(0.8125rem, 13px * var(--_m));
    color: var(--_muted);
  }
  .target {
    margin-top: max(0.375rem, 6px * var(--_m));
    font-size: max(0.8125rem, 13px * var(--_m));
  }
  .track {
    display: block;
    width: 100%;
    height: max(0.5rem, 8px * var(--_m));
    margin: max(0.375rem, 6px * var(--_m)) 0;
    overflow: visible;
  }
  .track-bg {
    fill: light-dark(#e6e9ed, #30363d);
  }
  .fill {
    fill: var(--sc-color-progress, var(--_accent));
  }
  /* The target marker stands out from the bar by a halo of the card's own colour, in every theme. */
  .marker-halo {
    stroke: var(--_surface);
    stroke-width: 6px;
    vector-effect: non-scaling-stroke;
  }
  .marker {
    stroke: var(--_text);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .source {
    margin-top: auto;
    padding-top: max(0.5rem, 8px * var(--_m));
    font-size: max(0.75rem, 12px * var(--_m));
    color: var(--_muted);
  }
  @container (max-width: 220px) {
    .card {
      --_value-size: var(--sc-value-size, max(1.5rem, 24px * var(--_m)));
      padding: var(--sc-card-padding, max(0.625rem, 10px * var(--_m)) max(0.75rem, 12px * var(--_m)));
    }
  }
  @container (min-width: 420px) {
    .card {
      --_value-size: var(--sc-value-size, max(2.5rem, 40px * var(--_m)));
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .track-bg {
      fill: Canvas;
      stroke: CanvasText;
      vector-effect: non-scaling-stroke;
    }
    .fill {
      fill: CanvasText;
    }
    .marker-halo {
      stroke: Canvas;
    }
    .marker {
      stroke: CanvasText;
    }
  }
  /*
   * A row's label height is measured on screen, in the screen's rows: the printed page is
   * another width, with other rows, where no frame runs to measure it again.
   */
  @media print {
    .label {
      min-height: auto;
    }
  }
`;
