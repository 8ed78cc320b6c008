import { describe, expect, it } from 'vitest';
import { BAR_CHART, barChart } from '../../../src/lib/compare/compareChart.ts';

describe('barChart', () => {
  it('scales bars from zero to the largest value', () => {
    const { bars, height, zero } = barChart([
      { key: 'a', value: 50 },
      { key: 'b', value: 100 },
    ]);
    expect(zero).toBe(0);
    expect(bars.map((b) => b.width)).toEqual([50, 100]);
    expect(bars.map((b) => b.y)).toEqual([BAR_CHART.padding, BAR_CHART.padding + BAR_CHART.rowHeight]);
    expect(height).toBe(BAR_CHART.padding * 2 + 2 * BAR_CHART.rowHeight);
  });
  it('keeps bar lengths proportional to values', () => {
    const { bars } = barChart([
      { key: 'a', value: 24.2 },
      { key: 'b', value: 29 },
    ]);
    expect(bars[0].width / bars[1].width).toBeCloseTo(24.2 / 29, 10);
  });
  it('survives zeros and negative values', () => {
    expect(
      barChart([
        { key: 'a', value: 0 },
        { key: 'b', value: 0 },
      ]).bars.map((b) => b.width),
    ).toEqual([0, 0]);
    const { bars, zero } = barChart([
      { key: 'a', value: -1 },
      { key: 'b', value: 3 },
    ]);
    expect(zero).toBe(25);
    expect(bars[0]).toMatchObject({ x: 0, width: 25 });
    expect(bars[1]).toMatchObject({ x: 25, width: 75 });
  });
});
