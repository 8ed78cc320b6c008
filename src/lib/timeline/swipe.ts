// A finished touch movement read as a swipe, for the detail sheet and the story: mostly sideways and
// long enough is a step; a slow or short movement, or a scroll, is not.

export type Swipe = 'left' | 'right' | 'up' | 'down';

export const SWIPE = { distance: 48, ratio: 1.5, maxMs: 900 } as const;

export function swipeDirection(dx: number, dy: number, ms: number): Swipe | null {
  if (ms > SWIPE.maxMs) return null;
  const [ax, ay] = [Math.abs(dx), Math.abs(dy)];
  if (ax >= SWIPE.distance && ax > ay * SWIPE.ratio) return dx < 0 ? 'left' : 'right';
  if (ay >= SWIPE.distance && ay > ax * SWIPE.ratio) return dy < 0 ? 'up' : 'down';
  return null;
}
