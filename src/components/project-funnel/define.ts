import { ScProjectFunnel } from './project-funnel.component.js';

export { ScProjectFunnel } from './project-funnel.component.js';

if (!customElements.get('sc-project-funnel')) customElements.define('sc-project-funnel', ScProjectFunnel);

declare global {
  interface HTMLElementTagNameMap {
    'sc-project-funnel': ScProjectFunnel;
  }
}
