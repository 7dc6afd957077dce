import { css } from 'lit';
// Sizes the layout measures text in: one place for both.
import { LABEL_SIZE, SUB_SIZE, TARGET_SIZE, TICK_SIZE, VALUE_SIZE } from './growth-bars.layout.js';

export const growthBarsStyles = css`
  :host {
    --_min-height: max(12rem, 192px * var(--_m));
  }
  svg text.label {
    font-size: ${LABEL_SIZE}px;
  }
  svg text.label .sub {
    font-size: ${SUB_SIZE}px;
    fill: var(--_muted);
  }
  .bar {
    fill: currentColor;
  }
  svg text.value {
    font-size: ${VALUE_SIZE}px;
    font-weight: 700;
  }
  /* A halo in the background colour keeps labels legible where a rule crosses them. */
  svg text.value,
  svg text.target-label,
  svg text.reference-label {
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  svg text.tick {
    font-size: ${TICK_SIZE}px;
    fill: var(--_muted);
  }
  svg text.target-label {
    font-size: ${TARGET_SIZE}px;
  }
  /* Drawn over the marks (above the reference line): pointing at one reads the mark beneath. */
  .target-labels {
    pointer-events: none;
  }
  svg text.reference-label {
    font-size: ${TICK_SIZE}px;
    font-weight: 600;
  }
  .grid line {
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .baseline line {
    stroke: var(--_text);
    stroke-width: 1.5px;
  }
  .reference line {
    stroke: var(--_text);
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
  }
  .target-halo {
    stroke: var(--_surface);
    stroke-width: 5px;
  }
  .target {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .enter.negative {
    transform-origin: right center;
  }
  .focus-ring {
    rx: 4px;
    /* The whole row answers the pointer, not only a thin bar. */
    pointer-events: all;
  }
  .tooltip {
    --_tip-width: max(16rem, 256px * var(--_m));
    max-width: min(var(--_tip-width), 100%);
    line-height: 1.4;
  }
  .tooltip .sub {
    color: var(--_muted);
  }
  .tooltip .arrow {
    font-size: 0.85em;
  }
  @media (forced-colors: active) {
    .baseline line,
    .reference line,
    .target {
      stroke: CanvasText;
    }
    .target-halo {
      stroke: Canvas;
    }
    svg text.value,
    svg text.target-label,
    svg text.reference-label {
      stroke: Canvas;
    }
  }
`;
