import { describe, expect, it } from 'vitest';
import { yearScale, yearTicks } from '../../../src/lib/timeline/timelineScale.ts';

describe('yearScale', () => {
  it('maps years to pixels linearly and inverts', () => {
    const ours = yearScale([1978, 2027], [10, 990]);
    expect(ours(1978)).toBe(10);
    expect(ours(2027)).toBe(990);
    expect(ours(2002.5)).toBeCloseTo(500, 9);
    expect(ours(1968.2)).toBeCloseTo(-186, 9); // beyond the domain, the line goes on
    expect(ours.invert(ours(2010.25))).toBeCloseTo(2010.25, 9);
    // A reversed range (right to left) works too.
    expect(yearScale([0, 10], [100, 0])(2.5)).toBe(75);
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
