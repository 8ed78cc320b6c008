import { describe, expect, it } from 'vitest';
import { swipeDirection } from '../../../src/lib/timeline/swipe.ts';

describe('swipeDirection', () => {
  it('reads long, mostly straight, quick movements', () => {
    expect(swipeDirection(-80, 10, 200)).toBe('left');
    expect(swipeDirection(80, -10, 200)).toBe('right');
    expect(swipeDirection(5, 90, 300)).toBe('down');
    expect(swipeDirection(5, -90, 300)).toBe('up');
  });
  it('ignores taps, diagonals and slow drags', () => {
    expect(swipeDirection(10, 0, 100)).toBeNull();
    expect(swipeDirection(80, 70, 200)).toBeNull();
    expect(swipeDirection(-200, 0, 2000)).toBeNull();
  });
});
