// Headlines beside their marks: which row each mark of a lane takes, and how much room its label
// gets, for the view on screen. A label reads to the right of its mark, or to its left where only
// that side has room (in a crowded stretch, the years before it are often clear).
//
// Two ways are tried and the better kept, a key event's headline outweighing any number of others:
// - spread: the most important marks choose first, then the rest in time order, each taking a row
//   where its label fits; labels are cut short when a later mark needs their space;
// - packed: marks alone in the lowest row where they fit (what the lane's rows are counted for, so
//   every mark finds one), then rows rearranged after the important marks to give them room.
// Either way no label covers a mark or another label, and labels stay inside the view.

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
  /** From a mark to its label, px. */
  labelGap: number;
  /** Kept free beyond a label, px. */
  pad: number;
  /** Cut labels narrower than this are not shown, px. */
  minLabel: number;
  /** Labels are given only to marks inside [from, to], and stay inside it. */
  view: readonly [number, number];
}

/** 1: the label reads to the right of its mark; -1: to its left. */
export type Side = 1 | -1;

export interface Placement {
  row: number;
  /** Room for the label, px; 0: no label. */
  label: number;
  side: Side;
}

interface Item {
  id: string;
  x: number;
  rank: number;
  start: number;
  end: number;
  label: number;
  side: Side;
}

const inView = (x: number, view: readonly [number, number]) => x >= view[0] && x <= view[1];

/** The label a room allows: the whole label, or a cut one of at least the minimum; else 0. */
const usable = (room: number, width: number, c: PlacementConfig) => {
  const label = Math.min(room, width);
  return label > 0 && label >= Math.min(c.minLabel, width) ? label : 0;
};

/** The interval a mark with a label takes. */
function span(c: PlacementConfig, x: number, label: number, side: Side): [number, number] {
  const half = c.gap / 2;
  if (label <= 0) return [x - half, x + half];
  const reach = c.labelGap + label + c.pad;
  return side === 1 ? [x - half, Math.max(x + half, x + reach)] : [Math.min(x - half, x - reach), x + half];
}

/** Rows of items sorted by start, with the lookups placement needs. */
class Rows {
  readonly items: Item[][];
  private readonly c: PlacementConfig;
  constructor(count: number, c: PlacementConfig) {
    this.items = Array.from({ length: count }, () => []);
    this.c = c;
  }

