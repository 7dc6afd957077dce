import { expect } from '@open-wc/testing';
import { editDistance, meantAttribute } from './mistyped.js';

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
    for (const name of ['src', 'indicator', 'id', 'class', 'dir', 'slot', 'part', 'title', 'style', 'is', 'hidden', 'data-src', 'aria-label', 'onclick', 'v-if', ':value', 'x1', 'source', 'caption']) {
      expect(meantAttribute(name, CARD), name).to.equal(undefined);
    }
    // In a short name, one slip only: "them" is theme, "tim" is nothing.
    expect(meantAttribute('tim', CARD)).to.equal(undefined);
  });
});
