import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  circleBox,
  labelBox,
  overlaps,
  placeLabels,
  type LabelRequest,
  type Side,
} from '../../../src/lib/map/labelLayout.ts';

const label = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  priority: 0,
  x,
  y,
  width: 40,
  height: 16,
  sides: ['center'],
  ...extra,
});

describe('label boxes', () => {
  it('centre on the point or sit beside it, clear of a dot', () => {
    const l = label('a', 100, 50);
    expect(labelBox(l, 'center', 10)).toEqual({ x: 80, y: 42, width: 40, height: 16 });
    expect(labelBox(l, 'right', 10)).toEqual({ x: 110, y: 42, width: 40, height: 16 });
    expect(labelBox(l, 'left', 10)).toEqual({ x: 50, y: 42, width: 40, height: 16 });
    expect(labelBox(l, 'above', 10)).toEqual({ x: 80, y: 24, width: 40, height: 16 });
    expect(labelBox(l, 'below', 10)).toEqual({ x: 80, y: 60, width: 40, height: 16 });
    const corner = labelBox(l, 'below-right', 10);
    expect(corner.x).toBeCloseTo(100 + 10 * Math.SQRT1_2);
    expect(corner.y).toBeCloseTo(50 + 10 * Math.SQRT1_2);
  });

  it('overlap only when they share area (edges touching do not count), a gap widening them', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(overlaps(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(overlaps(a, { x: 11, y: 0, width: 5, height: 5 }, 1)).toBe(true);
  });
});

describe('placing labels', () => {
  it('lets the more important label keep its place and moves or drops the other', () => {
    const placed = placeLabels(
      [
        label('minor', 100, 50, { sides: ['center', 'below'], offsets: [12] }),
        label('core', 105, 52, { priority: 10 }),
      ],
      [],
    );
    expect(placed.get('core')!.box.y).toBe(44); // centred on its point
    expect(placed.get('minor')!.box.y).toBe(62); // moved below its point
    const dropped = placeLabels([label('minor', 100, 50), label('core', 105, 52, { priority: 10 })], []);
    expect([...dropped.keys()]).toEqual(['core']);
  });

  it('keeps names off markers and badges', () => {
    const marker = circleBox(100, 50, 10);
    const placed = placeLabels([label('a', 100, 50, { sides: ['center', 'right'], offsets: [12] })], [marker]);
    expect(placed.get('a')!.box.x).toBe(112);
    expect(overlaps(placed.get('a')!.box, marker)).toBe(false);
  });

  it('moves a name farther from a crowd when nothing nearer is free', () => {
    const crowd = [circleBox(100, 50, 10), circleBox(100, 30, 10), circleBox(100, 70, 10)];
    const l = label('a', 100, 50, { sides: ['center', 'above', 'below'], offsets: [12, 40] });
    expect(placeLabels([l], crowd).get('a')!.box.y).toBe(50 - 16 - 40);
  });

  it('never lets two shown labels, or a label and an obstacle, overlap', () => {
    const sides: Side[] = ['center', 'above', 'below', 'left', 'right', 'above-right', 'below-left'];
    const point = fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 300 }) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, fc.integer({ min: 10, max: 80 }), fc.integer({ min: 0, max: 5 })), { maxLength: 25 }),
        fc.array(point, { maxLength: 15 }),
        (labels, markers) => {
          const obstacles = markers.map((m) => circleBox(m.x, m.y, 9));
          const requests = labels.map(([p, width, priority], i) =>
            label(`l${i}`, p.x, p.y, { width, priority, sides, offsets: [10, 30] }),
          );
          const boxes = [...placeLabels(requests, obstacles, 2).values()].map((p) => p.box);
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
            for (const o of obstacles) expect(overlaps(a, o)).toBe(false);
          }
        },
      ),
    );
  });

  it('is deterministic', () => {
    const requests = [label('a', 0, 0), label('b', 10, 0), label('c', 20, 0, { priority: 1 })];
    expect([...placeLabels(requests, [])]).toEqual([...placeLabels(requests, [])]);
  });
});
