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
 * touches the edge; a negative actual draws no fill. No track without an
 * actual figure: an empty bar would read as nothing reached.
 *
 * Where lower is better, the track measures the cut: the figures are mirrored, so that
 * −4.1% against a target of −3% fills past the marker. A ceiling ("at most"), or a target
 * of a figure where lower is better that is not a cut, has no track: a bar filling
 * towards it would read as progress. Nor has a fall set as the target of a figure where higher
 * is better (at most −5%): from zero, −3% beating it would draw as an empty bar, nothing achieved.
 */
export const progressGeometry = (
  { actual, target }: Pick<TargetProgress, 'actual' | 'target'>,
  { lowerIsBetter = false, ceiling = false } = {},
): ProgressGeometry | undefined => {
  if (actual === undefined || ceiling || (lowerIsBetter ? target >= 0 : target < 0)) return undefined;
  const [reached, goal] = lowerIsBetter ? [-actual, -target] : [actual, target];
  const reach = Math.max(reached, goal, 0);
  if (reach === 0) return { fill: 0, marker: 0 };
  const end = reach * 1.15;
  const percent = (n: number) => Math.round((Math.max(0, n) / end) * 1000) / 10;
  return { fill: percent(reached), marker: percent(goal) };
};
