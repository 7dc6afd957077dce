import { expect } from '@open-wc/testing';
import { scaleLinear as d3ScaleLinear } from 'd3-scale';
import { scaleLinear } from './linear-scale.js';

describe('scaleLinear (lean)', () => {
  it('maps and ticks exactly as d3-scale does', () => {
    const domains: [number, number][] = [[0, 15.7], [-3.2, 21.3], [0, 156], [0, 1], [0, 0.17], [-50, 712]];
    for (const domain of domains) {
      const ours = scaleLinear().domain(domain).range([0, 300]);
      const theirs = d3ScaleLinear().domain(domain).range([0, 300]);
      for (const value of [domain[0], 0, 1.5, domain[1]]) expect(ours(value)).to.be.closeTo(theirs(value), 1e-9);
      expect(ours.ticks(5)).to.deep.equal(theirs.ticks(5));
    }
  });

  it('handles a reversed range and an empty domain', () => {
    const y = scaleLinear().domain([0, 10]).range([200, 0]);
    expect(y(10)).to.equal(0);
    expect(y(0)).to.equal(200);
    expect(scaleLinear().domain([5, 5]).range([0, 100])(5)).to.equal(50);
  });
});

describe('scaleLinear at the limits of a double', () => {
  it('maps a domain as wide as ±1e308 to finite positions (its span overflows to Infinity)', () => {
    const ours = scaleLinear().domain([-1e308, 1e308]).range([0, 300]);
    expect(ours(-1e308)).to.equal(0);
    expect(ours(0)).to.equal(150);
    expect(ours(1e308)).to.equal(300);
    expect(ours.domain().every(Number.isFinite)).to.equal(true);
    const ticks = scaleLinear().domain([-1e308, 1.7e308]).ticks(5);
    expect(ticks.length).to.be.greaterThan(1);
    expect(ticks.every(Number.isFinite)).to.equal(true);
  });

  it('maps the tiniest domain too', () => {
    const ours = scaleLinear().domain([0, 5e-324]).range([0, 300]);
    expect([ours(0), ours(5e-324)]).to.deep.equal([0, 300]);
  });
});
