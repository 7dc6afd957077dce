import { css } from 'lit';
// Sizes the layout measures text in: one place for both.
import { TYPE } from './project-funnel.layout.js';

export const projectFunnelStyles = css`
  :host {
    --_min-height: max(16rem, 256px * var(--_m));
  }
  .plot svg {
    max-width: 100%;
    height: auto;
  }
  .bar {
    fill: var(--sc-color-accent, var(--_accent));
  }
  .band {
    fill: var(--sc-funnel-band, color-mix(in srgb, var(--_accent) 22%, transparent));
  }
  .zero {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .hit {
    fill: transparent;
  }
  [data-mark]:hover .hit {
    fill: color-mix(in srgb, var(--_text) 5%, transparent);
  }
  svg text.label {
    font-size: ${TYPE.label.size}px;
    font-weight: 600;
  }
  svg text.value {
    font-size: ${TYPE.value.size}px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  svg text.missing,
  svg text.missing-mark {
    fill: var(--_muted);
    font-size: ${TYPE.label.size}px;
    font-style: italic;
  }
  svg text.missing-mark {
    font-size: ${TYPE.value.size}px;
    font-weight: 700;
    font-style: normal;
  }
  svg text.secondary,
  svg text.rate-caption,
  svg text.rate-first {
    fill: var(--_muted);
  }
  svg text.rate-number {
    font-size: ${TYPE.rate.size}px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  svg text.rate {
    font-weight: 600;
  }
  svg text.rate-none {
    fill: var(--_muted);
    font-weight: 400;
    font-style: italic;
  }
  /* No slanted CJK: Chinese has no italic. */
  .root:lang(zh) svg text {
    font-style: normal;
  }
  .mode-horizontal .enter,
  .mode-vertical .enter {
    transform-origin: center;
  }
  /* Separate counts: bars grow from their common zero (the bottom of a column, the left of a row). */
  .separate.mode-horizontal .enter {
    transform-origin: center bottom;
  }
  .separate.mode-vertical .enter {
    transform-origin: left center;
  }
  @media (forced-colors: active) {
    .band {
      fill: none;
      stroke: GrayText;
      forced-color-adjust: none;
    }
    .zero {
      stroke: CanvasText;
    }
  }
`;
