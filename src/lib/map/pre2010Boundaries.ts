// Cutting today's Dongcheng and Xicheng into the core area's four districts before 2010, when Chongwen
// (崇文) merged into Dongcheng (东城) and Xuanwu (宣武) into Xicheng (西城). Until then the line of the old
// inner city's south wall divided 东城 from 崇文 and 西城 from 宣武; that line, and which district lay on
// which side, are content (content/map/structure.yaml). The cut is approximate, and always labelled so.

import type { Position, Ring } from './geometry.ts';

/** Latitude of a west–east polyline at a longitude; constant beyond its ends. */
export function lineLatAt(line: readonly Position[], lon: number): number {
  if (lon <= line[0][0]) return line[0][1];
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1];
    const [x1, y1] = line[i];
    if (lon <= x1) return y0 + ((lon - x0) / (x1 - x0)) * (y1 - y0);
  }
  return line[line.length - 1][1];
}

/** Positive north of the line, negative south. */
const side = (line: readonly Position[], p: Position) => p[1] - lineLatAt(line, p[0]);

/**
 * Where the edge a–b crosses the line. The result does not depend on the edge's direction, so two
 * rings that share an edge are cut at exactly the same point.
 */
function crossing(line: readonly Position[], a: Position, b: Position): Position {
  const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? [a, b] : [b, a];
  let lo = 0,
    hi = 1;
  const at = (t: number): Position => [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
  const sp = side(line, p);
  // Bisection: the side function is piecewise linear along the edge, so this converges exactly.
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(side(line, at(mid))) === Math.sign(sp)) lo = mid;
    else hi = mid;
  }
  const [lon] = at((lo + hi) / 2);
  return [lon, lineLatAt(line, lon)];
}

/** The line's own vertices strictly between two longitudes, in the direction from `fromLon` to `toLon`. */
function lineVerticesBetween(line: readonly Position[], fromLon: number, toLon: number): Position[] {
  const inner = line.filter(([x]) => x > Math.min(fromLon, toLon) && x < Math.max(fromLon, toLon));
  return fromLon <= toLon ? inner : inner.reverse();
}

/**
 * The part of a ring on one side of a west–east line (Sutherland–Hodgman against one boundary). Where
 * the ring leaves that side and comes back, the cut follows the line through its own vertices.
 */
export function clipRing(ring: Ring, line: readonly Position[], keep: 'north' | 'south'): Ring {
  const inside = (p: Position) => (keep === 'north' ? side(line, p) >= 0 : side(line, p) < 0);
  const out: Position[] = [];
  let exit: Position | null = null;
  const pts = ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1] ? ring.slice(0, -1) : ring.slice();
  // Start at a vertex that is inside, so that every exit is followed by its entry.
  const start = pts.findIndex(inside);
  if (start < 0) return [];
  const seq = [...pts.slice(start), ...pts.slice(0, start)];
  for (let i = 0; i < seq.length; i++) {
    const a = seq[i];
    const b = seq[(i + 1) % seq.length];
    const ia = inside(a),
      ib = inside(b);
    if (ia) out.push(a);
    if (ia && !ib) {
      exit = crossing(line, a, b);
      out.push(exit);
    } else if (!ia && ib) {
      const entry = crossing(line, a, b);
      if (exit) out.push(...lineVerticesBetween(line, exit[0], entry[0]));
      out.push(entry);
      exit = null;
    }
  }
  // Drop repeated points (a vertex lying exactly on the line) and close the ring.
  const clean = out.filter((p, i) => i === 0 || p[0] !== out[i - 1][0] || p[1] !== out[i - 1][1]);
  if (clean.length && (clean[0][0] !== clean.at(-1)![0] || clean[0][1] !== clean.at(-1)![1])) clean.push(clean[0]);
  return clean;
}

/** Splits a district's outer ring at the wall line into its northern and southern parts. */
export function splitAtWall(ring: Ring, line: readonly Position[]): { north: Ring; south: Ring } {
  return { north: clipRing(ring, line, 'north'), south: clipRing(ring, line, 'south') };
}

/** The stretch of the wall line that lies inside a ring: from its first to its last crossing. */
export function wallWithin(ring: Ring, line: readonly Position[]): Position[] {
  const crossings: Position[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i],
      b = ring[i + 1];
    if (side(line, a) >= 0 !== side(line, b) >= 0) crossings.push(crossing(line, a, b));
  }
  if (crossings.length < 2) return [];
  crossings.sort((p, q) => p[0] - q[0]);
  const [first, last] = [crossings[0], crossings.at(-1)!];
  return [first, ...lineVerticesBetween(line, first[0], last[0]), last];
}
