/**
 * The per-element entry points as built (`scorecard-kit/define/<element>` → dist/components/<element>/define.js):
 * each registers its element and exports its class, as the README promises ("Each also exports its class").
 * Run on the build, not on the sources: the sources export the class even when the build drops it.
 */
import { expect } from '@open-wc/testing';

const CLASSES: Record<string, string> = {
  'indicator-card': 'ScIndicatorCard',
  'growth-bars': 'ScGrowthBars',
  'project-funnel': 'ScProjectFunnel',
  'tourism-surge': 'ScTourismSurge',
  scorecard: 'ScScorecard',
};

describe('scorecard-kit/define/<element>, as built', () => {
  for (const [name, className] of Object.entries(CLASSES)) {
    it(`registers sc-${name} and exports ${className}`, async () => {
      const module = (await import(`/dist/components/${name}/define.js`)) as Record<string, unknown>;
      expect(module[className], Object.keys(module).join(', ')).to.be.a('function');
      expect(customElements.get(`sc-${name}`)).to.equal(module[className]);
    });
  }
});
