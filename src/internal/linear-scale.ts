/**
 * A linear scale with d3-scale's chainable API (domain, range, ticks)
 * for numbers only. d3-scale's own scaleLinear also interpolates colours,
 * dates and strings, which pulls d3-interpolate and d3-color into every
 * chart (about 5 KB gzip) for nothing; the tick maths is d3-array's, as there.
 */
import { ticks as tickValues } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly [number, number] | readonly number[]): LinearScale;
  range(): [number, number];
  range(range: readonly [number, number] | readonly number[]): LinearScale;
  /** Round values near `count` ticks across the domain (d3-array `ticks`). */
  ticks(count?: number): number[];
}

export const scaleLinear = (): LinearScale => {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  const scale = ((value: number) => {
    if (d1 === d0) return (r0 + r1) / 2;
    // The span of a domain near ±1.8e308 overflows to Infinity (and NaN in SVG): then halve before subtracting.
    const t = Number.isFinite(d1 - d0) ? (value - d0) / (d1 - d0) : (value / 2 - d0 / 2) / (d1 / 2 - d0 / 2);
    return r0 + t * (r1 - r0);
  }) as LinearScale;
  scale.domain = ((domain?: readonly number[]) => {
    if (!domain) return [d0, d1];
    [d0 = 0, d1 = 1] = domain;
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((range?: readonly number[]) => {
    if (!range) return [r0, r1];
    [r0 = 0, r1 = 1] = range;
    return scale;
  }) as LinearScale['range'];
  // As in the scale itself, a span that overflows is halved (d3-array's ticks would be NaN).
  scale.ticks = (count = 10) =>
    Number.isFinite(d1 - d0) ? tickValues(d0, d1, count) : tickValues(d0 / 2, d1 / 2, count).map((value) => value * 2);
  return scale;
};
