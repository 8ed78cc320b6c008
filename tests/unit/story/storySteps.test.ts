import { describe, expect, it } from 'vitest';
import { nearestStep, stepIdFromHash, storySteps } from '../../../src/lib/story/storySteps.ts';
import { between, frameAround, projector } from '../../../src/lib/story/mapFrame.ts';

const ms = [
  { id: 'x-2005', date: '2005', district: 'xicheng', era: 'x2' },
  { id: 'd-2005-b', date: '2005', district: 'dongcheng', era: 'd2' },
  { id: 'd-2005-a', date: '2005', district: 'dongcheng', era: 'd2' },
  { id: 'd-1978', date: '1978', district: 'dongcheng', era: 'd1' },
  { id: 'd-2005-08', date: '2005-08', district: 'dongcheng', era: 'd2' },
  { id: 'x-1982', date: '1982', district: 'xicheng', era: 'x1' },
];

describe('storySteps', () => {
  it('orders by date, then district as drawn, then id; a year comes before its months', () => {
    const steps = storySteps(ms, ['dongcheng', 'xicheng']);
    expect(steps.map((s) => s.milestone.id)).toEqual([
      'd-1978',
      'x-1982',
      'd-2005-a',
      'd-2005-b',
      'x-2005',
      'd-2005-08',
    ]);
  });

  it('opens each era once, at its first step', () => {
    const steps = storySteps(ms, ['dongcheng', 'xicheng']);
    expect(steps.filter((s) => s.eraStart).map((s) => s.milestone.id)).toEqual([
      'd-1978',
      'x-1982',
      'd-2005-a',
      'x-2005',
    ]);
  });
});

describe('stepIdFromHash', () => {
  const known = new Set(['d-1978', 'a b']);
  it('reads a known id, encoded or not', () => {
    expect(stepIdFromHash('#d-1978', known)).toBe('d-1978');
    expect(stepIdFromHash('#a%20b', known)).toBe('a b');
  });
  it('ignores anything else, without throwing', () => {
    expect(stepIdFromHash('', known)).toBeNull();
    expect(stepIdFromHash('#', known)).toBeNull();
    expect(stepIdFromHash('#%E0%A4%A', known)).toBeNull();
    expect(stepIdFromHash('#"><img src=x onerror=alert(1)>', known)).toBeNull();
  });
});

describe('nearestStep', () => {
  it('finds the step nearest in time', () => {
    expect(nearestStep([1978, 1990, 2005], 1999)).toBe(2);
    expect(nearestStep([1978, 1990, 2005], 1984)).toBe(0);
    expect(nearestStep([], 2000)).toBe(-1);
  });
});

describe('map frame', () => {
  it('projects true to scale near Beijing', () => {
    const p = projector([116.4, 39.9]);
    const [x, y] = p([116.5, 39.8]);
    expect(x).toBeCloseTo(8.54, 1);
    expect(y).toBeCloseTo(11.13, 1);
  });
  it('frames points with the aspect, padding and a least width', () => {
    const f = frameAround(
      [
        [0, 0],
        [10, 2],
      ],
      2,
      4,
      1,
    );
    expect(f.w / f.h).toBeCloseTo(2);
    expect(f.x).toBeLessThanOrEqual(-1);
    expect(f.x + f.w).toBeGreaterThanOrEqual(11);
    expect(f.y + f.h / 2).toBeCloseTo(1);
    expect(frameAround([[5, 5]], 1, 6, 0)).toEqual({ x: 2, y: 2, w: 6, h: 6 });
  });
  it('zooms evenly between two frames', () => {
    const a = { x: 0, y: 0, w: 100, h: 100 };
    const b = { x: 45, y: 45, w: 1, h: 1 };
    expect(between(a, b, 0)).toEqual(a);
    expect(between(a, b, 1).w).toBeCloseTo(1);
    expect(between(a, b, 0.5).w).toBeCloseTo(10);
  });
});
