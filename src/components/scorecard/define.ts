import { ScScorecard } from './scorecard.component.js';
import '../indicator-card/define.js';
import '../growth-bars/define.js';
import '../project-funnel/define.js';
import '../tourism-surge/define.js';

export { ScScorecard } from './scorecard.component.js';

if (!customElements.get('sc-scorecard')) customElements.define('sc-scorecard', ScScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'sc-scorecard': ScScorecard;
  }
}
