import { describe, expect, it } from 'vitest';
import {
  followTimeline,
  layoutMarkers,
  matchesFilter,
  mergerYear,
  modeForYears,
  NO_FILTER,
  spiralSlots,
  type ScreenPoint,
} from '../../../src/lib/map/mapState.ts';

describe('boundaries that follow the timeline', () => {
  it("takes the year today's boundaries began from the districts' recorded mergers", () => {
    const merged = (date: string) => ({ merged: [{ date }] });
    expect(mergerYear([merged('2010'), { merged: [] }, merged('2010-07')])).toBe(2010);
    expect(mergerYear([merged('1952'), merged('2009/2010')])).toBe(2010);
    expect(() => mergerYear([{ merged: [] }])).toThrow(/no district records a merger/);
  });

  it('takes the centre of the visible years: before 2010 shows the four old districts', () => {
    expect(modeForYears(1978, 2026, 2010)).toBe('before2010');
    expect(modeForYears(2000, 2019.99, 2010)).toBe('before2010');
    expect(modeForYears(2000, 2020, 2010)).toBe('since2010');
    expect(modeForYears(2011, 2013, 2010)).toBe('since2010');
  });

  it('changes the control only when the timeline crosses 2010, so the reader’s own choice stays', () => {
    let remembered = null as ReturnType<typeof followTimeline>['remember'] | null;
    const step = (from: number, to: number, picked = false) => {
      const r = followTimeline(remembered, from, to, 2010, picked);
      remembered = r.remember;
      return r.apply;
    };
    expect(step(1978, 2026)).toBeNull(); // the opening view: today's boundaries stay
    expect(step(1980, 2020)).toBeNull(); // still before: leave whatever the reader chose
    expect(step(2008, 2020)).toBe('since2010'); // crossed: follow
    expect(step(2009, 2021)).toBeNull();
    expect(step(1990, 2000)).toBe('before2010');
  });

  it('follows the opening view when the reader picked its years', () => {
    expect(followTimeline(null, 1990, 2000, 2010, true).apply).toBe('before2010');
    expect(followTimeline(null, 2012, 2020, 2010, true).apply).toBe('since2010');
    expect(followTimeline(null, 1990, 2000, 2010).apply).toBeNull();
  });
});

describe('place filters', () => {
  const place = {
    id: 'p',
    district: 'dongcheng',
    eras: ['dongcheng-2010'],
    themes: ['grid-management', 'party-building'],
  };

  it('keeps everything without a filter', () => {
    expect(matchesFilter(place, NO_FILTER)).toBe(true);
    expect(matchesFilter({ ...place, eras: [], themes: [] }, NO_FILTER)).toBe(true);
  });

  it('needs the district, an era and a theme to match, all together', () => {
    expect(matchesFilter(place, { district: 'dongcheng', era: null, theme: null })).toBe(true);
    expect(matchesFilter(place, { district: 'xicheng', era: null, theme: null })).toBe(false);
    expect(matchesFilter(place, { district: null, era: 'dongcheng-2010', theme: 'party-building' })).toBe(true);
    expect(matchesFilter(place, { district: null, era: 'dongcheng-1997', theme: null })).toBe(false);
    expect(matchesFilter(place, { district: 'dongcheng', era: 'dongcheng-2010', theme: 'civility' })).toBe(false);
  });
});

describe('marker layout', () => {
  const SPACING = 26;
  const gaps = (items: { x: number; y: number }[]) => {
    let min = Infinity;
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++)
        min = Math.min(min, Math.hypot(items[i].x - items[j].x, items[i].y - items[j].y));
    return min;
  };
  const all = (layout: ReturnType<typeof layoutMarkers>) => [...layout.markers, ...layout.clusters];

  it('leaves markers that are far enough apart where they are', () => {
    const points: ScreenPoint[] = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 100, y: 0 },
      { id: 'c', x: 0, y: 30 },
    ];
    const layout = layoutMarkers(points, SPACING, 60);
    expect(layout.clusters).toEqual([]);
    expect(layout.markers).toEqual(points.map((p) => ({ ...p, anchor: null })));
  });

  it('fans out a crowd around its centre, each marker with a leader to its true position', () => {
    const points: ScreenPoint[] = [
      { id: 'a', x: 50, y: 50 },
      { id: 'b', x: 55, y: 52 },
      { id: 'c', x: 52, y: 58 },
    ];
    const layout = layoutMarkers(points, SPACING, 60);
    expect(layout.clusters).toEqual([]);
    expect(layout.markers.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(gaps(layout.markers)).toBeGreaterThanOrEqual(SPACING);
    for (const m of layout.markers) {
      const p = points.find((q) => q.id === m.id)!;
      expect(m.anchor).toEqual({ x: p.x, y: p.y });
      expect(Math.hypot(m.x - 52.3, m.y - 53.3)).toBeLessThan(40);
    }
  });

  it('gathers a crowd too big to fan out into one cluster', () => {
    const points: ScreenPoint[] = Array.from({ length: 15 }, (_, i) => ({
      id: `p${i}`,
      x: 200 + (i % 4) * 3,
      y: 200 + Math.floor(i / 4) * 3,
    }));
    const layout = layoutMarkers(points, SPACING, 60);
    expect(layout.markers).toEqual([]);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0].ids).toHaveLength(15);
  });

  it('never leaves two markers or clusters closer than the spacing, on real-looking data', () => {
    // A pseudo-random scatter: dense in the middle, sparse outside.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 20; run++) {
      const points: ScreenPoint[] = Array.from({ length: 40 }, (_, i) => {
        const r = random() ** 2 * 300,
          a = random() * Math.PI * 2;
        return { id: `p${i}`, x: 400 + r * Math.cos(a), y: 300 + r * Math.sin(a) };
      });
      const layout = layoutMarkers(points, SPACING, 62);
      expect(gaps(all(layout))).toBeGreaterThanOrEqual(SPACING - 1e-6);
      const ids = [...layout.markers.map((m) => m.id), ...layout.clusters.flatMap((c) => c.ids)].sort();
      expect(ids).toEqual(points.map((p) => p.id).sort());
    }
  });

  it('is deterministic', () => {
    const points: ScreenPoint[] = [
      { id: 'x', x: 1, y: 1 },
      { id: 'y', x: 2, y: 1 },
      { id: 'z', x: 1, y: 2 },
      { id: 'w', x: 40, y: 40 },
    ];
    expect(layoutMarkers(points, SPACING, 60)).toEqual(layoutMarkers(points, SPACING, 60));
    expect(layoutMarkers([], SPACING, 60)).toEqual({ markers: [], clusters: [] });
  });

  it('spreads spiral slots at least one spacing apart', () => {
    for (let n = 2; n <= 60; n++) expect(gaps(spiralSlots(n, SPACING)), `${n} slots`).toBeGreaterThanOrEqual(SPACING);
  });
});
