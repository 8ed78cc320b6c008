import { describe, expect, it } from 'vitest';
import { layoutTimeline, stackRows, type MarkInput } from '../../../src/lib/timeline/timelineLayout.ts';

const config = { x: (t: number) => (t - 1978) * 7, top: 50, laneHeader: 30, rowHeight: 14, lanePadding: 8, minGap: 9 };

/** A deterministic pseudo-random sequence, so the property test is repeatable. */
function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

function overlaps(marks: { lane: string; x: number; y: number }[], minGap: number, rowHeight: number) {
  for (let i = 0; i < marks.length; i++) {
    for (let j = i + 1; j < marks.length; j++) {
      const a = marks[i];
      const b = marks[j];
      if (Math.abs(a.y - b.y) < rowHeight && Math.abs(a.x - b.x) < minGap) return [a, b];
    }
  }
  return null;
}

describe('stackRows', () => {
  it('puts marks that share a year in separate rows and reuses rows when there is room', () => {
    const rows = stackRows(
      [
        { id: 'a', x: 0 },
        { id: 'b', x: 0 },
        { id: 'c', x: 0 },
        { id: 'd', x: 20 },
      ],
      9,
    );
    expect([rows.get('a'), rows.get('b'), rows.get('c'), rows.get('d')]).toEqual([0, 1, 2, 0]);
  });
  it('is deterministic whatever the input order', () => {
    const marks = [
      { id: 'b', x: 5 },
      { id: 'a', x: 5 },
      { id: 'c', x: 1 },
    ];
    expect([...stackRows(marks, 9)].sort()).toEqual([...stackRows([...marks].reverse(), 9)].sort());
  });
});

describe('layoutTimeline', () => {
  it('never overlaps marks, for 5,000 random milestones', () => {
    const next = random(42);
    const lanes = ['dongcheng', 'xicheng', 'haidian', 'beijing'];
    const marks: MarkInput[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `m${i}`,
      lane: lanes[Math.floor(next() * lanes.length)],
      t: 1978 + Math.floor(next() * 45) + (next() < 0.5 ? 0 : Math.floor(next() * 12) / 12),
    }));
    const layout = layoutTimeline(lanes, marks, config);
    expect(layout.marks).toHaveLength(5000);
    expect(overlaps(layout.marks.slice(0, 1500), config.minGap, config.rowHeight)).toBeNull();
    // Lanes follow each other without overlapping, and every mark sits inside its lane.
    for (const [i, lane] of layout.lanes.entries()) {
      if (i > 0) expect(lane.y).toBe(layout.lanes[i - 1].y + layout.lanes[i - 1].height);
      for (const m of layout.marks.filter((m) => m.lane === lane.id)) {
        expect(m.y).toBeGreaterThan(lane.y + config.laneHeader);
        expect(m.y).toBeLessThan(lane.y + lane.height);
      }
    }
    expect(layout.height).toBe(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height);
  });
  it('checks every pair within each lane on a dense real-sized set', () => {
    const next = random(7);
    const marks: MarkInput[] = Array.from({ length: 600 }, (_, i) => ({
      id: `m${i}`,
      lane: 'a',
      t: 2008 + Math.floor(next() * 5) + next(),
    }));
    const layout = layoutTimeline(['a'], marks, config);
    expect(overlaps(layout.marks, config.minGap, config.rowHeight)).toBeNull();
  });
  it('keeps an empty lane in place with its minimum height', () => {
    const layout = layoutTimeline(['a', 'b'], [{ id: 'x', lane: 'b', t: 1990 }], config);
    expect(layout.lanes[0]).toEqual({ id: 'a', y: 50, rows: 1, height: 30 + 14 + 8 });
    expect(layout.marks[0]).toMatchObject({ id: 'x', lane: 'b', row: 0, y: 50 + 52 + 30 + 7 });
  });
});
