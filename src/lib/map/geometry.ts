// Plane-free geometry for the maps: areas on the sphere, point in polygon, line simplification and a
// compact polyline code. Positions are GeoJSON order, [longitude, latitude] in degrees (WGS-84).

export type Position = [number, number];
/** A closed ring: the last position repeats the first. */
export type Ring = Position[];
/** An outer ring followed by its holes. */
export type PolygonCoords = Ring[];
export type Geometry =
  { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

/** Radius of the sphere with the same surface area as the WGS-84 ellipsoid (authalic radius), metres. */
export const AUTHALIC_RADIUS_M = 6_371_007.2;

const RAD = Math.PI / 180;

/**
 * Area of a ring on the sphere, in m², whatever its winding. Edges follow lines of constant bearing in
 * the equal-area cylindrical sense (the formula of Chamberlain and Duquette, as used by d3 and turf);
 * for rings of a few kilometres the difference from great-circle edges is far below a millionth.
 */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  const n = ring.length;
  if (n < 3) return 0;
  for (let i = 0; i < n; i++) {
    const [lon1, lat1] = ring[i];
    const [lon2, lat2] = ring[(i + 1) % n];
    sum += (lon2 - lon1) * RAD * (2 + Math.sin(lat1 * RAD) + Math.sin(lat2 * RAD));
  }
  return Math.abs((sum * AUTHALIC_RADIUS_M * AUTHALIC_RADIUS_M) / 2);
}

/** Area of a polygon (outer ring less its holes), m². */
export function polygonArea(polygon: readonly (readonly Position[])[]): number {
  const [outer, ...holes] = polygon;
  return ringArea(outer ?? []) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
}

/** Area of a Polygon or MultiPolygon geometry, m². */
export function geometryArea(geometry: Geometry): number {
  return polygons(geometry).reduce((sum, p) => sum + polygonArea(p), 0);
}

export const km2 = (m2: number) => m2 / 1e6;

/** The polygons of a geometry, whether it is a Polygon or a MultiPolygon. */
export function polygons(geometry: Geometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Even-odd ray casting; a point exactly on an edge may fall either way. */
export function pointInRing(point: Position, ring: readonly Position[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(point: Position, polygon: readonly (readonly Position[])[]): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && pointInRing(point, outer) && !holes.some((hole) => pointInRing(point, hole));
}

export function pointInGeometry(point: Position, geometry: Geometry): boolean {
  return polygons(geometry).some((p) => pointInPolygon(point, p));
}

/** [west, south, east, north] of some positions. */
export function bounds(positions: Iterable<Position>): [number, number, number, number] {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of positions) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

/** Great-circle distance in metres (haversine). */
export function distance(a: Position, b: Position): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * AUTHALIC_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Area-weighted centroid of a ring, in degrees (planar, fine for a district). */
export function ringCentroid(ring: readonly Position[]): Position {
  let a = 0,
    cx = 0,
    cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return a === 0 ? ring[0] : [cx / (3 * a), cy / (3 * a)];
}

/** Distance in degrees (scaled to the ground at this latitude) from a point to a ring's nearest edge. */
function edgeDistance(p: Position, ring: readonly Position[]): number {
  const k = Math.cos(p[1] * RAD);
  let best = Infinity;
  for (let i = 0; i < ring.length - 1; i++) {
    const ax = ring[i][0] * k,
      ay = ring[i][1];
    const dx = ring[i + 1][0] * k - ax,
      dy = ring[i + 1][1] - ay;
    const px = p[0] * k - ax,
      py = p[1] - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
    best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
  }
  return best;
}

/**
 * A good place for a ring's label: an inside point far from the edges (a grid search refined twice),
 * pulled towards the centroid by `bias`, so that a label sits in the broad middle of a district rather
 * than on a narrow neck or in a remote corner.
 */
export function labelPoint(ring: readonly Position[], bias = 0.3): Position {
  let [w, s, e, n] = bounds(ring);
  const c = ringCentroid(ring);
  const k = Math.cos(c[1] * RAD);
  const score = (p: Position) => edgeDistance(p, ring) - bias * Math.hypot((p[0] - c[0]) * k, p[1] - c[1]);
  let best: Position = c;
  let bestScore = pointInRing(c, ring) ? score(c) : -Infinity;
  for (let round = 0; round < 3; round++) {
    const steps = 24;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const p: Position = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
        if (!pointInRing(p, ring)) continue;
        const v = score(p);
        if (v > bestScore) {
          bestScore = v;
          best = p;
        }
      }
    }
    const hw = (e - w) / 8,
      hh = (n - s) / 8;
    [w, s, e, n] = [best[0] - hw, best[1] - hh, best[0] + hw, best[1] + hh];
  }
  return best;
}