  /** Index of the first item of a row that starts at or after `at`. */
  index(row: number, at: number): number {
    const items = this.items[row];
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether [a, b) is free in a row (the common question, answered without allocating). */
  free(row: number, a: number, b: number): boolean {
    const items = this.items[row];
    const i = this.index(row, a);
    return !(items[i] && items[i].start < b) && !(i > 0 && items[i - 1].end > a);
  }

  /** Items of a row that overlap [a, b). */
  overlapping(row: number, a: number, b: number): Item[] {
    const items = this.items[row];
    const out: Item[] = [];
    // Items are disjoint and sorted, so one before the first start ≥ a may still reach into [a, b).
    for (let i = Math.max(0, this.index(row, a) - 1); i < items.length && items[i].start < b; i++) {
      if (items[i].end > a) out.push(items[i]);
    }
    return out;
  }

  /** Room for a label of a mark at x, on each side, up to the neighbours and the view's edges. */
  rooms(row: number, x: number, self?: string): Record<Side, number> {
    const items = this.items[row];
    const { labelGap, pad, view, gap } = this.c;
    let i = this.index(row, x - gap / 2);
    if (items[i]?.id === self) i++;
    const next = items[i];
    let j = i - 1;
    if (items[j]?.id === self) j--;
    const prev = items[j];
    const rooms: Record<Side, number> = {
      1: Math.min(next ? next.start - pad : Infinity, view[1]) - x - labelGap,
      [-1]: x - labelGap - Math.max(prev ? prev.end + pad : -Infinity, view[0]),
    };
    return rooms;
  }

  add(row: number, item: Item) {
    this.items[row].splice(this.index(row, item.start), 0, item);
  }

  /** Changes an item's label, which never grows into a neighbour. */
  relabel(item: Item, label: number, side: Side) {
    item.label = label;
    item.side = side;
    [item.start, item.end] = span(this.c, item.x, label, side);
  }
}

/** The i-th row to try: the preferred one first, then the others from the top. */
function rowAt(i: number, preferred: number | undefined, rows: number): number {
  if (preferred === undefined || preferred < 0 || preferred >= rows) return i;
  return i === 0 ? preferred : i - 1 < preferred ? i - 1 : i;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function result(rows: Rows): Map<string, Placement> {
  const out = new Map<string, Placement>();
  rows.items.forEach((items, row) => items.forEach((i) => out.set(i.id, { row, label: i.label, side: i.side })));
  return out;
}

/** Marks without a label get the room to their right, else to their left, when it is enough. */
function fillGaps(rows: Rows, c: PlacementConfig, marks: readonly PlacementMark[]) {
  const width = new Map(marks.map((m) => [m.id, m.width]));
  rows.items.forEach((items, row) => {
    for (const item of [...items]) {
      if (item.label > 0 || !inView(item.x, c.view)) continue;
      const room = rows.rooms(row, item.x, item.id);
      for (const side of [1, -1] as const) {
        const label = usable(room[side], width.get(item.id)!, c);
        if (label > 0) {
          rows.items[row].splice(rows.items[row].indexOf(item), 1);
          rows.relabel(item, label, side);
          rows.add(row, item);
          break;
        }
      }
    }
  });
}

/** Spread: labels first, by rank; then the rest in time order. Null when a mark finds no row. */
function spread(marks: readonly PlacementMark[], c: PlacementConfig): Map<string, Placement> | null {
  const rows = new Rows(c.rows, c);
  const put = (m: PlacementMark, row: number, label: number, side: Side) => {
    const [start, end] = span(c, m.x, label, side);
    rows.add(row, { id: m.id, x: m.x, rank: m.rank, start, end, label, side });
  };
  const deferred: PlacementMark[] = [];
  for (const m of [...marks].sort((a, b) => b.rank - a.rank || a.x - b.x || byId(a, b))) {
    if (!inView(m.x, c.view) || m.width <= 0) {
      deferred.push(m);
      continue;
    }
    let best: { row: number; room: number; side: Side } | null = null;
    let full: { row: number; side: Side } | null = null;
    const [a, b] = span(c, m.x, 0, 1);
    for (let i = 0; i < c.rows; i++) {
      const row = rowAt(i, m.row, c.rows);
      if (!rows.free(row, a, b)) continue;
      const room = rows.rooms(row, m.x);
      if (room[1] >= m.width) {
        full = { row, side: 1 };
        break;
      }
      if (!full && room[-1] >= m.width) full = { row, side: -1 };
      for (const side of [1, -1] as const) if (!best || room[side] > best.room) best = { row, room: room[side], side };
    }
    if (full) put(m, full.row, m.width, full.side);
    else if (best && usable(best.room, m.width, c) > 0) put(m, best.row, usable(best.room, m.width, c), best.side);
    else deferred.push(m);
  }
  for (const m of deferred.sort((a, b) => a.x - b.x || byId(a, b))) {
    const [a, b] = span(c, m.x, 0, 1);
    let target = -1;
    let cost = Infinity;
    for (let i = 0; i < c.rows; i++) {
      const row = rowAt(i, m.row, c.rows);
      if (rows.free(row, a, b)) {
        target = row;
        break;
      }
      const over = rows.overlapping(row, a, b);
      // A row where only labels are in the way: they are cut short to make room, the least
      // important and least cut first.
      if (!over.every((o) => (o.side === 1 ? o.x + c.gap <= m.x : o.x - c.gap >= m.x))) continue;
      const loss = Math.max(
        ...over.map((o) => {
          const left = usable(o.side === 1 ? a - c.pad - o.x - c.labelGap : o.x - c.labelGap - c.pad - b, o.label, c);
          return o.rank * 1000 + (left === 0 ? 500 : 0) + (o.label - left) / 10;
        }),
      );
      if (loss < cost) [target, cost] = [row, loss];
    }
    if (target < 0) return null;
    for (const o of rows.overlapping(target, a, b)) {
      const room = o.side === 1 ? a - c.pad - o.x - c.labelGap : o.x - c.labelGap - c.pad - b;
      const items = rows.items[target];
      items.splice(items.indexOf(o), 1);
      rows.relabel(o, usable(room, o.label, c), o.side);
      rows.add(target, o);
    }
    put(m, target, 0, 1);
  }
  fillGaps(rows, c, marks);
  return result(rows);
}

/**
 * Packed: marks alone, in time order, each in the lowest row where it fits. Then, most important
 * first, each ranked mark may trade what follows it in its row for what follows the same moment in
 * another row, when that leaves its headline more room: marks stay where they are in time, and no
 * earlier choice loses room.
 */
function packAndSwap(marks: readonly PlacementMark[], c: PlacementConfig): Map<string, Placement> {
  const rows = new Rows(c.rows, c);
  const ends: number[] = [];
  for (const m of [...marks].sort((a, b) => a.x - b.x || byId(a, b))) {
    let row = ends.findIndex((end) => m.x - end >= c.gap);
    if (row === -1) row = Math.min(ends.push(m.x) - 1, c.rows - 1);
    else ends[row] = m.x;
    const [start, end] = span(c, m.x, 0, 1);
    rows.add(row, { id: m.id, x: m.x, rank: m.rank, start, end, label: 0, side: 1 });
  }
  const width = new Map(marks.map((m) => [m.id, m.width]));
  const cutAt = (items: Item[], cut: number) => {
    const i = items.findIndex((item) => item.start >= cut);
    return i < 0 ? items.length : i;
  };
  const straddles = (items: Item[], cut: number) => items.some((item) => item.start < cut && item.end > cut);
  const roomBefore = (item: Item, next: Item | undefined) =>
    Math.min(next ? next.start - c.pad : Infinity, c.view[1]) - item.x - c.labelGap;
  const kept = new Map<string, number>();
  // Only the ranked marks trade rows: few, so this stays cheap with thousands of marks.
  const order = [...marks]
    .filter((m) => m.rank > 0 && inView(m.x, c.view))
    .sort((a, b) => b.rank - a.rank || b.x - a.x);
  for (const m of order) {
    const r = rows.items.findIndex((items) => items.some((i) => i.id === m.id));
    const own = rows.items[r];
    const at = own.findIndex((i) => i.id === m.id);
    const item = own[at];
    const cut = item.end;
    let best = -1;
    let bestRoom = roomBefore(item, own[at + 1]);
    for (let other = 0; other < c.rows; other++) {
      if (other === r || straddles(rows.items[other], cut)) continue;
      const theirs = rows.items[other];
      const k = cutAt(theirs, cut);
      const room = roomBefore(item, theirs[k]);
      if (room <= bestRoom) continue;
      // The mark left before the cut in the other row must keep the room it was promised.
      const before = theirs[k - 1];
      if (before && kept.has(before.id) && roomBefore(before, own[at + 1]) < kept.get(before.id)!) continue;
      best = other;
      bestRoom = room;
    }
    if (best >= 0) {
      const theirs = rows.items[best];
      const k = cutAt(theirs, cut);
      const mine = own.splice(at + 1);
      own.push(...theirs.splice(k));
      theirs.push(...mine);
    }
    kept.set(m.id, Math.min(width.get(m.id)!, bestRoom));
  }
  fillGaps(rows, c, marks);
  return result(rows);
}

/** How well a placement serves the reader: a key event's headline outweighs any number of others. */
function score(placed: Map<string, Placement>, marks: readonly PlacementMark[]): number {
  let total = 0;
  for (const m of marks) {
    const { label } = placed.get(m.id)!;
    if (label > 0) total += 10 ** (2 * m.rank) + label / 1e4;
  }
  return total;
}

/** Rows and label room for every mark of one lane. */
export function placeLabels(marks: readonly PlacementMark[], config: PlacementConfig): Map<string, Placement> {
  const packed = packAndSwap(marks, config);
  const spreadOut = spread(marks, config);
  return spreadOut && score(spreadOut, marks) >= score(packed, marks) ? spreadOut : packed;
}
