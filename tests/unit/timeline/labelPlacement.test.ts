import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, type PlacementConfig, type PlacementMark } from '../../../src/lib/timeline/labelPlacement.ts';

const config = (rows: number, view: [number, number] = [0, 1000]): PlacementConfig => ({
  rows,
  gap: 9,
  labelGap: 5,
  pad: 6,
  minLabel: 30,
  view,
});
const mark = (id: string, x: number, rank = 0, width = 100, row?: number): PlacementMark => ({
  id,
  x,
  rank,
  width,
  row,
});

/** Every row's marks and labels, as intervals, never overlap. */
function expectNoOverlap(marks: PlacementMark[], c: PlacementConfig, placed: ReturnType<typeof placeLabels>) {
  const rows = new Map<number, [number, number][]>();
  for (const m of marks) {
    const p = placed.get(m.id)!;
    expect(p.row).toBeGreaterThanOrEqual(0);
    expect(p.row).toBeLessThan(c.rows);
    let [start, end] = [m.x - c.gap / 2, m.x + c.gap / 2];
    if (p.label > 0) {
      expect(p.label >= c.minLabel || p.label === m.width).toBe(true);
      expect(p.label).toBeLessThanOrEqual(m.width + 1e-9);
      // The text stays inside the view.
      if (p.side === 1) expect((end = m.x + c.labelGap + p.label)).toBeLessThanOrEqual(c.view[1] + 1e-9);
      else expect((start = m.x - c.labelGap - p.label)).toBeGreaterThanOrEqual(c.view[0] - 1e-9);
    }
    rows.set(p.row, [...(rows.get(p.row) ?? []), [start, end]]);
  }
  for (const spans of rows.values()) {
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1] - 1e-9);
  }
}

describe('placeLabels', () => {
  it('gives every mark its full label when there is room', () => {
    const marks = [mark('a', 10), mark('b', 200), mark('c', 400)];
    const placed = placeLabels(marks, config(1));
    expect([...placed.values()]).toEqual([
      { row: 0, label: 100, side: 1 },
      { row: 0, label: 100, side: 1 },
      { row: 0, label: 100, side: 1 },
    ]);
  });

  it('lets key events choose first, and stacks the others below', () => {
    const marks = [mark('early', 10), mark('key', 40, 2), mark('late', 60)];
    const placed = placeLabels(marks, config(3));
    expect(placed.get('key')).toEqual({ row: 0, label: 100, side: 1 });
    expect(placed.get('early')!.row).not.toBe(0);
    expectNoOverlap(marks, config(3), placed);
  });

  it('keeps a mark in its row when it can', () => {
    const placed = placeLabels([mark('a', 10, 0, 100, 2)], config(3));
    expect(placed.get('a')).toEqual({ row: 2, label: 100, side: 1 });
  });

  it('cuts labels short, then drops them, rather than leave a mark without a row', () => {
    // Two rows, five marks 10 px apart: marks alone fit (alternating rows), labels hardly.
    const marks = [0, 10, 20, 30, 40].map((x, i) => mark(`m${i}`, x + 100, i === 2 ? 2 : 0));
    const c = config(2);
    const placed = placeLabels(marks, c);
    expect(placed.size).toBe(5);
    expectNoOverlap(marks, c, placed);
    // The last mark of each row has the open space after it.
    expect(placed.get('m4')!.label).toBe(100);
  });

  it('labels only marks in view, and keeps labels inside it', () => {
    const c = config(1, [0, 300]);
    const placed = placeLabels([mark('out', -50), mark('in', 50)], c);
    expect(placed.get('out')!.label).toBe(0);
    expect(placed.get('in')).toEqual({ row: 0, label: 100, side: 1 });
    // Near the right edge a label reads to the left of its mark, where there is room…
    expect(placeLabels([mark('edge', 275)], c).get('edge')).toEqual({ row: 0, label: 100, side: -1 });
    // …or is cut to the larger side.
    expect(placeLabels([mark('edge', 240, 0, 400)], c).get('edge')).toEqual({ row: 0, label: 235, side: -1 });
  });

  it("puts a crowded key event's headline before it, where the years are clear", () => {
    // One row; a key event followed closely by another mark, with open space before it.
    const c = config(1);
    const placed = placeLabels([mark('key', 300, 2), mark('next', 312)], c);
    expect(placed.get('key')).toEqual({ row: 0, label: 100, side: -1 });
    expect(placed.get('next')).toEqual({ row: 0, label: 100, side: 1 });
  });

  it('always finds a row for every mark and never overlaps, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 200 })),
          {
            maxLength: 60,
          },
        ),
        (raw) => {
          // The lane's rows: as many as marks alone need at this gap (what layoutTimeline guarantees).
          const xs = raw.map(([x]) => x).sort((a, b) => a - b);
          const ends: number[] = [];
          for (const x of xs) {
            const r = ends.findIndex((e) => x - e >= 9);
            if (r < 0) ends.push(x);
            else ends[r] = x;
          }
          const c = config(Math.max(1, ends.length), [0, 500]);
          const marks = raw.map(([x, rank, width], i) => mark(`m${i}`, x, rank, width, i % 3));
          const placed = placeLabels(marks, c);
          expect(placed.size).toBe(marks.length);
          expectNoOverlap(marks, c, placed);
        },
      ),
    );
  });
});
