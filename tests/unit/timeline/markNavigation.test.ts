import { describe, expect, it } from 'vitest';
import {
  chronological,
  stepAcrossLanes,
  stepInLane,
  stepInTime,
  type NavMark,
} from '../../../src/lib/timeline/markNavigation.ts';
import { milestoneRanks, RANK } from '../../../src/lib/timeline/markRank.ts';

// The markup groups marks by year, so a lane that starts late appears late in it: lane order must come
// from the drawing, not from the markup.
const lanes = ['dongcheng', 'xicheng', 'haidian'];
const marks: NavMark[] = [
  { id: 'h1978', lane: 'haidian', t: 1978, row: 0, order: 2 },
  { id: 'd1978', lane: 'dongcheng', t: 1978, row: 1, order: 0 },
  { id: 'd1978b', lane: 'dongcheng', t: 1978, row: 0, order: 1 },
  { id: 'x1982', lane: 'xicheng', t: 1982, row: 0, order: 3 },
  { id: 'x1991', lane: 'xicheng', t: 1991, row: 0, order: 5 },
  { id: 'd1986', lane: 'dongcheng', t: 1986, row: 0, order: 4 },
];
const byId = (id: string) => marks.find((m) => m.id === id)!;

describe('mark navigation', () => {
  it('orders by time, then lane as drawn, then the markup, whatever the rows', () => {
    expect(chronological(marks, lanes).map((m) => m.id)).toEqual([
      'd1978',
      'd1978b',
      'h1978',
      'x1982',
      'd1986',
      'x1991',
    ]);
  });

  it('↓ goes to the lane drawn below, nearest in time; ↑ back up', () => {
    expect(stepAcrossLanes(marks, lanes, byId('d1978'), 1)?.id).toBe('x1982');
    expect(stepAcrossLanes(marks, lanes, byId('x1982'), 1)?.id).toBe('h1978');
    // Of two marks as near in time, the one drawn higher.
    expect(stepAcrossLanes(marks, lanes, byId('x1982'), -1)?.id).toBe('d1978b');
    expect(stepAcrossLanes(marks, lanes, byId('x1991'), -1)?.id).toBe('d1986');
    expect(stepAcrossLanes(marks, lanes, byId('h1978'), 1)).toBeUndefined();
    // A lane with nothing visible is skipped.
    const noXicheng = marks.filter((m) => m.lane !== 'xicheng');
    expect(stepAcrossLanes(noXicheng, lanes, byId('d1986'), 1)?.id).toBe('h1978');
  });

  it('←/→ follow time within the lane; previous/next follow time across lanes', () => {
    expect(stepInLane(marks, byId('d1978'), 1)?.id).toBe('d1978b');
    expect(stepInLane(marks, byId('d1978b'), 1)?.id).toBe('d1986');
    expect(stepInLane(marks, byId('d1978'), -1)).toBeUndefined();
    expect(stepInTime(marks, lanes, byId('h1978'), 1)?.id).toBe('x1982');
    expect(stepInTime(marks, lanes, byId('x1982'), -1)?.id).toBe('h1978');
    expect(stepInTime(marks, lanes, byId('x1991'), 1)).toBeUndefined();
  });
});

describe('milestoneRanks', () => {
  it('ranks key events, then the first event of each era', () => {
    const ranks = milestoneRanks([
      { id: 'a', era: 'e1' },
      { id: 'b', era: 'e1', key: true },
      { id: 'c', era: 'e1' },
      { id: 'd', era: 'e2' },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ a: RANK.eraStart, b: RANK.key, c: RANK.other, d: RANK.eraStart });
  });
});
