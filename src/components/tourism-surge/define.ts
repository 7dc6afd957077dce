import { ScTourismSurge } from './tourism-surge.component.js';

export { ScTourismSurge } from './tourism-surge.component.js';

if (!customElements.get('sc-tourism-surge')) customElements.define('sc-tourism-surge', ScTourismSurge);

declare global {
  interface HTMLElementTagNameMap {
    'sc-tourism-surge': ScTourismSurge;
  }
}
