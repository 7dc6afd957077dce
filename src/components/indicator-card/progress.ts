import type { TargetProgress } from '../../format/target.js';

export interface ProgressGeometry {
  /** Width of the bar for the actual figure, in percent of the track. */
  fill: number;
  /** Position of the target marker, in percent of the track. */
  marker: number;
}

/**
 * Where the actual figure and the target sit on a progress track that starts
 * at zero. The track ends a little past the larger of the two, so neither
 * touches the edge; a negative actual draws no fill.
 */
export const progressGeometry = ({ actual, target }: Pick<TargetProgress, 'actual' | 'target'>): ProgressGeometry => {
  const reach = Math.max(actual ?? 0, target, 0);
  if (reach === 0) return { fill: 0, marker: 0 };
  const end = reach * 1.15;
  const percent = (n: number) => Math.round((Math.max(0, n) / end) * 1000) / 10;
  return { fill: percent(actual ?? 0), marker: percent(target) };
};
