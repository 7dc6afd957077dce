import { ScGrowthBars } from './growth-bars.component.js';

export { ScGrowthBars } from './growth-bars.component.js';

if (!customElements.get('sc-growth-bars')) customElements.define('sc-growth-bars', ScGrowthBars);

declare global {
  interface HTMLElementTagNameMap {
    'sc-growth-bars': ScGrowthBars;
  }
}
