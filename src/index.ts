/**
 * scorecard-kit: classes, schema types, the validator and the formatters.
 * No side effects: import `scorecard-kit/define` to register the elements.
 */
export * from './schema/document.js';
export type { ValidationIssue, JsonSchema } from './schema/dsl.js';
export { UNITS, UNIT_KEYS, type UnitKey, type UnitInfo } from './schema/units.js';
export * from './format/index.js';
export { loadDocuments, type DocumentInputs } from './data/load.js';
export { LoadError, type ErrorKind, type ScErrorDetail } from './data/errors.js';
export { clearDocumentCache } from './data/fetch.js';
export { ScElement, type View } from './internal/sc-element.js';
export { ScIndicatorCard, indicatorCardView, type IndicatorCardView } from './components/indicator-card/indicator-card.component.js';
export { ScScorecard, type ScorecardView } from './components/scorecard/scorecard.component.js';
export { ScGrowthBars } from './components/growth-bars/growth-bars.component.js';
export { growthBarsView, type GrowthBar, type GrowthBarsView, type SortOrder } from './components/growth-bars/growth-bars.view.js';
export { ScProjectFunnel } from './components/project-funnel/project-funnel.component.js';
export { projectFunnelView, type ProjectFunnelView, type FunnelStageView, type FunnelMeasure } from './components/project-funnel/project-funnel.view.js';
export { ScTourismSurge } from './components/tourism-surge/tourism-surge.component.js';
export { tourismSurgeView, surgeEventView, type TourismSurgeView, type Metric } from './components/tourism-surge/tourism-surge.view.js';
