import { expect } from '@open-wc/testing';
import { formatPercent, percentOf } from './number.js';

describe('percentOf and formatPercent', () => {
  it('computes conversion rates from the published counts, to one decimal', () => {
    expect(percentOf(27, 156)).to.equal(17.3);
    expect(percentOf(22, 27)).to.equal(81.5);
    expect(percentOf(22, 156)).to.equal(14.1);
    expect(percentOf(19, 38)).to.equal(50);
    expect(percentOf(18, 19)).to.equal(94.7);
    expect(percentOf(1, 3, 2)).to.equal(33.33);
  });

  it('does not clip a rate above 100% and refuses a rate from zero', () => {
    expect(percentOf(96, 80)).to.equal(120);
    expect(percentOf(0, 5)).to.equal(0);
    expect(percentOf(5, 0)).to.equal(undefined);
    expect(percentOf(0, 0)).to.equal(undefined);
    expect(percentOf(Number.NaN, 3)).to.equal(undefined);
  });

  it('prints a rate with fixed decimals in both languages', () => {
    expect(formatPercent(17.3, 'zh')).to.equal('17.3%');
    expect(formatPercent(50, 'en')).to.equal('50.0%');
    expect(formatPercent(1250, 'en')).to.equal('1,250.0%');
    expect(formatPercent(1250, 'zh')).to.equal('1250.0%');
    expect(formatPercent(81.46, 'en', 2)).to.equal('81.46%');
  });
});
