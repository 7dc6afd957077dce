import { ScGrowthBars } from './growth-bars.component.js';

export { ScGrowthBars };

if (!customElements.get('sc-growth-bars')) customElements.define('sc-growth-bars', ScGrowthBars);

declare global {
  interface HTMLElementTagNameMap {
    'sc-growth-bars': ScGrowthBars;
  }
}
