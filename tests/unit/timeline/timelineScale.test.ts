import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { clampDomain, yearScale, yearTicks } from '../../../src/lib/timeline/timelineScale.ts';

describe('yearScale', () => {
  it('maps years to pixels like d3-scale and inverts', () => {
    const ours = yearScale([1978, 2027], [10, 990]);
    const d3 = scaleLinear().domain([1978, 2027]).range([10, 990]);
    for (const t of [1978, 1990.5, 2008, 2027]) expect(ours(t)).toBeCloseTo(d3(t), 9);
    expect(ours.invert(ours(2010.25))).toBeCloseTo(2010.25, 9);
  });
});

describe('yearTicks', () => {
  it('picks a step that keeps labels apart', () => {
    expect(yearTicks(1978, 2026, 7)).toEqual([1980, 1990, 2000, 2010, 2020]);
    expect(yearTicks(1978, 2026, 22)).toEqual([
      1978, 1980, 1982, 1984, 1986, 1988, 1990, 1992, 1994, 1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014,
      2016, 2018, 2020, 2022, 2024, 2026,
    ]);
    expect(yearTicks(2008, 2012, 200)).toEqual([2008, 2009, 2010, 2011, 2012]);
    for (let ppy = 0.5; ppy < 400; ppy *= 1.7) {
      const ticks = yearTicks(1978, 2026, ppy);
      for (let i = 1; i < ticks.length; i++) expect((ticks[i] - ticks[i - 1]) * ppy).toBeGreaterThanOrEqual(44);
    }
  });
});

describe('clampDomain', () => {
  it('clamps to bounds and falls back on nonsense', () => {
    expect(clampDomain(1970, 2040, [1978, 2027])).toEqual([1978, 2027]);
    expect(clampDomain(1997, 2012, [1978, 2027])).toEqual([1997, 2012]);
    expect(clampDomain(2012, 1997, [1978, 2027])).toEqual([1978, 2027]);
    expect(clampDomain(Number.NaN, 2000, [1978, 2027])).toEqual([1978, 2027]);
  });
});
