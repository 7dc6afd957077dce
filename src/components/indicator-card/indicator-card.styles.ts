import { css } from 'lit';

export const indicatorCardStyles = css`
  /*
   * The card fills the height its grid cell gives it, so that cards in a row are
   * as tall as each other. By flex, not height: 100%, which on a page without a
   * doctype (quirks mode) resolves against the window and stretches a lone card.
   */
  :host {
    --_min-height: 9.5rem;
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
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    gap: 0.25rem;
    padding: var(--sc-card-padding, 0.875rem 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .label {
    font-size: 0.9375rem;
    font-weight: 600;
    color: var(--_muted);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /*
   * The block is set in the unit's size and only the number in the figure's: a
   * unit that goes down to a line of its own ("202.28 million" / "yuan") takes a
   * line of its own size, with no figure-sized gap above it.
   */
  .value {
    --_value-size: var(--sc-value-size, 2rem);
    font-size: calc(var(--_value-size) * 0.55);
    font-weight: 600;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .value .number {
    /* The figure's size again, however --sc-value-size is given (2em would otherwise count from the block). */
    font-size: calc(1em / 0.55);
    font-weight: 700;
  }
  /*
   * A Chinese unit is never split (万元, not 万 / 元); the line may break
   * before it. English words break only between them, as many on the first
   * line as fit: "202.28 million" / "yuan", or "202.28" / "million yuan".
   */
  .value .unit {
    white-space: nowrap;
  }
  /* As tall as a figure's line, so that the change below lines up with the cards beside it. */
  .value.missing {
    font-size: 1.25rem;
    line-height: calc(var(--_value-size) * 1.15);
    color: var(--_muted);
  }
  .change {
    font-weight: 600;
  }
  .meta,
  .note {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .target {
    margin-top: 0.375rem;
    font-size: 0.8125rem;
  }
  .track {
    display: block;
    width: 100%;
    height: 0.5rem;
    margin: 0.375rem 0;
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
    padding-top: 0.5rem;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  @container (max-width: 220px) {
    .card {
      padding: 0.625rem 0.75rem;
    }
    .value {
      --_value-size: var(--sc-value-size, 1.5rem);
    }
  }
  @container (min-width: 420px) {
    .value {
      --_value-size: var(--sc-value-size, 2.5rem);
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
`;
