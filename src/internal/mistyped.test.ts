import { expect } from '@open-wc/testing';
import '../define.js';
import { meantAttribute } from './mistyped.js';
import { editDistance } from '../schema/slip.js';

const CARD = ['src', 'lang', 'palette', 'theme', 'hide-source', 'indicator'];

describe('mistyped attributes', () => {
  it('counts the edits between two names, a swap of neighbours as one', () => {
    expect(editDistance('indicater', 'indicator')).to.equal(1);
    expect(editDistance('scr', 'src')).to.equal(1);
    expect(editDistance('pallete', 'palette')).to.equal(2);
    expect(editDistance('', 'src')).to.equal(3);
    expect(editDistance('theme', 'theme')).to.equal(0);
  });

  it('finds the attribute a slip was meant for', () => {
    expect(meantAttribute('indicater', CARD)).to.equal('indicator');
    expect(meantAttribute('indicators', CARD)).to.equal('indicator');
    expect(meantAttribute('scr', CARD)).to.equal('src');
    expect(meantAttribute('them', CARD)).to.equal('theme');
    expect(meantAttribute('hidesource', CARD)).to.equal('hide-source');
    expect(meantAttribute('pallete', CARD)).to.equal('palette');
  });

  it("leaves known, global and the page's own attributes, and names unlike any", () => {
    for (const name of ['src', 'indicator', 'data-src', 'aria-label', 'onclick', 'v-if', ':value', 'x1', 'source', 'caption']) {
      expect(meantAttribute(name, CARD), name).to.equal(undefined);
    }
    // Another first letter is another word: loading="lazy" (a CMS's) is not heading.
    expect(meantAttribute('loading', [...CARD, 'heading'])).to.equal(undefined);
    // In a short name, one slip only: "them" is theme, "tim" is nothing.
    expect(meantAttribute('tim', CARD)).to.equal(undefined);
  });

  it("takes no global attribute for a slip of any element's own", () => {
    const globals =
      'accesskey autocapitalize autocorrect autofocus class contenteditable dir draggable enterkeyhint exportparts hidden id inert inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover role slot spellcheck style tabindex title translate writingsuggestions';
    const flagged: string[] = [];
    for (const tag of ['sc-indicator-card', 'sc-growth-bars', 'sc-project-funnel', 'sc-tourism-surge', 'sc-scorecard']) {
      const known = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect(known.length, tag).to.be.greaterThan(4);
      for (const name of globals.split(' ')) {
        const meant = meantAttribute(name, known);
        if (meant) flagged.push(`${tag}: ${name} → ${meant}`);
      }
    }
    expect(flagged).to.deep.equal([]);
  });
});