/**
 * Douglas–Peucker simplification of an open line; both ends are kept. The tolerance is in metres,
 * measured in a local equirectangular plane (accurate to well under a metre across a district).
 */
export function simplifyLine(line: readonly Position[], toleranceM: number): Position[] {
  if (line.length <= 2 || toleranceM <= 0) return line.slice();
  const lat0 = line.reduce((s, p) => s + p[1], 0) / line.length;
  const kx = Math.cos(lat0 * RAD) * RAD * AUTHALIC_RADIUS_M;
  const ky = RAD * AUTHALIC_RADIUS_M;
  const xy = line.map(([lon, lat]) => [lon * kx, lat * ky] as const);
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const tol2 = toleranceM * toleranceM;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = xy[first];
    const [bx, by] = xy[last];
    const dx = bx - ax,
      dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1,
      worstD = tol2;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = xy[i];
      let t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
      t = Math.max(0, Math.min(1, t));
      const ex = ax + t * dx - px,
        ey = ay + t * dy - py;
      const d = ex * ex + ey * ey;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** Rounds a coordinate to a fixed number of decimals (and turns -0 into 0), for stable output. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

// ---- compact line code -------------------------------------------------------------------------
// Google's encoded-polyline algorithm, on [lon, lat] pairs: each coordinate is scaled by `factor`,
// rounded, delta-coded against the previous point and written as base-64 in printable ASCII (? to ~).

function encodeNumber(n: number): string {
  let v = n < 0 ? ~(n << 1) : n << 1;
  let out = '';
  while (v >= 0x20) {
    out += String.fromCharCode((0x20 | (v & 0x1f)) + 63);
    v >>= 5;
  }
  return out + String.fromCharCode(v + 63);
}

/**
 * Encodes several lines as one string, separated by spaces. Each line's first point is coded against
 * the previous line's last point, so lines that continue one another cost almost nothing to start.
 */
export function encodeLines(lines: readonly (readonly Position[])[], factor: number): string {
  let px = 0,
    py = 0;
  return lines
    .map((line) => {
      let out = '';
      for (const [lon, lat] of line) {
        const x = Math.round(lon * factor),
          y = Math.round(lat * factor);
        out += encodeNumber(x - px) + encodeNumber(y - py);
        px = x;
        py = y;
      }
      return out;
    })
    .join(' ');
}

export function decodeLines(code: string, factor: number): Position[][] {
  let i = 0,
    x = 0,
    y = 0;
  const next = () => {
    let shift = 0,
      result = 0,
      b: number;
    do {
      b = code.charCodeAt(i++) - 63;
      result |= (b & 0x1f) << shift;
      shift += 5;
    } while (b >= 0x20);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  const lines: Position[][] = [[]];
  while (i < code.length) {
    if (code[i] === ' ') {
      lines.push([]);
      i++;
      continue;
    }
    x += next();
    y += next();
    lines.at(-1)!.push([x / factor, y / factor]);
  }
  return lines;
}

export const encodeLine = (line: readonly Position[], factor: number) => encodeLines([line], factor);
export const decodeLine = (code: string, factor: number) => decodeLines(code, factor)[0];
