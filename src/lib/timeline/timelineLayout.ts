// Geometry of the comparative timeline: lanes stacked top to bottom, and inside each lane the marks
// packed into rows so that no two marks overlap. Pure: the server renders it, the client reuses it
// when filters change.

export interface MarkInput {
  id: string;
  lane: string;
  /** Fractional year (see dates.toFractionalYear). */
  t: number;
}

export interface LayoutConfig {
  /** Maps a fractional year to an x coordinate. */
  x: (t: number) => number;
  /** y where the first lane starts (below the axis). */
  top: number;
  /** Height of a lane's title row. */
  laneHeader: number;
  /** Height of one row of marks. */
  rowHeight: number;
  /** Space below a lane's last row. */
  lanePadding: number;
  /** Minimum horizontal distance between two marks in one row. */
  minGap: number;
  /** Every lane shows at least this many rows, so that empty lanes keep their place. */
  minRows?: number;
}

export interface MarkLayout {
  id: string;
  lane: string;
  x: number;
  /** Centre of the mark. */
  y: number;
  row: number;
}

export interface LaneLayout {
  id: string;
  y: number;
  height: number;
  rows: number;
}

export interface TimelineLayout {
  lanes: LaneLayout[];
  marks: MarkLayout[];
  /** Bottom of the last lane. */
  height: number;
}

/**
 * Packs marks greedily, left to right, into the lowest row where they fit. Marks are ordered by x,
 * then id, so the layout is the same on every run.
 */
export function stackRows(marks: readonly { id: string; x: number }[], minGap: number): Map<string, number> {
  const sorted = [...marks].sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const mark of sorted) {
    let row = rowEnds.findIndex((end) => mark.x - end >= minGap);
    if (row === -1) row = rowEnds.push(mark.x) - 1;
    else rowEnds[row] = mark.x;
    rows.set(mark.id, row);
  }
  return rows;
}

export function layoutTimeline(
  laneIds: readonly string[],
  marks: readonly MarkInput[],
  config: LayoutConfig,
): TimelineLayout {
  const { x, top, laneHeader, rowHeight, lanePadding, minGap, minRows = 1 } = config;
  const lanes: LaneLayout[] = [];
  const placed: MarkLayout[] = [];
  let y = top;
  for (const id of laneIds) {
    const own = marks.filter((m) => m.lane === id).map((m) => ({ id: m.id, x: x(m.t) }));
    const rows = stackRows(own, minGap);
    const rowCount = Math.max(minRows, ...[...rows.values()].map((r) => r + 1));
    for (const mark of own) {
      const row = rows.get(mark.id)!;
      placed.push({ id: mark.id, lane: id, x: mark.x, row, y: y + laneHeader + row * rowHeight + rowHeight / 2 });
    }
    const height = laneHeader + rowCount * rowHeight + lanePadding;
    lanes.push({ id, y, height, rows: rowCount });
    y += height;
  }
  return { lanes, marks: placed, height: y };
}
