import { css } from 'lit';

export const projectFunnelStyles = css`
  :host {
    --_min-height: 16rem;
    min-width: 0;
  }
  .plot {
    position: relative;
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
    font-size: 13px;
    font-weight: 600;
  }
  svg text.value {
    font-size: 16px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  svg text.missing,
  svg text.missing-mark {
    fill: var(--_muted);
    font-size: 13px;
    font-style: italic;
  }
  svg text.missing-mark {
    font-size: 16px;
    font-weight: 700;
    font-style: normal;
  }
  svg text.secondary,
  svg text.rate-caption,
  svg text.rate-first {
    fill: var(--_muted);
  }
  svg text.rate-number {
    font-size: 14px;
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
  /* The hidden data table must not be a scrollable region (axe: scrollable-region-focusable). */
  .table-wrap.visually-hidden {
    overflow: hidden;
  }
  /* No slanted CJK: Chinese has no italic. */
  .root:lang(zh) svg text {
    font-style: normal;
  }
  .tooltip strong {
    display: block;
  }
  .mode-horizontal .bar.enter {
    transform-box: fill-box;
    transform-origin: center;
  }
  @media (prefers-reduced-motion: no-preference) {
    .mode-horizontal .bar.enter {
      animation-name: sc-funnel-grow-y;
    }
  }
  .mode-vertical .bar.enter {
    transform-box: fill-box;
    transform-origin: center;
  }
  .mode-list .bar.enter {
    transform-box: fill-box;
    transform-origin: left center;
  }
  @keyframes sc-funnel-grow-y {
    from {
      opacity: 0;
      transform: scaleY(0);
    }
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
      forced-color-adjust: none;
    }
    svg text,
    svg text.secondary,
    svg text.rate-caption,
    svg text.rate-first,
    svg text.rate-none,
    svg text.missing,
    svg text.missing-mark {
      fill: CanvasText;
    }
    .band {
      fill: none;
      stroke: GrayText;
      forced-color-adjust: none;
    }
    .zero {
      stroke: CanvasText;
    }
    [data-mark]:focus-visible .focus-ring {
      stroke: Highlight;
    }
  }
`;
