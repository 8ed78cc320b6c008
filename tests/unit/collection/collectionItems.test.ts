import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveId, orderedItems, type CollectionItem } from '../../../src/lib/collection/collectionItems.ts';

const item = (id: string, t: number): CollectionItem => ({
  id,
  date: String(Math.floor(t)),
  displayDate: String(Math.floor(t)),
  t,
  district: 'dongcheng',
  era: 'e',
  title: id,
  summary: '',
  source: '',
  path: `/milestones/${id}/`,
  sourcePath: '/sources/',
});
const byId = new Map([item('a', 2005), item('b', 1990), item('c', 2005), item('d', 2012)].map((m) => [m.id, m]));

describe('orderedItems', () => {
  it('date order, ties in the teacher order; own order as listed; unknown ids skipped', () => {
    const c = { ids: ['c', 'd', 'a', 'b', 'zz'], title: '', order: 'date' as const };
    expect(orderedItems(c, byId).map((m) => m.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(orderedItems({ ...c, order: 'own' }, byId).map((m) => m.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('moveId', () => {
  it('moves up, down, and clamps at the ends', () => {
    expect(moveId(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(moveId(['a', 'b', 'c'], 'b', -3)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a'], 'x', 0)).toEqual(['a']);
  });
  it('keeps the same ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1 }), fc.nat(), fc.integer(), (ids, i, to) => {
        const id = ids[i % ids.length];
        const moved = moveId(ids, id, to);
        expect([...moved].sort()).toEqual([...ids].sort());
        expect(moved.indexOf(id)).toBe(Math.max(0, Math.min(ids.length - 1, to)));
      }),
    );
  });
});
