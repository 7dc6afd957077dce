/**
 * The formatters a page may use to write its own copy the way the widgets do
 * ("10.7亿元", "more than 2 million visits", "up 15.7%"). Named one by one: the
 * helpers the widgets share among themselves stay internal, free to change.
 */
export { formatNumber, formatSigned, formatPercent, type Lang } from './number.js';
export { pick, toLang, creditText } from './text.js';
export {
  formatQuantity,
  formatFigure,
  quantityParts,
  convertUnit,
  unitInfo,
  hasFigure,
  type Quantity,
  type QuantityParts,
} from './measure.js';
export { formatChange, direction, type Direction, type FormattedChange } from './change.js';
export { targetProgress, type TargetProgress, type TargetStatus } from './target.js';
export { tone, arrow, type Tone } from './tone.js';
