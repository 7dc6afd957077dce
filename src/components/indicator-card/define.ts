import { ScIndicatorCard } from './indicator-card.component.js';

export { ScIndicatorCard } from './indicator-card.component.js';

if (!customElements.get('sc-indicator-card')) customElements.define('sc-indicator-card', ScIndicatorCard);

declare global {
  interface HTMLElementTagNameMap {
    'sc-indicator-card': ScIndicatorCard;
  }
}
