import { describe, expect, it } from 'vitest';
import { districtNeighbours, relatedByTheme } from '../../../src/lib/milestone/relatedMilestones.ts';

const ms = [
  { id: 'd-1978', district: 'dongcheng', date: '1978', themes: ['a'] },
  { id: 'd-2005', district: 'dongcheng', date: '2005', themes: ['grid', 'info'] },
  { id: 'd-2010', district: 'dongcheng', date: '2010-05', themes: ['b'] },
  { id: 'x-2011', district: 'xicheng', date: '2011', themes: ['grid'] },
  { id: 'x-1990', district: 'xicheng', date: '1990', themes: ['grid'] },
  { id: 'h-2009', district: 'haidian', date: '2009', themes: ['grid'] },
  { id: 'b-2021', district: 'beijing', date: '2021', themes: ['grid'] },
];

describe('districtNeighbours', () => {
  it('gives the previous and next milestone of the same district in time order', () => {
    expect(districtNeighbours(ms, 'd-2005')).toEqual({ previous: ms[0], next: ms[2] });
    expect(districtNeighbours(ms, 'd-1978').previous).toBeUndefined();
    expect(districtNeighbours(ms, 'x-2011')).toEqual({ previous: ms[4], next: undefined });
    expect(districtNeighbours(ms, 'nope')).toEqual({});
  });
});

describe('relatedByTheme', () => {
  it("lists other districts' milestones with the same theme, nearest first chosen, shown in time order", () => {
    const groups = relatedByTheme(ms, 'd-2005', 3);
    expect(groups).toHaveLength(1);
    expect(groups[0].theme).toBe('grid');
    expect(groups[0].total).toBe(4);
    expect(groups[0].items.map((m) => m.id)).toEqual(['x-1990', 'h-2009', 'x-2011']);
  });
  it('never lists the same district', () => {
    expect(
      relatedByTheme(ms, 'x-2011')
        .flatMap((g) => g.items)
        .some((m) => m.district === 'xicheng'),
    ).toBe(false);
  });
});
