// Moving between marks as they are drawn: ←/→ along a lane in time, ↑/↓ to the nearest mark of the
// lane above or below (lanes in the order drawn, not the order of the page's markup), and previous /
// next in time across every visible lane for the detail view.

export interface NavMark {
  id: string;
  lane: string;
  /** Fractional year. */
  t: number;
  /** Row inside the lane, top first. */
  row: number;
  /** Position in the page's markup (date, then id): breaks ties the same way on every screen. */
  order: number;
}

/** By time, then lane as drawn, then the markup's order. */
export function chronological<M extends NavMark>(marks: readonly M[], laneOrder: readonly string[]): M[] {
  const lane = new Map(laneOrder.map((id, i) => [id, i]));
  return [...marks].sort((a, b) => a.t - b.t || (lane.get(a.lane) ?? 0) - (lane.get(b.lane) ?? 0) || a.order - b.order);
}

/** The next (1) or previous (−1) mark in time across all lanes. */
export function stepInTime<M extends NavMark>(
  marks: readonly M[],
  laneOrder: readonly string[],
  current: M,
  direction: 1 | -1,
): M | undefined {
  const order = chronological(marks, laneOrder);
  const i = order.findIndex((m) => m.id === current.id);
  return i < 0 ? undefined : order[i + direction];
}

/** The next or previous mark of the same lane. */
export function stepInLane<M extends NavMark>(marks: readonly M[], current: M, direction: 1 | -1): M | undefined {
  return stepInTime(
    marks.filter((m) => m.lane === current.lane),
    [current.lane],
    current,
    direction,
  );
}

/** The mark nearest in time in the closest lane below (1) or above (−1) that has marks. */
export function stepAcrossLanes<M extends NavMark>(
  marks: readonly M[],
  laneOrder: readonly string[],
  current: M,
  direction: 1 | -1,
): M | undefined {
  for (let i = laneOrder.indexOf(current.lane) + direction; i >= 0 && i < laneOrder.length; i += direction) {
    const own = marks.filter((m) => m.lane === laneOrder[i]);
    if (own.length === 0) continue;
    return own.reduce((best, m) =>
      Math.abs(m.t - current.t) < Math.abs(best.t - current.t) ||
      (Math.abs(m.t - current.t) === Math.abs(best.t - current.t) && m.row < best.row)
        ? m
        : best,
    );
  }
  return undefined;
}
