// The compact timeline of a collection: one axis from the first to the last year of its milestones,
// each milestone a numbered dot; dots that would touch go to a lower row.

export interface CompactMark {
  id: string;
  /** Position in fractional years. */
  t: number;
}

export interface CompactLayout {
  /** First and last year on the axis; `to` is the year after the last milestone's. */
  from: number;
  to: number;
  /** Years that get a label. */
  ticks: { year: number; x: number }[];
  marks: { id: string; x: number; row: number }[];
  rows: number;
}

export interface CompactOptions {
  /** Width of the drawing, px. */
  width: number;
  /** Radius of a dot, px. */
  radius: number;
  /** Room kept at each end, px. */
  pad: number;
  /** Fewest years the axis spans, so that one milestone does not fill the whole width. */
  minYears?: number;
  /** Least room between two year labels, px. */
  tickSpacing?: number;
}

const STEPS = [1, 2, 5, 10, 20, 25, 50];

export function compactTimeline(items: readonly CompactMark[], options: CompactOptions): CompactLayout {
  const { width, radius, pad, minYears = 4, tickSpacing = 56 } = options;
  if (items.length === 0) return { from: 0, to: 0, ticks: [], marks: [], rows: 0 };
  let from = Math.floor(Math.min(...items.map((m) => m.t)));
  let to = Math.floor(Math.max(...items.map((m) => m.t))) + 1;
  if (to - from < minYears) {
    const grow = minYears - (to - from);
    from -= Math.floor(grow / 2);
    to += Math.ceil(grow / 2);
  }
  const inner = Math.max(1, width - 2 * pad);
  const x = (t: number) => pad + ((t - from) / (to - from)) * inner;
  const step = STEPS.find((s) => (s * inner) / (to - from) >= tickSpacing) ?? 100;
  const ticks: CompactLayout['ticks'] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push({ year, x: x(year) });

  // Greedy packing in time order: each dot takes the first row where it does not touch the last dot.
  const rowEnds: number[] = [];
  const placed = new Map<string, { x: number; row: number }>();
  for (const m of [...items].sort((a, b) => a.t - b.t)) {
    const cx = x(m.t);
    let row = rowEnds.findIndex((end) => cx - radius >= end);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = cx + radius + 2;
    placed.set(m.id, { x: cx, row });
  }
  return {
    from,
    to,
    ticks,
    marks: items.map((m) => ({ id: m.id, ...placed.get(m.id)! })),
    rows: rowEnds.length,
  };
}
