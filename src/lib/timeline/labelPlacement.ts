// Headlines beside their marks: which row each mark of a lane takes, and how much room its label
// gets, for the view on screen. The most important marks choose first and get their label in full
// where a row has room; the others follow in time order, with the room that is left. No label ever
// covers a mark or another label, and every mark finds a row: when the labels leave too little room,
// the marks are packed as the server packed them and labels only fill the gaps.

export interface PlacementMark {
  id: string;
  /** x on screen, px. */
  x: number;
  /** Higher is more important: key events, then the first events of an era, then the rest. */
  rank: number;
  /** Width of the full label, px. */
  width: number;
  /** The row the mark had, which it keeps when it can, so that zooming moves little. */
  row?: number;
}

export interface PlacementConfig {
  /** Rows the lane has. Enough for every mark without labels (see layoutTimeline). */
  rows: number;
  /** Least distance between two marks in one row, px. */
  gap: number;
  /** From a mark to the start of its label, px. */
  labelGap: number;
  /** Kept free after a label, px. */
  pad: number;
  /** Narrower labels are not shown, px. */
  minLabel: number;
  /** Labels are given only to marks inside [from, to], and end inside it. */
  view: readonly [number, number];
}

export interface Placement {
  row: number;
  /** Room for the label, px; 0: no label. */
  label: number;
}

interface Item {
  id: string;
  x: number;
  start: number;
  end: number;
  label: number;
}

/** Rows of items sorted by start, with the lookups placement needs. */
class Rows {
  readonly items: Item[][];
  constructor(
    count: number,
    private readonly c: PlacementConfig,
  ) {
    this.items = Array.from({ length: count }, () => []);
  }

  private index(row: number, start: number): number {
    const items = this.items[row];
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Items of a row that overlap [a, b). */
  overlapping(row: number, a: number, b: number): Item[] {
    const items = this.items[row];
    const out: Item[] = [];
    for (let i = this.index(row, a) - 1; i < items.length && (i < 0 || items[i].start < b); i++) {
      if (i >= 0 && items[i].end > a && items[i].start < b) out.push(items[i]);
    }
    return out;
  }

  /** Room for a label of a mark at x in this row: up to the next item, and the end of the view. */
  room(row: number, x: number): number {
    const next = this.items[row][this.index(row, x)];
    const { labelGap, pad, view } = this.c;
    const limit = Math.min(next ? next.start - pad : Infinity, view[1]);
    return limit - x - labelGap;
  }

  add(row: number, item: Item) {
    this.items[row].splice(this.index(row, item.start), 0, item);
  }

  /** The interval a mark with a label of `label` px takes. */
  span(x: number, label: number): [number, number] {
    const { gap, labelGap, pad } = this.c;
    return [x - gap / 2, Math.max(x + gap / 2, label > 0 ? x + labelGap + label + pad : 0)];
  }
}

const inView = (x: number, view: readonly [number, number]) => x >= view[0] && x <= view[1];

/** The label a room allows: the whole label, or a cut one of at least the minimum; else 0. */
const usable = (room: number, width: number, c: PlacementConfig) => {
  const label = Math.min(room, width);
  return label > 0 && label >= Math.min(c.minLabel, width) ? label : 0;
};

function rowOrder(preferred: number | undefined, rows: number): number[] {
  const order = Array.from({ length: rows }, (_, i) => i);
  return preferred !== undefined && preferred >= 0 && preferred < rows
    ? [preferred, ...order.filter((r) => r !== preferred)]
    : order;
}

/** Labels first, by rank; then the rest in time order. Null when the marks do not all find a row. */
function placeWithLabels(marks: readonly PlacementMark[], c: PlacementConfig): Map<string, Placement> | null {
  const rows = new Rows(c.rows, c);
  const placed = new Map<string, { row: number; item: Item }>();
  const put = (m: PlacementMark, row: number, label: number) => {
    const [start, end] = rows.span(m.x, label);
    const item = { id: m.id, x: m.x, start, end, label };
    rows.add(row, item);
    placed.set(m.id, { row, item });
  };
  const byRank = [...marks].sort((a, b) => b.rank - a.rank || a.x - b.x || (a.id < b.id ? -1 : 1));
  const deferred: PlacementMark[] = [];
  for (const m of byRank) {
    if (!inView(m.x, c.view)) {
      deferred.push(m);
      continue;
    }
    let best = -1;
    let bestRoom = -Infinity;
    let done = false;
    for (const row of rowOrder(m.row, c.rows)) {
      const [a, b] = rows.span(m.x, 0);
      if (rows.overlapping(row, a, b).length > 0) continue;
      const room = rows.room(row, m.x);
      if (room >= m.width && m.width > 0) {
        put(m, row, m.width);
        done = true;
        break;
      }
      if (room > bestRoom) [best, bestRoom] = [row, room];
    }
    if (done) continue;
    const label = best >= 0 ? usable(bestRoom, m.width, c) : 0;
    if (label > 0) put(m, best, label);
    else deferred.push(m);
  }
  deferred.sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
  for (const m of deferred) {
    const [a, b] = rows.span(m.x, 0);
    let target = -1;
    for (const row of rowOrder(m.row, c.rows)) {
      const over = rows.overlapping(row, a, b);
      if (over.length === 0) {
        target = row;
        break;
      }
      // A row where only labels are in the way: they are cut short to make room.
      if (target < 0 && over.every((o) => o.x + c.gap <= m.x)) target = row;
    }
    if (target < 0) return null;
    for (const o of rows.overlapping(target, a, b)) {
      const room = a - c.pad - o.x - c.labelGap;
      o.label = usable(room, o.label, c);
      o.end = rows.span(o.x, o.label)[1];
    }
    put(m, target, 0);
  }
  fillGaps(rows, c, marks);
  return new Map([...placed].map(([id, { row, item }]) => [id, { row, label: item.label }]));
}

/** Marks without a label get the room up to the next item in their row, when it is enough. */
function fillGaps(rows: Rows, c: PlacementConfig, marks: readonly PlacementMark[]) {
  const width = new Map(marks.map((m) => [m.id, m.width]));
  rows.items.forEach((items, row) => {
    for (const item of items) {
      if (item.label > 0 || !inView(item.x, c.view)) continue;
      const label = usable(rows.room(row, item.x), width.get(item.id)!, c);
      if (label > 0) {
        item.label = label;
        item.end = rows.span(item.x, label)[1];
      }
    }
  });
}

/** Marks alone, in time order, each in the lowest row where it fits: never more rows than the lane has. */
function packMarks(marks: readonly PlacementMark[], c: PlacementConfig): Map<string, Placement> {
  const rows = new Rows(c.rows, c);
  const ends: number[] = [];
  const out = new Map<string, Placement>();
  for (const m of [...marks].sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1))) {
    let row = ends.findIndex((end) => m.x - end >= c.gap);
    if (row === -1) row = Math.min(ends.push(m.x) - 1, c.rows - 1);
    else ends[row] = m.x;
    const [start, end] = rows.span(m.x, 0);
    rows.add(row, { id: m.id, x: m.x, start, end, label: 0 });
  }
  fillGaps(rows, c, marks);
  rows.items.forEach((items, row) => items.forEach((item) => out.set(item.id, { row, label: item.label })));
  return out;
}

/** Rows and label room for every mark of one lane. */
export function placeLabels(marks: readonly PlacementMark[], config: PlacementConfig): Map<string, Placement> {
  return placeWithLabels(marks, config) ?? packMarks(marks, config);
}
