/**
 * Extra inputs for `cem analyze` (its globs in package.json are added to these):
 * the chart base class, so that the charts' inherited attributes, properties
 * and events are documented.
 */
export default {
  globs: ['src/internal/sc-chart.ts'],
};
