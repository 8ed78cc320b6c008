import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactTimeline } from '../../../src/lib/collection/compactTimeline.ts';

const options = { width: 600, radius: 11, pad: 20 };

describe('compactTimeline', () => {
  it('spans the first to the last year, at least minYears', () => {
    const layout = compactTimeline(
      [
        { id: 'a', t: 1990.5 },
        { id: 'b', t: 2010.2 },
      ],
      options,
    );
    expect([layout.from, layout.to]).toEqual([1990, 2011]);
    expect(layout.marks.map((m) => m.row)).toEqual([0, 0]);
    expect(layout.ticks.length).toBeGreaterThan(1);
    const one = compactTimeline([{ id: 'a', t: 2005 }], options);
    expect(one.to - one.from).toBe(4);
    expect(one.marks[0].x).toBeGreaterThan(options.pad);
    expect(one.marks[0].x).toBeLessThan(options.width - options.pad);
  });
  it('puts dots that would touch on separate rows', () => {
    const layout = compactTimeline(
      [
        { id: 'a', t: 2005 },
        { id: 'b', t: 2005 },
        { id: 'c', t: 2005.01 },
      ],
      options,
    );
    expect(new Set(layout.marks.map((m) => m.row)).size).toBe(3);
    expect(layout.rows).toBe(3);
  });
  it('is empty for nothing', () => {
    expect(compactTimeline([], options).marks).toEqual([]);
  });
  it('never overlaps two dots in a row, and keeps every dot inside the drawing', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string(), t: fc.double({ min: 1978, max: 2025, noNaN: true }) }), {
          selector: (m) => m.id,
          maxLength: 40,
        }),
        fc.integer({ min: 200, max: 1200 }),
        (items, width) => {
          const layout = compactTimeline(items, { ...options, width });
          expect(layout.marks.map((m) => m.id)).toEqual(items.map((m) => m.id));
          for (const m of layout.marks) {
            expect(m.x).toBeGreaterThanOrEqual(options.pad - 1e-9);
            expect(m.x).toBeLessThanOrEqual(width - options.pad + 1e-9);
            for (const o of layout.marks)
              if (o !== m && o.row === m.row) expect(Math.abs(o.x - m.x)).toBeGreaterThanOrEqual(2 * options.radius);
          }
          const ticks = layout.ticks.map((tick) => tick.x);
          for (let i = 1; i < ticks.length; i++) expect(ticks[i] - ticks[i - 1]).toBeGreaterThanOrEqual(56 - 1e-9);
        },
      ),
    );
  });
});
