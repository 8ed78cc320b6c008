import { describe, expect, it } from 'vitest';
import {
  clampView,
  maxZoom,
  viewForRange,
  wheelFactor,
  zoomAround,
  FULL_VIEW,
} from '../../../src/lib/timeline/zoomView.ts';
import { yearScale } from '../../../src/lib/timeline/timelineScale.ts';

describe('zoom', () => {
  it('never shows less than the minimum span', () => {
    expect(maxZoom(49, 3)).toBeCloseTo(16.33, 2);
    expect(maxZoom(2, 3)).toBe(1);
  });

  it('keeps the chart filling the width', () => {
    expect(clampView({ x: 50, k: 2 }, 1000, 16)).toEqual({ x: 0, k: 2 });
    expect(clampView({ x: -5000, k: 2 }, 1000, 16)).toEqual({ x: -1000, k: 2 });
    expect(clampView({ x: -10, k: 0.2 }, 1000, 16)).toEqual(FULL_VIEW);
    expect(clampView({ x: Number.NaN, k: Number.NaN }, 1000, 16)).toEqual(FULL_VIEW);
  });

  it('changes the zoom by at most 2× per step, around the anchor', () => {
    const v = zoomAround(FULL_VIEW, 500, 10, 1000, 16);
    expect(v.k).toBe(2);
    expect(v.x).toBe(-500);
    expect(zoomAround({ x: -500, k: 2 }, 500, 0.01, 1000, 16)).toEqual(FULL_VIEW);
    expect(zoomAround({ x: 0, k: 12 }, 0, 2, 1000, 16).k).toBe(16);
  });

  it('reads a wheel notch as one step and a pinch as a small one', () => {
    expect(wheelFactor(-100, 0)).toBe(2);
    expect(wheelFactor(100, 0)).toBe(0.5);
    expect(wheelFactor(-1000, 0)).toBe(2);
    expect(wheelFactor(-3, 1)).toBeCloseTo(2, 1);
    expect(wheelFactor(-1, 2)).toBe(2);
    expect(wheelFactor(-4, 0)).toBeGreaterThan(1);
    expect(wheelFactor(-4, 0)).toBeLessThan(1.05);
  });

  it('frames a range of years', () => {
    const x = yearScale([1978, 2027], [15, 985]);
    const v = viewForRange(1997, 2013, x, 1000, 16);
    expect(v.x + v.k * x(1997)).toBeCloseTo(0, 6);
    expect(v.x + v.k * x(2013)).toBeCloseTo(1000, 6);
    // A single year still shows the minimum span.
    expect(viewForRange(2005, 2006, x, 1000, 16).k).toBe(16);
  });
});
